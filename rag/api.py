"""The public Python API. One model, embedder and index per process, loaded on first use and then reused."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from rag.answer import Answer, Answerer, validate_question
from rag.classify import Classifier, Decision, validate_application
from rag.config import get_settings
from rag.index import SentenceTransformerEmbedder, SyncReport
from rag.index import build_index as _build_index
from rag.knowledge import ClauseKind
from rag.llm import LLM, describe_model, load_llm
from rag.retrieve import Method, Passage, Retriever, validate_query


@cache
def default_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(get_settings().embedding_model)


@cache
def default_retriever() -> Retriever:
    return Retriever.open(get_settings(), default_embedder())


@cache
def default_llm() -> LLM:
    return load_llm(get_settings())


@cache
def default_classifier() -> Classifier:
    return Classifier(get_settings(), default_retriever(), default_llm())


@cache
def default_answerer() -> Answerer:
    return Answerer(get_settings(), default_retriever(), default_llm(), classifier=default_classifier())


def build_index(add: Sequence[Path] = (), *, rebuild: bool = False) -> SyncReport:
    """Index the policy clauses (and ``add``-ed documents) into Chroma; unchanged clauses are not re-embedded."""
    report = _build_index(get_settings(), default_embedder(), add=add, rebuild=rebuild)
    default_retriever.cache_clear()
    return report


def search(
    query: str,
    k: int = 5,
    *,
    kinds: Sequence[ClauseKind] | None = None,
    items: Sequence[str] | None = None,
    method: Method = "hybrid",
) -> list[Passage]:
    """Hybrid search over the indexed clauses, best first."""
    validate_query(query, get_settings().max_query_chars)  # before loading anything
    return default_retriever().search(query, k, kinds=kinds, items=items, method=method)


def classify(text: str) -> Decision:
    """Classify one application written in free text; returns the typed, cited decision."""
    validate_application(text, get_settings().max_text_chars)  # before loading the model
    return default_classifier().classify(text)


def ask(question: str) -> Answer:
    """Answer a question about the policy from its clauses only, with citations (or abstain)."""
    validate_question(question)  # before loading the model
    return default_answerer().ask(question)


def model_info() -> dict[str, Any]:
    """Which LLM is configured: path, size, hash, parameter count."""
    return describe_model(get_settings())
