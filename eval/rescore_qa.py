"""Score stored Q&A runs again with the current scorer, without asking anything: the answers a run recorded
(``qa_answers.jsonl``) against its question set, beside the figures the run reported (``qa_metrics.json``).

Use it when the scoring changes, so earlier runs stay comparable with new ones. A run is named by its folder
and its question set (the default pairs every ``eval/runs/qa*`` folder with the set it was run on):

    .venv/bin/python eval/rescore_qa.py
    .venv/bin/python eval/rescore_qa.py --questions eval/questions_blind11.jsonl --run eval/runs/qa_blind11
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pydantic import BaseModel

from rag.evaluation import load_qa_questions, qa_metrics

RUNS = Path("eval/runs")


class StoredCitation(BaseModel):
    id: str


class StoredAnswer(BaseModel):
    """What scoring reads of a stored answer (older runs' answers carry fields the current Answer has changed)."""

    answer: str
    abstained: bool
    citations: list[StoredCitation]
    timings: dict[str, float]


SHOWN = ("key_fact_accuracy", "citation_precision", "refusal_accuracy", "false_refusals")


def question_set_of(run: Path) -> Path:
    """eval/runs/qa → eval/questions.jsonl; eval/runs/qa_blind9_after → eval/questions_blind9.jsonl."""
    name = run.name.removeprefix("qa").removesuffix("_after")
    return Path("eval") / f"questions{name}.jsonl"


def rescore(questions_path: Path, run: Path) -> tuple[dict[str, object], dict[str, object]]:
    """The metrics the run reported, and the metrics its stored answers get now."""
    questions = {q.id: q for q in load_qa_questions(questions_path)}
    results = []
    with (run / "qa_answers.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            results.append((questions[row.pop("id")], StoredAnswer.model_validate(row)))
    reported = json.loads((run / "qa_metrics.json").read_text(encoding="utf-8"))
    return reported, qa_metrics(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, help="the question set the run answered")
    parser.add_argument("--run", type=Path, help="a run folder holding qa_answers.jsonl and qa_metrics.json")
    args = parser.parse_args()
    if bool(args.questions) != bool(args.run):
        parser.error("give --questions and --run together, or neither to rescore every stored run")
    pairs = (
        [(args.questions, args.run)]
        if args.run
        else [(question_set_of(r), r) for r in sorted(RUNS.glob("qa*")) if (r / "qa_answers.jsonl").exists()]
    )
    print(f"{'run':<20} " + "  ".join(f"{k} (reported → now)" for k in SHOWN))
    for questions_path, run in pairs:
        reported, now = rescore(questions_path, run)
        cells = [f"{reported.get(k)} → {now[k]}" for k in SHOWN]
        print(f"{run.name:<20} " + "  ".join(f"{c:<28}" for c in cells))


if __name__ == "__main__":
    main()
