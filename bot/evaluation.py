"""Accuracy of the FAQ matcher on the development set: shared by tests and bench/faq.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.faq import FaqService

DEV_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "dev_questions.yaml"
# written after tuning and kept out of it: the estimate for questions nobody tuned for
HOLDOUT = DEV_SET.with_name("holdout_questions.yaml")
# a held-out set measured once and read, kept out of the dev set so it is not fitted to its floor
STUDIED = DEV_SET.with_name("studied_questions.yaml")


@dataclass(frozen=True)
class DevSet:
    in_scope: list[tuple[str, str]]  # (question, expected id)
    out_of_scope: list[str]

    @classmethod
    def load(cls, path: Path = DEV_SET) -> DevSet:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        pairs = [(q, eid) for eid, qs in data["in_scope"].items() for q in qs]
        return cls(pairs, list(data["out_of_scope"]))


@dataclass
class Report:
    top1: float  # share of in-scope questions answered outright with the right entry
    rejection: float  # share of out-of-scope questions that got no FAQ answer
    one_tap: float = 0.0  # share not answered outright but with the right entry among the suggestions
    wrong: list[tuple[str, str, str | None]] = field(default_factory=list)  # confident wrong
    unsure: list[tuple[str, str]] = field(default_factory=list)  # right one not answered
    leaked: list[tuple[str, str | None]] = field(default_factory=list)  # out-of-scope answered


def evaluate(service: FaqService, dev: DevSet) -> Report:
    """Top-1 accuracy counts only outright answers; suggestions are not a right answer."""
    report = Report(0.0, 0.0)
    right = one_tap = 0
    for question, expected in dev.in_scope:
        reply = service.ask(question)
        if reply.kind == "faq" and reply.entry_id == expected:
            right += 1
        elif reply.kind == "faq":
            report.wrong.append((question, expected, reply.entry_id))
        else:
            report.unsure.append((question, expected))
            one_tap += expected in {s.id for s in reply.suggestions}
    rejected = 0
    for question in dev.out_of_scope:
        reply = service.ask(question)
        if reply.kind != "faq":
            rejected += 1
        else:
            report.leaked.append((question, reply.entry_id))
    report.top1 = right / len(dev.in_scope)
    report.one_tap = one_tap / len(dev.in_scope)
    report.rejection = rejected / len(dev.out_of_scope)
    return report
