"""``aicredit ask`` and the multi-turn ``aicredit chat``."""

from __future__ import annotations

from collections import deque

import click

from rag import api
from rag.answer import HISTORY_TURNS, Answer
from rag.cli._output import print_json, shorten
from rag.cli.classify_cmds import render_decision
from rag.errors import AicreditError

CHAT_HELP = "Ask about the policy in Chinese or English. /classify TEXT runs the classifier; /quit leaves."


def render_citations(answer: Answer) -> str:
    if not answer.citations:
        return ""
    return "Clauses:\n" + "\n".join(f"  [{c.id}] {c.title}: {shorten(c.quote, 90)}" for c in answer.citations)


@click.command("ask")
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print answer, citations and abstained as JSON.")
def ask_command(question: str, as_json: bool) -> None:
    """Answer QUESTION from the policy's clauses only, with the clauses it used."""
    answer = api.ask(question)
    if as_json:
        print_json(answer.model_dump(mode="json"))
        return
    click.echo(answer.answer)
    if answer.citations:
        click.echo(render_citations(answer))


@click.command("chat")
def chat_command() -> None:
    """A multi-turn chat about the policy; answers stream as they are generated."""
    answerer = api.default_answerer()
    history: deque[str] = deque(maxlen=HISTORY_TURNS)
    click.echo(CHAT_HELP)
    while True:
        try:
            line = click.prompt("you", prompt_suffix="> ", default="", show_default=False).strip()
        except (EOFError, click.exceptions.Abort):
            click.echo()
            return
        if not line:
            continue
        if line in ("/quit", "/exit", "/q"):
            return
        try:
            if line.startswith("/classify"):
                text = line.removeprefix("/classify").strip()
                click.echo(render_decision(api.classify(text)))
                continue
            if line.startswith("/"):
                click.echo(CHAT_HELP)
                continue
            final = None
            click.echo("aicredit> ", nl=False)
            for event in answerer.stream(line, previous=history[-1] if history else None):
                if isinstance(event, Answer):
                    final = event
                else:
                    click.echo(event, nl=False)
            click.echo()
            if final is not None:
                if final.corrections:
                    click.echo(f"(grounding: {'; '.join(final.corrections)})")
                    click.echo(final.answer)
                click.echo(render_citations(final))
            history.append(line)
        except AicreditError as exc:
            click.echo(f"error: {exc}", err=True)
