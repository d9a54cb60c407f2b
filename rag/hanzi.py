"""Traditional characters in the model's Chinese, as the policy and its readers in Taiwan write it.

Qwen, trained mostly on Simplified Chinese, now and then writes a simplified character in a Traditional answer
("台湾", "边缘运算", "为"). Only characters that are never Traditional are changed, each to its Traditional form as
Taiwan writes it (OpenCC's character table, then its Taiwan variants: 为 → 為, 湾 → 灣): a character that is also a
Traditional one (后, 里, 价, 台) is left as written, so Traditional text passes through unchanged and the change can
be made a piece at a time while the answer streams. A question written in Simplified Chinese is answered as written.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


def _table(name: str) -> dict[str, list[str]]:
    """One of OpenCC's dictionary files: each line a character, a tab, and its candidates separated by spaces."""
    text = (files("opencc") / "dictionary" / name).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if "\t" in line)
    return {key: values.split(" ") for key, values in rows}


@lru_cache(maxsize=1)
def _simplified_only() -> dict[int, str]:
    """``str.translate`` table: each character that is only ever Simplified → its commonest Traditional form."""
    simplified, traditional, taiwan = (_table(n) for n in ("STCharacters.txt", "TSCharacters.txt", "TWVariants.txt"))
    table: dict[int, str] = {}
    for char, candidates in simplified.items():
        if len(char) != 1 or char in candidates or char in traditional:
            continue  # also a Traditional character (台 → 臺 檯 颱 台), or one Traditional text writes (价)
        target = taiwan.get(candidates[0], candidates[:1])[0]  # 为 → 爲 → 為
        if target != char:
            table[ord(char)] = target
    return table


def has_simplified(text: str) -> bool:
    """Whether ``text`` holds a character only Simplified Chinese writes."""
    table = _simplified_only()
    return any(ord(char) in table for char in text)


def traditional(text: str) -> str:
    """``text`` with every character only Simplified Chinese writes in its Traditional form."""
    return text.translate(_simplified_only())


# Characters both scripts write that a text in Simplified means as another Traditional one: 几 (茶几 in Traditional)
# is 幾 ("前者是后者的几倍？"), 后 (皇后) is 後, 价 (a rare Traditional character) is 價 ("售价大概是多少？"), 云 ("say"
# in Traditional) is 雲 ("公有云上的AI应用"). Only for a question that is Simplified throughout: the ratio, "后来", the
# price asked and the public cloud had gone unread.
_SIMPLIFIED_SENSE = str.maketrans({"几": "幾", "后": "後", "价": "價", "云": "雲"})


def traditional_question(text: str) -> str:
    """A question written in Simplified Chinese read in Traditional: :func:`traditional`, and 几 and 后 in the
    sense Simplified writes them. Text with no Simplified-only character is returned as written."""
    return traditional(text).translate(_SIMPLIFIED_SENSE) if has_simplified(text) else text
