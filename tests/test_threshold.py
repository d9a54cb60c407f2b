"""Questions that give a figure for a named item are answered by the thresholds in rules.yaml."""

from __future__ import annotations

import pytest

from rag.config import Settings
from rag.guardrails import gather_evidence
from rag.knowledge import load_clauses, load_rules
from rag.threshold import (
    accepts_any_of,
    check_element_question,
    check_question,
    render,
    render_elements,
    render_sizes_compared,
)


@pytest.fixture
def rules(settings: Settings):
    return load_rules(settings.rules_file, settings.clauses_file)


@pytest.fixture
def by_id(settings: Settings):
    return {c.id: c for c in load_clauses(settings.clauses_file)}


def test_one_figure_against_each_named_item(rules, by_id):
    question = "Is 100 TFLOPS enough for an AI model training server? Would the same box qualify for inference?"
    checks = check_question(gather_evidence(question, rules), ["ai_training_server", "ai_inference_server"], rules)
    assert [(c.item, c.passed, c.stated) for c in checks] == [
        ("ai_training_server", False, "100 TFLOPS"),
        ("ai_inference_server", True, "100 TFLOPS"),
    ]
    text = render(checks, by_id, "en")
    assert "180 TFLOPS or more" in text and "does not meet it" in text and "[item.ai_training_server]" in text
    assert "45 TFLOPS or more" in text and "which meets it" in text


def test_a_device_the_policy_quantifies_cites_the_worked_case(rules, by_id):
    checks = check_question(gather_evidence("AI推論伺服器配一張 H100 夠嗎？", rules), ["ai_inference_server"], rules)
    assert checks[0].passed is True and checks[0].clauses == ["item.ai_inference_server", "case.inference_server"]
    assert "已達到門檻（符合）" in render(checks, by_id, "zh") and "48 TFLOPS" in render(checks, by_id, "zh")


def test_a_server_that_misses_its_threshold_is_told_the_other_server_threshold_it_meets(rules, by_id):
    checks = check_question(
        gather_evidence("一台只配一張 H100（48 TFLOPS）的伺服器，可以申請AI模型訓練伺服器嗎？", rules),
        ["ai_training_server"],
        rules,
    )
    assert checks[0].passed is False and [c.item for c in checks[0].also_meets] == ["ai_inference_server"]
    assert checks[0].cited() == ["item.ai_training_server", "item.ai_inference_server"]
    text = render(checks, by_id, "zh")
    assert "未達到門檻" in text and "AI推論應用伺服器及配套設備的門檻（45 TFLOPS 以上）" in text
    # Below both: nothing else is offered; an edge device is reviewed differently and never offered for a server.
    assert (
        check_question(gather_evidence("A 30 TFLOPS training server?", rules), ["ai_training_server"], rules)[
            0
        ].also_meets
        == []
    )
    assert check_question(gather_evidence("Edge box at 3 TOPS?", rules), ["ai_edge_device"], rules)[0].also_meets == []


@pytest.mark.parametrize(
    ("question", "item", "language", "says"),
    [
        (
            "裝 6 張卡、每張 32 TFLOPS，符合 AI 模型訓練伺服器嗎？",
            "ai_training_server",
            "zh",
            "每張 32 TFLOPS (192 TFLOPS)，已達到",
        ),
        (
            "The spec sheet says 0.2 PFLOPS. Enough for a training server?",
            "ai_training_server",
            "en",
            "0.2 PFLOPS (200 TFLOPS)",
        ),
        ("Our edge module is rated 3,000 GOPS. Does it clear the edge device bar?", "ai_edge_device", "en", "(3 TOPS)"),
        # Written as compared, the figure is not repeated.
        ("A 200 TFLOPS training server?", "ai_training_server", "en", "gives 200 TFLOPS, which meets it"),
    ],
)
def test_the_answer_shows_the_total_a_figure_was_compared_as(rules, by_id, question, item, language, says):
    checks = check_question(gather_evidence(question, rules), [item], rules)
    assert says in render(checks, by_id, language)


@pytest.mark.parametrize(
    ("question", "item", "passed"),
    [
        ("我們的 MLOps 平台只支援 7 億參數的模型，算 AI 模型開發工具嗎？", "ai_model_dev_tool", False),
        ("A RAG system on a 13B-parameter model: does that meet the RAG item?", "rag", True),
        ("邊緣運算設備 3 TOPS 可以嗎？", "ai_edge_device", False),
        ("An edge device with a 6 TFLOPS GPU module?", "ai_edge_device", True),
    ],
)
def test_parameters_and_edge_compute(rules, question, item, passed):
    assert [c.passed for c in check_question(gather_evidence(question, rules), [item], rules)] == [passed]


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("What compute must an inference server have?", "ai_inference_server"),  # no figure: the clauses answer
        ("A training server rated 3 TOPS?", "ai_training_server"),  # TOPS is not this threshold's unit
        ("Does a 13B model count as a training server?", "ai_training_server"),  # no compute figure
    ],
)
def test_no_figure_of_the_items_kind_leaves_it_to_the_clauses(rules, question, item):
    assert check_question(gather_evidence(question, rules), [item], rules) == []


def test_product_design_accepts_generative_ai_below_the_figure_and_says_so(rules, by_id):
    checks = check_question(
        gather_evidence("生成式 AI 電路佈局工具，底層模型 7 億參數，符合產品設計系統嗎？", rules),
        ["product_design"],
        rules,
    )
    assert [c.passed for c in checks] == [True]
    assert "1B（10億）參數以上，或採用生成式AI技術" in render(checks, by_id, "zh")
    assert "1B parameters or more, or generative AI technology" in render(checks, by_id, "en")


def test_items_that_accept_alternatives_to_a_1b_llm_say_so(rules, by_id):
    from rag.threshold import render_requirements, requirement

    design, workflow = requirement("product_design", rules, by_id), requirement("enterprise_workflow", rules, by_id)
    assert design is not None and "generative AI technology" in design.wanted
    assert workflow is not None and "自然語言處理" in workflow.wanted_zh and "machine-learning" in workflow.wanted
    # The other items have no alternative: the model answers those.
    assert requirement("rag", rules, by_id) is None and requirement("ai_training_server", rules, by_id) is None
    text = render_requirements([design], by_id, "zh")
    assert text.startswith("不一定：產品設計系統不必使用大語言模型") and "[item.product_design]" in text
    assert "即為其一" not in text and design.used == []


def test_an_alternative_the_question_uses_is_named_as_meeting_the_requirement(rules, by_id):
    from rag.threshold import render_requirements, requirement

    workflow = requirement("enterprise_workflow", rules, by_id, ["deep_learning", "llm"])
    assert workflow is not None and workflow.used == ["deep-learning algorithms"]
    text = render_requirements([workflow], by_id, "en")
    assert text.endswith(
        "The question names deep-learning algorithms, one of them: without an LLM it can still meet it."
    )
    design = requirement("product_design", rules, by_id, ["generative_ai"])
    assert design is not None
    assert render_requirements([design], by_id, "zh").endswith(
        "問題所述的生成式AI技術即為其一，不使用大語言模型亦可符合此條件。"
    )
    # An LLM named is not an alternative to one; an element the item does not list is not named either.
    assert requirement("enterprise_workflow", rules, by_id, ["llm", "supervised_only"]).used == []  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "item", "cited"),
    [
        # The item's clause states the threshold: it alone is cited, not the rules' clause for the figure.
        ("只支援 5 億參數的模型，算 AI 模型開發工具嗎？", "ai_model_dev_tool", ["item.ai_model_dev_tool"]),
        ("A 700-million-parameter content generation service?", "content_generation", ["item.content_generation"]),
        ("40 TFLOPS 的推論伺服器夠嗎？", "ai_inference_server", ["item.ai_inference_server"]),
        # A reference device's figure comes from the worked case, which is cited with it.
        ("一張 H100 的推論伺服器夠嗎？", "ai_inference_server", ["item.ai_inference_server", "case.inference_server"]),
    ],
)
def test_a_check_cites_the_clause_that_states_its_threshold(rules, by_id, question, item, cited):
    assert [c.clauses for c in check_question(gather_evidence(question, rules), [item], rules, by_id)] == [cited]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("只用監督式學習，算機器學習演算法這個元素嗎？", [("supervised_only", False)]),
        ("監督式與非監督式學習都有用，算機器學習元素嗎？", [("machine_learning", True)]),
        ("Does a CNN count as one of the key technical elements?", [("deep_learning", True)]),
        ("Would a 0.8-billion-parameter model count as a large language model?", [("llm", False)]),
        ("Would a 7B language model count as an LLM?", [("llm", True)]),
        # Generative AI is product design's alternative, not an element of its own: left to the model.
        ("Does generative AI count as a key technical element?", []),
    ],
)
def test_what_a_question_names_is_checked_against_the_listed_elements(rules, by_id, question, expected):
    assert [
        (c.element, c.passed) for c in check_element_question(gather_evidence(question, rules), rules, by_id)
    ] == expected


def test_element_checks_read_as_sentences_citing_the_element(rules, by_id):
    checks = check_element_question(gather_evidence("只用監督式學習，算機器學習演算法嗎？", rules), rules, by_id)
    assert render_elements(checks, by_id, "zh") == (
        "不符合：監督式 不屬於關鍵技術元素「機器學習演算法」所列的分類 [element.machine_learning]。"
    )
    checks = check_element_question(gather_evidence("Would a 0.8B model count as an LLM?", rules), rules, by_id)
    assert render_elements(checks, by_id, "en").startswith("No: the key technical element large language model")


def test_the_elements_an_item_accepts_in_place_of_a_1b_llm(rules):
    assert accepts_any_of("product_design", rules, ["generative_ai"])
    assert accepts_any_of("enterprise_workflow", rules, ["deep_learning"])
    assert not accepts_any_of("product_design", rules, ["deep_learning"])
    assert not accepts_any_of("rag", rules, ["generative_ai", "llm"])


@pytest.mark.parametrize(
    ("question", "item", "passed", "stated", "language", "says"),
    [
        # Review goes by the vendor's spec sheet: a better benchmark does not make the device qualify.
        (
            "Our in-house benchmark shows 6 TOPS, but the vendor's datasheet lists 4 TOPS. Is it an AI edge device?",
            "ai_edge_device",
            False,
            "4 TOPS",
            "en",
            "The measured 6 TOPS is set aside",
        ),
        # Nor a worse one keep it out.
        (
            "推論伺服器規格書標示 60 TFLOPS，我們實測只跑出 40 TFLOPS，符合推論伺服器嗎？",
            "ai_inference_server",
            True,
            "60 TFLOPS",
            "zh",
            "實測的 40 TFLOPS 不採計",
        ),
    ],
)
def test_beside_a_rated_figure_a_measured_one_does_not_decide(
    rules, by_id, question, item, passed, stated, language, says
):
    checks = check_question(gather_evidence(question, rules), [item], rules)
    assert [(c.passed, c.stated) for c in checks] == [(passed, stated)]
    review = f"review.{'ai_edge_device' if item == 'ai_edge_device' else 'inference_server'}"
    assert checks[0].set_aside_clause == review and review in checks[0].cited()
    text = render(checks, by_id, language)
    assert says in text and f"[{review}]" in text


def test_a_measured_figure_alone_is_checked(rules):
    checks = check_question(
        gather_evidence("Our benchmark measured 7 TOPS on the edge box.", rules), ["ai_edge_device"], rules
    )
    assert [(c.passed, c.set_aside) for c in checks] == [(True, [])]


@pytest.mark.parametrize(
    ("question", "item", "language", "says"),
    [
        # Each node misses 180 and so do both together: the sum asked is stated beside the check of each.
        (
            "Planning a training cluster: 2 nodes, each node has 8 GPUs rated 10 TFLOPS apiece. Does the combined "
            "compute clear the requirement for the AI model training server item?",
            "ai_training_server",
            "en",
            "Together the 2 machines come to 2 × 80 = 160 TFLOPS, which does not meet it either",
        ),
        # Taken as one computing system, as the question asks: the sum meets it, if review counts them as one.
        (
            "Our training cluster has 2 nodes, each with 4 GPUs at 25 TFLOPS. Taken as one computing system, does it "
            "meet the AI model training server threshold?",
            "ai_training_server",
            "en",
            "Together the 2 machines come to 2 × 100 = 200 TFLOPS, which meets it if they count as one",
        ),
        # The sum would meet it where each machine does not: the policy does not say machines add up.
        (
            "三台推論伺服器，每台 20 TFLOPS，合計是否達到推論伺服器門檻？",
            "ai_inference_server",
            "zh",
            "3 台合計為 3 × 20 = 60 TFLOPS，若視為同一套運算系統即達到門檻；但政策所定門檻是單一伺服器",
        ),
        # The sum stated as one machine's beside each machine's figure: each decides, the sum said as asked (60 had
        # been read as one machine's, and doubled).
        (
            "兩台伺服器，每台 30 TFLOPS，合起來可以算 60 TFLOPS 申請推論伺服器嗎？",
            "ai_inference_server",
            "zh",
            "2 台合計為 2 × 30 = 60 TFLOPS，若視為同一套運算系統即達到門檻",
        ),
        (
            "If we buy two inference servers of 30 TFLOPS each and cluster them, can we claim them as one 60 TFLOPS "
            "inference server?",
            "ai_inference_server",
            "en",
            "Together the 2 machines come to 2 × 30 = 60 TFLOPS, which meets it if they count as one",
        ),
    ],
)
def test_machines_added_up_where_their_sum_is_asked(rules, by_id, question, item, language, says):
    checks = check_question(gather_evidence(question, rules), [item], rules)
    assert [c.passed for c in checks] == [False]  # each machine decides
    assert says in render(checks, by_id, language)


def test_model_sizes_compared_say_whether_they_differ_from_the_thresholds_kept_as_data(rules, by_id):
    text, cited = render_sizes_compared(["rag", "content_generation"], rules, by_id, "en")
    assert text.startswith("They do not differ:") and cited == ["item.rag", "item.content_generation"]
    # A threshold changed in rules.yaml is said as it stands there.
    larger = rules.items["rag"].parameters.model_copy(update={"threshold": 7e9})
    changed = rules.model_copy(
        update={"items": {**rules.items, "rag": rules.items["rag"].model_copy(update={"parameters": larger})}}
    )
    text, _ = render_sizes_compared(["rag", "content_generation"], changed, by_id, "en")
    assert text.startswith("They differ:") and "requires 7B parameters or more" in text
    text, _ = render_sizes_compared(["rag", "content_generation"], changed, by_id, "zh")
    assert text.startswith("門檻不同：") and "7B（70億）參數以上" in text
    # An item taking something else in the model's place is no bare comparison of figures.
    assert render_sizes_compared(["rag", "product_design"], rules, by_id, "en") is None
