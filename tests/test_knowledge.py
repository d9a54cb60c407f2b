"""The knowledge base stays faithful to the source document, and the rules cite clauses that exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from rag.config import Settings
from rag.errors import ConfigError, InputError
from rag.knowledge import ITEM_IDS, load_clauses, load_document, load_rules

REPO = Path(__file__).resolve().parent.parent
SOURCE_CANDIDATES = [REPO.parent / "shared" / "source", REPO / ".." / "shared" / "source"]
# Typos in the slide extraction that the knowledge base corrects (documented, nothing else is changed).
SOURCE_CORRECTIONS = {"技術服服務": "技術服務"}


def _source_text() -> str:
    for folder in SOURCE_CANDIDATES:
        files = sorted(folder.glob("000_*.txt"))
        if files:
            return files[0].read_text(encoding="utf-8")
    pytest.skip("the policy source (../shared/source) is not beside this checkout")


def _normalise(text: str) -> str:
    for wrong, right in SOURCE_CORRECTIONS.items():
        text = text.replace(wrong, right)
    text = text.replace("（", "(").replace("）", ")").replace("：", ":")
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def clauses():
    return load_clauses(REPO / "knowledge_base" / "clauses.yaml")


def test_every_clause_fragment_is_traceable_to_the_source(clauses):
    source = _normalise(_source_text())
    for clause in clauses:
        for fragment in re.split(r"[，。；、:：()（）\s]+", clause.text):
            fragment = _normalise(fragment)
            if len(fragment) >= 2:
                assert fragment in source, f"{clause.id}: '{fragment}' is not in the source"


def test_every_number_in_the_source_is_in_the_knowledge_base(clauses):
    kb = " ".join(" ".join(filter(None, (c.text, c.text_en, c.title, c.date_roc or ""))) for c in clauses)
    kb_compact = re.sub(r"\s+", "", kb).lower()
    for number in set(re.findall(r"\d+(?:\.\d+)?", _source_text())):
        assert number in kb_compact, f"number {number} from the source is missing from the knowledge base"


@pytest.mark.parametrize(
    "name",
    [
        "TPCA",
        "TAIROA",
        "數位發展部數位產業署",
        "經濟部商業發展署",
        "KPMG",
        "Supermicro",
        "Sora",
        "H100",
        "台灣電路板協會",
        "台灣智慧自動化與機器人協會",
    ],
)
def test_named_organisations_and_products_appear(clauses, name):
    assert name in _source_text()
    assert any(name in (c.text + (c.org_name or "") + c.title) for c in clauses)


def test_structure_covers_the_policy(clauses):
    by_kind: dict[str, list[str]] = {}
    for clause in clauses:
        by_kind.setdefault(clause.kind, []).append(clause.id)
    assert {f"item.{i}" for i in ITEM_IDS} <= set(by_kind["item"])
    assert len(by_kind["element"]) == 4
    assert len(by_kind["comment"]) == len(by_kind["response"]) == 9
    ids = {c.id for c in clauses}
    for clause in clauses:
        if clause.kind == "comment":
            assert clause.response in ids and clause.org_name and clause.date
            # The source's heading groups them as 公協會及行政機關: associations by name, agencies (署) by name.
            assert clause.org_kind == ("agency" if clause.org_name.endswith("署") else "association")
            assert not clause.is_policy
        if clause.kind == "response":
            assert clause.comment in ids


def test_every_rule_cites_an_existing_clause():
    rules = load_rules(REPO / "knowledge_base" / "rules.yaml", REPO / "knowledge_base" / "clauses.yaml")
    assert rules.items["ai_training_server"].compute.thresholds[0].value == 180
    assert rules.items["ai_inference_server"].compute.thresholds[0].value == 45
    assert {t.unit for t in rules.items["ai_edge_device"].compute.thresholds} == {"TOPS", "TFLOPS"}
    assert {"electricity", "amr", "ordinary_server"} <= {e.id for e in rules.exclusions}


def test_thresholds_in_rules_match_the_clause_text():
    clauses = {c.id: c for c in load_clauses(REPO / "knowledge_base" / "clauses.yaml")}
    rules = load_rules(REPO / "knowledge_base" / "rules.yaml", REPO / "knowledge_base" / "clauses.yaml")
    for item, rule in rules.items.items():
        if rule.compute:
            for threshold in rule.compute.thresholds:
                assert f"{threshold.value:g}" in clauses[rule.clause].text, item
                assert "以上" in clauses[rule.clause].text
        if rule.parameters:
            assert "10億(1B)以上" in clauses[rule.clause].text or "1B" in clauses[rule.clause].text, item


def test_a_rules_file_citing_a_missing_clause_is_rejected(tmp_path):
    data = yaml.safe_load((REPO / "knowledge_base" / "rules.yaml").read_text(encoding="utf-8"))
    data["exclusions"][0]["clause"] = "response.nobody.9"
    broken = tmp_path / "rules.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="response.nobody.9"):
        load_rules(broken, REPO / "knowledge_base" / "clauses.yaml")


def test_a_clause_file_with_an_unknown_field_is_rejected(tmp_path):
    broken = tmp_path / "clauses.yaml"
    broken.write_text(
        "source: x\nclauses:\n  - {id: a, kind: item, title: t, text: x, colour: red}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="not a valid clause file"):
        load_clauses(broken)


def test_user_documents_are_chunked_with_source_metadata(tmp_path):
    doc = tmp_path / "notes.md"
    doc.write_text("# 內部說明\n\n第一段：推論伺服器採購原則。\n\n" + "長段落。" * 400, encoding="utf-8")
    chunks = load_document(doc, max_chars=800)
    assert len(chunks) >= 2
    assert all(c.kind == "document" and c.source == str(doc.resolve()) for c in chunks)
    assert chunks[0].title.startswith("內部說明")
    assert all(len(c.text) <= 800 for c in chunks)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("big5.txt", "電費".encode("big5"), "not UTF-8"),
        ("binary.md", b"\x00\x01\x02abc", "binary"),
        ("table.pdf", b"%PDF-1.4", "Markdown or text"),
    ],
)
def test_bad_documents_get_clear_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_document(path)


def test_settings_home_moves_every_data_path(settings: Settings, tmp_path):
    assert settings.home == tmp_path / "home"
    assert settings.chroma_dir.is_relative_to(settings.home)
    assert settings.models_dir.is_relative_to(settings.home)
