"""Classify a narrative application: retrieve → prompt → constrained output → guardrails → decision.

The model reads the policy (a fixed, cached system prompt rendered from the knowledge base) and the clauses
retrieved for the application, and names the item(s). The guardrails then decide eligibility from the figures
the text states, apply the policy's exclusions and routes, and override the model where they disagree —
recording that they did and why.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from rag.config import Settings, get_settings
from rag.errors import ConfigError, InputError
from rag.figures import spelled_figures
from rag.guardrails import (
    CheckResult,
    Evidence,
    check_exclusion,
    check_item,
    combine,
    gather_evidence,
    line_items,
    mentions,
)
from rag.index import Embedder, SentenceTransformerEmbedder
from rag.knowledge import CATEGORIES, ITEM_IDS, Category, Clause, Exclusion, Route, Rules, load_clauses, load_rules
from rag.llm import LLM, Message, load_llm
from rag.prompts import PromptTemplate, load_prompt, neutralise
from rag.retrieve import Passage, Retriever

# The probability at which the model's second choice is listed as a further item of the application.
SECOND_ITEM_PROBABILITY = 0.25

# A model answer of "none" for a text that shows an AI technique or figure stands only when the model's best item
# has less than this fraction of none's probability.
NONE_MARGIN = 0.5

# How many of an item's words the text must name before the guardrails move an unsupported model choice there.
MIN_WORDS_TO_MOVE = 2


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True)
    id: str
    title: str
    quote: str


class ItemVerdict(BaseModel):
    """Eligibility of one item the application names."""

    category: Category
    eligible: bool | None
    checks: list[CheckResult]


class Decision(BaseModel):
    """The verdict on one application, with everything needed to audit and reproduce it."""

    category: Category
    categories: list[Category]
    eligible: bool | None
    checks: list[CheckResult]
    citations: list[Citation]
    rationale: str
    overridden: bool
    override_reasons: list[str] = []
    model_categories: list[Category]
    model_scores: dict[str, float] = {}
    missing_evidence: list[str] = []
    items: list[ItemVerdict] = []
    routes: list[str] = []
    warnings: list[str] = []
    model: str
    prompt_version: str
    rules_version: int
    timings: dict[str, float] = {}


def validate_application(text: str, max_chars: int) -> str:
    """Reject text that cannot be an application, with a message that says what to do."""
    if not isinstance(text, str):
        raise InputError(f"the application must be text, got {type(text).__name__}")
    stripped = text.strip()
    if not stripped:
        raise InputError("the application text is empty; describe the planned purchase (what, what for, its specs)")
    if len(stripped) > max_chars:
        raise InputError(
            f"the application is {len(stripped):,} characters; the limit is {max_chars:,}. Summarise the purchase "
            "and paste only the relevant spec-sheet lines"
        )
    if "\x00" in stripped or "\ufffd" in stripped:
        raise InputError("the application contains binary or undecodable bytes; save it as UTF-8 text and retry")
    control = sum(1 for ch in stripped if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    if control > 0.05 * len(stripped):
        raise InputError("the application looks like binary data, not text; save it as UTF-8 text and retry")
    return stripped


def _quote(clause: Clause, limit: int = 180) -> str:
    return clause.text if len(clause.text) <= limit else clause.text[: limit - 1] + "…"


class Classifier:
    """Holds the loaded model, index and rules; call :meth:`classify` for each application."""

    def __init__(self, settings: Settings, retriever: Retriever, llm: LLM) -> None:
        self.settings = settings
        self.retriever = retriever
        self.llm = llm
        self.rules: Rules = load_rules(settings.rules_file, settings.clauses_file)
        self.clauses = {c.id: c for c in load_clauses(settings.clauses_file)}
        self.prompt: PromptTemplate = load_prompt(settings.prompts_dir, "classify")
        if set(self.prompt.labels) != set(CATEGORIES) or not self.prompt.answer_prefix:
            raise ConfigError(
                f"prompt {self.prompt.name} must give an answer_prefix and one label for each of {list(CATEGORIES)}"
            )
        self.labels: dict[Category, str] = {c: self.prompt.labels[c] for c in CATEGORIES}
        # The eight items as the prompts show them: the clause that defines each, its id and its label.
        self.items = [
            {**self.clauses[self.rules.items[c].clause].model_dump(), "id": c, "label": self.labels[c]}
            for c in ITEM_IDS
        ]
        self.system = self.prompt.render_system(
            items=self.items,
            elements=[c for c in self.clauses.values() if c.kind == "element"],
            responses=[c for c in self.clauses.values() if c.kind == "response"],
        )

    @classmethod
    def from_settings(
        cls, settings: Settings | None = None, *, llm: LLM | None = None, embedder: Embedder | None = None
    ) -> Classifier:
        settings = settings or get_settings()
        embedder = embedder or SentenceTransformerEmbedder(settings.embedding_model)
        return cls(settings, Retriever.open(settings, embedder), llm or load_llm(settings))

    # ------------------------------------------------------------------------------------------- model

    def ask_model(self, application: str) -> tuple[dict[Category, float], dict[str, float]]:
        """The model's probability for each category, from one forward pass over the application."""
        # Every time: Q&A shares the model and primes its own prefix in between (priming an already-loaded prefix
        # is a token comparison).
        self.llm.prime(self.system)
        user = self.prompt.render_user(application=neutralise(application))
        messages: list[Message] = [{"role": "system", "content": self.system}, {"role": "user", "content": user}]
        ranking = self.llm.rank(messages, answer_prefix=self.prompt.answer_prefix, options=list(self.labels.values()))
        scores = {category: ranking.scores[label] for category, label in self.labels.items()}
        return scores, {"llm_seconds": round(ranking.seconds, 3), "prompt_tokens": ranking.prompt_tokens}

    # ------------------------------------------------------------------------------------------- guardrails

    def apply_policy(
        self, model_categories: list[Category], evidence: Evidence, scores: dict[Category, float] | None = None
    ) -> tuple[list[Category], list[str]]:
        """The text's own words, the exclusions and the responses' routes decide where they apply; returns why.

        An excluded purchase (AMR) is out whatever AI it carries. An excluded line item (electricity, an
        ordinary server) takes the application out only when no AI item named beside it qualifies on its own.
        """
        categories, reasons = self.arbitrate(list(model_categories), evidence, scores or {})
        for exclusion in evidence.exclusions:
            item = categories[0]
            if (
                item != "none"
                and exclusion.applies_to == "line_item"
                and combine(check_item(item, evidence, self.rules))
            ):
                continue
            if (
                item != "none"
                and exclusion.applies_to == "purchase"
                and self.qualifies_apart(item, exclusion, evidence)
            ):
                reasons.append(
                    f"exclusion '{exclusion.id}' ({exclusion.clause}) applies to its own line item; {item} is "
                    "listed apart and qualifies on its own"
                )
                continue
            if categories != ["none"]:
                reasons.append(f"exclusion '{exclusion.id}' ({exclusion.clause}): {exclusion.reason}")
            return ["none"], reasons
        for route in evidence.routes:
            if self._route_leaves(categories[0], route, evidence):
                continue
            # Among the items the response names: one the model also listed, else one the text qualifies for.
            qualifying = [c for c in route.categories if combine(check_item(c, evidence, self.rules))]
            replacement = next((c for c in categories if c in route.categories), (qualifying or route.categories)[0])
            reasons.append(
                f"route '{route.id}' ({route.clause}): the policy places this under {', '.join(route.categories)}; "
                f"{categories[0]} → {replacement}"
            )
            categories = [replacement, *[c for c in categories[1:] if c not in (replacement, "none")]]
        # The model's further items stand where the text names them too.
        categories = [categories[0], *[c for c in categories[1:] if c in evidence.item_words]]
        return self.with_line_items(categories, evidence), reasons

    def _route_leaves(self, item: Category, route: Route, evidence: Evidence) -> bool:
        """Whether a government response's route leaves the decided ``item`` where it is: the route names it; it is a
        hardware item with a stated compute figure (what was bought); or the text's own words name it and none of the
        route's items ("電商商品文案自動撰寫服務…產生個人化文案": copywriting for an online shop is content generation,
        not the e-commerce chatbot the response places under enterprise workflow), a hardware item only where the
        text states AI compute ("a GPU server to run our LLM"; not "runs on a public cloud, not on our own
        hardware")."""
        rule = self.rules.items.get(item)
        if item in route.categories:
            return True
        if rule is None:
            return False
        if rule.group == "hardware" and evidence.compute:
            return True
        own_words = item in evidence.item_words and not set(route.categories) & set(evidence.item_words)
        return own_words and (rule.group != "hardware" or evidence.hardware)

    def with_line_items(self, categories: list[Category], evidence: Evidence) -> list[Category]:
        """Add the items that the application's other line items name ("(1) a RAG system; (2) the inference server
        it runs on"); a line the policy excludes (its electricity) is listed as none."""
        parts = line_items(evidence.data)
        if categories == ["none"] or len(parts) < 2:
            return categories
        found: list[Category] = []
        # The hardware item decided on the whole text stands for its own line ("即時" in a server's line does not
        # make it an edge device); a line's words break ties towards the items already decided.
        decided_hardware = next(
            (c for c in categories if c != "none" and self.rules.items[c].group == "hardware"), None
        )
        for part in parts:
            own = gather_evidence(part, self.rules)
            purposes = [c for c in ITEM_IDS if c in own.item_words and self.rules.items[c].group == "hardware"]
            others = sorted(
                (c for c in own.item_words if self.rules.items[c].group != "hardware"),
                key=lambda c: (-len(own.item_words[c]), c not in categories, ITEM_IDS.index(c)),
            )
            if own.exclusions:
                found.append("none")
            elif own.hardware and (decided_hardware or purposes):
                found.append(decided_hardware or purposes[0])
            elif own.hardware and not any(self.rules.items[c].group == "hardware" for c in found):
                found.append("ai_inference_server")  # a spec line of the machine already named adds nothing
            elif others and len(own.item_words[others[0]]) >= MIN_WORDS_TO_MOVE:
                found.append(others[0])
        listed = list(dict.fromkeys(c for c in found if c != "none"))
        # Line items that name two or more items: the first listed is the main one ("(a) a code assistant;
        # (b) the inference server that hosts it").
        first = [listed[0]] if len(listed) >= 2 else []
        return list(dict.fromkeys([*first, *categories, *found]))

    def qualifies_apart(self, item: Category, exclusion: Exclusion, evidence: Evidence) -> bool:
        """Whether ``item`` qualifies on the line items that do not mention the excluded thing (an edge box and
        an AMR listed as two purchases); the excluded line's figures do not count for it."""
        parts = line_items(evidence.data)
        others = [part for part in parts if not mentions(part, exclusion.keywords)]
        if len(others) in (0, len(parts)):
            return False
        return combine(check_item(item, gather_evidence("\n".join(others), self.rules), self.rules)) is True

    def arbitrate(
        self, categories: list[Category], evidence: Evidence, scores: dict[Category, float]
    ) -> tuple[list[Category], list[str]]:
        """Overrule the model where the text's own words clearly point elsewhere.

        A choice the text names nothing AI for becomes none. A hardware choice without a word of support moves to
        the hardware item the text's purpose names (training, inference, edge). Otherwise the choice moves only
        to an item with two or more words and at least two more than the choice has; "none" moves only when the
        text also shows an AI technique or figure.
        """
        reasons: list[str] = []
        support = evidence.item_words
        primary = categories[0]
        technique = bool(evidence.elements or evidence.compute or evidence.parameters or evidence.devices)
        if primary == "none" and technique and scores:
            # The text shows an AI technique or figure: "none" must clearly beat the model's best item.
            runner: Category = max(ITEM_IDS, key=lambda c: scores.get(c, 0.0))
            if scores.get(runner, 0.0) >= NONE_MARGIN * scores.get("none", 0.0):
                reasons.append(
                    f"the model barely prefers none ({scores.get('none', 0.0):.2f}) to {runner} "
                    f"({scores.get(runner, 0.0):.2f}) while the text shows AI [definition.ai]; none → {runner}"
                )
                # A hardware item needs hardware in the text: with none named (no figure, device, server or
                # accelerator, no word of the item), the model's best item the text has words of takes its place ("a
                # CNN classifier routes procurement invoices": the edge device had been taken).
                bought = evidence.hardware or evidence.servers or evidence.accelerators or support.get(runner)
                worded = [c for c in ITEM_IDS if support.get(c)]
                if self.rules.items[runner].group == "hardware" and not bought and worded:
                    worded_best = max(worded, key=lambda c: scores.get(c, 0.0))
                    reasons.append(
                        f"the text names no hardware for {runner} but words of {worded_best} "
                        f"({', '.join(support[worded_best][:4])}) [{self.rules.items[worded_best].clause}]; "
                        f"{runner} → {worded_best}"
                    )
                    runner = worded_best
                categories, primary = [runner], runner
        generic = {w.casefold() for w in self.rules.generic_words}
        ranked = sorted(
            support,
            key=lambda c: (
                -len(support[c]),
                -sum(w.casefold() not in generic for w in support[c]),
                ITEM_IDS.index(c),
            ),
        )
        ai_signals = bool(support) or technique
        if primary != "none" and not ai_signals:
            reasons.append(f"the text names no AI item, technique or figure [definition.ai]; {primary} → none")
            return ["none"], reasons
        held = len(support.get(primary, [])) if primary != "none" else 0
        group = self.rules.items[primary].group if primary != "none" else None
        same_group_best = next((c for c in ranked if self.rules.items[c].group == group), None)
        if evidence.hardware and not held:
            # Hardware with stated AI compute was bought: the item is the one its purpose names, else the server
            # that runs models. A service the text names (a RAG system on that server) keeps its place, and so
            # does the model's choice of edge device; a training server needs a stated training purpose.
            purpose = next((c for c in ranked if self.rules.items[c].group == "hardware"), None)
            target: Category = purpose or "ai_inference_server"
            if group != "hardware" or (primary == "ai_training_server" and purpose is None):
                figure = (
                    evidence.compute[0].span
                    if evidence.compute
                    else evidence.devices[0].name
                    if evidence.devices
                    else evidence.accelerators[0]
                )
                reasons.append(
                    f"the text states AI compute ({figure}) and names no word of "
                    f"{primary} [{self.rules.items[target].clause}]; {primary} → {target}"
                )
                return [target, *[c for c in categories[1:] if c not in (target, "none")]], reasons
        if not ranked:
            return categories, reasons
        best = ranked[0]
        if group == "hardware" and (evidence.compute or evidence.devices):
            # A stated compute figure means hardware was bought: only the hardware item may change.
            if held or same_group_best is None:
                return categories, reasons
            best = same_group_best
        elif held and len(support[best]) < held + 2:
            return categories, reasons
        elif not held and group == "hardware" and same_group_best:
            best = same_group_best
        elif (
            not held
            and group in ("software", "service")
            and (family_best := next((c for c in ranked if self.rules.items[c].group != "hardware"), None))
        ):
            best = family_best
        elif len(support[best]) < MIN_WORDS_TO_MOVE or (
            primary == "none" and not (evidence.elements or evidence.compute or evidence.parameters)
        ):
            return categories, reasons
        if best == primary:
            return categories, reasons
        reasons.append(
            f"the text names {held} word(s) of {primary} but {len(support[best])} of {best} "
            f"({', '.join(support[best][:4])}) "
            f"[{self.rules.items[best].clause}]; {primary} → {best}"
        )
        return [best, *[c for c in categories[1:] if c not in (best, "none")]], reasons

    def classify(self, text: str) -> Decision:
        """Classify one application written in free text (Chinese or English)."""
        started = time.perf_counter()
        application = validate_application(text, self.settings.max_text_chars)
        # "one hundred eighty-five TFLOPS", "一百八十五 TFLOPS": figures spelled out are read as digits.
        application, spelled = spelled_figures(application)
        evidence = gather_evidence(application, self.rules)
        retrieval_started = time.perf_counter()
        passages = self.retriever.search(application[: self.settings.max_query_chars], k=self.settings.top_k)
        timings: dict[str, float] = {"retrieve_seconds": round(time.perf_counter() - retrieval_started, 3)}
        data = evidence.data
        notes = [f"read '{written}' as {read}" for written, read in spelled]
        if len(data) > self.settings.max_model_chars:
            notes.append(
                f"the model read the first {self.settings.max_model_chars:,} of {len(data):,} characters; "
                "the guardrails read all of them"
            )
        if data:
            # The model never sees the applicant's instruction-like sentences; the decision records them.
            model_scores, llm_timings = self.ask_model(data[: self.settings.max_model_chars])
            timings.update(llm_timings)
        else:
            model_scores = {c: float(c == "none") for c in CATEGORIES}
        model_categories = model_choice(model_scores)
        categories, reasons = self.apply_policy(model_categories, evidence, model_scores)
        decision = self.decide(categories, model_categories, reasons, evidence, passages)
        timings["total_seconds"] = round(time.perf_counter() - started, 3)
        return decision.model_copy(
            update={"model_scores": model_scores, "timings": timings, "warnings": decision.warnings + notes}
        )

    def decide(
        self,
        categories: list[Category],
        model_categories: list[Category],
        reasons: list[str],
        evidence: Evidence,
        passages: Sequence[Passage],
    ) -> Decision:
        """Turn categories and evidence into the final, cited decision."""
        items = [ItemVerdict(category=c, eligible=None, checks=check_item(c, evidence, self.rules)) for c in categories]
        items = [v.model_copy(update={"eligible": combine(v.checks)}) for v in items]
        primary = items[0]
        checks = list(primary.checks)
        applied = [e for e in evidence.exclusions if primary.category == "none"]
        if applied:
            checks = [check_exclusion(e) for e in applied]
            eligible: bool | None = False
        elif primary.category == "none":
            eligible = False
            checks.append(
                CheckResult(
                    name="eligible item",
                    passed=False,
                    detail="the purchase is not one of the eight AI items",
                    clause="item.overview",
                )
            )
        else:
            eligible = primary.eligible
        warnings = [
            f"{e.reason} ({e.clause}); that cost is not part of this verdict"
            for e in evidence.exclusions
            if e not in applied
        ]
        if evidence.instructions:
            warnings.append(
                f"{len(evidence.instructions)} instruction-like sentence(s) in the application were treated as data "
                f"and ignored: {' | '.join(s[:80] for s in evidence.instructions)}"
            )
        missing = [c.detail.split("missing: ", 1)[1] for v in items for c in v.checks if "missing: " in c.detail]
        decision = Decision(
            category=primary.category,
            categories=categories,
            eligible=eligible,
            checks=checks,
            citations=self.citations(primary.category, checks, evidence, passages),
            rationale="",
            overridden=categories[0] != model_categories[0],
            override_reasons=reasons,
            model_categories=model_categories,
            missing_evidence=list(dict.fromkeys(missing)),
            items=items,
            routes=[r.id for r in evidence.routes],
            warnings=warnings,
            model=self.llm.name,
            prompt_version=self.prompt.version,
            rules_version=self.rules.version,
        )
        return decision.model_copy(update={"rationale": rationale(decision, self.clauses)})

    def citations(
        self, category: Category, checks: Sequence[CheckResult], evidence: Evidence, passages: Sequence[Passage]
    ) -> list[Citation]:
        ids: list[str] = []
        if category != "none":
            ids.append(self.rules.items[category].clause)
        ids += [c.clause for c in checks if c.clause]
        ids += [e.clause for e in evidence.exclusions]
        ids += [r.clause for r in evidence.routes]
        # Retrieved worked cases and review criteria about the decided item back the decision too.
        ids += [p.clause.id for p in passages if p.clause.item == category and p.clause.kind in ("case", "review")]
        unique = [i for i in dict.fromkeys(ids) if i in self.clauses or i in self.retriever.by_id]
        return [
            Citation(id=i, title=(c := self.clauses.get(i) or self.retriever.by_id[i]).title, quote=_quote(c))
            for i in unique
        ]


def model_choice(scores: dict[Category, float]) -> list[Category]:
    """The model's items: its most likely one, then any other AI item it also finds likely."""
    ranked = sorted(scores, key=lambda c: -scores[c])
    also = [c for c in ranked[1:] if c != "none" and scores[c] >= SECOND_ITEM_PROBABILITY]
    return [ranked[0], *also] if ranked[0] != "none" else [ranked[0]]


def also_named(decision: Decision) -> list[str]:
    """The application's further items, an excluded line item shown as such."""
    return [c if c != "none" else "none (an excluded line item)" for c in decision.categories[1:]]


def rationale(decision: Decision, clauses: dict[str, Clause]) -> str:
    """A short, deterministic explanation built from the checks (the same input always gives the same words)."""
    verdict = {True: "eligible", False: "not eligible", None: "needs review"}[decision.eligible]
    if decision.category == "none":
        head = "Not one of the eight AI items"
    else:
        item_clause = clauses.get(f"item.{decision.category}")
        head = f"{item_clause.title_en if item_clause else decision.category} ({decision.category})"
    parts = [f"{head}: {verdict}."]
    for check in decision.checks:
        mark = {True: "passed", False: "failed", None: "unsettled"}[check.passed]
        parts.append(f"{check.name} {mark} — {check.detail}" + (f" [{check.clause}]" if check.clause else "") + ".")
    if len(decision.categories) > 1:
        parts.append(f"The application also names: {', '.join(also_named(decision))}.")
    if decision.overridden:
        parts.append(
            f"The model said {', '.join(decision.model_categories)}; the guardrails changed it: "
            + "; ".join(decision.override_reasons)
            + "."
        )
    return " ".join(parts)


def rules_only_categories(text: str, rules: Rules) -> list[Category]:
    """Keyword routing without an LLM (the rules-only baseline): items ranked by how many of their words occur."""
    evidence = gather_evidence(text, rules)
    if any(e.applies_to == "purchase" for e in evidence.exclusions):
        return ["none"]
    scores = {item: len(words) for item, words in evidence.item_words.items()}
    if evidence.compute or evidence.devices:
        for item in ("ai_training_server", "ai_inference_server", "ai_edge_device"):
            scores[item] = scores.get(item, 0) + 1  # a compute figure points at hardware
    for route in evidence.routes:
        for item in route.categories:
            if item in scores:
                scores[item] += 1
    if not scores or (evidence.exclusions and max(scores.values()) < 2):
        return ["none"]
    ranked = sorted(scores, key=lambda c: (-scores[c], ITEM_IDS.index(c)))
    return ranked[:3]
