"""The dispatcher killed with kill -9 at random moments, 20 times, while 1,000 reminders are due:
afterwards none is missing and at most one was sent twice per kill."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from bot.db import Database
from bot.reminders import on_day

USERS, KILLS = 1_000, 20
WORKER = Path(__file__).with_name("dispatch_worker.py")


def add_due(db_path: Path, round_: int) -> set[str]:
    """1,000 due reminders, one per user (Telegram allows one message a second per chat); their texts."""
    db = Database(db_path)
    texts: set[str] = set()
    with db.transaction():
        for user in range(1, USERS + 1):
            db.touch_user(user, on_day(date(2026, 11, 23)))
            text = f"herinnering {round_}-{user}"
            db.add_reminder(user, user, f"r{round_}", "portfolio", on_day(date(2026, 11, 23)), text, "snooze")
            texts.add(f"🔔 {text}")
    db.close()
    return texts


def test_kill_minus_nine_loses_nothing(tmp_path: Path) -> None:
    db_path, log_path = tmp_path / "bot.db", tmp_path / "delivered.log"
    expected = add_due(db_path, 0)
    rng = random.Random(2026)
    command = [sys.executable, str(WORKER), str(db_path), str(log_path), str(USERS)]
    kills = 0
    while kills < KILLS:
        before = log_path.read_text().count("\n") if log_path.exists() else 0
        worker = subprocess.Popen(command)
        # wait until it is sending, then kill it at a random moment
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and worker.poll() is None:
            if (log_path.read_text().count("\n") if log_path.exists() else 0) > before:
                break
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.06))
        if worker.poll() is not None:
            # a fast machine finished all of them before the kill: make 1,000 more due and go on
            expected |= add_due(db_path, kills + 1)
            continue
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        kills += 1
    assert subprocess.run(command, timeout=120).returncode == 0  # a last run finishes the rest
    lines = log_path.read_text().splitlines()
    counts = Counter(line.split("\t", 1)[1] for line in lines)
    assert set(counts) == expected  # none missing, nothing else
    duplicates = sum(n - 1 for n in counts.values())
    print(f"kills={kills} duplicates={duplicates} delivered={len(lines)}")
    assert duplicates <= kills
    db = Database(db_path)
    assert {r.state for u in (1, USERS) for r in db.reminders_of(u)} == {"sent"}
    db.close()
