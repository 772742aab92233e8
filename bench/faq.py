"""FAQ benchmark: accuracy against two baselines, match latency, cold `recertbot ask` time.

Run: .venv/bin/python bench/faq.py
"""

from __future__ import annotations

import math
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from rapidfuzz import fuzz, process, utils

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.bm25 import Bm25
from bot.dates import AMSTERDAM
from bot.db import Database
from bot.deadlines import NolocCertificate, NrtoKeurmerk
from bot.emulator import html_visible_text
from bot.evaluation import HOLDOUT, STUDIED, DevSet, evaluate
from bot.faq import FaqService
from bot.knowledge import Entry, KnowledgeBase, load_knowledge
from bot.normalize import fold
from bot.simulation import first_replies

Ranker = Callable[[str], list[tuple[str, float]]]  # best first: (entry id, score)
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=AMSTERDAM)  # the chat's clock, so the dates stored stay current


def wratio_ranker(kb: KnowledgeBase) -> Ranker:
    choices = [(e.id, q) for e in kb.entries for q in e.questions]
    texts = [q for _, q in choices]

    def rank(query: str) -> list[tuple[str, float]]:
        hits = process.extract(query, texts, scorer=fuzz.WRatio, processor=utils.default_process,
                               limit=10)
        seen: dict[str, float] = {}
        for _, score, i in hits:
            seen.setdefault(choices[i][0], score)
        return sorted(seen.items(), key=lambda kv: -kv[1])

    return rank


def bm25_ranker(kb: KnowledgeBase) -> Ranker:
    """Plain Okapi BM25 over each entry's questions + answer (folded words, no stop words)."""
    return Bm25(kb).rank


def baseline_accuracy(rank: Ranker, dev: DevSet) -> tuple[float, float, float]:
    """Top-1 accuracy with the threshold that rejects >= 90% of out-of-scope questions."""
    oos = sorted((rank(q) or [("", 0.0)])[0][1] for q in dev.out_of_scope)
    threshold = oos[math.ceil(0.9 * len(oos)) - 1] + 1e-9  # the 90th percentile is rejected
    right = 0
    for question, expected in dev.in_scope:
        ranked = rank(question)
        if ranked and ranked[0][1] >= threshold and ranked[0][0] == expected:
            right += 1
    rejected = sum(1 for s in oos if s < threshold)
    return right / len(dev.in_scope), rejected / len(oos), threshold


def synthetic_kb(kb: KnowledgeBase, size: int, seed: int = 7) -> KnowledgeBase:
    """The real KB plus generated entries that recombine its vocabulary, up to `size` entries.

    Each recombines its own source's words, as a real entry would: the words that name one source
    (language.yaml's source_words) must stay that source's.
    """
    rng = random.Random(seed)
    words: dict[str, list[str]] = {}
    for page in kb.sources:
        words[page] = sorted({w for e in kb.entries if e.source_page == page for q in e.questions
                              for w in fold(q).split()})
    entries: list[Entry] = list(kb.entries)
    while len(entries) < size:
        i = len(entries)
        model = kb.entries[i % len(kb.entries)]
        qs = tuple(" ".join(rng.sample(words[model.source_page], rng.randint(3, 7))) + f" x{i}"
                   for _ in range(6))
        entries.append(replace(model, id=f"synth-{i}", questions=qs, related=()))
    return KnowledgeBase(entries=entries, sources=kb.sources, language=kb.language)


def latency_ms(service: FaqService, queries: list[str], rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        for q in queries:
            service.matcher.expand.cache_clear()
            t0 = time.perf_counter()
            service.ask(q)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.99 * (len(times) - 1))]


def cold_ask_seconds(runs: int = 5) -> float:
    exe = shutil.which("recertbot") or str(Path(sys.executable).parent / "recertbot")
    best = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([exe, "ask", "wat kost recertificering"], check=True, capture_output=True)
        best.append(time.perf_counter() - t0)
    return statistics.median(best)


def chat_top1(service: FaqService, questions: DevSet, with_dates: bool) -> float:
    """The share of questions whose right entry the chat gives: its answer, or (next to the user's own dates,
    when `with_dates`) its ℹ️ button. Each question is a new user's first message, through the emulator."""
    def both_schemes(db: Database, user_id: int) -> None:
        db.save_noloc_certificate(user_id, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        db.save_nrto_keurmerk(user_id, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)

    replies = first_replies([q for q, _ in questions.in_scope], lambda: NOW, both_schemes if with_dates else None)
    right = sum(any(html_visible_text(r.text).startswith(service.kb.by_id[entry_id].questions[0])
                    or (with_dates and f"q:{entry_id}" in [data for _, data in r.buttons]) for r in got)
                for (_, entry_id), got in zip(questions.in_scope, replies, strict=True))
    return right / len(questions.in_scope)


def compare(title: str, service: FaqService, questions: DevSet) -> None:
    """The matcher beside both baselines on one question set."""
    kb = service.kb
    report = evaluate(service, questions)
    print(f"{title}: {len(questions.in_scope)} in scope, {len(questions.out_of_scope)} out of scope")
    print(f"recertbot   top-1 {report.top1:.3f}  out-of-scope rejected {report.rejection:.3f}"
          f"  confident wrong {len(report.wrong)}")
    print(f"{'':<11} right answer one tap away (among the suggestions) {report.one_tap:.3f}")
    best_baseline = 0.0
    for name, ranker in (("WRatio", wratio_ranker(kb)), ("BM25", bm25_ranker(kb))):
        acc, rej, thr = baseline_accuracy(ranker, questions)
        best_baseline = max(best_baseline, acc)
        print(f"{name:<11} top-1 {acc:.3f}  out-of-scope rejected {rej:.3f}  (threshold {thr:.2f})")
    print(f"lead over the better baseline: {report.top1 - best_baseline:+.3f}")
    print(f"in the chat, a new user: right answer {chat_top1(service, questions, with_dates=False):.3f}; "
          f"a user with both schemes' dates: answer or its ℹ️ button {chat_top1(service, questions, True):.3f}")


def main() -> None:
    kb = load_knowledge()
    dev = DevSet.load()
    service = FaqService(kb)
    compare("dev set (the policy was tuned on it)", service, dev)
    compare("held-out set (never used for tuning)", service, DevSet.load(HOLDOUT))
    compare("studied set (measured once, then read; not fitted)", service, DevSet.load(STUDIED))
    queries = [q for q, _ in dev.in_scope] + dev.out_of_scope
    p50, p99 = latency_ms(service, queries, rounds=3)
    print(f"match time, real KB ({len(kb.entries)} entries): p50 {p50:.3f} ms  p99 {p99:.3f} ms")
    big = FaqService(synthetic_kb(kb, 5000))
    p50, p99 = latency_ms(big, queries, rounds=1)
    print(f"match time, 5,000 entries: p50 {p50:.3f} ms  p99 {p99:.3f} ms")
    print(f"cold `recertbot ask \"wat kost recertificering\"`: {cold_ask_seconds():.3f} s (median of 5)")


if __name__ == "__main__":
    main()
