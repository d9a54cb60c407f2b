"""Batch files: bad rows get an error and the batch goes on; reruns resume without repeating work."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

from rag.batch import done_ids, read_rows, run_batch
from rag.classify import validate_application
from rag.errors import InputError


class Result(BaseModel):
    category: str
    length: int


def fake_classify(text: str) -> Result:
    validate_application(text, 20_000)
    return Result(category="rag", length=len(text))


def lines(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_rows_keep_fields_and_bad_rows_get_errors(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"id": "a", "text": "RAG system", "branch": "Taipei"}\n'
        b"{not json\n"
        b'{"id": "c"}\n'
        b'{"id": "d", "text": ""}\n'
        b'{"id": "e", "text": "\xff\xfe bad bytes"}\n'
        b'{"id": "a", "text": "duplicate"}\n'
        b'{"id": "g", "text": "edge box"}\n'
    )
    out = tmp_path / "out.jsonl"
    report = run_batch(source, out, fake_classify)
    written = lines(out)
    rows = {r["id"]: r for r in written}
    assert report.classified == 2 and report.errors == 5
    assert written[0]["branch"] == "Taipei" and written[0]["category"] == "rag"
    assert "duplicate id" in written[5]["error"]
    assert "not JSON" in rows["line-2"]["error"]
    assert "no 'text'" in rows["c"]["error"]
    assert "empty" in rows["d"]["error"]
    assert "not UTF-8" in rows["line-5"]["error"]
    assert rows["g"]["category"] == "rag"


def test_rerun_skips_done_ids_and_repairs_a_torn_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": str(i), "text": f"text {i}"}) for i in range(5)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "0", "category": "rag"}) + "\n" + '{"id": "1", "categ', encoding="utf-8")
    seen = []
    report = run_batch(source, out, lambda t: (seen.append(t), fake_classify(t))[1])
    assert report.skipped == 1 and report.classified == 4
    assert seen == [f"text {i}" for i in range(1, 5)]
    assert [r["id"] for r in lines(out)] == ["0", "1", "2", "3", "4"]
    assert run_batch(source, out, fake_classify).skipped == 5


def test_csv_input_and_row_errors(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text('id,text,owner\n1,"推論伺服器, 48 TFLOPS",Lin\n2,,Chen\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(source, out, fake_classify)
    rows = lines(out)
    assert rows[0]["owner"] == "Lin" and rows[0]["category"] == "rag"
    assert "empty" in rows[1]["error"]


def test_csv_without_text_column_is_a_clear_error(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("id,description\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        read_rows(source)


def test_done_ids_of_missing_output(tmp_path):
    assert done_ids(tmp_path / "nothing.jsonl") == set()
