"""``aicredit index``, ``aicredit search`` and ``aicredit model``."""

from __future__ import annotations

from pathlib import Path

import click

from rag import api
from rag.cli._output import print_json, shorten
from rag.knowledge import CATEGORIES


@click.command("index")
@click.option(
    "--add",
    "add",
    multiple=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Also index your own Markdown or text document (repeatable).",
)
@click.option("--rebuild", is_flag=True, help="Drop the index and build it from scratch.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def index_command(add: tuple[Path, ...], rebuild: bool, as_json: bool) -> None:
    """Build or update the search index (only changed clauses are embedded again)."""
    report = api.build_index(add=list(add), rebuild=rebuild)
    if as_json:
        print_json(report.model_dump())
        return
    if report.rebuilt_after_error:
        click.echo(f"The index was unreadable; the broken copy is kept at {report.rebuilt_after_error}.")
    click.echo(
        f"Index at {report.location}: {report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged ({report.seconds:.1f} s)."
    )


@click.command("search")
@click.argument("query")
@click.option("-k", "k", default=5, show_default=True, help="How many clauses to return.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["definition", "element", "item", "case", "review", "comment", "response", "document"]),
    help="Only clauses of this kind (repeatable).",
)
@click.option("--item", "items", multiple=True, type=click.Choice(CATEGORIES), help="Only clauses about this item.")
@click.option("--method", type=click.Choice(["hybrid", "dense", "lexical"]), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, best first.")
def search_command(
    query: str, k: int, kinds: tuple[str, ...], items: tuple[str, ...], method: str, as_json: bool
) -> None:
    """Search the policy (and your added documents) for QUERY, in Chinese or English."""
    passages = api.search(query, k=k, kinds=list(kinds) or None, items=list(items) or None, method=method)  # type: ignore[arg-type]
    rows = [
        {
            "id": p.clause.id,
            "title": p.clause.title,
            "text": p.clause.text,
            "text_en": p.clause.text_en,
            "kind": p.clause.kind,
            "score": p.score,
            "dense_rank": p.dense_rank,
            "lexical_rank": p.lexical_rank,
        }
        for p in passages
    ]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("No clause matches.")
    for rank, row in enumerate(rows, start=1):
        click.echo(f"{rank}. {row['id']}  [{row['kind']}]  score {row['score']:.4f}")
        click.echo(f"   {row['title']}")
        click.echo(f"   {shorten(str(row['text']), 110)}")


@click.command("model")
@click.option("--json", "as_json", is_flag=True)
def model_command(as_json: bool) -> None:
    """Show the LLM in use: its path, size, SHA-256 and parameter count (assembling it on first use)."""
    info = api.model_info()
    if as_json:
        print_json(info)
        return
    for key, value in info.items():
        click.echo(f"{key:>14}: {value}")
