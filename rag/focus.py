"""What a question is about, so Q&A puts that clause first.

Retrieval ranks clauses by similarity, and a clause that shares words with the question is not always the one it
asks about: "AI推論伺服器的算力至少要多少？" shares as much with the training server's clause as with the inference
server's. The question names its subject, though, and the vocabulary for that is data
(``knowledge_base/questions.yaml``): the named item's clause (or its worked case, or its review criterion, when
the question asks for an example or for how it is checked) goes first, then the retrieved clauses in their order.
A stakeholder's comment and the government's response travel together; the response, which is what decided it,
goes first unless the question asks only about the suggestion.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from rag.errors import ConfigError
from rag.guardrails import mentions
from rag.knowledge import Clause, _read_yaml, load_clauses


class Subject(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["item", "element", "definition"]
    names: list[str]
    clause: str
    case: str | None = None
    review: str | None = None


class Asks(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    definition: list[str]
    case: list[str]
    review: list[str]
    stakeholder: list[str]
    proposal: list[str]
    decision: list[str]


class QuestionVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    subjects: list[Subject]
    asks: Asks


class Focus(BaseModel):
    """The clauses a question is about (best first) and whether the government's decision goes before a comment."""

    clauses: list[str] = []
    decision_first: bool = True


@lru_cache(maxsize=4)
def load_vocabulary(path: Path, clauses_path: Path) -> QuestionVocabulary:
    """Load ``questions.yaml`` and check that every clause it names exists."""
    try:
        vocabulary = QuestionVocabulary.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise ConfigError(f"{path} is not a valid question vocabulary: {exc}") from exc
    known = {c.id for c in load_clauses(clauses_path)}
    named = {i for s in vocabulary.subjects for i in (s.clause, s.case, s.review) if i}
    if named - known:
        raise ConfigError(f"{path} names clauses that do not exist in {clauses_path}: {sorted(named - known)}")
    return vocabulary


def read_focus(question: str, vocabulary: QuestionVocabulary) -> Focus:
    """The clauses ``question`` names as its subject, and whether it asks about a decision or a suggestion."""
    asks = vocabulary.asks
    named = [s for s in vocabulary.subjects if mentions(question, s.names)]
    items = [s for s in named if s.kind == "item"]
    elements = [s for s in named if s.kind == "element"]
    definitions = [s for s in named if s.kind == "definition"]
    defining = bool(mentions(question, asks.definition))
    subjects = items or elements or (definitions if defining else [])
    if mentions(question, asks.stakeholder):
        subjects = []
    wants_case = bool(mentions(question, asks.case))
    wants_review = bool(mentions(question, asks.review))
    clauses = []
    for subject in subjects:
        if wants_case and subject.case:
            clauses.append(subject.case)
        elif wants_review and subject.review:
            clauses.append(subject.review)
        else:
            clauses.append(subject.clause)
    proposal_only = bool(mentions(question, asks.proposal)) and not mentions(question, asks.decision)
    return Focus(clauses=list(dict.fromkeys(clauses)), decision_first=not proposal_only)


def focus_order(clauses: Sequence[Clause], focus: Focus, by_id: dict[str, Clause], k: int) -> list[Clause]:
    """The focus clauses, then the retrieved ones, at most ``max(k, focus)`` of them plus each comment's response.

    A comment and its response are placed together, the response first when ``focus.decision_first``.
    """
    ordered = [by_id[i] for i in focus.clauses if i in by_id]
    ordered += [c for c in clauses if c.id not in focus.clauses]
    limit = max(k, len(focus.clauses))
    result: list[Clause] = []
    for clause in ordered:
        if limit == 0:
            break
        if any(c.id == clause.id for c in result):
            continue
        group = [clause]
        partner = by_id.get(clause.response or clause.comment or "")
        if partner is not None and all(c.id != partner.id for c in result):
            comment, response = (clause, partner) if clause.kind == "comment" else (partner, clause)
            group = [response, comment] if focus.decision_first else [comment, response]
        result.extend(group)
        limit -= 1
    return result
