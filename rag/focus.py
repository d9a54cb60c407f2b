"""What a question is about, so Q&A puts that clause first.

Retrieval ranks clauses by similarity, and a clause that shares words with the question is not always the one it
asks about: "AI推論伺服器的算力至少要多少？" shares as much with the training server's clause as with the inference
server's. The question names its subject, though, and the vocabulary for that is data
(``knowledge_base/questions.yaml``): the named item's clause (or its worked case, or its review criterion, when
the question asks for an example or for how it is checked) goes first, then the retrieved clauses in their order.
The exclusions and routes of ``knowledge_base/rules.yaml`` are subjects too ("AMR 可以申請嗎？" is about the
response that placed AMRs under smart machinery); they outrank items, since a question that names one is asking
about that decision. A question asking which item a described purchase belongs to ("…歸在哪一項？") is about the
item the rules' words for it point at. A stakeholder's comment and the government's response travel together;
the response, which is what decided it, goes first unless the question asks only about the suggestion. A named
stakeholder is the subject with all its comments, or with the one the question asks for by number ("第二點意見") or by
the decision it names; a date ("20 March 2024", "113/03/20") names the comments submitted that day; a stakeholder
asked about as a whole ("提了哪幾點？") has its comments listed. A kind of item (hardware, …) is answered by the
overview that lists it, its items' own clauses joining when their requirements are asked; an item asked of its kind
("Is the development tool software?") is answered from the overview by the rules (:mod:`rag.answer`). How an item
or a kind is reviewed, where asked for, outranks a response its words match ("a SaaS we subscribe to: what does the
reviewer look at?"); a question on what stakeholders proposed is answered by the comments, not by the classifier,
even beside a described purchase; a yes/no question on the key technical elements is not a which-item question.
``questions.yaml`` also lists the kinds of fact the policy states only in places or nowhere (a rate, a deadline,
a procedure, …): :func:`unstated_facts` tells when the clauses at hand state none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from rag.errors import ConfigError
from rag.figures import at_several_precisions, count_of, extract_compute, extract_parameters, purchase_total
from rag.guardrails import erase, finished_erased, line_items, mentions, pair_said
from rag.knowledge import Clause, Rules, load_clauses, load_rules, read_yaml


class Subject(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["decision", "item", "group", "element", "definition", "stakeholder", "stakeholders"]
    names: list[str]
    clause: str
    case: str | None = None
    review: list[str] = []
    members: list[str] = []  # further clauses after its own: a group's items, a stakeholder's other comments
    excludes: bool = False  # a decision that is one of the rules' exclusions (electricity, an ordinary server)


def _patterns(values: list[str]) -> list[re.Pattern[str]]:
    """Regular expressions from the vocabulary file, matched ignoring case; a malformed one named in the error."""
    patterns = []
    for value in values:
        try:
            patterns.append(re.compile(value, re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"not a regular expression ({exc}): {value}") from exc
    return patterns


class Asks(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    definition: list[str]
    case: list[str]
    review: list[str]
    spec_sheet: list[str] = []
    parameter_review: list[str] = []  # the technical services' review criterion: a model's parameters, from documents
    mentioning: list[str] = []  # "which items mention NLP?": words for a clause's mentioning something
    same_day: list[str] = []  # "which two stakeholders commented on the same date?"
    earliest: list[str] = []  # "whose comments carry the earliest date?"
    latest: list[str] = []
    how_much: list[str] = []  # "要多少才算達到門檻？": a figure asked for
    figure_shown: list[str] = []  # "要補哪個數字、用什麼單位？": the figure a document must show
    policy_itself: list[str] = []  # "但政策本身對…寫的是什麼？": the policy's words asked, not a suggestion's
    missing: list[str] = []  # "還缺什麼關鍵資料？": what a file still lacks
    own_test: list[str] = []  # "以自己跑的 benchmark 為準嗎？": a measurement put as what review goes by
    condition: list[str] = []
    requirements: list[str] = []
    element_words: list[str] = []
    open: list[str] = []
    by_definition: list[str] = []
    all_comments: list[str] = []
    other_comments: list[str] = []
    when: list[str] = []
    who: list[str] = []
    which_suggestions: list[str] = []
    turned_down: list[str] = []
    excluded_which: list[str] = []
    taken_up: list[str] = []
    covered_outcome: list[str] = []
    quantified: list[str] = []
    compared: list[str] = []
    differ: list[str] = []
    alike: list[str] = []
    scope: list[str] = []
    both_servers: list[str] = []
    proposed_asked: list[str] = []
    points: list[str] = []
    which_item: list[str]
    verdict: list[str] = []  # "can it be approved", "does it qualify", "可以申請嗎": the verdict itself
    worked_case: list[str] = []  # "In the RAG worked example, …?"
    alternative_route: list[str] = []  # "…and which offer an alternative route?"
    source: list[str] = []  # "whose AI definition was referenced?"
    any_of: list[str] = []  # "does it match any of the four key technical elements?"
    several_items: list[str] = []  # "which of the eight items could this fit under?"
    which_technique: list[str] = []  # "哪一類演算法": which kind of technique, not which item
    stakeholder: list[str]
    proposal: list[str]
    decision: list[str]
    ordinal: list[list[str]] = []
    qualifies: list[str] = []
    # Phrases that ask it too, around what is asked of ("算內容生成系統嗎"): regular expressions.
    qualifies_phrases: list[re.Pattern[str]] = []
    meets: list[str] = []
    # "5 TOPS 跟 5 TFLOPS 哪一個比較嚴格？": which of a threshold's alternatives is the harder to reach.
    ranked: list[str] = []
    how_many: list[str] = []
    reaching: list[str] = []  # "how many are needed to reach…": a count a threshold takes
    price: list[str] = []  # "價格", "how many times more expensive": a worked case's price ranges compared
    price_compare: list[str] = []
    per_compute: list[str] = []  # "what's the implied cost per TFLOPS?"
    comments_counted: list[str] = []  # "一共提了幾點？": how many comments a stakeholder made
    # "on what dates were its two comments made", "兩點意見分別是哪一天": each of a stakeholder's comments, when asked
    several_comments: list[str] = []
    in_range: list[str] = []  # "這兩個報價有沒有落在案例說明的價格區間內？"
    price_asked: list[str] = []  # "What price range does the document give for an AI inference server?"
    total: list[str] = []  # "三台的總預算區間是多少萬元？"
    days_apart: list[str] = []  # "How many days apart were ADI's two comments?"
    together: list[str] = []  # "Must it use all four elements together?"
    each_explained: list[str] = []  # "可以各用一句話說明嗎？"
    which_items: list[str] = []  # "Which items have a compute threshold?": the items a gate applies to
    left_out: list[str] = []  # "…were left out, weren't they?": a suggestion's subject presumed excluded
    element_names: list[str] = []  # "machine learning", "深度學習": a key technical element named by its own name
    org_kind: list[str] = []  # "Which commenters were government agencies?": who commented, by kind of body
    body_kind: list[str] = []  # "TPCA 是經濟部底下的行政機關吧？": whether one named stakeholder is an agency
    relative_date: list[str] = []  # "How many days after 2024-03-13 did CDA comment?": a date written as a reference
    ratio: list[str] = []
    size: list[str] = []  # "how big is its model": a model's size asked
    instead: list[str] = []  # "which hardware item could it fit instead?"
    floor: list[str] = []  # "the item's minimum parameter size": a threshold named
    adoption: list[str] = []  # "有照辦嗎？", "was it adopted?": what became of a suggestion
    percentage: list[str] = []  # the margin asked as a share of the threshold too
    margin: list[str] = []  # "高出多少？", "by how much does it fall short?": the difference from a threshold
    item_count: list[str] = []
    counts_as: list[str] = []
    recognised_as: list[str] = []
    listed_examples: list[str] = []
    compute: list[str] = []
    purchase: list[str] = []
    must: list[str] = []
    model_size: list[str] = []
    others: list[str] = []
    category: list[str] = []
    organisation: list[re.Pattern[str]] = []
    # Words that name no condition, read out of a yes/no "must it…?" question before what it asks is looked for in
    # the item's clauses (rag.focus.unstated_condition).
    filler: list[str] = []
    bears_on: list[str] = []
    by_name: list[str] = []
    members: list[str] = []
    which_one: list[str] = []
    tally: list[str] = []  # "which of the three meet…?": the checks summed up
    alternative: list[str] = []
    comment_count: list[str] = []
    units_compared: list[re.Pattern[str]] = []
    # Which of the items has the lowest or the highest threshold ("三項硬體中哪一項的算力門檻最低？").
    lowest: list[re.Pattern[str]] = []
    highest: list[re.Pattern[str]] = []
    # Words joining alternatives ("or", "還是"): a question offering them asks which, not whether.
    either: list[str] = []

    @field_validator("qualifies_phrases", "organisation", "units_compared", "lowest", "highest", mode="before")
    @classmethod
    def _compile(cls, values: list[str]) -> list[re.Pattern[str]]:
        return _patterns(values)


def asks_qualifies(text: str, asks: Asks) -> bool:
    """Whether ``text`` asks whether something qualifies (meets a threshold, counts as an item, is covered)."""
    return bool(mentions(text, asks.qualifies)) or any(p.search(text) for p in asks.qualifies_phrases)


class Fact(BaseModel):
    """A kind of fact a question can ask for, and how a clause that states one reads (regular expressions)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    kind_zh: str  # the kind in Chinese, for a Chinese answer that says it is not stated
    asked: re.Pattern[str]
    stated: re.Pattern[str]
    # A question matching this gives the fact itself ("送件前要準備什麼佐證？" asks for the evidence): not asked.
    unless: re.Pattern[str] | None = None
    # A question giving a figure of this kind itself, as rag.figures reads it ("8 張 A100，每張 312 TFLOPS", "a 7B
    # Llama"), is asking whether it qualifies, not for the figure; a threshold it names ("the 45 TFLOPS
    # requirement") is the policy's figure, not one it gives.
    # "precisions": compute figures at two precisions or more ("FP16寫40 TFLOPS、FP8寫80 TFLOPS"), whose check says
    # the policy names none.
    given: Literal["compute", "parameters", "unit_price", "precisions"] | None = None
    # Words that look like the asked ones but mean something else ("our vendor sells…" is no resale): not asked.
    other_sense: re.Pattern[str] | None = None
    # Stated only of what the part asking names: where that part names items or their worked cases, one of their
    # clauses must state it ("範例那塊 Banana Pi 邊緣運算板大概多少錢？": the server case's prices are no board's).
    of_named: bool = False
    # Of the credit itself (its rate, its amount): asked of a thing the policy excludes ("電費可以全額抵減嗎？"), the
    # exclusion answers it, since nothing of it is credited.
    of_credit: bool = False

    @field_validator("asked", "stated", "unless", "other_sense", mode="before")
    @classmethod
    def _compile(cls, value: str | None) -> re.Pattern[str] | None:
        if value is None:
            return None
        try:
            return re.compile(value, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"not a regular expression ({exc}): {value}") from exc


class QuestionVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    subjects: list[Subject]
    asks: Asks
    facts: list[Fact] = []
    # Each item's clause and the words that point at it (rules.yaml), for "which item is X?" questions.
    item_words: dict[str, list[str]] = {}
    # Each item's phrases saying its work is done before the purchase ("their fine-tuned LLM"; rules.yaml "finished"):
    # its words inside them do not describe the purchase.
    item_finished: dict[str, list[re.Pattern[str]]] = {}
    false_friends: list[str] = []  # rules.yaml: item words in another sense ("staff training", "procurement memo")
    # The clauses of the items that have a compute threshold (the hardware items), in the policy's order.
    compute_items: list[str] = []
    # The words for a server (rules.yaml), and those of the compute items whose names say server (the training and
    # inference servers, not the edge device): "審查時伺服器的算力…" asks of them alone.
    server_words: list[str] = []
    server_items: list[str] = []
    # The items each route's response places things under (rules.yaml routes: response id -> item clauses).
    routed_to: dict[str, list[str]] = {}
    # Each stakeholder comment's response.
    response_of: dict[str, str] = {}
    # The comments by the date they were submitted ("2024-03-20" → [comment ids]).
    dated: dict[str, list[str]] = {}
    # The items each comment names in its own words (comment id -> the item subjects' clauses).
    items_named: dict[str, list[str]] = {}
    # Each comment's own words (its text, Chinese and English), to tell which of a stakeholder's comments a question
    # describes by its content.
    comment_texts: dict[str, str] = {}
    # Each key technical element's definition (Chinese and English), to tell which one a question describes.
    element_texts: dict[str, str] = {}
    # Openings that recall the earlier question ("承上題（推論伺服器要45 TFLOPS），", "Follow-up to my inference
    # server question —"): regular expressions, matched at the start of the question.
    recap: list[re.Pattern[str]] = []
    # Chinese input-method slips and the words meant ("符和" → "符合"): rag.spelling replaces them.
    slips: dict[str, str] = {}

    @field_validator("recap", mode="before")
    @classmethod
    def _compile(cls, value: list[str]) -> list[re.Pattern[str]]:
        return _patterns(value)


class Focus(BaseModel):
    """The clauses a question is about (best first), and whether it asks about a suggestion, a decision or both."""

    clauses: list[str] = []
    subjects: list[str] = []  # each named subject's own clause, even where a case or review criterion stands for it
    items: list[str] = []  # the items' clauses the question names, even where a decision it names outranks them
    # A yes/no question on whether something counts as a key technical element, naming one or the elements as a
    # group ("只用監督式學習，算機器學習演算法嗎？", "Does a CNN count as one of the key technical elements?").
    asks_element: bool = False
    # The items whose kind (hardware, software, technical service) is asked ("Is the development tool software?").
    kind_of: list[str] = []
    # A stakeholder asked about as a whole ("TPCA 提了哪幾點？"): all its comments, in order.
    comments: list[str] = []
    # The comments of a date the question writes, asked with no stakeholder named ("Which bodies commented on 20 March
    # 2024?", "113年3月20日有哪些單位提出意見？").
    dated: list[str] = []
    # The stakeholders a question credits with another's suggestion (their first comments): the answer says it was not
    # theirs.
    misattributed: list[str] = []
    proposal: bool = False
    decision: bool = False
    # "Which item is this?" about something the asker has, buys or plans, naming no item: rag.answer lets the
    # classifier decide it (the clauses above are then the rules' words' guess).
    described: bool = False
    # Nothing named: the subjects are every item a kind of question is about (each hardware item, for a compute
    # figure whose words point at none). A follow-up then takes the earlier question's subject.
    defaulted: bool = False

    @property
    def decision_first(self) -> bool:
        """The government's response goes before the comment unless only the suggestion is asked about."""
        return self.decision or not self.proposal


@lru_cache(maxsize=4)
def load_vocabulary(path: Path, clauses_path: Path, rules_path: Path) -> QuestionVocabulary:
    """Load ``questions.yaml``, with the rules' exclusions and routes as the first subjects; check the clauses."""
    try:
        vocabulary = QuestionVocabulary.model_validate(read_yaml(path))
    except ValidationError as exc:
        raise ConfigError(f"{path} is not a valid question vocabulary: {exc}") from exc
    clauses = load_clauses(clauses_path)
    known = {c.id for c in clauses}
    named = {i for s in vocabulary.subjects for i in (s.clause, s.case, *s.review, *s.members) if i}
    if named - known:
        raise ConfigError(f"{path} names clauses that do not exist in {clauses_path}: {sorted(named - known)}")
    rules = load_rules(rules_path, clauses_path)
    decisions = [Subject(kind="decision", names=e.keywords, clause=e.clause, excludes=True) for e in rules.exclusions]
    decisions += [Subject(kind="decision", names=r.keywords, clause=r.clause) for r in rules.routes]
    item_words = {rule.clause: rule.keywords for rule in rules.items.values()}
    compute_items = [rule.clause for rule in rules.items.values() if rule.compute is not None]
    items = [s for s in vocabulary.subjects if s.kind == "item"]
    by_id = {c.id: c for c in clauses}
    subjects = [_with_org_names(s, by_id[s.clause]) if s.kind == "stakeholder" else s for s in vocabulary.subjects]
    return vocabulary.model_copy(
        update={
            "subjects": [*decisions, *subjects],
            "item_words": item_words,
            "item_finished": {rule.clause: rule.finished for rule in rules.items.values() if rule.finished},
            "false_friends": rules.false_friends,
            "compute_items": compute_items,
            "server_words": rules.server_words,
            "server_items": [
                s.clause for s in items if s.clause in compute_items and mentions(" ".join(s.names), rules.server_words)
            ],
            "routed_to": _routed_to(rules),
            "response_of": {c.id: c.response for c in clauses if c.kind == "comment" and c.response},
            "dated": _by_date(c for c in clauses if c.kind == "comment"),
            "items_named": {
                c.id: [s.clause for s in items if mentions(f"{c.text} {c.text_en}", s.names)]
                for c in clauses
                if c.kind == "comment"
            },
            # With the topic its title gives it ("人工智慧系統之定義"), less the stakeholder's name before the colon.
            "comment_texts": {
                c.id: f"{_topic(c.title)} {_topic(c.title_en)} {c.text} {c.text_en}"
                for c in clauses
                if c.kind == "comment"
            },
            # With the rules' words for the element ("chatbot", "人類語言"), which describe a thing that uses it.
            "element_texts": {
                c.id: " ".join(
                    [c.text, c.text_en, *(k for e in rules.elements.values() if e.clause == c.id for k in e.keywords)]
                )
                for c in clauses
                if c.kind == "element"
            },
        }
    )


def _routed_to(rules: Rules) -> dict[str, list[str]]:
    """Each route's response with the items (their clauses) the routes it decides place things under; a response two
    routes share (the ADI's R&D and requirement analysis) places under both routes' items."""
    routed: dict[str, list[str]] = {}
    for route in rules.routes:
        routed.setdefault(route.clause, []).extend(rules.items[c].clause for c in route.categories)
    return routed


def _comments_quoting(question: str, vocabulary: QuestionVocabulary) -> list[Subject]:
    """The comment whose own words hold a word the question quotes as a word ("AI 的定義裡面「推論」這個詞是誰建議
    的？", "Who proposed the word 'inference'…?": the digital agency's definition), where one comment alone holds
    it; else none. An English word is matched by its stem ("inference" in "infer")."""
    found = set()
    for match in _QUOTED_WORD.finditer(question):
        word = _QUOTED.search(match.group())
        if word is None:
            continue
        said = word.group(1).strip().lower()
        stem = said[: max(4, len(said) - 4)] if said.isascii() else said
        holding = [c for c, text in vocabulary.comment_texts.items() if stem in text.lower()]
        if len(holding) == 1:
            found.add(holding[0])
    everyone = [s for s in vocabulary.subjects if s.kind == "stakeholder"]
    return [
        owner.model_copy(update={"clause": comment, "members": []})
        for comment in sorted(found)
        for owner in everyone
        if comment in (owner.clause, *owner.members)
    ]


def _inside_longer_names(named: list[Subject], naming: str) -> list[Subject]:
    """``named`` less the subjects named only inside a longer name of another of their kind: "結合搜尋檢索與內容生成"
    names RAG, whose clause says so, not content generation. Not a kind inside a decision's words ("cloud AI service"
    names public-cloud AI and, asked how it is reviewed, the services)."""
    kept = []
    for subject in named:
        own = [n.lower() for n in subject.names]
        longer = [
            name
            for other in named
            if other.clause != subject.clause and other.kind == subject.kind
            for name in other.names
            if any(n in name.lower() and n != name.lower() for n in own)
        ]
        if not longer or mentions(erase(naming, longer), subject.names):
            kept.append(subject)
    return kept


def _with_org_names(subject: Subject, comment: Clause) -> Subject:
    """A stakeholder is also named by its full name in the comments ("Taiwan Automation Intelligence and Robotics
    Association", "經濟部商業發展署"), less the acronym in brackets and the ministry after a comma."""
    full = [
        re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", n).split(",")[0].strip()
        for n in (comment.org_name, comment.org_name_en)
        if n
    ]
    return subject.model_copy(update={"names": [*subject.names, *(n for n in full if n and n not in subject.names)]})


_QUOTE_MARKS = re.compile(r"[「」『』“”\"]")
_ASIDE = re.compile(r"（[^（）]{1,8}）|\([^()]{1,8}\)")
_QUOTED_WORD = re.compile(
    r"[「『“\"'‘][^」』”\"'’]{1,16}[」』”\"'’]\s*(?:這個|此|一|等)?\s*(?:詞彙|詞|字眼|用語|用字|措辭|一語)"
    r"|\b(?:the\s+)?(?:word|term|wording|phrase)\s+[“\"'‘][^”\"'’]{1,30}[”\"'’]",
    re.IGNORECASE,
)
# Words in quotation marks, not apostrophes ("What's the difference…"): a question's quotes, an answer's quotes.
QUOTED_TEXT = re.compile(r"「[^」]*」|\"[^\"]*\"|“[^”]*”")
_QUOTED = re.compile(r"[「『“\"'‘]([^」』”\"'’]+)[」』”\"'’]")  # the word inside a _QUOTED_WORD
_FIGURE_UNIT = re.compile(r"(?<=\d)\s*[KMGTPE]?(?:FLOPS|OPS)(?![A-Za-z])", re.IGNORECASE)


# "這項軟體", "此款硬體": a kind said of the one thing just named (not "這類硬體項目", which asks of the kind).
_KIND_APPOSITION = re.compile(r"(?:這|此|該)(?:項|個|套|款)(?:軟體|硬體|技術服務)(?![類項])")


_CONCEDED = re.compile(
    r"(?:雖然|雖說|儘管|即使|\b(?:although|though|even though|while)\b)[^。？?]*?[，,]\s*"
    r"(?:但是?|可是|不過|\bbut\b|\byet\b|(?=(?:what|which|how|does|do|is|are)\b))",
    re.IGNORECASE,
)


def read_focus(question: str, vocabulary: QuestionVocabulary) -> Focus:
    """The clauses ``question`` names as its subject, and whether it asks about a decision or a suggestion."""
    asks = vocabulary.asks
    # "商業發展署雖然建議電商對話機器人，但政策本身對「企業營運流程協作系統」的技術要求寫的是什麼？": a suggestion
    # conceded before the policy's own words are asked is said by the way; what follows is read (the commerce agency's
    # comment had been the subject).
    conceded = _CONCEDED.search(question)
    if conceded and mentions(question[conceded.end() :], asks.policy_itself):
        return read_focus(question[conceded.end() :], vocabulary)
    # A group is named only where not negated: "subscribes to a service rather than buying hardware". A unit after a
    # number is a figure, not a name ("2,500 GFLOPS" does not name the worked case that speaks of GFLOPS).
    naming = _FIGURE_UNIT.sub(" ", question)
    # A word quoted as a word of the definition or a comment names no item ("AI 的定義裡面「推論」這個詞是誰建議的？").
    naming = _QUOTED_WORD.sub(lambda m: " " * len(m.group()), naming)
    # A kind said of the thing named before it asks nothing of the kind ("AI 模型開發工具這項軟體，對它所支援的模型規模
    # 有什麼門檻？": the overview had displaced the item).
    naming = _KIND_APPOSITION.sub(lambda m: " " * len(m.group()), naming)
    # Quote marks inside a name do not break it ("案例裡的「一般」伺服器" names the ordinary server); nor does a short
    # aside in brackets ("案例中一般（2CPU）伺服器").
    unquoted = _QUOTE_MARKS.sub("", naming)
    unbracketed = _ASIDE.sub("", unquoted)
    named = [
        s
        for s in vocabulary.subjects
        if any(mentions(text, s.names, affirmed=s.kind == "group") for text in (naming, unquoted, unbracketed))
    ]
    named = _inside_longer_names(named, naming)
    quoting = _comments_quoting(question, vocabulary)
    named = [*quoting, *(s for s in named if s.kind != "stakeholder")] if quoting else named
    named = [_sole_member(s, naming, vocabulary) for s in named]
    named = _items_named_as_their_cases(named, naming)
    # "Which bucket does an e-commerce site's generative-AI shopping chatbot land in? (a) content generation system,
    # (b) RAG, (c) product design system, (d) none of those": the items offered as lettered options are candidates, not
    # the subject, where the words before them match a response's route (RAG had been quoted, not the response).
    offered = _lettered_at(naming)
    if offered and any(s.kind == "decision" and mentions(offered[0], s.names) for s in named):
        named = [s for s in named if s.kind != "item" or mentions(offered[0], s.names)]
    # "「人工智慧」是指用了哪些技術元素的硬體、軟體或技術服務？": the kinds named beside the definition or its elements
    # (two or more: "these hardware, software or services"), and no item, are the definition's own phrase, not a
    # question on the kinds.
    all_kinds = [s for s in vocabulary.subjects if _kind_of_item(s, vocabulary)]
    # Not the definition named only by the category's own name ("人工智慧產品與服務總共開放哪八個項目？請依硬體、軟體、
    # 技術服務分類列出": the items by kind are asked).
    uncategorised = erase(naming, asks.category)
    beside_definition = any(
        (s.kind == "definition" and mentions(uncategorised, s.names)) or (s.kind == "group" and s not in all_kinds)
        for s in named
    )
    # So is one kind asked of by the definition named ("Under the policy's definition of AI, can hardware count as
    # AI?": the hardware items' overview had answered).
    kinds_named = sum(s in named for s in all_kinds)
    by_definition = any(s.kind == "definition" and mentions(uncategorised, s.names) for s in named) and bool(
        mentions(question, asks.by_definition)
    )
    # Not a kind the asker buys ("按照人工智慧的定義，我們買的軟體算哪一項？": which item it is, is asked).
    definition_phrase = (
        (kinds_named >= 2 and beside_definition)
        or (kinds_named >= 1 and by_definition and not mentions(question, asks.purchase))
    ) and not any(s.kind == "item" for s in named)
    if definition_phrase:
        named = [s for s in named if s not in all_kinds]
    decisions = [s for s in named if s.kind == "decision"]
    items = [s for s in named if s.kind == "item"]
    if items and review_asked(question, vocabulary):
        # "How will reviewers verify the compute of a server or an edge device?": a server said beside the hardware item
        # named, in words of no item's, is the server items, as where no item is named.
        unnamed = erase(naming, [n for s in items for n in s.names])
        # "審查的時候，邊緣運算盒子和文字生成影片的服務，各自要拿什麼資料來認定？": another item described beside
        # the one named, with its review criteria (only the named one's had been given).
        # Only one joined to the named item in a clause of the question ("X和Y"): a word elsewhere ("跑分軟體") is no
        # purchase of its own.
        names = [n for s in items for n in s.names]
        # (An English sentence ends a clause too: "…lists 3 TFLOPS and 4 TOPS on its spec. Is it eligible as an AI edge
        # computing device" joins two figures, not another thing to the item.)
        joined = [p for p in _SENTENCE_PARTS.split(naming) if mentions(p, names) and _JOINED.search(p)]
        described = _described_item(erase(" ".join(joined), names), vocabulary) if joined else None
        if described is not None and described.clause not in {s.clause for s in items}:
            items = [*items, _item_subject(described.clause, vocabulary, True)]
        if mentions(unnamed, vocabulary.server_words) and all(
            s.clause in vocabulary.compute_items and s.clause not in vocabulary.server_items for s in items
        ):
            items = [
                *(s for s in vocabulary.subjects if s.kind == "item" and s.clause in vocabulary.server_items),
                *items,
            ]
    elements = [s for s in named if s.kind == "element"]
    # Not those the question says the thing does not use, beside one it asks of ("…沒有用深度學習、大語言模型或
    # NLP。這樣算符合…「機器學習演算法」嗎？": the LLM element had been checked).
    affirmed = [s for s in elements if mentions(naming, s.names, affirmed=True)]
    if affirmed and len(affirmed) < len(elements):
        named = [s for s in named if s.kind != "element" or s in affirmed]
        elements = affirmed
    # "四個關鍵技術元素中，哪一個是讓電腦解譯、理解、處理與生成人類語言？": the element a part describes in its
    # definition's words, asking which one it is (the part had been left unanswered).
    elements += [s for s in elements_described(question, vocabulary) if s not in elements]
    # A group is the subject unless the question names one of its members ("關鍵技術元素中的機器學習演算法"), or
    # it asks for the members it did not name ("Apart from ML and DL, which other elements…?"): then before them.
    members = {s.clause for s in named if s.kind in ("item", "element")}
    named_items = {s.clause for s in named if s.kind == "item"}
    # Or it is a kind of item that the question puts one item outside it in, beside members of its own ("Is the AI
    # model development tool one of the technical-service items, alongside RAG and product design systems?"; not
    # options of several kinds offered to choose from).
    groups = [
        s
        for s in named
        if s.kind == "group"
        and (not members & set(s.members) or (_kind_of_item(s, vocabulary) and len(named_items - set(s.members)) == 1))
    ]
    # Others asked beside a member named ("Apart from ML and DL, which other elements…?"), not beside something else
    # ("檢索增強生成系統(RAG)這個技術服務項目，除了模型之外還需要建立什麼？": the model, not the other services).
    member_names = [n for s in named if s.clause in members for n in s.names]
    others_asked = any(mentions(p, asks.others) and mentions(p, member_names) for p in _PARTS.split(question))
    rest = [s for s in named if s.kind == "group" and members & set(s.members)] if others_asked else []
    # "「人工智慧」的定義有提到哪幾種技術元素？其中深度學習演算法又是指哪幾類網路？": the group asked in a part of its
    # own, naming none of its members, and a member asked in another: both, the group first.
    apart = [
        s
        for s in named
        if s.kind == "group" and members & set(s.members) and _group_asked_apart(question, s, named, asks)
    ]
    if apart and not rest:
        # And every item or element named beside it ("How do the review criteria differ between the hardware items
        # (servers, edge devices) and technical services such as content generation?": the content generation system
        # too, not only the hardware's members).
        rest = [*apart, *(s for s in named if s.kind in ("item", "element"))]
    element_clauses = {s.clause for s in vocabulary.subjects if s.kind == "element"}
    named_groups = [s for s in named if s.kind == "group"]
    definitions = [s for s in named if s.kind == "definition"]
    defining = bool(mentions(question, asks.definition))
    if mentions(question, asks.by_definition):
        # "定義裡提到哪些技術元素？", "Under the plan's definition, which elements…?": the definition lists them; the
        # elements' own clauses are not asked.
        defined = {s.clause for s in vocabulary.subjects if s.kind == "definition"}
        groups = [g.model_copy(update={"members": []}) if g.clause in defined else g for g in groups]
        rest = [g.model_copy(update={"members": []}) if g in apart and g.clause in defined else g for g in rest]
    # "產品設計系統到底包含哪些自動化工作？像…需求分析這些有算嗎？": the item asked of in a part of its own; a
    # response's route words among what it lists describe it, not the question (the ADI response had been the subject).
    if (
        decisions
        and items
        and not any(d.excludes for d in decisions)
        and not mentions(question, [*asks.stakeholder, *asks.proposal, *asks.decision])
        and asked_of_item(question, [n for i in items for n in i.names], vocabulary)
    ):
        decisions = []
    # "we run a RAG SaaS on a 7B llama internally, can i claim it?": an item named beside a figure of the asker's, which
    # its condition is checked against; a route its words match ("SaaS") places the thing under that item too and
    # decides nothing more (the public-cloud response had answered, RAG unnamed and the 7B unchecked).
    if (
        decisions
        and items
        and not any(d.excludes for d in decisions)
        and not mentions(question, [*asks.stakeholder, *asks.proposal])
        and (extract_parameters(question) or extract_compute(question))
        and all(i.clause in vocabulary.routed_to.get(d.clause, []) for d in decisions for i in items)
    ):
        decisions = []
    # "(1) how does the document define 'artificial intelligence' …? (2) what does it mean by NLP?": both defined.
    defined_too = (
        definitions
        if defining
        and elements
        and asked_apart(question, [n for d in definitions for n in d.names], asks.definition, [])
        else []
    )
    # "我們的外觀瑕疵檢測是用監督式學習訓練的CNN模型。它可以對應到哪一個關鍵技術元素？": which element the thing is,
    # is asked; the words a response's route matches (瑕疵檢測) describe the thing (TAIROA's decision had answered).
    of_element_group = any(g.members and set(g.members) <= element_clauses for g in named_groups)
    if (
        decisions
        and (elements or of_element_group)
        and WHICH_ELEMENT.search(question)
        and not items
        and not any(d.excludes for d in decisions)
        and not mentions(question, asks.stakeholder)
    ):
        decisions = []
    subjects = decisions or rest or items or groups or [*defined_too, *elements] or (definitions if defining else [])
    if subjects == items and elements:
        # "Could it still fall under the enterprise operation process collaboration system item, and how does the
        # policy define natural language processing?": an element defined in a part of its own, after the item.
        item_names = [n for i in items for n in i.names]
        subjects = [*items, *(e for e in elements if asked_apart(question, e.names, asks.definition, item_names))]
    # Not where it asks whether anyone proposed such a thing ("有沒有機關提過類似建議、依據是什麼？": the basis of the
    # suggestion).
    if (
        decisions
        and review_asked(question, vocabulary)
        and not mentions(question, [*asks.stakeholder, *asks.proposed_asked])
    ):
        # "For a technical service, say a SaaS we subscribe to, what does the reviewer look at?": how the item is
        # reviewed, not what the response its words match decided.
        with_review = [s for s in (items or groups) if s.review]
        if not (items or groups or any(d.excludes for d in decisions)):
            # "For a text-to-video SaaS subscription, what will the reviewer check to decide whether it qualifies?":
            # the item its words describe (the public-cloud response its "SaaS" matched had answered).
            described = _described_item(question, vocabulary)
            with_criteria = [_item_subject(described.clause, vocabulary, True)] if described else []
            with_review = [s for s in with_criteria if s.review]
        if with_review:
            # An exclusion the question buys beside the item, asked whether it qualifies ("…buys an AI inference server
            # and signs an electricity contract… Which of these can fall within the credit, …, and how is that
            # confirmed?"): it decides that part, before the item's review.
            excluded = [d for d in decisions if d.excludes] if asks_qualifies(question, asks) else []
            subjects = [*excluded, *with_review]
    if not subjects and review_asked(question, vocabulary):
        # "公司訂閱了一個文字轉影片的雲端服務，審查時是看什麼判定的？": nothing named; how the item its words describe
        # is reviewed (its worked case beside, where a part asks of "the example").
        described = _described_item(question, vocabulary)
        subjects = [
            s
            for s in vocabulary.subjects
            if described and s.kind == "item" and s.clause == described.clause and s.review
        ]
        # "Can we prove our server's compute with our own MLPerf benchmark results instead of the manufacturer's
        # datasheet? What is the review standard?": a server's compute, how it is reviewed (it had been refused).
        if (
            not subjects
            and mentions(question, vocabulary.server_words)
            and mentions(question, [*asks.compute, "compute"])
        ):
            subjects = [
                s for s in vocabulary.subjects if s.kind == "item" and s.clause in vocabulary.server_items and s.review
            ][:1]
    # A kind whose members' conditions a part of its own asks, beside an item of another ("what are the minimum
    # compute figures for each of the three hardware items, and what model size must the software item support?"):
    # its members stay (only the software item had been answered).
    item_names = [n for s in items for n in s.names]
    conditions = [*asks.compute, *asks.model_size, *asks.must]
    kinds = [
        g if items and asked_apart(question, g.names, conditions, item_names) else g.model_copy(update={"members": []})
        for g in groups
        if _kind_of_item(g, vocabulary)
    ]
    if subjects == items and kinds:
        # "Is the model development tool software or a technical service?": the item, and the overview of the kinds.
        subjects = [*items, *kinds]
    of_elements = of_element_group  # "key technical element"
    about_elements = bool(elements) or of_elements
    # A yes/no question, or one part of it ("Does a CNN count as one, and which other families are listed?").
    yes_or_no = any(asks_qualifies(part, asks) and not mentions(part, asks.open) for part in _PARTS.split(question))
    describing = bool(decisions) and not any(d.excludes for d in decisions)
    if describing and elements and yes_or_no and not items and not mentions(question, asks.stakeholder):
        # "我們的瑕疵檢測模型是用監督式學習訓練的…，這算「機器學習演算法」嗎？": whether it counts as the element named
        # is asked; the words a response's route matches (瑕疵檢測) describe the thing, they are not the question.
        # Not an exclusion's ("一般的 2 CPU 伺服器，沒裝 GPU，…拿來跑 LLM 推論可以申請抵減嗎？"): that decides,
        # whatever AI the thing runs.
        subjects = elements
    stakeholders = [s for s in named if s.kind == "stakeholder"]
    everyone = [s for s in named if s.kind == "stakeholders"]
    buying = bool(mentions(question, asks.purchase))
    # "是以哪一類演算法訓練建立的？" asks which kind of technique, not which item; "這屬於哪一個關鍵技術元素？" asks
    # which element.
    which_asked = bool(mentions(WHICH_ELEMENT.sub(" ", _without(question, asks.which_technique)), asks.which_item))
    dated = _comments_of_dates_in(question, vocabulary.dated)
    defaulted = False
    comments: list[str] = []
    misattributed: list[str] = []
    # "Does that count as the 'machine learning' key technical element?", "How big must a model be to count as a
    # 'large language model', and how is it trained?": asked of an element, not which item a thing falls under.
    # So is "What exactly counts as an LLM in this doc? We've got a 1.3B-param model… Does it count?": what counts as
    # the element named right after the words, asked beside the asker's own model.
    of_element = (of_elements and yes_or_no) or (
        bool(elements) and (_counted_as(question, asks) or _counted_as_named(question, elements, asks))
    )
    if dated and not stakeholders:
        # "Which bodies commented on 20 March 2024?": the comments of that date, each with its response.
        subjects = [Subject(kind="stakeholders", names=[], clause=dated[0], members=dated[1:])]
    elif stakeholders:
        # "Was it TPCA that cited the KPMG analysis about generative AI helping users find products?": the comment the
        # question describes is another stakeholder's, which becomes the subject; the answer says whose it is.
        actual = _misattributed(question, stakeholders, vocabulary) or _decided_elsewhere(
            question, stakeholders, decisions, vocabulary
        )
        if actual is not None:
            misattributed = [s.clause for s in stakeholders]
            stakeholders = [actual]
        subjects = [_nth_comment(question, s, vocabulary, stakeholders) for s in stakeholders]
        # "What did the commerce agency propose about e-commerce chatbots?": the comment that decision answered.
        decided = {s.clause for s in decisions}
        subjects = [_decided_comment(s, decided, vocabulary.response_of) for s in subjects]
        # "…propose including algorithm-based tools that analyse collected data and images…": the comment it describes.
        # Not where the decisions it names have picked two or more of them already ("Compare how the government
        # handled TPCA's two requests about public-cloud AI applications and AI host electricity bills": the words of
        # one had narrowed it to that one).
        said = [n for s in stakeholders for n in s.names]
        subjects = [
            s
            if s.members and all(vocabulary.response_of.get(c) in decided for c in (s.clause, *s.members))
            else _described_comment(question, s, vocabulary.comment_texts, by_topic=not items, names=said)
            for s in subjects
        ]
        # "What's the difference between the document's own definition of AI and the AI-system definition the
        # Administration for Digital Industries proposed?": the document's definition beside the comment it is compared
        # with (the comment alone had been quoted, and the model called the two the same).
        if definitions and mentions(QUOTED_TEXT.sub(" ", question), asks.differ):  # not "「以不同自主程度…」" quoted
            subjects = [*definitions, *subjects]
        if dated:  # "數位產業署在4月22日提出什麼建議？": that day's comments
            subjects = [_narrowed_to(s, dated) for s in subjects]
        if items:  # "數位產業署對產品設計系統建議加了什麼？": the comments that name the item
            subjects = [_narrowed_to(s, _comments_naming(items, vocabulary)) for s in subjects]
        elif item_kinds := [g for g in named_groups if _kind_of_item(g, vocabulary)]:
            # Or a kind of item ("The Administration for Digital Industries asked in April 2024 for additions to two of
            # the technical service items"): the comments that name one of its items (the agency's other April
            # comment, on the definition of AI, names none and had been given beside).
            kind_items = [s for s in vocabulary.subjects if any(s.clause in g.members for g in item_kinds)]
            subjects = [_narrowed_to(s, _comments_naming(kind_items, vocabulary)) for s in subjects]
        # "TPCA 提了哪幾點？", "When did TAIROA send its comments?": all of them, listed. A group the comments
        # themselves name is their topic, not a subject beside them ("建議新增哪三個智慧技術元素": TAIROA's words).
        own = " ".join(vocabulary.comment_texts.get(c, "") for s in subjects for c in (s.clause, *s.members))
        beside = [g for g in groups if not mentions(own, g.names)]
        # So are they where the days between them are asked ("數位產業署的兩次意見相隔幾天？").
        # Or counted as many as it made ("TPCA 的三點意見（合併、公有雲、電費）分別得到什麼回應？"), whatever decisions
        # their topics name.
        counted = bool(subjects) and all(_all_counted(question, s) for s in subjects)
        if counted or (
            not (items or decisions or beside) and mentions(question, [*asks.all_comments, *asks.days_apart])
        ):
            if everyone:
                # "Which associations and agencies commented, and on what date did TPCA submit?": every stakeholder's
                # comments, so who commented is answered beside the one named (it had been TPCA's alone).
                subjects = [s for s in vocabulary.subjects if s.kind == "stakeholder"]
            # With a stakeholder narrowed to one occasion beside them ("電路板協會遞意見的那天，到數位產業署第二次
            # 提意見，中間相隔幾天？"): that occasion's comment too.
            listed = any(s.members for s in subjects)
            comments = [c for s in subjects for c in (s.clause, *s.members)] if listed else []
        elif mentions(question, asks.other_comments):
            # Or where a part asks what else it proposed, beside the suggestion named ("電路板協會有問過電費能不能算
            # 進去，主管機關怎麼回？他們同一天還提了哪些建議？").
            subjects = stakeholders
            comments = [c for s in stakeholders if s.members for c in (s.clause, *s.members)]
    elif everyone and not subjects:
        subjects = everyone  # "Which associations and agencies commented?": each stakeholder's comments
        # Or the earliest or latest asked ("最早與最晚提出的分別是哪個單位、哪一天？").
        if mentions(question, [*asks.when, *asks.earliest, *asks.latest, *asks.comment_count]):
            # "Timeline please: which associations/agencies submitted comments, and on what dates?": every comment,
            # listed with its date.
            commenters = [s for s in vocabulary.subjects if s.kind == "stakeholder"]
            comments = [c for s in commenters for c in (s.clause, *s.members)]
    elif (
        not subjects
        and mentions(question, asks.which_suggestions)
        and mentions(question, [*asks.turned_down, *asks.covered_outcome, *asks.taken_up])
    ):
        # "Which suggestions did the government say were already covered…?": every stakeholder's, by what became of
        # them (nothing had been named, and the weak retrieval abstained).
        subjects = [s for s in vocabulary.subjects if s.kind == "stakeholder"]
    elif not subjects and mentions(question, asks.item_count):
        # "AI 產品與服務總共有幾個適用項目？": the overview that lists the items by kind (the comments had come up).
        subjects = [g.model_copy(update={"members": []}) for g in all_kinds]
    elif items and not decisions and mentions(question, asks.stakeholder):
        # "Following up on the enterprise operation process collaboration system: is R&D in scope? who asked for it to
        # be added and when?": the comments that name the item, whoever made them (the item's clause had answered).
        about_items = _comments_naming(items, vocabulary)
        commenters = [
            s for s in vocabulary.subjects if s.kind == "stakeholder" and set(about_items) & {s.clause, *s.members}
        ]
        # None where no comment names the item: the item stays ("A marketing agency subscribes to a copywriting service
        # … 500 million parameters. Does it meet the content generation threshold?": "agency" is the asker's client).
        subjects = [_narrowed_to(s, about_items) for s in commenters] or subjects
    elif mentions(question, asks.stakeholder):
        subjects = decisions  # "which association asked for AMR?": the decision named, its comment beside it
    elif not (decisions or items or groups) and (mentions(question, asks.compute) or _gives(question, "compute")):
        # "訓練大語言模型的伺服器，算力至少要多少？", "…訓練大語言模型的伺服器，規格0.18 PFLOPS夠不夠？": only
        # hardware items have compute thresholds; the one its words point at, else all of them.
        # "訓練用跟推論用的AI伺服器，算力門檻各是多少？": every item its words point at (the first alone had answered).
        described_all = _described_items(question, vocabulary, among=vocabulary.compute_items)
        # "審查時伺服器的算力怎麼認定？": the items with their review criteria, where how they are reviewed is asked.
        reviewed = review_asked(question, vocabulary)
        # A server, no item named ("審查時伺服器的算力是依什麼認定？"): the items that are servers, not the edge device.
        servers = vocabulary.server_items if mentions(question, vocabulary.server_words) else []
        # Nor the edge device among those one server's words point at ("採購一台 GPU 伺服器…即時回答客服問題。規格書：
        # 45 TFLOPS": 即時); several figures may be several machines ("our 120 TFLOPS training box and our 3 TOPS edge
        # camera").
        if servers and len(extract_compute(question)) <= 1:
            described_all = [s for s in described_all if s.clause in servers] or described_all[:1]
        hardware = [_item_subject(c, vocabulary, reviewed) for c in servers or vocabulary.compute_items]
        subjects = described_all or hardware
        defaulted = not described_all
    elif (
        not (decisions or items or (groups and not (buying or _asks_which_member(question, groups))) or of_element)
        and which_asked
        and not definition_phrase  # "…can hardware count as AI, or only software and services?": no item asked
        # "我們的客服機器人能理解並生成人類語言，這屬於哪一個關鍵技術元素？": which element, not which item ("客服").
        and not (elements and WHICH_ELEMENT.search(question))
    ):
        # "用 AI 整理會議錄音成摘要的服務，歸在哪一項？": the item its words point at ("我們買了一套軟體…" too: there
        # "software" is the thing bought, not the group asked about, as in "which is the only software item?"; nor in
        # "…佈局、偵錯和測試，應該歸在哪一個技術服務項目？", which asks which of the group's items it is)
        described = _described_item(question, vocabulary)
        if described:
            # "How does the document define natural language processing, and which item combines it with search and
            # retrieval…?": an element defined in a part of its own stays, before the item.
            elements_defined = [
                s
                for s in subjects
                if s.kind == "element" and asked_apart(question, s.names, asks.definition, described.names)
            ]
            subjects = [*elements_defined, described]
    # A price asked of an item: its worked case states it (the item's clause alone had the question refused).
    wants_case = bool(mentions(_without(question, asks.listed_examples), [*asks.case, *asks.price_asked]))
    # Not a review word naming where the asker's own figure comes from ("The spec sheet for our edge gateway states
    # its compute … (6 TFLOPS). Does the edge computing item accept a TFLOPS figure?"): that part gives a figure.
    wants_review = any(
        mentions(part, asks.review) and not _gives(part, "compute")
        for part in _PARTS.split(_without(question, asks.recognised_as))
    )
    # "訓練大模型用的伺服器和擺在現場的邊緣設備，兩者最低算力要求差幾倍？": one hardware item named, compared with one
    # told by its use (the edge device alone had come up, and the model gave 5 times).
    if (
        subjects == items
        and len(items) == 1
        and items[0].clause in vocabulary.compute_items
        and mentions(question, [*asks.ratio, *asks.compared])
    ):
        told = _described_items(erase(question, items[0].names), vocabulary, among=vocabulary.compute_items)
        items = [*items, *(s for s in told if s.clause != items[0].clause)]
        subjects = items
    asks_requirements = bool(mentions(question, [*asks.compute, *asks.model_size, *asks.must]))  # "算力門檻？"
    clauses = []
    for subject in subjects:
        # A kind of item asked for its example, no item named ("文件在說明技術服務怎麼審查時，舉了一個…例子。那是哪個
        # 服務？"): its members' one worked case (the review criterion alone had answered).
        cases = [subject.case] if subject.case else [] if items else _members_case(subject, vocabulary)
        if wants_case and cases:
            clauses.extend(cases)
            if wants_review:  # "Sora 那個案例，審查時是怎麼確認它有達到…？": the worked case, and how it is reviewed
                clauses.extend(subject.review)
        elif wants_review and subject.review:
            # "For a technical service like a content generation system, what do reviewers look at to decide whether
            # it qualifies?": the criterion alone (asked how it is decided, not what the item requires); the item's
            # clause too where a part of its own asks what it takes to count ("how will the reviewer confirm our
            # device's compute, and where does it have to be deployed to count as an edge device?").
            clauses.extend(subject.review)
            # So where a part naming where a figure is read asks how much it takes ("如果硬體規格書只標示 TFLOPS，
            # 要多少才算達到門檻？": the spec sheet's review criterion had stood alone).
            # Or the figure a document must show ("…which document does the review rely on, and what compute level
            # must be shown?": the threshold had gone unsaid).
            if subject.kind == "item" and any(
                mentions(part, [*asks.condition, *asks.figure_shown])
                and (not mentions(part, asks.review) or mentions(part, asks.how_much))
                for part in _ASKS.split(question)
            ):
                clauses.append(subject.clause)
        else:
            clauses.append(subject.clause)
            # "Sora 那個案例…審查時是看什麼來認定？": a worked case named by its own name, and how its item is reviewed.
            if wants_review:
                clauses.extend(r for s in vocabulary.subjects if s.case == subject.clause for r in s.review)
            # A kind of item ("哪幾個項目屬於硬體？") is answered by the overview that lists it; its items' own clauses
            # only when their conditions are asked ("三種硬體項目的算力門檻分別是多少？").
            # So where how they differ is asked ("How do the four technical-service items differ from one another?").
            if not _kind_of_item(subject, vocabulary) or asks_requirements or mentions(question, asks.differ):
                clauses.extend(subject.members)
    # "…to serve our LLM chatbot. Which hardware item is it, and does it meet the threshold?": which item a thing
    # bought is, is asked; the elements it names describe it. Not "…supervised learning. Does that count as the
    # 'machine learning' element?": whether it counts as one is the question.
    which_purchase = buying and (which_asked or _asks_which_member(question, groups))
    # Or which element the techniques it names are ("…trained with reinforcement learning and … runs a CNN. Which of
    # the key technical elements do these correspond to?": the model had named one).
    # Not where the elements themselves are named ("Apart from machine-learning and deep-learning algorithms, which
    # other key technical elements…?"): each would be said to fall under itself.
    which_element = (
        bool(elements)
        and bool(WHICH_ELEMENT.search(question))
        and not which_purchase
        and not mentions(question, asks.element_names)
    )
    asks_element = about_elements and (yes_or_no or which_element) and (of_element or not which_purchase)
    # Only the kind is asked: not the item's requirements, its review or its worked case.
    of_kind = bool(items and kinds) and subjects == [*items, *kinds]  # not displaced by a stakeholder or a date
    kind_of = [s.clause for s in items] if of_kind and not (wants_case or wants_review or asks_requirements) else []
    return Focus(
        defaulted=defaulted,
        clauses=list(dict.fromkeys(clauses)),
        subjects=list(dict.fromkeys(s.clause for s in subjects)),
        items=[s.clause for s in items],
        asks_element=asks_element,
        kind_of=kind_of,
        comments=comments,
        dated=dated if dated and not stakeholders else [],
        misattributed=misattributed,
        proposal=bool(mentions(question, asks.proposal)),
        # "…商業發展署好像也提過類似的東西，這種要歸哪一項？": which item it is, is what the response decided.
        # Or whether a suggestion was done, put as a claim to confirm ("聽說因為台灣電路板協會的建議，人工智慧已經和智慧
        # 機械合併成同一個申請項目了，是這樣嗎？": the comment alone had been given, the "no" unsaid), or whether what a
        # decision names was left out ("聽說公有雲上的 AI 應用被排除在抵減之外了，是這樣嗎？"); not who made it ("Was it
        # TPCA that suggested adding AMR…?").
        decision=bool(mentions(question, asks.decision))
        or which_asked
        or (
            not misattributed
            and (
                adoption_asked(question, vocabulary)
                or (any(s.kind == "decision" for s in subjects) and yes_or_no_of(question, asks.left_out))
                # "訂閱公有雲上的生成式 AI 服務…這種雲端上的 AI 應用也能算嗎？之前有公協會提過類似意見嗎？": whether
                # what the decision is about counts, beside whether it was proposed (the model had quoted the comment).
                or (
                    any(s.kind == "decision" for s in subjects)
                    and bool(mentions(question, asks.proposed_asked))
                    and yes_or_no_of(question, asks.qualifies)
                )
            )
        ),
        # Which item something the asker has or buys falls under: rag.answer asks the classifier, which reads the
        # whole description (a Jetson box doing defect inspection is an edge device, though inspection is routed).
        # Not when it asks what a stakeholder proposed ("之前有公協會提過類似建議嗎？"): the comments answer. A thing
        # named by a worked case's words ("a GPU server with one H100") is described, not an item named.
        described=not any(s.clause in vocabulary.item_words for s in items)
        and not asks_element
        and which_purchase
        and not mentions(question, [*asks.stakeholder, *asks.proposed_asked]),
    )


def _without(question: str, phrases: Sequence[str]) -> str:
    """``question`` with ``phrases`` blanked out."""
    for phrase in phrases:
        question = re.sub(re.escape(phrase), " ", question, flags=re.IGNORECASE)
    return question


# Words after an item's name that make it the name of the item's worked case ("the inference-server case").
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]")
_CASE_AFTER_NAME = ("case", "example", "worked case", "worked example", "案例", "的案例", "範例", "的範例")


def _items_named_as_their_cases(named: list[Subject], text: str) -> list[Subject]:
    """``named`` without each item whose names ``text`` says only as its worked case's name, where the case is named
    too ("H100 cards rated at 48 TFLOPS each (the figure used in the inference-server case), would three cards be
    enough for the training-server threshold?": the case, not the item, which had been checked too)."""
    cases = {s.clause for s in named}
    out: list[Subject] = []
    for subject in named:
        if subject.kind == "item" and subject.case in cases:
            as_case = [f"{n}{w}" if _CJK_WORD.match(w) else f"{n} {w}" for n in subject.names for w in _CASE_AFTER_NAME]
            if not mentions(erase(text, as_case), subject.names):
                continue
        out.append(subject)
    return out


def review_asked(question: str, vocabulary: QuestionVocabulary) -> bool:
    """Whether a part of the question asks how a thing is reviewed ("要準備什麼佐證？"); not "才會被認定是…", which
    asks what it takes to count as one."""
    return asked_for(_without(question, vocabulary.asks.recognised_as), vocabulary.asks.review, vocabulary)


_PART_CLAUSES = re.compile(r"[,，、]")


def asked_of_item(question: str, names: Sequence[str], vocabulary: QuestionVocabulary) -> bool:
    """Whether a part of ``question`` asks an open question of the item ``names`` name ("產品設計系統可以協助哪些自動化
    工作？"), not of a suggestion, a stakeholder or a decision about it."""
    asks = vocabulary.asks
    about_decision = [w for w in asks.decision if w not in asks.qualifies]
    not_of_item = [*asks.proposal, *asks.stakeholder, *about_decision]

    def of_item(part: str) -> bool:
        if not mentions(part, names):
            return False
        if mentions(part, asks.open) and not mentions(part, not_of_item):
            return True
        # Or in clauses of its own ("For a product design system, what technology route … is accepted, which
        # automated tasks are listed"): the item named as the topic, in a clause asking nothing, and another clause
        # asking openly; neither about a suggestion. Not "what was added to product design systems", which asks
        # what a suggestion added.
        clauses = [c for c in _PART_CLAUSES.split(part) if c.strip()]
        return any(mentions(c, names) and not mentions(c, [*asks.open, *not_of_item]) for c in clauses) and any(
            mentions(c, asks.open) and not mentions(c, [*names, *not_of_item]) for c in clauses
        )

    return any(of_item(part) for part in _ASKS.split(question))


def sheet_asked(question: str, vocabulary: QuestionVocabulary) -> bool:
    """Whether a part of the question asks whether the vendor's sheet or rating counts ("Can the TFLOPS rating be used
    to meet the edge device threshold?"), not just says where its figure is from ("規格書寫 45 TFLOPS，符合嗎？")."""
    asks = vocabulary.asks
    return any(
        mentions(part, asks.spec_sheet) and (asks_qualifies(part, asks) or mentions(part, asks.open))
        for part in _SENTENCES.split(question)
    )


# A question's clauses, English sentences apart too ("The datasheet says 6 TOPS. Does that meet it?").
_SENTENCES = re.compile(r"[?？!！，;；。]|,(?!\d{3})|\.\s")  # not the comma of "44,000"


# Two servers said with their noun once: "the training and inference server thresholds", "訓練與推論伺服器".
_SHARED_SERVER_EN = re.compile(
    r"\b(training|inference)(\s*(?:and|or|&|vs\.?|versus|/)\s*)(training|inference)(\s+)(servers?)\b", re.IGNORECASE
)
_SHARED_SERVER_ZH = re.compile(r"(訓練|推論)(與|和|及|跟|或|、|/)(訓練|推論)(應用)?(伺服器|主機)")


def shared_heads(question: str) -> tuple[str, list[tuple[str, str]]]:
    """``question`` with two servers said with one noun each given it ("training and inference server thresholds" →
    "training server and inference server thresholds"), so each is read as the item it names; and each rewrite, as
    (written, read as)."""
    rewrites: list[tuple[str, str]] = []

    def english(match: re.Match[str]) -> str:
        first, joint, second, gap, noun = match.groups()
        rewrites.append((match.group(0), read := f"{first} {noun}{joint}{second}{gap}{noun}"))
        return read

    def chinese(match: re.Match[str]) -> str:
        first, joint, second, applied, noun = match.groups()
        rewrites.append((match.group(0), read := f"{first}{noun}{joint}{second}{applied or ''}{noun}"))
        return read

    def by_use(match: re.Match[str]) -> str:
        rewrites.append((match.group(0), read := f"{match.group(0)}伺服器"))
        return read

    question = _SHARED_SERVER_ZH.sub(chinese, _SHARED_SERVER_EN.sub(english, question))
    # Or a server said by its use alone beside another named ("推論server算力門檻要幾T啊？…順便問訓練用的要多少": the
    # training server had gone unanswered).
    if _SERVER_NOUN.search(question):
        question = _USE_ALONE.sub(by_use, question)
    return question, rewrites


_SERVER_NOUN = re.compile(r"伺服器|主機|server", re.IGNORECASE)
_USE_ALONE = re.compile(
    r"(?:訓練|推論|推理)用的(?!\s*(?:AI|伺服器|主機|server|機器|設備|資料|數據|模型|GPU|顯卡|卡|晶片|工具|軟體))", re.I
)


# Compute asked in a bare "T", as chat shortens TFLOPS: "門檻幾T", "算力要多少T", "min T for an inference box?", only
# where the question is about compute or a threshold; a figure's T only said of a server, nothing stored spoken of
# ("4T 硬碟" is storage).
_BARE_T = re.compile(r"(?:(?<=幾)|(?<=多少)|(?<=\bmin\s)|(?<=\bminimum\s)|(?<=\bhow\s many\s))\s*T(?![A-Za-z0-9])")
_FIGURE_T = re.compile(r"(?<=\d)\s*T(?![A-Za-z0-9])")
_BRACKET_OPEN = re.compile(r"[（(]\s*[\d.,]+$")
_SERVER_SAID = re.compile(r"伺服器|主機|推論|訓練|\b(?:servers?|inference|training)\b", re.IGNORECASE)
_STORAGE_SAID = re.compile(r"硬碟|儲存|記憶體|容量|\b(?:TB|SSD|HDD|disks?|drives?|storage|memory|RAM)\b", re.IGNORECASE)
_COMPUTE_ASKED = re.compile(r"門檻|算力|運算力|\b(?:compute|threshold|floor|min|minimum|flops)\b", re.IGNORECASE)


def bare_units(question: str) -> tuple[str, list[tuple[str, str]]]:
    """``question`` with compute asked in a bare "T" read as TFLOPS ("門檻幾T" → "門檻幾 TFLOPS"), and each rewrite, as
    (written, read as). So is a figure in a bare "T" said of a server ("30T 的推論主機到底夠不夠格？"), where nothing
    stored is spoken of (a "4T" disk is terabytes)."""
    rewrites: list[tuple[str, str]] = []

    def unit(match: re.Match[str]) -> str:
        rewrites.append((match.group(0).strip(), "TFLOPS"))
        return "TFLOPS" if question[match.start() - 1].isspace() else " TFLOPS"

    if _COMPUTE_ASKED.search(question):
        question = _BARE_T.sub(unit, question)
    if _SERVER_SAID.search(question) and not _STORAGE_SAID.search(question):
        # Not in brackets after a device ("配1張H100（48T）"): the device's own figure, read with the device.
        said = question
        question = _FIGURE_T.sub(lambda m: m.group(0) if _BRACKET_OPEN.search(said, 0, m.start()) else unit(m), said)
    return question, rewrites


def asked_for(question: str, words: Sequence[str], vocabulary: QuestionVocabulary) -> bool:
    """Whether a part of the question asks for ``words`` (an open question naming them: "要準備什麼佐證？"), not
    just mentions them ("規格書標示 200 TFLOPS")."""
    return any(mentions(part, words) and mentions(part, vocabulary.asks.open) for part in _PARTS.split(question))


def said_together(question: str, *words: Sequence[str], unsaid: Sequence[str] = ()) -> bool:
    """Whether one part of the question says one of each of ``words`` ("the fewest number of chips needed to reach the
    training-server bar"; not "how many TFLOPS is one card? … would 3 cards reach the bar?"), and none of ``unsaid``."""
    return any(all(mentions(part, w) for w in words) and not mentions(part, unsaid) for part in _PARTS.split(question))


def asked_in_words_of(question: str, said: str, unsaid: str, vocabulary: QuestionVocabulary) -> bool:
    """Whether an open part of ``question`` asks in words that ``said`` has and ``unsaid`` has not: four Chinese
    characters in a row, or two English words (by their first five letters). "數位產業署所提AI系統定義中，輸出結果包括
    哪些類型？", "what kinds of outputs can the system infer from its input?" ask what ADI's comment says (its 輸出結果,
    its outputs and input), which its response does not."""
    latin_said = {w.lower()[:5] for w in _LATIN_WORD.findall(said)}
    latin_unsaid = {w.lower()[:5] for w in _LATIN_WORD.findall(unsaid)}
    for part in _PARTS.split(question):
        if not mentions(part, vocabulary.asks.open):
            continue
        for run in _CJK_RUN.findall(part):
            if any(run[i : i + 4] in said and run[i : i + 4] not in unsaid for i in range(len(run) - 3)):
                return True
        words = {w.lower()[:5] for w in _LATIN_WORD.findall(part) if w.lower() not in _COMMON_WORDS}
        if len(words & latin_said - latin_unsaid) >= 2:
            return True
    return False


def adoption_asked(question: str, vocabulary: QuestionVocabulary) -> bool:
    """Whether a part of the question asks yes or no whether a suggestion was done ("政府最後有照辦嗎？", "Did the
    government create a separate cloud item, and if not, where…?")."""
    return yes_or_no_of(question, vocabulary.asks.adoption)


def yes_or_no_of(question: str, words: Sequence[str]) -> bool:
    """Whether a part of the question that asks yes or no says one of ``words``, or the statement before a part that
    only asks to have it confirmed ("…AI has been merged with smart machinery into one item. Is that so?")."""
    parts = _ASKED_PARTS.split(question)
    for i, part in enumerate(parts):
        if not (_DONE_EN.match(part) or mentions(part, _YES_NO_ZH) or RIGHT_ASKED.search(part)):
            continue
        if mentions(part, words) or (i and _CONFIRMATION.match(part) and mentions(parts[i - 1], words)):
            return True
    return False


def yes_or_no_asked(question: str, words: Sequence[str]) -> bool:
    """Whether a part of the question asks yes or no in any form ("Do all four … require…?", "Quick check: must
    it…?", "…是不是都一定要…？") and says one of ``words``."""
    for part in _ASKED_PARTS.split(question):
        asked = part.rsplit(":", 1)[-1].rsplit("：", 1)[-1]  # after a label ("Quick check: do…")
        if (_YES_NO_EN.match(asked) or mentions(asked, _YES_NO_ZH)) and mentions(asked, words):
            return True
    return False


# A question's sentences, and the clauses joined to them by "and" or "but", or set off by a dash ("ADI suggested the
# word 'adaptiveness' – was it taken?", "…in the def - did it get in?").
_ASKED_PARTS = re.compile(
    r"[?？;；。!！]|\.\s|,\s*(?:and|but|so)\s+|，\s*(?:還有|以及|另外|而且|那|但)|\s[–—-]+\s", re.IGNORECASE
)
_YES_NO_ZH = ["嗎", "有沒有", "是否", "了沒", "是不是", "有無"]
# Asking to have what it says confirmed: "…the AI items now sit inside smart machinery — correct?", "…了吧", "這個說法
# 對嗎？"; in a part with its question mark split off too ("— correct").
RIGHT_ASKED = re.compile(
    r"對嗎|對吧|是吧|了吧|吧\s*[？?]|對不對|正確嗎|是否正確|有沒有錯|沒錯吧|說法[^。？?]{0,4}(?:對|正確)|\b(?:is|are)\s+(?:that|this|it|they)\s+"
    r"(?:right|correct|true|accurate|so)\b|\b(?:right|correct)\W*(?:\?|$)",
    re.IGNORECASE,
)
# A part that only asks to have the statement before it confirmed: "Is that so?", "Right?", "是這樣嗎？", "真的嗎？".
_CONFIRMATION = re.compile(
    r"^\W*(?:(?:is|was)\s+(?:that|this|it)\s+(?:so|true|right|correct|accurate|the case)|right|correct|true|"
    r"是這樣嗎|是真的嗎|真的嗎|對嗎|對吧|是嗎)\W*$",
    re.IGNORECASE,
)
# A part asking in English whether a thing was done: "Did the government…", "Was it adopted…", "and was it…".
_DONE_EN = re.compile(r"^\W*(?:did|does|was|were|has|have|had|is|are)\b", re.IGNORECASE)


# A statement put to be judged true or false ("True or false: an AI inference server must have at least 48 TFLOPS.",
# "是非題：…", "判斷正誤：…").
TRUE_OR_FALSE = re.compile(
    r"\btrue\s+or\s+false\b|\bT\s*/\s*F\b|是非題|對或錯|是對是錯|對還是錯|判斷真假|判斷正誤|判斷對錯|是真是假|真或假|正確與否|是否正確"
    r"|是否屬實|屬實嗎|\bis\s+(?:this|that|the)\s+(?:claim|statement)\s+(?:accurate|correct|true|right)\b",
    re.IGNORECASE,
)


def yes_or_no_parts(question: str, vocabulary: QuestionVocabulary) -> list[str]:
    """The parts of ``question`` that ask yes or no ("Is CNN one of the recognised DL algorithms, and which item …?":
    the first)."""
    asks = vocabulary.asks
    return [p for p in _ASKS.split(question) if asks_qualifies(p, asks) and not mentions(p, asks.open)]


def split_recap(question: str, vocabulary: QuestionVocabulary) -> tuple[str, str]:
    """The question without the opening that recalls an earlier one, and that opening ("" if none).

    "承上題（推論伺服器要45 TFLOPS），那訓練伺服器 0.18 PFLOPS 夠不夠？" asks about the training server; the inference
    server and its 45 TFLOPS are the earlier question's, not a subject or a figure of this one.
    """
    recap = ""
    matched = True
    while matched:  # "承上題，我們原本問的是內容生成系統；如果改做RAG…": one recap after another
        matched = False
        for pattern in vocabulary.recap:
            m = pattern.match(question)
            if m and 0 < m.end() < len(question):
                recap, question, matched = f"{recap}{m.group(0)}", question[m.end() :], True
    return question, recap.strip()


def unknown_organisation(question: str, vocabulary: QuestionVocabulary) -> str | None:
    """An organisation the question asks what it proposed, that is none of the stakeholders who commented
    ("台灣半導體產業協會（TSIA）對這個AI抵減項目提了什麼意見？"), else None."""
    if not mentions(question, vocabulary.asks.proposal):
        return None
    known = [n for s in vocabulary.subjects if s.kind == "stakeholder" for n in s.names]
    for pattern in vocabulary.asks.organisation:
        for match in pattern.finditer(question):
            name = match.group(0).strip("（()） ")
            if not mentions(match.group(0), known) and not any(name.lower() in k.lower() for k in known):
                return name
    return None


# A question offering options after a colon, asking which the policy names ("Which of these is NOT named as an example
# …: procurement, marketing, payroll, auditing?", "下列哪一項沒有列在…：採購、行銷、薪資") names them as candidates; it
# does not ask for them. Not purchases offered ("Which of these qualify: a leased server, …"): their rules are asked.
_OFFERED = re.compile(
    r"\b(?:which|what)\s+(?:one\s+)?of\s+(?:these|the\s+following|those)\b|以下哪|下列哪|底下哪|以下何者|下列何者", re.I
)
_NAMED = re.compile(
    r"\b(?:named|names|listed|lists|mentioned|mentions|cited|given|examples?|includes|included)\b"
    r"|\b(?:is|are)\s+(?:not\s+|NOT\s+)?(?:an?\s+)?(?:requirements?|conditions?)\s+(?:of|for)\b|列舉|列出|列在|提到|舉例|例子|所列|要件"
    # "下列哪些屬於政策認可的深度學習演算法分類？(A) CNN …": a class or kind the policy recognises.
    r"|認可|承認|屬於[^？?：:]{0,20}(?:分類|類別|類型|之列)|\brecogni[sz]e[sd]?\b",
    re.I,
)
_OPTIONS = re.compile(r"[:：][^:：]*$")


_OPTION_SEP = re.compile(r"\s*(?:[,，、;；/]|\bor\b|\band\b|或|和|及)\s*", re.I)


def offered_options(question: str) -> tuple[str, list[str]] | None:
    """The question before the options it offers after a colon, and the options, where it asks which of them the
    policy names ("下列何者「不是」政策所列的四項關鍵技術元素：機器學習演算法、…、電腦視覺、自然語言處理？"); else
    None."""
    offered = _OFFERED.search(question)
    colon = _OPTIONS.search(question, offered.end()) if offered else None
    if colon is None and offered is not None:
        return _lettered_options(question, offered.end())
    if colon is None or not _NAMED.search(question, 0, colon.start()):
        return None
    # Lettered after the colon ("…deep learning families: (A) CNN (B) SVM (C) RNN"), cut at the letters.
    if (by_letter := _lettered_options(question, colon.start())) is not None:
        return by_letter
    listed = question[colon.start() + 1 :].strip().rstrip("?？。.!！ ")
    options = [o.strip(" 「」『』\"'“”") for o in _OPTION_SEP.split(listed)]
    return question[: colon.start()], [o for o in options if o]


# Whether a clause covers a term, asked yes or no: "Does the enterprise operation process collaboration system item
# cover R&D?", "企業營運流程協作系統有沒有涵蓋研發？", "…是否包含資安管控？".
_COVERS_EN = re.compile(
    r"(?:^|(?<=[.?!:;]\s))\s*(?:also\s*[:,]?\s*)?(?:does|do|did|will|would)\s+(?:the\s+)?[^?.;]{3,120}?\s+(?:cover|include|encompass|mention|name|list)\s+"
    r"(?:(?:the|any|an?)\s+)?(?P<term>[^?.,;:]{2,40}?)\s*(?:at\s+all|too|as\s+well|work)?\s*\?",
    re.IGNORECASE,
)
_COVERS_ZH = re.compile(
    r"(?:有沒有|是否|有無)(?:涵蓋|包含|包括|提到|列出|列到)(?P<term>[^？?，,。、；;]{2,12}?)(?:在內)?(?:嗎|呢)?[？?]"
    r"|(?:涵蓋|包含|包括|提到|列出|列到)(?P<term2>[^？?，,。、；;]{2,12}?)(?:在內)?(?:嗎|了嗎)[？?]?"
)


def covered_term(question: str) -> str | None:
    """The term a yes-or-no question asks whether a clause covers (:data:`_COVERS_EN`, :data:`_COVERS_ZH`); else None.
    One term only: a list ("cover R&D and payroll?") is options, each looked for apart."""
    found = _COVERS_EN.search(question) or _COVERS_ZH.search(question)
    if found is None:
        return None
    term = (found.groupdict().get("term") or found.groupdict().get("term2") or "").strip(" 「」『』\"'“”")
    if not term or _OPTION_SEP.search(term):
        return None
    return term


# Options lettered after the question: "…所列的關鍵技術元素？A.機器學習 B.電腦視覺 C.自然語言處理 D.大語言模型".
_LETTER = re.compile(r"(?:^|(?<=[\s？?：:。，,]))[(（]?([A-Ea-e])[.．、)）]\s*")
OPTION_LETTER = re.compile(r"^[(（]([A-E])[)）]\s*")


def _lettered_at(question: str, start: int = 0) -> tuple[str, list[tuple[str, str]]] | None:
    """The question before the options lettered A, B, … in order after ``start``, and each option's letter and text;
    None where fewer than two are lettered so."""
    letters = list(_LETTER.finditer(question, start))
    if len(letters) < 2 or [m.group(1).upper() for m in letters] != [chr(65 + i) for i in range(len(letters))]:
        return None
    ends = [m.start() for m in letters[1:]] + [len(question)]
    options = [
        (m.group(1).upper(), question[m.end() : end].strip().rstrip("?？。.!！,，;； "))
        for m, end in zip(letters, ends, strict=True)
    ]
    return question[: letters[0].start()], options


def lettered(question: str) -> list[tuple[str, str]]:
    """The options lettered A, B, … in ``question`` ("(A) AI edge computing devices, (B) …"): each letter with its
    text; none where fewer than two are lettered in order."""
    found = _lettered_at(question)
    return found[1] if found else []


def _lettered_options(question: str, start: int) -> tuple[str, list[str]] | None:
    """The question before the options lettered A, B, … after ``start``, and the options, each with its letter
    ("（B）電腦視覺", "(B) computer vision"), where it asks which of them the policy names; else None."""
    found = _lettered_at(question, start)
    if found is None or not _NAMED.search(found[0]):
        return None
    head, options = found
    return head, [
        f"（{letter}）{text}" if re.search(r"[\u3400-\u9fff]", text) else f"({letter}) {text}"
        for letter, text in options
    ]


def _without_options(question: str) -> str:
    """``question`` without the options it offers: after a colon, where it asks which of them the policy names, or
    lettered (A), (B), … ("…(D) it referred the request to smart machinery.": no ask of that item's requirements)."""
    offered = offered_options(question) or _lettered_at(question)
    return offered[0] if offered else question


def unstated_facts(
    question: str, clauses: Sequence[Clause], vocabulary: QuestionVocabulary
) -> tuple[list[Fact], str | None]:
    """Every kind of fact the question asks for that none of ``clauses`` states; and, where each is asked in a part
    added after the rest ("…which one is the only software item? Also, which agency will process the applications?",
    "…does each one clear the compute floor, and what credit rate applies?"), the question with those parts blanked,
    else None (a part naming the thing the rest goes on to ask about is no part apart: "NVIDIA H200 的 FP16 算力是多少
    TFLOPS？跟 H100 相比快多少？")."""
    found: list[Fact] = []
    added = True  # every part asking an unstated fact is added after the rest
    blanked = question
    while (unstated := _unstated(blanked, clauses, vocabulary)) is not None:
        fact, spans = unstated
        found.append(fact)
        for start, end in spans:
            added = added and bool(
                _ADDED_BEFORE.search(question[:start])
                or _ADDED_AT.match(question[start:end])
                or _THEN_AFTER.match(question[end:])
            )
            blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    return found, (blanked if added else None)


# A part added after what comes before it: "…? Also, …", "…, and what…", "…。另外…", "還有…", or a question of its
# own after another ("…還差多少錢？買了以後可以抵減多少稅？").
_ALSO_EN = r"also|separately|additionally|besides|moreover|furthermore"
_ADDED_BEFORE = re.compile(
    rf"\S.*(?:\b(?:{_ALSO_EN}|and|plus|in\s+addition)|另外|還有|以及|此外|順便(?:問|請問|一提)?|並且|[?？])[\s,，:：]*$"
    # Or the next of several asked in the part an "also" opens: "…。另外，可以抵減幾％…、要在什麼時候前申請？".
    rf"|(?:\b(?:{_ALSO_EN})\b|另外|此外|還有|順便)[^。？?!！]*[、，,]\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ADDED_AT = re.compile(rf"\s*(?:(?:{_ALSO_EN})\b|另外|還有|以及|此外|順便|並且|又)", re.IGNORECASE)
# Or asked first, with the rest led on to after it: "…first state the exact credit percentage. Then: our gateway box's
# NPU is rated 4.8 TOPS… Does it qualify…?", "先告訴我抵減率，然後…".
_THEN_AFTER = re.compile(r"[\s.。,，;；]*(?:\b(?:then|after\s+that|next)\b|然後|接著|再來|之後)", re.IGNORECASE)


def _unstated(
    question: str, clauses: Sequence[Clause], vocabulary: QuestionVocabulary
) -> tuple[Fact, list[tuple[int, int]]] | None:
    """The first kind of fact the question asks for that none of ``clauses`` states, with where the question's
    clauses that ask for it are."""
    asked = _without_options(question)
    for fact in vocabulary.facts:
        # Blanked to the same length, so that where a part is in ``words`` is where it is in the question.
        words = fact.other_sense.sub(lambda m: " " * len(m.group()), asked) if fact.other_sense else asked
        # What says the question is not asking for it counts in the clause that asks ("送件前要準備什麼佐證？"), not
        # in another ("要填哪一份表格、附上哪些證明文件？" still asks for the form).
        spans = [_clause_span(words, m.start(), m.end()) for m in fact.asked.finditer(words)]
        # Not in a part the asker sets aside themselves ("(The finance team also wants to know about lease vs buy,
        # ignore that.)", "(we also bought new office chairs this quarter, unrelated)").
        spans = [(start, end) for start, end in spans if not _set_aside_by_asker(words, start, end)]
        asking = [words[start:end] for start, end in spans]
        if fact.unless is not None and all(fact.unless.search(part) for part in asking):
            continue
        if not asking or _gives(question, fact.given, vocabulary):
            continue
        stating = [c for c in clauses if fact.stated.search(f"{c.text} {c.text_en}")]
        if fact.of_named:
            named = [_items_named(part, vocabulary) for part in asking]
            stating = [c for c in stating if all(not ids or c.id in ids for ids in named)]
        if not stating:
            return fact, spans
    return None


_IGNORE_IT = re.compile(r"\bignore\s+(?:that|this|it)\b|不用管|先不管|不用理|別管|不必理", re.IGNORECASE)
_UNRELATED = re.compile(r"\bunrelated\b|\birrelevant\b|\bnot\s+relevant\b|無關|不相關", re.IGNORECASE)
_PART_END = re.compile(r"[。？?！!()（）\n]|\.(?=\s)")


def _set_aside_by_asker(text: str, start: int, end: int) -> bool:
    """Whether the sentence or bracketed aside ``text[start:end]`` lies in is one the asker sets aside: told to be
    ignored ("…lease vs buy, ignore that."), or said to be unrelated in brackets ("(we also bought new office chairs
    this quarter, unrelated)"). Not "Unrelated, but what's Taiwan's corporate income tax rate…?", which asks it."""
    opened, closed = _clause_span(text, start, end, _PART_END)
    part = text[opened:closed]
    bracketed = opened > 0 and text[opened - 1] in "(（"
    return bool(_IGNORE_IT.search(part) or (bracketed and _UNRELATED.search(part)))


def _items_named(text: str, vocabulary: QuestionVocabulary) -> set[str]:
    """The clauses (own and worked case) of every item ``text`` names."""
    named = [s for s in vocabulary.subjects if s.kind == "item" and mentions(text, s.names)]
    return {i for s in named for i in (s.clause, s.case) if i}


# An element asked for: "Which of the four key technical elements does it fall under?", "對應到哪一個關鍵技術元素？".
WHICH_ELEMENT = re.compile(r"\bwhich\b[^?？.,，]{0,40}\belements?\b|哪[^?？。，,]{0,10}(?:技術元素|關鍵元素)", re.I)
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_CONDITION_WORD = re.compile(r"[a-z][a-z0-9\-]{2,}")  # a Latin word of a condition, three letters or more
_YES_NO_EN = re.compile(r"^\W*(?:does|do|must|is|are|has|have|should|will|would|can|could)\b", re.IGNORECASE)


def unstated_condition(
    question: str, names: Sequence[str], clauses: Sequence[Clause], vocabulary: QuestionVocabulary
) -> str | None:
    """The condition a yes/no question asks an item must meet ("Does an AI edge computing device have to be
    manufactured in Taiwan?") when none of the item's ``clauses`` says a word of it, else None.

    ``names`` are the item's names, read out with the words that name no condition (``filler``), the words asking
    whether it must (``must``) and whether it qualifies. A word is said where it occurs in a clause (an English word
    also by its first five letters, "connected" by "connection"; Chinese by any two characters in a row). A question
    offering alternatives ("…or can it be classic ML?", "…還是…") asks which, and is left to the model.
    """
    asks = vocabulary.asks
    said = " ".join(f"{c.title} {c.title_en} {c.text} {c.text_en}" for c in clauses).lower()
    noise = {*names, *asks.must, *asks.bears_on, *asks.qualifies, *asks.meets, *asks.model_size, *asks.filler}
    if mentions(question, asks.either):
        return None
    for part in _SENTENCES.split(question):
        if not mentions(part, [*asks.must, *asks.bears_on]) or mentions(part, asks.open):
            continue
        if not (_YES_NO_EN.match(part) or "嗎" in part):
            continue
        rest = erase(part, noise).lower()
        words = _CONDITION_WORD.findall(rest)
        runs = _CJK_RUN.findall(rest)
        if not (words or runs):
            continue
        spoken = [w for w in words if w in said or (len(w) >= 6 and w[:5] in said)]
        spoken += [r for r in runs if pair_said(r, said)]
        if not spoken:
            return " ".join([*words, *runs])
    return None


def _clause_span(text: str, start: int, end: int, ends: re.Pattern[str] | None = None) -> tuple[int, int]:
    """Where the clause (or clauses) of ``text`` that ``text[start:end]`` falls in starts and ends; or the part that
    ``ends`` bounds (a sentence or a bracketed aside, :data:`_PART_END`)."""
    ends = ends or _CLAUSE_END
    before = [m.end() for m in ends.finditer(text, 0, start)]
    after = ends.search(text, end)
    return before[-1] if before else 0, after.start() if after else len(text)


def _gives(
    question: str,
    figure: Literal["compute", "parameters", "unit_price", "precisions"] | None,
    vocabulary: QuestionVocabulary | None = None,
) -> bool:
    """Whether the question itself gives a figure of that kind; with ``vocabulary``, not where it quotes a worked case
    ("案例裡的 H100 是 48TFLOPS，那 A100 和 RTX 4090 的 TFLOPS 各是多少？" asks the others' figures)."""
    if figure == "compute":
        if vocabulary is not None:
            return any(
                extract_compute(part) and not mentions(part, vocabulary.asks.case) for part in _PARTS.split(question)
            )
        return bool(extract_compute(question))
    if figure == "parameters":
        return bool(extract_parameters(question))
    if figure == "precisions":
        return at_several_precisions(extract_compute(question))
    if figure == "unit_price":  # "three servers at NT$1.3M each: what is the total cost?" works the total out
        return purchase_total(question) is not None
    return False


def focus_order(clauses: Sequence[Clause], focus: Focus, by_id: dict[str, Clause], k: int) -> list[Clause]:
    """The clauses the question names, else the ``k`` retrieved ones; each with its comment or response.

    A question that names its subject is answered from that subject's clauses alone: with other clauses beside
    them, the model answers from whichever it reads first. A comment and its response are placed together, the
    response first when ``focus.decision_first``.
    """
    named = [by_id[i] for i in focus.clauses if i in by_id]
    result: list[Clause] = []
    for clause in named or list(clauses)[:k]:
        if any(c.id == clause.id for c in result):
            continue
        group = [clause]
        partner = by_id.get(clause.response or clause.comment or "")
        if partner is not None and all(c.id != partner.id for c in result):
            comment, response = (clause, partner) if clause.kind == "comment" else (partner, clause)
            group = [response, comment] if focus.decision_first else [comment, response]
        result.extend(group)
    return result


_PARTS = re.compile(r"[?？,，;；。]")
_SENTENCE_PARTS = re.compile(r"[?？,，;；。]|\.\s")
# Where a question's clause ends, a list's members among them ("表格、證明文件", "evidence and forms").
_JOINED = re.compile(r"[和與跟及]|\b(?:and|or|versus|vs)\b", re.IGNORECASE)
# An English sentence's full stop too ("…credit percentage. Then: …": not a decimal point, "4.8").
_CLAUSE_END = re.compile(r"[?？!！,，;；。、]|\.(?=\s)|\band\b", re.IGNORECASE)
# The separate things a question asks: its sentences, and clauses joined by "and" or "還有".
_ASKS = re.compile(r"[?？;；。]|,\s*and\b|，\s*(?:還有|以及|另外|而且)")
_MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Year (Gregorian, or ROC when under 200), month, day: "2024-03-20", "113/03/20", "民國113年3月20日", "3月20日".
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:(?:民國)?(\d{2,4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?!\d)"
)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?(?:\s+(\d{{4}}))?\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b,?(?:\s+(\d{{4}}))?", re.IGNORECASE)


def _sole_member(subject: Subject, question: str, vocabulary: QuestionVocabulary) -> Subject:
    """A kind with one item, named as an item ("Does it fit the software item?", "算軟體項目嗎？"), is that item;
    any other subject is itself. Not where which item it is, or how many, is asked ("which is the only software
    item?", "軟體項目有幾項？"): the overview listing the kinds answers that."""
    if not (_kind_of_item(subject, vocabulary) and len(subject.members) == 1):
        return subject
    as_item = [f"{name}{gap}{word}" for name in subject.names for gap, word in _AS_ITEM]
    item = next((s for s in vocabulary.subjects if s.kind == "item" and s.clause == subject.members[0]), None)
    if item is None or not mentions(question, as_item) or mentions(question, vocabulary.asks.item_count):
        return subject
    which = re.compile(rf"{_WHICH_ONE}[^?？。，,]{{0,16}}(?:{'|'.join(map(re.escape, subject.names))})", re.IGNORECASE)
    return subject if which.search(question) else item


# The words after a kind's name that make it an item: "software item", "軟體項目", "軟體類".
_AS_ITEM = [(" ", "item"), ("", "項目"), ("", "類項目"), ("", "類"), ("", "那項"), ("", "這項")]
_WHICH_ONE = r"(?:\bwhich\b|\bwhat\b|\bonly\b|哪|唯一)"


def _members_case(subject: Subject, vocabulary: QuestionVocabulary) -> list[str]:
    """The worked case of a kind of item whose members have one between them (the technical services' content
    generation case); none for a kind with several (hardware: which one is meant, the question says) or another
    subject."""
    if not _kind_of_item(subject, vocabulary):
        return []
    cases = [s.case for s in vocabulary.subjects if s.kind == "item" and s.clause in subject.members and s.case]
    return cases if len(cases) == 1 else []


def kinds_offered(question: str, vocabulary: QuestionVocabulary) -> bool:
    """Whether the question offers the kinds of item to choose from ("Is that hardware, software or a technical
    service?"): two of them or more named."""
    kinds = [s for s in vocabulary.subjects if _kind_of_item(s, vocabulary)]
    return sum(bool(mentions(question, s.names)) for s in kinds) >= 2


def _kind_of_item(subject: Subject, vocabulary: QuestionVocabulary) -> bool:
    """Whether ``subject`` is a kind of item (hardware, software, technical services): a group of items."""
    return subject.kind == "group" and bool(subject.members) and set(subject.members) <= set(vocabulary.item_words)


def _by_date(comments: Iterable[Clause]) -> dict[str, list[str]]:
    """The comments' ids by the ISO date each was submitted."""
    dated: dict[str, list[str]] = {}
    for comment in comments:
        if comment.date:
            dated.setdefault(comment.date, []).append(comment.id)
    return dated


def gregorian_year(year: str) -> int | None:
    """A written year as a Gregorian one: an ROC year (under 200) + 1911; None when none is written."""
    if not year:
        return None
    return int(year) + 1911 if int(year) < 200 else int(year)


# Words beside a date written without its year that say it is one: "4/2 那次提的意見", "the comment sent on 4/2".
_DATE_CONTEXT = re.compile(r"月|那次|那天|當天|提的|提出|意見|\b(?:comments?|submitted|sent|dated)\b", re.IGNORECASE)


def dates_in(text: str) -> set[tuple[int | None, int, int]]:
    """The dates ``text`` writes, as (year or None, month, day); an ROC year (民國 113) is converted."""
    found: set[tuple[int | None, int, int]] = set()
    for year, month, day in _NUMERIC_DATE.findall(text):
        # Without a year, "3/20" may be a ratio or a fraction: it is a date only in a question that writes 月 or speaks
        # of a comment made then.
        if not year and not _DATE_CONTEXT.search(text):
            continue
        found.add((gregorian_year(year), int(month), int(day)))
    for day, month, year in _DAY_MONTH.findall(text):
        found.add((int(year) if year else None, _MONTHS[month.lower()], int(day)))
    for month, day, year in _MONTH_DAY.findall(text):
        found.add((int(year) if year else None, _MONTHS[month.lower()], int(day)))
    return {d for d in found if 1 <= d[1] <= 12 and 1 <= d[2] <= 31}


def _comments_of_dates_in(question: str, dated: dict[str, list[str]]) -> list[str]:
    """The comments submitted on a date the question writes (a date without its year matches any year), or in a
    part of a month it names ("4月下旬那次意見", "in late April")."""
    asked = dates_in(question)
    spans = _month_parts_in(question)
    result: list[str] = []
    for iso, ids in dated.items():
        year, month, day = (int(part) for part in iso.split("-"))
        in_span = any(m == month and first <= day <= last for m, first, last in spans)
        if (year, month, day) in asked or (None, month, day) in asked or in_span:
            result.extend(ids)
    return result


# A part of a month: "4月下旬", "四月上旬", "late April", "mid-March", "early in April".
_CN_MONTH_PART = re.compile(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(上|中|下)旬")
_EN_MONTH_PART = re.compile(r"\b(early|mid|late)[\s-]+(?:in\s+)?([a-z]+)\b", re.IGNORECASE)
_CN_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_MONTH_PARTS = {"上": (1, 10), "中": (11, 20), "下": (21, 31), "early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _month_parts_in(text: str) -> list[tuple[int, int, int]]:
    """The parts of months ``text`` names, as (month, first day, last day)."""
    found = []
    for month, part in _CN_MONTH_PART.findall(text):
        number = int(month) if month.isdigit() else _CN_MONTHS.get(month, 10 + _CN_MONTHS.get(month[-1:], 0))
        found.append((number, *_MONTH_PARTS[part]))
    for part, month in _EN_MONTH_PART.findall(text):
        if month.lower() in _MONTHS:
            found.append((_MONTHS[month.lower()], *_MONTH_PARTS[part.lower()]))
    # A whole month: "dated in April 2024", "113年4月提的意見" (not "4月22日", a day).
    for month in _EN_WHOLE_MONTH.findall(text):
        if month.lower() in _MONTHS:
            found.append((_MONTHS[month.lower()], 1, 31))
    for month in _CN_WHOLE_MONTH.findall(text):
        number = int(month) if month.isdigit() else _CN_MONTHS.get(month, 10 + _CN_MONTHS.get(month[-1:], 0))
        found.append((number, 1, 31))
    return [f for f in found if 1 <= f[0] <= 12]


_EN_WHOLE_MONTH = re.compile(
    r"\b(?:in|during)\s+(?:the\s+month\s+of\s+)?([A-Z][a-z]+)(?!\s+\d{1,2}\b)(?=\s+\d{4}\b|\s*[?.,]|\s*$)"
)
_CN_WHOLE_MONTH = re.compile(r"年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?!\s*[\d上中下初底])")


def _group_asked_apart(question: str, group: Subject, named: Sequence[Subject], asks: Asks) -> bool:
    """Whether a part of the question asks openly about ``group`` and names none of the members ``named``."""
    members = [name for s in named if s.clause in group.members for name in s.names]
    return any(
        mentions(part, group.names) and mentions(part, asks.open) and not mentions(part, members)
        for part in _PARTS.split(question)
    )


def asked_apart(question: str, names: Sequence[str], words: Sequence[str], apart_from: Sequence[str]) -> bool:
    """Whether a part of the question of its own names ``names`` and says ``words`` (asks what it is, say), and none
    of ``apart_from`` ("How does the document define NLP, and which item combines it with retrieval?")."""
    return any(
        mentions(part, names) and mentions(part, words) and not mentions(part, apart_from)
        for part in _ASKS.split(question)
    )


def _counted_as(question: str, asks: Asks) -> bool:
    """Whether the question asks what something counts as ("count as", "qualifies as") and not which item it falls
    under ("這應該申請哪個項目？", "which item…?"), describing no purchase of the asker's."""
    asked = {w.lower() for w in mentions(question, asks.which_item)}
    return bool(asked) and asked <= {w.lower() for w in asks.counts_as} and not mentions(question, asks.purchase)


def _counted_as_named(question: str, named: Sequence[Subject], asks: Asks) -> bool:
    """Whether the question says "count as" right before one of ``named``'s names ("counts as an LLM", "qualifies as
    'deep learning'"), not before an item or a question word ("counts as which item?")."""
    names = "|".join(re.escape(n) for s in named for n in sorted(s.names, key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(asks.counts_as, key=len, reverse=True))
    pattern = rf"(?<![A-Za-z])(?:{words})\s+(?:an?\s+|the\s+)?[\"'「“‘]?(?:{names})(?![A-Za-z])"
    return bool(re.search(pattern, question, re.IGNORECASE))


def _comments_naming(items: Sequence[Subject], vocabulary: QuestionVocabulary) -> list[str]:
    """The comments whose own text names one of ``items``."""
    asked = {i.clause for i in items}
    return [c for c, named in vocabulary.items_named.items() if asked & set(named)]


def _narrowed_to(stakeholder: Subject, comments_asked: Sequence[str]) -> Subject:
    """The stakeholder with only the comments asked (those of a date, or naming an item), else with all of them."""
    comments = [c for c in (stakeholder.clause, *stakeholder.members) if c in comments_asked]
    if not comments:
        return stakeholder
    return stakeholder.model_copy(update={"clause": comments[0], "members": comments[1:]})


def _nth_comment(
    question: str, stakeholder: Subject, vocabulary: QuestionVocabulary, named: Sequence[Subject] = ()
) -> Subject:
    """The one comment of ``stakeholder`` the question asks about by its number, or the comments of the occasion it
    asks about by its number right after the stakeholder's name ("數位產業署第二次提意見": its second day's), else
    all of them. Beside other stakeholders ``named``, a number belongs to the one whose name stands nearest to it ("the
    circuit board association's comments and the digital industry agency's second comment": the agency's)."""
    comments = [stakeholder.clause, *stakeholder.members]
    occasion = _nth_occasion(question, stakeholder.names)
    days = sorted({d for d, ids in vocabulary.dated.items() if set(ids) & set(comments)})
    if occasion is not None and len(days) > 1 and occasion < len(days):
        on_day = [c for c in comments if c in vocabulary.dated[days[occasion]]]
        return stakeholder.model_copy(update={"clause": on_day[0], "members": on_day[1:]})
    asked = [
        n
        for n, words in enumerate(vocabulary.asks.ordinal)
        if n < len(comments) and _said_of(question, words, stakeholder, named)
    ]
    # Not one said as what another is measured from ("its second comment … how many days after its first comment?",
    # "距離第一則意見"): the other is asked about.
    asked = [n for n in asked if not _said_as_reference(question, vocabulary.asks.ordinal[n])]
    # Nor where a part of its own asks of all of them, counted ("經濟部商業發展署的兩項意見各在哪一天提出？第一項意見
    # 引用了哪家機構的研析？": both dates are asked, the first one's source beside them).
    ordinals = [w for words in vocabulary.asks.ordinal for w in words]
    all_asked = any(
        _all_counted(part, stakeholder) and not mentions(part, ordinals) for part in QUESTION_PART.findall(question)
    )
    if len(asked) != 1 or all_asked:
        return stakeholder
    return stakeholder.model_copy(update={"clause": comments[asked[0]], "members": []})


# What a comment is measured from: "after its first comment", "since the first one", "距離第一則", "比第一則晚".
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:after|since|than|from|before)\s+(?:its|their|the|ADI's|[A-Z]+'s)?\s*|距離?|比|晚於|早於)$", re.I
)


def _said_as_reference(question: str, words: Sequence[str]) -> bool:
    """Whether every time the question says one of ``words`` (an ordinal), it is as what something is measured from."""
    found = [m for w in words for m in re.finditer(re.escape(w), question, re.IGNORECASE)]
    return bool(found) and all(_REFERENCE_BEFORE.search(question[max(0, m.start() - 20) : m.start()]) for m in found)


def _said_of(question: str, words: Sequence[str], subject: Subject, named: Sequence[Subject]) -> bool:
    """Whether the question says one of ``words`` nearer to ``subject``'s name than to any other of ``named``'s (or
    at all, where no other is named)."""
    others = [s for s in named if s.clause != subject.clause]
    if not others:
        return bool(mentions(question, words))

    def places(names: Sequence[str]) -> list[int]:
        return [m.start() for n in names for m in re.finditer(re.escape(n), question, re.IGNORECASE)]

    own, theirs = places(subject.names), places([n for s in others for n in s.names])
    for word in words:
        for m in re.finditer(re.escape(word), question, re.IGNORECASE):
            nearest = min((abs(p - m.start()) for p in own), default=None)
            if nearest is not None and all(nearest < abs(p - m.start()) for p in theirs):
                return True
    return False


# The number of an occasion said right after a stakeholder's name: "數位產業署第二次", "ADI的第1次".
_NTH_TIME = re.compile(r"\s*(?:的|在|於)?\s*第\s*([一二三123])\s*次")
_NTH_NUMBERS = {"一": 0, "1": 0, "二": 1, "2": 1, "三": 2, "3": 2}


def _nth_occasion(question: str, names: Sequence[str]) -> int | None:
    """Which occasion (0 for the first) the question numbers right after one of ``names``, else None."""
    for name in names:
        for m in re.finditer(re.escape(name), question, re.IGNORECASE):
            said = _NTH_TIME.match(question, m.end())
            if said:
                return _NTH_NUMBERS[said.group(1)]
    return None


# Words too common in questions and comments to tell one comment from another.
_COMMON_WORDS = frozenset(
    "about after again also before being could other their there these those under using where which while would "
    "should include including suggest suggests suggested propose proposed comment comments association agency "
    "items smart technical element elements system systems".split()
)
# Chinese pairs that frame a question on the comments rather than say what one is about ("三點建議，各自的結果
# 是什麼？").
_COMMON_PAIRS = frozenset({"意見", "結果", "提出", "提議"})
_LATIN_WORD = re.compile(r"[A-Za-z]{5,}")
# Short names written in capitals, which say much in few letters (AMR, KPMG, CNN); not "AI", which every comment has.
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,4}(?=s?(?![A-Za-z]))")  # "AMR", "AMRs"
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _content_words(text: str) -> set[str]:
    """A text's content words, roughly: Latin words of five letters or more cut to their first five (algorithms,
    algorithm-based → algor), and each pair of adjacent Chinese characters."""
    latin = {w.lower()[:5] for w in _LATIN_WORD.findall(text) if w.lower() not in _COMMON_WORDS}
    latin |= {w.lower() for w in _ACRONYM.findall(text)}
    han = {run[i : i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)}
    return latin | han


# A question's parts, each ending in its question mark ("…幾倍？And which board…?").
QUESTION_PART = re.compile(r"[^?？]+[?？]")


def _described_comment(
    question: str, stakeholder: Subject, texts: dict[str, str], by_topic: bool = True, names: Sequence[str] = ()
) -> Subject:
    """The one of the stakeholder's comments whose own words the question repeats, where it clearly repeats one
    comment's (three words or more, twice any other's), or (``by_topic``) the one its topic is about; else the
    stakeholder unchanged. An item named as the topic is not read for words: the comments naming it are meant."""
    comments = [stakeholder.clause, *stakeholder.members]
    if len(comments) < 2:
        return stakeholder
    # "What did the government decide about (a) merging AI with smart machinery, and (b) counting the electricity bill
    # …?": each part listed describes a comment of its own, and those are meant.
    # So does each question of several ("TPCA 建議把人工智慧和智慧機械合併，政府採納了嗎？TPCA 另外提到的 AI
    # 公有雲應用，政府說已涵蓋在哪些項目？"), each in two words or more of its comment's.
    listed = line_items(question)
    parts, fewest = (listed, 1) if len(listed) > 1 else (QUESTION_PART.findall(question), 2)
    picked = []
    for part in parts if len(parts) > 1 else ():
        (best, comment), (runner_up, _) = _ranked(_content_words(erase(part, names)), comments, texts)[:2]
        if best >= fewest and best >= 2 * runner_up:
            picked.append(comment)
    picked = [c for c in comments if c in picked]
    if len(picked) > 1:
        return stakeholder.model_copy(update={"clause": picked[0], "members": picked[1:]})
    # "TPCA 於113/03/13提出的三點意見（人工智慧與智慧機械合併、AI含公有雲應用、AI主機電費）分別得到什麼回應？": all
    # of them, counted (the first, whose words the list repeats most, had been taken alone).
    if _all_counted(question, stakeholder):
        return stakeholder
    # Not by the words of the stakeholders' own names ("台灣智慧自動化與機器人協會" repeats "自動化" of a comment).
    (best, comment), (runner_up, _) = _ranked(_content_words(erase(question, names)), comments, texts)[:2]
    if best >= 3 and best >= 2 * runner_up:
        return stakeholder.model_copy(update={"clause": comment, "members": []})
    # "When did TPCA submit its comments and what did it ask about operating costs?": the topic after "about" in the
    # words of one comment more than any other's ("數位產業署對AI系統定義的建議": the definition's, not R&D's).
    topic = _ABOUT.search(question) if by_topic else None
    about = _content_words(next(g for g in topic.groups() if g)) if topic else set()
    (best, comment), (runner_up, _) = _ranked(about, comments, texts)[:2]
    if best > runner_up:
        return stakeholder.model_copy(update={"clause": comment, "members": []})
    # "What definition of an 'AI system' did the Administration for Digital Industries propose…?": an English word of
    # one comment's and of no other's (not a Chinese character pair, which questions share with comments by chance).
    # Not a word of the stakeholder's own name said another way ("the automation & robotics association"), nor where
    # each of its comments is asked for ("how was each of its points handled?"), nor in one of several questions
    # ("Can we put our AI host's power bill into the credit? And did they get their wish of folding AI into smart
    # machinery?": the one word is the second question's).
    words = _content_words(erase(question, names)) - _content_words(" ".join(stakeholder.names))
    (best, comment), (runner_up, _) = _ranked(words, comments, texts)[:2]
    own = words & _content_words(texts.get(comment, ""))
    one_question = len(QUESTION_PART.findall(question)) <= 1
    if (
        best == 1
        and runner_up == 0
        and all(w.isascii() for w in own)
        and one_question
        and not _EACH_OF.search(question)
    ):
        return stakeholder.model_copy(update={"clause": comment, "members": []})
    return stakeholder


# Each of several asked for: "分別", "各自", "how was each of its points handled?", "all of its comments", "commented
# twice … both replies".
_EACH_OF = re.compile(
    r"分別|各自|每一|兩次|兩則|兩項|兩點|\b(?:each|both|twice|respectively)\b|\ball\s+(?:of\s+)?(?:its|their|the)\b",
    re.IGNORECASE,
)


# A number of comments the question counts: "三點意見", "3 項建議", "its three comments".
_COMMENTS_COUNTED = re.compile(
    r"(?<![\d/.])(?P<n>\d+|[一二兩三四五六七八九十]+)\s*(?:點|項|則|條|個)\s*(?:意見|建議)"
    r"|\b(?P<en>\d+|two|three|four|five)\s+(?:comments?|suggestions?|points?|proposals?)\b",
    re.IGNORECASE,
)


def _all_counted(question: str, stakeholder: Subject) -> bool:
    """Whether the question counts as many comments as the stakeholder made, two or more ("TPCA 的三點意見")."""
    made = 1 + len(stakeholder.members)
    return made > 1 and any(count_of(m["n"] or m["en"]) == made for m in _COMMENTS_COUNTED.finditer(question))


def _decided_elsewhere(
    question: str, named: Sequence[Subject], decisions: Sequence[Subject], vocabulary: QuestionVocabulary
) -> Subject | None:
    """The stakeholder, narrowed to its comment, whose comment the one decision the question names by its words
    answered, where that is none of the named stakeholders' ("Why did the government accept TAIROA's proposal to fold AI
    and smart machinery together into one single item?": TPCA's; TAIROA's comments had been given); else None. Not
    where the words are the ones asking what was decided ("商發署的第二點意見有沒有變成一個新的獨立項目？" asks
    whether it became its own item), nor where one of the named stakeholder's comments is picked by its number."""
    if len(named) != 1 or len(decisions) != 1:
        return None
    if not set(mentions(question, decisions[0].names)) - set(vocabulary.asks.decision):
        return None
    if named[0].members and not _nth_comment(question, named[0], vocabulary, named).members:
        return None
    own = {named[0].clause, *named[0].members}
    answered = [c for c, r in vocabulary.response_of.items() if r == decisions[0].clause]
    if len(answered) != 1 or answered[0] in own:
        return None
    everyone = [s for s in vocabulary.subjects if s.kind == "stakeholder"]
    owner = next((s for s in everyone if answered[0] in (s.clause, *s.members)), None)
    return owner.model_copy(update={"clause": answered[0], "members": []}) if owner is not None else None


def _misattributed(question: str, named: Sequence[Subject], vocabulary: QuestionVocabulary) -> Subject | None:
    """Another stakeholder, narrowed to its comment, where the question describes that comment clearly (three words or
    more, twice any named stakeholder's comment) while naming someone else; else None."""
    everyone = [s for s in vocabulary.subjects if s.kind == "stakeholder"]
    # Not where the question counts the named stakeholder's comments, all it made ("經濟部商業發展署的兩項意見各在哪一天
    # 提出？…兩項意見最後都歸入哪一個適用項目？": "適用項目" had read as the digital agency's comment).
    if any(s.kind == "stakeholder" and _all_counted(question, s) for s in named):
        return None
    # Nor where it picks one of theirs out by its number ("TAIROA's second comment was answered by pointing to
    # existing technical-service items": the description had read as the digital agency's comment).
    if any(_nth_comment(question, s, vocabulary, named).members == [] for s in named if s.members):
        return None
    own = {c for s in named for c in (s.clause, *s.members)}
    # A short name in capitals that one other stakeholder's comment alone uses names that comment, whatever words the
    # asker puts around it ("Why did the Commerce Development Administration's proposal to add autonomous mobile robots
    # (AMR) get turned down?": TAIROA's; the spelled-out words are not the comment's, which had kept the agency's).
    acronyms = set(_ACRONYM.findall(question))
    using = [
        c
        for s in everyone
        for c in (s.clause, *s.members)
        if acronyms & set(_ACRONYM.findall(vocabulary.comment_texts.get(c, "")))
    ]
    if len(using) == 1 and using[0] not in own:
        owner = next(s for s in everyone if using[0] in (s.clause, *s.members))
        return owner.model_copy(update={"clause": using[0], "members": []})
    # Not their name's own words, nor those that frame a question on comments ("三點建議，各自的結果是什麼？").
    words = _content_words(erase(question, [n for s in named for n in s.names])) - _COMMON_PAIRS
    ranked = _ranked(words, [c for s in everyone for c in (s.clause, *s.members)], vocabulary.comment_texts)
    best, comment = ranked[0]
    theirs = max((n for n, c in ranked if c in own), default=0)
    # Two words will do where one is that comment's alone and the named one shares none ("…the Commerce Development
    # Administration's proposal to merge AI and smart machinery into a single item?": TPCA's short comment 1).
    alone = best == 2 and theirs == 0 and ranked[1][0] < best and _its_own_word(words, comment, ranked, vocabulary)
    if comment in own or (best < 3 and not alone) or best < 2 * theirs:
        return None
    # Nor where the named stakeholder's comment shares a short name in capitals the other's lacks ("TAIROA 建議的 AMR
    # …我們的 AMR 有 NPU 可以即時避障": the asker's own words had matched the commerce agency's long comment).
    acronyms = set(_ACRONYM.findall(question))
    if any(acronyms & set(_ACRONYM.findall(vocabulary.comment_texts.get(c, ""))) for c in own) and not (
        acronyms & set(_ACRONYM.findall(vocabulary.comment_texts.get(comment, "")))
    ):
        return None
    owner = next(s for s in everyone if comment in (s.clause, *s.members))
    return owner.model_copy(update={"clause": comment, "members": []})


def _its_own_word(
    words: set[str], comment: str, ranked: Sequence[tuple[int, str]], vocabulary: QuestionVocabulary
) -> bool:
    """Whether the words of ``words`` that ``comment`` shares are English ones, one of them in no other comment of
    ``ranked`` ("merge"). Not Chinese character pairs, two of which a question shares with some comment by chance
    ("第一次意見的定義…": 第一, 定義)."""
    shared = words & _content_words(vocabulary.comment_texts.get(comment, ""))
    others = set().union(*(_content_words(vocabulary.comment_texts.get(c, "")) for _, c in ranked if c != comment))
    return all(w.isascii() for w in shared) and bool(shared - others)


def elements_described(question: str, vocabulary: QuestionVocabulary) -> list[Subject]:
    """The key technical elements that parts of the question describe in their definitions' words (three words or
    more, more than any other element's), where the part asks which of the elements it is and names none."""
    asks = vocabulary.asks
    elements = [s for s in vocabulary.subjects if s.kind == "element"]
    group_names = [
        n
        for s in vocabulary.subjects
        if s.kind == "group" and s.members and set(s.members) <= {e.clause for e in elements}
        for n in s.names
    ]
    element_names = [n for e in elements for n in e.names]
    found = []
    for part in _ASKS.split(question):
        asked = WHICH_ELEMENT.search(part) or (mentions(part, group_names) and mentions(part, asks.open))
        if not asked or mentions(part, element_names):
            continue
        # What the thing is said not to use does not describe it ("…能理解並產生人類語言，但沒有用到10億參數的模型":
        # the LLM's words had outranked the language ones).
        # The part alone, else with what comes before it: the thing described in a sentence of its own ("我們的客服
        # 機器人能理解並產生人類語言…。這屬於哪一個關鍵技術元素？").
        for text in (part, question[: question.find(part) + len(part)]):
            words = _content_words(erase(_NOT_USED.sub(" ", text), [*group_names, *asks.open]))
            ranked = _ranked(words, [e.clause for e in elements], vocabulary.element_texts)
            (best, clause), (runner_up, _) = ranked[:2]
            if best >= 3 and best > runner_up:
                found.append(next(e for e in elements if e.clause == clause))
                break
    return found


_NOT_USED = re.compile(
    r"(?:但|但是|而|並)?(?:沒有|沒|並未|未|不)(?:用到|使用|採用|用|含|包含|涉及|搭配)[^，,。；;？?！!]*"
    r"|\b(?:but\s+)?(?:does\s+not|doesn't|do\s+not|don't|never|without)\s+(?:use|using|run|running|rely\s+on|"
    r"relying\s+on|include|including)\b[^,.;?!，。；？！]*",
    re.IGNORECASE,
)


def _ranked(words: set[str], comments: Sequence[str], texts: dict[str, str]) -> list[tuple[int, str]]:
    """The comments by how many of ``words`` each one's text shares, most first."""
    return sorted(((len(words & _content_words(texts.get(c, ""))), c) for c in comments), reverse=True)


_ABOUT = re.compile(
    r"\b(?:about|regarding|concerning|on\s+the\s+topic\s+of)\s+([^?？,，.。;；]+)"
    r"|(?:關於|有關)([^?？,，。；]+)"
    r"|對([^?？,，。；]{2,20}?)(?:的|提了|提出了?|給了?|有)(?:什麼|甚麼|哪些|哪幾點)?的?(?:建議|意見|提議)",
    re.IGNORECASE,
)


def _topic(title: str | None) -> str:
    """A comment's title without the stakeholder's name before its colon."""
    return re.split(r"[：:]", title or "", maxsplit=1)[-1]


def _decided_comment(stakeholder: Subject, decided: set[str], response_of: dict[str, str]) -> Subject:
    """The stakeholder's comments narrowed to those whose response is a decision the question names, if any."""
    comments = [stakeholder.clause, *stakeholder.members]
    answered = [c for c in comments if response_of.get(c) in decided]
    if not answered or answered == comments:
        return stakeholder
    return stakeholder.model_copy(update={"clause": answered[0], "members": answered[1:]})


def _asks_which_member(question: str, groups: Sequence[Subject]) -> bool:
    """Whether the question asks which of a group's items something is ("歸在哪一個技術服務項目？", "which technical
    service item covers it?"), not about the group; nor which element ("這屬於哪一個關鍵技術元素？")."""
    names = "|".join(re.escape(n) for g in groups if g.members for n in g.names)
    pattern = rf"哪一?[個項]\s*(?:{names})|which\s+(?:{names})\s+items?\b"
    return bool(names) and re.search(pattern, WHICH_ELEMENT.sub(" ", question), re.IGNORECASE) is not None


def _described_item(
    question: str, vocabulary: QuestionVocabulary, among: Sequence[str] | None = None
) -> Subject | None:
    """The item (``among`` these clauses, else any) whose words the question uses most (ties: the policy's order)."""
    described = _described_items(question, vocabulary, among)
    return described[0] if described else None


def _described_items(
    question: str, vocabulary: QuestionVocabulary, among: Sequence[str] | None = None
) -> list[Subject]:
    """The items (``among`` these clauses, else any) whose words the question uses, most used first (ties: the
    policy's order); not words in another sense ("I'm preparing a procurement memo…")."""
    question = erase(question, vocabulary.false_friends)
    counts = {
        clause: len(
            mentions(finished_erased(question, vocabulary.item_finished.get(clause, []), words), words, affirmed=True)
        )
        for clause, words in vocabulary.item_words.items()
        if among is None or clause in among
    }
    used = sorted((c for c in counts if counts[c]), key=lambda c: -counts[c])
    return [_with_case(clause, vocabulary) for clause in used]


def _with_case(clause: str, vocabulary: QuestionVocabulary) -> Subject:
    """The item whose clause is ``clause``, with its worked case."""
    # With the item's worked case, asked for by "worked example" ("Which generative video service does the slide deck
    # use as its worked example…, and which eligible item does it illustrate?": the item's clause alone had come up).
    case = next((s.case for s in vocabulary.subjects if s.kind == "item" and s.clause == clause and s.case), None)
    return Subject(kind="item", names=[], clause=clause, case=case)


def _item_subject(clause: str, vocabulary: QuestionVocabulary, reviewed: bool) -> Subject:
    """The item whose clause is ``clause``; with ``reviewed``, with its review criteria (questions.yaml)."""
    review = next((s.review for s in vocabulary.subjects if s.kind == "item" and s.clause == clause), [])
    return Subject(kind="item", names=[], clause=clause, review=review if reviewed else [])
