"""Ledger benchmark: 10,000 users with 100,000 activities in one SQLite file (WAL).

Prints the p99 time of computing /punten (read the user's activities, count them against the rules)
and of logging one activity. Target: < 10 ms each.
Run: .venv/bin/python bench/ledger.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.dates import AMSTERDAM
from bot.db import Database
from bot.deadlines import certificate_from_certification
from bot.ledger import Activity, Amount, period_for, progress
from bot.rules import load_rules

USERS, ACTIVITIES, SAMPLES = 10_000, 100_000, 2_000
TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=AMSTERDAM)


def p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99) - 1]


def main() -> None:
    rules = load_rules().noloc
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.db")
        started = time.perf_counter()
        db.db.execute("BEGIN")  # one transaction for the fill; the timed parts below commit per call
        for user in range(1, USERS + 1):
            start = TODAY - timedelta(days=rng.randrange(0, 4 * 365))
            db.save_noloc_certificate(user, certificate_from_certification(start, rules), NOW)
        rows = []
        for i in range(ACTIVITIES):
            points = rng.choice([1, 1.5, 2, 3, 4, 8, 28])
            rows.append((rng.randrange(1, USERS + 1), f"Activiteit {i}",
                         (TODAY - timedelta(days=rng.randrange(0, 5 * 365))).isoformat(), "uur", points, points,
                         rng.choice(["1", "1", "3", "overig"]), rng.choice([None, "factuur"]), None, NOW.isoformat()))
        db.db.conn.executemany(
            "INSERT INTO activities (user_id, title, done_on, unit, amount, points, category, evidence, "
            "evidence_file_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.db.execute("COMMIT")
        print(f"filled {USERS:,} users and {ACTIVITIES:,} activities in {time.perf_counter() - started:.1f} s")

        points_times, log_times = [], []
        for _ in range(SAMPLES):
            user = rng.randrange(1, USERS + 1)
            t0 = time.perf_counter()
            activities = db.activities(user)
            progress(activities, period_for(db.noloc_certificate(user), TODAY, rules), rules, TODAY)
            points_times.append((time.perf_counter() - t0) * 1000)

            activity = Activity(0, "Webinar motiverende gespreksvoering", TODAY, 2, "1", Amount("uur", 2), "mail")
            t0 = time.perf_counter()
            db.add_activity(user, activity, NOW)
            log_times.append((time.perf_counter() - t0) * 1000)
        db.close()
    print(f"/punten computed: median {statistics.median(points_times):.2f} ms, p99 {p99(points_times):.2f} ms "
          f"(target < 10 ms)")
    print(f"log one activity: median {statistics.median(log_times):.2f} ms, p99 {p99(log_times):.2f} ms "
          f"(target < 10 ms)")


if __name__ == "__main__":
    main()
