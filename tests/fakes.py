"""First-class fakes: an LLM with queued replies and a call history, and deterministic hash embeddings."""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rag.llm import Completion, Message, Ranking
from rag.prompts import load_prompt


class FakeLLM:
    """Replies from a queue (or a function of the messages); records every call."""

    name = "fake-llm"

    def __init__(
        self, replies: Sequence[str] = (), *, respond: Callable[[Sequence[Message]], str] | None = None
    ) -> None:
        self.replies = list(replies)
        self.respond = respond
        self.calls: list[dict[str, Any]] = []
        self.primed: list[str] = []

    def _next(self, messages: Sequence[Message]) -> str:
        if self.replies:
            return self.replies.pop(0)
        if self.respond is not None:
            return self.respond(messages)
        raise AssertionError("FakeLLM has no reply queued for this call")

    def complete(
        self, messages: Sequence[Message], *, schema: dict[str, Any] | None = None, max_tokens: int = 256
    ) -> Completion:
        self.calls.append({"messages": list(messages), "schema": schema, "max_tokens": max_tokens})
        return Completion(
            text=self._next(messages), prompt_tokens=sum(len(m["content"]) for m in messages), completion_tokens=5
        )

    def stream(self, messages: Sequence[Message], *, max_tokens: int = 512) -> Iterator[str]:
        self.calls.append({"messages": list(messages), "schema": None, "max_tokens": max_tokens, "stream": True})
        text = self._next(messages)
        for start in range(0, len(text), 7):
            yield text[start : start + 7]

    def prime(self, system: str) -> None:
        self.primed.append(system)

    def rank(self, messages: Sequence[Message], *, answer_prefix: str, options: Sequence[str]) -> Ranking:
        """The next reply is a JSON object of option → weight (see :func:`ranking_reply`); other options get 0."""
        self.calls.append({"messages": list(messages), "answer_prefix": answer_prefix, "options": list(options)})
        weights = {o: w for o, w in json.loads(self._next(messages)).items() if o in options}
        total = sum(weights.values())
        return Ranking(
            scores={o: weights.get(o, 0.0) / total for o in options},
            prompt_tokens=sum(len(m["content"]) for m in messages),
        )


_PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


def ranking_reply(*categories: str, weights: Sequence[float] = (0.7, 0.25)) -> str:
    """A ranking that puts ``categories`` first, in order, under the classify prompt's labels."""
    labels = load_prompt(_PROMPTS, "classify").labels
    return json.dumps({labels[c]: w for c, w in zip(categories, [*weights, 0.05, 0.05], strict=False)})


_TOKEN = re.compile(r"[a-z0-9]+|[\u3400-\u9fff]")


class HashEmbedder:
    """Deterministic bag-of-tokens embeddings (Latin words and single CJK characters hashed into 64 dims)."""

    name = "hash-embedder"

    def __init__(self, dims: int = 64) -> None:
        self.dims = dims
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        vectors = []
        for text in texts:
            vector = [0.0] * self.dims
            for token in _TOKEN.findall(text.lower()):
                vector[int(hashlib.md5(token.encode()).hexdigest(), 16) % self.dims] += 1.0
            norm = math.sqrt(sum(v * v for v in vector)) or 1.0
            vectors.append([v / norm for v in vector])
        return vectors
