"""Keeping reminders planned in the database, and sending the due ones: claim → send → mark sent.

A crash between sending and marking can send one reminder twice; a crash anywhere else loses nothing,
because claims of a dead process are released at the next start. No Telegram import: the sending
itself is a function passed in that reports an Outcome.
"""

from __future__ import annotations

import asyncio
import enum
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.db import Database, Reminder
from bot.reminders import UserData, called_for, civil, is_civil, still_to_come
from bot.rules import Rules

BATCH = 50
CHAT_GAP = 1.0  # seconds between two messages to the same chat
MAX_ATTEMPTS = 8
BACKOFF_START = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=6)


class Outcome(enum.Enum):
    SENT = "sent"
    BLOCKED = "blocked"        # 403: the user blocked the bot; their reminders wait until they return
    RETRY_AFTER = "retry"      # 429: wait the time Telegram asks
    FAILED = "failed"          # anything else: retry later with back-off


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    retry_after: float = 0.0
    error: str = ""


Sender = Callable[[Reminder], Awaitable[SendResult]]
Clock = Callable[[], datetime]


def user_data(db: Database, user_id: int) -> UserData:
    return UserData(cert=db.noloc_certificate(user_id), keurmerk=db.nrto_keurmerk(user_id),
                    activities=db.activities(user_id), meetings=[r.held_on for r in db.reflections(user_id)],
                    disabled=db.kinds_off(user_id))


def replan(db: Database, rules: Rules, user_id: int, now: datetime) -> None:
    """Plan the user's reminders again from their data; run after every change and once a day."""
    wanted = called_for(user_data(db, user_id), rules, now)
    db.sync_planned(user_id, still_to_come(wanted, now), called_for={p.key for p in wanted})


def replan_everyone(db: Database, rules: Rules, now: datetime, chunk: int = 500) -> int:
    """The daily planning pass; users are planned in transactions of `chunk` to spare commits."""
    users = db.planned_user_ids()
    for start in range(0, len(users), chunk):
        with db.transaction():
            for user_id in users[start:start + chunk]:
                replan(db, rules, user_id, now)
    return len(users)


def backoff(attempts: int) -> timedelta:
    wait: timedelta = min(BACKOFF_START * (2 ** attempts), BACKOFF_MAX)
    return wait


@dataclass
class DispatchReport:
    sent: int = 0
    blocked: int = 0
    retried: int = 0
    failed: int = 0
    waited_for: float = 0.0  # seconds Telegram asked to wait (429)


def _round_robin(batch: list[Reminder]) -> list[Reminder]:
    """Interleave chats (first reminder of each chat, then the second, …) so spacing rarely makes us wait."""
    seen: dict[int, int] = {}
    ranked = []
    for reminder in batch:
        seen[reminder.chat_id] = seen.get(reminder.chat_id, -1) + 1
        ranked.append((seen[reminder.chat_id], reminder))
    return [r for _, r in sorted(ranked, key=lambda pair: pair[0])]


async def dispatch_due(db: Database, send: Sender, clock: Clock, limit: int = 10_000,
                       chat_gap: float = CHAT_GAP) -> DispatchReport:
    """Send what is due, one by one, only at civil hours; stop the pass at a 429."""
    report = DispatchReport()
    last_sent: dict[int, float] = {}
    while report.sent + report.blocked + report.failed < limit and is_civil(clock()):
        batch = _round_robin(db.claim_due(clock(), min(BATCH, limit)))
        if not batch:
            break
        blocked: set[int] = set()
        for index, reminder in enumerate(batch):
            if reminder.user_id in blocked:  # claimed in the same batch before the 403 came back
                db.release(reminder.id, error="blocked")
                continue
            # Telegram allows about one message per second in a chat; AIORateLimiter only limits groups
            wait = chat_gap - (time.monotonic() - last_sent.get(reminder.chat_id, -chat_gap))
            if wait > 0:
                await asyncio.sleep(wait)
            result = await send(reminder)
            last_sent[reminder.chat_id] = time.monotonic()
            if result.outcome is Outcome.SENT:
                db.mark_sent(reminder.id, clock())
                report.sent += 1
            elif result.outcome is Outcome.BLOCKED and reminder.chat_id < 0:  # removed from the group
                db.mark_failed(reminder.id, "bot not in group")
                report.blocked += 1
            elif result.outcome is Outcome.BLOCKED:
                db.set_blocked(reminder.user_id, True)
                db.release(reminder.id, error="blocked")
                blocked.add(reminder.user_id)
                report.blocked += 1
            elif result.outcome is Outcome.RETRY_AFTER:
                resume = clock() + timedelta(seconds=result.retry_after)
                for waiting in batch[index:]:
                    db.release(waiting.id, next_try=resume, error="429")
                report.retried += 1
                report.waited_for = result.retry_after
                return report
            elif reminder.attempts + 1 >= MAX_ATTEMPTS:
                db.mark_failed(reminder.id, result.error)
                report.failed += 1
            else:
                db.release(reminder.id, next_try=civil(clock() + backoff(reminder.attempts)), error=result.error,
                           count_attempt=True)
                report.failed += 1
    return report
