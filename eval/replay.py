"""Re-run the guardrails over a run's recorded model scores, without the LLM: rule changes measured in seconds.

Every full-pipeline prediction records the model's probability for each category (``model_scores``). This
script feeds those back as the model's answer for the same case and runs the rest of the pipeline (evidence,
arbitration, exclusions, routes, checks) as it is now, then prints the metrics and the cases still wrong.
A change to how the model is asked (prompt, stripping of instructions) needs a real run: replayed scores are
those of the text the model read then.

    .venv/bin/python eval/replay.py --cases eval/cases/dev.jsonl --run eval/runs/dev
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from rag.classify import Classifier
from rag.config import get_settings
from rag.evaluation import (
    Case,
    Prediction,
    category_correct,
    compute_metrics,
    eligibility_correct,
    load_cases,
    run_system,
)
from rag.index import SentenceTransformerEmbedder
from rag.llm import Message, Ranking
from rag.prompts import load_prompt
from rag.retrieve import Retriever


class ReplayLLM:
    """Answers :meth:`rank` with the scores recorded for the case being replayed."""

    name = "replay"

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels
        self.scores: dict[str, float] = {}

    def rank(self, messages: Sequence[Message], *, answer_prefix: str, options: Sequence[str]) -> Ranking:
        return Ranking(scores={self.labels[c]: p for c, p in self.scores.items()})

    def prime(self, system: str) -> None:
        """Nothing to prepare."""


def replay(cases: Sequence[Case], recorded: dict[str, Prediction]) -> tuple[Classifier, list[tuple[Case, Prediction]]]:
    settings = get_settings()
    retriever = Retriever.open(settings, SentenceTransformerEmbedder(settings.embedding_model))
    llm = ReplayLLM(load_prompt(settings.prompts_dir, "classify").labels)
    classifier = Classifier(settings, retriever, llm)
    pairs = []
    for case in cases:
        if case.id not in recorded or not recorded[case.id].model_scores:
            continue
        llm.scores = recorded[case.id].model_scores
        pairs.append((case, run_system("full", case, classifier, None)))
    return classifier, pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, required=True)
    parser.add_argument("--run", type=Path, required=True, help="A run folder holding predictions.jsonl.")
    args = parser.parse_args()
    lines = (args.run / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    recorded = {p.id: p for p in (Prediction.model_validate_json(line) for line in lines if line.strip())}
    classifier, pairs = replay(load_cases(args.cases), recorded)
    item_clauses = {item: rule.clause for item, rule in classifier.rules.items.items()}
    metrics = compute_metrics(pairs, item_clauses, {e.clause for e in classifier.rules.exclusions})
    print(json.dumps({k: v for k, v in metrics.items() if not isinstance(v, (dict, list))}, indent=None))
    for case, prediction in pairs:
        if not (category_correct(case, prediction) and eligibility_correct(case, prediction)):
            before = recorded[case.id]
            print(
                f"{case.id}: want {case.categories}/{case.eligible} got {prediction.category}/{prediction.eligible}"
                f" (recorded {before.category}/{before.eligible}; model {prediction.model_categories})"
            )


if __name__ == "__main__":
    main()
