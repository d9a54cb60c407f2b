"""``aicredit eval``: run labelled cases through the systems and write metrics, predictions, report and plots."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from tqdm import tqdm

from rag import api
from rag.evaluation import SYSTEMS, case_changes, compare, load_cases
from rag.report import run_evaluation


@click.command("eval")
@click.option(
    "--cases",
    "cases_path",
    required=True,
    type=click.Path(path_type=Path, exists=True),
    help="A JSONL file of labelled cases, or a folder of them.",
)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for metrics.json, predictions.jsonl, report.md and the plots.",
)
@click.option(
    "--systems",
    default=",".join(SYSTEMS),
    show_default=True,
    help="Which systems to run: full (the pipeline), rules (no LLM), llm_only (no retrieval, no guardrails).",
)
@click.option("--limit", type=int, default=None, help="Only the first N cases (a quick look).")
@click.option(
    "--baseline",
    "baseline",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="A previous run's metrics.json to compare with, case by case.",
)
@click.option("--fail-on-regression", is_flag=True, help="Exit 1 when a headline metric drops beyond --tolerance.")
@click.option("--tolerance", default=0.02, show_default=True, help="Allowed drop before it counts as a regression.")
def eval_command(
    cases_path: Path,
    out: Path,
    systems: str,
    limit: int | None,
    baseline: Path | None,
    fail_on_regression: bool,
    tolerance: float,
) -> None:
    """Evaluate the classifier on labelled cases (one loaded model serves every system)."""
    chosen = [s.strip() for s in systems.split(",") if s.strip()]
    unknown = set(chosen) - set(SYSTEMS)
    if unknown:
        raise click.BadParameter(f"unknown system(s) {', '.join(sorted(unknown))}; choose from {', '.join(SYSTEMS)}")
    cases = load_cases(cases_path)[:limit]
    classifier = api.default_classifier()
    with tqdm(total=len(cases) * len(chosen), unit="case", desc="evaluating", dynamic_ncols=True) as bar:
        document = run_evaluation(cases, chosen, classifier, out, progress=bar.update)  # type: ignore[arg-type]
    click.echo(f"Wrote {out}/metrics.json, predictions.jsonl, report.md, confusion.png, accuracy_by_tag.png")
    for name, m in document["systems"].items():
        click.echo(
            f"{name:>9}: category {m['category_accuracy']:.3f}  eligibility {m['eligibility_accuracy']:.3f}  "
            f"joint {m['joint_accuracy']:.3f}  macro-F1 {m['macro_f1']:.3f}  p50 {m['latency_p50_seconds']:.2f}s  "
            f"p95 {m['latency_p95_seconds']:.2f}s"
        )
    if baseline is None:
        return
    previous = json.loads(baseline.read_text(encoding="utf-8"))
    lines, regressed = compare(document, previous, tolerance)
    click.echo(f"Compared with {baseline}:")
    for line in lines:
        click.echo(f"  {line}")
    previous_predictions = baseline.parent / "predictions.jsonl"
    if previous_predictions.exists():
        current = [json.loads(x) for x in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
        before = [json.loads(x) for x in previous_predictions.read_text(encoding="utf-8").splitlines()]
        fixed, broken = case_changes(current, before)
        click.echo(f"  now right: {', '.join(fixed) or 'none'}")
        click.echo(f"  now wrong: {', '.join(broken) or 'none'}")
    if regressed and fail_on_regression:
        click.echo("Regression beyond tolerance.", err=True)
        sys.exit(1)


@click.command("eval-retrieval")
@click.option(
    "--questions",
    "questions_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=Path("eval/retrieval.jsonl"),
    show_default=True,
)
@click.option("-k", "k", default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def eval_retrieval_command(questions_path: Path, k: int, as_json: bool) -> None:
    """Recall@k and MRR of dense, lexical and hybrid retrieval on labelled questions, side by side."""
    import time

    from rag.evaluation import load_retrieval_questions, retrieval_metrics

    questions = load_retrieval_questions(questions_path)
    retriever = api.default_retriever()
    results = {}
    for method in ("dense", "lexical", "hybrid"):
        started = time.perf_counter()
        rankings = [(q, [p.clause.id for p in retriever.search(q.question, 20, method=method)]) for q in questions]
        elapsed = time.perf_counter() - started
        metrics = retrieval_metrics(rankings, k)
        metrics["ms_per_query"] = round(1000 * elapsed / max(1, len(questions)), 1)
        metrics["misses"] = [q.id for q, ranked in rankings if not set(ranked[:k]) & set(q.relevant)]  # type: ignore[assignment]
        results[method] = metrics
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    click.echo(f"{len(questions)} questions from {questions_path}")
    for method, m in results.items():
        click.echo(f"{method:>8}: recall@{k} {m[f'recall@{k}']:.3f}  MRR {m['mrr']:.3f}  {m['ms_per_query']} ms/query")
    click.echo(f"hybrid misses: {', '.join(results['hybrid']['misses']) or 'none'}")  # type: ignore[arg-type]


@click.command("eval-qa")
@click.option(
    "--questions",
    "questions_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=Path("eval/questions.jsonl"),
    show_default=True,
)
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder for qa_metrics.json and qa_answers.jsonl.",
)
@click.option("--limit", type=int, default=None)
def eval_qa_command(questions_path: Path, out: Path | None, limit: int | None) -> None:
    """Key-fact accuracy, citation precision, refusal accuracy and latency of `aicredit ask`."""
    from rag.evaluation import load_qa_questions, qa_metrics

    questions = load_qa_questions(questions_path)[:limit]
    answerer = api.default_answerer()
    results = []
    for question in tqdm(questions, unit="question", desc="asking", dynamic_ncols=True):
        results.append((question, answerer.ask(question.question)))
    metrics = qa_metrics(results)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "qa_metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
        with (out / "qa_answers.jsonl").open("w", encoding="utf-8") as handle:
            for question, answer in results:
                handle.write(
                    json.dumps({"id": question.id, **answer.model_dump(mode="json")}, ensure_ascii=False) + "\n"
                )
    click.echo(
        f"{metrics['n']} questions: key-fact accuracy {metrics['key_fact_accuracy']:.3f}, citation precision "
        f"{metrics['citation_precision']:.3f} (hit rate {metrics['citation_hit_rate']:.3f}), refusal accuracy "
        f"{metrics['refusal_accuracy']:.3f}, false refusals {metrics['false_refusals']}"
    )
    click.echo(
        f"time to first token p50 {metrics['first_token_p50_seconds']:.2f} s / "
        f"p95 {metrics['first_token_p95_seconds']:.2f} s; "
        f"total p50 {metrics['total_p50_seconds']:.2f} s / p95 {metrics['total_p95_seconds']:.2f} s"
    )
    click.echo(f"failures: {', '.join(metrics['failures']) or 'none'}")
