"""Hostile input through the real Application on the emulator: every command and dialogue state.

Used by tests/test_fuzz.py (short, in CI) and bench/fuzz.py (≥ 10,000 inputs). After each input: no
unhandled exception, no Bot API refusal, and stored data unchanged unless the bot said it stored something.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from bot.dates import AMSTERDAM
from bot.deadlines import NolocCertificate
from bot.emulator import BotApiEmulator, Sent
from bot.ledger import Activity, Amount
from bot.simulation import Simulation
from bot.texts import COMMANDS

T = TypeVar("T")
USER, OTHER, GROUP = 901, 902, -9001
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=AMSTERDAM)

# A date told to reach the confirmation card: the stored date itself gets "al zo opgeslagen", not a card.
EXPIRY_NOT_STORED = "<a valid expiry other than the stored one>"
# How to reach each dialogue state from idle: messages, or ("tap", label part) on the last bot message.
STATES: dict[str, list[str | tuple[str, str]]] = {
    "idle": [],
    "certificaat:date": ["/certificaat"],
    "certificaat:confirm": [EXPIRY_NOT_STORED],
    "uitslag:choose": ["/uitslag"],
    "uitslag:date": ["/uitslag", ("tap", "ingediend")],
    "keurmerk:keurmerk_on": ["/keurmerk", ("tap", "wijzigen")],
    "keurmerk:bow": ["/keurmerk", ("tap", "wijzigen"), "1 maart 2025"],
    "keurmerk:year": ["/keurmerk", ("tap", "wijzigen"), "1 maart 2025", "1-3-2027"],
    "pe:title": ["/pe"],
    "pe:date": ["/pe Cursus"],
    "pe:amount": ["/pe gisteren Cursus"],
    "pe:multiday": ["/pe gisteren Cursus", "30 uur"],
    "pe:category": ["/pe gisteren 3 uur Cursus"],
    "pe:evidence": ["/pe gisteren 3 uur Cursus", ("tap", "1 ·")],
    "pe:summary": ["/pe gisteren 3 uur Cursus", ("tap", "1 ·"), ("tap", "Geen bewijs")],
    "pe:fields": ["/pe gisteren 3 uur Cursus", ("tap", "1 ·"), ("tap", "Geen bewijs"), ("tap", "Wijzigen")],
    "pe:offer": ["ik heb gisteren een webinar van 2 uur gevolgd"],
    "reflectie:date": ["/reflectie"],
    "reflectie:whom": ["/reflectie", "gisteren"],
    "reflectie:offer": ["ik heb gisteren intervisie gehad met de kring"],
    "vergeet:confirm": ["/vergeet"],
    "lijst": ["/lijst"],
    "herinneringen": ["/herinneringen"],
}
# How the finisher answers each dialogue step, so hostile input also reaches summaries, lists and exports.
FINISH: dict[tuple[str, str], str | tuple[str, str]] = {
    ("certificaat", "date"): "14-1-2027", ("certificaat", "confirm"): ("tap", "Ja, opslaan"),
    ("uitslag", "choose"): ("tap", "ingediend"), ("uitslag", "date"): "vandaag",
    ("keurmerk", "keurmerk_on"): "1 maart 2025", ("keurmerk", "bow"): "1-3-2027", ("keurmerk", "year"): "2025",
    ("keurmerk", "confirm"): ("tap", "Ja, opslaan"), ("keurmerk", "noncompliant"): "gisteren",
    ("pe", "title"): "Cursus", ("pe", "date"): "gisteren", ("pe", "amount"): "3 uur",
    ("pe", "multiday"): ("tap", "Ja, meerdere"), ("pe", "category"): ("tap", "1 ·"),
    ("pe", "evidence"): ("tap", "Geen bewijs"), ("pe", "summary"): ("tap", "Opslaan"),
    ("pe", "fields"): ("tap", "Bewijs"), ("pe", "offer"): ("tap", "Ja, vastleggen"),
    ("reflectie", "date"): "gisteren", ("reflectie", "whom"): "kring",
    ("reflectie", "offer"): ("tap", "Ja, vastleggen"), ("vergeet", "confirm"): ("tap", "Nee"),
}
VIEWS = ("/lijst", "/punten", "/status", "/herinneringen")
# Free-text fields the payload is stored through, one per step in turn: (message, in the group).
PROBES = (("/pe gisteren 3 uur {payload}", False), ("/reflectie gisteren {payload}", False),
          ("/intervisie 30 november 15:00 {payload}", True), ("/pe gisteren 2 uur Probe", False),
          ("{payload}", False), ("/certificaat {payload}", False), ("@recertbot {payload}", True))
# Replies that say something was stored or changed on purpose.
SUCCESS = ("Opgeslagen", "Vastgelegd", "Gewist", "Verwijderd", "<b>Intervisie</b>", "Geannuleerd", "Verzet naar",
           "pauze", "weer aan", "Gefeliciteerd", "Genoteerd", "aan.", "uit.", "herinner je op", "Mooi!")
DATA_QUERIES = (
    "SELECT * FROM noloc_certificates", "SELECT * FROM nrto_keurmerken",
    "SELECT id, user_id, title, done_on, unit, amount, points, category, evidence FROM activities",
    "SELECT id, user_id, held_on, with_whom FROM reflections",
    "SELECT id, chat_id, starts_at, topic, state FROM meetings",
    "SELECT * FROM meeting_answers", "SELECT meeting_id, user_id FROM meeting_attendance",
    "SELECT * FROM reminder_kinds_off", "SELECT id, reminders_paused, blocked FROM users",
    "SELECT user_id, key, state FROM reminders WHERE origin = 'snooze'",
)


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.last: str = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.last = f"{record.getMessage()} {record.exc_info[1] if record.exc_info else ''}"


@dataclass
class Finding:
    state: str
    kind: str
    payload: str
    problem: str


@dataclass
class FuzzDriver:
    """Owns an event loop with a running Simulation; `step` plays one input and checks the invariants."""
    folder: Path
    inputs: int = 0
    findings: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        emulator = BotApiEmulator()
        emulator.add_user(USER, "Fuzz", "fuzz")
        emulator.add_user(OTHER, "Ander")
        emulator.add_group(GROUP, "Fuzzgroep", [USER, OTHER], admins=[OTHER])
        # no rate limiter: it would hold the fuzzer to 25 messages a second
        self.sim = Simulation(self.folder / "fuzz.db", clock=lambda: NOW, emulator=emulator, rate_limit=False)
        self.loop.run_until_complete(self.sim.__aenter__())
        self.errors = _ErrorCounter()
        logging.getLogger("handlers").addHandler(self.errors)
        self.db_path = self.folder / "fuzz.db"
        db = self.sim.db
        # expiring in January: its submission window is open on NOW, so /uitslag reaches the date step
        db.save_noloc_certificate(USER, NolocCertificate(date(2023, 1, 14), date(2027, 1, 14)), NOW)
        db.add_activity(USER, Activity(0, "Webinar", date(2026, 5, 1), 2, "1", Amount("uur", 2), "factuur"), NOW)
        self.run(self.sim.send(USER, "/start"))
        self.run(self.sim.send(OTHER, "/intervisie 30 november 14:00 basis", chat_id=GROUP))
        self.card = self.sim.emulator.sent_to(GROUP)[-1]

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        logging.getLogger("handlers").removeHandler(self.errors)
        self.run(self.sim.__aexit__(None, None, None))
        self.loop.close()

    def _prune(self) -> None:
        db = self.sim.db.db
        for table, order in (("activities", "done_on"), ("reflections", "held_on")):
            db.execute(f"DELETE FROM {table} WHERE user_id = ? AND id NOT IN (SELECT id FROM {table} "
                       f"WHERE user_id = ? ORDER BY {order} DESC, id DESC LIMIT 20)", [USER, USER])

    def _snapshot(self) -> list[list[tuple[object, ...]]]:
        conn = self.sim.db.db.conn
        return [sorted(conn.execute(q).fetchall(), key=repr) for q in DATA_QUERIES]

    async def _enter(self, state: str) -> None:
        await self.sim.send(USER, "/annuleer")
        for step in STATES[state]:
            if isinstance(step, tuple):
                last = self._last_to_user()
                data = next((d for label, d in last.buttons if step[1] in label), None) if last else None
                if last and data:
                    await self.sim.tap(USER, last, data)
            elif step == EXPIRY_NOT_STORED:
                stored = self.sim.db.noloc_certificate(USER)
                await self.sim.send(USER, "13-1-2027" if stored and stored.expires_on == date(2027, 1, 14)
                                    else "14-1-2027")
            else:
                await self.sim.send(USER, step)

    def _last_to_user(self) -> Sent | None:
        """The bot's newest message in the user's chat (searched from the end: the log grows long)."""
        return next((s for s in reversed(self.sim.emulator.sent)
                     if s.chat_id == USER and s.error is None and s.method == "sendMessage"), None)

    async def _play(self, state: str, kind: str, payload: str) -> list[Sent]:
        if kind in ("text", "command"):
            return await self.sim.send(USER, payload)
        if kind == "group":
            return await self.sim.send(USER, payload, chat_id=GROUP)
        if kind == "mention":
            return await self.sim.send(USER, f"@recertbot {payload}", chat_id=GROUP)
        if kind == "tap":
            return await self.sim.tap(USER, self._last_to_user() or self.card, payload)
        if kind == "grouptap":
            return await self.sim.tap(USER, self.card, payload)
        if kind in ("edit", "groupedit"):
            chat = GROUP if kind == "groupedit" else USER
            mine = await self._last_from_user(chat)
            return await self.sim.edit(USER, mine, payload if payload.strip() else "x")  # Telegram keeps no empty text
        raise ValueError(kind)

    async def _last_from_user(self, chat: int) -> dict[str, Any]:
        """The user's newest message in the chat (one is sent first when there is none)."""
        mine = [m for (c, _), m in self.sim.emulator.messages.items() if c == chat and m["from"]["id"] == USER]
        if not mine:
            await self.sim.send(USER, "@recertbot hallo" if chat == GROUP else "hallo",
                                chat_id=chat if chat == GROUP else None)
            return await self._last_from_user(chat)
        return mine[-1]

    async def _finish(self) -> None:
        """Answer the open dialogue to its end, then look at the views that show what was stored."""
        for _ in range(10):
            dialog = self.sim.db.dialog(USER)
            action = FINISH.get((dialog.name, dialog.step)) if dialog else None
            if action is None:
                break
            if isinstance(action, tuple):
                last = self._last_to_user()
                data = next((d for label, d in last.buttons if action[1] in label), None) if last else None
                if last is None or data is None:
                    break
                await self.sim.tap(USER, last, data)
            else:
                await self.sim.send(USER, action)
        for view in VIEWS + (("/export",) if self.inputs % 10 == 0 else ()):
            await self.sim.send(USER, view)

    def step(self, state: str, kind: str, payload: str) -> None:
        """Bring the user to `state`, play one hostile input, check; then finish the dialogue and check again.

        Each step also stores the payload through one of the free-text fields (in turn), so hostile text
        reaches the summaries, lists, cards and exports that show it later.
        """
        if self.inputs % 100 == 99:  # keep the ledger a realistic size: each export lists all of it
            self._prune()
        self.run(self._enter(state))
        self._check_input(state, kind, payload)
        before_errors, before_sent = self.errors.count, len(self.sim.emulator.sent)
        self.run(self._finish())
        probe = PROBES[self.inputs % len(PROBES)]
        self.run(self.sim.send(USER, "/annuleer"))
        self.run(self.sim.send(USER, probe[0].format(payload=payload[:300]), chat_id=GROUP if probe[1] else None))
        self.run(self._finish())
        self._check_calls(state, kind, payload, before_errors, before_sent, "afterwards: ")

    def _check_calls(self, state: str, kind: str, payload: str, before_errors: int, before_sent: int,
                     when: str = "") -> None:
        if self.errors.count != before_errors:
            self.findings.append(Finding(state, kind, payload[:200], f"{when}unhandled exception: {self.errors.last}"))
        refused = [f"{s.method}: {s.error}" for s in self.sim.emulator.sent[before_sent:] if s.error]
        if refused:
            self.findings.append(Finding(state, kind, payload[:200], f"{when}Bot API refused: {refused}"))

    def _check_input(self, state: str, kind: str, payload: str) -> None:
        before_errors, before_sent = self.errors.count, len(self.sim.emulator.sent)
        before_answers = len(self.sim.emulator.answered_callbacks)
        snapshot = self._snapshot()
        replies = self.run(self._play(state, kind, payload))
        self.inputs += 1
        new = self.sim.emulator.sent[before_sent:]
        self._check_calls(state, kind, payload, before_errors, before_sent)
        answers = list(self.sim.emulator.answered_callbacks.values())[before_answers:]
        said = " ".join(s.text for s in new) + " ".join(str(p.get("text", "")) for p in answers)
        if self._snapshot() != snapshot and not any(marker in said for marker in SUCCESS):
            self.findings.append(Finding(state, kind, payload[:200], "stored data changed without the bot saying so"))
        del replies


HOSTILE = [
    "", " ", "\n\t  \n", "<b>", "</i>", "<script>alert(1)</script>", "&amp;&&lt;", "*_`[]()~>#+-=|{}.!\\",
    "'; DROP TABLE users; --", '" OR 1=1 --', "%s%s%n", "{0}{1}", "${jndi:ldap://x}", "99999999999999999999 uur",
    "-5 uur", "0 uur", "1e309 ECTS", "NaN punten", "inf uur", "31-02-2026", "00-00-0000", "29-2-2100",
    "9999-12-31", "01-01-0001", "32 januari", "31 april 2027", "25:61", "💩" * 200, "e\u0301" * 300, "\u202e\u202d",
    "\x00\x01\x02", "@recertbot", "/start", "/pe /pe /pe", "1", "3", "ja", "stop", "12-3-2026 3 uur " + "x" * 300,
    "ﷺ" * 50, "\U0001f468\u200d\U0001f469\u200d\U0001f467" * 30, "1-1-1970 1 uur", "over 99999 jaar",
    "99999 dagen geleden", "morgen 0:00", "/intervisie 30-2-2027 14:00", "/reflectie 1-1-2020 <b>kring</b>",
    "Cursus <b>vet", "a < b & c > d", "<i>Webinar</i>", "x</b>y", "Training &nbsp; <a href='x'>link</a>",
    "gisteren 2 uur <u>onderstreept", "Titel met \\ backslash en `code`", "café crème Ünal – ‘quotes’ €",
    "²", "٣", "9" * 20,  # digits to str.isdigit, not to int() or SQLite
]
COMMAND_NAMES = [c for c, _, _ in COMMANDS] + ["stats", "onbeantwoord", "start att-1-00", "start att-x-y", "onzin"]
CALLBACK_PREFIXES = ["q:", "fb:+:", "fb:-:", "cert:ok:", "cert:swap:", "res:", "res:vandaag:", "kmk:year:2025:",
                     "kmk:ok:", "pe:save:", "pe:cat:1:", "pe:field:title:", "pts:", "rfl:ok:", "rfl:no:", "ls:del:",
                     "ls:delok:", "ls:page:", "rm:snooze:", "rm:kind:", "mt:ja:", "mt:was:", "mt:cancel:", "vg:ja:",
                     "st"]


def inputs_strategy() -> Any:
    """(state, kind, payload) triples: random and hostile text, commands with hostile arguments, forged buttons."""
    from hypothesis import strategies as st

    any_text = st.text(max_size=80)
    weird = st.text(alphabet=st.characters(codec="utf-8", categories=["Mn", "Me", "So", "Cf", "Zs", "Po", "Sm"]),
                    max_size=60)
    long_text = st.builds(lambda ch, n: ch * n, st.sampled_from(["a", "é", "💩", "<", "&", " "]),
                          st.integers(3000, 10_000))
    hostile = st.sampled_from(HOSTILE)
    text = st.one_of(hostile, any_text, weird, long_text,
                     st.builds(lambda a, b: f"{a} {b}", hostile, any_text))
    command = st.builds(lambda name, arg: f"/{name} {arg}".rstrip(), st.sampled_from(COMMAND_NAMES),
                        st.one_of(st.just(""), hostile, any_text))
    callback = st.one_of(
        st.text(max_size=64).filter(lambda s: 0 < len(s.encode()) <= 64),
        st.builds(lambda p, rest: (p + rest)[:64], st.sampled_from(CALLBACK_PREFIXES),
                  st.one_of(st.integers(-10**12, 10**12).map(str), st.text(max_size=20),
                            st.sampled_from(["²", "٣", "9" * 20, "-0"])))
        .filter(lambda s: len(s.encode()) <= 64),
    )
    states = st.sampled_from(sorted(STATES))
    return st.one_of(
        st.tuples(states, st.just("text"), text),
        st.tuples(states, st.just("command"), command),
        st.tuples(states, st.just("tap"), callback),
        st.tuples(st.just("idle"), st.sampled_from(["group", "mention"]), st.one_of(text, command)),
        st.tuples(st.just("idle"), st.just("grouptap"), callback),
        st.tuples(states, st.just("edit"), st.one_of(text, command)),
        st.tuples(st.just("idle"), st.just("groupedit"), st.one_of(text, command)),
    )
