"""The ``aicredit`` command. Thin: each command calls the Python API and formats the result."""

from __future__ import annotations

import sys

import click

from rag.cli.ask_cmds import ask_command, chat_command
from rag.cli.classify_cmds import classify_batch_command, classify_command
from rag.cli.eval_cmds import eval_command, eval_qa_command, eval_retrieval_command
from rag.cli.index_cmds import index_command, model_command, search_command
from rag.errors import AicreditError, UserError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="aicredit")
def cli() -> None:
    """Classify purchases under Taiwan's AI products and services investment tax credit, offline."""


for command in (
    index_command,
    search_command,
    model_command,
    classify_command,
    classify_batch_command,
    ask_command,
    chat_command,
    eval_command,
    eval_retrieval_command,
    eval_qa_command,
):
    cli.add_command(command)


def main() -> None:
    """Entry point: aicredit errors become one clear line on stderr and exit code 2 (your input) or 1 (runtime)."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except AicreditError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2 if isinstance(exc, UserError) else 1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
