from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rag.config import Settings
from rag.index import build_index
from rag.retrieve import Retriever
from tests.fakes import HashEmbedder

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings whose data directory is a throw-away folder (AICREDIT_HOME moves everything)."""
    monkeypatch.setenv("AICREDIT_HOME", str(tmp_path / "home"))
    for name in ("AICREDIT_CHROMA_URL", "AICREDIT_LLM_URL", "AICREDIT_MODEL"):
        monkeypatch.delenv(name, raising=False)
    return Settings()


@pytest.fixture
def embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def retriever(settings: Settings, embedder: HashEmbedder) -> Iterator[Retriever]:
    build_index(settings, embedder)
    yield Retriever.open(settings, embedder)
