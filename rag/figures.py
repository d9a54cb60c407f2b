"""Extract the compute and model-size figures that a purchase description states.

Two deterministic, regex-based extractors feed the tax-credit guardrails:

* ``extract_compute`` finds throughput figures such as "312 TFLOPS (FP16)",
  "45,000 GFLOPS", "1.8×10¹⁴ FLOPS", "INT8 26 TOPS" or "每秒180兆次浮點運算",
  converts them to tera units (TFLOPS / TOPS), tags an adjacent precision, and
  multiplies per-unit figures by a stated unit count ("兩張 GPU，每張 25 TFLOPS",
  "4 x 30 TFLOPS", "2 cards at 25 TFLOPS each").
* ``extract_parameters`` finds model sizes such as "7B", "Llama-3-70B",
  "1.5 billion parameters" or "70 億參數".

Deliberately ignored: memory and bandwidth ("80GB", "3.35TB/s"), units with no
number ("GFLOPS 等級"), unit-like word endings ("laptops", "STOPS"), named devices
without a stated figure ("8 張 H100" — another module maps names to figures),
money ("營收 5 億元", "$1.5B", "1.2B USD"), token and row counts ("2T tokens",
"1B rows") and version numbers ("Qwen2.5"). Large-number words (億, billion, …)
count as parameters only next to a parameter/model word, and bare "7B"-style
sizes only next to such a word or attached to a model name. 兆 is read as 10^12
(Taiwan usage). No thresholds or policy are applied here.
"""

import math
import re
from collections.abc import Iterator, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

Family = Literal["FLOPS", "OPS"]


def tera_unit(family: Family) -> str:
    """The unit a family's figures are given in, in tera units: TFLOPS or TOPS."""
    return "TFLOPS" if family == "FLOPS" else "TOPS"


def from_tera(value: float, unit: str) -> float:
    """A figure in tera units (TFLOPS, TOPS) in ``unit`` of the same kind, by its prefix: 180 TFLOPS is 180,000
    GFLOPS, 0.18 PFLOPS."""
    return _tidy(value * 10.0 ** (12 - _PREFIX_EXP[unit[0].lower()]))


# How a figure that is not the rating was come by (ComputeFigure.unrated).
Unrated = Literal["measured", "overclocked", "claimed"]


class ComputeFigure(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    value: float
    family: Family
    per_unit: float | None
    count: int | None
    precision: str | None
    span: str
    # One card's, chip's or module's figure: given per unit with no count ("48 TFLOPS per card"), or with no count and
    # a component word beside it ("2 TOPS modules", "一張卡 20 TFLOPS"). How many such cards a threshold takes can be
    # worked out from it (rag.threshold.cards_needed). Not a machine's ("每台 1.5 TOPS"): machines do not add up to one.
    one_card: bool = False
    # Measured rather than rated: "our in-house benchmark shows 6 TOPS", "實測 6 TOPS". Review goes by the vendor's
    # spec sheet, so beside a rated figure of the same family a measured one does not decide (rag.guardrails).
    measured: bool = False
    # How a figure that is not the rating was come by: measured, reached by overclocking ("超頻後可到 185 TFLOPS"),
    # or only claimed in a sales pitch ("the vendor's sales rep says it does 50 TFLOPS").
    unrated: Unrated = "measured"


class ParameterFigure(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    value: float
    span: str
    clause: str | None = None  # the policy clause that states it, for a model the policy itself sizes (Sora)
    # A size given only as a bound ("well under 1B parameters", "不到 10 億參數"): the model is below (or above) it,
    # its own size unsaid; ``bound_said`` is the word as written ("under", "不到").
    bound: Literal["below", "above"] | None = None
    bound_said: str = ""

    @property
    def said(self) -> str:
        """The size as the question put it, its bound word with it ("under 1B", "不到10 億")."""
        span = self.span.strip()
        if not self.bound_said:
            return span
        return (
            f"{self.bound_said}{span}" if re.match(r"[\u3400-\u9fff]", self.bound_said) else f"{self.bound_said} {span}"
        )


# --------------------------------------------------------------------- shared

# Full-width ASCII (０-９, Ａ-Ｚ, （）, ＄, …) and the ideographic space map 1:1 onto
# ASCII, so offsets into the normalised text are offsets into the input. The
# full-width comma stays: it separates clauses, never thousands.
FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if c != 0xFF0C} | {0x3000: 0x20}
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_NUM = "[零一二兩三四五六七八九十百千]+"
_CN_COUNT = "[一二兩三四五六七八九十]+"
_CN_DIGITS = dict(zip("零一二三四五六七八九", range(10), strict=True)) | {"兩": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
# The counts one to ten as words, read here and written by the answers (rag.threshold.render_tally).
EN_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_EN_COUNTS = {w: i for i, w in enumerate(EN_NUMBER_WORDS, 1)} | {
    "a pair of": 2,
    "pair of": 2,
    "dual": 2,
    "twin": 2,
    "a couple of": 2,
}
# A figure's number must not continue a token such as "H100", "FP16", "1.5" or "1,979".
_NUM_START = r"(?<![0-9A-Za-z_^])(?<![0-9][.,])"

_CLAUSE_SEP = re.compile(r"[，,;；。、！？!?\n]")
_SENTENCE_END = re.compile(r"[。！？；;!?\n]|\.(?=\s+[A-Z]|\s*$)")  # "12.5" and "..." do not end one
_PAREN_GAP = re.compile(r"\s*\(\s*")


# Numbers written in words before a unit of compute or a model size ("one hundred eighty-five TFLOPS", "一百八十五
# TFLOPS", "seven billion parameters"): read as digits before the figures are looked for (spelled_figures).
_EN_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen"
).split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_WORD_VALUE = {w: i for i, w in enumerate(_EN_SMALL)} | {w: 20 + 10 * i for i, w in enumerate(_EN_TENS)}
_EN_WORD = rf"(?:{'|'.join(sorted([*_EN_WORD_VALUE, 'hundred', 'thousand'], key=len, reverse=True))})"
_SPELLED_BEFORE = r"(?=\s*-?\s*(?:(?:kilo|mega|giga|tera|peta|[kmgtp])?\s?(?:flops|ops)(?![a-z])|billion\b|million\b))"
_SPELLED_EN = re.compile(rf"\b{_EN_WORD}(?:(?:\s+and\s+|[\s-]+){_EN_WORD})*\b{_SPELLED_BEFORE}", re.IGNORECASE)
_SPELLED_CN = re.compile(
    r"(?<![零一二兩三四五六七八九十百千萬億])[零一二兩三四五六七八九十百千]+(?=\s*(?:tera|giga|peta|[kmgtp])?\s?(?:flops|ops)(?![a-z]))",
    re.IGNORECASE,
)


def _en_words_value(words: str) -> int:
    """The number English words spell: "one hundred eighty-five" is 185, "two thousand and forty" 2,040."""
    total = current = 0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word in _EN_WORD_VALUE:
            current += _EN_WORD_VALUE[word]
    return total + current


def spelled_figures(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with the numbers spelled out before a compute unit or a model size written as digits ("one hundred
    eighty-five TFLOPS" → "185 TFLOPS", "一百八十五 TFLOPS" → "185 TFLOPS"), and each rewrite as (written, read as)."""
    rewrites: list[tuple[str, str]] = []

    def english(match: re.Match[str]) -> str:
        read = str(_en_words_value(match.group(0)))
        rewrites.append((match.group(0), read))
        return read

    def chinese(match: re.Match[str]) -> str:
        read = str(_cn_int(match.group(0)))
        rewrites.append((match.group(0), read))
        return read

    return _SPELLED_CN.sub(chinese, _SPELLED_EN.sub(english, text)), rewrites


def _cn_int(numeral: str) -> int:
    total = digit = 0
    for ch in numeral:
        if ch in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        else:
            digit = _CN_DIGITS[ch]
    return total + digit


def _number(token: str) -> float:
    return float(token.replace(",", "")) if token[0].isdigit() else float(_cn_int(token))


# Count words that only the device reader meets ("單張", "a single H100", "sixteen GPUs").
_COUNT_ALIASES = {"單": 1, "雙": 2, "a": 1, "an": 1, "single": 1, "sixteen": 16}


def count_of(token: str) -> int:
    """A unit count written as digits, Chinese numerals ("兩", "十二") or English words ("eight", "a pair of")."""
    word = token.lower()
    return _EN_COUNTS.get(word) or _COUNT_ALIASES.get(word) or int(_number(token))


def _tidy(value: float) -> float:
    """Drop binary noise from unit conversion (45000 * 1e-3 -> 45.0)."""
    return float(f"{value:.12g}")


def _clause_before(text: str, start: int, floor: int, width: int) -> str:
    return _CLAUSE_SEP.split(text[max(floor, start - width) : start])[-1]


def _clause_after(text: str, end: int, ceiling: int, width: int) -> str:
    return _CLAUSE_SEP.split(text[end : min(ceiling, end + width)])[0]


def _is_restatement(text: str, prev: tuple[int, float] | None, start: int, value: float) -> bool:
    """True for "10億(1B)": the same quantity repeated in parentheses right after."""
    if prev is None:
        return False
    prev_end, prev_value = prev
    return math.isclose(prev_value, value, rel_tol=1e-9) and bool(_PAREN_GAP.fullmatch(text, prev_end, start))


# -------------------------------------------------------------------- compute

_SCI = (
    r"[eE][+-]?\d+"  # 1.8e14, 1.8E+14
    r"|\s*[x×*]\s*10\s*(?:\^|\*\*)\s*[+-]?\d+"  # 1.8 x 10^14
    r"|\s*[x×*]\s*10[⁺⁻]?[⁰¹²³⁴-⁹]+"  # 1.8×10¹⁴
)
_COMPUTE_RE = re.compile(
    r"(?<![0-9A-WYZa-wyz_^])(?<![0-9][.,])"  # like _NUM_START, but "4x30 TFLOPS" is allowed
    rf"(?P<num>{_NUM})(?P<exp>{_SCI})?\s*-?"  # "a 2-TFLOPS laptop": the figure as an adjective
    r"(?:(?P<cn>萬|億)\s*)?"  # "18 萬 GFLOPS": 180,000 GFLOPS
    r"(?P<prefix>kilo|mega|giga|tera|peta|exa|[kmgtpe])?[\s-]?"
    r"(?P<unit>flop(?:s|/s)|ops)(?![a-z])",  # "laptops"/"STOPS" never follow a number directly
    re.IGNORECASE,
)
_CN_UNIT_EXP = {"萬": 4, "億": 8}
_PREFIX_EXP = dict(zip("kmgtpe", (3, 6, 9, 12, 15, 18), strict=True))  # keyed by first letter: "tera" -> 12
_TIMES_TEN_RE = re.compile(r"^\s*[x×*]\s*10\s*(?:\^|\*\*)?\s*")  # the "x 10^" before an exponent
_CN_COMPUTE_RE = re.compile(
    # Words may stand between "每秒" and the figure: "每秒大約可以做 4 兆次運算".
    rf"每秒\s*[^\d。，,；;？?！!]{{0,8}}?\s*(?P<num>{_NUM})\s*"
    r"(?P<mult>萬億|兆|千億|億)\s*次?\s*(?P<float>浮點)?\s*(?:運算|計算)"
)
_CN_MULT_EXP = {"萬億": 12, "兆": 12, "千億": 11, "億": 8}

_PRECISION_RE = re.compile(r"(?<![a-z0-9])(?:fp-?(?:64|32|16|8)|int-?[48]|tf32|bf16|bfloat16)(?![0-9])", re.I)

# Unit counts: "兩張", "8 張", "共 4 卡", "4 GPUs", "the 4 H100 GPUs", "2 cards", "an 8-GPU box".
_COUNTER = r"(?:[張片顆塊臺組套卡]|台(?![灣幣北中南])|個(?![月人]))"
_UNIT_NOUN = r"(?:cards?|gpus?|chips?|units?|boards?|accelerators?|modules?|devices?|npus?|tpus?)(?![a-z])"
_COUNT_RE = re.compile(
    r"(?!(?<=(?-i:[A-Z])\s)\d{3})"  # a series name's number is a model, not a count: "RTX 4090 cards"
    # A number hyphened to a name is the model's, not a count: "Hailo-8 module".
    rf"(?:(?<![每單第數幾A-Za-z0-9.])(?<![A-Za-z]-)(?P<cn>\d+|{_CN_COUNT})\s*{_COUNTER}"
    rf"|(?<![A-Za-z0-9_.])(?<![A-Za-z]-)(?P<en>\d+|{'|'.join(_EN_COUNTS)})(?:\s+|-)(?:[a-z0-9][a-z0-9.-]*\s+){{0,2}}{_UNIT_NOUN}"
    r"|(?<![A-Za-z0-9_.])(?P<xn>\d+)\s*[x×]\s*(?=[A-Za-z])"  # "4x NVIDIA L40S"
    r"|(?:GPUs?|NPUs?|TPUs?|cards?|卡)\s*[x×]\s*(?P<yn>\d+)(?![0-9.]))",  # "GPU ×8"
    re.IGNORECASE,
)
_TIMES_BEFORE_RE = re.compile(  # "4 x " / "4× " / "8 張 x " right before the figure
    rf"(?<![A-Za-z0-9.,])(?P<n>\d+|{_CN_COUNT})\s*(?:{_COUNTER}\s*|{_UNIT_NOUN}\s*)?[x×*]\s*$", re.I
)
_TIMES_AFTER_RE = re.compile(  # " x 4" / " × 8 張" right after the figure
    rf"\s*[x×*]\s*(?P<n>\d+|{_CN_COUNT})(?![0-9.])(?:\s*{_COUNTER}|\s+{_UNIT_NOUN})?", re.I
)
_PER_UNIT_BEFORE_RE = re.compile(
    rf"每\s*(?:[張片顆塊台臺組個套卡]|gpu|npu|晶片)|單\s*[張卡顆片台臺塊]|(?<=[張片顆塊卡台臺組套部])\s*各\s*"
    r"|各\s*(?:標示?|標註|寫|列|為|是|有|達|約)"  # "2 張加速卡，規格書各標 60 TFLOPS"
    rf"|(?<![a-z])(?:each|per[\s-]+{_UNIT_NOUN})",  # "兩張各 24 TFLOPS 的 GPU"
    re.I,
)
_PER_UNIT_AFTER_RE = re.compile(  # a precision tag may sit in between: "82.6 TFLOPS FP32 each"
    rf"(?:\s*\(?\s*{_PRECISION_RE.pattern}\s*\)?)?"
    rf"\s*(?:each|apiece|per[\s-]+{_UNIT_NOUN}|/\s*(?:{_UNIT_NOUN}|[張片顆塊台臺卡]))",
    re.I,
)
_TOTAL_WORDS = r"合計|總計|共計|總算力|總共|加總|加起來|in total|total|combined|aggregate"
_TOTAL_RE = re.compile(_TOTAL_WORDS, re.I)
# A sum over several machines, said before or after its figure: "Together that's 20 TOPS", "(60 TFLOPS if you
# add both)", "兩台加總 60 TFLOPS".
_SUM_WORDS = (
    rf"{_TOTAL_WORDS}|together|if you add|added up|add(?:ing)? (?:both|them|all)|as (?:one|a single)\b"
    r"|合起來|合併|一起算"
)
_SUM_OVER_MACHINES_RE = re.compile(_SUM_WORDS, re.I)
_SUM_AFTER_RE = re.compile(rf"\s*\(?\s*(?:{_SUM_WORDS})", re.I)
# Whole machines, as opposed to the cards and chips inside one: a threshold applies to each machine, so a
# per-machine figure is not multiplied by the number of machines, and a total over machines is no machine's.
_MACHINE_WORDS = r"units?|devices?|nodes?|boxes|box|servers?|machines?|systems?|stations?|gateways?|cameras?"
_MACHINE_RE = re.compile(rf"[台臺組套]|\b(?:{_MACHINE_WORDS})\b", re.I)
_MACHINE_AFTER_EACH_RE = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_MACHINE_WORDS})\b", re.I)  # "each (edge) camera"
_COMPONENT_NOUN = r"(?:cards?|gpus?|npus?|tpus?|chips?|modules?|accelerators?)"  # what sits inside one machine
_COMPONENT_RE = re.compile(rf"[張片顆塊卡]|晶片|加速棒|運算棒|\b{_COMPONENT_NOUN}\b", re.I)
# A card named right after its figure: "標 0.6 TOPS 的 USB AI 加速棒", "0.6 TOPS USB accelerator".
_COMPONENT_AFTER_RE = re.compile(
    rf"\s*(?:的|之)?\s*(?:[A-Za-z0-9]+\s*){{0,3}}(?:加速棒|運算棒|加速卡|顯卡|晶片|{_COMPONENT_NOUN}\b)", re.I
)
# The words naming a threshold, after the figure it sets.
_THRESHOLD_NOUN = r"(?:門檻|標準|要求|規定|下限|(?:threshold|requirement|minimum|cut-?off|bar)\b)"
# A figure named as the policy's threshold ("meet the 45 TFLOPS requirement", "5 TOPS 的門檻"): no machine's.
# An item's word may stand between: "the 45 TFLOPS inference bar", "180 TFLOPS training-server threshold".
# Or as the condition to count: "算力要 50 TOPS 以上才算" ("才": only then; not "6 TOPS 就可以申請嗎", a machine's),
# or said to be the threshold: "50 TOPS 是下限嗎？".
_THRESHOLD_AFTER_RE = re.compile(
    r"\s*(?:的|之)?\s*(?:(?:inference|training|edge|server|servers|device|devices|hardware|compute|computing|item)"
    rf"[\s-]+){{0,2}}{_THRESHOLD_NOUN}"
    r"|\s*(?:或)?以上\s*才(?:算|可以|能|行|符合|適用|合格|過|夠)"
    r"|\s*(?:是|為)(?:不是)?\s*(?:門檻|下限)",
    re.IGNORECASE,
)
# Words saying the policy needs a figure, and "at least": before a compute figure or a model size, the threshold
# restated (see _THRESHOLD_BEFORE_RE and _PARAM_NEED_BEFORE_RE).
_NEED_WORDS = r"\bneeds?|\brequires?|須|需要?|只要|門檻(?:為|是)"
_AT_LEAST = r"at\s+least|a\s+minimum\s+of|至少"
# A figure the policy is said to need ("the inference server needs 45 TFLOPS", "訓練伺服器須達 180 TFLOPS"): the
# threshold restated, no machine's.
# Or named as the threshold right before it: "推論伺服器門檻 45 TFLOPS 是用 FP16 還是 FP8 算？", "the threshold of
# 5 TOPS".
_THRESHOLD_BEFORE_RE = re.compile(
    rf"(?:{_NEED_WORDS}|\bmust\s+(?:have|reach|be)|門檻|\bthreshold\s+(?:of|is|at|to|now|is\s+now)"
    r"|\brequirement\s+(?:of|is)|(?:至少|最少|最低)(?:要|需要?|須|得)(?:有|達到?)?"
    # A threshold said to be changed: "lowered the inference-server threshold to 10 TFLOPS", "門檻下修為 30 TFLOPS".
    r"|\b(?:lowered|cut|reduced|dropped)\s+to|(?:下修|調降|降低|調整|修正)(?:為|至|到|成))\s*"
    rf"(?:{_AT_LEAST}|達到?|為)?\s*$",
    re.IGNORECASE,
)
# A yes/no question whose subject is the threshold, the figure put as its value: "Is the minimum compute for an AI
# inference application server 180 TFLOPS?", "推論伺服器的最低算力是 180 TFLOPS 嗎？"; also after a colon ("Answer only
# YES or NO: is the compute threshold for the AI inference application server 180 TFLOPS?").
_THRESHOLD_ASKED_RE = re.compile(
    r"(?:^|[.。!！?？:：]\s*)(?:so\s+)?(?:is|was|isn't)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:minimum|required|lowest|threshold|cut-?off"
    r"|compute\s+(?:threshold|floor|minimum|requirement))\b[^.。!！?？]{0,80}$"
    r"|(?:最低算力|最低要求|算力下限|最低門檻)[^。！？?，,]{0,6}(?:是|為)\s*$",
    re.IGNORECASE,
)
# Between two figures of one list: "5 TOPS 跟 5 TFLOPS", "5 TOPS or 5 TFLOPS".
_LISTED_WITH_RE = re.compile(
    r"\s*(?:跟|和|與|或是?|還是|、|,|，|/|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*", re.IGNORECASE
)
# "推論伺服器跟訓練伺服器一樣要 180 TFLOPS 以上", "聽說邊緣設備要 8 TOPS 以上", "既然AI邊緣運算設備的算力要45 TOPS以上":
# what an item or the rules are said to need, "or more" after it; not "我們要買 180 TFLOPS 以上的", a purchase.
_NEEDS_BEFORE_RE = re.compile(
    r"(?:一樣|也|都|規定|據說|聽說|說|伺服器|設備|裝置|主機|項目|的算力)\s*(?:也|都|就|則|卻)?要\s*$"
    # "The AI model training server must deliver 180 TFLOPS or more, am I right?": the threshold put as a claim.
    r"|\b(?:server|device|equipment|item|machine)s?\s+(?:must|needs?\s+to|has\s+to|have\s+to|should)\s+"
    r"(?:deliver|have|reach|provide|offer|hit|achieve|be)\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
_OR_MORE_AFTER_RE = re.compile(r"\s*(?:(?:或)?以上|or\s+(?:more|above|higher|greater)\b)", re.IGNORECASE)
# A figure the text says was measured, not rated: "our in-house benchmark shows 6 TOPS", "we measured 6 TOPS", "實測
# 6 TOPS", "自己跑分跑出 6 TOPS"; after it: "6 TOPS in our own benchmark", "6 TOPS（實測）". Or reached by overclocking
# ("179 TFLOPS，超頻後可到 185 TFLOPS"): no more the vendor's rating than a measurement is.
_OVERCLOCKED_WORDS = r"\bover-?clock(?:ed|ing|s)?\b|超頻"
_OVERCLOCKED_RE = re.compile(_OVERCLOCKED_WORDS, re.IGNORECASE)
# Or only claimed in a sales pitch, beside the spec sheet's figure ("The vendor's sales rep says our inference server
# does 50 TFLOPS, but the official equipment spec sheet lists 42 TFLOPS", blind150-015 had been said to meet 45).
_CLAIMED_WORDS = (
    r"\bsales\s*(?:rep(?:resentative)?s?|person|people|guy|team|pitch|deck|brochure|material)\b|\bsalesman\b"
    r"|\bmarketing\s+(?:materials?|brochures?|decks?|slides?|team|people|says|claims)\b|\badverti[sz](?:ed|ement)\b"
    r"|\b(?:vendor|seller|supplier|maker|manufacturer|they|he|she|rep)\s+(?:also\s+)?claim(?:s|ed)\b|\bboasts?\b"
    r"|業務(?:員|人員|代表)?(?:說|講|表示|宣稱|聲稱|口頭|號稱|保證|提到)|銷售人員|廣告(?:說|寫|上|宣稱|標示)|文宣"
    r"|行銷(?:文宣|資料|簡報|人員)|宣稱|號稱|聲稱|標榜"
)
_CLAIMED_RE = re.compile(_CLAIMED_WORDS, re.IGNORECASE)
# The pitch a figure is said after to come from: "50 TFLOPS according to the sales deck".
_PITCH_RE = re.compile(r"\bsales\b|\bmarketing\b|\bad\b|\badvert|業務|廣告|文宣|行銷", re.IGNORECASE)
_MEASURED_WORDS = (
    r"\bbenchmark(?:s|ed|ing)?\b|\bmeasur(?:ed|es|ing)\b|\b(?:our|own|in-house|internal)\s+(?:\w+\s+)?tests?\b"
    r"|\btested\b|\bprofil(?:ed|ing)\b|實測|測得|測出|量測|測試結果|自行測試|跑分|跑出|壓測|"
    + _OVERCLOCKED_WORDS
    + "|"
    + _CLAIMED_WORDS
)
_MEASURED_BEFORE_RE = re.compile(rf"(?:{_MEASURED_WORDS})", re.IGNORECASE)
_MEASURED_AFTER_RE = re.compile(
    r"\s*[(（]?\s*(?:(?:in|on|from|per|by)\s+(?:our|an?|the)\s+(?:own\s+|in-house\s+|internal\s+)?"
    r"(?:benchmarks?|tests?|testing|measurements?)\b|as\s+measured\b|measured\b|(?:when\s+)?over-?clocked\b"
    r"|實測|測得|量測|跑分|超頻"
    r"|(?:according\s+to|per|in|from)\s+(?:the\s+|their\s+|our\s+)?(?:vendor'?s\s+)?(?:sales|marketing|ad\b|advert)"
    r"|(?:是|為)?(?:業務|廣告|文宣|行銷)(?:說|講|宣稱|寫)的)",
    re.IGNORECASE,
)
# A figure the text only rounds another to: "4,800 GOPS, basically 5 TOPS", "close enough to 5 TOPS", "差不多 5 TOPS".
# Beside an exact figure of the same family it is no machine's figure; alone it is the only figure there is.
_ROUNDED_BEFORE_RE = re.compile(
    r"\b(?:basically|essentially|practically|virtually|pretty\s+much|close\s+enough\s+to|round(?:s|ed)?\s+(?:up\s+)?to)"
    r"\s*$|(?:差不多|幾乎|四捨五入(?:就是|算|為)?|約等於|近似於?)\s*(?:是|等於|有|算)?\s*$",
    re.IGNORECASE,
)
_ROUNDED_AFTER_RE = re.compile(
    r"\s*[,，]?\s*(?:close\s+enough|near\s+enough|more\s+or\s+less|差不多)(?!\s*(?:to\b|是|等於))", re.I
)
# A figure of one of several parts of one machine: "one rated 20 TFLOPS and one rated 22 TFLOPS", "the other at 22
# TFLOPS", "一張 20 TFLOPS、另一張 22 TFLOPS". Where their sum is asked, the machine's figure is the sum.
_PART_BEFORE_RE = re.compile(
    r"(?:\b(?:one|the other|another|the (?:first|second|third)|a second)\b|\b(?:card|gpu|chip|npu)\s+[A-Z]\b"
    r"|(?:另一?|第[一二三])\s*[張顆片塊個]|^\s*一\s*[張顆片塊]|(?<![A-Za-z])[A-Z]\s*[卡晶])[^,，;；。]{0,20}$",
    re.IGNORECASE,
)
# A card added beside another in one machine: "one GPU rated 26 TFLOPS plus two GPUs rated 9.5 TFLOPS each", "一張
# 26 TFLOPS 的卡，外加兩張 9.5 TFLOPS": the machine's figure is their sum.
_PLUS_BEFORE_RE = re.compile(
    r"(?:\bplus\b|\balong\s+with\b|外加|另加|加上|再加上?|加裝|外接)[^,，;；。]{0,30}$", re.IGNORECASE
)
_FLEET_TOTAL_BEFORE_RE = re.compile(  # "30 台合計 60 TOPS": a machine count, then a sum word, right before
    rf"(?:\d+|{_CN_COUNT})\s*(?:[台臺組套]|{_MACHINE_WORDS})\s*(?:的)?(?:{_SUM_WORDS})\s*(?:約|達|為|of|is|=|:)?\s*$",
    re.I,
)

# A count of cards like one whose figure the text gave before, with no figure of its own: "1張 H100（48 TFLOPS）…
# 改配2張一樣的卡", "one card at 48 TFLOPS … with two of the same cards", "再加兩張同樣的卡", "two more such GPUs".
_SAME_CARDS_RE = re.compile(
    rf"(?P<add>再加裝?|加裝|加購|多加|再多?買|增加|add(?:ing)?\s+)?"
    rf"(?:(?<![每單第數幾A-Za-z0-9.])(?P<cn>\d+|{_CN_COUNT})\s*[張片顆塊]\s*(?:一樣|同樣|相同|同款|同型號?)的?\s*"
    r"(?:卡|GPU|顯卡|加速卡|晶片)"
    rf"|(?<![A-Za-z0-9_.])(?P<en>\d+|{'|'.join(_EN_COUNTS)})\s+(?P<more>more\s+)?(?:of\s+)?(?:the\s+|those\s+|these\s+)?"
    rf"(?:same|identical|such)\s+(?:[a-z0-9][a-z0-9-]*\s+)?{_COMPONENT_NOUN}(?![a-z]))",
    re.IGNORECASE,
)

# How many machines a text names whose figure it gives each ("2 nodes, each node has 8 GPUs", "兩台伺服器，每台 100
# TFLOPS"): the count with its machine word, then a word saying each machine's.
_MACHINE_COUNT_RE = re.compile(
    rf"(?<![每單第數幾A-Za-z0-9.])(?:(?P<cn>\d+|{_CN_COUNT})\s*(?:[台臺組套部]|個?節點)"
    rf"|(?P<en>\d+|{'|'.join(_EN_COUNTS)})[\s-]+(?:of\s+(?:the|those|these)\s+)?"
    r"(?:[a-z][\w-]*\s+|\d[\d.,]*\s*-?[KMGTP]?(?:FLOPS|OPS)\s+){0,2}?"
    r"(?:nodes|servers|machines|systems|boxes)\b)",
    re.IGNORECASE,
)
_EACH_MACHINE_RE = re.compile(
    r"每\s*(?:[台臺組套部]|個?節點|個?伺服器)|\beach(?:\s+of\s+them|\s+(?:[\w-]+\s+)?(?:node|server|machine|system|box))\b"
    r"|\bper\s+(?:node|server|machine|system|box)\b|\b(?:nodes|servers|machines|systems|boxes),?\s+each\b"
    # "two 25 TFLOPS servers", "兩台 25 TFLOPS 的伺服器": the figure said of the machines counted is each one's.
    r"|(?<=\s)\d[\d.,]*\s*-?[KMGTP]?(?:FLOPS|OPS)\s+(?:[\w-]+\s+)?(?:nodes|servers|machines|systems|boxes)\b"
    r"|(?<=[台臺部])\s*\d[\d.,]*\s*[KMGTP]?(?:FLOPS|OPS)"
    # "兩台各 30 TFLOPS", "two inference servers of 30 TFLOPS each"
    r"|(?<=[台臺部組套])\s*各|\b(?:nodes|servers|machines|systems|boxes)\s+(?:of|at|rated(?:\s+at)?)\s+\d[\d.,]*\s*"
    r"[KMGTP]?(?:FLOPS|OPS)\s+each\b",
    re.IGNORECASE,
)
# A sum asked over the machines, as the text asks it: "Does the combined compute clear…", "合計是否達標".
_SUM_ASKED_RE = re.compile(
    rf"{_SUM_WORDS}|in all|all together|altogether|together|as a whole|as (?:one|a single) (?:computing )?system"
    r"|總和|一起算|合起來|整體|(?:視為|當成|當作)(?:一台|一套|同一套|一個|單一)|合併|加總|\bcombin(?:e|ed|ing)\b"
    r"|\bpool(?:ed|ing)?\b|\bcluster(?:ed|ing)?\b|\bas one\b",
    re.I,
)


_MONEY_AFTER_RE = re.compile(
    r"[^。？?！!；;，,.]{0,8}?(?:多少錢|幾萬|金額|費用|價格|價錢|花費|要花|cost|price|spend|pay|NT\$|\$)", re.I
)


def machines_each(text: str) -> int | None:
    """The number of machines ``text`` names, where it gives a figure of each and asks what they come to together
    ("a cluster of 2 nodes, each node has 8 GPUs at 10 TFLOPS: does the combined compute clear 180?"); else None.

    The checks go by each machine (a threshold is one machine's); this count lets an answer state the sum asked."""
    norm = text.translate(FULLWIDTH)
    each = _EACH_MACHINE_RE.search(norm)
    # Not a sum of money ("3 台總共多少錢？", "how much in total do they cost?"): that adds up prices, not compute.
    if each is None or not any(not _MONEY_AFTER_RE.match(norm, m.end()) for m in _SUM_ASKED_RE.finditer(norm)):
        return None
    window = _MACHINE_COUNT_RE.finditer(norm, max(0, each.start() - 60), each.end())  # "2 nodes, each" overlaps
    counts = [m for m in window if m.start() < each.start()]
    if not counts:
        # Or where the sum is asked ("每台伺服器配2張 H100…。若兩台合計算力又是多少？").
        counts = [
            m
            for m in _MACHINE_COUNT_RE.finditer(norm, each.end())
            if _SUM_ASKED_RE.match(norm[m.end() : m.end() + 12].lstrip(" 的之,，"))
        ][:1]
    n = count_of(counts[-1]["cn"] or counts[-1]["en"]) if counts else 0
    return n if n > 1 else None


def machines_counted(text: str) -> int | None:
    """The number of machines ``text`` says it buys ("三台跟案例同規格的推論伺服器", "three such servers"), where it is
    two or more; else None. Whether their figures are to be added up is for the caller to read."""
    counts = [count_of(m["cn"] or m["en"]) for m in _MACHINE_COUNT_RE.finditer(text.translate(FULLWIDTH))]
    return next((n for n in counts if n > 1), None)


# Another count of the same cards, asked after a check of so many: "…would three cards reach the training server bar?
# What about four?", "how about 5 GPUs?", "那四張呢？", "換成 6 張的話呢？".
_OTHER_COUNT_RE = re.compile(
    rf"\b(?:what|how)\s+about\s+(?:with\s+)?(?P<en>\d+|{'|'.join(_EN_COUNTS)})(?:\s+(?:of\s+them|{_UNIT_NOUN}))?\s*\?"
    rf"|(?:那|如果是?|換成|改成|改用|若是?)\s*(?P<cn>\d+|{_CN_COUNT})\s*{_COUNTER}\s*(?:的話)?\s*(?:呢|如何|怎樣|怎麼樣)"
    # Fewer than it takes, asked beside how many it takes: "若只裝 3 張又差多少？", "if we only fit three…".
    rf"|(?:若|如果|要是|假如)\s*(?:只|僅)(?:裝|放|插|配|買|用|配置|安裝|採購)?了?\s*(?P<only>\d+|{_CN_COUNT})\s*{_COUNTER}"
    rf"|\bif\s+(?:we|I|you|they)\s+only\s+(?:install|fit|put\s+in|use|buy|have)\s+"
    rf"(?P<only_en>\d+|{'|'.join(_EN_COUNTS)})\b"
    rf"|\bwith\s+only\s+(?P<with_only>\d+|{'|'.join(_EN_COUNTS)})\s+{_UNIT_NOUN}"
    # A count opening a sentence of its own, apart from the card's figure: "…the 48 TFLOPS per H100 that the worked
    # case states. With three cards, does it meet…?", "每張 48 TFLOPS。裝 3 張的話夠嗎？".
    rf"|(?:^|[.?!。？！]\s*)with\s+(?P<opening>\d+|{'|'.join(_EN_COUNTS)})\s+{_UNIT_NOUN}\s*,"
    rf"|(?:^|[.?!。？！，,]\s*)(?:裝|放|插|配|用)\s*(?P<opening_cn>\d+|{_CN_COUNT})\s*{_COUNTER}\s*的話",
    re.IGNORECASE,
)


def other_counts(text: str) -> list[int]:
    """The other numbers of the same card ``text`` asks about after a figure of so many ("What about four?"), in
    order; each is a machine of its own to check."""
    norm = text.translate(FULLWIDTH)
    found = (next(g for g in m.groups() if g) for m in _OTHER_COUNT_RE.finditer(norm))
    return list(dict.fromkeys(count_of(n) for n in found))


# A count right before the words naming a machine: "兩台一般伺服器", "two ordinary 2-CPU servers", "one H100-equipped".
_COUNT_BEFORE_RE = re.compile(
    rf"(?<![A-Za-z0-9.])(?P<n>\d+|{_CN_COUNT}|{'|'.join(_EN_COUNTS)})\s*(?:[台臺組套部]|units?\s+of|x|×)?\s*"
    r"(?:的|具|具備|配備|搭載)?\s*$",
    re.IGNORECASE,
)


def count_named(text: str, words: Sequence[str]) -> int | None:
    """How many of a machine ``text`` counts right before the first of ``words`` naming it; None where no count
    stands there."""
    norm = text.translate(FULLWIDTH)
    found = [m.start() for w in words if (m := re.search(re.escape(w), norm, re.IGNORECASE))]
    if not found:
        return None
    start = min(found)
    before = _COUNT_BEFORE_RE.search(norm[max(0, start - 16) : start])
    return count_of(before["n"]) if before else None


_Raw = tuple[int, int, float, Family]  # start, end, tera value, family


def _exponent(exp: str | None) -> int:
    if not exp:
        return 0
    exp = exp.translate(_SUPERSCRIPT)
    if exp[0] in "eE":
        return int(exp[1:])
    return int(_TIMES_TEN_RE.sub("", exp))


def _raw_compute(text: str) -> Iterator[_Raw]:
    for m in _COMPUTE_RE.finditer(text):
        prefix = (m["prefix"] or "")[:1].lower()
        exponent = _exponent(m["exp"]) + _PREFIX_EXP.get(prefix, 0) + _CN_UNIT_EXP.get(m["cn"] or "", 0)
        family: Family = "FLOPS" if m["unit"][0] in "fF" else "OPS"
        yield m.start(), m.end(), _number(m["num"]) * 10.0 ** (exponent - 12), family
    for m in _CN_COMPUTE_RE.finditer(text):
        family = "FLOPS" if m["float"] else "OPS"
        yield m.start(), m.end(), _number(m["num"]) * 10.0 ** (_CN_MULT_EXP[m["mult"]] - 12), family


def _sentences(text: str) -> list[tuple[int, int]]:
    cuts = sorted({0, len(text), *(m.end() for m in _SENTENCE_END.finditer(text))})
    return list(zip(cuts, cuts[1:], strict=False))


def _sentence_at(position: int, sentences: list[tuple[int, int]]) -> int:
    """The index of the sentence ``position`` falls in."""
    return next(i for i, (s, e) in enumerate(sentences) if s <= position < e)


def _nearest_count(
    counts: list[tuple[int, int, int]], lo: int, hi: int, sentences: list[tuple[int, int]]
) -> tuple[int, int, int] | None:
    """The count closest to text[lo:hi], from its own sentence, else from a neighbouring one."""
    idx = _sentence_at(lo, sentences)
    for group in ((idx,), (idx - 1, idx + 1)):
        ranges = [sentences[j] for j in group if 0 <= j < len(sentences)]
        found = [c for c in counts if any(s <= c[0] < e for s, e in ranges)]
        if found:
            return min(found, key=lambda c: max(lo - c[1], c[0] - hi, 0))
    return None


def _unit_count(
    text: str,
    start: int,
    end: int,
    floor: int,
    ceiling: int,
    counts: list[tuple[int, int, int]],
    sentences: list[tuple[int, int]],
) -> tuple[bool, int | None, int, int, bool]:
    """Whether text[start:end] is a per-unit figure, its unit count, the full span, and whether it is per machine
    (each machine's compute, never multiplied by the number of machines)."""
    if m := _TIMES_BEFORE_RE.search(text, floor, start):
        return True, count_of(m["n"]), m.start(), end, False
    if m := _TIMES_AFTER_RE.match(text, end, ceiling):
        return True, count_of(m["n"]), start, m.end(), False
    clause = _clause_before(text, start, floor, 40)
    markers = list(_PER_UNIT_BEFORE_RE.finditer(clause))
    after = _PER_UNIT_AFTER_RE.match(text, end, ceiling)
    if markers and after and _MACHINE_AFTER_EACH_RE.match(clause, markers[-1].end()):
        # "each node has 8 GPUs rated 10 TFLOPS apiece": the figure is each card's; "each node" says how many
        # cards one machine has.
        markers = []
    if markers and not _TOTAL_RE.search(clause, markers[-1].end()):
        lo, hi = start - len(clause) + markers[-1].start(), end
        marker = markers[-1][0]
    elif after:
        lo, hi = start, after.end()
        marker = after[0]
    else:
        return False, None, start, end, False
    if _MACHINE_RE.search(marker) or (markers and _MACHINE_AFTER_EACH_RE.match(clause, markers[-1].end())):
        return True, None, lo, hi, True  # per machine ("6 台，每台 1.5 TOPS"): each machine has that much
    if _COMPONENT_RE.search(marker):  # per card: the number of cards, not of the machines they sit in
        counts = [c for c in counts if not _MACHINE_RE.search(text[c[0] : c[1]])]
    if "各" in marker:  # "各" looks back: "2 張加速卡，各標 60 TFLOPS，再加 2 張…" counts the cards before it
        counts = [c for c in counts if c[1] <= lo]
    found = _nearest_count(counts, lo, hi, sentences)
    # "5 units, 3 TOPS each"; "two GPU servers, 60 TFLOPS each": the card's word names the machines counted. Not "an
    # 8-GPU box, 20 TFLOPS each" (the cards in one box), nor "each GPU rated 40 TFLOPS" (a card's figure).
    machines_named = bool(
        found
        and "-" not in text[found[0] : found[1]]
        and not _COMPONENT_RE.search(marker)
        and _MACHINE_AFTER_EACH_RE.match(text, found[1])
    )
    if found and (_MACHINE_RE.search(text[found[0] : found[1]]) or machines_named):
        return True, None, lo, hi, True
    if found:
        return True, found[2], min(lo, found[0]), max(hi, found[1]), False
    # "two inference servers of 30 TFLOPS each": machines counted just before, no card between.
    if after and _MACHINE_COUNT_RE.search(_clause_before(text, start, floor, 40)):
        return True, None, lo, hi, True
    return True, None, lo, hi, False


def _unrated(said: str) -> Unrated:
    """How a figure the words ``said`` mark as not the rating was come by."""
    if _OVERCLOCKED_RE.search(said):
        return "overclocked"
    return "claimed" if _CLAIMED_RE.search(said) or _PITCH_RE.search(said) else "measured"


def _precision(text: str, start: int, end: int, floor: int, ceiling: int) -> str | None:
    """The precision tag nearest the figure within ~12 characters of the same clause."""
    before = _clause_before(text, start, floor, 12)
    after = _clause_after(text, end, ceiling, 12)
    options = [(len(before) - m.end(), m[0]) for m in _PRECISION_RE.finditer(before)]
    options += [(m.start(), m[0]) for m in _PRECISION_RE.finditer(after)]
    if not options:
        return None
    tag = min(options, key=lambda o: o[0])[1].upper().replace("-", "")
    return "BF16" if tag == "BFLOAT16" else tag


def at_several_precisions(figures: Sequence[ComputeFigure]) -> bool:
    """Whether ``figures`` are at two precisions or more ("FP16 40 TFLOPS、FP8 80 TFLOPS"; a figure with no precision
    named counts as one more): which of them counts is then the policy's to say, and it names none."""
    return len({f.precision for f in figures}) >= 2


def extract_compute(text: str) -> list[ComputeFigure]:
    """Extract every compute-throughput figure stated in ``text``, in order of appearance.

    Values are totals in tera units (TFLOPS for family FLOPS, TOPS for OPS). A
    figure marked as per unit (每張/單卡/each/per GPU/…, "4 x FIGURE",
    "FIGURE x 4") is multiplied by the nearest stated unit count in its sentence
    (else a neighbouring sentence); ``per_unit`` and ``count`` record the factors.
    Figures introduced by a total word (合計/total/…) are never multiplied.
    A figure named as a threshold is no machine's (see :func:`scan_compute`).
    """
    return scan_compute(text)[0]


def scan_compute(text: str) -> tuple[list[ComputeFigure], list[ComputeFigure]]:
    """The machines' compute figures (:func:`extract_compute`), and the figures ``text`` names as a threshold
    rather than a machine's ("the 45 TFLOPS requirement", "an edge device only needs 1 TOPS"), as stated."""
    norm = text.translate(FULLWIDTH)
    raws = sorted(_raw_compute(norm))
    counts = [
        (m.start(), m.end(), count_of(m["cn"] or m["en"] or m["xn"] or m["yn"]))
        for m in _COUNT_RE.finditer(norm)
        if not any(m.start() < r_end and r_start < m.end() for r_start, r_end, *_ in raws)
    ]
    sentences = _sentences(norm)
    figures: list[ComputeFigure] = []
    claims: list[ComputeFigure] = []  # figures named as a threshold
    claimed: set[int] = set()  # the raw matches read as claims
    sums: set[int] = set()  # figures said to be sums
    per_machine = False
    rounded: set[int] = set()  # figures only said to round another
    parts: set[int] = set()  # figures of one of several parts of one machine
    plus: set[int] = set()  # figures of cards said to be added to the one before ("… plus two GPUs rated …")
    cards: set[int] = set()  # figures of a card, chip or board ("one GPU rated 26 TFLOPS"), not a machine
    compared: set[int] = set()  # figures said to be exceeded or missed ("since it's over 180 TFLOPS")
    seen: set[tuple[int, int]] = set()
    prev: tuple[int, float] | None = None
    by_raw: dict[int, ComputeFigure] = {}  # each figure by the raw match it was read from
    for i, (start, end, tera, family) in enumerate(raws):
        floor = raws[i - 1][1] if i else 0
        if i and (marker := _PER_UNIT_AFTER_RE.match(norm, floor, start)):
            floor = marker.end()  # "20 TFLOPS each (160 TFLOPS total)": that "each" is the previous figure's
        ceiling = raws[i + 1][0] if i + 1 < len(raws) else len(norm)
        if _FLEET_TOTAL_BEFORE_RE.search(_clause_before(norm, start, floor, 20)):
            continue  # "30 台合計 60 TOPS" is the fleet's, not any one device's
        before = _clause_before(norm, start, floor, 20)
        if (
            _THRESHOLD_AFTER_RE.match(norm, end, ceiling)
            or _THRESHOLD_BEFORE_RE.search(before)
            or _THRESHOLD_ASKED_RE.search(norm, max(floor, start - 120), start)
            or (_NEEDS_BEFORE_RE.search(before) and _OR_MORE_AFTER_RE.match(norm, end, ceiling))
            # "門檻 5 TOPS 跟 5 TFLOPS": a figure listed with the threshold just named is one too.
            or (i - 1 in claimed and bool(_LISTED_WITH_RE.fullmatch(norm, raws[i - 1][1], start)))
        ):
            claimed.add(i)
            # "the 45 TFLOPS requirement", "the server needs 45 TFLOPS": the policy's figure, or a claim about it
            claims.append(
                ComputeFigure(
                    value=_tidy(tera), family=family, per_unit=None, count=None, precision=None, span=text[start:end]
                )
            )
            continue
        per_unit, count, lo, hi, each_machine = _unit_count(norm, start, end, floor, ceiling, counts, sentences)
        per_machine = per_machine or each_machine
        value = _tidy(tera * count if count else tera)
        if (lo, hi) in seen or _is_restatement(norm, prev, lo, value):
            continue
        if _SUM_OVER_MACHINES_RE.search(_clause_before(norm, start, floor, 30)) or _SUM_AFTER_RE.match(
            norm, end, ceiling
        ):
            sums.add(len(figures))
        if _ROUNDED_BEFORE_RE.search(_clause_before(norm, start, floor, 30)) or _ROUNDED_AFTER_RE.match(
            norm, end, ceiling
        ):
            rounded.add(len(figures))
        if not count and _PART_BEFORE_RE.search(_clause_before(norm, start, floor, 30)):
            parts.add(len(figures))
        if _PLUS_BEFORE_RE.search(norm[floor:start]) or _PLUS_BEFORE_RE.search(norm[floor:lo]):
            plus.add(len(figures))  # "再加 2 張次階卡，各標 31 TFLOPS": the count starts the span
        if (
            per_unit
            or _COMPONENT_RE.search(_clause_before(norm, start, floor, 20))
            or _COMPONENT_AFTER_RE.match(norm, end, ceiling)
        ):
            cards.add(len(figures))
        if not count and _COMPARED_BEFORE_RE.search(_clause_before(norm, start, floor, 20)):
            compared.add(len(figures))
        seen.add((lo, hi))
        prev = (hi, value)
        beside = norm[max(0, lo - 8) : lo] + " " + norm[hi : hi + 12]
        measured_before = _MEASURED_BEFORE_RE.search(_clause_before(norm, start, floor, 60))
        measured_after = _MEASURED_AFTER_RE.match(norm, end, ceiling)
        by_raw[i] = ComputeFigure(
            value=value,
            family=family,
            per_unit=_tidy(tera) if per_unit else None,
            count=count,
            precision=_precision(norm, start, end, floor, ceiling),
            span=text[lo:hi],
            one_card=not count and not each_machine and (per_unit or bool(_COMPONENT_RE.search(beside))),
            measured=bool(measured_before or measured_after),
            unrated=_unrated(" ".join(m.group(0) for m in (measured_before, measured_after) if m is not None)),
        )
        figures.append(by_raw[i])
    # each machine's figure is stated: a sum over the machines is no machine's compute
    dropped = sums if per_machine else set()
    exact = {f.family for i, f in enumerate(figures) if i not in rounded | dropped}
    dropped |= {i for i in rounded if figures[i].family in exact}
    # A figure compared with, beside one of its family stated outright, is no machine's: "a 200 TFLOPS server … since
    # it's over 180 TFLOPS" (the 180 had been read as a second figure).
    outright = {f.family for i, f in enumerate(figures) if i not in compared | dropped}
    dropped |= {i for i in compared if figures[i].family in outright}
    figures, added = _cards_added(norm, figures, plus - dropped, cards)
    dropped |= added
    figures = _parts_added(norm, [f for i, f in enumerate(figures) if i not in dropped], parts - dropped)
    return figures + _same_cards(norm, text, raws, by_raw, sentences), claims


def _cards_added(
    norm: str, figures: list[ComputeFigure], plus: set[int], cards: set[int]
) -> tuple[list[ComputeFigure], set[int]]:
    """``figures`` with each card said to be added to the one before ("one GPU rated 26 TFLOPS plus two GPUs rated 9.5
    TFLOPS each": 26 + 19 = 45 TFLOPS) summed into that one, where both are ``cards`` of one family and the text
    counts no machines (not "a 200 TFLOPS training server plus a 50 TFLOPS inference server"); and the indices of the
    cards summed into another, to drop."""
    out: list[ComputeFigure] = list(figures)
    added: set[int] = set()
    if machines_counted(norm):
        return out, added
    for i in sorted(plus):
        if not i or {i - 1, i} - cards or out[i - 1].family != out[i].family:
            continue
        before, card = out[i - 1], out[i]
        out[i - 1] = before.model_copy(
            update={
                "value": _tidy(before.value + card.value),
                "per_unit": None,
                "count": None,
                "one_card": False,
                "span": f"{_term(before)} + {_term(card)}",
            }
        )
        added.add(i)
    return out, added


def _term(figure: ComputeFigure) -> str:
    """A card's figure as a term of a sum: "2 × 60 TFLOPS" for so many cards rated each, else as the text said it."""
    if figure.count and figure.per_unit is not None and " + " not in figure.span:
        return f"{figure.count} × {figure.per_unit:g} {tera_unit(figure.family)}"
    return figure.span


def _parts_added(norm: str, figures: list[ComputeFigure], parts: set[int]) -> list[ComputeFigure]:
    """``figures`` with those of the parts of one machine replaced by their sum, where the text asks it ("one rated 20
    TFLOPS and one rated 22 TFLOPS. Even adding both together, does it clear…?": 42 TFLOPS), of two or more parts of one
    family and no count of machines; else as they are."""
    indexed = [(i, f) for i, f in enumerate(figures) if i in parts]
    families = {f.family for _, f in indexed}
    if len(indexed) < 2 or len(families) != 1 or not _SUM_ASKED_RE.search(norm) or machines_counted(norm):
        return figures
    added = ComputeFigure(
        value=_tidy(sum(f.value for _, f in indexed)),
        family=indexed[0][1].family,
        per_unit=None,
        count=None,
        precision=None,
        span=" + ".join(f.span for _, f in indexed),
    )
    first = indexed[0][0]
    return [added if i == first else f for i, f in enumerate(figures) if i == first or i not in parts]


def _same_cards(
    norm: str, text: str, raws: list[_Raw], by_raw: dict[int, ComputeFigure], sentences: list[tuple[int, int]]
) -> list[ComputeFigure]:
    """The total of a count of cards "the same" as one the text gave a figure for before, in a sentence with no
    figure of its own ("1張 H100（48 TFLOPS）。改配2張一樣的卡" → 2 × 48 = 96 TFLOPS). Added cards ("再加兩張同樣的卡",
    "two more such GPUs") join the ones the card's own sentence counts."""
    found = []
    for m in _SAME_CARDS_RE.finditer(norm):
        sentence = sentences[_sentence_at(m.start(), sentences)]
        if any(sentence[0] <= r[0] < sentence[1] for r in raws):
            continue  # the sentence gives its own figure
        last = max((i for i, r in enumerate(raws) if r[1] <= m.start()), default=-1)
        card = by_raw.get(last)
        if card is None:
            continue  # no figure before, or one named as a threshold
        start, _, tera, family = raws[last]
        own = sentences[_sentence_at(start, sentences)]
        if not _COMPONENT_RE.search(norm[own[0] : own[1]]):
            continue  # not a card's figure: machines are each checked, never added up
        each = card.per_unit if card.per_unit is not None else (tera if card.count in (None, 1) else None)
        if each is None:
            continue
        count = count_of(m["cn"] or m["en"])
        if m["add"] or m["more"]:
            count += card.count or 1
        found.append(
            ComputeFigure(
                value=_tidy(each * count),
                family=family,
                per_unit=_tidy(each),
                count=count,
                precision=card.precision,
                span=text[m.start() : m.end()].strip(),
            )
        )
    return found


# ----------------------------------------------------------------- parameters

_MAGNITUDE_EXP = {
    "b": 9, "bn": 9, "billion": 9, "m": 6, "million": 6, "t": 12, "trillion": 12,
    "萬": 4, "百萬": 6, "千萬": 7, "億": 8, "萬億": 12, "兆": 12,
}  # fmt: skip
_PARAM_SUFFIX_RE = re.compile(  # "7B", "1.5 B", "500M", "1.8T", "8x7B"
    rf"{_NUM_START}(?:\d+\s*[x×]\s*)?(?P<num>{_NUM})\s?(?P<mag>[bmt])(?![a-z0-9])", re.I
)
_PARAM_WORD_RE = re.compile(  # "7 billion", "a 500-million-parameter model"
    rf"{_NUM_START}(?P<num>{_NUM})(?:\s*|-)(?P<mag>billion|million|trillion|bn)(?![a-z])", re.I
)
_PARAM_CN_RE = re.compile(rf"(?<![0-9.,數幾])(?P<num>{_NUM}|{_CN_NUM})\s*(?P<mag>萬億|千萬|百萬|億|萬|兆)")
_PARAM_PLAIN_RE = re.compile(  # "7,000,000,000 parameters"
    rf"{_NUM_START}(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?=\s*(?:個?參數|param(?:eter)?s?(?![a-z])))", re.I
)
_PARAM_SCI_RE = re.compile(  # "1e9 params", "參數量 1.3e9": a million to ten trillion, as models are
    rf"{_NUM_START}(?P<num>\d+(?:\.\d+)?)[eE]\+?(?P<exp>[6-9]|1[0-3])(?![0-9A-Za-z])"
)

# "8B 版本", "about 7 billion weights" (a model's weights are its parameters).
_PARAM_CONTEXT_RE = re.compile(
    r"參數|param|模型|model|LLM|語言模型|版本|\bversion\b|\bvariant\b|\bweights\b|權重", re.I
)
_CURRENCY_BEFORE_RE = re.compile(r"(?:\$|(?<![a-z])(?:nt\$?|ntd|usd|us\$|twd|rmb)|新?台幣|美金|美元|人民幣)\s*$", re.I)
_QUANTITY_WORD_BEFORE_RE = re.compile(  # money/storage word immediately before: "預算 1.5 億"
    r"(?:預算|營收|營業額|收入|金額|費用|經費|成本|資本額?|資金|投資|補助|售價|價格|記憶體|容量|儲存|硬碟"
    r"|budget|revenue|cost|price|funding|investment|sales|memory|storage)"
    r"\s*(?:of|is|was|at|約|為|達|共|:)?\s*(?:約|達)?\s*$",
    re.I,
)
_NOT_PARAM_AFTER_RE = re.compile(  # what the quantity counts is not parameters
    r"\s*\+?\s*-?\s*(?:個\s*)?(?:tokens?|詞元|筆|rows?|records?|samples?|images?|documents?|words?|context"
    r"|字|人|名|次|users?|萬?元|新?台幣|美元|美金|人民幣|dollars?|usd|ntd?|twd|rmb|flops?|ops|bytes?|ssd|hdd|/)"
    r"(?![a-z])",
    re.I,
)
_PAREN_AFTER_RE = re.compile(r"\s*\([^()]{0,20}\)")  # "7B (7 billion) parameters": look past the aside
# A model said to be of a size further back than the words near it: "whose core model the vendor says is about 3B",
# "核心模型據原廠說明約 3B".
_MODEL_SAID_TO_BE_RE = re.compile(
    r"(?:\b(?:model|LLM)\b[^.,;:?!]{0,40}\b(?:is|was|has|at)|(?:模型|大語言模型)[^。，,；;：:？?]{0,20}(?:為|是|有|約))"
    r"\s*(?:about|around|roughly|approximately|approx\.?|nearly|~|約|大約|大概)?\s*$",
    re.IGNORECASE,
)
_MODEL_FAMILIES = (
    r"(?:llama|mistral|mixtral|qwen|gemma|falcon|phi|gpt|bloom|baichuan|chatglm|glm|deepseek|internlm|taide|breeze"
    r"|vicuna|yi)"
)
_MODEL_NAME_BEFORE_RE = re.compile(
    r"(?:[a-z][a-z0-9._-]*[-_]"  # hyphen-attached: "Llama-3-", "Qwen2.5-Coder-"
    rf"|(?<![a-z]){_MODEL_FAMILIES}[a-z0-9._-]*(?:\s+v?\d+(?:\.\d+)*)?\s+"  # "Llama 2 ", "Mistral "
    # A model's variant, the size in brackets after it: "BERT-base (", "GPT-2 (".
    r"|(?<![a-z0-9])[a-z][a-z0-9]*-(?:base|large|small|tiny|mini|medium|xl|xxl|instruct|chat|uncased|cased|\d{1,2})"
    r"\s*[(（])$",
    re.I,
)
# Or named right after the size: "a RAG SaaS on a 7B llama", "13B Qwen 模型".
_MODEL_NAME_AFTER_RE = re.compile(rf"\s*{_MODEL_FAMILIES}(?![a-z])", re.I)


def _param_candidates(text: str) -> Iterator[tuple[int, int, float, bool]]:
    """(start, end, value, is_suffix_form) for every size-like quantity."""
    for regex in (_PARAM_SUFFIX_RE, _PARAM_WORD_RE, _PARAM_CN_RE):
        for m in regex.finditer(text):
            exp = _MAGNITUDE_EXP[m["mag"].lower()]
            yield m.start(), m.end(), _number(m["num"]) * 10.0**exp, regex is _PARAM_SUFFIX_RE
    for m in _PARAM_PLAIN_RE.finditer(text):
        yield m.start(), m.end(), _number(m["num"]), False
    for m in _PARAM_SCI_RE.finditer(text):
        yield m.start(), m.end(), float(m["num"]) * 10.0 ** int(m["exp"]), False


def _is_parameter(text: str, start: int, end: int, suffix_form: bool) -> bool | None:
    """Whether the quantity at ``text[start:end]`` is a parameter count: True, False, or None where nothing near it
    says either way (no money or other quantity word, and no word of models either)."""
    before = text[max(0, start - 15) : start]
    if _CURRENCY_BEFORE_RE.search(before) or _QUANTITY_WORD_BEFORE_RE.search(before):
        return False
    if _NOT_PARAM_AFTER_RE.match(text, end):
        return False
    after = aside.end() if (aside := _PAREN_AFTER_RE.match(text, end)) else end
    near = _clause_before(text, start, 0, 15) + " " + _clause_after(text, after, len(text), 15)
    if _PARAM_CONTEXT_RE.search(near):
        return True
    if suffix_form and (
        _MODEL_NAME_BEFORE_RE.search(text, max(0, start - 40), start) or _MODEL_NAME_AFTER_RE.match(text, end)
    ):
        return True
    if suffix_form and _MODEL_SAID_TO_BE_RE.search(text, max(0, start - 60), start):
        return True
    return None


# A model size the policy is said to require ("你說內容生成系統要用 1B 以上的 LLM", "needs an LLM of at least 1B",
# "是否只限用10億參數以上的大語言模型"): the threshold restated, no model's. Both a word of need before it and a word
# of range ("以上", "or more", "at least").
_PARAM_NEED_BEFORE_RE = re.compile(
    rf"(?:{_NEED_WORDS}|\bmust\s+(?:have|use|be)|要用|須用|需使用|須使用|限用|限定|限於|只限|僅限|只有(?:使用|採用|用)"
    # A claim of a condition: "qualifies only if it uses an LLM with at least 1B parameters".
    r"|\bonly\s+(?:if|when)\s+(?:it|they|you|we|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:uses?|runs?|has|have)"
    r"|\bunless\s+(?:it|they)\s+(?:uses?|runs?|has|have))\s*"
    rf"(?:(?:an?|the)\s+)?(?:(?:LLM|model|大語言模型|模型)\s*(?:of|with)?\s*)?(?P<least>{_AT_LEAST})?\s*$",
    re.IGNORECASE,
)
_PARAM_RANGE_AFTER_RE = re.compile(
    r"\s*(?:參數|parameters?)?\s*(?:\+|以上|或以上|or\s+more|or\s+larger|or\s+above|and\s+up)", re.IGNORECASE
)


# Or named as the threshold right after it, the model between: "because of the 1B LLM requirement", "1B 參數門檻".
_PARAM_THRESHOLD_AFTER_RE = re.compile(
    r"[\s-]*(?:parameters?|params?|參數)?\s*(?:LLM|model|大語言模型|語言模型|模型)?\s*(?:的|之)?\s*"
    rf"(?:{_THRESHOLD_NOUN}|rule\b)",
    re.IGNORECASE,
)


def _restates_threshold(text: str, start: int, end: int) -> bool:
    need = _PARAM_NEED_BEFORE_RE.search(text, max(0, start - 50), start)
    after = aside.end() if (aside := _PAREN_AFTER_RE.match(text, end)) else end  # "10億(1B)以上"
    if _PARAM_THRESHOLD_AFTER_RE.match(text, after):
        return True
    return need is not None and bool(need["least"] or _PARAM_RANGE_AFTER_RE.match(text, after))


# A figure a stated one is compared with ("a 0.8B model, below 1B", "a 200 TFLOPS server … since it's over 180
# TFLOPS"): the word just before it.
_COMPARED_BEFORE_RE = re.compile(
    r"(\b(?:below|under|less\s+than|fewer\s+than|short\s+of|shy\s+of|smaller\s+than|over|above|more\s+than|"
    r"larger\s+than|bigger\s+than|beyond|exceed(?:s|ing)?|beat(?:s|ing)?|pass(?:es|ed|ing)?|surpass(?:es|ing)?|clear(?:s|ing)?)|未達|沒到|沒有到|不到|不足|低於|少於|小於|高於|超過|大於)"
    r"\s*(?:the\s+)?(?:~|約)?\s*$",
    re.IGNORECASE,
)
# Of those words, the ones putting the model above the figure.
_ABOVE = re.compile(
    r"over|above|more|larger|bigger|beyond|exceed|beat|pass|surpass|clear|高於|超過|大於", re.IGNORECASE
)


def extract_parameters(text: str) -> list[ParameterFigure]:
    """Extract model parameter counts stated in ``text``, in order of appearance.

    Values are absolute counts (7e9 for "7B" / "70 億"). A size in parentheses
    restating the previous one ("10億(1B)") is reported once. For Mixtral-style
    "8x7B" the per-expert size (7e9) is reported: it is a lower bound on the
    real total (46.7B for Mixtral, not the naive 56B).
    """
    norm = text.translate(FULLWIDTH)
    candidates = sorted(_param_candidates(norm))
    read = [_is_parameter(norm, start, end, suffix_form) for start, end, _, suffix_form in candidates]
    # A size written "0.8B" with nothing beside it is a model's where the same sentence gives another model's size
    # ("vendor A runs a 7,000M-parameter model, vendor B a 0.8B one"); not one in an aside ("2.7B parameters (a bit
    # under the ~3B you cite for Sora)"), which compares.
    sentences = _sentences(norm)
    sized = {_sentence_at(c[0], sentences) for c, r in zip(candidates, read, strict=True) if r}
    figures: list[ParameterFigure] = []
    compared: list[bool] = []
    bounds: list[str | None] = []  # the word a figure is compared by ("under", "不到"), if any
    prev: tuple[int, float] | None = None
    for (start, end, value, suffix_form), is_parameter in zip(candidates, read, strict=True):
        if prev and start < prev[0]:
            continue  # overlaps the previous figure
        if is_parameter is None:
            sentence = _sentence_at(start, sentences)
            opened = norm[sentences[sentence][0] : start]
            aside = opened.count("(") + opened.count("（") > opened.count(")") + opened.count("）")
            is_parameter = suffix_form and sentence in sized and not aside
        if not is_parameter or _is_restatement(norm, prev, start, value):
            continue
        if _restates_threshold(norm, start, end):
            prev = (end, _tidy(value))  # and its restatement in parentheses: "10億(1B)以上"
            continue
        prev = (end, _tidy(value))
        bound = _COMPARED_BEFORE_RE.search(norm, max(0, start - 20), start)
        if bound and bound.group(1).startswith("沒") and norm[max(0, bound.start() - 1) : bound.start()] == "有":
            continue  # "不確定底層模型有沒有到 1B 參數": asked, no size of the model's
        figures.append(ParameterFigure(value=_tidy(value), span=text[start:end]))
        bounds.append(bound.group(1) if bound else None)
        compared.append(
            bool(bound)
            or bool(_CLAIMED_AFTER_RE.match(norm, end))
            or bool(_CLAIMED_BEFORE_RE.search(norm, max(0, start - 40), start))
        )
    # A size compared with, beside a size stated outright, is not a model's: "a 0.8B model, below 1B". Nor is one a
    # marketing page claims beside the documented one ("calls its model '1B-class', but the technical documentation
    # lists 0.95B": the review goes by the documentation).
    if not all(compared):
        return [f for f, c in zip(figures, compared, strict=True) if not c]
    # Compared with nothing stated outright, a size is a bound on the model's ("the model is well under 1B
    # parameters": below 1B, not 1B; the check had passed it).
    return [
        f.model_copy(update={"bound": "above" if _ABOVE.match(word) else "below", "bound_said": word}) if word else f
        for f, word in zip(figures, bounds, strict=True)
    ]


# What the policy is said to set, before a model size put as its threshold: "I heard the policy defines an LLM as
# having at least 10B parameters", "聽說政策對大語言模型(LLM)的定義是 100 億參數以上".
_POLICY_SAID_BEFORE_RE = re.compile(
    r"(?:\b(?:defines?|defined|definition|requires?|required|needs?|sets?|threshold|bar|floor|minimum|must|(?:has|have)\s+to)\b"
    r"|定義|規定|要求|門檻|標準|須|需|聽說|據說)[^.。?？!！;；]{0,50}$",
    re.IGNORECASE,
)
_AT_LEAST_BEFORE_RE = re.compile(rf"(?:{_AT_LEAST})\s*$", re.IGNORECASE)


def parameter_claims(text: str) -> list[ParameterFigure]:
    """The model sizes ``text`` puts as a threshold (the ones :func:`extract_parameters` sets aside as the threshold
    restated, or said after what the policy is said to define or require and "at least" / "以上"), in order: "needs
    an LLM of at least 10B", "定義是 100 億參數以上"."""
    norm = text.translate(FULLWIDTH)
    claims: list[tuple[ParameterFigure, int]] = []
    for start, end, value, suffix_form in sorted(_param_candidates(norm)):
        if _is_parameter(norm, start, end, suffix_form) is False:
            continue
        after = aside.end() if (aside := _PAREN_AFTER_RE.match(norm, end)) else end
        ranged = bool(
            _AT_LEAST_BEFORE_RE.search(norm, max(0, start - 12), start) or _PARAM_RANGE_AFTER_RE.match(norm, after)
        )
        said = bool(_POLICY_SAID_BEFORE_RE.search(norm, max(0, start - 60), start))
        restated = _restates_threshold(norm, start, end) or (ranged and said)
        if restated and not any(c.span == text[start:end] or start < prior_end for c, prior_end in claims):
            claims.append((ParameterFigure(value=_tidy(value), span=text[start:end]), end))
    return [c for c, _ in claims]


# A model size said as a marketing claim, not documented: "its marketing page calls its model '1B-class'",
# "號稱 10 億級".
_CLAIMED_BEFORE_RE = re.compile(
    r"(?:\bmarketing\s+(?:page|site|material|materials|brochure|deck|copy|claims?)\b|\badvert\w*|\bbrochure|宣傳|廣告"
    r"|行銷(?:文宣|資料|頁面|網頁|簡報)|號稱|標榜|自稱|\bbill(?:s|ed)\s+(?:as|its)"
    r"|\bcalls?\s+(?:its|the|their)\s+(?:\w+\s+)?model)[^。？?！!；;，,]{0,30}$",
    re.IGNORECASE,
)
_CLAIMED_AFTER_RE = re.compile(r"\s*[-‐ ]?\s*(?:class|tier|級(?!距))(?![a-z])", re.IGNORECASE)


class PurchaseTotal(BaseModel):
    """What so many machines come to at the unit price a text gives, where it asks for the total ("3 台推論伺服器，
    單價約 130 萬…3 台總共多少錢？" → 3 × 130 萬 = 390 萬). Arithmetic on the asker's figures; the policy sets no
    price."""

    model_config = ConfigDict(frozen=True)
    machines: int
    unit_price: float  # NT$
    approximate: bool  # the price was said to be about so much

    @property
    def total(self) -> float:
        return self.machines * self.unit_price


_ABOUT = r"(?P<about>約|大約|大概|差不多|about|around|roughly|approximately|approx\.?|~)?\s*"
_MONEY = (
    r"(?:NT\$|NTD\s*|\$)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<mag>萬|億|千|k\b|K\b|M\b|million\b|thousand\b)?\s*(?:元|NTD\b|dollars?\b)?"
)
# The unit price a text gives: "單價約 130 萬", "每台約 130 萬元", "a unit price of NT$1.3M", "NT$1.3M each".
_UNIT_PRICE_RES = (
    re.compile(rf"(?:單價|每台(?:售價|價格|報價)?|每一台|每套)(?:為|是|約為)?\s*{_ABOUT}{_MONEY}", re.IGNORECASE),
    re.compile(
        rf"\b(?:unit\s+price|price\s+per\s+(?:unit|server|machine|box|device))\s*(?:of|is|:)?\s*{_ABOUT}{_MONEY}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_ABOUT}(?:NT\$|\$)\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mag>k\b|K\b|M\b|million\b|thousand\b)?"
        r"\s*(?:each|apiece|per\s+(?:unit|server|machine|box|device))\b",
        re.IGNORECASE,
    ),
)
# A total of money asked: "總共多少錢", "合計金額是多少", "total cost", "how much … in total / altogether".
_TOTAL_PRICE_ASKED_RE = re.compile(
    r"(?:總共|合計|一共|總計|加起來|共計)[^。？?！!；;]{0,6}?(?:多少錢|金額|費用|幾萬|價格)"
    r"|總(?:價|金額|花費|費用)(?:是|為)?多少"
    r"|\btotal\s+(?:cost|price|spend|spending|amount|outlay|bill)\b"
    r"|\bhow\s+much\b[^?.]{0,40}\b(?:in\s+total|altogether|all\s+together|combined|all\s+in)\b",
    re.IGNORECASE,
)
_MAGNITUDE = {"萬": 1e4, "億": 1e8, "千": 1e3, "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}


def purchase_total(text: str) -> PurchaseTotal | None:
    """The machines a text counts at the unit price it gives, where it asks what they come to; else None."""
    norm = text.translate(FULLWIDTH)
    machines = machines_counted(norm)
    price = next((m for pattern in _UNIT_PRICE_RES if (m := pattern.search(norm))), None)
    if machines is None or price is None or not _TOTAL_PRICE_ASKED_RE.search(norm):
        return None
    value = float(price["num"].replace(",", "")) * _MAGNITUDE.get((price["mag"] or "").lower(), 1.0)
    return PurchaseTotal(machines=machines, unit_price=value, approximate=bool(price["about"]))
