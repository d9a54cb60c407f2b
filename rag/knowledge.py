"""Load the knowledge base: policy clauses, the rules data, and users' own documents.

Everything read from disk is validated into typed models (``extra="forbid"``), so a typo in a YAML file is a
clear error at load time rather than a silent miss at classification time.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rag.errors import ConfigError, InputError

ClauseKind = Literal["definition", "element", "item", "case", "review", "comment", "response", "document"]
Category = Literal[
    "ai_training_server",
    "ai_inference_server",
    "ai_edge_device",
    "ai_model_dev_tool",
    "content_generation",
    "product_design",
    "rag",
    "enterprise_workflow",
    "none",
]
CATEGORIES: tuple[Category, ...] = get_args(Category)
ITEM_IDS: tuple[Category, ...] = tuple(c for c in CATEGORIES if c != "none")


class PriceRange(BaseModel):
    """A price range a worked case states, in 萬元 (NT$10,000)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    name_en: str
    low: float
    high: float
    # Words a question names this kind of machine by ("兩台一般伺服器", "one H100-equipped AI inference server").
    words: list[str] = []


class TermOutcome(BaseModel):
    """One term of a suggestion a response decided apart from the rest ("參採「推論」…；「適應性」…學習應較為合適"):
    what became of that term, for a question asking about it alone."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # Words a question names the term by, in either language (quoted where the bare word means something else too:
    # "「推論」", "'infer'").
    words: list[str]
    outcome: Literal["adopted", "not_adopted"]
    # What became of it, in the response's own terms ("「適應性」未獲採納（原文「學習」較為合適）").
    said: str
    said_en: str


class Clause(BaseModel):
    """One citable unit of the knowledge base: a policy clause or a chunk of a user's document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: ClauseKind
    title: str
    text: str
    title_en: str = ""
    text_en: str = ""
    section: str = ""
    item: Category | None = None
    org: str | None = None
    org_name: str | None = None
    org_name_en: str | None = None
    org_kind: Literal["association", "agency"] | None = Field(
        default=None,
        description="for a comment: an industry association (公協會) or an administrative agency (行政機關)",
    )
    date: str | None = None
    date_roc: str | None = None
    comment: str | None = Field(default=None, description="for a response: the comment it answers")
    response: str | None = Field(default=None, description="for a comment: the government's response")
    adopts_comment: bool = Field(
        default=False,
        description="for a response adopting the suggestion as written ('參採…意見，調整原文'): what was decided "
        "is the suggestion's text, quoted with it",
    )
    outcome: Literal["adopted", "partly", "covered", "not_adopted"] | None = Field(
        default=None,
        description="for a response: what became of the suggestion ('Was it adopted?' is answered by it)",
    )
    covers_part: bool = Field(
        default=False,
        description="for a response of another outcome that says part of the suggestion is already covered by the "
        "items ('系統整合規劃與電腦模擬部分，已涵蓋於技術服務項目範圍中'): listed among the covered ones, as in part",
    )
    terms: list[TermOutcome] = Field(
        default=[], description="for a response adopting part of a suggestion: what became of each term it names"
    )
    prices: list[PriceRange] = Field(default=[], description="for a worked case: the price ranges it states")
    source: str = "policy"

    @property
    def is_policy(self) -> bool:
        """Comments are stakeholders' suggestions and user documents are not the policy."""
        return self.kind not in ("comment", "document")

    def embedding_text(self) -> str:
        """What the embedder sees: both languages (measured better than English alone for MiniLM here)."""
        return self.index_text()

    def index_text(self) -> str:
        """What gets embedded and tokenised: both languages, so either finds the clause."""
        parts = (self.title, self.title_en, self.text, self.text_en, self.org_name, self.org_name_en, self.date_roc)
        return "\n".join(part for part in parts if part)


class _ClauseFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    clauses: list[Clause]

    @model_validator(mode="after")
    def _check_links(self) -> _ClauseFile:
        ids = [c.id for c in self.clauses]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise ValueError(f"duplicate clause ids: {sorted(duplicates)}")
        known = set(ids)
        for clause in self.clauses:
            for link in (clause.comment, clause.response):
                if link is not None and link not in known:
                    raise ValueError(f"clause {clause.id} links to unknown clause {link}")
        return self


# ---------------------------------------------------------------------------------------------- rules data


class Threshold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    family: Literal["FLOPS", "OPS"]
    value: float
    unit: Literal["TFLOPS", "TOPS"]
    inclusive: bool = True


class ComputeRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    thresholds: list[Threshold]
    evidence_clause: str
    missing_evidence: str


class ParameterRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    threshold: float
    inclusive: bool = True
    clause: str
    missing_evidence: str


class Condition(BaseModel):
    """What an item's clause requires beside its threshold (where an edge device is deployed, the external knowledge
    base a RAG system builds), and words saying a purchase lacks it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    required: str  # the clause's own words, "zh / en"; the English with its verb ('be "deployed close to …"')
    unmet: str  # that the purchase described lacks it, "zh / en"
    lacking: list[str]


class ItemRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    group: Literal["hardware", "software", "service"]
    clause: str
    keywords: list[str] = []
    # Phrases in which the keywords do not say what the purchase is for ("Once our LLM is trained, …").
    finished: list[re.Pattern[str]] = []
    compute: ComputeRule | None = None
    condition: Condition | None = None
    parameters: ParameterRule | None = None
    alternative_elements: list[str] = []
    elements_any: list[str] = []
    missing_evidence: str | None = None

    @field_validator("finished", mode="before")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in patterns]


class ElementRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    clause: str
    keywords: list[str]
    listed: bool = True  # false for what the clause leaves out (supervised-only learning)
    min_parameters: float | None = None  # the LLM element's own threshold (10億/1B)


class Exclusion(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    clause: str
    category: Category
    applies_to: Literal["purchase", "line_item"]
    reason: str
    keywords: list[str]
    unless: list[str] = []


class Route(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    clause: str
    keywords: list[str]
    categories: list[Category]


class ReferenceDevice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    names: list[str]
    family: Literal["FLOPS", "OPS"]
    value: float  # in tera units of its family: TFLOPS or TOPS
    clause: str
    in_case: int | None = None  # how many of it the worked case's machine has ("配備1張 NV H100")


class Makes(BaseModel):
    """What a worked case's model makes of what: the words of its input and its output, and the case's sentence
    ("zh / en")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    takes: list[str]
    gives: list[str]
    said: str


class ReferenceModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    names: list[str]
    parameters: float
    clause: str
    makes: Makes | None = None


class Rules(BaseModel):
    """The deterministic rules of the credit, read from ``knowledge_base/rules.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    items: dict[Category, ItemRule]
    elements: dict[str, ElementRule]
    exclusions: list[Exclusion]
    routes: list[Route]
    reference_devices: list[ReferenceDevice]
    reference_models: list[ReferenceModel] = []
    false_friends: list[str] = []
    generic_words: list[str] = []  # words of an item that settle no tie with another item (see rules.yaml)
    server_words: list[str] = []
    accelerator_words: list[str] = []

    def cited_clauses(self) -> set[str]:
        cited = {rule.clause for rule in self.items.values()}
        for rule in self.items.values():
            if rule.compute:
                cited.add(rule.compute.evidence_clause)
            if rule.parameters:
                cited.add(rule.parameters.clause)
        cited |= {e.clause for e in self.elements.values()}
        cited |= {e.clause for e in self.exclusions} | {r.clause for r in self.routes}
        cited |= {d.clause for d in self.reference_devices} | {m.clause for m in self.reference_models}
        return cited

    @model_validator(mode="after")
    def _check_references(self) -> Rules:
        missing_items = set(ITEM_IDS) - set(self.items)
        if missing_items:
            raise ValueError(f"rules have no entry for items {sorted(missing_items)}")
        for item_id, rule in self.items.items():
            for element in (*rule.alternative_elements, *rule.elements_any):
                if element not in self.elements:
                    raise ValueError(f"item {item_id} names unknown element {element}")
        return self


def read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path} does not exist; set AICREDIT_KNOWLEDGE_DIR to the knowledge_base folder") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from exc


@lru_cache(maxsize=4)
def load_clauses(path: Path) -> tuple[Clause, ...]:
    """Load and validate the policy clauses (cached per path)."""
    try:
        parsed = _ClauseFile.model_validate(read_yaml(path))
    except ValidationError as exc:
        raise ConfigError(f"{path} is not a valid clause file: {exc}") from exc
    return tuple(parsed.clauses)


@lru_cache(maxsize=4)
def load_rules(path: Path, clauses_path: Path) -> Rules:
    """Load the rules and check that every rule cites a clause that exists."""
    try:
        rules = Rules.model_validate(read_yaml(path))
    except ValidationError as exc:
        raise ConfigError(f"{path} is not a valid rules file: {exc}") from exc
    known = {c.id for c in load_clauses(clauses_path)}
    unknown = rules.cited_clauses() - known
    if unknown:
        raise ConfigError(f"{path} cites clauses that do not exist in {clauses_path}: {sorted(unknown)}")
    return rules


# ---------------------------------------------------------------------------------------------- user documents

DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)


def _chunks(text: str, max_chars: int) -> list[str]:
    """Split on blank lines, then pack paragraphs into chunks of at most ``max_chars``."""
    chunks: list[str] = []
    current = ""
    for paragraph in (p.strip() for p in re.split(r"\n\s*\n", text)):
        if not paragraph:
            continue
        while len(paragraph) > max_chars:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(paragraph[:max_chars])
            paragraph = paragraph[max_chars:]
        if current and len(current) + len(paragraph) + 2 > max_chars:
            chunks.append(current)
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        chunks.append(current)
    return chunks


def load_document(path: Path, *, max_chars: int = 800) -> list[Clause]:
    """Read a user's Markdown or text file and chunk it into searchable clauses (``kind="document"``)."""
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise InputError(f"{path}: only Markdown or text files can be added ({', '.join(DOCUMENT_SUFFIXES)})")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not UTF-8 text (byte {exc.start} is invalid); convert it, e.g. "
            f"`iconv -f BIG5 -t UTF-8 {path.name} > {path.stem}.utf8{path.suffix}`"
        ) from exc
    if "\x00" in text:
        raise InputError(f"{path} looks like a binary file; only Markdown or text can be added")
    heading = _HEADING.search(text)
    doc_title = heading.group(1) if heading else path.stem
    slug = re.sub(r"[^0-9A-Za-z]+", "-", path.stem).strip("-").lower() or "doc"
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:6]
    clauses = []
    for number, chunk in enumerate(_chunks(text, max_chars), start=1):
        chunk_heading = _HEADING.search(chunk)
        title = chunk_heading.group(1) if chunk_heading else doc_title
        clauses.append(
            Clause(
                id=f"doc.{slug}-{digest}.{number}",
                kind="document",
                title=f"{title} ({path.name} §{number})",
                text=chunk,
                section=str(path.resolve()),
                source=str(path.resolve()),
            )
        )
    return clauses
