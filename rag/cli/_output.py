"""Shared formatting for the CLI commands."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from rag.errors import InputError


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def read_text_argument(text: str) -> str:
    """``-`` reads standard input; bytes that are not UTF-8 are a clear error, not a stack trace."""
    if text != "-":
        return text
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"standard input is not UTF-8 (invalid byte at position {exc.start}); convert it first, e.g. "
            "`iconv -f BIG5 -t UTF-8 file.txt | aicredit classify -`"
        ) from exc


def shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
