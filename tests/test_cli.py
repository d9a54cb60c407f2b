"""The CLI end to end with fakes behind the Python API: output contracts and clear errors, no stack traces."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from rag import api
from rag.cli import cli
from tests.fakes import FakeLLM, HashEmbedder, ranking_reply


@pytest.fixture
def fake_api(settings, monkeypatch):
    llm = FakeLLM(respond=lambda messages: ranking_reply("ai_inference_server"))
    monkeypatch.setattr(api, "default_embedder", lambda: HashEmbedder())
    monkeypatch.setattr(api, "default_llm", lambda: llm)
    for cached in (api.default_retriever, api.default_classifier, api.default_answerer):
        cached.cache_clear()
    yield llm
    for cached in (api.default_retriever, api.default_classifier, api.default_answerer):
        cached.cache_clear()


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_index_then_search_json(fake_api):
    assert "38 added" in run("index").output
    assert "38 unchanged" in run("index").output
    result = run("search", "推論伺服器 45 TFLOPS", "-k", "3", "--json")
    rows = json.loads(result.output)
    assert len(rows) == 3 and {"id", "title", "text", "score"} <= set(rows[0])
    assert rows[0]["score"] >= rows[1]["score"] >= rows[2]["score"]


def test_search_table(fake_api):
    output = run("search", "電費").output
    assert "response.tpca.3" in output and output.startswith("1. ")


def test_classify_json_contract(fake_api):
    result = run("classify", "推論伺服器 2 張 H100", "--json")
    data = json.loads(result.output)
    assert data["category"] == "ai_inference_server" and data["eligible"] is True
    assert data["citations"] and data["checks"][0]["clause"]


def test_classify_reads_stdin_and_prints_a_verdict(fake_api):
    result = run("classify", "-", input="推論伺服器，算力 30 TFLOPS")
    assert "NOT ELIGIBLE" in result.output and "30 TFLOPS" in result.output


def test_batch_writes_one_line_per_row(fake_api, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "推論伺服器 48 TFLOPS"}\n{"id": "2", "text": ""}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("classify-batch", str(source), "--out", str(out))
    assert "1 classified, 1 with errors" in result.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["eligible"] is True and "error" in rows[1]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["classify", ""], None, "empty"),
        (["classify", "-"], "電費".encode("big5"), "not UTF-8"),
        (["search", ""], None, "empty"),
        (["ask", ""], None, "empty"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_code_2(settings, args, stdin, message):
    env = {"AICREDIT_HOME": str(settings.home), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "rag.cli", *args], input=stdin, capture_output=True, env=env, timeout=120
    )
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_csv_without_text_column(fake_api, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(Exception, match="no 'text' column"):
        run("classify-batch", str(source), "--out", str(tmp_path / "o.jsonl"))
