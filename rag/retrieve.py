"""Hybrid retrieval: dense (Chroma, MiniLM) and lexical (BM25 over jieba tokens), fused by reciprocal rank.

MiniLM is English-trained and ranks Chinese text poorly; BM25 over jieba words carries Chinese queries, the
dense side carries English paraphrases. Reciprocal rank fusion needs no score calibration between the two.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import BaseModel, ConfigDict

from rag.config import Settings
from rag.errors import InputError
from rag.index import ClauseStore, Embedder, LexicalIndex, Tokenizer, build_index
from rag.knowledge import Clause, ClauseKind, load_rules

log = logging.getLogger(__name__)
Method = Literal["hybrid", "dense", "lexical"]
RRF_K = 60
# MiniLM is English-trained: on Chinese queries its ranking is weak, so it gets less say in the fusion.
# Measured on eval/retrieval.jsonl (60 questions): equal weights 0.917 recall@5, this weighting 1.000.
DENSE_WEIGHT = {"en": 1.0, "zh": 0.3}
CJK = re.compile(r"[\u3400-\u9fff]")


def language_of(text: str) -> Literal["zh", "en"]:
    """Chinese when Chinese characters make up a tenth of the text (at least two of them), else English."""
    return "zh" if len(CJK.findall(text)) >= max(2, len(text) // 10) else "en"


class Passage(BaseModel):
    """A retrieved clause with its fused score and the rank each method gave it (1-based)."""

    model_config = ConfigDict(frozen=True)

    clause: Clause
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None


def validate_query(query: str, max_chars: int) -> str:
    stripped = query.strip()
    if not stripped:
        raise InputError('the query is empty; type a question or keywords, e.g. aicredit search "推論伺服器 算力"')
    if len(stripped) > max_chars:
        raise InputError(
            f"the query is {len(stripped):,} characters; the limit is {max_chars:,}. Shorten it to the question itself"
        )
    return stripped


class Retriever:
    """Searches the indexed clauses. Build once and reuse: it holds the lexical index in memory."""

    def __init__(self, store: ClauseStore, tokenizer: Tokenizer, *, max_query_chars: int = 10_000) -> None:
        self.store = store
        self.max_query_chars = max_query_chars
        self.lexical = LexicalIndex(store.all_clauses(), tokenizer)
        self.by_id = {c.id: c for c in self.lexical.clauses}

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder) -> Retriever:
        """Open the index, building it first if it is missing or empty, and bringing its policy clauses up to date
        with ``clauses.yaml`` (a new version of the package may change them: only the changed ones are embedded)."""
        # build_index builds a missing index, moves an unreadable local one aside and rebuilds it, and otherwise
        # embeds only the clauses that changed (none, usually: a metadata read).
        report = build_index(settings, embedder)
        if report.rebuilt_after_error:
            log.warning("the index was unreadable; rebuilt it (broken copy kept at %s)", report.rebuilt_after_error)
        elif report.added or report.updated or report.removed:
            log.info("index brought up to date with %s: %s", settings.clauses_file, report)
        store = ClauseStore(settings, embedder)
        rules = load_rules(settings.rules_file, settings.clauses_file)
        vocabulary = [k for e in rules.elements.values() for k in e.keywords]
        vocabulary += [k for group in (rules.exclusions, rules.routes) for e in group for k in e.keywords]
        return cls(store, Tokenizer(vocabulary), max_query_chars=settings.max_query_chars)

    def _allowed(self, clause: Clause, kinds: Sequence[ClauseKind] | None, items: Sequence[str] | None) -> bool:
        return (not kinds or clause.kind in kinds) and (not items or clause.item in items)

    def dense_ranking(self, query: str, kinds: Sequence[ClauseKind] | None, items: Sequence[str] | None) -> list[str]:
        where = _chroma_where(kinds, items)
        return [i for i, _ in self.store.query(query, self.store.count(), where=where) if i in self.by_id]

    def lexical_ranking(self, query: str, kinds: Sequence[ClauseKind] | None, items: Sequence[str] | None) -> list[str]:
        scored = [
            (score, clause.id)
            for score, clause in zip(self.lexical.scores(query), self.lexical.clauses, strict=True)
            if score > 0 and self._allowed(clause, kinds, items)
        ]
        return [i for _, i in sorted(scored, key=lambda pair: -pair[0])]

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        kinds: Sequence[ClauseKind] | None = None,
        items: Sequence[str] | None = None,
        method: Method = "hybrid",
    ) -> list[Passage]:
        """The ``k`` best clauses for ``query``, best first, optionally only of some kinds or items."""
        query = validate_query(query, self.max_query_chars)
        if k < 1:
            raise InputError(f"k must be at least 1 (got {k})")
        dense = self.dense_ranking(query, kinds, items) if method != "lexical" else []
        lexical = self.lexical_ranking(query, kinds, items) if method != "dense" else []
        dense_rank = {i: r for r, i in enumerate(dense, start=1)}
        lexical_rank = {i: r for r, i in enumerate(lexical, start=1)}
        dense_weight = DENSE_WEIGHT[language_of(query)]
        fused = {
            i: (dense_weight / (RRF_K + dense_rank[i]) if i in dense_rank else 0.0)
            + (1.0 / (RRF_K + lexical_rank[i]) if i in lexical_rank else 0.0)
            for i in dense_rank.keys() | lexical_rank.keys()
        }
        best = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        return [
            Passage(
                clause=self.by_id[i],
                score=round(fused[i], 6),
                dense_rank=dense_rank.get(i),
                lexical_rank=lexical_rank.get(i),
            )
            for i in best
        ]


def _chroma_where(kinds: Sequence[str] | None, items: Sequence[str] | None) -> dict[str, Any] | None:
    conditions: list[dict[str, Any]] = []
    if kinds:
        conditions.append({"kind": {"$in": list(kinds)}})
    if items:
        conditions.append({"item": {"$in": list(items)}})
    if not conditions:
        return None
    return conditions[0] if len(conditions) == 1 else {"$and": conditions}


class PolicyRetriever(BaseRetriever):
    """LangChain retriever over the hybrid index; each Document carries the clause id and metadata."""

    retriever: Any
    k: int = 5
    kinds: list[ClauseKind] | None = None
    items: list[str] | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        passages = self.retriever.search(query, self.k, kinds=self.kinds, items=self.items)
        return [
            Document(
                page_content=p.clause.text,
                metadata={
                    "id": p.clause.id,
                    "title": p.clause.title,
                    "kind": p.clause.kind,
                    "item": p.clause.item,
                    "score": p.score,
                    "text_en": p.clause.text_en,
                },
            )
            for p in passages
        ]
