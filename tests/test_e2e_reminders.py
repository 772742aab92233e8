"""Reminders end to end: a simulated year through the emulator, faults, and the chat commands."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from chat import visible

from bot.config import Settings
from bot.dates import AMSTERDAM
from bot.deadlines import NolocCertificate, NrtoKeurmerk
from bot.emulator import BotApiEmulator, Fault, html_visible_text
from bot.ledger import Activity, Amount
from bot.simulation import FAKE_TOKEN, Simulation

A, B, C, D = 101, 102, 103, 104


class MovingClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, day: date, hour: int, minute: int = 0) -> None:
        self.now = datetime.combine(day, time(hour, minute), AMSTERDAM)


def world() -> BotApiEmulator:
    emu = BotApiEmulator()
    for user, name in ((A, "Anna"), (B, "Bram"), (C, "Cor"), (D, "Dirk")):
        emu.add_user(user, name)
        emu.private_chat(user)  # they opened the bot before
        emu.users[user].started = True
    emu.users[D].blocked_bot = True
    return emu


EXPECTED = {
    A: [(date(2026, 3, 30), "Nog een half jaar"), (date(2026, 6, 30), "Vanaf vandaag kun je je portfolio"),
        (date(2026, 8, 30), "Nog een maand"), (date(2026, 9, 23), "Nog een week"),
        (date(2026, 9, 30), "Vandaag verloopt je certificaat")],
    B: [(date(2026, 10, 1), "rond de zelfevaluatie af"), (date(2026, 12, 1), "rond de zelfevaluatie af"),
        (date(2026, 12, 15), "rond de zelfevaluatie af")],
    C: [(date(2026, 6, 1), "PE-punten lopen achter"), (date(2026, 7, 1), "PE-punten lopen achter"),
        (date(2026, 10, 1), "PE-punten lopen achter"), (date(2026, 10, 1), "reflectiebijeenkomsten"),
        (date(2026, 12, 1), "reflectiebijeenkomsten")],
    D: [],
}


Chat = Callable[[Simulation, BotApiEmulator, "MovingClock"], Awaitable[None]]


def with_anna_certified(tmp_path: Path, chat: Chat) -> None:
    """Play a chat on 30 November 2026 after Anna told her expiry date (31 May 2027) and confirmed it."""
    clock = MovingClock(datetime(2026, 11, 30, 10, 0, tzinfo=AMSTERDAM))

    async def main() -> None:
        emu = world()
        async with Simulation(tmp_path / "bot.db", clock=clock, emulator=emu) as sim:
            (card,) = await sim.send(A, "mijn certificaat verloopt op 31 mei 2027")
            await sim.tap(A, card, next(d for label, d in card.buttons if "Ja" in label))
            await chat(sim, emu, clock)

    asyncio.run(main())


def marker_of(text: str, user: int) -> str:
    return next(marker for _, marker in EXPECTED[user] if marker in text)


def test_a_simulated_year_delivers_each_reminder_once_on_its_day(tmp_path: Path) -> None:
    clock = MovingClock(datetime(2026, 1, 1, 8, 0, tzinfo=AMSTERDAM))
    delivered: list[tuple[int, datetime, str]] = []

    async def main() -> None:
        emu = world()
        emu.on_send.append(lambda s: delivered.append((int(s.chat_id or 0), clock(), s.text))
                           if s.method == "sendMessage" else None)
        async with Simulation(tmp_path / "bot.db", clock=clock, emulator=emu, rate_limit=False) as sim:
            db = sim.db
            db.save_noloc_certificate(A, NolocCertificate(date(2022, 9, 30), date(2026, 9, 30)), clock())
            db.add_activity(A, Activity(0, "Leergang", date(2023, 1, 1), 75, "1", Amount("punten", 75), "x"), clock())
            for _ in range(3):
                db.add_reflection(A, date(2026, 1, 1), "kring", clock())
            keurmerk = NrtoKeurmerk(date(2024, 3, 1), date(2027, 3, 1), 2024)
            db.save_nrto_keurmerk(B, keurmerk, clock())
            db.save_noloc_certificate(C, NolocCertificate(date(2025, 5, 31), date(2029, 5, 31)), clock())
            db.save_nrto_keurmerk(D, keurmerk, clock())
            day = date(2026, 1, 1)
            while day <= date(2026, 12, 31):
                if day == date(2026, 6, 30):
                    emu.fail("sendMessage", Fault(429, retry_after=1))
                if day == date(2026, 10, 1):
                    emu.fail("sendMessage", Fault(502))
                clock.set(day, 7)
                await sim.dispatch(replan=False)
                clock.set(day, 8, 45)  # the daily planning job
                await sim.dispatch(replan=True)
                for hour in (9, 13, 21):
                    clock.set(day, hour)
                    await sim.dispatch(replan=False)
                day += timedelta(days=1)
            assert any(s.error and "blocked" in s.error for s in emu.sent)  # D: 403, then paused

    asyncio.run(main())
    for user in (A, B, C, D):
        got = sorted((moment.date(), marker_of(html_visible_text(text), user))
                     for chat, moment, text in delivered if chat == user)
        assert got == sorted(EXPECTED[user]), user
    assert all(9 <= moment.hour < 20 for _, moment, _ in delivered)
    late = [m for chat, m, t in delivered if chat == A and "Vanaf vandaag" in t]
    assert late[0].hour == 13  # the 429 at 09:00 postponed it to the next pass, the same day



def test_reminders_switched_in_words_are_switched_and_show_their_switches(tmp_path: Path) -> None:
    async def chat(sim: Simulation, emu: BotApiEmulator, clock: MovingClock) -> None:
        # one kind named: switched, as its button does, with the switches (was only the switches, its own ✅)
        (overview,) = await sim.send(A, "ik wil geen herinneringen meer over pe punten")
        assert visible(overview).startswith("Herinneringen PE-tempo: uit.") and sim.db.kinds_off(A) == {"pe"}
        assert "pauzeer ze allemaal met /stop" in visible(overview)
        assert any(label.startswith("🔕 PE-tempo") for label, _ in overview.buttons)
        assert sim.db.user_flags(A)[0] is False
        (back_on,) = await sim.send(A, "zet de pe herinneringen weer aan")
        assert visible(back_on).startswith("Herinneringen PE-tempo: aan.") and sim.db.kinds_off(A) == set()
        (both,) = await sim.send(A, "geen herinneringen meer over pe en nrto")  # two kinds: their switches only
        assert visible(both).startswith("Komende herinneringen") and sim.db.kinds_off(A) == set()
        # all but one: the others off (was the one named switched off, the opposite); only one: likewise
        (but,) = await sim.send(A, "zet alle herinneringen uit behalve de vervaldatum")
        assert visible(but).startswith("Herinneringen aan: Recertificering (vervaldatum, indienen). Uit: Uitslag")
        assert sim.db.kinds_off(A) == {"advies", "pe", "intervisie", "nrto"}
        await sim.send(A, "ik wil alleen herinneringen over intervisie")
        assert sim.db.kinds_off(A) == {"advies", "pe", "portfolio", "nrto"}
        await sim.send(A, "zet alle herinneringen aan behalve de nrto")
        assert sim.db.kinds_off(A) == {"nrto"}
        await sim.send(A, "zet de nrto herinneringen aan")
        # all of them: paused as /stop does, and on again as /start does (were the switches alone, and "zet de
        # herinneringen aan" while paused said "/start zet ze weer aan")
        for said in ("zet de herinneringen uit", "ik wil geen meldingen meer"):
            (paused,) = await sim.send(A, said)
            assert visible(paused).startswith("⏸ Je herinneringen staan op pauze") and sim.db.user_flags(A)[0]
            assert visible(paused).count("pauze") == 1 and paused.buttons  # said once, and the switches
            for on in ("zet de herinneringen weer aan", "herinneringen weer aan"):
                (resumed,) = await sim.send(A, on)
                assert visible(resumed).startswith("▶️ Je herinneringen staan weer aan") and not sim.db.user_flags(A)[0]
                await sim.send(A, "/stop")
            await sim.send(A, "/start")
        (again,) = await sim.send(A, "herinneringen aanzetten")  # on already: the switches
        assert visible(again).startswith("Komende herinneringen")
        # only at some times: said that there is no such setting, and nothing paused (was all of them paused)
        for said in ("stuur geen herinneringen meer in het weekend", "zet de herinneringen 's avonds uit"):
            (times,) = await sim.send(A, said)
            assert "tussen 09:00 en 20:00" in visible(times) and "ook in het weekend" in visible(times), said
            assert not sim.db.user_flags(A)[0] and sim.db.kinds_off(A) == set(), said
        # a question about them still gets how they work
        for asked in ("hoe zet ik de herinneringen uit?", "hoe zet ik de herinneringen voor intervisie uit",
                      "kan ik de herinneringen voor intervisie uitzetten"):
            (answer,) = await sim.send(A, asked)  # without its "?" too (was switched off at once)
            # the switches themselves, to tap (was how they work, in words)
            assert visible(answer).startswith("Komende herinneringen") and "Tik op een soort" in visible(answer)
            assert any("Intervisie per jaar" in label for label, _ in answer.buttons), asked
            assert not sim.db.user_flags(A)[0] and sim.db.kinds_off(A) == set(), asked
        (how,) = await sim.send(A, "hoe werken de herinneringen?")  # how they work: still the hint
        assert "Met /herinneringen" in visible(how)
        for asked in ("welke herinneringen krijg ik?", "wanneer krijg ik de volgende herinnering"):
            (listed,) = await sim.send(A, asked)  # which are coming: the list itself (was how they work)
            assert visible(listed).startswith("Komende herinneringen"), asked
        await sim.send(A, "/stop")
        (start,) = await sim.send(A, "start")  # the command without its slash (was the FAQ on a portfolio's start)
        assert visible(start).startswith("▶️ Je herinneringen staan weer aan") and "/help" in visible(start)
        # the command with a word: all off or on (was the switches alone, the word ignored)
        (paused,) = await sim.send(A, "/herinneringen uit")
        assert visible(paused).startswith("⏸ Je herinneringen staan op pauze") and sim.db.user_flags(A)[0]
        (resumed,) = await sim.send(A, "/herinneringen weer aan")
        assert visible(resumed).startswith("▶️ Je herinneringen staan weer aan") and not sim.db.user_flags(A)[0]
        (unknown,) = await sim.send(A, "/herinneringen <b>morgen</b>")
        assert visible(unknown).startswith("„<b>morgen</b>” ken ik hier niet")  # escaped: shown as typed
        assert "Komende herinneringen" in visible(unknown)
        assert not sim.db.user_flags(A)[0]

    with_anna_certified(tmp_path, chat)


def test_reminder_buttons_herinneringen_stop_and_start(tmp_path: Path) -> None:
    async def chat(sim: Simulation, emu: BotApiEmulator, clock: MovingClock) -> None:
        (overview,) = await sim.send(A, "/herinneringen")
        text = visible(overview)
        assert "30 nov 2026" in text and "28 feb 2027" in text and "31 mei 2027" in text
        assert "✅ Recertificering" in [label.split(" (")[0] for label, _ in overview.buttons]
        report = await sim.dispatch()
        assert report.sent >= 1
        push = next(s for s in emu.sent_to(A) if s.text.startswith("🔔 Nog een half jaar"))
        labels = [label for label, _ in push.buttons]
        assert labels == ["⏰ Herinner me over een week", "🔕 Dit soort uitzetten", "📅 Bekijk status"]
        await sim.tap(A, push, push.buttons[0][1])  # snooze: once more on 7 December
        assert any(r.key.endswith("snooze:2026-12-07") and r.state == "pending" for r in sim.db.reminders_of(A))
        await sim.tap(A, push, push.buttons[0][1])  # a second tap does not add a second one
        assert sum(r.origin == "snooze" for r in sim.db.reminders_of(A)) == 1
        await sim.tap(A, push, push.buttons[1][1])  # this kind off: its pending reminders go
        assert not [r for r in sim.db.reminders_of(A) if r.kind == "portfolio" and r.state == "pending"
                    and r.origin == "plan"]
        (overview,) = await sim.send(A, "/herinneringen")
        toggle = next(d for label, d in overview.buttons if "Recertificering" in label)
        for label, data in overview.buttons:  # every kind off: no reminder, and no request for dates already told
            if label.startswith("✅"):
                await sim.tap(A, overview, data)
        (all_off,) = await sim.send(A, "/herinneringen")
        assert visible(all_off).count("•") == 0 and "Leg je datums vast" not in visible(all_off)
        assert "Er staan nu geen herinneringen gepland" in visible(all_off)
        for label, data in all_off.buttons:
            if "Recertificering" not in label:
                await sim.tap(A, all_off, data)
        assert any(label.startswith("🔕 Recertificering") for label, _ in overview.buttons)
        await sim.tap(A, overview, toggle)  # and on again
        assert [r for r in sim.db.reminders_of(A) if r.kind == "portfolio" and r.state == "pending"]
        (paused,) = await sim.send(A, "/stop")
        assert "pauze" in visible(paused)
        clock.now = datetime(2026, 12, 7, 10, 0, tzinfo=AMSTERDAM)
        before = len(emu.sent_to(A))
        await sim.dispatch()
        assert len(emu.sent_to(A)) == before  # paused: nothing
        resumed = await sim.send(A, "/start status")  # also through a deep link: it says so
        assert "weer aan" in visible(resumed[0]) and "Register Jobcoach" in visible(resumed[1])
        await sim.dispatch()
        # the kind was off a while: the planned ones are back, the one-off snooze went with the switch
        assert not any(s.text.startswith("🔔 Nog een half jaar") for s in emu.sent_to(A)[before:])
        assert [r for r in sim.db.reminders_of(A) if r.kind == "portfolio" and r.state == "pending"]
        assert not emu.errors()

    with_anna_certified(tmp_path, chat)


def test_a_snoozed_reminder_goes_when_what_it_reminds_of_is_done(tmp_path: Path) -> None:
    async def chat(sim: Simulation, emu: BotApiEmulator, clock: MovingClock) -> None:
        clock.set(date(2027, 2, 28), 10)
        await sim.dispatch()
        push = next(s for s in emu.sent_to(A) if s.text.startswith("🔔 Vanaf vandaag kun je je portfolio"))
        await sim.tap(A, push, push.buttons[0][1])  # once more on 7 March
        assert any(r.origin == "snooze" and r.state == "pending" for r in sim.db.reminders_of(A))
        (offer,) = await sim.send(A, "/uitslag ingediend 28-2-2027")
        await sim.tap(A, offer, next(d for label, d in offer.buttons if "Ja" in label))
        assert sim.db.noloc_certificate(A).submitted_on == date(2027, 2, 28)  # type: ignore[union-attr]
        assert not any(r.origin == "snooze" and r.state == "pending" for r in sim.db.reminders_of(A))
        clock.set(date(2027, 3, 7), 10)
        before = len(emu.sent_to(A))
        await sim.dispatch()
        assert not any("portfolio indienen" in s.text for s in emu.sent_to(A)[before:])
        assert not emu.errors()

    with_anna_certified(tmp_path, chat)


def test_the_job_queue_sends_due_reminders(tmp_path: Path) -> None:
    now = datetime(2026, 11, 30, 10, 0, tzinfo=AMSTERDAM)

    async def main() -> None:
        emu = world()
        settings = Settings(token=FAKE_TOKEN, db_path=tmp_path / "bot.db", dispatch_every=0.2)
        async with Simulation(tmp_path / "bot.db", clock=lambda: now, emulator=emu, settings=settings) as sim:
            sim.db.save_noloc_certificate(A, NolocCertificate(date(2023, 5, 31), date(2027, 5, 31)), now)
            from bot.delivery import replan

            replan(sim.db, sim.services.rules, A, now)
            for _ in range(50):
                if emu.sent_to(A):
                    break
                await asyncio.sleep(0.1)
            assert any("Nog een half jaar" in s.text for s in emu.sent_to(A))
            assert {j.name for j in sim.app.job_queue.jobs()} >= {"herinneringen", "plannen"}  # type: ignore[union-attr]

    asyncio.run(main())


def test_a_blocked_bot_tries_nothing_and_an_unblocked_one_delivers_what_waited(tmp_path: Path) -> None:
    async def chat(sim: Simulation, emu: BotApiEmulator, clock: MovingClock) -> None:
        update = emu.user_blocks_bot(A)
        await sim.wait_processed(update["update_id"])
        assert sim.db.user_flags(A) == (False, True)
        report = await sim.dispatch()
        assert report.sent == report.blocked == 0 and not emu.errors()  # nothing tried against the block
        update = emu.user_blocks_bot(A, blocked=False)  # unblocked, without typing /start
        await sim.wait_processed(update["update_id"])
        assert sim.db.user_flags(A) == (False, False)
        report = await sim.dispatch()
        assert report.sent >= 1 and any(s.text.startswith("🔔 Nog een half jaar") for s in emu.sent_to(A))

    with_anna_certified(tmp_path, chat)
