"""Users' rights, forged buttons and operator views, end to end."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from chat import button, visible

from bot import texts
from bot.config import Settings
from bot.dates import AMSTERDAM
from bot.emulator import BotApiEmulator
from bot.ledger import Activity, Amount
from bot.simulation import FAKE_TOKEN, Simulation

ZOE, YUSUF, OPERATOR = 731_905_288, 640_117_903, 555_000_111
GROUP = -1_009_000_001


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 10, 0, tzinfo=AMSTERDAM)

    def __call__(self) -> datetime:
        return self.now




async def fill_everything(sim: Simulation, clock: Clock, user: int) -> None:
    """Give the user a row in every table that can hold their data."""
    emu = sim.emulator
    await sim.send(user, "/start")
    (card,) = await sim.send(user, "mijn certificaat verloopt op 14 maart 2027")
    await sim.tap(user, card, button(card, "Ja"))
    await sim.send(user, "/keurmerk")
    await sim.send(user, "1 maart 2025")
    (ask_year,) = await sim.send(user, "1-3-2027")
    await sim.tap(user, ask_year, button(ask_year, "2025"))
    confirm = emu.sent_to(user)[-1]
    await sim.tap(user, confirm, button(confirm, "Ja"))
    await sim.send(user, "/pe 1-6-2026 3 uur Training")
    await sim.tap(user, emu.sent_to(user)[-1], button(emu.sent_to(user)[-1], "1 ·"))
    await sim.send(user, photo=b"\x89PNG")
    await sim.tap(user, emu.sent_to(user)[-1], button(emu.sent_to(user)[-1], "Opslaan"))
    await sim.send(user, "/reflectie 12-11-2026 kring")
    (answer,) = await sim.send(user, "wat kost hercertificering")
    await sim.tap(user, answer, button(answer, "👍"))
    (overview,) = await sim.send(user, "/herinneringen")
    await sim.tap(user, overview, button(overview, "PE-tempo"))
    (meeting_card,) = await sim.send(user, "/intervisie 24 november 14:00 casus", chat_id=GROUP)
    await sim.tap(user, meeting_card, button(meeting_card, "Ik doe mee"))
    clock.now = datetime(2026, 11, 24, 16, 0, tzinfo=AMSTERDAM)
    await sim.dispatch()
    shown = emu.messages[(GROUP, meeting_card.result["message_id"])]
    was = next(b["callback_data"] for row in shown["reply_markup"]["inline_keyboard"] for b in row)
    await sim.tap(user, meeting_card, was)
    await sim.send(user, "/pe Half afgemaakt")  # a dialogue left open


def test_export_then_forget_leaves_no_trace(tmp_path: Path) -> None:
    clock = Clock()

    async def main() -> None:
        emu = BotApiEmulator()
        emu.add_user(ZOE, "Zoë")
        emu.add_user(YUSUF, "Yusuf")
        emu.add_group(GROUP, "Kring", [ZOE, YUSUF], admins=[YUSUF])
        async with Simulation(tmp_path / "bot.db", clock=clock, emulator=emu) as sim:
            await fill_everything(sim, clock, ZOE)
            await sim.send(YUSUF, "/start")
            (yusuf_card,) = await sim.send(YUSUF, "14-3-2028")
            await sim.tap(YUSUF, yusuf_card, button(yusuf_card, "Ja"))

            replies = await sim.send(ZOE, "/mijngegevens")
            document = replies[-1]
            assert document.method == "sendDocument"
            exported = json.loads(emu.files[document.result["document"]["file_id"]][1])
            for section in ("profiel", "certificaat_register_jobcoach", "nrto_keurmerk", "pe_activiteiten",
                            "reflectiebijeenkomsten", "herinneringen", "herinneringen_uit", "vragen", "feedback",
                            "groepsaanwezigheid", "antwoorden_op_bijeenkomsten", "geplande_bijeenkomsten",
                            "lopend_gesprek"):
                assert exported[section], section
            assert exported["certificaat_register_jobcoach"][0]["expires_on"] == "2027-03-14"

            dropped, ask = await sim.send(ZOE, "/vergeet")  # the open dialogue ends, and the user is told
            assert "niets van opgeslagen" in visible(dropped)
            await sim.tap(ZOE, ask, button(ask, "Nee"))
            assert sim.db.noloc_certificate(ZOE) is not None
            await sim.send(ZOE, "/vergeet")
            (kept,) = await sim.send(ZOE, "nee")  # typed as its button: was "Tik op een van de knoppen"
            assert visible(kept) == texts.FORGET_KEPT and sim.db.dialog(ZOE) is None
            for backing_out in ("nee laat maar", "toch maar niet", "nee toch niet"):  # were FAQ answers
                await sim.send(ZOE, "/vergeet")
                (kept,) = await sim.send(ZOE, backing_out)
                assert visible(kept) == texts.FORGET_KEPT and sim.db.dialog(ZOE) is None, backing_out
            (ask,) = await sim.send(ZOE, "/vergeet")
            (tap,) = await sim.send(ZOE, "ja")  # a typed yes wipes nothing: only the 🗑 tap does
            assert "alleen met de knop" in visible(tap) and sim.db.noloc_certificate(ZOE) is not None
            await sim.tap(YUSUF, ask, button(ask, "Ja"))  # a forged tap by someone else: refused
            assert sim.db.noloc_certificate(ZOE) is not None
            await sim.tap(ZOE, ask, button(ask, "Ja"))
            assert "Gewist" in emu.messages[(ZOE, ask.result["message_id"])]["text"]
            assert sim.db.noloc_certificate(YUSUF) is not None  # others keep theirs
            assert not emu.errors()

        # scan every column of every table for Zoë's id
        conn = sqlite3.connect(tmp_path / "bot.db")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = []
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):
                found += [(table, value) for value in row if str(ZOE) in str(value)]
        assert found == []
        assert conn.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 1  # the group keeps its meeting
        conn.close()

    asyncio.run(main())


def test_forged_buttons_cannot_touch_another_users_data(tmp_path: Path) -> None:
    async def main() -> None:
        emu = BotApiEmulator()
        emu.add_user(ZOE, "Zoë")
        emu.add_user(YUSUF, "Yusuf")
        async with Simulation(tmp_path / "bot.db", clock=Clock(), emulator=emu) as sim:
            (card,) = await sim.send(ZOE, "14-3-2027")
            nonce = button(card, "Ja").rsplit(":", 1)[1]
            activity = Activity(0, "Training", date(2026, 6, 1), 3, "1", Amount("uur", 3), "factuur")
            activity_id = sim.db.add_activity(ZOE, activity, Clock()())
            (own,) = await sim.send(YUSUF, "14-3-2028")  # Yusuf's own card, in his own chat
            forged = (f"cert:ok:{nonce}", f"cert:swap:{nonce}", f"pe:save:{nonce}", f"ls:delok:{activity_id}",
                      f"ls:del:{activity_id}", f"ls:edit:{activity_id}", "rm:snooze:1", "fb:+:1", "mt:cancel:1",
                      f"vg:ja:{nonce}", f"kmk:ok:{nonce}", f"res:positief:{nonce}", "q:bestaat-niet", "onzin",
                      "pts:chart", "ls:page:-5", "rm:kind:bestaat-niet", "x" * 64)
            for data in forged:
                await sim.tap(YUSUF, card, data)  # on Zoë's message
                await sim.tap(YUSUF, own, data)  # on his own message, with Zoë's ids
            assert sim.db.noloc_certificate(ZOE) is None and sim.db.noloc_certificate(YUSUF) is None
            assert [a.id for a in sim.db.activities(ZOE)] == [activity_id]
            assert sim.db.dialog(ZOE) is not None and sim.db.dialog(ZOE).nonce == int(nonce)  # type: ignore[union-attr]
            assert not emu.errors(), [(e.method, e.error) for e in emu.errors()]

    asyncio.run(main())


def test_button_numbers_that_are_no_numbers_are_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """'²' passes str.isdigit and 20 nines pass int(); neither may reach a handler's int() or SQLite."""
    async def main() -> None:
        emu = BotApiEmulator()
        emu.add_user(ZOE, "Zoë")
        async with Simulation(tmp_path / "bot.db", clock=Clock(), emulator=emu) as sim:
            (card,) = await sim.send(ZOE, "14-3-2027")
            huge = "9" * 20
            for data in ("ls:del:²", "mt:was:²", "fb:+:²", "rm:snooze:²", "ls:page:²", "kmk:year:²",
                         f"ls:del:{huge}", f"mt:was:{huge}", f"fb:+:{huge}", f"rm:snooze:{huge}"):
                await sim.tap(ZOE, card, data)
            assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
            assert not any(texts.ERROR in (s.text or "") for s in emu.sent), "the error handler answered"
            assert not emu.errors(), [(e.method, e.error) for e in emu.errors()]

    with caplog.at_level(logging.ERROR):
        asyncio.run(main())


def test_operator_views_only_for_admins(tmp_path: Path) -> None:
    async def main() -> None:
        emu = BotApiEmulator()
        for user in (ZOE, OPERATOR):
            emu.add_user(user, "X")
        settings = Settings(token=FAKE_TOKEN, db_path=tmp_path / "bot.db", admins=frozenset({OPERATOR}),
                            dispatch_every=0)
        async with Simulation(tmp_path / "bot.db", clock=Clock(), emulator=emu, settings=settings) as sim:
            (answer,) = await sim.send(ZOE, "wat kost hercertificering")
            await sim.tap(ZOE, answer, button(answer, "👎"))
            for _ in range(3):
                await sim.send(ZOE, "Waar kan ik mijn fiets parkeren?")
            await sim.send(ZOE, "hoe laat gaat de kantine open")
            (refused,) = await sim.send(ZOE, "/stats")
            assert "ken ik niet" in visible(refused)
            (refused,) = await sim.send(ZOE, "/onbeantwoord")
            assert "ken ik niet" in visible(refused)
            (stats,) = await sim.send(OPERATOR, "/stats")
            text = visible(stats)
            assert "Gebruikers: 1, actief deze maand: 1" in text
            assert "Vragen beantwoord: 1, onbeantwoord of onzeker: 4" in text and "👎 1" in text
            assert str(ZOE) not in text
            (top,) = await sim.send(OPERATOR, "/onbeantwoord")
            lines = visible(top).splitlines()
            assert lines[1] == "3× waar kan ik mijn fiets parkeren" and lines[2].startswith("1× hoe laat")

    asyncio.run(main())
