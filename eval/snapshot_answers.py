"""What a change to the rules does to every labelled question's answer, before any model is run.

``snapshot`` asks every question of every ``eval/questions*.jsonl`` set with a sentinel model in place of the LLM:
the answers the rules give come out whole, the model's answers come out as "SENTINEL" with the clauses quoted after
them, and refusals made before the model come out as refusals. It writes one JSON line per question (about 8 minutes
for 6,900 questions on 2 cores; the embedder and the index are the real ones). ``compare`` then reads two snapshots and
prints, for each question whose answer changed, whether it gained or lost its key facts, was refused or answered
anew, or cites a different number of clauses; ``--show`` prints the changed answers themselves.

    .venv/bin/python eval/snapshot_answers.py snapshot /tmp/before.jsonl
    # … change the rules …
    .venv/bin/python eval/snapshot_answers.py snapshot /tmp/after.jsonl
    .venv/bin/python eval/snapshot_answers.py compare /tmp/before.jsonl /tmp/after.jsonl --show

The model's own answers are not compared (they are the same sentinel on both sides); the unseen runs measure those.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rag.answer import Answerer
from rag.api import default_retriever
from rag.classify import Classifier
from rag.config import get_settings
from rag.evaluation import QaQuestion, load_qa_questions, states_key_facts
from rag.llm import Completion, Message, Ranking

SENTINEL = "SENTINEL"


class SentinelLLM:
    """Generates the sentinel, and ranks the first option first: every call the same, whatever the prompt."""

    name = "sentinel"

    def complete(
        self, messages: Sequence[Message], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        return Completion(text=SENTINEL, prompt_tokens=1, completion_tokens=1)

    def stream(self, messages: Sequence[Message], *, max_tokens: int = 512) -> Iterator[str]:
        yield SENTINEL

    def prime(self, system: str) -> None:
        return None

    def rank(self, messages: Sequence[Message], *, answer_prefix: str, options: Sequence[str]) -> Ranking:
        return Ranking(scores={o: 1.0 if n == 0 else 0.0 for n, o in enumerate(options)}, prompt_tokens=1)


def question_sets(folder: Path, skip: Sequence[str]) -> list[Path]:
    return [p for p in sorted(folder.glob("questions*.jsonl")) if p.stem not in skip]


def snapshot(out: Path, folder: Path, skip: Sequence[str]) -> None:
    settings, retriever, llm = get_settings(), default_retriever(), SentinelLLM()
    answerer = Answerer(settings, retriever, llm, classifier=Classifier(settings, retriever, llm))
    with out.open("w", encoding="utf-8") as f:
        for path in question_sets(folder, skip):
            for question in load_qa_questions(path):
                try:
                    answer = answerer.ask(question.question)
                    row: dict[str, Any] = {
                        "id": question.id,
                        "answer": answer.answer,
                        "abstained": answer.abstained,
                        "cites": [c.id for c in answer.citations],
                    }
                except Exception as exc:  # a question that breaks the rules is a finding, not a stop
                    row = {"id": question.id, "error": repr(exc)}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read(path: Path) -> dict[str, dict[str, Any]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row for row in rows}


def changes(
    before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]], questions: dict[str, QaQuestion]
) -> list[tuple[str, list[str]]]:
    """Each question whose snapshot changed, with what changed that matters: "KF+" / "KF-" (its key facts now
    stated / no longer stated), "refused" / "answered", "cites N->M", "error"; an empty list where only wording
    changed."""
    found = []
    for qid, old in before.items():
        new = after.get(qid, {})
        if old == new:
            continue
        flags = []
        question = questions.get(qid)
        if "error" in new:
            flags.append("error")
        if question is not None and not question.refuse:
            had, has = (
                states_key_facts(question, old.get("answer", "")),
                states_key_facts(question, new.get("answer", "")),
            )
            if had != has:
                flags.append("KF+" if has else "KF-")
        if old.get("abstained") != new.get("abstained"):
            flags.append("refused" if new.get("abstained") else "answered")
        if len(old.get("cites", [])) != len(new.get("cites", [])):
            flags.append(f"cites {len(old.get('cites', []))}->{len(new.get('cites', []))}")
        found.append((qid, flags))
    return found


def compare(before_path: Path, after_path: Path, folder: Path, show: bool) -> None:
    questions = {q.id: q for p in question_sets(folder, ()) for q in load_qa_questions(p)}
    before, after = _read(before_path), _read(after_path)
    found = changes(before, after, questions)
    for qid, flags in found:
        print(qid, " ".join(flags) or "wording")
        if show:
            print("  question:", questions[qid].question if qid in questions else "?")
            print("  before:", before[qid].get("answer", before[qid].get("error", "")).replace("\n", " | ")[:600])
            print("  after: ", after.get(qid, {}).get("answer", "").replace("\n", " | ")[:600])
    print(f"{len(found)} of {len(before)} answers changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    take = sub.add_parser("snapshot", help="answer every labelled question with the sentinel model")
    take.add_argument("out", type=Path)
    take.add_argument("--skip", nargs="*", default=[], help="question-set stems to leave out")
    take.add_argument("--questions", type=Path, default=Path("eval"), help="the folder of questions*.jsonl")
    diff = sub.add_parser("compare", help="what changed between two snapshots")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    diff.add_argument("--questions", type=Path, default=Path("eval"))
    diff.add_argument("--show", action="store_true", help="print the changed answers")
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out, args.questions, args.skip)
    else:
        compare(args.before, args.after, args.questions, args.show)


if __name__ == "__main__":
    main()
