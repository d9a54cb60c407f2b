"""Speed and memory benchmark of the classifier on 2 cores, with a naive chain on the same model beside it.

Prints per-application latency (p50/p95) for the full pipeline (fixed cached policy prefix, one forward pass
that ranks the item labels, guardrails) and for a naive chain (retrieved clauses pasted into one prompt,
free-text answer parsed afterwards), their ratio, cold-start costs, and the process's peak memory.

    .venv/bin/python eval/bench_classify.py --cases eval/cases/dev.jsonl --limit 30
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import time
from pathlib import Path

from rag.classify import Classifier
from rag.config import get_settings
from rag.evaluation import load_cases, percentile
from rag.index import SentenceTransformerEmbedder
from rag.knowledge import CATEGORIES
from rag.llm import load_llm
from rag.prompts import load_prompt, neutralise
from rag.retrieve import Retriever

_CATEGORY = re.compile(r"category\s*[:：]\s*`?([a-z_]+)", re.IGNORECASE)


def naive_chain(classifier: Classifier, prompt, text: str) -> tuple[str, float, int]:
    """Retrieve, paste the clauses and the application into one prompt, parse the free-text answer."""
    started = time.perf_counter()
    passages = classifier.retriever.search(text, k=5)
    user = prompt.render_user(
        clauses=[{"title": p.clause.title, "text": p.clause.text} for p in passages],
        application=neutralise(text),
        categories=list(CATEGORIES),
    )
    completion = classifier.llm.complete(
        [{"role": "system", "content": prompt.render_system()}, {"role": "user", "content": user}], max_tokens=120
    )
    match = _CATEGORY.search(completion.text)
    category = match.group(1) if match and match.group(1) in CATEGORIES else "none"
    return category, time.perf_counter() - started, completion.prompt_tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, default=Path("eval/cases/dev.jsonl"))
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()

    settings = get_settings()
    cases = load_cases(args.cases)[: args.limit]
    started = time.perf_counter()
    embedder = SentenceTransformerEmbedder(settings.embedding_model)
    retriever = Retriever.open(settings, embedder)
    index_seconds = time.perf_counter() - started
    started = time.perf_counter()
    llm = load_llm(settings)
    load_seconds = time.perf_counter() - started
    classifier = Classifier(settings, retriever, llm)
    started = time.perf_counter()
    llm.prime(classifier.system)
    prime_seconds = time.perf_counter() - started

    full_times, full_correct, prompt_tokens = [], 0, []
    for case in cases:
        decision = classifier.classify(case.text)
        full_times.append(decision.timings["total_seconds"])
        prompt_tokens.append(decision.timings.get("prompt_tokens", 0))
        full_correct += decision.category in case.categories

    naive_prompt = load_prompt(settings.prompts_dir, "naive")
    naive_times, naive_correct, naive_tokens = [], 0, []
    for case in cases:
        category, seconds, tokens = naive_chain(classifier, naive_prompt, case.text)
        naive_times.append(seconds)
        naive_tokens.append(tokens)
        naive_correct += category in case.categories

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(cases)
    print(f"cases: {n} from {args.cases}; model {llm.name}; threads {settings.n_threads}")
    print(
        f"cold start: embedder + index open {index_seconds:.1f} s, model load {load_seconds:.1f} s, "
        f"policy prefix ({len(classifier.system)} chars) ready in {prime_seconds:.1f} s"
    )
    print(
        f"full pipeline : p50 {percentile(full_times, 0.5):.2f} s  p95 {percentile(full_times, 0.95):.2f} s  "
        f"mean {statistics.fmean(full_times):.2f} s  category accuracy {full_correct / n:.3f}  "
        f"mean prompt tokens {statistics.fmean(prompt_tokens):.0f} (prefix cached)"
    )
    print(
        f"naive chain   : p50 {percentile(naive_times, 0.5):.2f} s  p95 {percentile(naive_times, 0.95):.2f} s  "
        f"mean {statistics.fmean(naive_times):.2f} s  category accuracy {naive_correct / n:.3f}  "
        f"mean prompt tokens {statistics.fmean(naive_tokens):.0f}"
    )
    print(f"speed-up (naive / full, p50): {percentile(naive_times, 0.5) / percentile(full_times, 0.5):.2f}x")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
