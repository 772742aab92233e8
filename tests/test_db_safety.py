"""Data safety: every earlier schema migrates with its data, backups while the bot writes, and clear errors
for a locked, read-only or corrupt database that is never overwritten."""

from __future__ import annotations

import asyncio
import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.dates import AMSTERDAM
from bot.db import MIGRATIONS, Database, DatabaseError
from bot.deadlines import NolocCertificate
from bot.emulator import BotApiEmulator
from bot.ledger import Activity, Amount
from bot.simulation import Simulation

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=AMSTERDAM)
# Rows a database of each schema version can hold, written with that version's own columns.
SAMPLE_ROWS = {
    1: ["INSERT INTO users (id, first_seen, last_seen) VALUES (7, '2026-01-01T10:00:00', '2026-02-01T10:00:00')",
        "INSERT INTO questions (user_id, chat_id, text, kind, entry_id, score, asked_at) "
        "VALUES (7, 7, 'wat kost het', 'faq', 'kosten-recertificering', 80.0, '2026-01-01T10:00:00')",
        "INSERT INTO feedback (question_id, user_id, entry_id, vote, created_at) "
        "VALUES (1, 7, 'kosten-recertificering', 1, '2026-01-01T10:01:00')"],
    2: ["INSERT INTO noloc_certificates (user_id, certified_on, expires_on, updated_at) "
        "VALUES (7, '2023-03-14', '2027-03-14', '2026-01-01')",
        "INSERT INTO nrto_keurmerken (user_id, keurmerk_on, bow_valid_until, last_combined_audit_year, updated_at) "
        "VALUES (7, '2024-03-01', '2027-03-01', 2024, '2026-01-01')",
        "INSERT INTO dialogs (user_id, name, step, data, nonce, updated_at) "
        "VALUES (7, 'pe', 'date', '{\"title\": \"Cursus\"}', 42, '2026-01-01')"],
    3: ["INSERT INTO activities (user_id, title, done_on, unit, amount, points, category, evidence, created_at) "
        "VALUES (7, 'Webinar', '2026-01-05', 'uur', 2, 2, '1', 'factuur', '2026-01-05')",
        "INSERT INTO reflections (user_id, held_on, with_whom, created_at) "
        "VALUES (7, '2026-01-06', 'kring', '2026-01-06')"],
    4: ["INSERT INTO reminders (user_id, chat_id, key, kind, due_at, text, state) "
        "VALUES (7, 7, 'noloc:6m:2027-03-14', 'portfolio', '2026-09-14T07:00:00+00:00', 'Nog een half jaar', 'sent')",
        "INSERT INTO reminder_kinds_off (user_id, kind) VALUES (7, 'pe')"],
    5: ["INSERT INTO meetings (chat_id, creator_id, starts_at, topic, created_at) "
        "VALUES (-5, 7, '2026-12-12T13:00:00+00:00', 'casus', '2026-11-01')"],
    7: ["UPDATE nrto_keurmerken SET statement_sent_on = '2026-11-20' WHERE user_id = 7"],
    8: ["UPDATE nrto_keurmerken SET statement_year = 2026 WHERE user_id = 7"],  # as version 8 stored it
}


def make_old_database(path: Path, version: int) -> None:
    """A database as the version-`version` recertbot left it, with data in every table it had."""
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:version], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    for number in range(1, version + 1):
        for sql in SAMPLE_ROWS.get(number, []):
            conn.execute(sql)
    conn.close()


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS)))
def test_each_earlier_schema_migrates_with_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.db"
    make_old_database(path, version)
    db = Database(path)
    assert db.version == len(MIGRATIONS)
    assert db.question(1)["text"] == "wat kost het"  # type: ignore[index]
    assert db.feedback()[0]["vote"] == 1
    if version >= 2:
        assert db.noloc_certificate(7) == NolocCertificate(date(2023, 3, 14), date(2027, 3, 14))
        dialog = db.dialog(7)
        assert db.nrto_keurmerk(7) is not None and dialog is not None and dialog.data == {"title": "Cursus"}
        # stored as a bare date: read as Dutch midnight, comparable with the clock (how stale it is)
        assert dialog.updated_at == datetime(2026, 1, 1, tzinfo=AMSTERDAM) and NOW - dialog.updated_at > timedelta(0)
    if version >= 3:
        (activity,) = db.activities(7)
        assert (activity.title, activity.points, activity.evidence) == ("Webinar", 2, "factuur")
        assert [(r.held_on, r.with_whom) for r in db.reflections(7)] == [(date(2026, 1, 6), "kring")]
    if version >= 4:
        assert db.reminders_of(7)[0].state == "sent" and db.kinds_off(7) == {"pe"}
    if version >= 5:
        meeting = db.meeting(1)
        assert meeting is not None and (meeting.topic, meeting.ends_at) == ("casus", None)  # no end: as before
        assert meeting.place == ""  # none told (version 9 added the place)
    if version >= 7:  # a statement sent before its year was stored is for the year it was sent in
        keurmerk = db.nrto_keurmerk(7)
        assert keurmerk is not None and (keurmerk.statement_sent_on, keurmerk.statement_year) == (
            date(2026, 11, 20), 2026)
    # and what later versions added works on the migrated file
    db.add_activity(7, Activity(0, "Nieuw", date(2026, 2, 1), 1, "1", Amount("uur", 1)), NOW)
    assert db.introduce_group(-5, "Kring", NOW) and db.secret()
    db.close()
    assert Database(path).version == len(MIGRATIONS)  # opening again changes nothing


def test_backup_while_the_bot_writes(tmp_path: Path) -> None:
    db_path, copy = tmp_path / "bot.db", tmp_path / "backup" / "kopie.db"

    async def main() -> None:
        emu = BotApiEmulator()
        emu.add_user(1, "Ann")
        async with Simulation(db_path, emulator=emu) as sim:
            await sim.send(1, "14-3-2027")
            env = {**os.environ, "RECERTBOT_DB": str(db_path)}
            backup = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "backup", str(copy), env=env)
            for i in range(30):  # the bot keeps writing meanwhile
                await sim.send(1, f"vraag {i} over hercertificering")
            assert await backup.wait() == 0

    asyncio.run(main())
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM dialogs WHERE user_id = 1").fetchone()[0] == 1
    conn.close()
    assert Database(copy).version == len(MIGRATIONS)
    refused = subprocess.run([sys.executable, "-m", "bot.cli", "backup", str(copy)], capture_output=True, text=True,
                             env={**os.environ, "RECERTBOT_DB": str(db_path)})
    assert refused.returncode != 0 and "bestaat al" in refused.stderr and "Traceback" not in refused.stderr


def start_bot(db_path: Path) -> subprocess.CompletedProcess[str]:
    """`recertbot chat` with an empty stdin: opens the database, then stops."""
    env = {key: value for key, value in os.environ.items() if key != "TELEGRAM_BOT_TOKEN"}
    return subprocess.run([sys.executable, "-m", "bot.cli", "chat"], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL, env={**env, "RECERTBOT_DB": str(db_path)},
                          cwd=Path(__file__).resolve().parent.parent)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corrupt_database_gives_a_message_and_stays_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    path.write_bytes(b"SQLite format 2\x00" + b"rommel " * 500)
    before = digest(path)
    result = start_bot(path)
    assert result.returncode == 2 and "beschadigd" in result.stderr and "Traceback" not in result.stderr
    assert digest(path) == before and not (tmp_path / "bot.db-wal").exists()


def test_locked_database_gives_a_message(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    Database(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="vergrendeld"):
            Database(path, lock_wait=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_only_database_gives_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bot.db"
    Database(path).close()
    before = digest(path)
    path.chmod(0o444)
    if os.geteuid() == 0:
        # root may write to a 0444 file, so here the file is made to look read-only to the check itself
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path and mode == os.W_OK
                            else real_access(p, mode))
        with pytest.raises(DatabaseError, match="alleen-lezen"):
            Database(path)
    else:
        result = start_bot(path)
        assert result.returncode == 2 and "alleen-lezen" in result.stderr and "Traceback" not in result.stderr
    assert digest(path) == before


def test_sqlite_refusing_to_write_gives_the_read_only_message(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The other road to read-only: the file passes the access check but SQLite refuses the write."""
    path = tmp_path / "bot.db"
    Database(path).close()
    before = digest(path)
    real_connect = sqlite3.connect

    def read_only(database: str, **kwargs: Any) -> sqlite3.Connection:
        connection: sqlite3.Connection = real_connect(f"file:{database}?mode=ro", uri=True, **kwargs)
        return connection

    monkeypatch.setattr(sqlite3, "connect", read_only)
    with pytest.raises(DatabaseError, match="alleen-lezen"):
        Database(path)
    assert digest(path) == before


def test_a_rolled_back_question_leaves_no_visit_behind(tmp_path: Path) -> None:
    db = Database(tmp_path / "bot.db")
    db.db.execute("ALTER TABLE questions RENAME TO questions_away")  # the insert after the visit fails
    with pytest.raises(sqlite3.OperationalError):
        db.log_question(7, 7, "wat kost het", "faq", "kosten-recertificering", 80.0, NOW)
    assert db.db.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0  # rolled back together
    db.db.execute("ALTER TABLE questions_away RENAME TO questions")
    db.touch_user(7, NOW)  # within the minute, yet written: the rolled-back visit is not remembered
    assert db.db.execute("SELECT COUNT(*) FROM users WHERE id = 7").fetchone()[0] == 1
    db.close()


def test_one_logged_item_is_found_only_for_its_owner(tmp_path: Path) -> None:
    db = Database(tmp_path / "bot.db")
    meeting_id = db.add_reflection(7, date(2026, 11, 12), "kring Noord", NOW)
    found = db.reflection(7, meeting_id)
    assert found is not None and (found.held_on, found.with_whom) == (date(2026, 11, 12), "kring Noord")
    assert db.reflection(8, meeting_id) is None and db.reflection(7, meeting_id + 1) is None  # not theirs, none
    db.close()
