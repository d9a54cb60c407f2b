"""``aicredit classify`` and ``aicredit classify-batch``."""

from __future__ import annotations

from pathlib import Path

import click
from tqdm import tqdm

from rag import api
from rag.batch import read_rows, run_batch
from rag.classify import Decision, also_named
from rag.cli._output import print_json, read_text_argument, shorten

_VERDICT = {True: "ELIGIBLE", False: "NOT ELIGIBLE", None: "NEEDS REVIEW"}
_MARK = {True: "✔", False: "✘", None: "?"}


def render_decision(decision: Decision) -> str:
    lines = [
        f"Item:     {decision.category}"
        + (f"  (also: {', '.join(also_named(decision))})" if len(decision.categories) > 1 else "")
    ]
    lines.append(f"Verdict:  {_VERDICT[decision.eligible]}")
    if decision.checks:
        lines.append("Checks:")
        lines += [
            f"  {_MARK[c.passed]} {c.name}: {c.detail}" + (f" [{c.clause}]" if c.clause else "")
            for c in decision.checks
        ]
    if decision.missing_evidence:
        lines.append("Missing evidence:")
        lines += [f"  - {m}" for m in decision.missing_evidence]
    if decision.override_reasons:
        heading = f"Guardrail override (model said {', '.join(decision.model_categories)})"
        lines.append(f"{heading}:" if decision.overridden else "Guardrail notes:")
        lines += [f"  - {r}" for r in decision.override_reasons]
    lines += [f"Warning:  {w}" for w in decision.warnings]
    lines.append("Clauses:")
    lines += [f"  [{c.id}] {c.title}: {shorten(c.quote, 90)}" for c in decision.citations]
    lines.append(f"Why:      {decision.rationale}")
    lines.append(
        f"({decision.model}, prompt {decision.prompt_version}, rules v{decision.rules_version}, "
        f"{decision.timings.get('total_seconds', 0):.2f} s)"
    )
    return "\n".join(lines)


@click.command("classify")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the decision as one JSON object.")
def classify_command(text: str, as_json: bool) -> None:
    """Classify one application TEXT (use - to read it from standard input)."""
    decision = api.classify(read_text_argument(text))
    if as_json:
        print_json(decision.model_dump(mode="json"))
    else:
        click.echo(render_decision(decision))


@click.command("classify-batch")
@click.argument("source", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="JSONL output; rows whose id is already there are skipped, so a rerun resumes.",
)
def classify_batch_command(source: Path, out: Path) -> None:
    """Classify every row of SOURCE (JSONL or CSV with 'id' and 'text'), appending results to OUT."""
    total = len(read_rows(source))
    classifier = api.default_classifier()
    with tqdm(total=total, unit="row", desc="classifying", dynamic_ncols=True) as bar:
        report = run_batch(source, out, classifier.classify, progress=bar.update, on_skip=bar.update)
    click.echo(
        f"{report.classified} classified, {report.errors} with errors, {report.skipped} already done "
        f"(of {report.total}) in {report.seconds:.1f} s → {out}",
        err=True,
    )
