"""The evaluation harness: labelled cases in, metrics, predictions, a report and plots out.

Three systems run on the same cases: ``rules`` (keyword routing and guardrails, no LLM), ``llm_only`` (the item
definitions in one prompt, no retrieval and no guardrails) and ``full`` (the pipeline), so the value of each part
shows. Metrics are small functions over (case, prediction) pairs.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rag.classify import Classifier, Decision, rules_only_categories
from rag.errors import AicreditError, InputError
from rag.guardrails import gather_evidence
from rag.knowledge import CATEGORIES, Category
from rag.llm import LLM, Message
from rag.prompts import load_prompt, neutralise

System = Literal["full", "rules", "llm_only"]
Row = TypeVar("Row", bound=BaseModel)
SYSTEMS: tuple[System, ...] = ("full", "rules", "llm_only")


class Case(BaseModel):
    """One labelled application. ``categories`` and ``eligible`` list every acceptable answer."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    text: str
    categories: list[Category] = Field(min_length=1)
    eligible: list[bool | None] = Field(min_length=1)
    tags: list[str] = []
    all_categories: list[Category] | None = None


class Prediction(BaseModel):
    """What a system said about a case (or the error it raised)."""

    id: str
    system: System
    category: Category | None = None
    categories: list[Category] = []
    eligible: bool | None = None
    model_categories: list[Category] = []
    model_scores: dict[str, float] = {}
    overridden: bool = False
    citations: list[str] = []
    seconds: float = 0.0
    error: str | None = None


def _load_jsonl(path: Path, model: type[Row]) -> list[Row]:
    """Validate one JSON object per line into ``model``; a bad line is an error naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    rows = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                rows.append(model.model_validate_json(line))
            except ValidationError as exc:
                error = exc.errors()[0]
                raise InputError(
                    f"{path}:{number}: not a valid {model.__name__}: {error['msg']} at {error['loc']}"
                ) from exc
    return rows


def load_cases(path: Path) -> list[Case]:
    """Load cases from a JSONL file or every ``*.jsonl`` in a folder; a bad line is an error naming it."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise InputError(f"no .jsonl case files in {path}")
    cases = [case for file in files for case in _load_jsonl(file, Case)]
    duplicates = [i for i, n in Counter(c.id for c in cases).items() if n > 1]
    if duplicates:
        raise InputError(f"duplicate case ids in {path}: {', '.join(sorted(duplicates)[:5])}")
    return cases


# ---------------------------------------------------------------------------------------------- systems


def _from_decision(case: Case, system: System, decision: Decision, seconds: float) -> Prediction:
    return Prediction(
        id=case.id,
        system=system,
        category=decision.category,
        categories=decision.categories,
        eligible=decision.eligible,
        model_categories=decision.model_categories,
        model_scores=decision.model_scores,
        overridden=decision.overridden,
        citations=[c.id for c in decision.citations],
        seconds=seconds,
    )


class LlmOnlyBaseline:
    """The eight definitions in one prompt; the model alone decides item and eligibility."""

    def __init__(self, classifier: Classifier, llm: LLM) -> None:
        self.llm = llm
        self.labels = classifier.labels
        self.answer_prefix = classifier.prompt.answer_prefix
        self.prompt = load_prompt(classifier.settings.prompts_dir, "llm_only")
        self.system = self.prompt.render_system(items=classifier.items)

    def __call__(self, text: str) -> tuple[list[Category], bool | None]:
        self.llm.prime(self.system)
        messages: list[Message] = [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.prompt.render_user(application=neutralise(text))},
        ]
        item = self.llm.rank(messages, answer_prefix=self.answer_prefix, options=list(self.labels.values())).best
        category = next(c for c, label in self.labels.items() if label == item)
        verdict = self.llm.rank(
            messages, answer_prefix=f'{self.answer_prefix}{item}", "eligible":', options=list(_VERDICTS)
        ).best
        return [category], _VERDICTS[verdict]


_VERDICTS: dict[str, bool | None] = {" true": True, " false": False, " null": None}


def run_system(system: System, case: Case, classifier: Classifier, llm_only: LlmOnlyBaseline | None) -> Prediction:
    started = time.perf_counter()
    try:
        if system == "full":
            decision = classifier.classify(case.text)
            return _from_decision(case, system, decision, time.perf_counter() - started)
        if system == "rules":
            evidence = gather_evidence(case.text, classifier.rules)
            categories = rules_only_categories(case.text, classifier.rules)
            decision = classifier.decide(categories, categories, [], evidence, [])
            return _from_decision(case, system, decision, time.perf_counter() - started)
        assert llm_only is not None
        categories, eligible = llm_only(case.text)
        return Prediction(
            id=case.id,
            system=system,
            category=categories[0],
            categories=categories,
            eligible=eligible,
            model_categories=categories,
            seconds=time.perf_counter() - started,
        )
    except AicreditError as exc:
        return Prediction(id=case.id, system=system, error=str(exc), seconds=time.perf_counter() - started)


# ---------------------------------------------------------------------------------------------- metrics


def category_correct(case: Case, p: Prediction) -> bool:
    return p.category in case.categories


def eligibility_correct(case: Case, p: Prediction) -> bool:
    return p.error is None and p.eligible in case.eligible


def joint_correct(case: Case, p: Prediction) -> bool:
    return category_correct(case, p) and eligibility_correct(case, p)


def accuracy(pairs: Sequence[tuple[Case, Prediction]], correct: Callable[[Case, Prediction], bool]) -> float:
    return round(sum(correct(c, p) for c, p in pairs) / len(pairs), 4) if pairs else 0.0


def gold_category(case: Case, p: Prediction) -> Category:
    """The label a prediction is scored against: its own category when acceptable, else the first listed."""
    return p.category if p.category in case.categories and p.category is not None else case.categories[0]


def per_category(pairs: Sequence[tuple[Case, Prediction]]) -> dict[str, dict[str, float]]:
    scores: dict[str, dict[str, float]] = {}
    for category in CATEGORIES:
        tp = sum(1 for c, p in pairs if p.category == category and gold_category(c, p) == category)
        fp = sum(1 for c, p in pairs if p.category == category and gold_category(c, p) != category)
        fn = sum(1 for c, p in pairs if p.category != category and gold_category(c, p) == category)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[category] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": tp + fn,
        }
    return scores


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index], 3)


def override_stats(pairs: Sequence[tuple[Case, Prediction]]) -> dict[str, int]:
    overridden = [(c, p) for c, p in pairs if p.overridden]

    def model_right(case: Case, p: Prediction) -> bool:
        return bool(p.model_categories) and p.model_categories[0] in case.categories

    right = sum(1 for c, p in overridden if p.category in c.categories and not model_right(c, p))
    wrong = sum(1 for c, p in overridden if p.category not in c.categories and model_right(c, p))
    return {"count": len(overridden), "right": right, "wrong": wrong, "neutral": len(overridden) - right - wrong}


def citation_coverage(
    pairs: Sequence[tuple[Case, Prediction]], item_clauses: Mapping[str, str], exclusion_clauses: set[str]
) -> float:
    """Share of cases whose citations include a clause stating the rule for the gold category."""

    def covered(case: Case, p: Prediction) -> bool:
        gold = gold_category(case, p)
        wanted = exclusion_clauses | {"item.overview"} if gold == "none" else {item_clauses[gold]}
        return bool(wanted & set(p.citations))

    return accuracy(pairs, covered)


def multi_item_recall(pairs: Sequence[tuple[Case, Prediction]]) -> float | None:
    multi = [(c, p) for c, p in pairs if c.all_categories]
    if not multi:
        return None
    found = sum(len(set(c.all_categories or []) & set(p.categories)) for c, p in multi)
    return round(found / sum(len(c.all_categories or []) for c, _ in multi), 4)


def by_tag(pairs: Sequence[tuple[Case, Prediction]]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[tuple[Case, Prediction]]] = defaultdict(list)
    for case, prediction in pairs:
        for tag in case.tags:
            groups[tag].append((case, prediction))
    return {
        tag: {
            "n": len(g),
            "category_accuracy": accuracy(g, category_correct),
            "joint_accuracy": accuracy(g, joint_correct),
        }
        for tag, g in sorted(groups.items())
    }


def compute_metrics(
    pairs: Sequence[tuple[Case, Prediction]], item_clauses: Mapping[str, str], exclusion_clauses: set[str]
) -> dict[str, Any]:
    scores = per_category(pairs)
    present = [c for c in CATEGORIES if scores[c]["support"] or any(p.category == c for _, p in pairs)]
    injection = [(c, p) for c, p in pairs if "injection" in c.tags]
    latencies = [p.seconds for _, p in pairs if p.error is None]
    return {
        "n": len(pairs),
        "errors": sum(1 for _, p in pairs if p.error),
        "category_accuracy": accuracy(pairs, category_correct),
        "eligibility_accuracy": accuracy(pairs, eligibility_correct),
        "joint_accuracy": accuracy(pairs, joint_correct),
        "macro_f1": round(statistics.fmean(scores[c]["f1"] for c in present), 4) if present else 0.0,
        "per_category": scores,
        "overrides": override_stats(pairs),
        "citation_coverage": citation_coverage(pairs, item_clauses, exclusion_clauses),
        "multi_item_recall": multi_item_recall(pairs),
        "injection_held": accuracy(injection, joint_correct) if injection else None,
        "injection_cases": len(injection),
        "latency_p50_seconds": percentile(latencies, 0.5),
        "latency_p95_seconds": percentile(latencies, 0.95),
        "by_tag": by_tag(pairs),
    }


# ---------------------------------------------------------------------------------------------- comparison

HEADLINE = ("category_accuracy", "eligibility_accuracy", "joint_accuracy", "macro_f1")


def compare(current: dict[str, Any], baseline: dict[str, Any], tolerance: float) -> tuple[list[str], bool]:
    """Lines describing what changed in the headline metrics, and whether any dropped beyond ``tolerance``."""
    lines: list[str] = []
    regressed = False
    for key in HEADLINE:
        before, after = baseline.get(key), current.get(key)
        if before is None or after is None:
            continue
        delta = after - before
        status = "better" if delta > 0 else "worse" if delta < 0 else "same"
        if delta < -tolerance:
            regressed = True
            status = f"REGRESSION beyond {tolerance}"
        lines.append(f"{key}: {before:.4f} → {after:.4f} ({delta:+.4f}, {status})")
    return lines, regressed


def case_changes(current: Iterable[dict[str, Any]], previous: Iterable[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Case ids that became right and that became wrong (joint), from two predictions files."""
    before = {p["id"]: p.get("joint_correct") for p in previous}
    fixed: list[str] = []
    broken: list[str] = []
    for p in current:
        if p["id"] in before and before[p["id"]] != p.get("joint_correct"):
            (fixed if p.get("joint_correct") else broken).append(p["id"])
    return fixed, broken


# ---------------------------------------------------------------------------------------------- retrieval


class RetrievalQuestion(BaseModel):
    """A question and the clause ids that answer it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    question: str
    lang: str
    relevant: list[str] = Field(min_length=1)


def load_retrieval_questions(path: Path) -> list[RetrievalQuestion]:
    return _load_jsonl(path, RetrievalQuestion)


def retrieval_metrics(rankings: Sequence[tuple[RetrievalQuestion, list[str]]], k: int = 5) -> dict[str, float]:
    """recall@k (a relevant clause in the top k) and MRR (1 / rank of the first relevant clause)."""
    hits = [any(i in q.relevant for i in ranked[:k]) for q, ranked in rankings]
    reciprocal = [
        next((1.0 / rank for rank, i in enumerate(ranked, start=1) if i in q.relevant), 0.0) for q, ranked in rankings
    ]
    n = len(rankings) or 1
    return {f"recall@{k}": round(sum(hits) / n, 4), "mrr": round(sum(reciprocal) / n, 4), "n": len(rankings)}


# ---------------------------------------------------------------------------------------------- question answering


class QaQuestion(BaseModel):
    """A policy question with the facts a correct answer states (each inner list: alternatives) and its clauses."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    question: str
    lang: str
    key_facts: list[list[str]]
    clauses: list[str]
    refuse: bool


def load_qa_questions(path: Path) -> list[QaQuestion]:
    return _load_jsonl(path, QaQuestion)


# A hyphen or dash joins words as a space does: "machine-learning algorithms" states the label's "machine learning".
_JOINERS = re.compile(r"[\s\-\u2010\u2011\u2013]+")


def _normalised(text: str) -> str:
    return _JOINERS.sub(" ", text.lower())


def states_key_facts(question: QaQuestion, answer_text: str) -> bool:
    """Whether the answer states every key fact: one of its alternatives, as a substring (case, hyphens and runs of
    spaces aside)."""
    answer = _normalised(answer_text)
    return all(any(_normalised(alt) in answer for alt in alternatives) for alternatives in question.key_facts)


def qa_metrics(results: Sequence[tuple[QaQuestion, Any]]) -> dict[str, Any]:
    """Key-fact accuracy and citation precision on answerable questions; refusal accuracy on the rest."""
    answerable = [(q, a) for q, a in results if not q.refuse]
    refusals = [(q, a) for q, a in results if q.refuse]
    answered = [(q, a) for q, a in answerable if not a.abstained]
    precisions = [
        len({c.id for c in a.citations} & set(q.clauses)) / len(a.citations) for q, a in answered if a.citations
    ]
    first_token = [a.timings.get("first_token_seconds", 0.0) for _, a in results]
    total = [a.timings.get("total_seconds", 0.0) for _, a in results]
    return {
        "n": len(results),
        "key_fact_accuracy": round(
            sum(states_key_facts(q, a.answer) and not a.abstained for q, a in answerable) / max(1, len(answerable)), 4
        ),
        "citation_precision": round(statistics.fmean(precisions), 4) if precisions else 0.0,
        "citation_hit_rate": round(
            sum(bool({c.id for c in a.citations} & set(q.clauses)) for q, a in answered) / max(1, len(answered)), 4
        ),
        "refusal_accuracy": round(sum(a.abstained for _, a in refusals) / max(1, len(refusals)), 4),
        "false_refusals": sum(a.abstained for _, a in answerable),
        "first_token_p50_seconds": percentile(first_token, 0.5),
        "first_token_p95_seconds": percentile(first_token, 0.95),
        "total_p50_seconds": percentile(total, 0.5),
        "total_p95_seconds": percentile(total, 0.95),
        "failures": [q.id for q, a in answerable if a.abstained or not states_key_facts(q, a.answer)]
        + [q.id for q, a in refusals if not a.abstained],
    }
