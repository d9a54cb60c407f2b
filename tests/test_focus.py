from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rag.config import Settings
from rag.errors import ConfigError
from rag.focus import (
    Focus,
    QuestionVocabulary,
    asked_for,
    asked_of_item,
    asks_qualifies,
    bare_units,
    covered_term,
    focus_order,
    load_vocabulary,
    read_focus,
    shared_heads,
    split_recap,
    unstated_condition,
    unstated_facts,
    yes_or_no_parts,
)
from rag.knowledge import load_clauses


def _first_unstated(question, clauses, vocabulary):
    """The first kind of fact the question asks for that none of ``clauses`` states, else None."""
    facts, _ = unstated_facts(question, clauses, vocabulary)
    return facts[0].kind if facts else None


@pytest.fixture
def vocabulary(settings: Settings) -> QuestionVocabulary:
    return load_vocabulary(settings.questions_file, settings.clauses_file, settings.rules_file)


@pytest.fixture
def by_id(settings: Settings):
    return {c.id: c for c in load_clauses(settings.clauses_file)}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("AI推論伺服器的算力至少要多少？", ["item.ai_inference_server"]),
        ("What compute does a training-server need?", ["item.ai_training_server"]),
        (
            "How do the training server and inference server thresholds compare?",
            ["item.ai_training_server", "item.ai_inference_server"],
        ),
        ("推論伺服器的案例用哪一款 GPU？", ["case.inference_server"]),
        # The worked case is the only clause on GFLOPS and on whether a GPU is required: it comes first.
        ("Is a GPU required for an AI inference server?", ["case.inference_server", "item.ai_inference_server"]),
        ("GFLOPS 等級和 TFLOPS 等級差多少？", ["case.inference_server"]),
        ("只有 CPU、沒有 GPU 的伺服器算推論伺服器嗎？", ["case.inference_server", "item.ai_inference_server"]),
        ("How is an edge device's compute verified?", ["review.ai_edge_device"]),
        # Asked how the reviewers decide whether something meets the item, the criterion alone answers.
        ("審查時依據什麼來認定它符合內容生成系統？", ["review.content_generation"]),
        ("What evidence shows an edge device meets the item?", ["review.ai_edge_device"]),
        # A group asked about is the subject; the same word for the thing bought is not.
        (
            "How many eligible items are there, and which is the only software item?",
            ["item.overview"],
        ),
        ("我們買了一套軟體，用來部署和管理大語言模型，算哪一個適用項目？", ["item.ai_model_dev_tool"]),
        # The definition asked about lists the elements; the elements' group is not asked for.
        ("這份規劃裡的「人工智慧」定義，提到運用哪些技術元素？", ["definition.ai"]),
        ("Under the plan's definition, which technical elements must something use to count as AI?", ["definition.ai"]),
        (
            "What are the key technical elements?",
            ["definition.ai", "element.machine_learning", "element.deep_learning", "element.llm", "element.nlp"],
        ),
        ("What do reviewers check for our edge AI gateway box?", ["review.ai_edge_device"]),
        # A kind of item is answered by the overview that lists it; its items' clauses when their conditions are asked.
        ("哪幾個項目屬於硬體？", ["item.overview"]),
        (
            "三種硬體項目的算力門檻分別是多少？",
            ["item.overview", "item.ai_training_server", "item.ai_inference_server", "item.ai_edge_device"],
        ),
        # An item outranks an element it also names.
        ("RAG system 需要多少參數的 LLM？", ["item.rag"]),
        ("大語言模型的定義是什麼？", ["element.llm"]),
        # The AI definition only when a definition is asked for and nothing narrower is named.
        ("這個方案所稱的人工智慧是什麼意思？", ["definition.ai"]),
        ("人工智慧的投資抵減有上限嗎？", []),
        # "storage" does not name RAG: Latin names are whole words.
        ("Does cloud storage count?", []),
        # An exclusion or route of the rules names the response that decided it, before any item.
        ("AMR 可以申請人工智慧的投資抵減嗎？", ["response.tairoa.1"]),
        ("Can the electricity of an AI inference server be claimed?", ["response.tpca.3"]),
        # "Which item is it?": the item the rules' words for the described purchase point at.
        ("用 AI 把會議錄音自動整理成重點摘要的服務，應該歸在哪一個項目？", ["item.content_generation"]),
        (
            "Our tool answers staff questions from a vector database of manuals. Which item does it fall under?",
            ["item.rag"],
        ),
        # A compute question naming no item: the hardware item its words point at, else every hardware item.
        ("我們打算買一台專門拿來訓練大語言模型的伺服器，算力至少要多少？", ["item.ai_training_server"]),
        (
            "What compute does the credit require?",
            ["item.ai_training_server", "item.ai_inference_server", "item.ai_edge_device"],
        ),
        # "computed" is not a question about compute.
        ("How is the general R&D expenditure deduction under article 10 computed?", []),
        # The worked case is the only clause on Sora.
        ("Sora 的模型有達到內容生成系統的門檻嗎？", ["case.content_generation", "item.content_generation"]),
        # Both the worked case and how it is reviewed, where both are asked.
        (
            "Sora 那個案例，審查時是怎麼確認它有達到內容生成系統的參數門檻？",
            ["case.content_generation", "review.content_generation"],
        ),
        # ADI's wording comment, asked by the words it changed.
        ("數位產業署提的人工智慧系統定義裡，原文寫「採取行動」，後來政府改成用什麼字？", ["comment.adi.1"]),
        # TPCA's first comment is a decision too: AI made an item of its own rather than merged.
        ("Was the proposal to merge AI into smart machinery adopted?", ["response.tpca.1"]),
        # ADI's wording comment is a decision too, and narrows ADI's comments to it.
        ("數位產業署建議的定義文字，哪些用語被採用？", ["comment.adi.1"]),
        # Asking for the product a worked case uses, or for the basis a service is decided on.
        ("What real product illustrates an AI edge computing device?", ["case.ai_edge_device"]),
        # "邊緣運算" names the device even where the rest of the name is mistyped ("設被").
        ("簡報裡「AI邊緣運算設被」的參考案例是哪一款板子？", ["case.ai_edge_device"]),
        (
            "An AI technical service we subscribe to rather than buying hardware: what is the basis for deciding?",
            ["review.content_generation"],
        ),
        # A group is named only where not negated.
        (
            "We subscribe to a technical service instead of buying hardware. How is it reviewed?",
            ["review.content_generation"],
        ),
        # A group with one of its members named: the member.
        ("Which learning types does the machine learning key technical element cover?", ["element.machine_learning"]),
        # …unless it asks for the others.
        (
            "Apart from machine learning and deep learning, which other key technical elements are there?",
            ["definition.ai", "element.machine_learning", "element.deep_learning", "element.llm", "element.nlp"],
        ),
        # A group names its members too.
        (
            "三種硬體項目的算力門檻分別是多少？",
            ["item.overview", "item.ai_training_server", "item.ai_inference_server", "item.ai_edge_device"],
        ),
        # A named stakeholder: its comments are the subject; stakeholders in general leave it to retrieval.
        ("數位產業署的建議是什麼？", ["comment.adi.1", "comment.adi.2"]),
        # The topic of one of its comments: that one ("AI系統定義" is comment 1's title, 人工智慧系統之定義).
        ("數位產業署對AI系統定義的建議是什麼？", ["comment.adi.1"]),
        ("數位產業署對 AI 的定義提了什麼建議？", ["comment.adi.1"]),
        ("數位產業署對研發範疇有什麼意見？", ["comment.adi.2"]),
        # A date without its year, beside a comment made then: that day's comment.
        ("數位產業署 4/22 那次提的意見是什麼？", ["comment.adi.2"]),
        ("Which association asked for AMR?", ["response.tairoa.1"]),  # the decision named, with its comment
        # One of them asked about by its number: that comment alone (a number it does not have: all of them).
        ("台灣智慧自動化與機器人協會的第二點意見是什麼？政府怎麼回應？", ["comment.tairoa.2"]),
        ("What was TPCA's third comment?", ["comment.tpca.3"]),
        # A named decision narrows a named stakeholder's comments to the one it answered.
        ("What did the commerce agency propose about e-commerce chatbots, and how was it handled?", ["comment.cda.1"]),
        ("商業發展署的第三點意見是什麼？", ["comment.cda.1", "comment.cda.2"]),
        # Stakeholders as a whole: each one's first comment; asked about with a decision, that decision.
        (
            "Which associations and agencies sent comments on the draft?",
            ["comment.tpca.1", "comment.tairoa.1", "comment.adi.1", "comment.cda.1"],
        ),
        ("哪些協會建議新增 AMR？", ["response.tairoa.1"]),
        # A scope word quoted from the policy names the response that added it.
        ("企業營運流程協作系統的範圍裡有「研發」，是哪個單位建議的？", ["response.adi.2"]),
        # An item named beside a stakeholder narrows its comments to those that name the item.
        ("數位產業署對企業營運流程協作系統提了什麼建議？", ["comment.adi.2"]),
        ("What did the digital industries agency suggest for product design systems?", ["comment.adi.2"]),
        ("數位產業署對推論伺服器有什麼建議？", ["comment.adi.1", "comment.adi.2"]),  # none names it: all of them
        # A kind of item: the comments naming one of its items (not the agency's other April comment, on AI's
        # definition).
        (
            "The Administration for Digital Industries asked in April 2024 for additions to two of the technical "
            "service items. What were they, and did the government accept them?",
            ["comment.adi.2"],
        ),
        # None names a hardware item: all of them.
        (
            "What did the Administration for Digital Industries suggest about the hardware items?",
            ["comment.adi.1", "comment.adi.2"],
        ),
        # …and the items' scopes, in so many words, name the decision on them.
        ("Which agency asked to change the item scopes, and was it accepted?", ["response.adi.2"]),
        # What counts as an element, no purchase described, asks about the element ("count as" is no which-item).
        ("How large must a model be to count as a 'large language model', and how is it trained?", ["element.llm"]),
        # …but elements describing a thing asked which item it falls under are the item's words.
        ("一套用 LLM 和 NLP 自動回覆客服信件、分派工單的系統，應該歸在哪個項目？", ["item.enterprise_workflow"]),
        # The worked case called by what it compares.
        (
            "On the inference server case: what price range is the ordinary server in that same comparison?",
            ["case.inference_server"],
        ),
        # Each group's review criteria, when the question asks how things are checked.
        (
            "硬體類和技術服務類的審查認定標準有什麼不同？",
            ["review.inference_server", "review.ai_edge_device", "review.content_generation"],
        ),
        # The element a part describes in its definition's words, beside one named in another part.
        (
            "四個關鍵技術元素中，哪一個是讓電腦解譯、理解、處理與生成人類語言？另外深度學習演算法列了哪三類？",
            ["element.deep_learning", "element.nlp"],
        ),
        (
            "Which of the key technical elements is about algorithms in the unsupervised or reinforcement learning "
            "classes?",
            ["element.machine_learning"],
        ),
        # A stakeholder's n-th occasion, numbered right after its name: the comments of its n-th day; not where the
        # number follows another stakeholder's name.
        ("數位產業署第二次提了什麼意見？", ["comment.adi.2"]),
        (
            "TPCA和數位產業署第一次提意見分別是哪一天？",
            ["comment.tpca.1", "comment.tpca.2", "comment.tpca.3", "comment.adi.1"],
        ),
        # A part of a month: 下旬 is from the 21st, "late April" too.
        ("數位產業署在4月下旬那次意見要求改哪兩個項目？", ["comment.adi.2"]),
        ("What did the digital industries agency suggest in late April?", ["comment.adi.2"]),
        # An item's name said as its worked case's, beside the case's own name: the case, not the item.
        (
            "H100 cards rated at 48 TFLOPS each (the figure used in the inference-server case): would three cards "
            "reach the training-server threshold?",
            ["case.inference_server", "item.ai_training_server"],
        ),
        # A server said by its use, "用的".
        (
            "那訓練用的伺服器跟推論用的伺服器，算力門檻分別是多少？",
            ["item.ai_training_server", "item.ai_inference_server"],
        ),
        # A word quoted as a word names the comment that holds it, not the item of that name.
        ("AI 的定義裡面「推論」這個詞是誰建議的？", ["comment.adi.1"]),
        ("Who proposed using the word 'inference' in the AI definition?", ["comment.adi.1"]),
        # An item's name inside another's longer one is the other's: the RAG clause's own words.
        ("我們打算建立外部知識庫，結合搜尋檢索與內容生成，輔助大語言模型，這屬於哪個項目？", ["item.rag"]),
        ("RAG 和內容生成系統有什麼不同？", ["item.content_generation", "item.rag"]),
        ("LLM development tools: what do they need?", ["item.ai_model_dev_tool"]),
        # A suggestion conceded before the policy's own words are asked is said by the way (blind237-048).
        (
            "商業發展署雖然建議電商對話機器人，但政策本身對「企業營運流程協作系統」的技術要求寫的是什麼？",
            ["item.enterprise_workflow"],
        ),
        (
            "Although the commerce agency suggested e-commerce chatbots, what does the policy itself require of "
            "enterprise operation process collaboration systems?",
            ["item.enterprise_workflow"],
        ),
        # Smart algorithms suggesting adjustments to run operations: the commerce agency's second comment's route
        # (blind240-034).
        (
            "We'd like a system that uses smart algorithms to analyse the production data and camera images we "
            "collect and then suggests adjustments to help run operations. Which item would that fall under?",
            ["response.cda.2"],
        ),
        # "Whose suggestion" asks who made it (blind235-039).
        ("Is R&D within the enterprise workflow item's scope, and whose suggestion put it there?", ["comment.adi.2"]),
        # The eight items "適用" asked to be listed are the overview's (blind235-046 had a response quoted).
        ("八個適用項目請全部列出來。", ["item.overview"]),
        # A store of documents is the RAG item's knowledge base, however the words are ordered.
        (
            "Two parts: (a) how does the policy define natural language processing? (b) which of the eight items "
            "explicitly builds on NLP together with an external store of documents, and what does it combine?",
            ["element.nlp", "item.rag"],
        ),
    ],
)
def test_the_subject_a_question_names(vocabulary, question, expected):
    assert read_focus(question, vocabulary).clauses == expected


@pytest.mark.parametrize(
    ("question", "decision_first"),
    [
        ("台灣電路板協會提了哪三點意見？", False),
        ("Who proposed adding AMR, and what was decided?", True),
        ("AMR 可以申請嗎？", True),
        ("Of the wording the ADI proposed for the definition, which was taken up and which not?", True),
        # Which item it falls under is what the response decided, though the question says a stakeholder proposed it.
        ("我們的營運建議工具，商業發展署好像也提過類似的東西，這種要歸哪一項？", True),
    ],
)
def test_the_decision_goes_first_unless_only_the_suggestion_is_asked(vocabulary, question, decision_first):
    assert read_focus(question, vocabulary).decision_first is decision_first


def test_a_named_subject_is_answered_from_its_own_clauses_else_the_k_retrieved(by_id):
    retrieved = [by_id["item.ai_training_server"], by_id["item.overview"], by_id["case.inference_server"]]
    ordered = focus_order(retrieved, Focus(clauses=["item.ai_inference_server"]), by_id, k=3)
    assert [c.id for c in ordered] == ["item.ai_inference_server"]
    assert [c.id for c in focus_order(retrieved, Focus(), by_id, k=2)] == ["item.ai_training_server", "item.overview"]


def test_a_comment_and_its_response_travel_together_decision_first(by_id):
    retrieved = [by_id["comment.tpca.3"], by_id["item.overview"]]
    ordered = focus_order(retrieved, Focus(), by_id, k=2)
    assert [c.id for c in ordered] == ["response.tpca.3", "comment.tpca.3", "item.overview"]
    ordered = focus_order(retrieved, Focus(proposal=True), by_id, k=1)
    assert [c.id for c in ordered] == ["comment.tpca.3", "response.tpca.3"]
    # A response retrieved on its own brings its comment, so the decision is never read without the question.
    ordered = focus_order([by_id["response.adi.1"]], Focus(), by_id, k=1)
    assert [c.id for c in ordered] == ["response.adi.1", "comment.adi.1"]


@pytest.mark.parametrize("where", ["qualifies_phrases", "recap"])
def test_a_vocabulary_with_a_malformed_pattern_is_refused_naming_it(settings: Settings, tmp_path: Path, where):
    data = yaml.safe_load(settings.questions_file.read_text(encoding="utf-8"))
    if where == "recap":
        data["recap"] = ["承上題("]
    else:
        data["asks"]["qualifies_phrases"] = ["承上題("]
    bad = tmp_path / "questions.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="not a regular expression"):
        load_vocabulary(bad, settings.clauses_file, settings.rules_file)


def test_a_vocabulary_naming_an_unknown_clause_is_refused(settings: Settings, tmp_path: Path):
    data = yaml.safe_load(settings.questions_file.read_text(encoding="utf-8"))
    data["subjects"][0]["clause"] = "item.no_such_item"
    bad = tmp_path / "questions.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="item.no_such_item"):
        load_vocabulary(bad, settings.clauses_file, settings.rules_file)


@pytest.mark.parametrize(
    ("question", "described"),
    [
        # Which item something the asker has, buys or plans falls under: flagged for the classifier, whether the
        # rules' words point at an item, a technical element or a decision (a route the classifier may not take).
        ("我們想導入 AI 把會議錄音自動整理成重點摘要，應該歸在哪一個項目？", True),
        (
            "Our shop-floor tool uses deep learning on sensor logs to tell managers what to change. Which item is it?",
            True,
        ),
        ("我們買了 4 台邊緣盒子做瑕疵檢測，算哪一項？", True),
        ("We use an LLM tool that writes and tests our firmware code. Which AI item is this?", True),
        (
            "Our small box by the packing line runs defect detection on a 4 TOPS NPU. Would that count under the AI "
            "hardware items?",
            True,
        ),
        # A product described by what it is built on is one too (the model had named the RAG item).
        (
            "An AI assistant built on a 13B-parameter LLM that automatically generates PCB component layouts and "
            "debugs firmware code — which technical service item does it fit?",
            True,
        ),
        # A question about the policy rather than a purchase: the rules' words, not the classifier.
        ("用 AI 把會議錄音自動整理成重點摘要的服務，應該歸在哪一個項目？", False),
        ("Which items need a 1B-parameter model?", False),
        # A named item is the subject itself.
        ("我們的 RAG 系統歸在哪一類？", False),
        # Not a which-item question.
        ("我們的AI推論伺服器的算力至少要多少？", False),
    ],
)
def test_a_which_item_question_about_a_described_purchase_is_flagged(vocabulary, question, described):
    assert read_focus(question, vocabulary).described is described


@pytest.mark.parametrize(
    ("question", "subjects"),
    [
        # Which kind of algorithm an element is built with asks of the element, not which item "訓練" points at (the
        # training server had been the subject).
        ("政策中的「大語言模型(LLM)」須具備多少參數？是以哪一類演算法訓練建立的？", ["element.llm"]),
        # Which kind of item is still asked as such.
        ("用 AI 把會議錄音自動整理成重點摘要的服務，應該歸在哪一類？", ["item.content_generation"]),
    ],
)
def test_which_kind_of_technique_is_no_which_item_question(vocabulary, question, subjects):
    assert read_focus(question, vocabulary).subjects == subjects


@pytest.mark.parametrize(
    ("question", "proposal", "decision"),
    [
        ("What did TPCA propose?", True, False),
        # Where the government placed something, or what it decided, is the decision, beside the suggestion.
        ("TAIROA asked for AMR to be added. Where did the government place AMR?", True, True),
        ("Which association suggested merging AI with smart machinery, and what did the ministry decide?", True, True),
        ("政府把生成式AI輔助自動化歸入哪些項目？", False, True),
        # Government agencies as stakeholders are not the decision.
        ("Which associations and government agencies submitted comments?", True, False),
    ],
)
def test_what_a_question_asks_of_a_stakeholder_comment(vocabulary, question, proposal, decision):
    focus = read_focus(question, vocabulary)
    assert (focus.proposal, focus.decision) == (proposal, decision)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which bodies submitted comments dated 20 March 2024 (ROC 113/03/20)?",
            ["comment.tairoa.1", "comment.tairoa.2", "comment.cda.1"],
        ),
        ("民國113年3月13日有哪些意見？", ["comment.tpca.1", "comment.tpca.2", "comment.tpca.3"]),
        ("Who commented on April 22nd?", ["comment.adi.2"]),  # no year: any year's 22 April
        ("2024-04-22 的意見是誰提的？", ["comment.adi.2"]),
    ],
)
def test_a_date_names_the_comments_submitted_that_day(vocabulary, question, expected):
    assert [c for c in read_focus(question, vocabulary).clauses if c.startswith("comment.")] == expected


@pytest.mark.parametrize(
    ("question", "without_date"),
    [
        # A date no comment has, and numbers that only look like one, change nothing.
        ("Who commented on 1 May 2024?", "Who commented?"),
        ("推論伺服器約 10-25 萬元，3/20 的比例算嗎？", "推論伺服器約萬元，的比例算嗎？"),
    ],
)
def test_a_date_no_comment_has_names_nothing(vocabulary, question, without_date):
    assert read_focus(question, vocabulary) == read_focus(without_date, vocabulary)


@pytest.mark.parametrize(
    ("question", "comments"),
    [
        ("台灣電路板協會提了哪幾點意見？", ["comment.tpca.1", "comment.tpca.2", "comment.tpca.3"]),
        ("When did TAIROA send its comments?", ["comment.tairoa.1", "comment.tairoa.2"]),
        # Counted as all it made, whatever their topics name, or a number picked beside a part asking of all of them.
        (
            "台灣電路板協會(TPCA)的三點意見（人工智慧與智慧機械合併、AI含公有雲應用、AI主機電費）分別得到什麼回應？",
            ["comment.tpca.1", "comment.tpca.2", "comment.tpca.3"],
        ),
        (
            "經濟部商業發展署的兩項意見各在哪一天提出？第一項意見引用了哪家機構的研析？兩項意見最後都歸入哪一個適用項目？",
            ["comment.cda.1", "comment.cda.2"],
        ),
        # One comment picked by its topic or number is not a listing; nor a date's digit before "建議".
        ("What did TPCA say about electricity?", []),
        ("TPCA 的第二點意見是什麼？", []),
        ("數位產業署的兩點意見中，第二點建議了什麼？", []),
        ("台灣電路板協會於113/04/3建議：以智能演算法分析數據並提供建議的工具應納入。這是誰提出的？", []),
    ],
)
def test_a_stakeholder_asked_about_as_a_whole_lists_its_comments(vocabulary, question, comments):
    assert read_focus(question, vocabulary).comments == comments


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("用一個13億參數的模型做文案跟摘要生成的服務，算內容生成系統嗎", True),
        ("這台 30 TFLOPS 的機器，這樣就算AI推論伺服器了嗎？", True),
        # 算 inside another word, or "才算" (what it takes): not whether it counts.
        ("推論伺服器的算力要求是多少？審查會看嗎", False),
        ("一定要用到10億參數的大語言模型才算企業營運流程協作系統嗎？", False),
        ("國稅局剔除的話，我們提復查勝算大嗎", False),
        ("我們的預算只有三百萬，這個政策在哪裡看嗎", False),
    ],
)
def test_whether_a_question_asks_if_something_counts(vocabulary, question, asks):
    assert asks_qualifies(question, vocabulary.asks) is asks


@pytest.mark.parametrize(
    ("question", "clauses"),
    [
        # Servers' compute asked of review: the criteria that say how it is checked.
        ("審查的時候，伺服器的算力是怎麼認定的？我們要準備什麼文件給審查委員看？", ["review.inference_server"]),
        # A server, no item named: the servers' criterion, not the edge device's too; no server named: every item's.
        ("審查時主機的算力依什麼認定？", ["review.inference_server"]),
        ("審查時算力依什麼認定？", ["review.inference_server", "review.ai_edge_device"]),
        # How a kind of item is reviewed outranks a response its words match (SaaS: the public-cloud response).
        (
            "For a technical service, say a text-to-video SaaS we subscribe to, what does the reviewer look at?",
            ["review.content_generation"],
        ),
        # "AI service" names the technical services, whose review criterion answers.
        (
            "For a subscription AI service rather than hardware, what does the reviewer look at?",
            ["review.content_generation"],
        ),
        # A purchase described beside a question about what stakeholders proposed: the comments answer.
        (
            "我們想導入 AI 做製品外觀瑕疵檢查、還有生成式 AI 輔助的產線自動化。"
            "之前有公協會提過類似建議嗎？政府說這些放在哪一項？",
            ["response.tairoa.2"],
        ),
        # Whether it counts as a key technical element, though a purchase is described: the element.
        (
            "Our model is trained purely with supervised learning. Does that count as the 'machine learning "
            "algorithm' key technical element?",
            ["element.machine_learning"],
        ),
    ],
)
def test_what_is_asked_outranks_what_the_words_describe(vocabulary, question, clauses):
    focus = read_focus(question, vocabulary)
    assert focus.clauses[: len(clauses)] == clauses and not focus.described


def test_a_date_narrows_a_named_stakeholder_to_that_days_comments(vocabulary):
    focus = read_focus("數位產業署在4月22日提出什麼修正建議？", vocabulary)
    assert [c for c in focus.clauses if c.startswith("comment.")] == ["comment.adi.2"]


def test_an_item_asked_about_beside_the_kinds_of_item_brings_the_overview(vocabulary):
    focus = read_focus("AI 模型開發工具屬於軟體還是技術服務？", vocabulary)
    assert focus.clauses == ["item.ai_model_dev_tool", "item.overview"]
    assert focus.kind_of == ["item.ai_model_dev_tool"]


@pytest.mark.parametrize(
    "question",
    [
        # The requirements of the kind's items, or how a hardware item is reviewed, are more than its kind.
        "三種硬體項目的算力門檻分別是多少？",
        "When a hardware item such as an inference server or an edge device is reviewed, what source documents count?",
        # A kind asked about alone: the overview answers, no item's kind is asked.
        "哪幾個項目屬於硬體？",
    ],
)
def test_only_an_item_asked_of_its_kind_is_answered_with_its_kind(vocabulary, question):
    assert read_focus(question, vocabulary).kind_of == []


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("內容生成系統的核心模型約 30 億參數，這樣符合嗎？送件前還要準備什麼佐證？", True),
        ("What evidence do we need for a 150 TFLOPS training server?", True),
        # Named as where a figure comes from, a spec sheet is not asked for.
        ("我們打算採購一台規格書標示200 TFLOPS的伺服器，請問這會歸在哪一個適用項目？", False),
    ],
)
def test_evidence_asked_for_is_not_evidence_mentioned(vocabulary, question, asked):
    assert asked_for(question, vocabulary.asks.review, vocabulary) is asked


def test_were_they_added_asks_for_the_decision(vocabulary):
    focus = read_focus("TAIROA asked for computer simulation to be added as an element. Were they added?", vocabulary)
    assert focus.decision and focus.decision_first
    # "後來有照做嗎" (did they do as suggested): the decision, first.
    focus = read_focus("聽說電路板協會有建議把人工智慧跟智慧機械合在一起，後來有照做嗎？", vocabulary)
    assert focus.decision and focus.decision_first


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # Asked for: nothing in the policy states it.
        ("How many TOPS does a Hailo-8 module deliver?", "the compute of a device the policy does not quantify"),
        ("Does one L40S meet the 45 TFLOPS requirement?", "the compute of a device the policy does not quantify"),
        ("How many parameters does Llama 3 have?", "the size of a model or product the policy does not name"),
        ("這台推論伺服器的價格大概多少？", "a price"),
        ("申請 AI 抵減要向哪個機關提出？", "an application procedure"),
        ("線上申請的流程有哪些步驟？", "an application procedure"),
        ("要附哪些表格？", "an application procedure"),
        # The evidence asked for in its own clause does not take the form out of the other.
        ("申請的時候要填哪一份表格、附上哪些證明文件？", "an application procedure"),
        ("送件前要準備什麼佐證？", None),
        (
            "Which government office do I submit the application to, and what's the form number?",
            "an application procedure",
        ),
        ("要去哪裡申請？經濟部還是國稅局？", "an application procedure"),
        # Where to file online (blind171-025: the model was asked, and the electricity response was quoted).
        (
            "Through which online portal do companies file their application for this credit?",
            "an application procedure",
        ),
        ("我們要在哪個網站申請？", "an application procedure"),
        # An application filed under an item asks which item.
        ("Can we file our application under the RAG item?", None),
        # Who must make it, a floor on the invoice, approved companies, extra credit for small firms (blind174-037/040,
        # blind175-026/002: the model had said yes or listed a clause).
        ("AI模型開發工具是否必須由台灣本地廠商開發，才可以適用抵減？", "a requirement on a product's origin or maker"),
        ("我們跟國內廠商買了一台 200 TFLOPS 的訓練伺服器，符合嗎？", None),
        (
            "What is the minimum invoice amount per item that an AI hardware purchase must reach before it qualifies "
            "for the credit?",
            "an amount of credit or investment",
        ),
        (
            "Which Taiwanese companies have already been approved for the AI investment tax credit?",
            "whether an application was approved",
        ),
        ("中小企業購買AI軟體，有沒有額外加碼的抵減優惠？", "a subsidy or another incentive"),
        # 製程 of a chip is its make-up; a factory's 製程 (manufacturing process) is not.
        ("這顆 GPU 的製程是多少？", "a chip's make-up (transistors, process, clock, cores)"),
        ("我們是 PCB 廠，要微調 130 億參數的模型讓工程師查詢製程知識，8 卡伺服器 256 TFLOPS，歸在哪個項目？", None),
        ("推論伺服器門檻 45 TFLOPS 是用 FP16 還是 FP8 算？", "the numeric precision a compute figure is measured at"),
        ("Is the threshold of 5 TOPS measured in INT8?", "the numeric precision a compute figure is measured at"),
        (
            "What floating point precision (FP8, FP16, FP32?) is the 45 TFLOPS inference threshold measured at?",
            "the numeric precision a compute figure is measured at",
        ),
        ("Our NPU is rated 10 TOPS (INT8). Is that enough for an edge device?", None),
        # A shop's conversion rate is no conversion between units.
        ("An online retailer wants a shopping chatbot to lift conversion rates. Which item covers it?", None),
        ("申請需要會計師簽證嗎？", "an application procedure"),
        ("審查大概要多久才會有結果？", "a date or year"),
        # A spending floor, or one credit excluding another.
        (
            "What is the minimum total spending a firm must reach in a year before it can apply?",
            "an amount of credit or investment",
        ),
        (
            "Can we claim the AI credit and the smart machinery credit for the same server, or does one exclude the "
            "other?",
            "a subsidy or another incentive",
        ),
        # One purchase under two items at once: no clause says.
        (
            "Can one server be claimed as both a training server and an inference server?",
            "a rule on claiming one purchase under two items",
        ),
        ("同一台伺服器可以同時申請兩個項目嗎？", "a rule on claiming one purchase under two items"),
        # Who decides, or what a compute unit stands for: no clause says. RAG's name is its item's title.
        ("Who decides whether an application qualifies?", "an application procedure"),
        ("What does TOPS stand for?", "what a compute unit stands for"),
        ("RAG 的全名是什麼？", None),
        # "is a subscription fine?" asks whether it is acceptable; "Is there a fine?" asks about a penalty.
        ("Must the dev tool be a perpetual licence, or is a subscription fine?", None),
        ("Is there a fine if a claim turns out wrong?", "a penalty"),
        ("NPU: 4.8 TOPS. The rep says that's 'basically 5' so we're fine. Are we?", None),
        ("What's the fine if a claim turns out wrong?", "a penalty"),
        ("Does it have to be TOPS or is TFLOPS fine too?", None),
        (
            "Does the AI model development tool have to be open-source, or are proprietary tools under commercial "
            "per-seat licences fine too?",
            "a rule on how software must be licensed",
        ),
        ("開發工具一定要開源嗎？", "a rule on how software must be licensed"),
        ("We license a 7B open-source model for our RAG system. Which item is it?", None),
        # Whose compute figure counts is what review states, not who processes an application.
        ("Who decides what the number is, the vendor or us?", None),
        ("Who decides whether an application is approved?", "an application procedure"),
        # The comments are dated, the government's responses are not.
        ("TPCA 的意見是哪一天收到政府正式回覆的？", "the date of the government's response"),
        # What a product was trained on is unstated; the cards a threshold needs are worked out.
        ("文件裡說 Sora 模型訓練時用了多少張 H100？", "the hardware a product was built or trained on"),
        ("How many H100s did OpenAI use to train Sora?", "the hardware a product was built or trained on"),
        ("How many GPUs were needed to reach the training bar?", None),
        # The CEO of a company the policy names is unstated; a CEO beside the asker's purchases asks nothing of one.
        ("Our CFO also asked whether the CEO's new Tesla counts. Which of these fit an AI item?", None),
        ("How many H100 cards did it take to reach the training bar?", None),
        ("When did the government reply to TAIROA?", "the date of the government's response"),
        ("TPCA 是哪一天提的、政府回應是什麼？", None),
        # Personal data, or a list of approved products: the policy sets neither.
        ("RAG 系統有沒有個資保護的要求？", "a privacy or data-protection requirement"),
        ("Which GPU models are pre-approved for the training server item?", "a list of approved products or models"),
        ("有沒有經濟部認可的型號清單？", "a list of approved products or models"),
        # Whether it reaches back to earlier purchases: no clause says when the credit starts.
        ("去年買的推論伺服器可以追溯適用嗎？", "a date or year"),
        ("Does the credit apply retroactively to equipment bought before the policy?", "a date or year"),
        # Who may apply, and another credit claimed beside this one: the policy names neither.
        ("我們是外商分公司，可以申請嗎？", "the kinds of company that may apply"),
        ("Does this credit apply to companies registered in Hong Kong?", "the kinds of company that may apply"),
        # Nor the capital, size or age the applying company must have; the asker's own capital asks none of them.
        (
            "What is the minimum paid-in capital a company needs before it can apply for this AI tax credit?",
            "a requirement on the applying company's capital, size or age",
        ),
        ("公司資本額要多少才能申請？", "a requirement on the applying company's capital, size or age"),
        ("我們公司資本額 5000 萬，買了一台 200 TFLOPS 的訓練伺服器，可以抵減嗎？", None),
        # A procedure asked with the credit named between "申請" and its "的流程".
        ("申請這個AI投資抵減的流程是什麼？", "an application procedure"),
        ("這個抵減跟智慧機械的抵減可以同時申請嗎？", "a subsidy or another incentive"),
        ("Can I claim both this credit and the R&D credit for the same server?", "a subsidy or another incentive"),
        # An accountant addressed, or a purchase made jointly, asks none of them.
        ("會計師您好，客戶要買推論用的伺服器，每張 24 TFLOPS，這樣夠不夠？", None),
        ("AI 主機每個月的電費可以一起申請投資抵減嗎？", None),
        (
            "If we sell the server after a year, do we pay the credit back?",
            "a rule on selling or disposing of the equipment, or on paying the credit back",
        ),
        # Given, not asked: the figure is the asker's, and the question is whether it qualifies.
        ("Four A100s at 312 TFLOPS each: does that make an AI training server?", None),
        ("我們用 Llama 3 的 8B 版本做 RAG，參數夠嗎？", None),
        ("價格大概二十萬的雙 CPU 伺服器，可以當 AI 推論伺服器嗎？", None),
        ("The quote puts the price at NT$350,000; is a 50 TFLOPS inference server eligible?", None),
        (
            "Can the server be sold within two years of the purchase?",
            "a rule on selling or disposing of the equipment, or on paying the credit back",
        ),
        # The same words in another sense: what a business sells, a vendor selling to the asker, a running cost.
        ("We sell an MLOps platform for 8B-parameter LLMs. Which item is it?", None),
        ("Can the electricity cost of running our AI hosts be counted toward the credit?", None),
        ("Our vendor sells a RAG appliance with a 7B model. Which item is it?", None),
        ("我們的廠商有在賣一款邊緣運算盒，10 TOPS，算哪一項？", None),
        # A vendor as the source of a figure is not asked for; one asked for is.
        ("想訂閱一個AI文案生成服務，供應商說底層模型是70億參數，這可以歸在哪個項目？", None),
        ("我們訂閱一套文案生成服務，供應商技術文件寫核心模型約 7 億參數，能以「內容生成系統」申請嗎？", None),
        ("推論伺服器有推薦的供應商嗎？", "a vendor, dealer or brand"),
        ("哪一家供應商的資料比較可靠？", "a vendor, dealer or brand"),
        # An amount paid, given, is not an amount of credit asked for; a minimum investment asked for is.
        ("一台沒有 GPU 的 server，發票金額大約 18 萬，可以申報成 AI 推論應用伺服器嗎？", None),
        ("投資金額要達 500 萬以上才能申請嗎？", "an amount of credit or investment"),
        ("可以推薦幾家CP值高、又保證能過審的GPU伺服器廠商嗎？", "a vendor, dealer or brand"),
        ("Which vendor's spec sheet do the reviewers go by?", None),
        # The statute's articles: the policy quotes none of them. The statute named as context asks nothing of it.
        (
            "How does this AI item interact with Article 10-1 of the Statute for Industrial Innovation?",
            "what an article of the statute says",
        ),
        ("產業創新條例第10條之1怎麼規定5G的部分？", "what an article of the statute says"),
        ("依產業創新條例申請，AI推論伺服器的門檻是多少？", None),
        # What came after the government's response: the policy records no later round.
        (
            "After the government said electricity would not be covered, did TPCA file a follow-up objection, and how "
            "was that second round resolved?",
            "a later objection or appeal after the government's response",
        ),
        (
            "政府回覆電費不列入之後，TPCA 有再提出異議嗎？",
            "a later objection or appeal after the government's response",
        ),
        ("What did the government answer TPCA about electricity?", None),
    ],
)
def test_a_kind_of_fact_is_asked_for_only_when_the_question_does_not_give_it(vocabulary, question, kind):
    assert _first_unstated(question, [], vocabulary) == kind


def test_the_review_criteria_naming_the_vendors_spec_sheet_state_no_vendor(vocabulary, by_id):
    # "以硬體廠商設備規格書為準" / "the hardware vendor's equipment specification sheet": a document, no vendor named.
    reviews = [by_id["review.inference_server"], by_id["review.ai_edge_device"]]
    question = "麻煩推薦一家 GPU 伺服器的廠商，要買來申請這個抵減用的。"
    assert _first_unstated(question, reviews, vocabulary) == "a vendor, dealer or brand"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The server case's prices are no board's: the board's worked case states none.
        ("範例那塊 Banana Pi 邊緣運算板大概多少錢？跟一般 2CPU 伺服器比起來便宜多少？", "a price"),
        ("How much does the Banana Pi board cost?", "a price"),
        # The inference server's worked case does price one, and so does a question naming nothing.
        ("推論伺服器的案例價格是多少？", None),
        ("案例裡兩種伺服器的價格各是多少？", None),
    ],
)
def test_a_price_is_stated_only_by_a_clause_of_the_thing_it_is_asked_of(vocabulary, by_id, question, expected):
    retrieved = [by_id["case.ai_edge_device"], by_id["item.ai_edge_device"], by_id["case.inference_server"]]
    assert _first_unstated(question, retrieved, vocabulary) == expected


@pytest.mark.parametrize(
    ("question", "rest", "recap"),
    [
        ("承上題（推論伺服器要45 TFLOPS），那訓練伺服器呢？", "那訓練伺服器呢？", "承上題（推論伺服器要45 TFLOPS），"),
        (
            "承上題，我們原本問的是內容生成系統；如果改做RAG呢？",
            "如果改做RAG呢？",
            "承上題，我們原本問的是內容生成系統；",
        ),
        (
            "Follow-up to my earlier inference server question: edge devices?",
            "edge devices?",
            "Follow-up to my earlier inference server question:",
        ),
        ("接續剛剛的問題：政府最後有沒有採納？", "政府最後有沒有採納？", "接續剛剛的問題："),
        # An acknowledged restatement of a bar is the earlier answer recalled; the asker's own figures stay.
        (
            "OK, so the 180 TFLOPS bar is for training. Once it is trained, which item runs it for users?",
            "Once it is trained, which item runs it for users?",
            "OK, so the 180 TFLOPS bar is for training.",
        ),
        (
            "了解，所以訓練伺服器的門檻是 180 TFLOPS。那推論伺服器呢？",
            "那推論伺服器呢？",
            "了解，所以訓練伺服器的門檻是 180 TFLOPS。",
        ),
        ("OK, so our server has 200 TFLOPS. Does it qualify?", None, ""),
        ("好，門檻是多少？", None, ""),
        # The worked example named at the start is this question's subject, not a recalled question.
        ("Follow-up on the worked example: what does the ordinary server cost?", None, ""),
        ("承上題", None, ""),  # nothing after it: nothing to split
    ],
)
def test_an_opening_recalling_the_earlier_question_is_split_off(vocabulary, question, rest, recap):
    assert split_recap(question, vocabulary) == (rest or question, recap)


def test_a_question_giving_a_compute_figure_is_about_the_hardware_its_words_point_at(vocabulary):
    question = "那如果是拿來訓練大語言模型的伺服器，規格0.18 PFLOPS夠不夠？"
    focus = read_focus(question, vocabulary)
    assert focus.clauses == ["item.ai_training_server"] and not focus.defaulted
    # Words pointing at none: every hardware item, marked as no subject named. "GFLOPS" after a number is the
    # figure's unit, not the worked case that speaks of GFLOPS.
    focus = read_focus("如果我們選的模組規格書只寫 2,500 GFLOPS，這樣還算符合嗎？", vocabulary)
    assert focus.defaulted and focus.subjects == vocabulary.compute_items
    assert read_focus("一般伺服器大概幾 GFLOPS？", vocabulary).clauses == ["case.inference_server"]


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "On what date did the Commerce Development Administration propose including algorithm-based tools that "
            "analyse collected data and images to give operational advice?",
            "comment.cda.2",
        ),
        ("商發署建議納入用演算法分析蒐集的資料、影像來提供營運建議的工具，是哪天提的？", "comment.cda.2"),
        (
            "What did the commerce agency say about e-commerce websites with generative AI chatbots for consumers?",
            "comment.cda.1",
        ),
    ],
)
def test_a_stakeholders_comment_described_by_its_own_words_is_the_one_asked(vocabulary, question, subject):
    assert read_focus(question, vocabulary).subjects == [subject]


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # One English word of one comment's alone ("definition").
        (
            "What definition of an 'AI system' did the Administration for Digital Industries propose, on what date?",
            "comment.adi.1",
        ),
        # A name in capitals of one comment's alone.
        ("The commerce agency that quoted KPMG: what kind of system did they want covered?", "comment.cda.1"),
    ],
)
def test_one_word_of_one_comments_alone_picks_it(vocabulary, question, subject):
    assert read_focus(question, vocabulary).subjects == [subject]


@pytest.mark.parametrize(
    "question",
    [
        # Both of them asked for.
        "The Commerce Development Administration commented twice. On what dates, which reply cited KPMG, and which "
        "item did both replies point to?",
        # The one word is one question's of two.
        "The PCB association raised a few things back in March 2024. Can we put our AI host's power bill into the "
        "credit? And did they get their wish of folding AI into smart machinery?",
        # A word of the stakeholder's own name, said another way ("automation").
        "What did the automation & robotics association propose?",
    ],
)
def test_one_word_does_not_pick_a_comment_where_more_are_asked_of(vocabulary, question):
    assert len(read_focus(question, vocabulary).clauses) > 1


def test_each_question_of_several_describing_a_comment_of_one_stakeholder_keeps_it(vocabulary):
    question = (
        "TPCA 建議把人工智慧和智慧機械合併，政府採納了嗎？TPCA 另外提到的 AI 公有雲應用，政府說已涵蓋在哪些項目？"
    )
    assert read_focus(question, vocabulary).clauses == ["comment.tpca.1", "comment.tpca.2"]
    # One question naming one comment, and a second asking only when: that one comment.
    assert read_focus("TPCA 建議把人工智慧和智慧機械合併，政府採納了嗎？是哪一天提的？", vocabulary).clauses == [
        "comment.tpca.1"
    ]


def test_a_stakeholder_asked_about_as_a_whole_keeps_all_its_comments(vocabulary):
    focus = read_focus("What did TAIROA suggest on 2024-03-20, and how was each suggestion handled?", vocabulary)
    assert focus.clauses[:2] == ["comment.tairoa.1", "comment.tairoa.2"]


def test_going_by_the_policys_wording_names_no_wording_decision(vocabulary):
    focus = read_focus(
        "Among the four technical services, which ones can qualify without a 1B+ parameter LLM, going by the wording?",
        vocabulary,
    )
    assert "response.adi.1" not in focus.clauses and focus.subjects == ["item.overview"]


def test_a_review_word_saying_what_a_thing_counts_as_does_not_ask_for_the_review(vocabulary):
    # "才會被認定是「AI模型訓練伺服器」" asks what it takes to be one: the item's threshold, not its review criterion.
    threshold = read_focus("算力至少要到多少才會被認定是「AI模型訓練伺服器」？", vocabulary)
    assert threshold.clauses == ["item.ai_training_server"]
    reviewed = read_focus("審查時怎麼認定是否符合訓練伺服器？", vocabulary)
    assert reviewed.clauses[0] == "review.inference_server"


def test_examples_asked_as_a_list_of_kinds_are_the_items_own_not_its_worked_case(vocabulary):
    listed = read_focus("內容生成系統可以生成的內容有哪些例子？", vocabulary)
    assert listed.clauses == ["item.content_generation"]
    english = read_focus(
        "What kinds of output does the policy give as examples for content generation systems?", vocabulary
    )
    assert english.clauses == ["item.content_generation"]
    assert read_focus("內容生成系統有沒有舉實際的例子？", vocabulary).clauses == ["case.content_generation"]


def test_a_group_asked_in_a_part_of_its_own_stands_before_the_member_asked_in_another(vocabulary):
    question = "政策裡「人工智慧」的定義有提到哪幾種技術元素？其中深度學習演算法又是指哪幾類網路？"
    assert read_focus(question, vocabulary).clauses == ["definition.ai", "element.deep_learning"]
    # The member alone, or named in the same part as the group, is asked about alone.
    assert read_focus("關鍵技術元素中的深度學習演算法是指哪些網路？", vocabulary).clauses == ["element.deep_learning"]


def test_a_review_word_naming_where_the_askers_figure_comes_from_does_not_ask_for_the_review(vocabulary):
    question = (
        "The spec sheet for our edge gateway states its compute in TFLOPS rather than TOPS (6 TFLOPS). "
        "Does the edge computing item accept a TFLOPS figure at all, and what's the minimum?"
    )
    assert read_focus(question, vocabulary).clauses == ["item.ai_edge_device"]
    # Asked in a part of its own, the review is asked.
    assert read_focus("規格書標示 200 TFLOPS，審查時怎麼認定？", vocabulary).clauses[0].startswith("review.")


def test_every_stakeholder_asked_beside_one_stakeholders_dates_brings_all_their_comments(vocabulary):
    question = "Which associations and agencies commented on the draft, and on what date did TPCA submit its comments?"
    focus = read_focus(question, vocabulary)
    assert focus.subjects == ["comment.tpca.1", "comment.tairoa.1", "comment.adi.1", "comment.cda.1"]
    assert len(focus.comments) == 9 and focus.comments[:3] == ["comment.tpca.1", "comment.tpca.2", "comment.tpca.3"]
    # One stakeholder alone keeps its own comments.
    assert read_focus("TPCA 是哪一天提出意見的？", vocabulary).comments == [
        "comment.tpca.1",
        "comment.tpca.2",
        "comment.tpca.3",
    ]


@pytest.mark.parametrize("question", ["總共有幾個適用項目？", "How many eligible items are there in total?"])
def test_how_many_items_naming_nothing_is_asked_of_the_overview(vocabulary, question):
    assert read_focus(question, vocabulary).clauses == ["item.overview"]


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "Our software tool manages deployment of 7B-parameter LLMs. Does it fit the software item?",
            "item.ai_model_dev_tool",
        ),
        ("我們的平台支援 13B 模型微調，可以申請軟體項目嗎？", "item.ai_model_dev_tool"),
        # Which item the kind holds, or how many, is the overview's.
        ("Which is the only software item?", "item.overview"),
        ("哪一個是軟體項目？", "item.overview"),
        ("Is it hardware or software?", "item.overview"),
    ],
)
def test_a_kind_with_one_item_named_as_an_item_is_that_item(vocabulary, question, subject):
    assert read_focus(question, vocabulary).subjects[0] == subject


def test_every_kind_named_beside_the_definition_is_the_definitions_own_phrase(vocabulary):
    focus = read_focus("這份政策裡的「人工智慧」是指用了哪些技術元素的硬體、軟體或技術服務？", vocabulary)
    assert "item.overview" not in focus.clauses and focus.clauses[0] == "definition.ai"
    # The kinds asked about on their own are the overview's.
    assert read_focus("硬體、軟體、技術服務各有哪些項目？", vocabulary).clauses == ["item.overview"]


@pytest.mark.parametrize(
    "question",
    [
        # "…or only software and services?" had been read as which item software is (the dev tools).
        "Under the policy's definition of AI, can hardware count as AI, or only software and services?",
        "Under the policy's definition of AI, can hardware count as AI?",
        "依政策對人工智慧的定義，硬體也可以算是AI嗎？",
    ],
)
def test_a_kind_asked_of_by_the_definition_is_the_definitions_own_word(vocabulary, question):
    assert read_focus(question, vocabulary).clauses == ["definition.ai"]


def test_which_element_a_thing_is_is_not_which_item_its_words_name(vocabulary):
    # "客服" names the enterprise workflow item's process; the element is asked (the item had been the subject).
    focus = read_focus("我們的客服機器人能理解並生成人類語言，這屬於哪一個關鍵技術元素？", vocabulary)
    assert "element.nlp" in focus.clauses and "item.enterprise_workflow" not in focus.clauses


def test_a_kind_bought_beside_the_definition_is_still_the_thing_asked_of(vocabulary):
    # The definition named, but which item the software bought is, is asked.
    assert read_focus("按照人工智慧的定義，我們買的軟體算哪一項？", vocabulary).clauses == ["item.ai_model_dev_tool"]
    # A kind asked about without the definition is the overview's.
    assert read_focus("人工智慧硬體項目有哪些？", vocabulary).clauses == ["item.overview"]


@pytest.mark.parametrize(
    "question",
    [
        "一般的server可以當推論伺服器嗎？",
        "推論伺服器要多少算力？一般 server 可以嗎？",
        "Can an ordinary server count as an AI inference server?",
    ],
)
def test_an_ordinary_server_in_other_words_is_the_worked_cases(vocabulary, question):
    assert read_focus(question, vocabulary).clauses[0] == "case.inference_server"


def test_a_distributor_asked_for_is_a_vendor_one_quoting_a_figure_is_not(vocabulary):
    question = "Which Taiwanese distributor sells the cheapest qualifying H100 server, and what's their quote?"
    assert _first_unstated(question, [], vocabulary) == "a vendor, dealer or brand"
    quoted = "Our distributor quoted 50 TFLOPS for the inference box. Does it qualify?"
    assert _first_unstated(quoted, [], vocabulary) is None
    # The asker saying what it is (blind179-001 had been refused as asking for a vendor).
    for itself in (
        "We're a mid-sized electronics distributor with internal SOP manuals. Which item is a chatbot over them?",
        "我們是電子零件代理商，想導入客服聊天機器人，算哪一項？",
    ):
        assert _first_unstated(itself, [], vocabulary) is None, itself


@pytest.mark.parametrize(
    "question",
    [
        # blind179-037: the tax form and the vouchers to attach (the model quoted a response).
        "申請這項抵減時要填國稅局的哪一張申報表？還需要附上哪些會計憑證和發票影本？",
        "Do we need to attach invoice copies when applying?",
    ],
)
def test_the_forms_and_vouchers_of_an_application_are_a_procedure(vocabulary, question):
    assert _first_unstated(question, [], vocabulary) == "an application procedure"


@pytest.mark.parametrize(
    "question",
    [
        # blind179-004: "which eligible AI category" had not been read as asking which item.
        "If we buy an AI assistant that turns a meeting recording into minutes, which eligible AI category does it "
        "match?",
        "We plan to subscribe to a service that drafts replies to customers. What kind of item is that?",
    ],
)
def test_which_item_a_purchase_is_asked_in_other_words_leaves_it_to_the_classifier(vocabulary, question):
    assert read_focus(question, vocabulary).described


def test_a_suggestion_asked_whether_it_is_covered_asks_for_the_decision(vocabulary):
    focus = read_focus(
        "TAIROA suggested adding system integration planning and computer simulation. Are those covered anywhere?",
        vocabulary,
    )
    assert focus.subjects == ["comment.tairoa.1"] and focus.decision


def test_a_review_question_with_a_part_asking_what_it_takes_to_count_brings_the_item(vocabulary):
    question = (
        "How will the reviewer confirm our device's compute, and where does the device have to be deployed to count "
        "as an edge device?"
    )
    assert read_focus(question, vocabulary).clauses == ["review.ai_edge_device", "item.ai_edge_device"]
    single = "For a content-generation service we subscribe to, how would reviewers decide whether it qualifies?"
    assert read_focus(single, vocabulary).clauses == ["review.content_generation"]


@pytest.mark.parametrize(
    ("question", "clauses"),
    [
        # Items named beside a kind asked apart are subjects too (content generation had been dropped).
        (
            "How do the review criteria differ between the hardware items (servers, edge devices) and technical "
            "services such as content generation?",
            ["review.inference_server", "review.ai_edge_device", "review.content_generation"],
        ),
        # A server said beside the edge device in a review question brings the server's criterion.
        (
            "How will reviewers verify the compute of a server or an edge device?",
            ["review.inference_server", "review.ai_edge_device"],
        ),
        (
            "審查的時候，伺服器或邊緣設備的算力要怎麼認定？需要提供什麼文件？",
            ["review.inference_server", "review.ai_edge_device"],
        ),
        # A review question on a thing a route matches ("SaaS") is the described item's review.
        (
            "Our accountant is asking: for a text-to-video SaaS subscription, what will the reviewer actually check "
            "to decide whether it qualifies?",
            ["review.content_generation"],
        ),
        # How much, asked beside the spec sheet, brings the item's threshold.
        (
            "如果硬體規格書只標示 TFLOPS 而不是 TOPS，要多少才算達到AI邊緣運算設備的門檻？",
            ["review.ai_edge_device", "item.ai_edge_device"],
        ),
        # A stakeholder named by its acronym.
        (
            "According to the ADI's proposed definition of an AI system, what kinds of outputs can it produce?",
            ["comment.adi.1"],
        ),
        # An element defined in a part of its own stays beside the item "which item" describes; named in the part
        # that asks which item, it only describes the item.
        (
            "How does the document define natural language processing, and which item combines it with search and "
            "retrieval over an external knowledge base?",
            ["element.nlp", "item.rag"],
        ),
        (
            "Which item combines natural language processing with retrieval over an external knowledge base?",
            ["item.rag"],
        ),
    ],
)
def test_the_clauses_a_question_is_focused_on(vocabulary, question, clauses):
    assert read_focus(question, vocabulary).clauses == clauses


def test_results_a_comment_speaks_of_are_no_decision_asked(vocabulary):
    # "輸出結果" is what ADI's proposed definition speaks of; "結果咧" asks what became of a suggestion.
    question = "數位產業署提出的人工智慧系統定義中，系統可從輸入資訊推論產出哪些輸出結果？這些結果可能影響哪兩種環境？"
    focus = read_focus(question, vocabulary)
    assert focus.clauses == ["comment.adi.1"] and not focus.decision
    assert read_focus("人工智慧跟智慧機械不能合在一起申請嗎？好像有公會提過，結果咧", vocabulary).decision


def test_a_server_named_as_an_item_is_not_added_again(vocabulary):
    question = "How will reviewers verify the compute of an AI inference server and an edge device?"
    assert read_focus(question, vocabulary).items == ["item.ai_inference_server", "item.ai_edge_device"]


def test_which_of_the_ai_items_a_purchase_is_asks_the_classifier(vocabulary):
    question = "Our client bought an MLOps platform license. Which of the AI items would this be?"
    assert read_focus(question, vocabulary).described


def test_the_yes_or_no_parts_of_a_question(vocabulary):
    # "listed" describes the algorithms; it does not make the part an open one as "list the …" does.
    question = "Is CNN one of the listed deep-learning algorithms, and which item does visual inspection fall under?"
    assert yes_or_no_parts(question, vocabulary) == ["Is CNN one of the listed deep-learning algorithms"]
    assert yes_or_no_parts("List the items that can qualify.", vocabulary) == []


@pytest.mark.parametrize(
    ("question", "clauses"),
    [
        ("When did TPCA send its comments, and what did it ask about operating expenses?", ["comment.tpca.3"]),
        ("What did TPCA say regarding public cloud?", ["comment.tpca.2"]),
        # A topic in no comment's words: the stakeholder's comments, all of them.
        ("What did TPCA say about taxes?", ["comment.tpca.1", "comment.tpca.2", "comment.tpca.3"]),
    ],
)
def test_the_topic_asked_about_picks_the_one_comment_in_its_words(vocabulary, question, clauses):
    assert read_focus(question, vocabulary).clauses == clauses


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the edge device have to be connected to the internet?", "connected internet"),
        ("AI 邊緣運算設備一定要是台灣製的嗎？", "台灣製"),
        # Words of the item's clauses: "connection" is said by "connected"'s first five letters, NPU by its case.
        ("Does an AI edge device have to be deployed close to the production site?", None),
        ("邊緣運算設備一定要有 NPU 嗎？", None),
        # Not a yes/no question, or one offering alternatives.
        ("What does an AI edge device have to be connected to?", None),
        ("Does the edge device have to be connected to the internet, or can it run offline?", None),
    ],
)
def test_a_condition_is_unstated_when_no_clause_of_the_item_says_a_word_of_it(vocabulary, by_id, question, expected):
    edge = [by_id[i] for i in ("item.ai_edge_device", "case.ai_edge_device", "review.ai_edge_device")]
    names = [n for s in vocabulary.subjects if s.clause == "item.ai_edge_device" for n in s.names]
    assert unstated_condition(question, names, edge, vocabulary) == expected


@pytest.mark.parametrize(
    ("question", "clauses"),
    [
        # An element defined in a part of its own, beside an item asked of: both, the item first.
        (
            "We plan a support chatbot on an NLP model. Would it fall under the enterprise operation process "
            "collaboration system item, and how does the policy define natural language processing?",
            ["item.enterprise_workflow", "element.nlp"],
        ),
        # Nothing named, how it is reviewed asked: the criterion of the item its words describe.
        ("公司訂閱了一個文字轉影片的雲端服務，審查時是看什麼判定的？", ["review.content_generation"]),
        # What else a stakeholder proposed, beside the suggestion named: all its comments.
        (
            "電路板協會問過AI主機的電費能不能算進去，主管機關怎麼回？他們同一天還提了哪些建議？",
            ["comment.tpca.1", "comment.tpca.2", "comment.tpca.3"],
        ),
    ],
)
def test_parts_asked_of_their_own_keep_their_subjects(vocabulary, question, clauses):
    assert read_focus(question, vocabulary).clauses == clauses


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        # An unstated part added after the rest: blanked, the rest kept.
        ("八個項目中技術服務有幾項？另外抵減率是多少？", "八個項目中技術服務有幾項？"),
        ("What is the inference threshold, and what credit rate applies?", "What is the inference threshold, and"),
        # "Separately" adds a part as "also" does.
        (
            "What is the inference threshold? Separately, what credit rate applies?",
            "What is the inference threshold? Separately,",
        ),
        # The unstated part first, or in the middle of the thing asked: no rest apart from it.
        ("抵減率是多少？推論伺服器門檻呢？", None),
        ("推論伺服器符合45 TFLOPS的話，抵減率是多少？", None),
    ],
)
def test_an_unstated_part_added_after_the_rest_leaves_the_rest(vocabulary, question, rest):
    facts, left = unstated_facts(question, [], vocabulary)
    assert [f.kind for f in facts] == ["a rate or percentage"]
    assert (left.strip(" ？?") if left is not None else None) == (rest.strip(" ？?") if rest is not None else None)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("產品設計系統可以協助哪些自動化工作？其中「需求分析」是誰建議加進去的？", True),
        # The item named as the topic of clauses that ask of it.
        (
            "For a product design system, what technology route besides a 1B+ parameter LLM is accepted, which "
            "automated tasks are listed, and which task was added at the suggestion of a government agency?",
            True,
        ),
        # What a suggestion added to it is asked, not the item.
        (
            "The agency asked to add R&D to the product design system. Is that accurate, what was added to product "
            "design systems, and was the suggestion adopted?",
            False,
        ),
        ("數位產業署4月下旬那次的建議，讓產品設計系統多了什麼範疇？", False),
    ],
)
def test_an_open_question_of_an_item_is_told_from_one_of_a_suggestion_about_it(vocabulary, question, asked):
    assert asked_of_item(question, ["產品設計系統", "product design system"], vocabulary) is asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("AI 推論伺服器需要多少記憶體？", True),
        ("How much RAM must an edge device have?", True),
        ("記憶體要 512GB 以上嗎？", True),
        # A size the question gives as part of the purchase it describes is no memory asked for.
        ("某AI模型訓練伺服器的規格書標示算力 200,000 GFLOPS，記憶體2TB、售價800萬元。依政策能否認列？", False),
        ("An edge AI box has an NPU rated at 4,000 GOPS, 8 GB of RAM and a price of US$199. Does it qualify?", False),
        ("記憶體512GB、電源1.6kW，規格書標示GPU算力44 TFLOPS。能否認列？", False),
    ],
)
def test_a_memory_size_given_in_a_description_is_not_asked_for(vocabulary, question, asked):
    facts, _ = unstated_facts(question, [], vocabulary)
    assert ("a memory or storage size" in [f.kind for f in facts]) is asked


@pytest.mark.parametrize(
    ("question", "read", "rewrites"),
    [
        (
            "the training and inference server thresholds",
            "the training server and inference server thresholds",
            [("training and inference server", "training server and inference server")],
        ),
        (
            "Training vs inference servers?",
            "Training servers vs inference servers?",
            [("Training vs inference servers", "Training servers vs inference servers")],
        ),
        ("訓練與推論伺服器的門檻", "訓練伺服器與推論伺服器的門檻", [("訓練與推論伺服器", "訓練伺服器與推論伺服器")]),
        (
            "訓練和推論應用伺服器",
            "訓練伺服器和推論應用伺服器",
            [("訓練和推論應用伺服器", "訓練伺服器和推論應用伺服器")],
        ),
        # Each named in full already, or no server: as written.
        ("the training server and the inference server", "the training server and the inference server", []),
        ("training and inference workloads", "training and inference workloads", []),
        # A server said by its use alone beside another named (blind241-050); not training data.
        (
            "推論server算力門檻要幾T啊？邊緣運算設備咧？順便問訓練用的要多少",
            "推論server算力門檻要幾T啊？邊緣運算設備咧？順便問訓練用的伺服器要多少",
            [("訓練用的", "訓練用的伺服器")],
        ),
        ("訓練用的資料放在推論伺服器上", "訓練用的資料放在推論伺服器上", []),
    ],
)
def test_two_servers_said_with_one_noun_are_each_named_in_full(question, read, rewrites):
    assert shared_heads(question) == (read, rewrites)


@pytest.mark.parametrize(
    ("question", "clauses"),
    [
        # blind179-024: the kind said of the item named before it had put the overview first.
        ("AI 模型開發工具這項軟體，對它所支援的模型規模有什麼門檻？", ["item.ai_model_dev_tool"]),
        # The kind asked of stays the overview's.
        ("這類硬體項目有哪些？", ["item.overview"]),
    ],
)
def test_a_kind_said_of_the_item_just_named_is_no_subject(vocabulary, question, clauses):
    assert read_focus(question, vocabulary).clauses[: len(clauses)] == clauses


def test_which_agency_reviews_the_credit_is_a_procedure(vocabulary):
    # blind181-022: "哪個政府機關" had not matched "哪個機關"; the model named the commerce agency.
    assert (
        _first_unstated("這項投資抵減最後由哪個政府機關負責審核與核定？", [], vocabulary) == "an application procedure"
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # blind183-045: who audits had gone to the model, which quoted a response.
        ("誰負責稽核這些AI抵減案件？是國稅局還是產業發展署？", "an application procedure"),
        ("Who audits these AI credit claims?", "an application procedure"),
        # blind184-045: "watts of power … draw" had not matched "power draw"; the worked case was quoted.
        ("How many watts of power does an NVIDIA H100 draw?", "a product's slots, power supply, ports or dimensions"),
        # blind185-012: "a Taiwanese company" (singular) and imported servers.
        (
            "Does the AI vendor have to be a Taiwanese company, or can imported servers also qualify?",
            "a requirement on a product's origin or maker",
        ),
        # blind185-018: maintenance and installation bought with the server; the model had said yes.
        (
            "if we buy an AI inference server bundled w/ 3 years of on-site maintenance + installation services, is "
            "the service portion creditable too?",
            "a warranty, maintenance or installation service",
        ),
    ],
)
def test_facts_the_policy_does_not_state_are_found(vocabulary, question, kind):
    assert _first_unstated(question, [], vocabulary) == kind


@pytest.mark.parametrize(
    "question",
    [
        # The commenters, asked who made each comment, are no product's maker (blind184-019).
        "How many days passed between the earliest stakeholder comment and the latest one, and who made each?",
        # AI for predictive maintenance is a use, not a maintenance service bought.
        "We use AI for predictive maintenance on the line with a 6 TOPS box; does it qualify?",
        # A stakeholder the policy records is asked of as usual.
        "What did the Commerce Development Administration suggest?",
    ],
)
def test_questions_the_policy_answers_ask_no_unstated_fact(vocabulary, question):
    assert _first_unstated(question, [], vocabulary) is None


def test_items_offered_as_lettered_options_beside_a_route_are_no_subject(vocabulary):
    # blind183-009: the three items offered had been the subjects; the e-commerce response decides.
    focus = read_focus(
        "Which bucket does an e-commerce site's generative-AI shopping chatbot land in? (a) content generation "
        "system, (b) RAG, (c) product design system, (d) none of those — something else. Explain which and why.",
        vocabulary,
    )
    assert focus.clauses == ["response.cda.1"] and focus.items == []


def test_a_short_aside_in_brackets_does_not_break_a_name(vocabulary):
    # blind188-015: "一般（2CPU）伺服器" had named no ordinary server; the model cited the training server.
    assert "case.inference_server" in read_focus("案例中一般（2CPU）伺服器的 AI 算力屬於什麼等級？", vocabulary).clauses


def test_the_askers_procurement_memo_describes_no_purchase(vocabulary):
    # blind187-048: "procurement" (one of the enterprise workflow item's words) had made it the purchase described.
    focus = read_focus(
        "I'm preparing a procurement memo for our IT department and need to know which of the eight eligible AI "
        "products and services count as physical equipment (the hardware category).",
        vocabulary,
    )
    assert "item.enterprise_workflow" not in focus.clauses


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("那訓練用的server呢？門檻幾T", "那訓練用的server呢？門檻幾 TFLOPS"),
        ("min T for an infernce box?", "min TFLOPS for an infernce box?"),
        # A figure's T is no unit asked (storage), nor a T where nothing asks of compute.
        ("門檻是多少？硬碟 4T 可以嗎", "門檻是多少？硬碟 4T 可以嗎"),
        ("硬碟要幾T", "硬碟要幾T"),
        # A figure in a bare T said of a server (blind238-038), not of a disk.
        ("問題：30T 的推論主機到底夠不夠格？", "問題：30 TFLOPS 的推論主機到底夠不夠格？"),
        ("a 200T training box, ok?", "a 200 TFLOPS training box, ok?"),
        ("our 4T SSD server", "our 4T SSD server"),
    ],
)
def test_compute_asked_in_a_bare_t_is_read_as_tflops(question, read):
    assert bare_units(question)[0] == read


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Does the enterprise operation process collaboration system item cover R&D?", "R&D"),
        ("企業營運流程協作系統有沒有涵蓋研發？", "研發"),
        ("內容生成系統是否包含程式碼生成？", "程式碼生成"),
        ("Does it cover R&D and payroll?", None),
        ("這個項目包含哪些流程？", None),
    ],
)
def test_the_term_a_clause_is_asked_to_cover(question, term):
    assert covered_term(question) == term


def test_no_term_is_read_from_a_which_question():
    assert covered_term("Which classes does the policy actually list as a key technical element?") is None


def test_others_asked_beside_something_not_a_member_keep_the_member_named(vocabulary):
    # blind219-045: "除了模型之外" asks besides the model, not the other technical services.
    focus = read_focus("檢索增強生成系統(RAG)這個技術服務項目，除了模型之外還需要建立什麼？", vocabulary)
    assert focus.clauses == ["item.rag"]
    others = read_focus(
        "Apart from machine learning and deep learning, which other key technical elements are there?", vocabulary
    )
    assert others.clauses[0] == "definition.ai"
