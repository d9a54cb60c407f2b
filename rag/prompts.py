"""Prompt templates: YAML files under ``prompts/``, loaded by name, rendered with Jinja ``StrictUndefined``.

Each template carries a version that is recorded in every result it produced.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from rag.errors import ConfigError

_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=False)
_ENV.policies["json.dumps_kwargs"] = {"ensure_ascii": False}


class PromptTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    version: str
    system: str
    user: str
    examples: list[dict[str, Any]] = []
    judge_task: str = ""
    answer_task: str = ""
    # For prompts answered by ranking labels (classify): the opening of the answer and each category's label.
    answer_prefix: str = ""
    labels: dict[str, str] = {}

    def render_system(self, **variables: Any) -> str:
        return _render(self, "system", self.system, variables)

    def render_user(self, **variables: Any) -> str:
        return _render(self, "user", self.user, variables)


def _render(prompt: PromptTemplate, part: str, source: str, variables: dict[str, Any]) -> str:
    try:
        return _ENV.from_string(source).render(examples=prompt.examples, **variables).strip()
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"prompt {prompt.name} ({part}) uses a variable that was not given: {exc.message}") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"prompt {prompt.name} ({part}) has a template error on line {exc.lineno}: {exc}") from exc


@lru_cache(maxsize=16)
def load_prompt(prompts_dir: Path, name: str) -> PromptTemplate:
    """Load ``prompts/<name>.yaml``."""
    path = prompts_dir / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return PromptTemplate.model_validate(data)
    except FileNotFoundError as exc:
        raise ConfigError(f"prompt file {path} is missing; set AICREDIT_PROMPTS_DIR to the prompts folder") from exc
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"prompt file {path} is invalid: {exc}") from exc


def neutralise(text: str) -> str:
    """Make applicant text safe to place inside a prompt: no chat-template control tokens, no closing tag."""
    return (
        text.replace("<|", "< |")
        .replace("|>", "| >")
        .replace("</application>", "</ application>")
        .replace("<application>", "< application>")
    )
