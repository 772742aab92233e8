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
from bot.reminders import Planned, on_day

USERS, PER_USER, KILLS = 1_000, 1, 20  # one each: Telegram's one message per second per chat
WORKER = Path(__file__).with_name("dispatch_worker.py")


def test_kill_minus_nine_loses_nothing(tmp_path: Path) -> None:
    db_path, log_path = tmp_path / "bot.db", tmp_path / "delivered.log"
    db = Database(db_path)
    for user in range(1, USERS + 1):
        db.touch_user(user, on_day(date(2026, 11, 23)))
        db.sync_planned(user, [Planned(f"r{i}", "portfolio", on_day(date(2026, 11, 23)), f"herinnering {user}-{i}")
                               for i in range(PER_USER)])
    db.close()
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
            break  # it finished everything before we could kill it
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        kills += 1
    assert subprocess.run(command, timeout=120).returncode == 0  # a last run finishes the rest
    lines = log_path.read_text().splitlines()
    counts = Counter(line.split("\t", 1)[1] for line in lines)
    expected = {f"🔔 herinnering {u}-{i}" for u in range(1, USERS + 1) for i in range(PER_USER)}
    assert set(counts) == expected  # none missing, nothing else
    duplicates = sum(n - 1 for n in counts.values())
    assert kills == KILLS, "the worker finished too fast to be killed often enough"
    print(f"kills={kills} duplicates={duplicates} delivered={len(lines)}")
    assert duplicates <= kills
    db = Database(db_path)
    assert {r.state for u in (1, USERS) for r in db.reminders_of(u)} == {"sent"}
    db.close()
