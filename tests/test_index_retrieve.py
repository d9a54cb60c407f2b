"""Index sync (content hashes), user documents, hybrid retrieval, filters and bad input, on real Chroma."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from rag.config import Settings
from rag.errors import InputError
from rag.index import ClauseStore, Tokenizer, build_index
from rag.knowledge import load_clauses
from rag.retrieve import PolicyRetriever, Retriever, language_of
from tests.fakes import HashEmbedder

REPO = Path(__file__).resolve().parent.parent


def test_reindexing_unchanged_clauses_embeds_nothing(settings, embedder):
    first = build_index(settings, embedder)
    assert first.added == 38 and first.embedded == 38
    calls = embedder.calls
    second = build_index(settings, embedder)
    assert (second.added, second.updated, second.removed, second.unchanged) == (0, 0, 0, 38)
    assert embedder.calls == calls


def test_changed_clause_is_reembedded_and_removed_one_deleted(settings: Settings, embedder, tmp_path, monkeypatch):
    kb = tmp_path / "kb"
    shutil.copytree(REPO / "knowledge_base", kb)
    monkeypatch.setenv("AICREDIT_KNOWLEDGE_DIR", str(kb))
    moved = Settings()
    build_index(moved, embedder)
    data = yaml.safe_load((kb / "clauses.yaml").read_text(encoding="utf-8"))
    data["clauses"][0]["text_en"] += " (edited)"
    data["clauses"] = [c for c in data["clauses"] if c["id"] != "element.nlp"]
    (kb / "clauses.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    from rag.knowledge import load_clauses

    load_clauses.cache_clear()
    report = build_index(moved, embedder)
    assert (report.updated, report.removed, report.unchanged) == (1, 1, 36)
    load_clauses.cache_clear()


def test_added_document_is_searchable(settings, embedder, tmp_path):
    doc = tmp_path / "guide.md"
    doc.write_text("# 內部採購指引\n\n液冷機櫃的採購需附上散熱規格。\n", encoding="utf-8")
    report = build_index(settings, embedder, add=[doc])
    assert report.added == 39
    results = Retriever.open(settings, embedder).search("液冷機櫃 散熱規格", k=3)
    assert results[0].clause.kind == "document"
    assert results[0].clause.source == str(doc.resolve())
    again = build_index(settings, embedder, add=[doc])
    assert again.embedded == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("電費可以抵減嗎", "response.tpca.3"),
        ("推論伺服器算力門檻", "item.ai_inference_server"),
        ("AMR 自主移動機器人", "response.tairoa.1"),
        ("Sora 模型 3B", "case.content_generation"),
    ],
)
def test_hybrid_finds_the_clause(retriever: Retriever, query, expected):
    assert expected in [p.clause.id for p in retriever.search(query, k=5)]


def test_filters_by_kind_and_item(retriever: Retriever):
    results = retriever.search("伺服器 算力", k=10, kinds=["item"])
    assert results and all(p.clause.kind == "item" for p in results)
    results = retriever.search("算力", k=10, items=["ai_edge_device"])
    assert results and all(p.clause.item == "ai_edge_device" for p in results)
    for method in ("dense", "lexical"):
        assert all(
            p.clause.kind == "response" for p in retriever.search("電費", k=5, kinds=["response"], method=method)
        )


@pytest.mark.parametrize(("query", "message"), [("", "empty"), ("   ", "empty"), ("x" * 10_001, "limit")])
def test_bad_queries_get_clear_errors(retriever: Retriever, query, message):
    with pytest.raises(InputError, match=message):
        retriever.search(query)


def test_missing_index_is_built_on_open(settings, embedder):
    assert not settings.chroma_dir.exists()
    retriever = Retriever.open(settings, embedder)
    assert len(retriever.by_id) == 38


def test_corrupted_index_is_moved_aside_and_rebuilt(settings, embedder):
    build_index(settings, embedder)
    database = settings.chroma_dir / "chroma.sqlite3"
    database.write_bytes(b"this is not a database" * 100)
    report = build_index(settings, embedder)
    assert report.rebuilt_after_error and Path(report.rebuilt_after_error).exists()
    assert ClauseStore(settings, embedder).count() == 38


def test_langchain_retriever_returns_documents_with_ids(retriever: Retriever):
    documents = PolicyRetriever(retriever=retriever, k=3).invoke("AI edge device 5 TOPS")
    assert len(documents) == 3
    assert {"id", "title", "kind", "score"} <= set(documents[0].metadata)


def test_tokenizer_segments_chinese_and_keeps_latin_words():
    tokens = Tokenizer(["電費"])("AI主機電費是否納入 TFLOPS")
    assert "電費" in tokens and "tflops" in tokens and "ai" in tokens


def test_query_language():
    assert language_of("電費可以抵減嗎") == "zh"
    assert language_of("Does electricity qualify?") == "en"


def test_embedder_change_triggers_reembedding(settings, embedder):
    build_index(settings, embedder)
    other = HashEmbedder(dims=64)
    other.name = "another-embedder"
    assert build_index(settings, other).updated == 38


def test_opening_a_corrupted_index_rebuilds_it(settings, embedder):
    build_index(settings, embedder)
    (settings.chroma_dir / "chroma.sqlite3").write_bytes(b"garbage" * 100)
    retriever = Retriever.open(settings, embedder)
    assert retriever.search("電費", k=1)[0].clause.id == "response.tpca.3"
    assert any(p.name.startswith("chroma.broken-") for p in settings.home.iterdir())


def test_opening_brings_the_policy_clauses_up_to_date_with_the_knowledge_base(tmp_path, monkeypatch, embedder):
    # An index built from an earlier knowledge base (a previous version of the package) is not answered from.
    knowledge = tmp_path / "knowledge_base"
    shutil.copytree(Settings().knowledge_dir, knowledge)
    monkeypatch.setenv("AICREDIT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("AICREDIT_KNOWLEDGE_DIR", str(knowledge))
    monkeypatch.delenv("AICREDIT_CHROMA_URL", raising=False)
    settings = Settings()
    build_index(settings, embedder)
    clauses = knowledge / "clauses.yaml"
    clauses.write_text(clauses.read_text(encoding="utf-8").replace("電費應不包含於", "電費不包含於"), encoding="utf-8")
    load_clauses.cache_clear()
    retriever = Retriever.open(settings, embedder)
    assert retriever.by_id["response.tpca.3"].text.startswith("電費不包含於")
