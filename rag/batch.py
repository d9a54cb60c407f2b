"""Batch classification of JSONL or CSV files, resumable and row-fault-tolerant.

Each output line is the input record plus the decision. A bad row gets an ``error`` field and the batch goes on;
results are appended and flushed one by one, so an interrupted run resumes by skipping ids already in the output.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from rag.errors import AicreditError, InputError


class Row(BaseModel):
    """One input record: its id, its text (None when missing) and every other field, kept as given."""

    line: int
    id: str
    record: dict[str, Any]
    text: str | None = None
    error: str | None = None


class BatchReport(BaseModel):
    total: int = 0
    classified: int = 0
    skipped: int = 0
    errors: int = 0
    seconds: float = 0.0


def _rows_from_jsonl(raw: bytes) -> Iterator[Row]:
    for number, line_bytes in enumerate(raw.splitlines(), start=1):
        if not line_bytes.strip():
            continue
        fallback_id = f"line-{number}"
        try:
            line = line_bytes.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Row(line=number, id=fallback_id, record={}, error=f"line {number} is not UTF-8 (byte {exc.start})")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Row(
                line=number, id=fallback_id, record={"raw": line[:200]}, error=f"line {number} is not JSON: {exc.msg}"
            )
            continue
        if not isinstance(record, dict):
            yield Row(
                line=number, id=fallback_id, record={"raw": line[:200]}, error=f"line {number} is not a JSON object"
            )
            continue
        yield _row(number, record)


def _row(number: int, record: dict[str, Any]) -> Row:
    raw_id = record.get("id")
    row_id = str(raw_id) if raw_id not in (None, "") else f"line-{number}"
    text = record.get("text")
    if text is None:
        return Row(line=number, id=row_id, record=record, error="the row has no 'text' field")
    if not isinstance(text, str):
        return Row(line=number, id=row_id, record=record, error=f"'text' must be a string, got {type(text).__name__}")
    return Row(line=number, id=row_id, record=record, text=text)


def _rows_from_csv(raw: bytes, path: Path) -> Iterator[Row]:
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Keep going row by row: rows with undecodable bytes fail alone (validate rejects U+FFFD).
        decoded = raw.decode("utf-8", errors="replace")
    reader = csv.DictReader(io.StringIO(decoded, newline=""))
    columns = reader.fieldnames or []
    if "text" not in columns:
        raise InputError(
            f"{path} has no 'text' column (columns: {', '.join(columns) or 'none'}); the CSV needs a header row "
            "with 'id' and 'text'"
        )
    for number, record in enumerate(reader, start=2):
        if None in record:  # more cells than header columns
            extra = record.pop(None)
            yield Row(
                line=number,
                id=str(record.get("id") or f"line-{number}"),
                record=record,
                error=f"line {number} has {len(extra)} more cell(s) than the header; quote text containing commas",
            )
            continue
        yield _row(number, dict(record))


def read_rows(path: Path) -> list[Row]:
    """Read a JSONL or CSV batch; a file-level problem raises, a row-level one becomes that row's error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    is_csv = path.suffix.lower() == ".csv" or (
        path.suffix.lower() not in (".jsonl", ".json", ".ndjson") and not raw.lstrip().startswith(b"{")
    )
    rows = list(_rows_from_csv(raw, path) if is_csv else _rows_from_jsonl(raw))
    seen: dict[str, int] = {}
    for row in rows:
        if row.id in seen and row.error is None:
            row.error = f"duplicate id {row.id!r} (first on line {seen[row.id]}); give every row a unique id"
        seen.setdefault(row.id, row.line)
    return rows


def done_ids(out: Path) -> set[str]:
    """Ids already in the output. A torn last line (an interrupted write) is cut off so it is redone."""
    if not out.exists():
        return set()
    ids: set[str] = set()
    good_bytes = 0
    with out.open("rb") as handle:
        for line in handle:
            try:
                ids.add(str(json.loads(line)["id"]))
            except (json.JSONDecodeError, KeyError, UnicodeDecodeError, TypeError):
                break
            good_bytes += len(line)
    if good_bytes < out.stat().st_size:
        with out.open("r+b") as handle:
            handle.truncate(good_bytes)
    return ids


def run_batch(
    source: Path,
    out: Path,
    classify: Callable[[str], BaseModel],
    *,
    progress: Callable[[int], Any] | None = None,
    on_skip: Callable[[int], Any] | None = None,
) -> BatchReport:
    """Classify every row of ``source`` not yet in ``out``, appending one JSON line per row."""
    started = time.perf_counter()
    rows = read_rows(source)
    finished = done_ids(out)
    todo = [row for row in rows if row.id not in finished]
    report = BatchReport(total=len(rows), skipped=len(rows) - len(todo))
    if on_skip and report.skipped:
        on_skip(report.skipped)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("a", encoding="utf-8") as handle:
        for row in todo:
            result: dict[str, Any] = {**row.record, "id": row.id}
            if row.error is None:
                try:
                    result.update(classify(row.text or "").model_dump(mode="json"))
                    report.classified += 1
                except AicreditError as exc:
                    row.error = str(exc)
            if row.error is not None:
                result["error"] = row.error
                report.errors += 1
            handle.write(json.dumps(result, ensure_ascii=False) + "\n")
            handle.flush()
            if progress:
                progress(1)
    report.seconds = round(time.perf_counter() - started, 2)
    return report
