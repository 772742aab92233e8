"""Reminder benchmark: planning for 10,000 users, and dispatching due reminders through the emulator.

Prints the planning time, the dispatch rate with the rate limiter off (target ≥ 300/s) and on
(target: within 5% of the configured 25/s). With the limiter on, 10,000 messages take ~7 minutes;
the default sends 2,000 (`--on N` to change).
Run: .venv/bin/python bench/reminders.py [--on N]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import OVERALL_RATE, build_application
from bot.config import Settings
from bot.dates import AMSTERDAM
from bot.db import Database
from bot.deadlines import NrtoKeurmerk, certificate_from_certification
from bot.delivery import dispatch_due, replan_everyone
from bot.emulator import BotApiEmulator, EmulatorRequest
from bot.faq import FaqService
from bot.reminders import Planned, on_day
from bot.rules import load_rules
from bot.services import Services
from handlers.reminders import telegram_sender

USERS = 10_000
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)


def fill(db: Database, users: int) -> None:
    rules = load_rules()
    with db.transaction():
        for user in range(1, users + 1):
            start = date(2023, 1, 1) + timedelta(days=user % 1400)
            db.save_noloc_certificate(user, certificate_from_certification(start, rules.noloc), NOW)
            if user % 3 == 0:
                db.save_nrto_keurmerk(user, NrtoKeurmerk(date(2024, 3, 1), date(2027, 3, 1), 2024), NOW)


def due_now(db: Database, count: int) -> None:
    with db.transaction():
        for user in range(1, count + 1):
            db.sync_planned(user, [Planned(f"bench:{user}", "portfolio", on_day(NOW.date()), f"Herinnering {user}")])


async def dispatch(folder: Path, count: int, limiter: bool) -> float:
    db = Database(folder / f"dispatch-{limiter}.db")
    emulator = BotApiEmulator()
    for user in range(1, count + 1):
        emulator.add_user(user, f"U{user}")
        emulator.private_chat(user)
        emulator.users[user].started = True
    due_now(db, count)
    settings = Settings(token="1:bench", db_path=db.path, dispatch_every=0)
    services = Services(FaqService.load(), db, settings, lambda: NOW)
    app = build_application(services, token="1:bench", request=EmulatorRequest(emulator), rate_limit=limiter)
    await app.initialize()
    started = time.perf_counter()
    report = await dispatch_due(db, telegram_sender(app.bot), lambda: NOW)
    elapsed = time.perf_counter() - started
    await app.shutdown()
    db.close()
    assert report.sent == count, report
    return count / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--on", type=int, default=2_000, help="reminders to send with the rate limiter on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = Database(folder / "plan.db")
        fill(db, USERS)
        started = time.perf_counter()
        replan_everyone(db, load_rules(), NOW)
        planned = db.db.execute("SELECT COUNT(*) FROM reminders").fetchone()[0]
        print(f"planned {planned:,} reminders for {USERS:,} users in {time.perf_counter() - started:.1f} s")
        db.close()
        rate = asyncio.run(dispatch(folder, USERS, limiter=False))
        print(f"dispatch, rate limiter off: {USERS:,} reminders at {rate:,.0f}/s (target ≥ 300/s)")
        rate = asyncio.run(dispatch(folder, args.on, limiter=True))
        off_by = abs(rate - OVERALL_RATE) / OVERALL_RATE * 100
        print(f"dispatch, rate limiter on: {args.on:,} reminders at {rate:.2f}/s, configured {OVERALL_RATE}/s "
              f"({off_by:.1f}% off; target within 5%)")


if __name__ == "__main__":
    main()
