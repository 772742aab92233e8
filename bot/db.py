"""The one place that opens the SQLite database: sqlite-utils, WAL, numbered migrations."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import sqlite_utils

from bot.dates import AMSTERDAM
from bot.deadlines import NolocCertificate, NrtoKeurmerk
from bot.ledger import Activity, Amount, Reflection
from bot.meetings import Meeting
from bot.reminders import Planned

# Each migration moves the schema one version up; never edit one that has shipped.
MIGRATIONS: list[str] = [
    # 1: users, the questions they asked, and their feedback on answers
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        chat_id INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        entry_id TEXT,
        score REAL NOT NULL,
        asked_at TEXT NOT NULL
    );
    CREATE INDEX questions_user ON questions(user_id);
    CREATE TABLE feedback (
        question_id INTEGER NOT NULL REFERENCES questions(id),
        user_id INTEGER NOT NULL,
        entry_id TEXT,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        created_at TEXT NOT NULL,
        PRIMARY KEY (question_id, user_id)
    );
    """,
    # 2: personal dates of both schemes, and half-finished dialogues (they survive a restart)
    """
    CREATE TABLE noloc_certificates (
        user_id INTEGER PRIMARY KEY,
        certified_on TEXT NOT NULL,
        expires_on TEXT NOT NULL,
        submitted_on TEXT,
        advice TEXT CHECK (advice IN ('positief', 'uitgesteld', 'negatief')),
        advice_on TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE nrto_keurmerken (
        user_id INTEGER PRIMARY KEY,
        keurmerk_on TEXT NOT NULL,
        bow_valid_until TEXT NOT NULL,
        last_combined_audit_year INTEGER NOT NULL,
        noncompliant_on TEXT,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE dialogs (
        user_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        step TEXT NOT NULL,
        data TEXT NOT NULL,
        nonce INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    );
    """,
    # 3: the PE ledger and reflection (intervision) meetings
    """
    CREATE TABLE activities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        title TEXT NOT NULL,
        done_on TEXT NOT NULL,
        unit TEXT NOT NULL CHECK (unit IN ('uur', 'ects', 'punten')),
        amount REAL NOT NULL CHECK (amount > 0),
        points REAL NOT NULL CHECK (points > 0),
        category TEXT NOT NULL,
        evidence TEXT,
        evidence_file_id TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX activities_user_day ON activities(user_id, done_on);
    CREATE TABLE reflections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        held_on TEXT NOT NULL,
        with_whom TEXT NOT NULL,
        group_chat_id INTEGER,
        meeting_id INTEGER,
        created_at TEXT NOT NULL
    );
    CREATE INDEX reflections_user_day ON reflections(user_id, held_on);
    """,
    # 4: reminders (the database is their only truth), switched-off kinds, paused and blocked users
    """
    ALTER TABLE users ADD COLUMN reminders_paused INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE reminders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        chat_id INTEGER NOT NULL,
        thread_id INTEGER,
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT 'plan' CHECK (origin IN ('plan', 'snooze', 'meeting')),
        due_at TEXT NOT NULL,
        text TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT,
        claimed_at TEXT,
        sent_at TEXT,
        error TEXT,
        UNIQUE (user_id, key)
    );
    CREATE INDEX reminders_due ON reminders(state, due_at);
    CREATE TABLE reminder_kinds_off (
        user_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        PRIMARY KEY (user_id, kind)
    );
    """,
    # 5: groups, their intervision meetings, answers and attendance; a secret for signed links
    """
    ALTER TABLE users ADD COLUMN private_started INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE reminders ADD COLUMN expires_at TEXT;
    CREATE TABLE groups (
        chat_id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        introduced_at TEXT
    );
    CREATE TABLE meetings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id INTEGER NOT NULL,
        thread_id INTEGER,
        creator_id INTEGER NOT NULL,
        starts_at TEXT NOT NULL,
        topic TEXT NOT NULL DEFAULT '',
        card_message_id INTEGER,
        state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'cancelled')),
        card_after INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE INDEX meetings_chat ON meetings(chat_id, starts_at);
    CREATE TABLE meeting_answers (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id),
        user_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('ja', 'nee')),
        PRIMARY KEY (meeting_id, user_id)
    );
    CREATE TABLE meeting_attendance (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id),
        user_id INTEGER NOT NULL,
        logged_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, user_id)
    );
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 6: a meeting may say when it ends ("14:00-16:00")
    """
    ALTER TABLE meetings ADD COLUMN ends_at TEXT;
    """,
    # 7: the day an NRTO member sent the year's quality statement
    """
    ALTER TABLE nrto_keurmerken ADD COLUMN statement_sent_on TEXT;
    """,
    # 8: the year that quality statement was for (one sent in January may be the year before's)
    """
    ALTER TABLE nrto_keurmerken ADD COLUMN statement_year INTEGER;
    UPDATE nrto_keurmerken SET statement_year = CAST(substr(statement_sent_on, 1, 4) AS INTEGER)
        WHERE statement_sent_on IS NOT NULL;
    """,
    # 9: where a group's meeting is, told after planning it ("de intervisie is bij Piet thuis")
    """
    ALTER TABLE meetings ADD COLUMN place TEXT;
    """,
]


TOUCH_EVERY = timedelta(minutes=1)  # last_seen is for "active this month": a minute is precise enough
LOCK_WAIT = 5.0  # seconds to wait for another writer before giving up
LOCKED = ("De database {path} is vergrendeld door een ander programma (draait recertbot al?). "
          "Stop dat programma en start opnieuw.")
READ_ONLY = "De database {path} is alleen-lezen. Geef schrijfrechten, of kies met RECERTBOT_DB een ander bestand."
CORRUPT = ("De database {path} is beschadigd of geen SQLite-bestand ({error}). Ik verander er niets aan; "
           "zet een backup terug (zie README, Backups).")


class DatabaseError(RuntimeError):
    """The database cannot be used; the message says why, in Dutch."""


class Database:
    """All storage goes through here."""

    def __init__(self, path: Path | str, lock_wait: float = LOCK_WAIT) -> None:
        self.path = Path(path)
        self._touched: dict[int, datetime] = {}
        memory = str(path) == ":memory:"
        if not memory:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not os.access(self.path, os.W_OK):
                raise DatabaseError(READ_ONLY.format(path=path))
        try:
            conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=lock_wait)
            conn.execute("PRAGMA schema_version").fetchone()  # reads the header: "not a database" shows here
            self.db = sqlite_utils.Database(conn)
            if not memory:
                conn.execute("BEGIN IMMEDIATE")  # another process holding the write lock shows here
                try:  # and a file SQLite may only read shows at a write, undone at once
                    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                    conn.execute(f"PRAGMA user_version = {version}")
                finally:
                    conn.execute("ROLLBACK")
                self.db.enable_wal()
                # In WAL mode NORMAL never corrupts and survives a crash or restart of the bot;
                # only an OS crash or power cut can drop the last commits. It avoids an fsync per write.
                self.db.execute("PRAGMA synchronous = NORMAL")
            if self.version > len(MIGRATIONS):
                raise DatabaseError(f"De database {path} komt van een nieuwere versie van recertbot "
                                    f"(schema {self.version}); werk recertbot bij.")
            self.migrate()
        except sqlite3.OperationalError as exc:
            # SQLite's own error names (extended codes such as SQLITE_BUSY_SNAPSHOT start the same)
            name = getattr(exc, "sqlite_errorname", "") or ""
            if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                raise DatabaseError(LOCKED.format(path=path)) from exc
            if name.startswith("SQLITE_READONLY"):
                raise DatabaseError(READ_ONLY.format(path=path)) from exc
            raise DatabaseError(f"De database {path} kan niet worden gebruikt: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(CORRUPT.format(path=path, error=exc)) from exc

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        for number, script in enumerate(MIGRATIONS, start=1):
            if self.version < number:
                self.db.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    def close(self) -> None:
        self.db.conn.close()

    # ---- users and questions ------------------------------------------------------------
    def touch_user(self, user_id: int, now: datetime) -> None:
        """Record that the user was here; within a minute of the last time it is not written again."""
        last = self._touched.get(user_id)
        if last is not None and timedelta(0) <= now - last < TOUCH_EVERY:
            return
        self._touched[user_id] = now
        stamp = now.isoformat(timespec="seconds")
        self.db.execute(
            "INSERT INTO users (id, first_seen, last_seen) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET last_seen = excluded.last_seen",
            [user_id, stamp, stamp],
        )

    def log_question(self, user_id: int, chat_id: int, text: str, kind: str, entry_id: str | None,
                     score: float, now: datetime) -> int:
        """Store a question (and that its user was here), in one transaction: one commit per question."""
        with self.transaction():
            self.touch_user(user_id, now)
            cursor = self.db.execute(
                "INSERT INTO questions (user_id, chat_id, text, kind, entry_id, score, asked_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [user_id, chat_id, text[:1000], kind, entry_id, round(score, 1), _stamp(now)],
            )
        return int(cursor.lastrowid or 0)

    def _row(self, sql: str, params: Sequence[object]) -> dict[str, Any] | None:
        """The first row as a dict, or None; one plain statement (db.query wraps each in a savepoint)."""
        cursor = self.db.execute(sql, list(params))
        row = cursor.fetchone()
        return None if row is None else dict(zip((d[0] for d in cursor.description), row, strict=True))

    def question(self, question_id: int) -> dict[str, object] | None:
        return self._row("SELECT * FROM questions WHERE id = ?", [question_id])

    def record_feedback(self, question_id: int, user_id: int, vote: int, now: datetime) -> bool:
        """Store 👍/👎 for a question the same user asked; False if it is not theirs."""
        q = self.question(question_id)
        if q is None or q["user_id"] != user_id:
            return False
        self.db.execute(
            "INSERT INTO feedback (question_id, user_id, entry_id, vote, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(question_id, user_id) DO UPDATE SET vote = excluded.vote",
            [question_id, user_id, q["entry_id"], vote, now.isoformat(timespec="seconds")],
        )
        return True

    def feedback(self) -> list[dict[str, object]]:
        return list(self.db.query("SELECT * FROM feedback ORDER BY created_at"))

    # ---- personal dates ------------------------------------------------------------------------
    def noloc_certificate(self, user_id: int) -> NolocCertificate | None:
        row = self._row("SELECT * FROM noloc_certificates WHERE user_id = ?", [user_id])
        if row is None:
            return None
        return NolocCertificate(date.fromisoformat(row["certified_on"]), date.fromisoformat(row["expires_on"]),
                                _day(row["submitted_on"]), row["advice"], _day(row["advice_on"]))

    def save_noloc_certificate(self, user_id: int, cert: NolocCertificate, now: datetime) -> None:
        self.touch_user(user_id, now)
        self.db["noloc_certificates"].upsert({  # type: ignore[union-attr]
            "user_id": user_id, "certified_on": cert.certified_on.isoformat(),
            "expires_on": cert.expires_on.isoformat(), "submitted_on": _iso(cert.submitted_on),
            "advice": cert.advice, "advice_on": _iso(cert.advice_on), "updated_at": _stamp(now),
        }, pk="user_id")

    def nrto_keurmerk(self, user_id: int) -> NrtoKeurmerk | None:
        row = self._row("SELECT * FROM nrto_keurmerken WHERE user_id = ?", [user_id])
        if row is None:
            return None
        return NrtoKeurmerk(date.fromisoformat(row["keurmerk_on"]), date.fromisoformat(row["bow_valid_until"]),
                            int(row["last_combined_audit_year"]), _day(row["noncompliant_on"]),
                            _day(row["statement_sent_on"]),
                            int(row["statement_year"]) if row["statement_year"] is not None else None)

    def save_nrto_keurmerk(self, user_id: int, k: NrtoKeurmerk, now: datetime) -> None:
        self.touch_user(user_id, now)
        self.db["nrto_keurmerken"].upsert({  # type: ignore[union-attr]
            "user_id": user_id, "keurmerk_on": k.keurmerk_on.isoformat(),
            "bow_valid_until": k.bow_valid_until.isoformat(),
            "last_combined_audit_year": k.last_combined_audit_year,
            "noncompliant_on": _iso(k.noncompliant_on), "statement_sent_on": _iso(k.statement_sent_on),
            "statement_year": k.statement_year, "updated_at": _stamp(now),
        }, pk="user_id")

    # ---- dialogues -----------------------------------------------------------------------------
    def dialog(self, user_id: int) -> Dialog | None:
        row = self._row("SELECT * FROM dialogs WHERE user_id = ?", [user_id])
        if row is None:
            return None
        return Dialog(row["name"], row["step"], json.loads(row["data"]), int(row["nonce"]), _moment(row["updated_at"]))

    def save_dialog(self, user_id: int, name: str, step: str, data: dict[str, object], now: datetime) -> Dialog:
        """Store the dialogue's new step; a fresh nonce makes buttons of earlier steps stale."""
        nonce = secrets.randbelow(1_000_000_000)
        self.db["dialogs"].upsert({  # type: ignore[union-attr]
            "user_id": user_id, "name": name, "step": step, "data": json.dumps(data, ensure_ascii=False),
            "nonce": nonce, "updated_at": _stamp(now)}, pk="user_id")
        return Dialog(name, step, data, nonce, now)

    def clear_dialog(self, user_id: int) -> None:
        self.db.execute("DELETE FROM dialogs WHERE user_id = ?", [user_id])


    # ---- PE ledger -----------------------------------------------------------------------------
    def add_activity(self, user_id: int, activity: Activity, now: datetime) -> int:
        self.touch_user(user_id, now)
        cursor = self.db.execute(
            "INSERT INTO activities (user_id, title, done_on, unit, amount, points, category, evidence, "
            "evidence_file_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [user_id, *_activity_values(activity), _stamp(now)])
        return int(cursor.lastrowid or 0)

    def update_activity(self, user_id: int, activity: Activity) -> bool:
        cursor = self.db.execute(
            "UPDATE activities SET title = ?, done_on = ?, unit = ?, amount = ?, points = ?, category = ?, "
            "evidence = ?, evidence_file_id = ? WHERE id = ? AND user_id = ?",
            [*_activity_values(activity), activity.id, user_id])
        return cursor.rowcount == 1

    def delete_activity(self, user_id: int, activity_id: int) -> bool:
        cursor = self.db.execute("DELETE FROM activities WHERE id = ? AND user_id = ?", [activity_id, user_id])
        return cursor.rowcount == 1

    def activities(self, user_id: int) -> list[Activity]:
        """The user's activities, newest first."""
        rows = self.db.execute(f"SELECT {ACTIVITY_COLUMNS} FROM activities WHERE user_id = ? "
                               "ORDER BY done_on DESC, id DESC", [user_id]).fetchall()
        return [_activity(r) for r in rows]

    def activity(self, user_id: int, activity_id: int) -> Activity | None:
        """One of the user's activities; None if it is not theirs."""
        row = self.db.execute(f"SELECT {ACTIVITY_COLUMNS} FROM activities WHERE id = ? AND user_id = ?",
                              [activity_id, user_id]).fetchone()
        return _activity(row) if row else None

    def newest_activity(self, user_id: int) -> tuple[Activity, datetime] | None:
        """The activity the user logged last, and when it was stored."""
        row = self.db.execute(f"SELECT {ACTIVITY_COLUMNS}, created_at FROM activities WHERE user_id = ? "
                              "ORDER BY id DESC LIMIT 1", [user_id]).fetchone()
        return (_activity(row), _moment(row[-1])) if row else None

    def add_reflection(self, user_id: int, held_on: date, with_whom: str, now: datetime,
                       group_chat_id: int | None = None, meeting_id: int | None = None) -> int:
        self.touch_user(user_id, now)
        cursor = self.db.execute(
            "INSERT INTO reflections (user_id, held_on, with_whom, group_chat_id, meeting_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [user_id, held_on.isoformat(), with_whom, group_chat_id, meeting_id,
                                          _stamp(now)])
        return int(cursor.lastrowid or 0)

    def reflections(self, user_id: int, by_hand: bool = False) -> list[Reflection]:
        """The user's reflection meetings, oldest first; with `by_hand`, only those not recorded from a group's."""
        rows = self.db.execute("SELECT id, held_on, with_whom FROM reflections WHERE user_id = ? "
                               + ("AND meeting_id IS NULL " if by_hand else "") + "ORDER BY held_on, id",
                               [user_id]).fetchall()
        return [_reflection(r) for r in rows]

    def reflection(self, user_id: int, reflection_id: int) -> Reflection | None:
        """One of the user's reflection meetings; None if it is not theirs (or gone)."""
        row = self.db.execute("SELECT id, held_on, with_whom FROM reflections WHERE id = ? AND user_id = ?",
                              [reflection_id, user_id]).fetchone()
        return _reflection(row) if row else None

    def newest_reflection(self, user_id: int) -> tuple[Reflection, datetime] | None:
        """The reflection meeting the user logged last, and when it was stored."""
        row = self.db.execute("SELECT id, held_on, with_whom, created_at FROM reflections WHERE user_id = ? "
                              "ORDER BY id DESC LIMIT 1", [user_id]).fetchone()
        return (_reflection(row), _moment(row[3])) if row else None

    def move_reflection(self, user_id: int, reflection_id: int, held_on: date) -> bool:
        """Another day for one of the user's own meetings logged by hand; False when it is not theirs, gone, or
        recorded from a group's meeting (whose day is the meeting's)."""
        cursor = self.db.execute("UPDATE reflections SET held_on = ? WHERE id = ? AND user_id = ? "
                                 "AND meeting_id IS NULL", [held_on.isoformat(), reflection_id, user_id])
        return cursor.rowcount == 1

    def group_reflection(self, user_id: int, reflection_id: int) -> bool:
        """The meeting was recorded from a group's planned meeting (🙋 Ik was erbij)."""
        row = self.db.execute("SELECT meeting_id FROM reflections WHERE id = ? AND user_id = ?",
                              [reflection_id, user_id]).fetchone()
        return row is not None and row[0] is not None

    def delete_reflection(self, user_id: int, reflection_id: int) -> bool:
        """Remove one of the user's own reflection meetings; False when it is not theirs or already gone."""
        cursor = self.db.execute("DELETE FROM reflections WHERE id = ? AND user_id = ?", [reflection_id, user_id])
        return cursor.rowcount == 1


    # ---- reminders -----------------------------------------------------------------------------
    def sync_planned(self, user_id: int, planned: list[Planned], called_for: Collection[str] | None = None) -> None:
        """Make the user's pending planned reminders exactly `planned`; sent or claimed ones stay as they are.
        With `called_for` (the keys the user's data still calls for), a snoozed reminder whose own is not among
        them goes too: what it reminds of is done, or its kind is switched off."""
        keys = [p.key for p in planned]
        with self.transaction():
            for p in planned:
                self.db.execute(
                    "INSERT INTO reminders (user_id, chat_id, key, kind, origin, due_at, text) "
                    "VALUES (?, ?, ?, ?, 'plan', ?, ?) ON CONFLICT(user_id, key) DO UPDATE SET "
                    "kind = excluded.kind, due_at = excluded.due_at, text = excluded.text "
                    "WHERE reminders.state = 'pending'",
                    [user_id, user_id, p.key, p.kind, utc(p.due), p.text])
            marks = ",".join("?" * len(keys))
            self.db.execute(
                f"DELETE FROM reminders WHERE user_id = ? AND origin = 'plan' AND state = 'pending' "
                f"AND key NOT IN ({marks})", [user_id, *keys])
            if called_for is not None:
                wanted = list(called_for)
                self.db.execute(
                    "DELETE FROM reminders WHERE user_id = ? AND origin = 'snooze' AND state = 'pending' "
                    f"AND substr(key, 1, instr(key, ':snooze:') - 1) NOT IN ({','.join('?' * len(wanted))})",
                    [user_id, *wanted])

    def add_reminder(self, user_id: int, chat_id: int, key: str, kind: str, due: datetime, text: str,
                     origin: str, thread_id: int | None = None, expires: datetime | None = None) -> bool:
        """A reminder outside the planner (snoozed, or for a meeting); False if that key exists already.

        After `expires` it is no longer sent ("tomorrow's meeting" is wrong once the day has come).
        """
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO reminders (user_id, chat_id, thread_id, key, kind, origin, due_at, text, "
            "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [user_id, chat_id, thread_id, key, kind, origin, utc(due), text, utc(expires) if expires else None])
        return cursor.rowcount == 1

    def delete_pending(self, user_id: int, key_prefix: str) -> None:
        self.db.execute("DELETE FROM reminders WHERE user_id = ? AND state = 'pending' AND key LIKE ?",
                        [user_id, key_prefix + "%"])

    def claim_due(self, now: datetime, limit: int) -> list[Reminder]:
        """Mark up to `limit` due reminders as claimed, atomically, and return them (oldest first)."""
        stamp = utc(now)
        with self.transaction():
            self.db.execute("UPDATE reminders SET state = 'failed', error = 'verlopen' WHERE state = 'pending' "
                            "AND expires_at IS NOT NULL AND expires_at <= ?", [stamp])
            # oldest first, and among equally old ones the first of every chat before the second of any,
            # so one-per-second-per-chat spacing rarely has to wait
            rows = self.db.execute(
                "SELECT id FROM (SELECT r.id, r.due_at, ROW_NUMBER() OVER (PARTITION BY r.chat_id "
                "ORDER BY r.due_at, r.id) AS turn FROM reminders r LEFT JOIN users u ON u.id = r.user_id "
                "WHERE r.state = 'pending' AND r.due_at <= ? AND (r.next_try_at IS NULL OR r.next_try_at <= ?) "
                "AND COALESCE(u.reminders_paused, 0) = 0 AND COALESCE(u.blocked, 0) = 0) "
                "ORDER BY turn, due_at, id LIMIT ?", [stamp, stamp, limit]).fetchall()
            ids = [r[0] for r in rows]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            self.db.execute(f"UPDATE reminders SET state = 'claimed', claimed_at = ? WHERE id IN ({marks})",
                            [stamp, *ids])
            found = {row[0]: Reminder(*row) for row in self.db.execute(
                f"SELECT {REMINDER_COLUMNS} FROM reminders WHERE id IN ({marks})", ids).fetchall()}
        return [found[i] for i in ids]

    def mark_sent(self, reminder_id: int, now: datetime) -> None:
        self.db.execute("UPDATE reminders SET state = 'sent', sent_at = ?, error = NULL WHERE id = ?",
                        [utc(now), reminder_id])

    def release(self, reminder_id: int, next_try: datetime | None = None, error: str | None = None,
                count_attempt: bool = False) -> None:
        """Back to pending (to be tried again, from `next_try` on)."""
        self.db.execute(
            "UPDATE reminders SET state = 'pending', claimed_at = NULL, next_try_at = ?, error = ?, "
            "attempts = attempts + ? WHERE id = ?",
            [utc(next_try) if next_try else None, error, 1 if count_attempt else 0, reminder_id])

    def mark_failed(self, reminder_id: int, error: str) -> None:
        self.db.execute("UPDATE reminders SET state = 'failed', error = ?, attempts = attempts + 1 WHERE id = ?",
                        [error, reminder_id])

    def release_claims(self) -> int:
        """At start: claims of a process that died go back to pending (at most one of them was already sent)."""
        cursor = self.db.execute("UPDATE reminders SET state = 'pending', claimed_at = NULL WHERE state = 'claimed'")
        return cursor.rowcount

    def reminder(self, reminder_id: int) -> Reminder | None:
        row = self.db.execute(f"SELECT {REMINDER_COLUMNS} FROM reminders WHERE id = ?", [reminder_id]).fetchone()
        return Reminder(*row) if row else None

    def upcoming_reminders(self, user_id: int, limit: int = 8) -> list[Reminder]:
        rows = self.db.execute(f"SELECT {REMINDER_COLUMNS} FROM reminders WHERE user_id = ? AND state = 'pending' "
                               "ORDER BY due_at, id LIMIT ?", [user_id, limit]).fetchall()
        return [Reminder(*row) for row in rows]

    def reminders_of(self, user_id: int) -> list[Reminder]:
        rows = self.db.execute(f"SELECT {REMINDER_COLUMNS} FROM reminders WHERE user_id = ? ORDER BY due_at, id",
                               [user_id]).fetchall()
        return [Reminder(*row) for row in rows]

    def kinds_off(self, user_id: int) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT kind FROM reminder_kinds_off WHERE user_id = ?",
                                              [user_id]).fetchall()}

    def set_kind(self, user_id: int, kind: str, on: bool) -> None:
        if on:
            self.db.execute("DELETE FROM reminder_kinds_off WHERE user_id = ? AND kind = ?", [user_id, kind])
        else:
            self.db.execute("INSERT OR IGNORE INTO reminder_kinds_off (user_id, kind) VALUES (?, ?)", [user_id, kind])

    def set_paused(self, user_id: int, paused: bool, now: datetime) -> None:
        self.touch_user(user_id, now)
        self.db.execute("UPDATE users SET reminders_paused = ? WHERE id = ?", [int(paused), user_id])

    def set_blocked(self, user_id: int, blocked: bool) -> None:
        self.db.execute("UPDATE users SET blocked = ? WHERE id = ?", [int(blocked), user_id])

    def user_flags(self, user_id: int) -> tuple[bool, bool]:
        """(reminders paused, bot blocked) for a user."""
        row = self.db.execute("SELECT reminders_paused, blocked FROM users WHERE id = ?", [user_id]).fetchone()
        return (bool(row[0]), bool(row[1])) if row else (False, False)

    def planned_user_ids(self) -> list[int]:
        """Users with dates to plan reminders for."""
        rows = self.db.execute("SELECT user_id FROM noloc_certificates UNION SELECT user_id FROM nrto_keurmerken")
        return [r[0] for r in rows.fetchall()]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on an exception."""
        try:
            with _transaction(self.db.conn):
                yield
        except BaseException:
            self._touched.clear()  # a visit rolled back must be written again, not skipped as recent
            raise


    # ---- groups and meetings -------------------------------------------------------------------
    def secret(self) -> bytes:
        """This installation's key for signed links and buttons, made once."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'secret'").fetchone()
        if row is None:
            self.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('secret', ?)", [secrets.token_hex(32)])
            row = self.db.execute("SELECT value FROM meta WHERE key = 'secret'").fetchone()
        return bytes.fromhex(row[0])

    def mark_private_started(self, user_id: int, now: datetime) -> None:
        self.touch_user(user_id, now)
        self.db.execute("UPDATE users SET private_started = 1 WHERE id = ?", [user_id])

    def private_started(self, user_id: int) -> bool:
        row = self.db.execute("SELECT private_started FROM users WHERE id = ?", [user_id]).fetchone()
        return bool(row and row[0])

    def introduce_group(self, chat_id: int, title: str, now: datetime) -> bool:
        """Record the group; True the first time (when the bot should introduce itself)."""
        self.db.execute("INSERT INTO groups (chat_id, title) VALUES (?, ?) "
                        "ON CONFLICT(chat_id) DO UPDATE SET title = excluded.title", [chat_id, title])
        cursor = self.db.execute("UPDATE groups SET introduced_at = ? WHERE chat_id = ? AND introduced_at IS NULL",
                                 [_stamp(now), chat_id])
        return cursor.rowcount == 1

    def group_title(self, chat_id: int) -> str | None:
        row = self.db.execute("SELECT title FROM groups WHERE chat_id = ?", [chat_id]).fetchone()
        return str(row[0]) if row else None

    def add_meeting(self, meeting: Meeting, now: datetime) -> int:
        cursor = self.db.execute(
            "INSERT INTO meetings (chat_id, thread_id, creator_id, starts_at, ends_at, topic, place, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [meeting.chat_id, meeting.thread_id, meeting.creator_id, utc(meeting.starts_at),
             utc(meeting.ends_at) if meeting.ends_at else None, meeting.topic, meeting.place, _stamp(now)])
        return int(cursor.lastrowid or 0)

    def meeting(self, meeting_id: int) -> Meeting | None:
        row = self.db.execute(f"SELECT {MEETING_COLUMNS} FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        return _meeting(row) if row else None

    def meetings_in(self, chat_id: int) -> list[Meeting]:
        rows = self.db.execute(f"SELECT {MEETING_COLUMNS} FROM meetings WHERE chat_id = ? AND state = 'planned' "
                               "ORDER BY starts_at, id", [chat_id]).fetchall()
        return [_meeting(r) for r in rows]

    def meetings_to_close(self, now: datetime) -> list[Meeting]:
        """Planned meetings that have started and whose card does not yet ask who was there."""
        rows = self.db.execute(f"SELECT {MEETING_COLUMNS} FROM meetings WHERE state = 'planned' "
                               "AND card_after = 0 AND starts_at <= ?", [utc(now)]).fetchall()
        return [_meeting(r) for r in rows]

    def set_card(self, meeting_id: int, message_id: int | None = None, after: bool | None = None) -> None:
        if message_id is not None:
            self.db.execute("UPDATE meetings SET card_message_id = ? WHERE id = ?", [message_id, meeting_id])
        if after is not None:
            self.db.execute("UPDATE meetings SET card_after = ? WHERE id = ?", [int(after), meeting_id])

    def reschedule_meeting(self, meeting_id: int, starts_at: datetime, ends_at: datetime | None) -> None:
        self.db.execute("UPDATE meetings SET starts_at = ?, ends_at = ?, card_after = 0 WHERE id = ?",
                        [utc(starts_at), utc(ends_at) if ends_at else None, meeting_id])

    def set_meeting_detail(self, meeting_id: int, detail: Literal["place", "topic"], value: str) -> None:
        """A planned meeting's place or topic, told after planning."""
        column = {"place": "place", "topic": "topic"}[detail]  # a column name from this table, never from input
        self.db.execute(f"UPDATE meetings SET {column} = ? WHERE id = ?", [value, meeting_id])

    def cancel_meeting(self, meeting_id: int) -> None:
        self.db.execute("UPDATE meetings SET state = 'cancelled' WHERE id = ?", [meeting_id])

    def answer_meeting(self, meeting_id: int, user_id: int, name: str, answer: str) -> bool:
        """Record a member's yes or no; False when it was already so (the card then stays as it is)."""
        before = self.db.execute("SELECT name, answer FROM meeting_answers WHERE meeting_id = ? AND user_id = ?",
                                 [meeting_id, user_id]).fetchone()
        if before is not None and tuple(before) == (name[:64], answer):
            return False
        self.db.execute("INSERT INTO meeting_answers (meeting_id, user_id, name, answer) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(meeting_id, user_id) DO UPDATE SET answer = excluded.answer, name = excluded.name",
                        [meeting_id, user_id, name[:64], answer])
        return True

    def meeting_answers(self, meeting_id: int) -> list[tuple[str, str]]:
        """(name, 'ja' or 'nee') in the order people answered."""
        rows = self.db.execute("SELECT name, answer FROM meeting_answers WHERE meeting_id = ? ORDER BY rowid",
                               [meeting_id]).fetchall()
        return [(r[0], r[1]) for r in rows]

    def log_attendance(self, meeting: Meeting, user_id: int, group: str, now: datetime,
                       told: Reflection | None = None) -> bool:
        """Log the meeting as a reflection meeting in the member's ledger, once; False if already logged. `told` is
        the same meeting logged by hand before, which becomes this one's rather than a second."""
        with self.transaction():
            cursor = self.db.execute("INSERT OR IGNORE INTO meeting_attendance (meeting_id, user_id, logged_at) "
                                     "VALUES (?, ?, ?)", [meeting.id, user_id, _stamp(now)])
            if cursor.rowcount != 1:
                return False
            if told is not None and self.db.execute(
                    "UPDATE reflections SET group_chat_id = ?, meeting_id = ? WHERE id = ? AND user_id = ? "
                    "AND meeting_id IS NULL", [meeting.chat_id, meeting.id, told.id, user_id]).rowcount == 1:
                return True
            self.add_reflection(user_id, meeting.starts_at.astimezone(AMSTERDAM).date(), group, now,
                                group_chat_id=meeting.chat_id, meeting_id=meeting.id)
        return True

    def attendance_count(self, meeting_id: int) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = ?",
                                   [meeting_id]).fetchone()[0])

    def attended(self, user_id: int) -> list[tuple[Meeting, str, int]]:
        """The meetings a user attended: (meeting, group title, participants logged)."""
        rows = self.db.execute(
            f"SELECT {', '.join('m.' + c for c in MEETING_COLUMNS.split(', '))}, COALESCE(g.title, ''), "
            "(SELECT COUNT(*) FROM meeting_attendance x WHERE x.meeting_id = m.id) "
            "FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id "
            "LEFT JOIN groups g ON g.chat_id = m.chat_id WHERE a.user_id = ? ORDER BY m.starts_at",
            [user_id]).fetchall()
        return [(_meeting(r[:-2]), str(r[-2]), int(r[-1])) for r in rows]


    # ---- users' rights -------------------------------------------------------------------------
    def export_user(self, user_id: int) -> dict[str, object]:
        """Everything stored about a user, table by table (for /mijngegevens)."""
        def rows(sql: str, params: Sequence[object] = (user_id,)) -> list[dict[str, object]]:
            return [dict(r) for r in self.db.query(sql, list(params))]

        return {
            "profiel": rows("SELECT * FROM users WHERE id = ?"),
            "certificaat_register_jobcoach": rows("SELECT * FROM noloc_certificates WHERE user_id = ?"),
            "nrto_keurmerk": rows("SELECT * FROM nrto_keurmerken WHERE user_id = ?"),
            "pe_activiteiten": rows("SELECT * FROM activities WHERE user_id = ? ORDER BY done_on"),
            "reflectiebijeenkomsten": rows("SELECT * FROM reflections WHERE user_id = ? ORDER BY held_on"),
            "herinneringen": rows("SELECT * FROM reminders WHERE user_id = ? ORDER BY due_at"),
            "herinneringen_uit": rows("SELECT * FROM reminder_kinds_off WHERE user_id = ?"),
            "vragen": rows("SELECT * FROM questions WHERE user_id = ? ORDER BY asked_at"),
            "feedback": rows("SELECT * FROM feedback WHERE user_id = ?"),
            "groepsaanwezigheid": rows(
                "SELECT a.meeting_id, a.logged_at, m.starts_at, m.topic, g.title AS groep FROM meeting_attendance a "
                "JOIN meetings m ON m.id = a.meeting_id LEFT JOIN groups g ON g.chat_id = m.chat_id "
                "WHERE a.user_id = ?"),
            "antwoorden_op_bijeenkomsten": rows("SELECT * FROM meeting_answers WHERE user_id = ?"),
            "geplande_bijeenkomsten": rows("SELECT id, chat_id, starts_at, topic, place, state FROM meetings "
                                           "WHERE creator_id = ?"),
            "lopend_gesprek": rows("SELECT * FROM dialogs WHERE user_id = ?"),
        }

    def forget_user(self, user_id: int) -> None:
        """Delete every row about the user; meetings they planned stay for the group, without their id."""
        with self.transaction():
            for table, column in (("feedback", "user_id"), ("questions", "user_id"),
                                  ("noloc_certificates", "user_id"), ("nrto_keurmerken", "user_id"),
                                  ("dialogs", "user_id"), ("activities", "user_id"), ("reflections", "user_id"),
                                  ("reminders", "user_id"), ("reminder_kinds_off", "user_id"),
                                  ("meeting_answers", "user_id"), ("meeting_attendance", "user_id"),
                                  ("users", "id")):
                self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", [user_id])
            self.db.execute("UPDATE meetings SET creator_id = 0 WHERE creator_id = ?", [user_id])
        self._touched.pop(user_id, None)

    # ---- operators ---------------------------------------------------------------------------
    def stats(self, month_start: datetime) -> dict[str, int]:
        """Counts without personal data, for /stats."""
        def one(sql: str, params: Sequence[object] = ()) -> int:
            return int(self.db.execute(sql, list(params)).fetchone()[0])

        return {
            "users": one("SELECT COUNT(*) FROM users"),
            "active": one("SELECT COUNT(*) FROM users WHERE last_seen >= ?", [_stamp(month_start)]),
            "answered": one("SELECT COUNT(*) FROM questions WHERE kind IN ('faq', 'button', 'smalltalk')"),
            "unanswered": one("SELECT COUNT(*) FROM questions WHERE kind IN ('none', 'suggest')"),
            "up": one("SELECT COUNT(*) FROM feedback WHERE vote = 1"),
            "down": one("SELECT COUNT(*) FROM feedback WHERE vote = -1"),
        }

    def unanswered_texts(self, limit: int = 5000) -> list[str]:
        rows = self.db.execute("SELECT text FROM questions WHERE kind IN ('none', 'suggest') "
                               "ORDER BY id DESC LIMIT ?", [limit]).fetchall()
        return [r[0] for r in rows]

    # ---- backups -------------------------------------------------------------------------------
    def backup(self, target: Path) -> None:
        """A consistent copy with SQLite's backup API, safe while the bot keeps writing."""
        if target.exists():
            raise DatabaseError(f"{target} bestaat al; kies een nieuwe bestandsnaam.")
        target.parent.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(str(target))
        try:
            self.db.conn.backup(destination)
        finally:
            destination.close()


@dataclass(frozen=True)
class Dialog:
    """A half-finished dialogue: which one, at which step, with what the user gave so far."""
    name: str
    step: str
    data: dict[str, object] = field(default_factory=dict)
    nonce: int = 0
    updated_at: datetime | None = None  # when the last step was taken


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _moment(raw: str) -> datetime:
    """A stored timestamp; one written without an offset (a date only, by hand) is read as Dutch time."""
    moment = datetime.fromisoformat(raw)
    return moment if moment.tzinfo else moment.replace(tzinfo=AMSTERDAM)


def _day(raw: str | None) -> date | None:
    return date.fromisoformat(raw) if raw else None


def _stamp(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


ACTIVITY_COLUMNS = "id, title, done_on, unit, amount, points, category, evidence, evidence_file_id"


def _activity(r: Sequence[Any]) -> Activity:
    return Activity(r[0], r[1], date.fromisoformat(r[2]), r[5], r[6], Amount(r[3], r[4]), r[7], r[8])


def _reflection(r: Sequence[Any]) -> Reflection:
    return Reflection(r[0], date.fromisoformat(r[1]), r[2])


def _activity_values(a: Activity) -> list[object]:
    return [a.title, a.done_on.isoformat(), a.amount.unit, a.amount.value, a.points, a.category, a.evidence,
            a.evidence_file_id]


REMINDER_COLUMNS = "id, user_id, chat_id, thread_id, key, kind, origin, due_at, text, state, attempts"


@dataclass(frozen=True)
class Reminder:
    id: int
    user_id: int
    chat_id: int
    thread_id: int | None
    key: str
    kind: str
    origin: str
    due_at: str
    text: str
    state: str
    attempts: int

    @property
    def due(self) -> datetime:
        return datetime.fromisoformat(self.due_at)


def utc(moment: datetime) -> str:
    """A sortable UTC timestamp: every reminder time is stored this way."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    if conn.in_transaction:  # inside an outer transaction: that one commits or rolls back
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


MEETING_COLUMNS = ("id, chat_id, thread_id, creator_id, starts_at, topic, card_message_id, state, card_after, ends_at, "
                   "place")


def _meeting(row: Sequence[Any]) -> Meeting:
    return Meeting(chat_id=row[1], thread_id=row[2], creator_id=row[3], starts_at=datetime.fromisoformat(row[4]),
                   topic=row[5], id=row[0], card_message_id=row[6], state=row[7], card_after=bool(row[8]),
                   ends_at=datetime.fromisoformat(row[9]) if row[9] else None, place=row[10] or "")
