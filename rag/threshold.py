"""A question that gives a figure for a named item is answered by the thresholds, not by the model; one that asks
whether a named item must use a 1B LLM is answered by the item's requirement in rules.yaml.

"Is 100 TFLOPS enough for a training server?", "一張 H100 夠推論伺服器嗎？", "只支援 7 億參數的模型，算 AI 模型開
發工具嗎？": the 1.5B model reads the threshold correctly and then compares wrongly about as often as not. The
classifier's guardrails already read figures (:mod:`rag.figures`, the policy's reference devices) and compare them
with the thresholds kept in ``knowledge_base/rules.yaml``; Q&A uses the same checks, so a question and an
application with the same figure get the same verdict, and the answer cites the clause that states the threshold.
"生成式AI產品設計系統一定要 1B 參數以上嗎？": the model answered "yes" to a clause that says "1B LLM, or generative
AI"; the rules hold that alternative (and enterprise workflow's "any one of ML, DL, a 1B LLM or NLP").
"只用監督式學習，算機器學習這個關鍵技術元素嗎？", "Would a 0.8-billion-parameter model count as an LLM?": the model
answered "yes" to both. What the question names is read with the classifier's element words, and each element it
names is answered from rules.yaml: listed or not, and the LLM element's own 1B threshold.
"這筆電費可以算進投資抵減嗎？": the model answered "yes" beside the response that says electricity is not included.
What the exclusions of rules.yaml name (electricity, AMRs, ordinary servers, things without AI) is answered by the
exclusion, as the classifier decides it, citing the response that decided it.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from rag.figures import (
    EN_NUMBER_WORDS,
    FULLWIDTH,
    ComputeFigure,
    Family,
    ParameterFigure,
    PurchaseTotal,
    Unrated,
    count_of,
    extract_compute,
    from_tera,
    machines_each,
    tera_unit,
)
from rag.guardrails import (
    PRECISIONS_DISAGREE,
    CheckResult,
    DeviceMention,
    Evidence,
    check_compute,
    check_parameters,
    format_figure,
    measured_aside,
    meets,
    meets_min_parameters,
    pair_said,
    size_meets,
    states_compute,
    unrated_aside,
)
from rag.knowledge import (
    Category,
    Clause,
    ComputeRule,
    Exclusion,
    PriceRange,
    ReferenceDevice,
    ReferenceModel,
    Rules,
    Threshold,
)

Language = Literal["zh", "en"]
# What goes between two sentences of an answer: nothing in Chinese, a space in English.
SENTENCE_GAP: dict[Language, str] = {"zh": "", "en": " "}


class Combined(BaseModel):
    """Several machines of one figure each, added up where the question asks what they come to together."""

    model_config = ConfigDict(frozen=True)

    machines: int
    each: float  # in the threshold's tera unit
    unit: str
    meets: bool  # whether the sum would meet the threshold (each machine is what the check decides)

    def sum(self) -> str:
        return f"{self.machines} × {format_figure(self.each)} = {format_figure(self.machines * self.each)} {self.unit}"


class ThresholdCheck(BaseModel):
    """One named item's threshold against the figure the question gives."""

    model_config = ConfigDict(frozen=True)

    item: Category
    item_clause: str  # the item's own clause: what the check is named by
    clauses: list[str]  # the clauses cited: the item's, then the one the figure or threshold comes from if another
    passed: bool | None
    wanted: str  # "180 TFLOPS or more", "1B parameters or more, or generative AI technology"
    wanted_zh: str  # "180 TFLOPS 以上", "1B（10億）參數以上，或採用生成式AI技術"
    stated: str  # the question's figure as the check read it
    stated_zh: str | None = None  # in Chinese, where it says more than the figure (met by the alternative)
    detail: str  # the guardrail's own account of the comparison
    # The verdict in words where the usual ones ("it does not qualify") would say too much: a model below the LLM's
    # size for an item that accepts other key technical elements.
    verdict: str | None = None
    verdict_zh: str | None = None
    # Where the figure misses this item's compute threshold: the items reviewed the same way whose threshold it meets.
    also_meets: list[ThresholdCheck] = []
    # Measured figures set aside beside a rated one (review goes by the vendor's spec sheet), and the clause saying so.
    set_aside: list[str] = []
    set_aside_clause: str | None = None
    # How the figures set aside were come by: measured, reached by overclocking, or claimed in a sales pitch.
    set_aside_as: Unrated = "measured"
    combined: Combined | None = None  # the machines added up, where the question asks their sum
    measure: Literal["compute", "parameters"] = "compute"  # what the threshold is of

    def cited(self) -> list[str]:
        """The clauses the check's sentences cite: this item's, the review criterion that set a measured figure aside,
        then each item whose threshold the figure meets."""
        aside = [self.set_aside_clause] if self.set_aside_clause else []
        return list(dict.fromkeys([*self.clauses, *aside, *(c.item_clause for c in self.also_meets)]))


def check_question(
    evidence: Evidence,
    items: Sequence[Category],
    rules: Rules,
    by_id: Mapping[str, Clause] | None = None,
    *,
    others_asked: bool = False,
    uses: Sequence[Category] = (),
) -> list[ThresholdCheck]:
    """The threshold checks the question's figures allow for ``items`` (none when it gives no figure of their kind);
    ``evidence`` is the question read by :func:`rag.guardrails.gather_evidence`, as an application is.

    With the clauses (``by_id``), a check cites the item's clause alone where that clause states the threshold
    itself (the dev tools' "10億(1B)以上"): the rules' own clause for the figure is then not needed.

    A machine that misses its item's compute threshold is also checked against the other items reviewed the same
    way (the servers): a server with one H100 is no training server but meets the inference server's 45 TFLOPS.
    Not for a machine whose use the question states as the item's own (``uses``: the items whose use its words state
    apart from the items' names, "a GPU server to train our own LLM"), unless the other item is in view: its use is
    stated too ("What if we use it for inference?"), other items are asked about (``others_asked``), or the figure is
    a worked case's device (the H100's case is the inference server's).
    """
    checks = []
    for item in items:
        check = _check(item, evidence, rules, by_id)
        if check is None:
            continue
        compute = rules.items[item].compute
        if check.passed is False and compute is not None:
            others = [
                other
                for other, rule in rules.items.items()
                if other not in items
                and rule.compute is not None
                and rule.compute.evidence_clause == compute.evidence_clause
            ]
            from_case = bool(evidence.devices)  # a worked case's device ("一張 H100（48 TFLOPS）"), figure or not
            in_view = [o for o in others if item not in uses or o in uses or others_asked or from_case]
            met = [c for c in (_check(o, evidence, rules, by_id) for o in in_view) if c is not None and c.passed]
            check = check.model_copy(update={"also_meets": met})
        checks.append(check)
    return checks


def _check(
    item: Category, evidence: Evidence, rules: Rules, by_id: Mapping[str, Clause] | None
) -> ThresholdCheck | None:
    rule = rules.items[item]
    largest = max(evidence.parameters, key=lambda p: p.value, default=None)  # the model size a check compares
    set_aside: list[str] = []  # measured figures a rated one set aside (compute checks only)
    verdict: str | None = None
    verdict_zh: str | None = None
    stated_zh: str | None = None  # the figure said in Chinese where it needs more words than the figure
    measured_compute = rule.compute is not None and states_compute(evidence, rule.compute.thresholds)
    if rule.compute is not None and measured_compute:
        result = check_compute(item, rule, evidence)
        # A reference device's figure (one H100: 48 TFLOPS) comes from a clause, cited whatever the item's says.
        given = any(f.family in {t.family for t in rule.compute.thresholds} for f in evidence.compute)
        own: list[str] | None = [format_figure(t.value) for t in rule.compute.thresholds] if given else None
        wanted, wanted_zh = _compute_wanted(rule.compute)
        stated = _stated_compute(evidence, {t.family for t in rule.compute.thresholds})
        source = None
        set_aside = measured_aside(evidence, rule.compute.thresholds)
        combined = _combined(evidence, rule.compute)
    elif rule.parameters is not None and largest is not None:
        combined = None
        result = check_parameters(item, rule, evidence, rules)
        wanted, wanted_zh = parameters_wanted(rule.parameters.threshold)
        own = [f"{_parameter_figure(rule.parameters.threshold)[1]}億"]
        if rule.alternative_elements:  # product design: generative AI technology instead of the figure
            wanted, wanted_zh = f"{wanted}, or generative AI technology", f"{wanted_zh}，或採用生成式AI技術"
        figure = stated = _parameters_said(largest, "en")
        stated_zh = _parameters_said(largest, "zh") if stated != largest.span.strip() else None
        if result.passed and size_meets(largest, rule.parameters.threshold) is not True:
            # "a generative diffusion model with ~400M params - no LLM at all": met by the alternative, not the size
            # (the answer had read "gives 400M, which meets it").
            used = ", ".join(w for e in rule.alternative_elements for w in evidence.elements.get(e, []))
            billions = _parameter_figure(rule.parameters.threshold)[0]
            below = largest.bound == "below"  # "under 1B" says it already
            stated = f"{figure}{'' if below else f', below {billions}B'}, but it uses generative AI ({used})"
            stated_zh = f"{figure}{'' if below else f'（未達 {billions}B）'}，但採用生成式AI（{used}）"
        source = largest.clause  # a model the policy sizes (Sora): the clause that states its size is cited too
    elif largest is not None and (llm_size := _llm_size(rule.elements_any, evidence, rules)) is not None:
        combined = None
        # Enterprise workflow: a model size stated, and no other element it accepts named ("客服流程自動化的AI系統，
        # 用13B模型"): the LLM element's 1B, which the item's clause states, decides.
        passed = bool(size_meets(largest, llm_size))
        billions, yi = _parameter_figure(llm_size)
        result = CheckResult(
            name=f"LLM size ≥ {billions}B parameters",
            # Below the LLM's size it is no LLM here, but another key technical element would still meet the item
            # ("8 億參數…是不是完全沒辦法申請？": not necessarily).
            passed=True if passed else None,
            detail=f"stated {largest.said} {'≥' if passed else '<'} {billions}B",
            clause=rule.clause,
            item=item,
        )
        if not passed:
            verdict = "which is below the LLM's size; it can still qualify through another key technical element"
            verdict_zh = "未達大語言模型的參數規模，但仍可由其他關鍵技術元素符合"
        wanted = f"an LLM of {billions}B parameters or more, or another key technical element"
        wanted_zh = f"{billions}B（{yi}億）參數以上之大語言模型，或其他關鍵技術元素"
        own = [f"{yi}億"]
        stated = _parameters_said(largest, "en")
        stated_zh = _parameters_said(largest, "zh") if stated != largest.span.strip() else None
        source = largest.clause
    else:
        return None

    def states_threshold(clause_id: str | None) -> bool:
        """Whether that clause states the threshold's own figures ("10億(1B)以上")."""
        clause = by_id.get(clause_id) if by_id is not None and clause_id else None
        return clause is not None and own is not None and all(f in clause.text for f in own)

    clauses = list(
        dict.fromkeys(c for c in (rule.clause, None if states_threshold(rule.clause) else result.clause, source) if c)
    )
    # The clause that sizes a model the policy names and states the threshold beside it (the content generation
    # case: "使用10億(1B)以上參數…Sora 模型約 3B") supports the whole check alone.
    if source is not None and states_threshold(source):
        clauses = [source]
    return ThresholdCheck(
        item=item,
        item_clause=rule.clause,
        clauses=clauses,
        passed=result.passed,
        wanted=wanted,
        wanted_zh=wanted_zh,
        stated=stated,
        stated_zh=stated_zh,
        detail=result.detail,
        verdict=verdict,
        verdict_zh=verdict_zh,
        set_aside=set_aside,
        set_aside_as=unrated_aside(evidence, rule.compute.thresholds) if rule.compute is not None else "measured",
        set_aside_clause=rule.compute.evidence_clause if set_aside and rule.compute is not None else None,
        combined=combined,
        measure="compute" if measured_compute else "parameters",
    )


def _combined(evidence: Evidence, compute: ComputeRule) -> Combined | None:
    """The question's machines added up, where it gives each one's figure and asks their sum ("2 nodes, each node has
    8 GPUs at 10 TFLOPS: does the combined compute clear it?" → 2 × 80 = 160 TFLOPS); None otherwise."""
    machines = machines_each(evidence.data)
    compared = _compute_compared(evidence, compute) if machines is not None else None
    if machines is None or compared is None:
        return None
    each, threshold = compared
    total = machines * each
    return Combined(
        machines=machines, each=each, unit=threshold.unit, meets=meets(total, threshold.value, threshold.inclusive)
    )


def _compute_compared(evidence: Evidence, compute: ComputeRule) -> tuple[float, Threshold] | None:
    """The question's compute figure a check compares (its largest of the first threshold family it gives, else the
    total of the reference devices it names), and that threshold; None where it gives neither."""
    for threshold in compute.thresholds:
        stated = [f.value for f in evidence.compute if f.family == threshold.family]
        value = (
            max(stated)
            if stated
            else sum(d.count * d.value_each for d in evidence.devices if d.family == threshold.family)
        )
        if value:
            return value, threshold
    return None


class CardsNeeded(BaseModel):
    """How many cards of the figure a question gives per card an item's compute threshold takes."""

    model_config = ConfigDict(frozen=True)

    clauses: list[str]  # the item's clause, then the one the per-card figure comes from if the policy states it
    threshold: Threshold
    per_card: float  # in the threshold's tera unit
    span: str  # the figure as the question wrote it, or the device it names
    count: int


class _Card(NamedTuple):
    """One card's figure as a question gives it, and the clause that states it if the policy does (the H100's)."""

    value: float  # in tera units of its family
    family: Family
    span: str
    clause: str | None


def cards_needed(evidence: Evidence, items: Sequence[Category], rules: Rules) -> list[CardsNeeded]:
    """For a figure given per card with no count ("48 TFLOPS per card", "每張卡 48 TFLOPS"), or a reference device
    the policy states a figure for (the worked case's H100), how many such cards each item's threshold takes."""
    devices = [d for d in evidence.devices if d.count == 1]
    cards = []
    for figure in evidence.compute:
        if not figure.one_card:
            continue
        value = figure.per_unit or figure.value
        # The clause of a reference device named with the same figure ("the H100's 48 TFLOPS per card") is cited.
        clause = next((d.clause for d in devices if d.value_each == value), None)
        cards.append(_Card(value, figure.family, figure.span.strip(), clause))
    for d in devices:
        cards.append(_Card(d.value_each, d.family, f"{d.name} ({format_figure(d.value_each)} {d.unit})", d.clause))
    needed = []
    for item in items:
        compute = rules.items[item].compute
        thresholds = compute.thresholds if compute is not None else []
        # The first card whose figure is of a kind the item's threshold is stated in.
        found = next(((c, t) for c in cards for t in thresholds if t.family == c.family and c.value > 0), None)
        if found is None:
            continue
        card, threshold = found
        needed.append(
            CardsNeeded(
                clauses=list(dict.fromkeys(c for c in (rules.items[item].clause, card.clause) if c)),
                threshold=threshold,
                per_card=card.value,
                span=card.span,
                count=math.ceil(threshold.value / card.value - 1e-9),
            )
        )
    return needed


def cards_short(evidence: Evidence, checks: Sequence[ThresholdCheck], rules: Rules) -> list[CardsNeeded]:
    """How many of the card the question counts each threshold a check found unmet takes ("three NVIDIA H100 cards …
    what is the minimum number of H100s at that figure that would qualify?": 4), from one of them; [] where no
    check failed or no card is counted."""
    failing = [c.item for c in checks if c.passed is False]
    one_each = evidence.model_copy(
        update={
            "compute": [
                f.model_copy(
                    update={
                        "value": f.per_unit,
                        "count": None,
                        "one_card": True,
                        "span": f"{format_figure(f.per_unit)} {tera_unit(f.family)}",
                    }
                )
                for f in evidence.compute
                if f.per_unit is not None and f.count
            ],
            "devices": [d.model_copy(update={"count": 1}) for d in evidence.devices if d.count > 1],
        }
    )
    return cards_needed(one_each, failing, rules) if failing else []


# Where a figure lies from a threshold, below, at or above it ("比門檻 180 TFLOPS 少 36 TFLOPS，未達門檻").
_SIDE_OF_THRESHOLD: dict[Language, tuple[str, str, str]] = {
    "zh": ("比門檻 {bar} 少 {gap}，未達門檻", "剛好等於門檻", "比門檻 {bar} 高出 {gap}，已達門檻"),
    "en": ("{gap} short of the {bar} threshold", "exactly the {bar} threshold", "{gap} above the {bar} threshold"),
}
_COUNTER_ASKED = re.compile(r"幾\s*([張顆片塊台臺])")


def render_cards_needed(
    needed: Sequence[CardsNeeded],
    by_id: Mapping[str, Clause],
    language: Language,
    question: str = "",
    counts: Sequence[int] = (),
) -> str:
    """Each item's threshold, and how many of the cards the question gives it takes, with their total; in Chinese
    counted with the measure word the question asks in ("至少要配備幾張" → "4 張"). Each other number of the cards
    the question asks about (``counts``: "若只裝 3 張又差多少？") is worked out too, with how far it falls short of or
    clears the threshold."""
    asked = _COUNTER_ASKED.search(question)
    counter = f" {asked[1]}" if asked else " 個"
    lines = []
    for n in needed:
        clause = by_id[n.clauses[0]]
        figure, unit = format_figure(n.threshold.value), n.threshold.unit
        total = f"{n.count} × {format_figure(n.per_card)} = {format_figure(n.count * n.per_card)} {unit}"
        # How far the cards clear it: "…and by how much would it exceed the threshold?" (192 − 180 = 12).
        excess = n.count * n.per_card - n.threshold.value
        over = format_figure(excess)
        above = {"zh": f"，高出門檻 {over} {unit}", "en": f", {over} {unit} above the threshold"} if excess > 0 else {}
        cited = " ".join(f"[{i}]" for i in n.clauses)
        if language == "zh":
            lines.append(
                f"{item_name(clause.title)}的算力門檻為 {figure} {unit} 以上；以問題所述 {n.span} 計，至少需 {n.count}"
                f"{counter}（{total}{above.get('zh', '')}）{cited}。"
            )
        else:
            lines.append(
                f"{item_name(clause.title_en or clause.title)} need {figure} {unit} or more; at {n.span}, that takes "
                f"at least {n.count} of them ({total}{above.get('en', '')}) {cited}."
            )
        for other in (c for c in counts if c != n.count):
            value = other * n.per_card
            sum_ = f"{other} × {format_figure(n.per_card)} = {format_figure(value)} {unit}"
            gap = format_figure(abs(value - n.threshold.value))
            side = _SIDE_OF_THRESHOLD[language][(value > n.threshold.value) - (value < n.threshold.value) + 1]
            said = side.format(gap=f"{gap} {unit}", bar=f"{figure} {unit}")
            lines.append(
                f"若為 {other}{counter}：{sum_}，{said} [{n.clauses[0]}]。"
                if language == "zh"
                else f"With {other} of them: {sum_}, {said} [{n.clauses[0]}]."
            )
    return SENTENCE_GAP[language].join(lines)


def render(
    checks: Sequence[ThresholdCheck],
    by_id: Mapping[str, Clause],
    language: Language,
    threshold_only: Sequence[Category] = (),
) -> str:
    """The checks as the answer's sentences, each citing the clause that states the threshold. An item in
    ``threshold_only`` (one whose condition the purchase lacks, see :func:`render_unmet`, or no AI at all) is said to
    meet its compute or parameter threshold only, not to qualify. A check the same as an earlier one is said once (a
    figure in a table row and again in the question had been checked, and said, twice)."""
    lines = []
    for n, check in enumerate(checks):
        if check in checks[:n]:
            continue
        clause = by_id[check.item_clause]  # a check cited to a worked case (Sora's size) is still the item's
        cited = " ".join(f"[{i}]" for i in check.clauses)
        met_only = check.passed and check.item in threshold_only
        if language == "zh":
            verdict = {True: "已達到門檻（符合）", False: "未達到門檻（不符合）", None: "無法判定，須以設備規格書確認"}[
                check.passed
            ]
            reached = "算力已達到門檻" if check.measure == "compute" else "參數規模已達到門檻"
            if check.passed is None and check.detail.startswith(PRECISIONS_DISAGREE):
                verdict = "無法判定：不同精度的數字分落門檻兩側，政策未規定以何種精度計算，須以設備規格書確認"
            verdict = reached if met_only else check.verdict_zh or verdict
            lines.append(
                f"{item_name(clause.title)}的門檻為 {check.wanted_zh}；"
                f"問題所述為 {check.stated_zh or check.stated}，{verdict} {cited}。"
            )
            if check.combined is not None:
                lines.append(_combined_said(check.combined, check.item_clause, "zh"))
            if check.set_aside_clause:
                measured = "、".join(check.set_aside)
                how = _UNRATED["zh"][check.set_aside_as]
                lines.append(f"{how}的 {measured} 不採計：審查以硬體廠商設備規格書為準 [{check.set_aside_clause}]。")
            lines += [
                f"以所述 {_figure_of(check.stated)} 計，則達{item_name(by_id[other.item_clause].title)}的門檻"
                f"（{other.wanted_zh}），如其用途相符 "
                f"[{other.item_clause}]。"
                for other in check.also_meets
            ]
        else:
            # The verdict word beside the comparison, as the Chinese gives "（符合）".
            outcome = {
                True: "which meets it (it qualifies)",
                False: "which does not meet it (it does not qualify)",
                None: "which cannot be decided",
            }
            undecided = f" ({check.detail})" if check.passed is None and not check.verdict else ""
            name = item_name(clause.title_en or clause.title)
            measure = "compute" if check.measure == "compute" else "parameter"
            said = f"which meets the {measure} threshold" if met_only else check.verdict or outcome[check.passed]
            lines.append(
                f"{name[:1].upper()}{name[1:]} need {check.wanted}; the question gives "
                f"{check.stated.replace('、', ' and ')}, {said}{undecided} {cited}."
            )
            if check.combined is not None:
                lines.append(_combined_said(check.combined, check.item_clause, "en"))
            if check.set_aside_clause:
                lines.append(
                    f"The {_UNRATED['en'][check.set_aside_as]} "
                    f"{', '.join(check.set_aside)} is set aside: review goes by the "
                    f"hardware vendor's specification sheet [{check.set_aside_clause}]."
                )
            lines += [
                f"At {_figure_of(check.stated)} it does meet the threshold of "
                f"{item_name(by_id[other.item_clause].title_en)} ({other.wanted}), "
                f"if the machine is used as one [{other.item_clause}]."
                for other in check.also_meets
            ]
    preface = "依政策門檻逐項比對：" if language == "zh" else "Checked against the policy's thresholds:"
    return preface + SENTENCE_GAP[language] + " ".join(lines)


_COUNT_WORDS: dict[Language, list[str]] = {
    "zh": ["", "一", "兩", "三", "四", "五", "六", "七", "八", "九", "十"],
    "en": ["", *EN_NUMBER_WORDS],
}


def render_tally(
    checks: Sequence[ThresholdCheck],
    by_id: Mapping[str, Clause],
    language: Language,
    unmet: Sequence[Category],
    labels: Sequence[str] = (),
) -> str:
    """Which of several purchases or figures, each checked, pass, summed up after their checks for "Which of the three
    meet the AI item thresholds?" ("So only one of the three meets its threshold: …"); "" for fewer than two checks,
    more than ten, or any undecided. An item in ``unmet`` meets its threshold only, so it is not counted
    as passing. Checks all of one item are named by their figures ("the ones with 1B and 13B"); each passing one is
    named by its option's letter too where ``labels`` (one per check, "" for none) give it ("(b)")."""
    words = _COUNT_WORDS[language]
    if not 2 <= len(checks) < len(words) or any(c.passed is None for c in checks):
        return ""
    marked = list(zip(checks, [*labels, *[""] * (len(checks) - len(labels))], strict=True))
    passing = [c for c in checks if c.passed and c.item not in unmet]
    letters = [m for c, m in marked if c.passed and c.item not in unmet]
    one_item = len({c.item for c in checks}) == 1
    stated = [c.stated_zh or c.stated if language == "zh" else c.stated for c in passing]
    titles = [by_id[c.item_clause] for c in passing]
    names = [item_name(t.title if language == "zh" else t.title_en or t.title) for t in titles]
    # "(b) AI model training servers…", "(b) 190 TFLOPS": the option's letter before what names it.
    if one_item:
        stated = [f"{m} {s}" if m else s for m, s in zip(letters, stated, strict=True)]
    else:
        names = [f"{m} {s}" if m else s for m, s in zip(letters, names, strict=True)]
    n, k = words[len(checks)], len(passing)
    if language == "zh":
        if k == 0:
            return f"綜上，以上{n}項皆未達門檻。"
        if k == len(checks):
            return f"綜上，以上{n}項皆達到門檻。"
        listed = (
            f"所述 {'、'.join(stated)} 者"
            if one_item
            else "、".join(f"{m}（{s}）" for m, s in zip(names, stated, strict=True))
        )
        return (
            f"綜上，以上{n}項中只有{listed}達到門檻。"
            if k == 1
            else f"綜上，以上{n}項中有{words[k]}項達到門檻：{listed}。"
        )
    if k == 0:
        return (
            "So neither of the two meets its threshold." if n == "two" else f"So none of the {n} meets its threshold."
        )
    if k == len(checks):
        return "So both meet their thresholds." if n == "two" else f"So all {n} meet their thresholds."
    if one_item:
        listed = f"the one with {stated[0]}" if k == 1 else f"the ones with {', '.join(stated[:-1])} and {stated[-1]}"
    else:
        listed = "; ".join(f"{m}, with {s}" for m, s in zip(names, stated, strict=True))
    if k == 1:
        return f"So only one of the {n} meets its threshold: {listed}."
    return f"So only {words[k]} of the {n} meet their thresholds: {listed}."


def render_unmet(items: Sequence[Category], rules: Rules, by_id: Mapping[str, Clause], language: Language) -> str:
    """For each item whose condition beside its threshold (rules.yaml) the question says its purchase lacks (an edge
    device "放在總部機房集中運算，而不是部署在…現場附近", a RAG system "沒有另外建知識庫"), that it then does not fit
    the item, whatever its figure; "" for none."""
    lines = []
    for item in items:
        rule = rules.items[item]
        if rule.condition is None:
            continue
        zh, _, en = rule.condition.required.partition(" / ")
        unmet_zh, _, unmet_en = rule.condition.unmet.partition(" / ")
        clause = by_id[rule.clause]
        if language == "zh":
            name = item_name(clause.title)
            lines.append(f"但{name}須「{zh}」；{unmet_zh}，因此不符合此項目的定義 [{rule.clause}]。")
        else:
            name = item_name(clause.title_en or clause.title)
            lines.append(f"But {name} must {en}; {unmet_en}, so it does not fit this item [{rule.clause}].")
    return SENTENCE_GAP[language].join(lines)


def render_margins(
    checks: Sequence[ThresholdCheck],
    evidence: Evidence,
    rules: Rules,
    language: Language,
    *,
    ratio: bool = False,
    percent: bool = False,
    units: Sequence[str] = (),
) -> str:
    """How far the question's figure lies above or below each checked item's threshold ("其算力比推論伺服器的適用門檻
    高出多少？": 48 − 45 = 3 TFLOPS), with ``percent`` as a share of the threshold too (about 6.7%), and in the other
    ``units`` of its kind asked ("差距換算成 GOPS 是多少？": 0.2 TOPS, 200 GOPS); or with ``ratio`` how many times the
    threshold it is ("Sora 約 3B，是門檻的幾倍？": 3 ÷ 1 = 3); "" where no check compares a figure. The items a figure
    short of its own item's threshold does meet are measured too ("By how many TFLOPS does it clear its own item's
    threshold, and how far short would it fall as a training server?")."""
    lines = []
    for check in (c for own in checks for c in (own, *own.also_meets)):
        compared = _compared(check, evidence, rules)
        if compared is None or check.passed is None:
            continue
        value, bar, unit = compared
        gap_unit = unit if unit == "B" else f" {unit}"  # "3B", "3 TFLOPS"
        figure, threshold = f"{format_figure(value)}{gap_unit}", f"{format_figure(bar)}{gap_unit}"
        cited = f"[{check.clauses[0]}]"  # the clause that states the threshold
        if ratio:
            times = format_figure(value / bar)
            said = (
                f"{figure} 是門檻 {threshold} 的 {times}倍 {cited}。"
                if language == "zh"
                else f"{figure} is {times} times the {threshold} threshold {cited}."
            )
            # Below the threshold, the other way round too ("訓練伺服器門檻是那張 H100 算力的幾倍？": 180 ÷ 48 = 3.75).
            if value < bar:
                inverse = format_figure(bar / value)
                said += (
                    f"反之，門檻 {threshold} 是 {figure} 的 {inverse}倍。"
                    if language == "zh"
                    else f" The other way round, the threshold is {inverse} times {figure}."
                )
        elif math.isclose(value, bar):
            said = (
                f"{figure} 恰好等於門檻 {threshold} {cited}。"
                if language == "zh"
                else f"{figure} is exactly the {threshold} threshold {cited}."
            )
        else:
            gap = f"{format_figure(abs(value - bar))}{gap_unit}"
            also = [
                f"{format_figure(from_tera(abs(value - bar), u))} {u}"
                for u in units
                if u != unit.upper() and u.endswith("FLOPS") == unit.upper().endswith("FLOPS")
            ]
            if also:
                gap = f"{gap}（即 {'、'.join(also)}）" if language == "zh" else f"{gap} ({', '.join(also)})"
            if percent:
                share = f"{abs(value - bar) / bar * 100:.1f}".rstrip("0").rstrip(".")
                gap = f"{gap}（約 {share}%）" if language == "zh" else f"{gap} (about {share}%)"
            if language == "zh":
                said = f"{figure} 比門檻 {threshold} {'高出' if value >= bar else '少'} {gap} {cited}。"
            else:
                said = f"{figure} is {gap} {'above' if value >= bar else 'below'} the {threshold} threshold {cited}."
        lines.append(said)
    return SENTENCE_GAP[language].join(lines)


def _compared(check: ThresholdCheck, evidence: Evidence, rules: Rules) -> tuple[float, float, str] | None:
    """The question's figure a check compared, the threshold, and their unit (compute in tera units; a model size in
    billions, "B")."""
    rule = rules.items[check.item]
    compared = _compute_compared(evidence, rule.compute) if rule.compute is not None else None
    if compared is not None:
        return compared[0], compared[1].value, compared[1].unit
    # A size given only as a bound ("under 1B") has no margin to work out.
    largest = max((p.value for p in evidence.parameters if p.bound is None), default=0.0)
    if rule.compute is None and rule.parameters is not None and largest:
        return largest / 1e9, rule.parameters.threshold / 1e9, "B"
    return None


def _combined_said(combined: Combined, clause: str, language: Language) -> str:
    """The machines' sum the question asks, beside the check of each: short of the threshold too, or meeting it where
    the policy, which states the threshold for one server or device, does not say machines are added up."""
    if language == "zh":
        if not combined.meets:
            return f"{combined.machines} 台合計為 {combined.sum()}，合計亦未達門檻 [{clause}]。"
        return (
            f"{combined.machines} 台合計為 {combined.sum()}，若視為同一套運算系統即達到門檻；但政策所定門檻是單一伺服器"
            f"或裝置的算力，並未規定可將多台合併計算，是否視為同一套運算系統須由審查認定 [{clause}]。"
        )
    together = f"Together the {combined.machines} machines come to {combined.sum()}"
    if not combined.meets:
        return f"{together}, which does not meet it either [{clause}]."
    return (
        f"{together}, which meets it if they count as one computing system; the policy states the threshold for one "
        f"server or device and does not say machines may be added up, so that is for the review to decide [{clause}]."
    )


def _compute_wanted(compute: ComputeRule) -> tuple[str, str]:
    """A compute threshold as the answers write it: ("5 TOPS or 5 TFLOPS or more", "5 TOPS 或 5 TFLOPS 以上")."""
    figures = [f"{format_figure(t.value)} {t.unit}" for t in compute.thresholds]
    return " or ".join(figures) + " or more", " 或 ".join(figures) + " 以上"


def _llm_size(accepted: Sequence[str], evidence: Evidence, rules: Rules) -> float | None:
    """The LLM element's own size threshold, where an item accepting it among other elements (enterprise workflow) is
    asked of a model size stated with none of the others named; else None."""
    llm = rules.elements.get("llm")
    others = set(accepted) - {"llm"}
    if "llm" not in accepted or llm is None or llm.min_parameters is None:
        return None
    return None if others & set(evidence.elements) else llm.min_parameters


def _parameter_figure(threshold: float) -> tuple[str, str]:
    """A parameter threshold in billions and in 億, as the policy writes it ("10億(1B)"): ("1", "10")."""
    return format_figure(threshold / 1e9), format_figure(threshold / 1e8)


# A model size written so that its count shows at once: "7B", "1.5 B", "700億", "13億".
_PLAIN_SIZE = re.compile(r"\d+(?:\.\d+)?\s*(?:[BbMm]|億)")


def _parameters_said(figure: ParameterFigure, language: Language) -> str:
    """A model size as the question wrote it, with its count in 億 and billions after it where the words do not show
    it at once ("百億（100億，10B）", "5千萬（0.5億，0.05B）", "seventy billion (70B)")."""
    span = figure.span.strip()
    if _PLAIN_SIZE.fullmatch(span) or figure.clause is not None:  # a model the policy sizes: its clause says it
        return figure.said
    billions, yi = _parameter_figure(figure.value)
    return f"{figure.said}（{yi}億，{billions}B）" if language == "zh" else f"{figure.said} ({billions}B)"


def parameters_wanted(threshold: float) -> tuple[str, str]:
    """A parameter threshold as the answers write it: ("1B parameters or more", "1B（10億）參數以上")."""
    billions, yi = _parameter_figure(threshold)
    return f"{billions}B parameters or more", f"{billions}B（{yi}億）參數以上"


def render_sizes_compared(
    items: Sequence[Category], rules: Rules, by_id: Mapping[str, Clause], language: Language
) -> tuple[str, list[str]] | None:
    """Whether ``items`` require the same model size ("RAG vs content generation: do they differ in the minimum model
    size they require?"): each one's, citing its clause, and whether they are the same. None where one of them has no
    model size of its own, or takes something else in its place (product design's generative AI): that is no bare
    comparison of figures."""
    sized = [
        (rule.clause, rule.parameters.threshold)
        for rule in (rules.items[i] for i in items)
        if rule.parameters is not None and not rule.alternative_elements
    ]
    if len(items) < 2 or len(sized) < len(items):
        return None
    cited = [clause for clause, _ in sized]
    same = len({threshold for _, threshold in sized}) == 1
    if language == "zh":
        if same:
            names = "、".join(f"{item_name(by_id[c].title)} [{c}]" for c in cited)
            return f"門檻相同：{names}都要求 {parameters_wanted(sized[0][1])[1]}的大語言模型。", cited
        each = "".join(f"{item_name(by_id[c].title)}要求 {parameters_wanted(t)[1]} [{c}]。" for c, t in sized)
        return f"門檻不同：{each}", cited
    named = [f"{item_name(by_id[c].title_en or by_id[c].title)} [{c}]" for c in cited]
    if same:
        listed = " and ".join(named) if len(named) == 2 else f"{', '.join(named[:-1])} and {named[-1]}"
        return (
            f"They do not differ: {listed} each require a large language model of {parameters_wanted(sized[0][1])[0]}.",
            cited,
        )
    each = " ".join(f"{name} requires {parameters_wanted(t)[0]}." for name, (_, t) in zip(named, sized, strict=True))
    return f"They differ: {each}", cited


def _stated_compute(evidence: Evidence, families: set[str]) -> str:
    """The question's compute figures as it wrote them, each with the total the check compared where the words do
    not show it ("6 張卡、每張 32 TFLOPS (192 TFLOPS)", "0.2 PFLOPS (200 TFLOPS)", "3,000 GOPS (3 TOPS)")."""
    # One total said twice ("8 GPUs at 20 TFLOPS each, 160 TFLOPS in total"): said once, as first written.
    once = {(f.family, f.value): f for f in reversed(evidence.compute) if f.family in families}
    figures = [_with_total(f) for f in evidence.compute if once.get((f.family, f.value)) is f]
    if figures:
        return "、".join(dict.fromkeys(figures))
    devices = [d for d in evidence.devices if d.family in families]
    # Several of a device show what they come to ("3 × H100 (3 × 48 = 144 TFLOPS)": it had read "3 × H100 (48
    # TFLOPS)", and the inference threshold was said to be met "at 48 TFLOPS").
    said = []
    for d in devices:
        each = format_figure(d.value_each)
        worked = each if d.count == 1 else f"{d.count} × {each} = {format_figure(d.count * d.value_each)}"
        said.append(f"{d.count} × {d.name} ({worked} {d.unit})")
    return " + ".join(said)


_LEADING_WORD = re.compile(r"\s*(\d+|[一二兩三四五六七八九十]+|[A-Za-z]+)")


def _leading_count(span: str) -> int | None:
    """The count a figure's words open with ("4 H100 cards, each…": 4), else None ("48 TFLOPS each…", "每張…")."""
    word = _LEADING_WORD.match(span)
    try:
        return count_of(word.group(1)) if word else None
    except (KeyError, ValueError):
        return None


def with_count(figure: ComputeFigure, count: int) -> ComputeFigure:
    """``figure`` for ``count`` of its cards: "3 × 48 TFLOPS" asked again as four."""
    if figure.per_unit is None:
        raise ValueError("only a figure given per card can be counted again")
    span = f"{count} × {format_figure(figure.per_unit)} {tera_unit(figure.family)}"
    return figure.model_copy(update={"count": count, "value": round(figure.per_unit * count, 6), "span": span})


def _with_total(figure: ComputeFigure) -> str:
    """The figure as written, with its total in tera units after it unless the words already show that total."""
    span = figure.span.strip()
    # Words run between a card's figure and its count ("48 TFLOPS each like in the case study, would three cards",
    # "每張 48 TFLOPS 的卡組一台訓練伺服器，三張"): the count and the card's figure alone.
    # Not where the count comes first ("4 H100 cards, each rated at 48 TFLOPS"): those words say what is counted.
    if figure.per_unit is not None and figure.count and _leading_count(span) != figure.count:
        span = with_count(figure, figure.count).span
    # A bracket the figure's words open and the figure cut off ("每台都配 1 張 NV H100（48 TFLOPS"): closed.
    span += "".join(close * (span.count(open_) - span.count(close)) for open_, close in (("（", "）"), ("(", ")")))
    total = f"{format_figure(figure.value)} {tera_unit(figure.family)}"
    shown = re.sub(r"[\s,]", "", span).lower()
    written = re.search(r"(?<![\d.])" + re.escape(re.sub(r"[\s,]", "", total).lower()), shown)
    return span if written else f"{span} ({total})"


def item_name(title: str) -> str:
    """The item's name without its kind ("硬體：AI推論應用伺服器及配套設備" → "AI推論應用伺服器及配套設備")."""
    return title.split("：", 1)[-1].split(": ", 1)[-1]


class Requirement(BaseModel):
    """A named item that accepts alternatives to a 1B LLM, for "must it use a 1B LLM?" questions (rules.yaml), with
    the alternatives the question says it uses ("built on a CNN, no LLM at all: enterprise workflow?")."""

    model_config = ConfigDict(frozen=True)

    item: Category
    clause: str
    wanted: str
    wanted_zh: str
    used: list[str] = []
    used_zh: list[str] = []
    # The clause of a technique the question names that the elements leave out, where it names no listed one
    # ("a supervised gradient-boosting model only, no deep learning, no LLM, no NLP": not machine learning as listed).
    unlisted: str | None = None


def accepts_any_of(item: Category, rules: Rules, named: Iterable[str]) -> bool:
    """Whether one of the key technical elements ``named`` (rules.yaml ids) is one the item accepts: product design's
    generative AI in place of a 1B LLM, any of enterprise workflow's elements."""
    rule = rules.items[item]
    return bool(set(named) & {*rule.alternative_elements, *rule.elements_any})


def requirement(
    item: Category, rules: Rules, by_id: Mapping[str, Clause], named: Iterable[str] = ()
) -> Requirement | None:
    """The alternatives the item accepts in place of a 1B LLM: product design's generative AI, enterprise workflow's
    other key technical elements; ``named`` are the key technical elements the question names (rules.yaml ids).
    None for the other items, which the model answers (it reads "must" right there)."""
    rule = rules.items[item]
    alternatives = set(named) - {"llm"}  # named in place of an LLM
    if rule.elements_any:  # enterprise workflow: any one of the key technical elements
        names = {e: by_id[rules.elements[e].clause] for e in rule.elements_any}
        # An element counted only from a size on is said with it ("large language model (LLM) of 1B parameters or
        # more"), as the item's text says it.
        sizes = {e: _parameter_figure(m) for e in names if (m := rules.elements[e].min_parameters) is not None}
        each = [
            item_name(c.title_en or c.title) + (f" of {sizes[e][0]}B parameters or more" if e in sizes else "")
            for e, c in names.items()
        ]
        wanted = f"{', '.join(each[:-1])} or {each[-1]} (any one of them)" if len(each) > 1 else each[0]
        wanted_zh = "、".join(
            (f"{sizes[e][1]}億({sizes[e][0]}B)參數以上之" if e in sizes else "") + item_name(c.title)
            for e, c in names.items()
        )
        wanted_zh += "，任一即可"
        used = [c for e, c in names.items() if e in alternatives]
        left_out = [r.clause for e in alternatives if (r := rules.elements.get(e)) is not None and not r.listed]
        return Requirement(
            item=item,
            clause=rule.clause,
            wanted=wanted,
            wanted_zh=wanted_zh,
            used=[item_name(c.title_en or c.title) for c in used],
            used_zh=[item_name(c.title) for c in used],
            unlisted=left_out[0] if left_out and not used else None,
        )
    if rule.parameters is None or not rule.alternative_elements:
        return None
    billions, yi = _parameter_figure(rule.parameters.threshold)
    generative = bool(alternatives & set(rule.alternative_elements))
    return Requirement(  # product design: generative AI technology instead of the figure
        item=item,
        clause=rule.clause,
        wanted=f"an LLM of {billions}B parameters or more, or generative AI technology (either one)",
        wanted_zh=f"{billions}B（{yi}億）參數以上之大語言模型，或生成式AI技術（其一即可）",
        used=["generative AI technology"] if generative else [],
        used_zh=["生成式AI技術"] if generative else [],
    )


def render_requirements(
    requirements: Sequence[Requirement],
    by_id: Mapping[str, Clause],
    language: Language,
    answers_no: bool = True,
    alternative_asked: bool = False,
    answers_yes: bool = False,
    small: tuple[str, float] | None = None,
    ruled_out_asked: bool = False,
) -> str:
    """The requirements as the answer's sentences, each citing the item's clause; an alternative the question says
    it uses is named as meeting the requirement without an LLM. ``answers_no``: the question asked whether an LLM
    is required (an English answer opens with "No"), not which items do without one; ``alternative_asked``: it
    asked whether the alternative it names is required ("產品設計系統一定要用生成式 AI 嗎？"), not an LLM;
    ``answers_yes``: it asked whether the thing it describes can still qualify, which what it names makes it;
    ``small``: the model size the question states and the LLM floor it falls below ("8 億參數，沒到 10 億"), said
    after the requirement; ``ruled_out_asked``: the question asks whether it is ruled out ("是不是就一定不能適用…？"),
    so the yes is said as "not necessarily"."""
    lines = []
    for r in requirements:
        clause = by_id[r.clause]
        if alternative_asked and r.used:
            if language == "zh":
                lead = f"{item_name(clause.title)}不一定要使用{'、'.join(r.used_zh)}，條件為{r.wanted_zh}"
                lines.append(f"{lead} [{r.clause}]。")
            else:
                name = item_name(clause.title_en or clause.title)
                lines.append(f"No, it need not use {' or '.join(r.used)}: {name} require {r.wanted} [{r.clause}].")
            continue
        if language == "zh":
            lead = "可以：" if answers_yes and r.used else "不一定：" if answers_no else ""
            lead = "不一定，仍可以：" if answers_yes and r.used and ruled_out_asked else lead
            lines.append(f"{lead}{item_name(clause.title)}不必使用大語言模型，條件為{r.wanted_zh} [{r.clause}]。")
            if r.used_zh:
                lines.append(f"問題所述的{'、'.join(r.used_zh)}即為其一，不使用大語言模型亦可符合此條件。")
            if r.unlisted:
                element = by_id[r.unlisted]
                lines.append(
                    f"問題所述的技術不在所列的技術元素之內（{element.title}：「{element.text}」）[{r.unlisted}]，"
                    "依所述不符合此條件。"
                )
        else:
            name = item_name(clause.title_en or clause.title)
            lead = "No, an LLM is not required" if answers_no else "An LLM is not required"
            if answers_yes and r.used:
                lead = "Yes, it can: an LLM is not required"
                lead = "Not necessarily; it can still qualify: an LLM is not required" if ruled_out_asked else lead
            lines.append(f"{lead}: {name} require {r.wanted} [{r.clause}].")
            if r.used:
                lines.append(
                    f"The question names {' and '.join(r.used)}, one of them: without an LLM it can still meet it."
                )
            if r.unlisted:
                element = by_id[r.unlisted]
                lines.append(
                    f"What the question names is not among the listed elements ({element.title_en or element.title}: "
                    f'"{element.text_en or element.text}") [{r.unlisted}], so as described it does not meet it.'
                )
    if small is not None and lines and not any(r.used for r in requirements):  # else the alternative named says it
        span, floor = small
        billions, yi = _parameter_figure(floor)
        if language == "zh":
            lines.append(f"問題所述模型的 {span}參數未達 {billions}B（{yi}億），不算大語言模型，須以其他條件符合。")
        else:
            lines.append(
                f"The question's {span}-parameter model is below {billions}B, so it does not count as an LLM: "
                "the item is met through another of them."
            )
    return SENTENCE_GAP[language].join(lines)


# How a figure set aside beside the rated one was come by, as the answer names it.
_UNRATED: dict[Language, dict[str, str]] = {
    "zh": {"measured": "實測", "overclocked": "超頻所得", "claimed": "業務或行銷宣稱"},
    "en": {"measured": "measured", "overclocked": "overclocked", "claimed": "sales-claimed"},
}


# The total a stated figure comes to, where it is given after its parts ("3 × 48 TFLOPS (144 TFLOPS)").
_TOTAL_AFTER = re.compile(r"\((?:[^()]*=\s*)?([\d.,]+\s*[A-Za-z]+)\)\s*$")


def _figure_of(stated: str) -> str:
    """The figure a check states, as its total where the parts come first: "1 × H100 (48 TFLOPS)" is 48 TFLOPS, "3 ×
    H100 (3 × 48 = 144 TFLOPS)" 144 TFLOPS."""
    total = _TOTAL_AFTER.search(stated)
    return total.group(1) if total else stated


def render_thresholds(
    items: Sequence[Category], rules: Rules, by_id: Mapping[str, Clause], language: Language
) -> tuple[str, list[str]]:
    """The compute each of ``items`` must have, as sentences citing the item's clause ("an ordinary server: an
    inference server?" is told what one needs beside why the ordinary one is not); items without one are skipped."""
    lines, cited = [], []
    for item in items:
        rule = rules.items[item]
        if rule.compute is None:
            continue
        wanted, wanted_zh = _compute_wanted(rule.compute)
        clause = by_id[rule.clause]
        if language == "zh":
            lines.append(f"{item_name(clause.title)}的門檻為 {wanted_zh} [{rule.clause}]。")
        else:
            lines.append(f"{item_name(clause.title_en or clause.title)} need {wanted} [{rule.clause}].")
        cited.append(rule.clause)
    return SENTENCE_GAP[language].join(lines), cited


def render_unranked(
    items: Sequence[Category], rules: Rules, by_id: Mapping[str, Clause], language: Language
) -> tuple[str, list[str]]:
    """That the policy ranks none of a compute threshold's alternatives, for each of ``items`` that has two or more
    ("5 TOPS 跟 5 TFLOPS 哪一個比較嚴格？"): it accepts either, citing the item's clause."""
    lines, cited = [], []
    for item in items:
        rule = rules.items[item]
        if rule.compute is None or len(rule.compute.thresholds) < 2:
            continue
        wanted, wanted_zh = _compute_wanted(rule.compute)
        clause = by_id[rule.clause]
        if language == "zh":
            lines.append(
                f"政策並未比較這幾個門檻孰嚴：{item_name(clause.title)}的門檻為 {wanted_zh}，達到其中之一即可 "
                f"[{rule.clause}]。"
            )
        else:
            lines.append(
                f"The policy does not rank them: {item_name(clause.title_en or clause.title)} need {wanted}, and "
                f"reaching any one of them is enough [{rule.clause}]."
            )
        cited.append(rule.clause)
    return SENTENCE_GAP[language].join(lines), cited


# How many items carry a compute threshold, said before them where the question counts them.
COMPUTE_COUNTED = {
    "zh": "{of} 個適用項目中，有 {n} 項訂有算力門檻：",
    "en": "{n} of the {of} items carry a compute threshold:",
}
# How many items name the model size, and for how many it is the gate.
_SIZE_COUNTED = {
    "zh": "{of} 個項目中，有 {n} 項的內容提及 {yi}億({b}B) 參數以上之大語言模型，其中 {strict} 項以其為門檻。",
    "en": (
        "{n} of the {of} items name a large language model of {b}B parameters or more in their text; for {strict} of "
        "them it is the gate."
    ),
}


def render_gates(
    gates: Sequence[str],
    among: Sequence[Category],
    rules: Rules,
    by_id: Mapping[str, Clause],
    language: Language,
    counted: bool = False,
) -> tuple[str, list[str]]:
    """Which of the items ``among`` a compute threshold gates and which a large language model of 1B parameters or
    more, for the ``gates`` asked ("compute", "parameters"), in that order; each item citing its own clause. The items
    that accept something else in the LLM's place (product design, enterprise workflow) are said with what they
    accept. Where ``counted`` ("…and how many such items are there?"), each gate's items are counted first: for the
    model size, all whose text names it, and how many of those take it as the gate."""
    parts, cited = [], []
    for gate in gates:
        if gate == "compute":
            items = [i for i in among if rules.items[i].compute is not None]
            if not items:
                continue
            needed, ids = render_thresholds(items, rules, by_id, language)
            lead = "以算力為門檻的是硬體項目：" if language == "zh" else "Gated by compute (the hardware items): "
            if counted:
                lead = COMPUTE_COUNTED[language].format(n=len(items), of=len(among)) + ("" if language == "zh" else " ")
            parts.append(lead + needed)
            cited += ids
            continue
        sized = {i: p.threshold for i in among if (p := rules.items[i].parameters) is not None}
        # Counted: every item whose text names the size, also as one element among others (enterprise workflow).
        naming = [
            i
            for i in among
            if i in sized or any(rules.elements[e].min_parameters is not None for e in rules.items[i].elements_any)
        ]
        strict = [i for i in sized if not rules.items[i].alternative_elements]
        others = [req for i in among if (req := requirement(i, rules, by_id)) is not None]
        if not strict:
            continue
        billions, yi = _parameter_figure(sized[strict[0]])
        named = [(by_id[rules.items[i].clause], rules.items[i].clause) for i in strict]
        if language == "zh":
            listed = "、".join(f"{item_name(c.title)} [{i}]" for c, i in named)
            lines = [f"以 {yi}億({billions}B) 參數以上之大語言模型為門檻的是：{listed}。"]
            lines += [f"{item_name(by_id[r.clause].title)}的條件為{r.wanted_zh} [{r.clause}]。" for r in others]
        else:
            listed = "; ".join(f"{item_name(c.title_en or c.title)} [{i}]" for c, i in named)
            lines = [f"Gated by a large language model of {billions}B parameters or more: {listed}."]
            for r in others:
                name = item_name(by_id[r.clause].title_en or by_id[r.clause].title)
                lines.append(f"{name[:1].upper()}{name[1:]} require {r.wanted} [{r.clause}].")
        if counted:
            said = _SIZE_COUNTED[language]
            lines.insert(0, said.format(n=len(naming), of=len(among), b=billions, yi=yi, strict=len(strict)))
        parts.append(SENTENCE_GAP[language].join(lines))
        cited += [i for _, i in named] + [r.clause for r in others]
    return "\n".join(parts), list(dict.fromkeys(cited))


# A unit a question asks the thresholds in: "換算成 GFLOPS", "in GOPS", "how many GFLOPS", "PFLOPS 各是多少".
_UNIT_ASKED = re.compile(
    r"(?:換算|轉換|換成|折合|折算)\s*(?:成|為)?\s*([GTP](?:FLOPS|OPS))"
    r"|(?<![A-Za-z])(?:in|into|to|as)\s+([GTP](?:FLOPS|OPS))\b"
    r"|\bhow\s+many\s+([GTP](?:FLOPS|OPS))\b"
    r"|(?<![A-Za-z])([GP](?:FLOPS|OPS))\s*(?:各是|各為|是多少|為多少|等於多少|是幾)"
    r"|(?:用|以)\s*([GTP](?:FLOPS|OPS))\s*(?:來)?\s*(?:表示|表達|計算|計|算|呈現)",  # "如果用 GFLOPS 表示又是多少？"
    re.IGNORECASE,
)


def units_asked(question: str) -> list[str]:
    """The compute units a question asks the thresholds in ("GFLOPS", "PFLOPS", "GOPS"), as the policy spells
    units, in order."""
    found = (next(g for g in m.groups() if g) for m in _UNIT_ASKED.finditer(question.translate(FULLWIDTH)))
    return list(dict.fromkeys(u.upper() for u in found))


def render_conversions(
    items: Sequence[Category], units: Sequence[str], rules: Rules, by_id: Mapping[str, Clause], language: Language
) -> str:
    """Each of ``items``' compute thresholds in each of ``units`` of its own kind (FLOPS or OPS) that is not its own
    unit ("180 TFLOPS is 180,000 GFLOPS"); empty where there is none."""
    lines = []
    for item in items:
        compute = rules.items[item].compute
        if compute is None:
            continue
        clause = by_id[rules.items[item].clause]
        for threshold in compute.thresholds:
            for unit in units:
                family = "FLOPS" if unit.endswith("FLOPS") else "OPS"
                if family != threshold.family or unit == threshold.unit.upper():
                    continue
                said = f"{format_figure(threshold.value)} {threshold.unit}"
                value = f"{_exact(from_tera(threshold.value, unit))} {unit}"
                if language == "zh":
                    lines.append(f"{item_name(clause.title)}的門檻 {said} 即 {value}。")
                else:
                    name = item_name(clause.title_en or clause.title)
                    lines.append(f"The threshold of {name}, {said}, is {value}.")
    return SENTENCE_GAP[language].join(lines)


def _exact(value: float) -> str:
    """A converted figure to as many places as it has (45 TFLOPS is 0.045 PFLOPS, not 0.04), thousands grouped."""
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def threshold_ratios(
    items: Sequence[Category],
    rules: Rules,
    by_id: Mapping[str, Clause],
    language: Language,
    *,
    difference: bool = False,
) -> str:
    """How many times one item's compute threshold is the next one's, where they are of the same kind (the training
    server's 180 TFLOPS is 4 times the inference server's 45 TFLOPS): a figure worked out from two the policy states.
    With ``difference``, how far apart they are first ("How much higher is the training server's bar?": 135 TFLOPS).
    Of three items, every pair, each named: "…and how many times higher than for an edge device?" asks the first
    against the last (180 ÷ 5 = 36)."""
    named = [(item, compute.thresholds) for item in items if (compute := rules.items[item].compute) is not None]
    pairs = list(itertools.combinations(named, 2)) if len(named) > 2 else list(zip(named, named[1:], strict=False))
    lines = []
    for (first_item, first), (second_item, second) in pairs:
        lead = ""
        if len(named) > 2:
            title = "title" if language == "zh" else "title_en"
            one, other = (
                item_name(getattr(by_id[rules.items[i].clause], title) or by_id[rules.items[i].clause].title)
                for i in (first_item, second_item)
            )
            lead = f"{one}與{other}：" if language == "zh" else f"{one[:1].upper()}{one[1:]} against {other}: "
        same_kind = [(a, b) for a in first for b in second if a.family == b.family and min(a.value, b.value) > 0]
        for a, b in same_kind:
            big, small = (a, b) if a.value >= b.value else (b, a)
            times = format_figure(big.value / small.value)
            figures = f"{format_figure(big.value)} {big.unit} ÷ {format_figure(small.value)} {small.unit}"
            zh = f"較高者為較低者的 {times}倍（{figures}）。"
            en = f"That is {times} times ({figures})."
            # "…是推論伺服器門檻的幾分之一？": the lower as a fraction of the higher, where the multiple is whole.
            if (big.value / small.value).is_integer():
                zh += f"較低者為較高者的 1/{times}。"
                en += f" The lower is 1/{times} of the higher."
            if difference:
                gap = f"{format_figure(big.value - small.value)} {big.unit}"
                apart = f"{format_figure(big.value)} {big.unit} − {format_figure(small.value)} {small.unit}"
                zh = f"兩者相差 {gap}（{apart}），{zh}"
                en = f"The higher is {gap} above the lower ({apart}), {times} times as much ({figures})."
            lines.append(lead + (zh if language == "zh" else en))
    return SENTENCE_GAP[language].join(lines)


def threshold_sum(items: Sequence[Category], rules: Rules, language: Language) -> str:
    """The items' compute thresholds added up, in a unit every one of them states a threshold in ("180 + 45 + 5 = 230
    TFLOPS": the edge device's 5 TFLOPS beside its 5 TOPS); "" where they share none. Arithmetic on figures the policy
    states, each for one machine: no threshold of its own."""
    for unit in ("TFLOPS", "TOPS"):
        values = [
            next((t.value for t in compute.thresholds if t.unit.upper() == unit), None)
            for item in items
            if (compute := rules.items[item].compute) is not None
        ]
        if len(values) > 1 and all(v is not None for v in values):
            figures = [v for v in values if v is not None]
            added = f"{' + '.join(format_figure(v) for v in figures)} = {format_figure(sum(figures))} {unit}"
            return f"門檻相加：{added}。" if language == "zh" else f"Added together: {added}."
    return ""


# A unit said to be the only one a threshold takes: "是不是只認 TFLOPS？", "does the edge item only accept TOPS?".
_ONLY_UNIT = re.compile(
    r"只(?:認|接受|承認|採計|採用|看|限)\s*(TFLOPS|TOPS)"
    r"|\bonly\s+(?:accepts?|counts?|recogni[sz]es?|takes?|allows?)?\s*(TFLOPS|TOPS)\b"
    r"|\b(TFLOPS|TOPS)\s+only\b",
    re.IGNORECASE,
)


def only_unit_claimed(question: str, items: Sequence[Category], rules: Rules) -> str | None:
    """The unit a question says is the only one an item's threshold takes, where the item takes another too (the edge
    device's "5 TOPS 或 5 TFLOPS"); else None."""
    match = _ONLY_UNIT.search(question)
    if match is None:
        return None
    unit = next(g for g in match.groups() if g).upper()
    for item in items:
        compute = rules.items[item].compute
        units = {t.unit.upper() for t in compute.thresholds} if compute else set()
        if unit in units and len(units) > 1:
            return unit
    return None


def render_only_unit(
    unit: str, items: Sequence[Category], rules: Rules, by_id: Mapping[str, Clause], language: Language
) -> tuple[str, list[str]]:
    """That the items' thresholds take either unit, not ``unit`` alone."""
    needed, cited = render_thresholds(items, rules, by_id, language)
    if language == "zh":
        return f"不正確：{needed}兩種單位皆可，並非只認 {unit}。", cited
    return f"No: {needed} Either unit counts, not {unit} alone.", cited


# A unit the thresholds are asked to be stated in, no figure before it ("Which hardware item's threshold may be stated
# in TOPS?", "哪一個項目的門檻可以用 TOPS 表示？").
_HELD_IN_UNIT = re.compile(
    r"\b(?:stated|expressed|given|measured|written|specified|set|quoted|counted)\s+in\s+(TFLOPS|TOPS)\b"
    r"|(?:用|以|採)\s*(TFLOPS|TOPS)\s*(?:來)?(?:表示|標示|計算|衡量|計|為單位|作為單位|訂定|規定)",
    re.IGNORECASE,
)


def unit_held(question: str) -> str | None:
    """The compute unit a question asks which items' thresholds are stated in; None where it asks none."""
    match = _HELD_IN_UNIT.search(question)
    return next(g for g in match.groups() if g).upper() if match else None


def render_held_in_unit(
    unit: str, items: Sequence[Category], rules: Rules, by_id: Mapping[str, Clause], language: Language
) -> str:
    """Which of ``items`` have a threshold stated in ``unit``, with that threshold, each cited; "" where all do or
    none does (the thresholds listed say so)."""
    held = [
        (i, t)
        for i in items
        if (compute := rules.items[i].compute) is not None
        for t in compute.thresholds
        if t.unit.upper() == unit
    ]
    if not held or len(held) == len(items):
        return ""
    named = []
    for item, threshold in held:
        clause = by_id[rules.items[item].clause]
        name = item_name(clause.title if language == "zh" else clause.title_en or clause.title)
        named.append(
            f"{name}（{format_figure(threshold.value)} {threshold.unit}）[{clause.id}]"
            if language == "zh"
            else f"{name} ({format_figure(threshold.value)} {threshold.unit}) [{clause.id}]"
        )
    if language == "zh":
        return f"門檻以 {unit} 表示的只有：{'、'.join(named)}。"
    return f"Of these, only {'; '.join(named)} have a threshold stated in {unit}."


def case_devices_misstated(evidence: Evidence, rules: Rules) -> list[tuple[DeviceMention, ReferenceDevice]]:
    """The worked case's devices the question gives another count of ("案例裡那台推論伺服器應該是配 2 張 H100 對吧？":
    the case's has one), each with its reference."""
    wrong = []
    for device in evidence.devices:
        reference = next((r for r in rules.reference_devices if device.name in r.names), None)
        if reference is not None and reference.in_case is not None and device.count != reference.in_case:
            wrong.append((device, reference))
    return wrong


def render_case_devices(
    wrong: Sequence[tuple[DeviceMention, ReferenceDevice]], language: Language
) -> tuple[str, list[str]]:
    """That the worked case's machine has another number of each device than the question says, with its compute."""
    lines = []
    for device, reference in wrong:
        count, unit = reference.in_case or 0, device.unit
        value, total = format_figure(reference.value), format_figure(count * reference.value)
        if language == "zh":
            compute = f"每張 {value} {unit}，合計 {total} {unit}" if count > 1 else f"{value} {unit}"
            lines.append(
                f"不對：案例中的機器配備 {count} 張 {device.name}（{compute}），"
                f"不是 {device.count} 張 [{reference.clause}]。"
            )
        else:
            compute = f"{value} {unit} each, {total} {unit} in all" if count > 1 else f"{value} {unit}"
            lines.append(
                f"No: the worked case's machine has {count} {device.name} ({compute}), not {device.count} "
                f"[{reference.clause}]."
            )
    return SENTENCE_GAP[language].join(lines), list(dict.fromkeys(r.clause for _, r in wrong))


def render_models_misstated(
    wrong: Sequence[tuple[ReferenceModel, ParameterFigure]], language: Language
) -> tuple[str, list[str]]:
    """That a worked case's model has the size the policy gives it, not the one the question says."""
    lines = []
    for model, figure in wrong:
        billions, yi = _parameter_figure(model.parameters)
        if language == "zh":
            said = f"案例中的 {model.names[0]} 模型約 {billions}B（{yi} 億）參數"
            lines.append(f"不對：{said}，不是 {figure.span} [{model.clause}]。")
        else:
            lines.append(
                f"No: the worked case gives {model.names[0]} about {billions}B parameters, not {figure.span} "
                f"[{model.clause}]."
            )
    return SENTENCE_GAP[language].join(lines), list(dict.fromkeys(m.clause for m, _ in wrong))


def misstated_thresholds(
    claims: Sequence[ComputeFigure], items: Sequence[Category], rules: Rules
) -> list[ComputeFigure]:
    """The figures a question names as a threshold (``Evidence.threshold_claims``) that no threshold of
    ``items`` is, in the families they are measured in ("an edge device only needs 1 TOPS")."""
    policy = {(t.family, t.value) for i in items if (c := rules.items[i].compute) for t in c.thresholds}
    families = {family for family, _ in policy}
    return [c for c in claims if c.family in families and (c.family, c.value) not in policy]


def render_misstated(
    claims: Sequence[ComputeFigure],
    items: Sequence[Category],
    rules: Rules,
    by_id: Mapping[str, Clause],
    language: Language,
) -> tuple[str, list[str]]:
    """A threshold the question misstates, corrected: the items' thresholds as the policy sets them."""
    needed, cited = render_thresholds(items, rules, by_id, language)
    stated = "、".join(dict.fromkeys(c.span for c in claims))
    # Where a misstated figure is a worked case's device ("the inference server threshold is 48 TFLOPS": the H100 the
    # case fits), where it comes from, cited.
    devices = [
        (claim, device)
        for claim in claims
        for device in rules.reference_devices
        if (device.family, device.value) == (claim.family, claim.value)
        and device.clause in by_id
        and by_id[device.clause].item in items
    ]
    cited += [d.clause for _, d in devices if d.clause not in cited]
    # Or another item's threshold ("聽說推論伺服器的門檻是 180 TFlops": the training server's), said with its item,
    # cited (the correction had left where the figure comes from unsaid).
    others = [
        (claim, item)
        for claim in claims
        for item in rules.items
        if item not in items
        and (compute := rules.items[item].compute) is not None
        and any((t.family, t.value) == (claim.family, claim.value) for t in compute.thresholds)
        and rules.items[item].clause in by_id
    ]
    cited += [c for c in dict.fromkeys(rules.items[i].clause for _, i in others) if c not in cited]
    # Every figure another item's threshold: it is not this item's; else not one the policy sets.
    all_others = all(c in {claim for claim, _ in others} for c in claims)
    if language == "zh":
        sources = "".join(f"{c.span} 是案例中 {d.names[0]} 的算力 [{d.clause}]。" for c, d in devices)
        sources += "".join(
            f"{c.span} 是「{item_name(by_id[rules.items[i].clause].title)}」的門檻 [{rules.items[i].clause}]。"
            for c, i in others
        )
        whose = "此項目" if all_others else "政策所定"
        return f"不正確：{needed}問題所述的 {stated} 並非{whose}的門檻。{sources}", cited
    sources = "".join(
        f" {c.span} is the compute of the {d.names[0]} in the worked case [{d.clause}]." for c, d in devices
    )
    theirs = [(c.span, by_id[rules.items[i].clause]) for c, i in others]
    sources += "".join(
        f" {span} is the threshold of {item_name(clause.title_en or clause.title)} [{clause.id}]."
        for span, clause in theirs
    )
    whose = "this item's" if all_others else "the policy's"
    return f"No: {needed} The {stated} the question states is not {whose} threshold.{sources}", cited


class OfferedFigure(NamedTuple):
    """A figure a question offers as one of two for a threshold ("45T還是48T？"), in tera units."""

    value: float
    family: Family | None  # None where only "T" is written: the item's own family


_FIGURE_UNIT = r"[KMGTPE]?(?:FLOPS|OPS)|T(?![A-Za-z])"
_EITHER_OR = re.compile(
    rf"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>{_FIGURE_UNIT})?\s*(?:還是|或是|或者|或|\bor\b)\s*"
    rf"(?P<b>\d+(?:\.\d+)?)\s*(?P<ub>{_FIGURE_UNIT})?",
    re.IGNORECASE,
)


def offered_figures(question: str) -> list[OfferedFigure]:
    """The two figures of "A or B" / "A還是B" where at least one has a compute unit (the other takes it); each is
    read as rag.figures reads a figure, except a bare "T" ("45T"): tera, of the item's own family."""
    offered = []
    for m in _EITHER_OR.finditer(question.translate(FULLWIDTH)):
        units = [u for u in (m["ua"], m["ub"]) if u]
        if not units:
            continue
        for number, unit in ((m["a"], m["ua"] or units[-1]), (m["b"], m["ub"] or units[0])):
            if unit.upper() == "T":
                offered.append(OfferedFigure(value=float(number), family=None))
                continue
            offered += [OfferedFigure(value=f.value, family=f.family) for f in extract_compute(f"{number} {unit}")]
    return offered


def either_threshold(
    offered: Sequence[OfferedFigure], items: Sequence[Category], rules: Rules
) -> list[tuple[OfferedFigure, bool]]:
    """Each offered figure with whether it is a threshold of ``items``, where one is and another is not ("45 or 48
    TFLOPS?" of the inference server); else none."""
    thresholds = [t for i in items if (c := rules.items[i].compute) for t in c.thresholds]
    marked = [(f, any(t.value == f.value and f.family in (None, t.family) for t in thresholds)) for f in offered]
    return marked if any(is_one for _, is_one in marked) and not all(is_one for _, is_one in marked) else []


def render_either(
    marked: Sequence[tuple[OfferedFigure, bool]],
    items: Sequence[Category],
    rules: Rules,
    by_id: Mapping[str, Clause],
    language: Language,
) -> tuple[str, list[str]]:
    """The items' thresholds, and for each offered figure that is not one, where the policy states it (a worked
    case's device: the H100's 48 TFLOPS), quoted, else that the policy sets no such threshold."""
    needed, cited = render_thresholds(items, rules, by_id, language)
    families = [t.family for i in items if (c := rules.items[i].compute) for t in c.thresholds]
    lines = [needed]
    for figure, is_threshold in marked:
        if is_threshold:
            continue
        family = figure.family or families[0]  # "48T": the unit of the item's (first) threshold
        unit = tera_unit(family)
        shown = f"{format_figure(figure.value)} {unit}"
        source = _stating(figure.value, unit, by_id, language, exclude=set(cited))
        if source is None:
            lines.append(
                f"{shown} 並非政策所定的門檻。" if language == "zh" else f"{shown} is not a threshold the policy sets."
            )
            continue
        clause, quote = source
        title = clause.title if language == "zh" else (clause.title_en or clause.title)
        lines.append(
            f"{shown} 不是門檻，而是「{title}」中的數字：「{quote}」[{clause.id}]。"
            if language == "zh"
            else f'{shown} is not the threshold: it is a figure in "{title}": "{quote}" [{clause.id}].'
        )
        cited.append(clause.id)
    return SENTENCE_GAP[language].join(lines), cited


def _stating(
    value: float, unit: str, by_id: Mapping[str, Clause], language: Language, exclude: set[str]
) -> tuple[Clause, str] | None:
    """The first clause (not one of ``exclude``) whose text states ``value`` in ``unit``, with the part of its
    sentence that does (cut at ；/; and 。/.)."""
    pattern = re.compile(rf"(?<![\d.]){re.escape(format_figure(value))}\s*{unit}", re.IGNORECASE)
    for clause in by_id.values():
        if clause.id in exclude:
            continue
        text = clause.text if language == "zh" else (clause.text_en or clause.text)
        m = pattern.search(text)
        if m is None:
            continue
        start = max(text.rfind(p, 0, m.start()) for p in ("；", "。", "; ", ". ")) + 1
        ends = [e for p in ("；", "。", "; ", ". ") if (e := text.find(p, m.end())) >= 0]
        return clause, text[start : min(ends, default=len(text))].strip()
    return None


def render_exclusions(
    exclusions: Sequence[Exclusion], by_id: Mapping[str, Clause], language: Language, *, who: bool
) -> tuple[str, list[str]]:
    """The exclusions as the answer's sentences and the clauses they cite: each the decision's own reason, citing
    the clause that decided it; with ``who``, the stakeholder comment that raised it, marked as a suggestion."""
    lines, cited = [], []
    for exclusion in exclusions:
        reason_zh, _, reason_en = exclusion.reason.partition(" / ")
        lines.append(
            f"不適用：{reason_zh} [{exclusion.clause}]。"
            if language == "zh"
            else f"Not eligible: {reason_en or reason_zh} [{exclusion.clause}]."
        )
        cited.append(exclusion.clause)
        comment = by_id.get(by_id[exclusion.clause].comment or "")
        if who and comment is not None:
            lines.append(
                f"此點由{comment.org_name}於 {comment.date_roc} 提出（意見：「{comment.text}」[{comment.id}]），"
                "以上為政府的參採說明。"
                if language == "zh"
                else f'{comment.org_name_en or comment.org_name} raised it on {comment.date} ("{comment.text_en}" '
                f"[{comment.id}]); the response above is what the government decided."
            )
            cited.append(comment.id)
    return SENTENCE_GAP[language].join(lines), list(dict.fromkeys(cited))


class ElementCheck(BaseModel):
    """Whether what the question names is one of the key technical elements (rules.yaml `elements`)."""

    model_config = ConfigDict(frozen=True)

    element: str
    clause: str
    passed: bool
    words: list[str]  # the question's words for it ("CNN", "監督式")
    stated: str = ""  # the model size the question gives, for the LLM element
    wanted: str = ""  # the LLM element's threshold: "1B parameters or more"
    wanted_zh: str = ""
    short: float = 0.0  # parameters the stated size lacks of the LLM element's threshold
    # Asked whether it is named in the element's own words ("Transformer 有被明列嗎？"): the question's words for it
    # that the clause does not name (a transformer falls under deep learning, but the clause names CNN, DNN, RNN).
    unnamed: list[str] = []


def not_named(check: ElementCheck, by_id: Mapping[str, Clause]) -> ElementCheck:
    """The check with the question's words for what it checks that the element's clause does not name."""
    clause = by_id[check.clause]
    said = f"{clause.text} {clause.text_en}".lower().replace("-", " ")
    words = _own_words(check, by_id) or check.words

    def named(word: str) -> bool:  # a Chinese word by two of its characters in a row ("類神經": 神經網路)
        word = word.lower().replace("-", " ")
        return pair_said(word, said) if re.search(r"[\u4e00-\u9fff]", word) else word in said

    return check.model_copy(update={"unnamed": [w for w in words if not named(w)]})


def check_element_question(evidence: Evidence, rules: Rules, by_id: Mapping[str, Clause]) -> list[ElementCheck]:
    """Each key technical element the question's words name (``evidence``: the question as gather_evidence reads
    it), listed or not; the LLM element against its own parameter threshold when the question gives a size. Words
    for what is not an element of its own (generative AI, product design's alternative) are left to the model."""
    checks = []
    for name, words in evidence.elements.items():
        element = rules.elements[name]
        clause = by_id.get(element.clause)
        if clause is None or clause.kind != "element":
            continue
        if not element.listed and any(
            rules.elements[other].clause == element.clause and rules.elements[other].listed
            for other in evidence.elements
        ):
            continue  # "監督式與非監督式": the listed class is named too
        check = ElementCheck(element=name, clause=element.clause, passed=element.listed, words=words)
        meets = meets_min_parameters(element, evidence)
        if meets is not None and element.min_parameters is not None:
            wanted, wanted_zh = parameters_wanted(element.min_parameters)
            largest = max(evidence.parameters, key=lambda p: p.value)
            check = check.model_copy(
                update={
                    "passed": meets,
                    "stated": largest.said,
                    "wanted": wanted,
                    "wanted_zh": wanted_zh,
                    "short": 0.0 if largest.bound else max(0.0, element.min_parameters - largest.value),
                }
            )
        checks.append(check)
    return checks


def render_element_shortfalls(checks: Sequence[ElementCheck], language: Language) -> str:
    """How many parameters a stated model size lacks of the LLM element's threshold ("700 million … how many more would
    it need?": 300 million), worked out from the two; "" where none falls short."""
    lines = []
    for check in checks:
        if check.short <= 0:
            continue
        billions, yi = _parameter_figure(check.short)
        if language == "zh":
            bar = check.wanted_zh.removesuffix("參數以上")
            lines.append(f"{check.stated}距門檻{bar}尚差 {yi}億（{billions}B）參數 [{check.clause}]。")
        else:
            lines.append(
                f"{check.stated} is {format_figure(check.short / 1e6)} million ({billions}B) parameters short of the "
                f"threshold [{check.clause}]."
            )
    return SENTENCE_GAP[language].join(lines)


def _own_words(check: ElementCheck, by_id: Mapping[str, Clause]) -> list[str]:
    """The question's words for what it checks, less the element's own name ("LSTM", not "LSTM, deep learning")."""
    clause = by_id[check.clause]
    title = f"{clause.title} {clause.title_en}".lower().replace("-", " ")
    return [w for w in check.words if w.lower().replace("-", " ") not in title]


def asked_of(
    checks: Sequence[ElementCheck], by_id: Mapping[str, Clause]
) -> tuple[list[ElementCheck], list[ElementCheck]]:
    """The elements a question names by their own names beside other things it checks, and those things' checks, each
    against the element asked where its own class is none ("Which families count under the deep-learning element? Is
    a gradient-boosted tree model one of them?": not a deep-learning class, rather than "not a machine-learning
    class"). No element asked, or nothing else: none, and the checks as they are."""
    # An element checked against a size the question gives is a thing checked, though named by its own name ("以深度
    # 學習訓練…15 億參數的 Transformer 模型…符合「大語言模型」這個技術元素嗎？": the size against its 1B, not only the
    # model's other words); not beside a technique the elements leave out ("a 1.3B-param random forest ensemble, not a
    # neural net": no LLM whatever its size).
    listed_only = all(c.passed for c in checks if not c.stated)
    asked = [c for c in checks if c.passed and not _own_words(c, by_id) and not (c.stated and listed_only)]
    things = [c for c in checks if c not in asked]
    if not (asked and things):
        return [], list(checks)
    against = asked[0]
    return asked, [
        c if c.passed or c.stated else c.model_copy(update={"element": against.element, "clause": against.clause})
        for c in things
    ]


def render_elements(checks: Sequence[ElementCheck], by_id: Mapping[str, Clause], language: Language) -> str:
    """The element checks as the answer's sentences, each citing the element's clause."""
    lines = []
    for check in checks:
        clause = by_id[check.clause]
        words = _own_words(check, by_id) or check.words
        said = "、".join(words) if language == "zh" else ", ".join(words)
        if language == "zh":
            name = item_name(clause.title)
            if check.stated:
                verdict = "已達" if check.passed else "未達"
                lines.append(
                    f"{'屬於' if check.passed else '不符合'}關鍵技術元素「{name}」：所述 {check.stated}，{verdict}其 "
                    f"{check.wanted_zh}的條件 [{check.clause}]。"
                )
            elif check.passed and check.unnamed:
                lines.append(
                    f"未明列：{'、'.join(check.unnamed)} 並未在關鍵技術元素「{name}」的條文中列名 [{check.clause}]。"
                )
            elif check.passed:
                lines.append(f"屬於：{said} 屬於關鍵技術元素「{name}」[{check.clause}]。")
            else:
                lines.append(f"不符合：{said} 不屬於關鍵技術元素「{name}」所列的分類 [{check.clause}]。")
        else:
            name = item_name(clause.title_en or clause.title)
            if check.stated:
                verdict = "which meets" if check.passed else "which does not meet"
                lines.append(
                    f"{'Yes' if check.passed else 'No'}: the key technical element {name} needs {check.wanted}; "
                    f"the question gives {check.stated}, {verdict} it [{check.clause}]."
                )
            elif check.passed and check.unnamed:
                lines.append(
                    f"Not by name: {', '.join(check.unnamed)} is not named in the key technical element {name} "
                    f"[{check.clause}]."
                )
            elif check.passed:
                lines.append(f"Yes: {said} falls under the key technical element {name} [{check.clause}].")
            else:
                lines.append(
                    f"No: {said} is not among the classes the key technical element {name} lists [{check.clause}]."
                )
    return SENTENCE_GAP[language].join(lines)


# Said after any answer quoting or working out the worked case's prices.
_PRICE_NOTE = {
    "zh": "（價格為案例所列的參考價，並非適用條件。）",
    "en": "(These are the case's reference prices, not a condition of eligibility.)",
}


def _nt_dollars(wan: float) -> str:
    """萬元 as New Taiwan dollars in words, with the 萬 figure the policy states them in (as its English text does):
    150 → "NT$1.5 million (150 萬)", 25 → "NT$250,000 (25 萬)"."""
    value = wan * 10_000
    if value >= 1_000_000:
        return f"NT${format_figure(value / 1_000_000)} million ({format_figure(wan)} 萬)"
    return f"NT${value:,.0f} ({format_figure(wan)} 萬)"


def render_purchase_total(total: PurchaseTotal, language: Language) -> str:
    """The machines times the unit price the question gives, said to be the question's arithmetic, not the policy's
    ("3 台 × 約 130 萬元 = 約 390 萬元", "3 × NT$1.3 million (130 萬) = NT$3.9 million (390 萬)")."""
    about = ("約 " if language == "zh" else "about ") if total.approximate else ""
    unit, whole = total.unit_price / 10_000, total.total / 10_000  # in 萬, as the policy states prices
    if language == "zh":
        return (
            f"依問題所述的單價計算：{total.machines} 台 × {about}{format_figure(unit)} 萬元 = "
            f"{about}{format_figure(whole)} 萬元（政策未規定價格，此為依問題數字的計算）。"
        )
    return (
        f"At the unit price the question gives: {total.machines} × {about}{_nt_dollars(unit)} = {about}"
        f"{_nt_dollars(whole)} (the policy sets no price; this is arithmetic on the question's figures)."
    )


def render_budget_gap(case: Clause, price: PriceRange, budget: float, language: Language) -> str:
    """A budget (萬元) set against a worked case's price range for one machine: how far it falls short of the range's
    ends, or that it reaches them ("老闆只給 100 萬預算…就算用最低價也還差多少錢？": 120 − 100 = 20 萬元)."""
    head = _case_price(case, price, language)
    if language == "zh":
        ends = [("最低價", price.low), ("最高價", price.high)]
        said = [
            f"比{end} {format_figure(value)} 萬元少 {format_figure(value - budget)} 萬元"
            if value > budget
            else f"足以支應{end} {format_figure(value)} 萬元"
            for end, value in ends
        ]
        return f"{head}{format_figure(budget)} 萬元的預算{'；'.join(said)}。{_PRICE_NOTE['zh']}"
    said = [
        f"{_nt_dollars(value - budget)} short of the {end} price"
        if value > budget
        else f"enough for the {end} price ({_nt_dollars(value)})"
        for end, value in (("lowest", price.low), ("highest", price.high))
    ]
    return f"{head} A budget of {_nt_dollars(budget)} is {' and '.join(said)}. {_PRICE_NOTE['en']}"


def _case_price(case: Clause, price: PriceRange, language: Language) -> str:
    """The sentence giving one machine's price range in a worked case."""
    if language == "zh":
        return (
            f"案例所列{price.name}參考價格約 {format_figure(price.low)}–{format_figure(price.high)} 萬元 [{case.id}]。"
        )
    return (
        f"The worked case prices the {_plain(price.name_en)} at about {_nt_dollars(price.low)} to "
        f"{_nt_dollars(price.high)} [{case.id}]."
    )


def render_case_prices(case: Clause, prices: Sequence[PriceRange], language: Language) -> str:
    """The price ranges a worked case gives the machines asked about ("…does that clear the AI inference server
    threshold, and what price range does the document give for such a machine?")."""
    said = SENTENCE_GAP[language].join(_case_price(case, p, language) for p in prices)
    return f"{said}{SENTENCE_GAP[language]}{_PRICE_NOTE[language]}"


def render_range_misattributed(
    case: Clause, said_of: PriceRange, belongs_to: PriceRange, budget: float | None, language: Language
) -> str:
    """A worked case's price range the question gives to the wrong machine ("有AI算力的推論伺服器大約只要10到25萬元":
    that is the ordinary server's), set right, with a budget given set against the right range."""
    cited = f"[{case.id}]"
    if language == "zh":
        text = (
            f"不對：案例中約 {format_figure(belongs_to.low)}–{format_figure(belongs_to.high)} 萬元的是{belongs_to.name}"
            f"，{said_of.name}約 {format_figure(said_of.low)}–{format_figure(said_of.high)} 萬元 {cited}。"
        )
    else:
        text = (
            f"No: in the worked case, about {_nt_dollars(belongs_to.low)} to {_nt_dollars(belongs_to.high)} is the "
            f"price of the {_plain(belongs_to.name_en)}; the {_plain(said_of.name_en)} is about "
            f"{_nt_dollars(said_of.low)} to {_nt_dollars(said_of.high)} {cited}."
        )
    if budget is None:
        return f"{text}{'' if language == 'zh' else ' '}{_PRICE_NOTE[language]}"
    return f"{text}\n{render_budget_gap(case, said_of, budget, language)}"


def render_budget_count(case: Clause, price: PriceRange, budget: float, language: Language) -> str:
    """How many machines a budget (萬元) buys at a worked case's price range for one machine: the fewest at its highest
    price, the most at its lowest ("600 萬元…最少、最多各可以買幾台？": 600 ÷ 150 = 4, 600 ÷ 120 = 5)."""
    fewest, most = int(budget // price.high), int(budget // price.low)
    cited, b = f"[{case.id}]", format_figure(budget)
    low, high = format_figure(price.low), format_figure(price.high)
    if language == "zh":
        head = f"案例所列{price.name}參考價格約 {low}–{high} 萬元 {cited}。"
        said = f"{b} 萬元的預算，以最高價計可買 {fewest} 台（{b} ÷ {high}），以最低價計可買 {most} 台（{b} ÷ {low}）"
        return f"{head}{said}。{_PRICE_NOTE['zh']}"
    head = (
        f"The worked case prices the {_plain(price.name_en)} at about {_nt_dollars(price.low)} to "
        f"{_nt_dollars(price.high)} {cited}."
    )
    said = (
        f"A budget of {_nt_dollars(budget)} buys {fewest} at the highest price ({b} 萬 ÷ {high} 萬) and {most} at "
        f"the lowest ({b} 萬 ÷ {low} 萬)"
    )
    return f"{head} {said}. {_PRICE_NOTE['en']}"


# The units a model size is said in, besides as written: 億 (10⁸ parameters, as Chinese counts them) and billions.
_SIZE_UNITS: dict[str, tuple[float, str, str, str]] = {
    "億": (1e8, " 億", "換算成億", "In 億 (hundreds of millions)"),
    "B": (1e9, "B", "換算成 B（十億）", "In billions"),
}


def render_sizes_in(figures: Sequence[ParameterFigure], unit: Literal["億", "B"], language: Language) -> str:
    """Each model size given, once, in ``unit``: 億 ("1.3B 即 13 億", "950M 即 9.5 億") or billions ("70 億 即 7B"; not
    a size already given in B); "" where none is."""
    if unit == "B":
        figures = [f for f in figures if not re.search(r"\dB\b", f.span.replace(" ", ""), re.IGNORECASE)]
    scale, written, head_zh, head_en = _SIZE_UNITS[unit]
    said = list(dict.fromkeys(f"{f.span.strip()} 即 {format_figure(f.value / scale)}{written}" for f in figures))
    if not said:
        return ""
    if language == "zh":
        return f"{head_zh}：{'；'.join(said)}（參數）。"
    return f"{head_en}: " + "; ".join(s.replace(" 即 ", " = ") for s in said) + " parameters."


# Where a quote lies from a price range: below it (by how much), within it, above it (by how much).
_SIDE_OF_RANGE: dict[Language, tuple[str, str, str]] = {
    "zh": ("低於區間下限 {low}", "落在區間內", "高於區間上限 {high}"),
    "en": ("{low} below its low end", "within that range", "{high} above its high end"),
}


def render_quotes_in_range(
    case: Clause, quotes: Sequence[tuple[PriceRange, float]], apart: bool, language: Language
) -> str:
    """Prices the question quotes (萬元), each set against the worked case's range for its kind of machine, and with
    ``apart`` how far the two quotes lie apart ("推論伺服器報價 135 萬元、一般 2CPU 伺服器報價 20 萬元，有沒有落在案例
    說明的價格區間內？兩者差多少？": both within, 115 萬元 apart)."""
    cited = f"[{case.id}]"
    lines = []
    money = (lambda wan: f"{format_figure(wan)} 萬元") if language == "zh" else _nt_dollars
    for price, quote in quotes:
        side = (quote > price.high) - (quote < price.low) + 1  # below the range, within it, above it
        where = _SIDE_OF_RANGE[language][side].format(low=money(price.low - quote), high=money(quote - price.high))
        if language == "zh":
            said = f"問題所述報價 {money(quote)}{where}"
            low, high = format_figure(price.low), format_figure(price.high)
            lines.append(f"{price.name}：案例參考價格約 {low}–{high} 萬元，{said} {cited}。")
        else:
            lines.append(
                f"The worked case prices the {_plain(price.name_en)} at about {money(price.low)} to "
                f"{money(price.high)}; the quote of {money(quote)} is {where} {cited}."
            )
    if apart and len(quotes) == 2:
        (_, a), (_, b) = sorted(quotes, key=lambda q: q[1], reverse=True)
        gap = format_figure(a - b)
        lines.append(
            f"兩個報價相差 {format_figure(a)} − {format_figure(b)} = {gap} 萬元。"
            if language == "zh"
            else f"The two quotes are {_nt_dollars(a - b)} apart ({format_figure(a)} − {format_figure(b)} = {gap} 萬)."
        )
    lines.append(_PRICE_NOTE[language])
    return SENTENCE_GAP[language].join(lines)


def _plain(name: str) -> str:
    """A name without its parenthesised detail: "ordinary server (2 CPUs)" → "ordinary server"."""
    return re.sub(r"\s*[(（].*?[)）]", "", name)


def render_price_comparison(case: Clause, language: Language) -> str:
    """A worked case's two price ranges compared, end with end (how many times, how much more) and the dearer one's
    lowest with the cheaper one's highest: figures worked out from the ones the case states ("Comparing the upper ends
    of the two price ranges, how many times as expensive is the inference server?": 150 ÷ 25 = 6)."""
    if len(case.prices) != 2:
        return ""
    cheap, dear = sorted(case.prices, key=lambda p: p.high)
    cited = f"[{case.id}]"
    # The ends with ends, then the least and the most apart: "最少貴多少萬元？最多貴多少萬元？" (120 − 25, 150 − 10).
    pairs = [
        ("high", dear.high, cheap.high),
        ("low", dear.low, cheap.low),
        ("across", dear.low, cheap.high),
        ("widest", dear.high, cheap.low),
    ]
    if language == "zh":
        said = {
            "high": "上限相比",
            "low": "下限相比",
            "across": f"{_plain(dear.name)}的最低價與{_plain(cheap.name)}的最高價相比（差距最小）",
            "widest": f"{_plain(dear.name)}的最高價與{_plain(cheap.name)}的最低價相比（差距最大）",
        }
        lines = [
            f"案例所列參考價格：{cheap.name}約 {format_figure(cheap.low)}–{format_figure(cheap.high)} 萬元；"
            f"{dear.name}約 {format_figure(dear.low)}–{format_figure(dear.high)} 萬元 {cited}。"
        ]
        for end, big, small in pairs:
            times = format_figure(big / small)
            lines.append(
                f"{said[end]}：{format_figure(big)} 萬元是 {format_figure(small)} 萬元的 {times}倍，"
                f"高出 {format_figure(big - small)} 萬元。"
            )
        lines.append(_PRICE_NOTE["zh"])
        return "".join(lines)
    said = {
        "high": "Upper ends",
        "low": "Lower ends",
        "across": f"The {_plain(dear.name_en)}'s lowest against the {_plain(cheap.name_en)}'s highest "
        "(the least apart)",
        "widest": f"The {_plain(dear.name_en)}'s highest against the {_plain(cheap.name_en)}'s lowest (the most apart)",
    }
    lines = [
        f"The worked case's reference prices: {cheap.name_en} about {_nt_dollars(cheap.low)} to "
        f"{_nt_dollars(cheap.high)}; {dear.name_en} about {_nt_dollars(dear.low)} to {_nt_dollars(dear.high)} "
        f"{cited}."
    ]
    for end, big, small in pairs:
        lines.append(
            f"{said[end]}: {_nt_dollars(big)} is {format_figure(big / small)} times {_nt_dollars(small)}, "
            f"{_nt_dollars(big - small)} more."
        )
    lines.append(_PRICE_NOTE["en"])
    return " ".join(lines)


def render_price_per_compute(case: Clause, devices: Sequence[ReferenceDevice], language: Language) -> str:
    """The worked case's price for one machine divided by its device's compute ("Using the document's price range for
    the one-H100 inference server and the H100's stated TFLOPS, what's the implied cost per TFLOPS?": 120 萬 ÷ 48 =
    2.5 萬, 150 萬 ÷ 48 = 3.125 萬 per TFLOPS); "" where the case gives no price or device. The case prices one server
    with one card."""
    dear = max(case.prices, key=lambda p: p.high) if case.prices else None
    if dear is None or not devices:
        return ""
    device, cited = devices[0], f"[{case.id}]"
    unit, each = tera_unit(device.family), format_figure(device.value)
    low, high = dear.low / device.value, dear.high / device.value

    def wan(value: float) -> str:  # 萬元 to four places: 3.125 萬, not 3.12
        return f"{value:,.4f}".rstrip("0").rstrip(".")

    if language == "zh":
        return (
            f"依案例參考價格，{_plain(dear.name)}每台約 {format_figure(dear.low)}–{format_figure(dear.high)} 萬元，"
            f"配 1 張 {device.names[0]}（{each} {unit}）{cited}：{format_figure(dear.low)} ÷ {each} ≈ {wan(low)} 萬元、"
            f"{format_figure(dear.high)} ÷ {each} ≈ {wan(high)} 萬元，即每 {unit} 約 {low * 10_000:,.0f}–"
            f"{high * 10_000:,.0f} 元。{_PRICE_NOTE['zh']}"
        )
    return (
        f"At the worked case's reference price of about {_nt_dollars(dear.low)} to {_nt_dollars(dear.high)} for one "
        f"{_plain(dear.name_en)} with one {device.names[0]} ({each} {unit}) {cited}, that is about "
        f"NT${low * 10_000:,.0f} ({wan(low)} 萬) to NT${high * 10_000:,.0f} ({wan(high)} 萬) per {unit}. "
        f"{_PRICE_NOTE['en']}"
    )


def render_case_total(
    case: Clause,
    machines: int,
    devices: Sequence[ReferenceDevice],
    price: bool,
    compute: bool,
    language: Language,
    compared: Sequence[tuple[Clause, Threshold]] = (),
) -> str:
    """What several machines of a worked case's make come to, as the question asks it: the dearer server's price range
    and the case device's compute, each times the machines ("買三台跟案例同規格的推論伺服器，總預算區間？三台的 H100
    算力加起來？": 3 × 120–150 = 360–450 萬元, 3 × 48 = 144 TFLOPS). The case prices one server with one card."""
    dear = max(case.prices, key=lambda p: p.high) if case.prices else None
    cited = f"[{case.id}]"
    lines: list[str] = []
    if price and dear is not None:
        low, high = machines * dear.low, machines * dear.high
        if language == "zh":
            lines.append(
                f"依案例參考價格，{dear.name}每台約 {format_figure(dear.low)}–{format_figure(dear.high)} 萬元，"
                f"{machines} 台約 {format_figure(low)}–{format_figure(high)} 萬元 {cited}。"
            )
        else:
            lines.append(
                f"At the worked case's reference price of about {_nt_dollars(dear.low)} to {_nt_dollars(dear.high)} "
                f"for one {_plain(dear.name_en)}, {machines} of them come to about {_nt_dollars(low)} to "
                f"{_nt_dollars(high)} {cited}."
            )
    for device in devices if compute else []:
        unit, each = tera_unit(device.family), format_figure(device.value)
        total = format_figure(machines * device.value)
        if language == "zh":
            lines.append(
                f"每台 1 張 {device.names[0]}（{each} {unit}），{machines} 台合計 {machines} × {each} = {total} {unit} "
                f"{cited}；政策的算力門檻是就單一伺服器或裝置而定，並未規定可將多台合併計算。"
            )
        else:
            lines.append(
                f"With one {device.names[0]} ({each} {unit}) in each, {machines} of them come to {machines} × {each} = "
                f"{total} {unit} {cited}; the policy states its compute thresholds for one server or device and does "
                f"not say machines may be added up."
            )
        # "拿這個合計對照訓練伺服器門檻還差多少？": the sum against the threshold named (144 against 180: 36 short).
        for item, threshold in compared:
            if threshold.family != device.family:
                continue
            gap = format_figure(abs(machines * device.value - threshold.value))
            below = machines * device.value < threshold.value
            name = item_name(item.title if language == "zh" else item.title_en or item.title)
            if language == "zh":
                lines.append(
                    f"合計 {total} {unit} 比{name}的門檻 {format_figure(threshold.value)} {unit} "
                    f"{'少' if below else '多'} {gap} {unit} [{item.id}]。"
                )
            else:
                lines.append(
                    f"The {total} {unit} together is {gap} {unit} {'below' if below else 'above'} the "
                    f"{format_figure(threshold.value)} {unit} threshold of {name} [{item.id}]."
                )
    if lines and price:
        lines.append(_PRICE_NOTE[language])
    return ("" if language == "zh" else " ").join(lines)


def render_case_budget(case: Clause, counts: Sequence[tuple[PriceRange, int]], language: Language) -> str:
    """Machines of the worked case's kinds, each counted, priced at the case's ranges and added up ("two ordinary
    2-CPU servers plus one H100 inference server: the total budget range?" 2 × 10–25 + 1 × 120–150 = 140–200 萬)."""
    low = sum(n * p.low for p, n in counts)
    high = sum(n * p.high for p, n in counts)
    cited = f"[{case.id}]"
    if language == "zh":
        each = "；".join(
            f"{n} 台{p.name}約 {n} × {format_figure(p.low)}–{format_figure(p.high)} = "
            f"{format_figure(n * p.low)}–{format_figure(n * p.high)} 萬元"
            for p, n in counts
        )
        total = f"{format_figure(low)}–{format_figure(high)} 萬元"
        return f"依案例參考價格：{each}；合計約 {total} {cited}。{_PRICE_NOTE['zh']}"
    each = "; ".join(
        f"{n} × {_plain(p.name_en)} at {_nt_dollars(p.low)} to {_nt_dollars(p.high)} = "
        f"{_nt_dollars(n * p.low)} to {_nt_dollars(n * p.high)}"
        for p, n in counts
    )
    return (
        f"At the worked case's reference prices: {each}; together about {_nt_dollars(low)} to {_nt_dollars(high)} "
        f"{cited}. {_PRICE_NOTE['en']}"
    )
