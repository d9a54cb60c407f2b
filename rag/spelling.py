"""Read a misspelt English word in a question as the word the vocabulary means.

The focus, the rules and the refusals read a question through the words of ``knowledge_base/questions.yaml`` and
``rules.yaml`` ("which category", "customer service", "parameters"). Typed in a hurry, "which categroy" or "customer
servce" matches none of them, and a question the rules answer is refused instead. A word is read as a vocabulary
word when it is one keystroke away from exactly one: two neighbouring letters swapped, one letter missing or one
letter doubled, stray or mistyped. Only words neither English nor the knowledge base knows are respelt, so a correct
word never is: the known words are pyspellchecker's English word list (British spellings read as American ones), the
vocabulary's and those of the clauses' English text, with their plain inflections. The first letter is kept; words
under five letters, acronyms and capitalised words inside a sentence (names: "Mixtral") are left alone; and each
respelling is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spellchecker import SpellChecker

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")  # "doesn't" is one word
_SHORTEST = 5  # "form" / "from", "thier" … four letters are too easily another word
_INFLECTIONS = ("", "s", "es", "ed", "d", "ing", "er", "ers", "ly")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？]\s*|\n\s*)$")
# British spellings the American word list lacks: colour, organisation, centre
_BRITISH = (
    (re.compile(r"our(?=s?$)"), "or"),
    (re.compile(r"is(?=(?:e[sd]?|ing|ations?)$)"), "iz"),
    (re.compile(r"tre(?=s?$)"), "ter"),
)


@dataclass(frozen=True)
class Respelling:
    written: str
    read_as: str


class Speller:
    """Respells a word one keystroke away from a vocabulary word, where the likeliest slip gives only one; known
    words are left alone."""

    def __init__(
        self,
        targets: Iterable[str],
        known: Iterable[str],
        english: frozenset[str] = frozenset(),
        slips: Mapping[str, str] | None = None,
    ) -> None:
        self.targets = frozenset(w.lower() for w in targets if len(w) >= _SHORTEST - 1)
        # "-d" ends only a word ending in "e" ("used"): "happend" is a slip of "happened", not a form of "happen".
        self.known = frozenset(
            w.lower() + end
            for w in (*self.targets, *known)
            for end in _INFLECTIONS
            if end != "d" or w.lower().endswith("e")
        )
        self.english = english
        self.slips = dict(slips or {})  # Chinese input-method slips ("符和") and the words meant ("符合")

    @classmethod
    def from_files(
        cls, vocabulary: Iterable[Path], texts: Iterable[Path], slips: Mapping[str, str] | None = None
    ) -> Speller:
        """Targets are the words of the vocabulary files; the English words of ``texts`` and of English are known;
        ``slips`` are Chinese input-method slips and the words meant (questions.yaml)."""
        english = _english()
        known = {w.lower() for w in _words(texts)}
        written = _words(vocabulary)
        # Whole words, not names: not the stems the patterns are written with ("approv" of "approv(?:e|al)"), nor a
        # word the vocabulary only ever capitalises ("Mistral": "Mixtral" is another model, not a slip).
        targets = {w for w in written if w.islower() and (w in english or w in known)}
        return cls(targets, known | {w.lower() for w in written}, english, slips)

    def knows(self, word: str) -> bool:
        """Whether ``word`` (lower case) is English or the knowledge base's, as written or spelt the American way."""
        spellings = {word, *(pattern.sub(american, word) for pattern, american in _BRITISH)}
        return any(w in self.known or w in self.english for w in spellings)

    def respell(self, text: str) -> tuple[str, list[Respelling]]:
        """``text`` with each misspelt word replaced, and the replacements made."""
        made: list[Respelling] = []

        def replace(match: re.Match[str]) -> str:
            written = match.group()
            if written[0].isupper() and not _SENTENCE_START.search(text, 0, match.start()):
                return written  # a name ("Mixtral"), not a misspelt word
            read_as = self.word(written)
            if read_as is None:
                return written
            made.append(Respelling(written, read_as))
            return read_as

        for slip, meant in self.slips.items():
            if slip.isascii():  # chat shorthand, a whole word ("cust svc"; not "svc" inside another word)
                pattern = re.compile(rf"(?<![A-Za-z]){re.escape(slip)}(?![A-Za-z])", re.IGNORECASE)
                if pattern.search(text):
                    made.append(Respelling(slip, meant))
                    text = pattern.sub(meant, text)
            elif slip in text:
                made.append(Respelling(slip, meant))
                text = text.replace(slip, meant)
        return _WORD.sub(replace, text), made

    def word(self, written: str) -> str | None:
        """The vocabulary word ``written`` misspells, or None when it is known, too short or ambiguous."""
        lower = written.lower().removesuffix("'s")
        if len(lower) < _SHORTEST or written.isupper() or self.knows(lower):
            return None
        for edits in _one_keystroke(lower):  # the likelier slip first: swapped, left out, extra, then mistyped
            candidates = {c for c in edits if c in self.targets and c[0] == lower[0]}
            if len(candidates) > 1:
                return None
            if candidates:
                (read_as,) = candidates
                return read_as.capitalize() if written[0].isupper() else read_as
        return None


def _one_keystroke(word: str) -> tuple[set[str], set[str], set[str], set[str]]:
    """The words one swap of neighbours, one insertion, one deletion and one substitution away, in that order
    ("categroy", "servce", "serrvice", "inferance")."""
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}
    insertions = {word[:i] + letter + word[i:] for i in range(len(word) + 1) for letter in _LETTERS}
    deletions = {word[:i] + word[i + 1 :] for i in range(len(word))}
    substitutions = {word[:i] + letter + word[i + 1 :] for i in range(1, len(word)) for letter in _LETTERS} - {word}
    return swaps, insertions, deletions, substitutions


def _words(paths: Iterable[Path]) -> set[str]:
    """The words of the files, as written."""
    return {w for path in paths for w in _WORD.findall(path.read_text(encoding="utf-8"))}


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """pyspellchecker's English word list, read once per process (every Answerer builds a Speller)."""
    return frozenset(SpellChecker(language="en").word_frequency.dictionary)
