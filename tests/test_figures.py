import pytest
from pydantic import ValidationError

from rag.figures import (
    ComputeFigure,
    ParameterFigure,
    count_named,
    extract_compute,
    extract_parameters,
    machines_counted,
    machines_each,
    other_counts,
    purchase_total,
    spelled_figures,
)
from rag.guardrails import size_meets

# --------------------------------------------------------------------- compute


@pytest.mark.parametrize(
    ("text", "value", "family"),
    [
        ("伺服器算力達 180 TFLOPS 以上", 180, "FLOPS"),
        ("312 TFlops", 312, "FLOPS"),
        ("312 TFLOPs", 312, "FLOPS"),
        ("312 T FLOPS", 312, "FLOPS"),
        ("312 TFLOP/s", 312, "FLOPS"),
        ("312 tflops", 312, "FLOPS"),
        ("45,000 GFLOPS", 45, "FLOPS"),
        ("0.2 PFLOPS", 200, "FLOPS"),
        ("0.5 petaFLOPS", 500, "FLOPS"),
        ("1 EFLOPS", 1_000_000, "FLOPS"),
        ("500 MFLOPS", 0.0005, "FLOPS"),
        ("2,000,000 KFLOPS", 0.002, "FLOPS"),
        ("1,979 TFLOPS", 1979, "FLOPS"),
        ("12.5 TFLOPS", 12.5, "FLOPS"),
        ("1.8e14 FLOPS", 180, "FLOPS"),
        ("1.8E+14 FLOPS", 180, "FLOPS"),
        ("1.8×10^14 FLOPS", 180, "FLOPS"),
        ("1.8 x 10^14 FLOPS", 180, "FLOPS"),
        ("1.8×10¹⁴ FLOPS", 180, "FLOPS"),
        ("１８０ TFLOPS", 180, "FLOPS"),
        ("算力 ４５．５ TFLOPS", 45.5, "FLOPS"),
        ("26 TOPS", 26, "OPS"),
        ("5000 GOPS", 5, "OPS"),
        ("2 POPS", 2000, "OPS"),
        ("5e12 OPS", 5, "OPS"),
        ("算力26TOPS的邊緣裝置", 26, "OPS"),
        ("Jetson 模組可達 100 tops。", 100, "OPS"),
        ("每秒180兆次浮點運算", 180, "FLOPS"),
        ("每秒 26 兆次運算", 26, "OPS"),
        ("每秒可達 26 萬億次運算", 26, "OPS"),
        ("每秒執行 5 兆次浮點計算", 5, "FLOPS"),
        # A Chinese multiplier between the number and the unit.
        ("訓練伺服器算力 18 萬 GFLOPS", 180, "FLOPS"),
        ("推論主機有 4.4萬GFLOPS", 44, "FLOPS"),
        # the figure as an adjective, hyphenated
        ("Confirm that my 2-TFLOPS MacBook Air is eligible.", 2, "FLOPS"),
        ("a 200-TFLOPS training node", 200, "FLOPS"),
        ("an edge gateway with a 6-TOPS NPU", 6, "OPS"),
    ],
)
def test_single_compute_figure(text, value, family):
    [fig] = extract_compute(text)
    assert fig.value == pytest.approx(value)
    assert fig.family == family
    assert fig.count is None
    assert fig.per_unit is None


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("FP16 312 TFLOPS", "FP16"),
        ("312 TFLOPS (FP16)", "FP16"),
        ("312 TFLOPS（FP16 稀疏）", "FP16"),
        ("624 TFLOPS FP16 sparse", "FP16"),
        ("FP8 稀疏 3,958 TFLOPS", "FP8"),
        ("INT8 26 TOPS", "INT8"),
        ("26 TOPS INT8", "INT8"),
        ("INT4 1,248 TOPS", "INT4"),
        ("TF32 156 TFLOPS", "TF32"),
        ("BF16: 989 TFLOPS", "BF16"),
        ("100 TFLOPS (bfloat16)", "BF16"),
        ("FP64 67 TFLOPS", "FP64"),
        ("FP32 精度 60 TFLOPS", "FP32"),
        ("fp-16 120 TFLOPS", "FP16"),
        ("180 TFLOPS", None),
        ("FP16 精度表現優異，整機 180 TFLOPS", None),
    ],
)
def test_precision_tag(text, precision):
    [fig] = extract_compute(text)
    assert fig.precision == precision


def test_precision_stays_with_its_own_figure():
    figs = extract_compute("FP16 312 TFLOPS, FP8 624 TFLOPS")
    assert [(f.value, f.precision) for f in figs] == [(312, "FP16"), (624, "FP8")]
    figs = extract_compute("312 TFLOPS (FP16), 624 TFLOPS (FP8)")
    assert [(f.value, f.precision) for f in figs] == [(312, "FP16"), (624, "FP8")]


@pytest.mark.parametrize(
    ("text", "value", "per_unit", "count"),
    [
        ("兩張 GPU，每張 25 TFLOPS", 50, 25, 2),
        ("每張 25 TFLOPS，共 4 張", 100, 25, 4),
        ("4 x 30 TFLOPS", 120, 30, 4),
        ("4× 30 TFLOPS", 120, 30, 4),
        ("4x30 TFLOPS", 120, 30, 4),
        ("30 TFLOPS x 4", 120, 30, 4),
        ("30 TFLOPS × 8", 240, 30, 8),
        ("30 TFLOPS × 8 張", 240, 30, 8),
        ("8 張 GPU（每張 20 TFLOPS）", 160, 20, 8),
        ("each of the 4 GPUs delivers 12 TFLOPS", 48, 12, 4),
        ("2 cards at 25 TFLOPS each", 50, 25, 2),
        ("25 TFLOPS per card, 2 cards", 50, 25, 2),
        ("per GPU 60 TFLOPS ... 4 GPUs", 240, 60, 4),
        ("two accelerators rated at 15 TFLOPS apiece", 30, 15, 2),
        ("十二張加速卡，每張 10 TOPS", 120, 10, 12),
        ("二十顆晶片，單顆 5 TOPS", 100, 5, 20),
        # A figure per machine is each machine's: the threshold applies to each, so it is not multiplied.
        ("三台伺服器，每台 200 TFLOPS", 200, 200, None),
        ("溫室導入邊緣運算節點 6 台，每台 NPU 1.5 TOPS", 1.5, 1.5, None),
        ("Ten edge boxes, each rated 4 TOPS", 4, 4, None),
        ("3 servers with 8 GPUs each at 60 TFLOPS per GPU", 480, 60, 8),
        ("2 nodes, each node has 8 GPUs rated 10 TFLOPS apiece", 80, 10, 8),  # each node's: 8 cards, 10 each
        ("單卡 25 TFLOPS，共四卡", 100, 25, 4),
        ("配備 2 顆 CPU 與 8 張 GPU，每張 GPU 30 TFLOPS", 240, 30, 8),
        ("4 H100 GPUs, 60 TFLOPS/GPU", 240, 60, 4),
        ("8-GPU box, each card rated 20 TFLOPS", 160, 20, 8),  # the count joined to its noun
        ("The server has 4 GPUs. Each GPU delivers 60 TFLOPS.", 240, 60, 4),
        ("Each GPU delivers 60 TFLOPS. The server has 4 GPUs.", 240, 60, 4),
        ("每張 GPU 每秒 25 兆次浮點運算，共 2 張", 50, 25, 2),
        ("The workstation has two RTX 4090 cards (82.6 TFLOPS FP32 each).", 165.2, 82.6, 2),
        ("2 cards at 312 TFLOPS (FP16) per card", 624, 312, 2),
        ("3 個月內交機，每張卡 30 TFLOPS", 30, 30, None),
        ("RTX 4090 cards at 82.6 TFLOPS each", 82.6, 82.6, None),
        ("RTX 4090 卡 2 張，每張 82.6 TFLOPS", 165.2, 82.6, 2),
        ("H100 GPU 8 張，每張 989 TFLOPS", 7912, 989, 8),
        ("每張 25 TFLOPS", 25, 25, None),
        ("FP16 4 x 312 TFLOPS", 1248, 312, 4),
    ],
)
def test_per_unit_times_count(text, value, per_unit, count):
    [fig] = extract_compute(text)
    assert fig.value == pytest.approx(value)
    assert fig.per_unit == pytest.approx(per_unit)
    assert fig.count == count


def test_stated_total_is_not_multiplied():
    figs = extract_compute("4 張 GPU，每張 25 TFLOPS，合計 100 TFLOPS")
    assert [(f.value, f.per_unit, f.count) for f in figs] == [(100, 25, 4), (100, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "總算力 200 TFLOPS",
        "8 GPUs, total 200 TFLOPS",
        "共 8 張 GPU，總共 200 TFLOPS",
        "4 GPUs each delivering 50 TFLOPS for a total of 200 TFLOPS",
    ],
)
def test_total_figure_keeps_its_own_value(text):
    fig = extract_compute(text)[-1]
    assert (fig.value, fig.per_unit, fig.count) == (200, None, None)


def test_application_sentence():
    text = "本公司採購 AI 訓練伺服器一台，內含 8 張 NVIDIA H100 GPU，每張 FP16 算力 989 TFLOPS，合計約 7,912 TFLOPS。"
    per_card, total = extract_compute(text)
    assert (per_card.value, per_card.per_unit, per_card.count, per_card.precision) == (7912, 989, 8, "FP16")
    assert per_card.span == "8 張 NVIDIA H100 GPU，每張 FP16 算力 989 TFLOPS"
    assert (total.value, total.per_unit, total.count, total.span) == (7912, None, None, "7,912 TFLOPS")


def test_unmarked_figure_next_to_a_count_is_not_multiplied():
    [fig] = extract_compute("採購推論伺服器，配備 2 張 L40S (362 TFLOPS)")
    assert (fig.value, fig.per_unit, fig.count) == (362, None, None)


def test_precision_and_count_together():
    [fig] = extract_compute("8 x 312 TFLOPS (FP16)")
    assert (fig.value, fig.per_unit, fig.count, fig.precision) == (2496, 312, 8, "FP16")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("算力 180 TFLOPS。", "180 TFLOPS"),
        ("兩張 GPU，每張 25 TFLOPS", "兩張 GPU，每張 25 TFLOPS"),
        ("30 TFLOPS x 4 based", "30 TFLOPS x 4"),
        ("１８０ ＴＦＬＯＰＳ", "１８０ ＴＦＬＯＰＳ"),
        ("每秒180兆次浮點運算。", "每秒180兆次浮點運算"),
    ],
)
def test_compute_span_is_exact_input_substring(text, span):
    [fig] = extract_compute(text)
    assert fig.span == span
    assert fig.span in text


def test_compute_order_and_restatement():
    figs = extract_compute("訓練伺服器 400 TFLOPS；邊緣裝置 INT8 26 TOPS")
    assert [(f.value, f.family, f.precision) for f in figs] == [(400, "FLOPS", None), (26, "OPS", "INT8")]
    [fig] = extract_compute("180 TFLOPS（每秒180兆次浮點運算）")
    assert fig.value == 180


@pytest.mark.parametrize(
    "text",
    [
        "",
        "10 laptops and 5 desktops",
        "5 STOPS along the route",
        "採購 20 台 laptops",
        "A100 80GB",
        "HBM3 80GB, 3.35TB/s 頻寬",
        "記憶體頻寬 3.35 TB/s",
        "GFLOPS 等級的運算能力",
        "8 張 H100",
        "FP16 精度",
        "Llama-3-70B 模型",
        "每秒處理 30 張影像",
        "預算 5 億元",
    ],
)
def test_not_compute(text):
    assert extract_compute(text) == []


# ------------------------------------------------------------------ parameters


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a 7B model", 7e9),
        ("我們用 Llama 3 的 8B 版本做 RAG", 8e9),  # a version of a model named a little before
        ("the 70B variant of Llama 3", 7e10),
        ("使用 1.5B 參數的模型", 1.5e9),
        ("70B model", 7e10),
        ("0.5B 模型", 5e8),
        ("175B parameters", 1.75e11),
        ("1.5 B parameters", 1.5e9),
        ("500M parameter model", 5e8),
        ("350M 模型", 3.5e8),
        ("1T parameter model", 1e12),
        ("model size 1.8T", 1.8e12),
        ("7 billion parameters", 7e9),
        ("1.5 billion parameters", 1.5e9),
        ("a model with 500 million parameters", 5e8),
        ("a 500-million-parameter model", 5e8),  # hyphenated as an adjective
        ("built on a 7-billion-parameter LLM", 7e9),
        ("1 trillion parameters", 1e12),
        ("a 7 billion parameter model", 7e9),
        ("model with 13 billion parameters", 1.3e10),
        ("參數量 70億", 7e9),
        ("70 億參數", 7e9),
        ("70 億參數的模型", 7e9),
        ("15 億參數", 1.5e9),
        ("參數 1.5億", 1.5e8),
        ("5000萬參數", 5e7),
        ("七十億參數的模型", 7e9),
        ("本次投資導入 70 億參數之模型", 7e9),
        ("７０億參數", 7e9),
        ("7,000,000,000 parameters", 7e9),
        ("Llama-3-70B", 7e10),
        ("Qwen2.5-7B-Instruct", 7e9),
        ("Llama 2 13B", 1.3e10),
        ("Mistral 7B", 7e9),
        # Or the model named right after its size.
        ("we run a RAG SaaS on a 7B llama internally", 7e9),
        ("用 13B Qwen 做客服", 1.3e10),
        ("Qwen2.5-Coder-1.5B", 1.5e9),
        ("Qwen1.5-0.5B-Chat", 5e8),
        ("llama-2-7b-chat", 7e9),
        ("pythia-350m", 3.5e8),
        ("GPT-4 1.8T", 1.8e12),
        ("大語言模型（LLM）約 13B", 1.3e10),
        ("Mixtral-8x7B", 7e9),
        ("部署 Mixtral 8x7B 服務", 7e9),
        # A model said to be of a size further back than the words near it.
        ("a text-to-video tool whose core model the vendor says is about 3B", 3e9),
        ("核心模型據原廠說明約 3B", 3e9),
    ],
)
def test_single_parameter_figure(text, value):
    [fig] = extract_parameters(text)
    assert fig.value == pytest.approx(value)
    assert fig.span in text


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("參數量 10億(1B)", 1e9, "10億"),
        ("參數量 10億（1B）", 1e9, "10億"),
        ("7B（70 億）參數", 7e9, "7B"),
        ("a 7B (7 billion) parameter model", 7e9, "7B"),
        ("Mixtral-8x7B", 7e9, "8x7B"),
        ("Qwen2.5-7B-Instruct", 7e9, "7B"),
    ],
)
def test_parameter_restatement_and_span(text, value, span):
    [fig] = extract_parameters(text)
    assert fig.value == pytest.approx(value)
    assert fig.span == span


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # The policy's size said to be required is no model's; the model's own size after it is.
        ("你說內容生成系統要用 1B 以上的 LLM。那如果我們用一個 0.5B 的小模型呢？", ["0.5B"]),
        ("須使用10億(1B)以上參數之AI大語言模型", []),
        ("It must use a 1B+ LLM; we run an 8B model", ["8B"]),
        # A size with no word of range, or none of need, is the asker's.
        ("我們要用 7B 的模型做 RAG", ["7B"]),
        ("我們的模型是 7B 以上", ["7B"]),
        # Named as the threshold right after it, the model between.
        ("~400M params, no LLM at all. Is it barred because of the 1B LLM requirement?", ["400M"]),
        ("1B 參數門檻對我們的 3B 模型不是問題", ["3B"]),
        ("our 7B model requirements doc", ["7B"]),  # a document about requirements, not the threshold
        # "Limited to" is a word of need too, the word "parameters" between the size and its range.
        ("產品設計系統是否只限用10億參數以上的大語言模型？我們的是 3B 模型", ["3B"]),
        ("我們的模型有 70億參數以上", ["70億"]),
    ],
)
def test_a_required_size_restated_is_no_models(text, spans):
    assert [f.span for f in extract_parameters(text)] == spans


def test_parameters_in_order():
    figs = extract_parameters("部署 Llama-3-8B 與 Qwen2.5-72B，另評估 70 億參數的 TAIDE 模型")
    assert [f.value for f in figs] == pytest.approx([8e9, 7.2e10, 7e9])
    # A bare "0.8B" beside another model's size in the same sentence is a model's too; not in an aside comparing.
    figs = extract_parameters("vendor A runs a 7,000M-parameter model, vendor B a 0.8B one. Which meets the floor?")
    assert [f.span for f in figs] == ["7,000M", "0.8B"]
    aside = extract_parameters("its core model is 2.7B parameters (a bit under the ~3B you cite for Sora).")
    assert [f.span for f in aside] == ["2.7B"]
    # A size the stated one is compared with is not a model's; alone, it is ("a model of over 7B parameters").
    compared = extract_parameters("Our automation uses a 0.8B-parameter language model, below 1B. Is it ruled out?")
    assert [f.span for f in compared] == ["0.8B"]
    assert [f.span for f in extract_parameters("a 7B model, well over 1B")] == ["7B"]
    assert [f.span for f in extract_parameters("a model of over 7B parameters")] == ["7B"]


def test_a_size_given_only_as_a_bound_is_a_bound_not_the_models_size():

    below = extract_parameters("the vendor says its model is well under 1B parameters")
    assert [(f.value, f.bound, f.said) for f in below] == [(1e9, "below", "under 1B")]
    zh = extract_parameters("廠商說模型不到 10 億參數")
    assert [(f.value, f.bound, f.said) for f in zh] == [(1e9, "below", "不到10 億")]
    above = extract_parameters("a model of over 7B parameters")
    assert [(f.bound, f.said) for f in above] == [("above", "over 7B")]
    # Beside a size stated outright, the bound is set aside; a size stated outright has none.
    assert [f.bound for f in extract_parameters("a 0.8B model, below 1B")] == [None]
    # Whether it reaches the size, asked, gives no size of the model's.
    assert extract_parameters("不確定底層模型有沒有到 1B 參數") == []
    # How a bound settles a threshold: below one at or under it fails; otherwise it leaves it open.
    assert size_meets(below[0], 1e9) is False
    assert size_meets(extract_parameters("模型不到 70 億參數")[0], 1e9) is None
    assert size_meets(above[0], 1e9) is True
    assert size_meets(extract_parameters("a 7B model")[0], 1e9) is True


@pytest.mark.parametrize(
    "text",
    [
        "",
        "營收 5 億元",
        "預算 1.5 億",
        "NT$ 2 億",
        "3億新台幣",
        "1.2B USD",
        "$1.5B",
        "$2 billion",
        "16GB",
        "4GB RAM",
        "Qwen2.5",
        "Qwen2.5 模型",
        "B2B",
        "5G",
        "H100",
        "A100 80GB",
        "10B+ tokens",
        "trained on 2T tokens",
        "the model was trained on 2T tokens",
        "1B rows",
        "1B rows of training data for the model",
        "模型訓練預算 1.5 億",
        "模型年營收 5 億",
        "模型開發經費 5000萬元",
        "model revenue of $2 billion",
        "the model costs 2 billion dollars",
        "模型訓練使用 3 億筆資料",
        "LLM 服務每月 1 億次請求",
        "模型檔案儲存 1T",
        "Room 7B",
        "500M",
        "7 billion",
        "模型算力 5 T FLOPS",
        "每秒 26 兆次運算",
        "數十億參數",
    ],
)
def test_not_parameters(text):
    assert extract_parameters(text) == []


# ---------------------------------------------------------------------- models


def test_models_are_frozen_and_strict():
    fig = ComputeFigure(value=1, family="FLOPS", per_unit=None, count=None, precision=None, span="1 TFLOPS")
    with pytest.raises(ValidationError):
        fig.value = 2
    with pytest.raises(ValidationError):
        ParameterFigure(value=1, span="1", extra="x")
    with pytest.raises(ValidationError):
        ComputeFigure(value=1, family="IOPS", per_unit=None, count=None, precision=None, span="1")


def test_a_stated_total_after_a_per_unit_figure_is_not_multiplied_again():
    # "each" belongs to the first figure; the total in parentheses restates the product.
    figures = extract_compute("8 x Orion X2 accelerators, 20 TFLOPS each per vendor datasheet (160 TFLOPS system).")
    assert {f.value for f in figures} == {160.0}


@pytest.mark.parametrize(
    ("text", "value", "count"),
    [
        ("the gateway carries a pair of M.2 NPU modules, 2.5 TOPS each", 5.0, 2),  # "M.2" is a word too
        ("訓練伺服器一台，GPU ×8，原廠規格書每張 6e13 FLOPS（FP16）", 480.0, 8),  # "GPU ×8", not "一台"
    ],
)
def test_unit_counts_written_around_model_names(text, value, count):
    (figure,) = extract_compute(text)
    assert (figure.value, figure.count) == (value, count)


def test_a_total_over_machines_is_no_machines_compute():
    figures = extract_compute("門市各裝設 AI 攝影分析盒 1 台，每台 2 TOPS（30 台合計 60 TOPS）")
    assert [f.value for f in figures] == [2]


def test_per_card_figures_count_the_cards_of_one_machine_not_the_machines():
    [figure] = extract_compute("每台工業電腦配 2 張 M.2 AI 加速卡，每張 3 TOPS，共 5 台，於機台旁即時判斷刀具磨耗。")
    assert (figure.value, figure.count) == (6, 2)


@pytest.mark.parametrize(
    "text",
    [
        "10 smart cameras; each camera has an on-board NPU of 2 TOPS. Together that's 20 TOPS.",
        "Two inference servers. Each server is rated 2 TOPS on the spec sheet (4 TOPS if you add both).",
        # Each machine's figure said after the machines counted, the sum said as one machine's ("as one", "合起來").
        "If we buy two inference servers of 2 TOPS each and cluster them, can we claim them as one 4 TOPS server?",
        "我們買兩台各 2 TOPS 的推論伺服器，合起來 4 TOPS，可以當成一台申請嗎？",
        "兩台伺服器，每台 2 TOPS，合起來可以算 4 TOPS 嗎？",
    ],
)
def test_a_sum_over_machines_said_in_words_is_dropped_when_each_machines_figure_is_stated(text):
    assert [f.value for f in extract_compute(text)] == [2]


def test_a_total_of_cards_in_one_machine_stays():
    assert [f.value for f in extract_compute("兩張 GPU，每張 25 TFLOPS，合計 50 TFLOPS")] == [50, 50]


def test_only_the_sum_is_dropped_when_a_figure_is_restated():
    text = "Each server is rated 30 TFLOPS. Each server is rated 30 TFLOPS. Together that's 60 TFLOPS."
    assert {f.value for f in extract_compute(text)} == {30}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Does a single L40S card meet the 45 TFLOPS requirement for inference servers?", []),
        ("我們的伺服器 50 TFLOPS，有超過 45 TFLOPS 的門檻嗎？", [50.0]),
        ("Our box does 4 TOPS against the 5 TOPS threshold.", [4.0]),
        # A figure the policy is said to need, before it.
        ("OK so the inference server needs 45 TFLOPS and the training server 180. And for edge devices?", []),
        ("訓練伺服器須達 180 TFLOPS，我們的有 200 TFLOPS", [200.0]),
        ("Our box has 50 TFLOPS; does it need at least 45 TFLOPS?", [50.0]),
        # Named as the threshold right before it.
        ("推論伺服器門檻 45 TFLOPS 是用 FP16 還是 FP8 算？", []),
        ("我們的伺服器 50 TFLOPS，門檻 45 TFLOPS，有過嗎？", [50.0]),
        ("Is the threshold of 5 TOPS measured in INT8?", []),
        # Said to be changed: the threshold claimed, not a machine's figure.
        ("The Ministry has just lowered the inference-server threshold to 10 TFLOPS. Is my 12 TFLOPS box ok?", [12.0]),
        ("聽說門檻已下修為 30 TFLOPS，我們的是 32 TFLOPS", [32.0]),
        ("The training threshold is now 18 TFLOPS; our workstation has 20 TFLOPS.", [20.0]),
    ],
)
def test_a_figure_named_as_the_threshold_is_not_the_machines(text, values):
    assert [f.value for f in extract_compute(text)] == values


@pytest.mark.parametrize(
    ("text", "machines", "claims"),
    [
        # What an item is said to need, "or more" after it, is a claim; a purchase "or more" is not.
        ("聽說 AI 推論應用伺服器跟訓練伺服器一樣要 180 TFLOPS 以上，我們的主機 60 TFLOPS", [60.0], [180.0]),
        ("我們要買 200 TFLOPS 以上的伺服器", [200.0], []),
        # A figure listed with the threshold just named is one too; the machine's after it is not.
        ("邊緣設備的門檻 5 TOPS 跟 5 TFLOPS，哪一個比較嚴格？", [], [5.0, 5.0]),
        ("門檻 45 TFLOPS，我們的機器 50 TFLOPS", [50.0], [45.0]),
        # Cards added in one machine are summed; machines beside each other are not.
        ("one GPU rated 26 TFLOPS plus two GPUs rated 9.5 TFLOPS each", [45.0], []),
        ("推論伺服器裝一張 30 TFLOPS 的卡，外加兩張各 8 TFLOPS 的卡", [46.0], []),
        ("a 200 TFLOPS training server plus a 50 TFLOPS inference server", [200.0, 50.0], []),
        # "各標" looks back to the cards counted before it, and a card added after a comma is still added.
        ("主機：2 張旗艦加速卡，原廠規格書各標 60 TFLOPS，再加 2 張次階卡，各標 31 TFLOPS。整機合計呢？", [182.0], []),
        # Cards told apart by a letter are parts of one machine, summed where the sum is asked.
        ("主機裝了兩張卡：A 卡規格書寫 0.03 PFLOPS，B 卡寫 17,500 GFLOPS。兩張合計有沒有達到門檻？", [47.5], []),
        ("Card A is rated 30 TFLOPS and card B 17.5 TFLOPS; together do they reach it?", [47.5], []),
        # A stick plugged in is a card added, named after its figure.
        ("邊緣盒子 NPU 規格是 4.6 TOPS。如果加裝一支規格書標 0.6 TOPS 的 USB AI 加速棒，整台合計呢？", [5.2], []),
        ("兩台伺服器：A 台 30 TFLOPS，B 台 20 TFLOPS，合計呢？", [30.0, 20.0], []),
        # What an item "only needs" or "則要" is a claim too; a figure said to be passed, beside the machine's, is not
        # the machine's (blind153-004).
        ("推論伺服器只要 45 TFLOPS 以上就可以，訓練伺服器則要 180 TFLOPS 以上，我這樣理解沒錯吧？", [], [45.0, 180.0]),
        (
            "the inference server only needs 45 TFLOPS, so once it passes 45 TFLOPS it qualifies. Ours is 100 TFLOPS.",
            [100.0],
            [45.0],
        ),
    ],
)
def test_claims_and_cards_added(text, machines, claims):
    from rag.figures import scan_compute

    found, claimed = scan_compute(text)
    assert [f.value for f in found] == machines and [c.value for c in claimed] == claims


def test_cards_added_are_shown_as_the_sum_of_their_terms():
    from rag.figures import scan_compute

    found, _ = scan_compute("2 張旗艦加速卡，各標 60 TFLOPS，再加 2 張次階卡，各標 31 TFLOPS。整機合計？")
    assert [f.span for f in found] == ["2 × 60 TFLOPS + 2 × 31 TFLOPS"]


@pytest.mark.parametrize(
    "text",
    [
        "Is the minimum compute for an AI inference application server 180 TFLOPS?",
        "推論伺服器的最低算力是 180 TFLOPS 嗎？",
    ],
)
def test_a_figure_put_as_the_thresholds_value_in_a_question_is_a_claim(text):
    # blind224-001: the threshold asked, yes or no, with a figure: a claim about the policy, not a machine's.
    from rag.figures import scan_compute

    machines, claims = scan_compute(text)
    assert machines == [] and [c.value for c in claims] == [180.0]


def test_figures_named_as_a_threshold_are_kept_apart_as_stated():
    from rag.figures import scan_compute

    machines, claims = scan_compute("An edge device only needs 1 TOPS; ours has 2 cards at 3 TOPS each.")
    assert [f.value for f in machines] == [6.0]
    assert [(c.value, c.family, c.span) for c in claims] == [(1.0, "OPS", "1 TOPS")]


@pytest.mark.parametrize(
    ("text", "one_card"),
    [
        ("48 TFLOPS per card", True),
        ("How many 2 TOPS modules does it take?", True),
        ("一張卡 20 TFLOPS", True),
        # A count given: the figure is the machine's (4 × 50), not one card's.
        ("4 GPUs at 50 TFLOPS each", False),
        ("Our server has 100 TFLOPS.", False),
        # Each machine's figure: machines do not add up to one machine.
        ("每台邊緣設備 1.5 TOPS", False),
        ("1.5 TOPS per device", False),
    ],
)
def test_a_figure_given_for_one_card_is_told_from_a_machines(text, one_card):
    (figure,) = extract_compute(text)
    assert figure.one_card is one_card


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # The worked case's card, then a count of the same cards in a sentence with no figure of its own.
        ("案例的伺服器配 1 張 H100（48 TFLOPS）。如果改配 3 張一樣的卡呢？", [48, 144]),
        ("One card gives 48 TFLOPS. What about four of the same cards?", [48, 192]),
        # Added cards join the ones the card's own sentence counts: 2 + 2 cards of 30.
        ("伺服器裝 2 張卡，每張 30 TFLOPS。再加兩張同樣的卡呢？", [60, 120]),
        ("the edge module has 3 TOPS; two more such modules?", [3, 9]),
        # Machines are each checked against the threshold, never added up; a sentence with its own figure says it.
        ("Our server does 100 TFLOPS. We'd buy two identical servers.", [100]),
        ("一張卡 20 TFLOPS，換成三張一樣的卡，總算力 60 TFLOPS", [20, 60]),
    ],
)
def test_a_count_of_the_same_cards_multiplies_the_card_given_before(text, values):
    assert [f.value for f in extract_compute(text)] == values


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        (
            "Our in-house benchmark shows 6 TOPS, but the hardware vendor's datasheet lists 4 TOPS.",
            [(6, True), (4, False)],
        ),
        ("規格書標示 8 TOPS，我們自己實測只有 5 TOPS。", [(8, False), (5, True)]),
        ("Rated 200 TFLOPS; 150 TFLOPS in our own benchmark.", [(200, False), (150, True)]),
        ("NPU 10 TOPS（實測），原廠規格 12 TOPS", [(10, True), (12, False)]),
        # Nothing said of how a figure was obtained: rated, as an application states it.
        ("Each Hailo-8 module is 26 TOPS per the datasheet, 52 TOPS combined.", [(26, False), (52, False)]),
        # Reached by overclocking: no rating either.
        ("訓練伺服器 179 TFLOPS，超頻後可到 185 TFLOPS", [(179, False), (185, True)]),
        ("Rated 4.5 TOPS, but it hits 5.2 TOPS when overclocked.", [(4.5, False), (5.2, True)]),
    ],
)
def test_a_measured_figure_is_told_from_a_rated_one(text, measured):
    assert [(f.value, f.measured) for f in extract_compute(text)] == measured


def test_an_overclocked_figure_is_told_from_a_measured_one():
    said = "Rated 40 TFLOPS; 50 TFLOPS in our own benchmark, 55 TFLOPS when overclocked."
    assert [(f.value, f.measured, f.unrated) for f in extract_compute(said)] == [
        (40, False, "measured"),
        (50, True, "measured"),
        (55, True, "overclocked"),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "The vendor's sales rep says our inference server does 50 TFLOPS, but the official equipment spec sheet lists "
        "42 TFLOPS.",
        "規格書寫 42 TFLOPS，業務說可以跑到 50 TFLOPS。",
        "Spec sheet: 42 TFLOPS; 50 TFLOPS according to the sales deck.",
    ],
)
def test_a_figure_claimed_in_a_sales_pitch_is_told_from_the_rated_one(said):
    figures = sorted(extract_compute(said), key=lambda f: f.value)
    assert [(f.value, f.measured, f.unrated) for f in figures] == [(42, False, "measured"), (50, True, "claimed")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A figure only said to round another is no machine's figure beside the exact one.
        ('The NPU does 4,800 GOPS (INT8). The sales guy says that\'s "basically 5 TOPS, close enough".', [4.8]),
        ("規格書寫 4.8 TOPS，業務說差不多 5 TOPS。", [4.8]),
        ("4.8 TOPS, close enough to 5 TOPS", [4.8]),
        # Alone, it is the only figure there is; beside one of another family, it is no rounding of it.
        ("The module is basically 6 TOPS.", [6]),
        ("The GPU gives 40 TFLOPS and the NPU is basically 5 TOPS.", [40, 5]),
    ],
)
def test_a_figure_said_only_to_round_another_is_dropped(text, values):
    assert [f.value for f in extract_compute(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A figure said to be exceeded or missed, beside one of its family stated outright, is no machine's.
        ("a 200 TFLOPS GPU server for rendering. Since it's over 180 TFLOPS, can it be claimed?", [200]),
        ("We have a 60 TFLOPS GPU server for rendering. It beats the 45 TFLOPS mark — can we claim it?", [60]),
        ("邊緣盒子 6 TOPS，超過 5 TOPS 嗎？", [6]),
        ("3 張卡每張 20 TFLOPS，高於 45 TFLOPS 嗎？", [60]),
        # Alone, it is the machine's own.
        ("Our server is over 45 TFLOPS.", [45]),
    ],
)
def test_a_figure_compared_with_beside_a_stated_one_is_dropped(text, values):
    assert [f.value for f in extract_compute(text)] == values


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "two accelerators: one rated 20 TFLOPS and one rated 22 TFLOPS. Even adding both together, does it clear "
            "the bar?",
            [(42, "20 TFLOPS + 22 TFLOPS")],
        ),
        ("伺服器裝了兩張卡，一張 20 TFLOPS、另一張 22 TFLOPS，合計有達到推論門檻嗎？", [(42, "20 TFLOPS + 22 TFLOPS")]),
        # No sum asked: two figures, as given.
        ("one rated 20 TFLOPS and one rated 22 TFLOPS. Which is better?", [(20, "20 TFLOPS"), (22, "22 TFLOPS")]),
    ],
)
def test_the_parts_of_one_machine_are_added_up_where_the_sum_is_asked(text, figures):
    assert [(f.value, f.span) for f in extract_compute(text)] == figures


def test_a_number_hyphened_to_a_name_is_no_count():
    # "Hailo-8 module" is one module of that model, not eight.
    assert [(f.value, f.count) for f in extract_compute("Each Hailo-8 module is rated 26 TOPS.")] == [(26, None)]
    assert [f.value for f in extract_compute("2 x Hailo-8 M.2 modules, 26 TOPS each")] == [52]


@pytest.mark.parametrize(
    ("text", "machines"),
    [
        ("A cluster of 2 nodes, each node has 8 GPUs at 10 TFLOPS apiece. Does the combined compute clear it?", 2),
        ("兩台伺服器，每台 100 TFLOPS，合計是否達到訓練伺服器門檻？", 2),
        ("three servers, each with 60 TFLOPS: together do they qualify?", 3),
        # No sum asked: each machine is checked, and nothing is added up.
        ("2 nodes, each node 100 TFLOPS. Is it a training server?", None),
        # A sum over cards in one machine, or a fleet's total stated: no machines each with a figure.
        ("8 張卡，每張 20 TFLOPS，合計 160 TFLOPS", None),
        ("30 台合計 60 TOPS", None),
        # One machine is no sum.
        ("1 台伺服器，每台 100 TFLOPS，合計多少？", None),
        # The count said where the sum is asked, after each machine's figure.
        ("我們每台伺服器配2張 H100（每張48 TFLOPS）。若兩台合計算力又是多少？", 2),
        ("Each server has 2 H100s at 48 TFLOPS. Do two servers together meet the training threshold?", 2),
        # The figure said of the machines counted is each one's; combining them asks the sum.
        ("Can we combine two 25 TFLOPS servers to reach the 45 TFLOPS inference threshold?", 2),
        ("兩台 25 TFLOPS 的伺服器可以合併計算嗎？", 2),
        ("我們買兩台 50 TFLOPS 的推論伺服器，可以嗎？", None),
        ("我們買兩台各 30 TFLOPS 的推論伺服器，可以當成一台推論伺服器申請嗎？", 2),
        ("If we buy two inference servers of 30 TFLOPS each and cluster them, do they qualify?", 2),
        ("We buy two inference servers of 30 TFLOPS each. Do they qualify?", None),
    ],
)
def test_the_machines_a_sum_is_asked_over(text, machines):
    assert machines_each(text) == machines


@pytest.mark.parametrize(
    ("text", "machines"),
    [
        ("公司打算買三台跟案例同規格的推論伺服器", 3),
        ("we would buy four such servers", 4),
        ("兩組 AI 訓練伺服器", 2),
        ("一台推論伺服器配兩張卡", None),  # one machine; the cards are inside it
        ("四張 H100", None),
        # "two of the <make> servers": the count before "of the" and up to two words naming the make.
        ("If we buy two of the H100 inference servers from the worked case", 2),
    ],
)
def test_the_machines_a_text_buys_are_counted_where_two_or_more(text, machines):
    assert machines_counted(text) == machines


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("三張夠嗎？那四張呢？", [4]),
        ("至少需要幾張？若只裝 3 張又差多少？", [3]),
        ("how many would it take? And if we only fit two, how far short?", [2]),
        ("with only 3 cards, does it still clear the bar?", [3]),
        # A count opening a sentence apart from the card's figure.
        ("taking the 48 TFLOPS per H100 the case states. With three cards, does it meet the threshold?", [3]),
        ("每張 48 TFLOPS。裝 3 張的話夠嗎？", [3]),
        ("a server with three cards, each 48 TFLOPS", []),  # the machine's own count, not another asked
        ("如果要組一台訓練伺服器，至少需要幾張？", []),  # no number of its own
        ("我們買了 3 張 H100", []),  # the count the text gives, not another asked
    ],
)
def test_other_numbers_of_the_same_card_are_read_as_asked(text, counts):
    assert other_counts(text) == counts


@pytest.mark.parametrize(
    ("text", "words", "count"),
    [
        ("two ordinary 2-CPU servers plus one H100-equipped AI inference server", ["ordinary", "2-CPU"], 2),
        ("two ordinary 2-CPU servers plus one H100-equipped AI inference server", ["H100", "AI inference"], 1),
        ("我們要買兩台一般伺服器和一台具AI算力的推論伺服器", ["AI算力", "推論"], 1),
        ("我們要買兩台一般伺服器", ["一般"], 2),
        ("配1張H100的伺服器", ["H100"], None),  # cards inside a machine are no machines
        ("the H100 server", ["H100"], None),
    ],
)
def test_a_machine_is_counted_by_the_count_right_before_its_name(text, words, count):
    assert count_named(text, words) == count


@pytest.mark.parametrize(
    ("text", "machines", "unit_price", "about"),
    [
        ("公司要採購 3 台推論伺服器，單價約 130 萬，用來跑推論。3 台總共多少錢？", 3, 1_300_000, True),
        ("We are buying three inference servers at NT$1.3M each. What is the total cost?", 3, 1_300_000, False),
        ("Two edge boxes, unit price NT$45,000; how much altogether?", 2, 45_000, False),
        ("兩台伺服器每台 120 萬，合計金額多少？", 2, 1_200_000, False),
    ],
)
def test_a_total_asked_of_machines_at_a_unit_price_is_worked_out(text, machines, unit_price, about):
    total = purchase_total(text)
    assert total is not None
    assert (total.machines, total.unit_price, total.approximate) == (machines, unit_price, about)
    assert total.total == machines * unit_price


@pytest.mark.parametrize(
    "text",
    [
        "3 台推論伺服器，3 台總共多少算力？",  # a total of compute, not money
        "2 台推論伺服器，單價約 135 萬，各自有沒有達到門檻？",  # no total asked
        "一台推論伺服器單價 130 萬，總共多少錢？",  # one machine
    ],
)
def test_no_purchase_total_without_machines_a_unit_price_and_a_total_asked(text):
    assert purchase_total(text) is None


def test_a_sum_of_money_asked_is_no_sum_of_compute():
    each = "3 台推論伺服器，每台都配 1 張 NV H100（48 TFLOPS），單價約 130 萬。"
    assert machines_each(each + "3 台總共多少錢？") is None
    assert machines_each(each + "3 台合計算力是多少？") == 3


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A size a marketing page claims, beside the documented one, is no model's: the review goes by the documents.
        (
            "A copywriting service's marketing page calls its model '1B-class', but the technical documentation lists "
            "0.95B parameters.",
            [0.95e9],
        ),
        ("廣告號稱 10 億級模型，技術資料寫 9.5 億參數", [9.5e8]),
        # Alone, it is the only size there is; a marketing team's model is no claim.
        ("The vendor's brochure calls its model 7B-class.", [7e9]),
        ("行銷用的 0.5B 模型與客服用的 7B 模型", [0.5e9, 7e9]),
    ],
)
def test_a_size_claimed_by_marketing_beside_a_documented_one_is_dropped(text, values):
    assert [f.value for f in extract_parameters(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "they bought two GPU servers, 60 TFLOPS each.",
        "two GPU servers used for inference; the datasheet says 60 TFLOPS each",
    ],
)
def test_machines_counted_with_their_cards_word_keep_each_machines_figure(text):
    assert [(f.value, f.count) for f in extract_compute(text)] == [(60.0, None)]


def test_operations_per_second_in_chinese_may_have_words_before_the_figure():
    figures = extract_compute("廠商說它每秒大約可以做 4 兆次運算（INT8）")
    assert [(f.value, f.family, f.precision) for f in figures] == [(4.0, "OPS", "INT8")]
    assert [(f.value, f.family) for f in extract_compute("每秒約180兆次浮點運算")] == [(180.0, "FLOPS")]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("its compute is one hundred eighty-five TFLOPS.", "its compute is 185 TFLOPS."),
        ("算力為一百八十五 TFLOPS以上", "算力為185 TFLOPS以上"),
        ("forty-five TFLOPS or more", "45 TFLOPS or more"),
        ("Two thousand and forty GFLOPS", "2040 GFLOPS"),
        ("a seven billion parameter model", "a 7 billion parameter model"),
        ("one of the items, two of them", "one of the items, two of them"),  # no unit after: left as written
    ],
)
def test_a_figure_spelled_out_before_its_unit_is_read_as_digits(text, read):
    assert spelled_figures(text)[0] == read


def test_a_models_weights_are_its_parameters():
    found = extract_parameters("a SaaS copywriting generator whose core model has about 7 billion weights")
    assert [f.value for f in found] == [7e9]


def test_a_size_in_scientific_notation_is_a_parameter_count():
    assert [f.value for f in extract_parameters("參數量剛好 1e9 params")] == [1e9]
    assert extract_parameters("version 2e5 of the tool") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("我們的 MLOps 平台只管 BERT-base (110M)", [1.1e8]),
        ("fine-tunes GPT-2 (1.5B) for summaries", [1.5e9]),
        # Not any hyphenated name: a standard's number, or a word spelled with a hyphen.
        ("the cabinet is ISO-9001 (5M) certified", []),
        ("a Wi-Fi (3M) upgrade", []),
    ],
)
def test_a_size_in_brackets_after_a_models_variant_is_its_parameters(text, values):
    assert [f.value for f in extract_parameters(text)] == pytest.approx(values)
