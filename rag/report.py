"""Run an evaluation and write its artefacts: metrics.json, predictions, report.md and PNG plots."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rag.classify import Classifier
from rag.evaluation import (
    Case,
    LlmOnlyBaseline,
    Prediction,
    System,
    category_correct,
    compute_metrics,
    eligibility_correct,
    joint_correct,
    run_system,
)
from rag.knowledge import CATEGORIES

_SYSTEM_NAMES = {
    "rules": "rules only (keyword routing + guardrails, no LLM)",
    "llm_only": "LLM only (definitions prompt, no retrieval, no guardrails)",
    "full": "full pipeline (retrieval + LLM + guardrails)",
}


def run_evaluation(
    cases: Sequence[Case],
    systems: Sequence[System],
    classifier: Classifier,
    out: Path,
    *,
    progress: Callable[[int], Any] | None = None,
) -> dict[str, Any]:
    """Run each system over the cases and write the artefacts into ``out``; returns the metrics document."""
    out.mkdir(parents=True, exist_ok=True)
    llm_only = LlmOnlyBaseline(classifier, classifier.llm) if "llm_only" in systems else None
    item_clauses: dict[str, str] = {item: rule.clause for item, rule in classifier.rules.items.items()}
    exclusion_clauses = {e.clause for e in classifier.rules.exclusions}
    results: dict[str, list[tuple[Case, Prediction]]] = {}
    for system in systems:
        pairs = []
        for case in cases:
            pairs.append((case, run_system(system, case, classifier, llm_only)))
            if progress:
                progress(1)
        results[system] = pairs
        _write_predictions(out / ("predictions.jsonl" if system == "full" else f"predictions-{system}.jsonl"), pairs)
    by_system = {s: compute_metrics(pairs, item_clauses, exclusion_clauses) for s, pairs in results.items()}
    headline_system = "full" if "full" in by_system else systems[0]
    document = {
        **by_system[headline_system],
        "system": headline_system,
        "systems": by_system,
        "model": classifier.llm.name,
        "prompt_version": classifier.prompt.version,
        "rules_version": classifier.rules.version,
    }
    (out / "metrics.json").write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "report.md").write_text(render_report(document, results), encoding="utf-8")
    plot_confusion(results[headline_system], out / "confusion.png", title=_SYSTEM_NAMES[headline_system])
    plot_tags(by_system, out / "accuracy_by_tag.png")
    return document


def _write_predictions(path: Path, pairs: Sequence[tuple[Case, Prediction]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for case, p in pairs:
            record = {
                **p.model_dump(mode="json"),
                "expected_categories": case.categories,
                "expected_eligible": case.eligible,
                "category_correct": category_correct(case, p),
                "eligibility_correct": eligibility_correct(case, p),
                "joint_correct": joint_correct(case, p),
                "tags": case.tags,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def render_report(document: dict[str, Any], results: dict[str, list[tuple[Case, Prediction]]]) -> str:
    systems = document["systems"]
    lines = [
        "# Evaluation report",
        "",
        f"Model `{document['model']}`, prompt `{document['prompt_version']}`, rules v{document['rules_version']}, "
        f"{document['n']} cases.",
        "",
        "| system | category acc. | eligibility acc. | joint acc. | macro-F1 | injections held | p50 s | p95 s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, m in systems.items():
        held = "n/a" if m["injection_held"] is None else f"{m['injection_held']:.3f} ({m['injection_cases']})"
        lines.append(
            f"| {_SYSTEM_NAMES[name]} | {m['category_accuracy']:.3f} | {m['eligibility_accuracy']:.3f} | "
            f"{m['joint_accuracy']:.3f} | {m['macro_f1']:.3f} | {held} | {m['latency_p50_seconds']:.2f} | "
            f"{m['latency_p95_seconds']:.2f} |"
        )
    headline = systems[document["system"]]
    overrides = headline["overrides"]
    lines += [
        "",
        f"Guardrail overrides: {overrides['count']} (right {overrides['right']}, wrong {overrides['wrong']}, "
        f"neither {overrides['neutral']}). Citation coverage: {headline['citation_coverage']:.3f}. "
        f"Multi-item recall: {headline['multi_item_recall']}. Errors: {headline['errors']}.",
        "",
        "## Per category (headline system)",
        "",
        "| category | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {c} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |"
        for c, s in headline["per_category"].items()
    ]
    lines += ["", "## Failures (headline system)", ""]
    failures = [(c, p) for c, p in results[document["system"]] if not joint_correct(c, p)]
    if not failures:
        lines.append("None.")
    for case, p in failures:
        text = " ".join(case.text.split())
        lines.append(
            f"- **{case.id}** ({', '.join(case.tags)}): expected {case.categories} / eligible {case.eligible}; "
            f"got {p.category} / {p.eligible}"
            + (f" (model said {p.model_categories})" if p.overridden else "")
            + (f" — error: {p.error}" if p.error else "")
            + f"  \n  > {text[:220]}{'…' if len(text) > 220 else ''}"
        )
    return "\n".join(lines) + "\n"


def plot_confusion(pairs: Sequence[tuple[Case, Prediction]], path: Path, *, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = list(CATEGORIES)
    index = {c: i for i, c in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for case, p in pairs:
        gold = p.category if p.category in case.categories else case.categories[0]
        if p.category is not None:
            matrix[index[gold]][index[p.category]] += 1
    fig, ax = plt.subplots(figsize=(8, 7))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("expected")
    ax.set_title(f"Confusion matrix — {title}", fontsize=10)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                ax.text(j, i, str(value), ha="center", va="center", color="white" if value > 5 else "black")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_tags(by_system: dict[str, dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tags = sorted({t for m in by_system.values() for t in m["by_tag"]})
    fig, ax = plt.subplots(figsize=(max(8, len(tags) * 0.45), 5))
    width = 0.8 / max(1, len(by_system))
    for offset, (system, metrics) in enumerate(by_system.items()):
        values = [metrics["by_tag"].get(t, {}).get("joint_accuracy", 0.0) for t in tags]
        ax.bar([i + offset * width for i in range(len(tags))], values, width, label=system)
    ax.set_xticks([i + width * (len(by_system) - 1) / 2 for i in range(len(tags))], tags, rotation=60, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("joint accuracy (category and eligibility)")
    ax.set_title("Accuracy per tag")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
