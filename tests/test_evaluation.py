"""The harness: case validation, metric functions, regression comparison and the written artefacts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from rag.classify import Classifier
from rag.errors import InputError
from rag.evaluation import (
    Case,
    Prediction,
    QaQuestion,
    case_changes,
    compare,
    compute_metrics,
    load_cases,
    per_category,
    percentile,
)
from rag.report import run_evaluation
from tests.fakes import FakeLLM, ranking_reply


def case(id_, categories, eligible, tags=()):
    return Case(id=id_, text="t", categories=categories, eligible=eligible, tags=list(tags))


def pred(id_, category, eligible, **extra):
    return Prediction(id=id_, system="full", category=category, categories=[category], eligible=eligible, **extra)


def test_bad_case_line_names_file_and_line(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id": "a", "text": "x", "categories": ["rag"], "eligible": [true]}\n'
        '{"id": "b", "text": "x", "categories": ["printer"], "eligible": [true]}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="cases.jsonl:2"):
        load_cases(path)


def test_metrics_on_known_pairs():
    pairs = [
        (case("1", ["rag"], [True], ["zh"]), pred("1", "rag", True)),
        (case("2", ["rag", "content_generation"], [None], ["en"]), pred("2", "content_generation", None)),
        (
            case("3", ["ai_edge_device"], [False], ["injection"]),
            pred("3", "none", False, overridden=True, model_categories=["ai_edge_device"]),
        ),
        (case("4", ["none"], [False]), pred("4", "none", True, seconds=2.0)),
    ]
    m = compute_metrics(
        pairs,
        {"rag": "item.rag", "content_generation": "item.content_generation", "ai_edge_device": "item.ai_edge_device"},
        {"response.tpca.3"},
    )
    assert m["category_accuracy"] == 0.75
    assert m["eligibility_accuracy"] == 0.75
    assert m["joint_accuracy"] == 0.5
    assert m["overrides"] == {"count": 1, "right": 0, "wrong": 1, "neutral": 0}
    assert m["injection_held"] == 0.0
    assert m["by_tag"]["zh"]["joint_accuracy"] == 1.0
    scores = per_category(pairs)
    assert scores["rag"]["recall"] == 1.0 and scores["none"]["precision"] == 0.5


def test_percentile():
    assert percentile([1, 2, 3, 4, 5], 0.5) == 3
    assert percentile([], 0.95) == 0.0


def test_compare_flags_regressions_beyond_tolerance():
    lines, regressed = compare(
        {"category_accuracy": 0.80, "joint_accuracy": 0.9}, {"category_accuracy": 0.90, "joint_accuracy": 0.89}, 0.02
    )
    assert regressed and "REGRESSION" in lines[0] and "better" in lines[1]
    assert not compare({"category_accuracy": 0.89}, {"category_accuracy": 0.90}, 0.02)[1]


def test_case_changes():
    fixed, broken = case_changes(
        [{"id": "a", "joint_correct": True}, {"id": "b", "joint_correct": False}],
        [{"id": "a", "joint_correct": False}, {"id": "b", "joint_correct": True}],
    )
    assert (fixed, broken) == (["a"], ["b"])


def test_run_evaluation_writes_every_artefact(settings, retriever, tmp_path):
    def respond(messages):
        if "eligible" in messages[0]["content"] and "Answer with JSON" in messages[0]["content"]:
            return json.dumps({"rag": 1.0, " true": 1.0})  # the item, then the eligibility verdict
        return ranking_reply("rag")

    classifier = Classifier(settings, retriever, FakeLLM(respond=respond))
    cases = [
        Case(id="c1", text="RAG 知識庫，使用 70億參數模型", categories=["rag"], eligible=[True], tags=["zh"]),
        Case(id="c2", text="AI 主機電費", categories=["none"], eligible=[False], tags=["exclusion"]),
    ]
    out = tmp_path / "run"
    document = run_evaluation(cases, ["full", "rules", "llm_only"], classifier, out)
    for name in (
        "metrics.json",
        "predictions.jsonl",
        "predictions-rules.jsonl",
        "report.md",
        "confusion.png",
        "accuracy_by_tag.png",
    ):
        assert (out / name).exists(), name
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert {
        "category_accuracy",
        "eligibility_accuracy",
        "joint_accuracy",
        "macro_f1",
        "per_category",
        "overrides",
        "citation_coverage",
        "latency_p50_seconds",
        "latency_p95_seconds",
    } <= set(metrics)
    assert metrics["category_accuracy"] == 1.0 and set(document["systems"]) == {"full", "rules", "llm_only"}
    assert document["systems"]["llm_only"]["eligibility_accuracy"] == 0.5


def test_qa_metrics():
    from rag.answer import Answer
    from rag.classify import Citation
    from rag.evaluation import QaQuestion, qa_metrics

    def answer(text, cited=(), abstained=False):
        return Answer(
            question="q",
            answer=text,
            citations=[Citation(id=i, title="t", quote="q") for i in cited],
            abstained=abstained,
            language="en",
            model="m",
            prompt_version="v",
            timings={"first_token_seconds": 1.0, "total_seconds": 2.0},
        )

    def question(id_, facts, clauses, refuse=False):
        return QaQuestion(id=id_, question="q", lang="en", key_facts=facts, clauses=clauses, refuse=refuse)

    results = [
        (
            question("a", [["45"], ["TFLOPS", "TFlops"]], ["item.ai_inference_server"]),
            answer("At least 45 TFlops.", ["item.ai_inference_server", "case.inference_server"]),
        ),
        (question("b", [["智慧機械", "smart machinery"]], ["response.tairoa.1"]), answer("x", abstained=True)),
        (question("c", [], [], refuse=True), answer("The policy text does not say.", abstained=True)),
        (question("d", [], [], refuse=True), answer("It is 5%.", ["item.rag"])),
    ]
    m = qa_metrics(results)
    assert m["key_fact_accuracy"] == 0.5
    assert m["citation_precision"] == 0.5 and m["citation_hit_rate"] == 1.0
    assert m["refusal_accuracy"] == 0.5 and m["false_refusals"] == 1
    assert m["failures"] == ["b", "d"]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Key technical element 1: machine-learning algorithms", True),
        ("uses Machine   Learning", True),
        ("machinelearning", False),  # a hyphen or a space joins words; nothing at all does not
        ("learning machines", False),
    ],
)
def test_a_key_fact_is_matched_with_hyphens_taken_as_spaces(text, states):
    from rag.evaluation import QaQuestion, states_key_facts

    question = QaQuestion(id="a", question="q", lang="en", key_facts=[["machine learning"]], clauses=[], refuse=False)
    assert states_key_facts(question, text) is states


def _snapshot_tool():
    path = Path(__file__).resolve().parent.parent / "eval" / "snapshot_answers.py"
    spec = importlib.util.spec_from_file_location("snapshot_answers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_snapshot_comparison_flags_what_matters_in_each_changed_answer():
    tool = _snapshot_tool()
    questions = {
        "a": QaQuestion(id="a", question="?", lang="en", key_facts=[["45 TFLOPS"]], clauses=[], refuse=False),
        "b": QaQuestion(id="b", question="?", lang="en", key_facts=[], clauses=[], refuse=True),
        "c": QaQuestion(id="c", question="?", lang="en", key_facts=[["No"]], clauses=[], refuse=False),
        "d": QaQuestion(id="d", question="?", lang="en", key_facts=[["x"]], clauses=[], refuse=False),
    }
    before = {
        "a": {"answer": "SENTINEL", "abstained": False, "cites": ["item.x"]},
        "b": {"answer": "It is 5%.", "abstained": False, "cites": []},
        "c": {"answer": "No: it is excluded.", "abstained": False, "cites": ["r"]},
        "d": {"answer": "x", "abstained": False, "cites": []},
    }
    after = {
        "a": {"answer": "needs 45 TFLOPS", "abstained": False, "cites": ["item.x", "case.y"]},
        "b": {"answer": "The policy text does not say.", "abstained": True, "cites": []},
        "c": {"answer": "Not eligible: it is excluded.", "abstained": False, "cites": ["r"]},
        "d": {"answer": "x", "abstained": False, "cites": []},
    }
    assert tool.changes(before, after, questions) == [
        ("a", ["KF+", "cites 1->2"]),
        ("b", ["refused"]),
        ("c", []),  # wording only: "Not" still states "No"
    ]
