"""Simplified characters the model writes in a Traditional Chinese answer."""

from __future__ import annotations

import json
from pathlib import Path

from rag.hanzi import has_simplified, traditional, traditional_question

ROOT = Path(__file__).resolve().parents[1]


def test_characters_only_simplified_writes_become_traditional():
    assert traditional("台湾的边缘运算设备为 5 TOPS") == "台灣的邊緣運算設備為 5 TOPS"
    assert traditional("参数与级别") == "參數與級別"


def test_characters_traditional_also_writes_are_left_as_written():
    # 台, 后, 里, 价 are Traditional characters too: which one was meant would need the phrase, so none is guessed.
    assert traditional("台 后 里 价 干 面") == "台 后 里 价 干 面"


def test_traditional_text_passes_unchanged():
    texts = [ROOT / "knowledge_base" / name for name in ("clauses.yaml", "rules.yaml", "questions.yaml")]
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert traditional(text) == text, path.name
        assert not has_simplified(text), path.name


def test_key_facts_are_traditional():
    # An answer is written in Traditional characters, so every key fact can be stated in them. A question asked in
    # Simplified characters is answered as the model writes it (blind165's labels add the Simplified forms), so a
    # Simplified alternative may stand beside a Traditional one, never alone.
    def plain(alternative: str) -> bool:
        return traditional(alternative) == alternative and not has_simplified(alternative)

    for path in sorted((ROOT / "eval").glob("questions*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for alternatives in json.loads(line)["key_facts"]:
                assert any(plain(a) for a in alternatives), (path.name, alternatives)


def test_has_simplified():
    assert has_simplified("电费可以抵减吗？")
    assert not has_simplified("電費可以抵減嗎？ electricity")


def test_a_simplified_question_reads_ji_and_hou_as_simplified_writes_them():
    # blind176-042: "前者是后者的几倍？" had kept 几, and the ratio went unread.
    assert traditional_question("前者是后者的几倍？门槛") == "前者是後者的幾倍？門檻"
    # A question with no Simplified-only character is read as written: 几 and 后 are Traditional characters too.
    assert traditional_question("茶几 皇后") == "茶几 皇后"
    # blind197-028: "售价大概是多少？" had kept 价, and the price asked went unread.
    assert traditional_question("边缘运算模块，售价大概是多少？") == "邊緣運算模塊，售價大概是多少？"
    # blind238-020: "公有云上的AI应用" had kept 云 ("say" in Traditional), and the public-cloud comment went unread.
    assert traditional_question("公有云上的AI应用能不能算？") == "公有雲上的AI應用能不能算？"
    assert traditional_question("人云亦云") == "人云亦云"
