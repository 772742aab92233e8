"""Planning into the database and the claim → send → mark dispatcher, with a fake sender."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bot.dates import AMSTERDAM
from bot.db import Database, Reminder
from bot.deadlines import NolocCertificate
from bot.delivery import Outcome, SendResult, dispatch_due, replan
from bot.reminders import Planned, on_day
from bot.rules import Rules

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=AMSTERDAM)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "bot.db")
    yield database
    database.close()


class FakeSender:
    def __init__(self, outcomes: list[SendResult] | None = None) -> None:
        self.outcomes = outcomes or []
        self.sent: list[Reminder] = []

    async def __call__(self, reminder: Reminder) -> SendResult:
        result = self.outcomes.pop(0) if self.outcomes else SendResult(Outcome.SENT)
        if result.outcome is Outcome.SENT:
            self.sent.append(reminder)
        return result


def due_reminders(db: Database, count: int, user: int = 1, day: date = date(2026, 11, 23)) -> None:
    db.touch_user(user, NOON)
    db.sync_planned(user, [Planned(f"k{i}", "portfolio", on_day(day), f"tekst {i}") for i in range(count)])


def run(db: Database, sender: FakeSender, now: datetime = NOON) -> None:
    """One pass; the one-second spacing per chat is tested on its own below."""
    asyncio.run(dispatch_due(db, sender, lambda: now, chat_gap=0))


def test_replanning_never_duplicates_and_keeps_sent(db: Database, rules: Rules) -> None:
    db.save_noloc_certificate(1, NolocCertificate(date(2023, 5, 31), date(2027, 5, 31)), NOON)
    replan(db, rules, 1, NOON)
    first = [(r.key, r.due_at) for r in db.reminders_of(1)]
    replan(db, rules, 1, NOON)
    replan(db, rules, 1, NOON + timedelta(hours=1))
    assert [(r.key, r.due_at) for r in db.reminders_of(1)] == first
    assert len({k for k, _ in first}) == len(first)
    sender = FakeSender()
    run(db, sender, datetime(2026, 11, 30, 10, 0, tzinfo=AMSTERDAM))  # the 6-month reminder is due
    assert [r.key for r in sender.sent if r.key.startswith("noloc:")] == ["noloc:6m:2027-05-31"]
    replan(db, rules, 1, datetime(2026, 11, 30, 11, 0, tzinfo=AMSTERDAM))
    states = {r.key: r.state for r in db.reminders_of(1)}
    assert states["noloc:6m:2027-05-31"] == "sent" and list(states.values()).count("sent") == len(sender.sent)


def test_changed_dates_move_pending_reminders(db: Database, rules: Rules) -> None:
    db.save_noloc_certificate(1, NolocCertificate(date(2023, 5, 31), date(2027, 5, 31)), NOON)
    replan(db, rules, 1, NOON)
    db.save_noloc_certificate(1, NolocCertificate(date(2023, 6, 30), date(2027, 6, 30)), NOON)
    replan(db, rules, 1, NOON)
    assert all("2027-06-30" in r.key for r in db.reminders_of(1) if r.key.startswith("noloc:"))


def test_sends_each_due_reminder_once(db: Database) -> None:
    for user in range(1, 121):
        due_reminders(db, 1, user=user)
    sender = FakeSender()
    run(db, sender)
    run(db, sender)
    assert sorted(r.user_id for r in sender.sent) == list(range(1, 121))
    assert all(r.state == "sent" for user in range(1, 121) for r in db.reminders_of(user))


def test_only_at_civil_hours(db: Database) -> None:
    due_reminders(db, 3)
    sender = FakeSender()
    run(db, sender, datetime(2026, 11, 23, 20, 30, tzinfo=AMSTERDAM))
    run(db, sender, datetime(2026, 11, 24, 7, 0, tzinfo=AMSTERDAM))
    assert sender.sent == []
    run(db, sender, datetime(2026, 11, 24, 9, 0, tzinfo=AMSTERDAM))
    assert len(sender.sent) == 3


def test_not_before_due(db: Database) -> None:
    due_reminders(db, 2, day=date(2026, 11, 24))
    sender = FakeSender()
    run(db, sender)
    assert sender.sent == []


def test_blocked_user_is_paused_until_they_return(db: Database) -> None:
    due_reminders(db, 3)
    sender = FakeSender([SendResult(Outcome.BLOCKED, error="Forbidden")])
    run(db, sender)
    assert sender.sent == [] and db.user_flags(1) == (False, True)
    assert {r.state for r in db.reminders_of(1)} == {"pending"}
    db.set_blocked(1, False)
    run(db, sender)
    assert len(sender.sent) == 3


def test_paused_user_gets_nothing(db: Database) -> None:
    due_reminders(db, 2)
    db.set_paused(1, True, NOON)
    sender = FakeSender()
    run(db, sender)
    assert sender.sent == []


def test_429_waits_retry_after(db: Database) -> None:
    due_reminders(db, 4)
    sender = FakeSender([SendResult(Outcome.SENT), SendResult(Outcome.RETRY_AFTER, retry_after=30)])
    run(db, sender)
    assert len(sender.sent) == 1
    run(db, sender, NOON + timedelta(seconds=10))
    assert len(sender.sent) == 1  # still waiting
    run(db, sender, NOON + timedelta(seconds=31))
    assert len(sender.sent) == 4


def test_other_errors_back_off_then_give_up(db: Database) -> None:
    due_reminders(db, 1)
    sender = FakeSender([SendResult(Outcome.FAILED, error="500")] * 20)
    moment = NOON
    for _ in range(20):
        run(db, sender, moment)
        moment += timedelta(hours=7)
        if not 9 <= moment.hour < 20:
            moment = moment.replace(hour=10) + timedelta(days=1)
    (reminder,) = db.reminders_of(1)
    assert reminder.state == "failed" and reminder.attempts == 8


def test_claims_of_a_dead_process_are_released(db: Database) -> None:
    due_reminders(db, 5)
    claimed = db.claim_due(NOON, 3)
    assert len(claimed) == 3 and db.claim_due(NOON, 10)[0].key not in {r.key for r in claimed}
    assert db.release_claims() == 5
    sender = FakeSender()
    run(db, sender)
    assert len(sender.sent) == 5


def test_one_message_per_second_per_chat(db: Database) -> None:
    due_reminders(db, 3, user=1)
    due_reminders(db, 3, user=2)
    stamps: list[tuple[int, float]] = []

    async def send(reminder: Reminder) -> SendResult:
        stamps.append((reminder.chat_id, time.monotonic()))
        return SendResult(Outcome.SENT)

    asyncio.run(dispatch_due(db, send, lambda: NOON))
    for chat in (1, 2):
        times = [t for c, t in stamps if c == chat]
        assert len(times) == 3 and all(b - a >= 0.99 for a, b in itertools.pairwise(times))
    assert stamps[-1][1] - stamps[0][1] < 2.5  # the two chats were served side by side
