"""End-to-end chats for personal dates: telling a date, /certificaat, /status, /uitslag, /keurmerk."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from chat import button, visible
from icalendar import Calendar

from bot import texts
from bot.dates import AMSTERDAM
from bot.deadlines import NolocCertificate, NrtoKeurmerk
from bot.delivery import replan
from bot.emulator import BotApiEmulator, html_visible_text
from bot.knowledge import KnowledgeBase
from bot.simulation import Simulation
from handlers.certificate import UITSLAG_CHOICES
from handlers.router import RESULT_ENTRIES

ALICE, BOB, GROUP = 21, 22, -600
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=AMSTERDAM)


def fixed_clock() -> datetime:
    return NOW


def new_emulator() -> BotApiEmulator:
    emu = BotApiEmulator()
    emu.add_user(ALICE, "Alice", "alice")
    emu.add_user(BOB, "Bob", "bob")
    emu.add_group(GROUP, "Intervisie Zuid", [ALICE, BOB], admins=[ALICE])
    return emu


def run(chat: Callable[[Simulation], Awaitable[None]], tmp_path: Path) -> None:
    async def main() -> None:
        async with Simulation(tmp_path / "bot.db", clock=fixed_clock, emulator=new_emulator()) as sim:
            await chat(sim)
            assert not sim.emulator.errors(), [(e.method, e.error) for e in sim.emulator.errors()]

    asyncio.run(main())




def test_told_date_is_confirmed_then_survives_a_restart(tmp_path: Path) -> None:
    async def main() -> None:
        emu = new_emulator()
        async with Simulation(tmp_path / "bot.db", clock=fixed_clock, emulator=emu) as sim:
            (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 12 maart 2027")
            assert "vrijdag 12 maart 2027" in visible(card) and "12 maart 2023" in visible(card)
            assert sim.db.noloc_certificate(ALICE) is None  # nothing stored before the button
        # the bot restarts between telling the date and confirming it
        async with Simulation(tmp_path / "bot.db", clock=fixed_clock, emulator=emu) as sim:
            replies = await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
            assert any("Opgeslagen" in visible(r) for r in replies)
        # ... and again before asking for it
        async with Simulation(tmp_path / "bot.db", clock=fixed_clock, emulator=emu) as sim:
            (answer,) = await sim.send(ALICE, "Wanneer verloopt mijn certificaat?")
            text = visible(answer)
            assert "vrijdag 12 maart 2027" in text and "nog 110 dagen" in text
            assert "indienen kan vanaf zaterdag 12 december 2026" in text
            assert "Komende deadlines" in text
            # the general rule one tap away, not the status again
            assert [label for label, _ in answer.buttons] == ["ℹ️ Waar staat mijn verloopdatum?"]
            general = await sim.tap(ALICE, answer, button(answer, "ℹ️"))
            assert "Mijn Noloc" in visible(general[-1])
            (window,) = await sim.send(ALICE, "wanneer kan ik mijn portfolio indienen")
            assert "12 december 2026" in visible(window) and button(window, "ℹ️") == "q:indienen-wanneer"
            assert not emu.errors()

    asyncio.run(main())


def test_yes_or_no_typed_to_a_card_is_its_button_when_only_one_fits(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 12 maart 2027")
        (hint,) = await sim.send(ALICE, "nee")  # the other kind of date, or cancel: the buttons say which
        assert "Tik op een van de knoppen" in visible(hint)
        assert sim.db.noloc_certificate(ALICE) is None and sim.db.dialog(ALICE) is not None
        (saved,) = await sim.send(ALICE, "Ja!")
        assert "Opgeslagen. Je certificaat verloopt op vrijdag 12 maart 2027" in visible(saved)
        assert sim.db.noloc_certificate(ALICE) is not None and sim.db.dialog(ALICE) is None
        assert sim.emulator.messages[(ALICE, card.result["message_id"])].get("reply_markup")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))  # the card's button is spent: said, and taken off
        assert sim.emulator.answered_callbacks[max(sim.emulator.answered_callbacks)]["text"] == texts.STEP_GONE
        assert not sim.emulator.messages[(ALICE, card.result["message_id"])].get("reply_markup")
        await sim.send(BOB, "/keurmerk")
        for typed in ("1-3-2025", "1-3-2027"):
            await sim.send(BOB, typed)
        await sim.send(BOB, "2025")
        (nothing,) = await sim.send(BOB, "nee")  # ✅ Ja, opslaan or ❌ Annuleren: nee is Annuleren
        assert visible(nothing) == texts.NOTHING_STORED and sim.db.nrto_keurmerk(BOB) is None

    run(chat, tmp_path)


def test_a_question_that_tells_the_date_gets_the_date_proposed(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt 14-3-2027, wanneer moet ik indienen?")
        assert "verloopt op zondag 14 maart 2027" in visible(card) and "Vertel me je datum" not in visible(card)
        replies = await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        assert any("indienen kan vanaf maandag 14 december 2026" in visible(r) for r in replies)  # the answer

    run(chat, tmp_path)


def test_question_without_stored_date_gets_faq_and_invitation(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (answer,) = await sim.send(ALICE, "wanneer verloopt mijn certificaat")
        text = visible(answer)
        assert "DNV" in text and "Vertel me je datum" in text

    run(chat, tmp_path)


def test_certification_date_derives_expiry_and_swap_and_cancel(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "ik ben op 1 februari 2023 gecertificeerd")
        assert "1 februari 2027" in visible(card)
        replies = await sim.tap(ALICE, card, button(card, "vervaldatum"))
        swapped = replies[-1]
        assert "verlopen" in visible(swapped)  # 1-2-2023 as an expiry: expired long ago, explained
        (card2,) = await sim.send(ALICE, "14-3-2027")
        assert "verloopt op zondag 14 maart 2027" in visible(card2)
        await sim.tap(ALICE, card2, button(card2, "Annuleren"))
        assert sim.db.noloc_certificate(ALICE) is None
        # the old card's button no longer works
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        assert sim.db.noloc_certificate(ALICE) is None
        assert "werkt niet meer" in str(list(sim.emulator.answered_callbacks.values())[-1].get("text"))

    run(chat, tmp_path)


def test_bad_dates_are_explained_and_store_nothing(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (ask,) = await sim.send(ALICE, "/certificaat")
        assert "Wanneer verloopt je certificaat" in visible(ask)
        # "geen idee": not knowing is no bad date; the question again, with where the date is found
        for text, says in [("31 februari", "bestaat niet"), ("geen idee", "Je vervaldatum staat op de Noloc-website"),
                           ("ergens", "geen datum"),
                           ("1 januari 2032", "meer dan 4 jaar"), ("9 uur", "geen datum")]:
            (reply,) = await sim.send(ALICE, text)
            assert says in visible(reply), text
            assert "/annuleer" in visible(reply)
        (reply,) = await sim.send(ALICE, "ik ben op 1 januari 2027 gecertificeerd")
        assert "toekomst" in visible(reply)
        (stop,) = await sim.send(ALICE, "/annuleer")
        assert "niets opgeslagen" in visible(stop)
        assert sim.db.noloc_certificate(ALICE) is None and sim.db.dialog(ALICE) is None

    run(chat, tmp_path)


def test_certificaat_with_argument_and_status(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (empty,) = await sim.send(ALICE, "/status")
        assert "ken je datums nog niet" in visible(empty)
        (card,) = await sim.send(ALICE, "/certificaat 14-3-2028")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        (status,) = await sim.send(ALICE, "/status")
        text = visible(status)
        assert "Register Jobcoach" in text and "nog 478 dagen" in text
        assert text.count("• ") == 3  # the next three deadlines
        assert "14 mrt 2027" in text and "14 dec 2027" in text and "14 mrt 2028" in text
        (again,) = await sim.send(ALICE, "/certificaat")
        assert "dinsdag 14 maart 2028" in visible(again)

    run(chat, tmp_path)


@pytest.mark.parametrize(("typed", "proposed"), [
    ("eind maart", "je certificaat verloopt op woensdag 31 maart 2027"),  # asked for the expiry: the next one
    ("1 februari", "je certificaat verloopt op maandag 1 februari 2027"),
    ("14-3-2023", "je bent (her)gecertificeerd op dinsdag 14 maart 2023"),  # a year said stands
    ("gisteren", "je bent (her)gecertificeerd op zaterdag 21 november 2026"),
])
def test_a_day_without_a_year_on_the_certificaat_step_is_the_next_expiry(
        tmp_path: Path, typed: str, proposed: str) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(ALICE, "/certificaat")
        (card,) = await sim.send(ALICE, typed)
        assert proposed in visible(card)

    run(chat, tmp_path)


def test_uitslag_submission_and_advice_paths(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (refused,) = await sim.send(ALICE, "/uitslag")
        assert "/certificaat" in visible(refused)
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 1 januari 2027")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        (menu,) = await sim.send(ALICE, "/uitslag")
        await sim.tap(ALICE, menu, button(menu, "Advies: uitgesteld"))
        edited = sim.emulator.sent[-1]  # no advice before a submission: said at once, the choices stay
        assert "indiende" in visible(edited) and "Op welke datum" not in visible(edited)
        assert sim.db.dialog(ALICE).step == "choose"  # type: ignore[union-attr]
        await sim.tap(ALICE, edited, button(edited, "ingediend"))
        today_button = button(sim.emulator.sent[-1], "Vandaag")
        replies = await sim.tap(ALICE, sim.emulator.sent[-1], today_button)
        assert any("ingediend op zondag 22 november 2026" in visible(r) for r in replies)
        (status,) = await sim.send(ALICE, "/status")
        assert "Uitslag verwacht" in visible(status)
        (menu,) = await sim.send(ALICE, "/uitslag")
        await sim.tap(ALICE, menu, button(menu, "uitgesteld"))
        (future,) = await sim.send(ALICE, "morgen")
        assert "toekomst" in visible(future)
        (saved,) = await sim.send(ALICE, "22-11-2026")
        assert "uitgesteld" in visible(saved)
        (status,) = await sim.send(ALICE, "/status")
        assert "aanvullende opdracht" in visible(status) and "22 februari 2027" in visible(status)
        (mine,) = await sim.send(ALICE, "wanneer moet mijn aanvulling binnen zijn")  # was "weet ik niet"
        assert "22 februari 2027" in visible(mine)
        (menu,) = await sim.send(ALICE, "/uitslag")
        await sim.tap(ALICE, menu, button(menu, "positief"))
        _, waiting = await sim.send(ALICE, "hoe lang is een certificaat geldig?")  # answered; the question again
        assert "Op welke datum?" in visible(waiting) and [label for label, _ in waiting.buttons] == ["Vandaag"]
        (done,) = await sim.send(ALICE, "vandaag")
        assert "Gefeliciteerd" in visible(done) and "1 januari 2031" in visible(done)

    run(chat, tmp_path)


def test_an_advice_told_before_the_submission_is_recorded_gets_the_submissions_button(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 1), date(2027, 1, 1)), NOW)
        *_, first = await sim.send(ALICE, "ik heb een uitgesteld advies gekregen")
        assert "Leg eerst vast wanneer je je portfolio indiende" in visible(first)  # was the words alone, to type
        (asked,) = [s for s in await sim.tap(ALICE, first, button(first, "Portfolio ingediend"))
                    if s.method == "sendMessage"]
        assert "Portfolio ingediend. Op welke datum?" in visible(asked)
        (unknown,) = await sim.send(ALICE, "weet ik niet meer")  # was "Ik wacht nog op je antwoord"
        assert "Zoek hem op in je mail" in visible(unknown) and "Op welke datum?" in visible(unknown)
        # the advice told again where the day is asked: no date, but another step (was "Ik zie geen datum")
        (aside,) = await sim.send(ALICE, "ik heb een uitgesteld advies")
        assert "andere stap: ⏸ Advies: uitgesteld" in visible(aside) and "Op welke datum?" in visible(aside)
        assert [label for label, _ in aside.buttons] == ["Vandaag"] and "geen datum" not in visible(aside)
        # with its own day, in words with no "ik": still the other step's day (was saved as the submission's)
        (aside,) = await sim.send(ALICE, "op 3 november een uitgesteld advies gekregen")
        assert "andere stap: ⏸ Advies: uitgesteld" in visible(aside) and "Op welke datum?" in visible(aside)
        assert sim.db.noloc_certificate(ALICE).submitted_on is None  # type: ignore[union-attr]
        offer, kept = await sim.send(ALICE, "1 november")
        assert "Opgeslagen: portfolio ingediend op zondag 1 november 2026" in visible(offer)
        assert sim.db.noloc_certificate(ALICE).submitted_on == date(2026, 11, 1)  # type: ignore[union-attr]
        # the advice told first is taken up now (was gone: to be told again)
        assert visible(kept) == "Je vertelde ook: ⏸ Advies: uitgesteld. Op welke datum? Typ hem, of kies Vandaag."
        (saved,) = await sim.send(ALICE, "3 november")
        assert "Opgeslagen: advies uitgesteld op dinsdag 3 november 2026" in visible(saved)
        stored = sim.db.noloc_certificate(ALICE)
        assert stored is not None and (stored.advice, stored.advice_on) == ("uitgesteld", date(2026, 11, 3))

    run(chat, tmp_path)


def test_a_result_told_without_which_gets_the_choices_to_record_it(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (general,) = await sim.send(ALICE, "ik heb de uitslag binnen")  # no dates: what follows a submission
        assert "6 tot 8 weken" in visible(general)
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 1), date(2027, 1, 1),
                                                              submitted_on=date(2026, 10, 1)), NOW)
        # was the FAQ on what follows a submission, with nothing to tap
        (which,) = await sim.send(ALICE, "ik heb de uitslag binnen")
        assert visible(which) == html_visible_text(texts.RESULT_WHICH)
        assert [label for label, _ in which.buttons] == [label for _, label in UITSLAG_CHOICES]
        (asked,) = [s for s in await sim.tap(ALICE, which, button(which, "positief"))
                    if s.method != "answerCallbackQuery"]
        assert "✅ Advies: positief. Op welke datum?" in visible(asked)

    run(chat, tmp_path)


def test_an_advice_told_with_its_day_before_the_submission_is_offered_with_that_day(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 1), date(2027, 1, 1)), NOW)
        *_, first = await sim.send(ALICE, "ik heb op 10 november een uitgesteld advies gekregen")
        await sim.tap(ALICE, first, button(first, "Portfolio ingediend"))
        _, kept = await sim.send(ALICE, "1 november")
        assert visible(kept) == ("Je vertelde ook dit. Wil je het vastleggen?\n"
                                 "⏸ Advies: uitgesteld op dinsdag 10 november 2026")
        await sim.tap(ALICE, kept, button(kept, "Ja, vastleggen"))
        stored = sim.db.noloc_certificate(ALICE)
        assert stored is not None and (stored.submitted_on, stored.advice_on) == (date(2026, 11, 1),
                                                                                  date(2026, 11, 10))
        # a button's data that is no date (a forged one) is not taken: the day is asked
        sim.db.save_noloc_certificate(BOB, NolocCertificate(date(2023, 1, 1), date(2027, 1, 1)), NOW)
        *_, first = await sim.send(BOB, "ik heb een uitgesteld advies gekregen")
        await sim.tap(BOB, first, "res:first:uitgesteld:2026-99-99")
        _, kept = await sim.send(BOB, "1 november")
        assert visible(kept).startswith("Je vertelde ook: ⏸ Advies: uitgesteld. Op welke datum?")
        assert not sim.emulator.errors()

    run(chat, tmp_path)


def test_a_submission_or_advice_told_in_a_sentence_is_offered_for_uitslag(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # no date stored: what follows a submission, and how to keep track of it (were suggestions)
        for told in ("ik heb mijn portfolio vandaag ingediend", "ik heb mijn portfolio ingediend op 1 november"):
            (general,) = await sim.send(ALICE, told)
            assert "6 tot 8 weken" in visible(general) and "Leg eerst je certificaatdatum vast" in visible(general)
            assert "Wil je dit vastleggen" not in visible(general) and sim.db.dialog(ALICE) is None
        (passed,) = await sim.send(ALICE, "ik heb bericht gekregen dat ik geslaagd ben")  # was "weet ik niet"
        assert "Gefeliciteerd! Leg je nieuwe vervaldatum vast met /certificaat" in visible(passed)
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 1 januari 2027")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        *_, early = await sim.send(ALICE, "ik heb mijn portfolio op 1-6-2026 ingediend")  # before the window opened
        assert "Indienen kan pas vanaf" in visible(early) and sim.db.dialog(ALICE) is None
        assert texts.EXPIRY_WRONG in visible(early)  # told as done: the stored date may be wrong (was not said)
        # an advice before any submission is recorded: said at once, as its /uitslag button does (its day was asked
        # first, and only then refused)
        *_, first = await sim.send(ALICE, "ik heb een uitgesteld advies gekregen")
        assert "Leg eerst vast wanneer je je portfolio indiende" in visible(first) and sim.db.dialog(ALICE) is None
        *_, offer = await sim.send(ALICE, "ik heb mijn portfolio gisteren ingediend")  # was: suggestions only
        assert "Portfolio ingediend op zaterdag 21 november 2026" in visible(offer)
        assert sim.db.noloc_certificate(ALICE).submitted_on is None  # type: ignore[union-attr]  # nothing before yes
        await sim.tap(ALICE, offer, button(offer, "Ja, vastleggen"))
        assert sim.db.noloc_certificate(ALICE).submitted_on == date(2026, 11, 21)  # type: ignore[union-attr]
        *answer, asked = await sim.send(ALICE, "ik heb een uitgesteld advies gekregen, wat nu")  # no day said
        assert "3 maanden" in visible(answer[0]) and "Op welke datum?" in visible(asked)
        (saved,) = await sim.send(ALICE, "vandaag")
        assert "Opgeslagen: advies uitgesteld op zondag 22 november 2026" in visible(saved)
        *_, offer = await sim.send(ALICE, "ik heb gisteren een positief advies gekregen")
        assert "Advies: positief op zaterdag 21 november 2026" in visible(offer)
        (no,) = await sim.send(ALICE, "nee")  # typed: its "Nee" button
        assert visible(no) == texts.NOTHING_STORED and sim.db.noloc_certificate(ALICE).advice == "uitgesteld"  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_a_submission_told_as_just_done_is_offered_for_today(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        for user in (ALICE, BOB):
            sim.db.save_noloc_certificate(user, NolocCertificate(date(2023, 1, 1), date(2027, 1, 1)), NOW)
        *_, offer = await sim.send(ALICE, "ik heb net mijn portfolio ingediend")  # was: "Op welke datum?"
        assert "Portfolio ingediend op zondag 22 november 2026" in visible(offer)
        await sim.tap(ALICE, offer, button(offer, "Ja, vastleggen"))
        assert sim.db.noloc_certificate(ALICE).submitted_on == date(2026, 11, 22)  # type: ignore[union-attr]
        # told with a question after it: the FAQ's answer, then the day told offered (was the status alone, and
        # the submission not taken up)
        *answer, told = await sim.send(BOB, "ik heb mijn portfolio vorige week ingediend, wanneer hoor ik iets")
        assert answer and "controleert DNV eerst je PE-punten" in visible(answer[0])
        assert "Portfolio ingediend op" in visible(told)
        *_, bare = await sim.send(BOB, "ik heb op 1 oktober ingediend")  # nothing named: the portfolio
        assert "Portfolio ingediend op donderdag 1 oktober 2026" in visible(bare)

    run(chat, tmp_path)


def test_a_date_told_again_keeps_the_submission_and_a_new_one_says_what_it_replaces(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 1 januari 2027")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        (menu,) = await sim.send(ALICE, "/uitslag")
        await sim.tap(ALICE, menu, button(menu, "ingediend"))
        await sim.send(ALICE, "vandaag")
        (same,) = await sim.send(ALICE, "1-1-2027")  # told again: nothing to confirm, the submission stays
        assert "al zo opgeslagen" in visible(same) and not [b for b in same.buttons if "Ja" in b[0]]
        await sim.send(ALICE, "/certificaat")
        (again,) = await sim.send(ALICE, "1 januari 2027")
        assert "al zo opgeslagen" in visible(again) and sim.db.dialog(ALICE) is None
        assert sim.db.noloc_certificate(ALICE).submitted_on == date(2026, 11, 22)  # type: ignore[union-attr]
        (other,) = await sim.send(ALICE, "mijn certificaat verloopt op 15 januari 2027")
        assert "Nu opgeslagen: verloopt op vrijdag 1 januari 2027" in visible(other)
        assert "het indienen hoort bij die datum en vervalt" in visible(other)
        await sim.tap(ALICE, other, button(other, "Ja, opslaan"))
        stored = sim.db.noloc_certificate(ALICE)
        assert stored is not None and (stored.expires_on, stored.submitted_on) == (date(2027, 1, 15), None)

    run(chat, tmp_path)


def test_uitslag_says_at_once_when_the_window_is_not_open(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 14 maart 2027")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        (said,) = await sim.send(ALICE, "/uitslag")  # nothing could be recorded yet: said, without the four buttons
        assert "Indienen kan pas vanaf maandag 14 december 2026" in visible(said) and not said.buttons
        assert visible(said).count("/certificaat") == 1 and sim.db.dialog(ALICE) is None
        # a menu shown while the window was open, tapped after the date moved on: said under it
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 14), date(2027, 1, 14)), NOW)
        (menu,) = await sim.send(ALICE, "/uitslag")
        assert len(menu.buttons) == 4
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 3, 14), date(2027, 3, 14)), NOW)
        await sim.tap(ALICE, menu, button(menu, "ingediend"))
        edited = sim.emulator.sent[-1]
        assert "Indienen kan pas vanaf maandag 14 december 2026 (3 maanden voor je vervaldatum)" in visible(edited)
        errors_before = len(sim.emulator.errors())
        await sim.tap(ALICE, edited, button(edited, "ingediend"))  # again: still said, and Telegram takes the edit
        assert "Indienen kan pas vanaf" in visible(sim.emulator.sent[-1])
        assert len(sim.emulator.errors()) == errors_before
        assert sim.db.noloc_certificate(ALICE).submitted_on is None  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_a_remark_about_the_certificate_without_a_date_is_a_question(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (answer,) = await sim.send(ALICE, "mijn certificaat verloopt binnenkort, wat moet ik doen")
        assert "geen datum" not in visible(answer) and "Bron:" in visible(answer)
        (card,) = await sim.send(ALICE, "mijn certificering loopt tot 1-4-2027")
        assert "verloopt op donderdag 1 april 2027" in visible(card)

    run(chat, tmp_path)


def test_a_yes_or_no_about_my_certificate_now_gets_my_dates_or_a_certificate_answer(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # the nearest FAQ wording is a Blik op Werk entry's ("... verloopt binnenkort"): never for the certificate
        (general,) = await sim.send(ALICE, "verloopt mijn certificaat binnenkort")
        assert "Blik op Werk" not in visible(general) and "Mijn Noloc" in visible(general)
        assert texts.CERT_INVITE.replace("<i>", "").replace("</i>", "") in visible(general)
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 1 maart 2027")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        # "… is verlopen" told with no date: the stored date answers it (was the FAQ's validity, outright)
        for asked in ("is mijn certificaat nog geldig", "verloopt mijn certificaat binnenkort",
                      "mijn certificaat is verlopen", "mijn certificaat is verlopen, wat nu?",
                      "ik wil alvast indienen"):  # the last two were the FAQ's validity and suggestions
            (mine,) = await sim.send(ALICE, asked)
            assert "Geldig tot maandag 1 maart 2027, nog 99 dagen" in visible(mine), asked
            assert not any("Blik op Werk" in label for label, _ in mine.buttons), asked

    run(chat, tmp_path)


def test_no_to_changing_the_stored_date_keeps_it_and_yes_asks_the_new_one(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 1 maart 2027")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        for no in ("nee", "nee toch niet"):  # were "Ik zie geen datum in je bericht"
            await sim.send(ALICE, "/certificaat")
            (kept,) = await sim.send(ALICE, no)
            assert visible(kept) == "Oké, je vervaldatum blijft maandag 1 maart 2027.", no
            assert sim.db.dialog(ALICE) is None
        await sim.send(ALICE, "/certificaat")
        (asked,) = await sim.send(ALICE, "ja")
        assert visible(asked).startswith(texts.CERT_NEW_ASK)
        (card,) = await sim.send(ALICE, "1 juni 2027")
        assert "Nu opgeslagen: verloopt op maandag 1 maart 2027; dat vervang ik." in visible(card)
        await sim.send(BOB, "/certificaat")  # nothing stored: a "nee" is no date, asked again
        (again,) = await sim.send(BOB, "nee")
        assert visible(again).startswith("Ik zie geen datum") and sim.db.dialog(BOB) is not None

    run(chat, tmp_path)


def test_the_next_deadline_asked_heads_the_status_with_the_earliest_of_all(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        clock = sim.services.clock()
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), clock)
        (one,) = await sim.send(ALICE, "wat is mijn eerstvolgende deadline")
        assert visible(one).startswith("⏭ Eerstvolgende deadline: 1 mrt 2027 (over 99 dagen): Indienvenster")
        sim.db.save_nrto_keurmerk(ALICE, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), clock)
        (both,) = await sim.send(ALICE, "wanneer is mijn volgende deadline?")  # the NRTO's, though shown second
        assert visible(both).startswith("⏭ Eerstvolgende deadline: 31 dec 2026 (over 39 dagen): Zelfevaluatie")
        assert "Register Jobcoach" in visible(both) and "NRTO-keurmerk" in visible(both)
        (status,) = await sim.send(ALICE, "/status")  # not asked: no line above
        assert not visible(status).startswith("⏭")

    run(chat, tmp_path)


def test_an_expired_certificate_saved_says_it_has_expired(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "ik ben op 14-3-2022 gecertificeerd")
        saved = " ".join(visible(r) for r in await sim.tap(ALICE, card, button(card, "Ja, opslaan")))
        assert "Je certificaat is verlopen op zaterdag 14 maart 2026." in saved and "nog -" not in saved
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 23-11-2026")
        last_day = " ".join(visible(r) for r in await sim.tap(ALICE, card, button(card, "Ja, opslaan")))
        assert "(nog 1 dag)" in last_day

    run(chat, tmp_path)


def test_a_general_question_asked_with_the_date_is_answered_too(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        answer, asked = await sim.send(ALICE, "ik ben in 2022 gecertificeerd, hoeveel jaar blijft dat geldig")
        assert "4 jaar geldig" in visible(answer)
        assert "Op welke dag in 2022 ben je (her)gecertificeerd?" in visible(asked)
        await sim.send(ALICE, "/annuleer")
        # my own question, with the day still asked: the general rule answers it (was the wrong entry, and the
        # date a made-up 22 May)
        rule, day = await sim.send(ALICE, "mijn certificaat verloopt over een half jaar, kan ik mijn portfolio nu al "
                                          "inleveren")
        assert "vanaf drie maanden voor het verlopen" in visible(rule)
        assert "Op welke dag in mei 2027 verloopt je certificaat?" in visible(day)
        await sim.send(ALICE, "/annuleer")
        *_, past = await sim.send(ALICE, "mijn certificaat is vorige maand verlopen")  # was "verloopt", as if ahead
        assert "Op welke dag in oktober 2026 verliep je certificaat?" in visible(past)
        (typo,) = await sim.send(ALICE, "de 40e")  # asked again in the same tense
        assert "Op welke dag in oktober 2026 verliep je certificaat?" in visible(typo)
        await sim.send(ALICE, "/annuleer")
        answer, card = await sim.send(ALICE, "mijn certificaat verloopt op 1-3-2027; hoe lang is het geldig?")
        assert "4 jaar geldig" in visible(answer) and "Klopt dat?" in visible(card)
        await sim.tap(ALICE, card, button(card, "Annuleren"))
        # my own deadline: the dates answer it once confirmed, so only the card
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 1-3-2027, wanneer moet ik indienen?")
        assert "Klopt dat?" in visible(card)

    run(chat, tmp_path)


def test_my_own_question_without_dates_gets_its_own_sources_answer_or_suggestions(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # unsure which entry: that source's suggestions, no longer the validity entry as if it were the answer
        # a year in words is read with the chat's today, 2026 (was the case of a keurmerk ending in 2019)
        (case,) = await sim.send(ALICE, "wat moeten we doen als ons blik op werk keurmerk volgend jaar afloopt")
        assert "na 31 december 2019" in visible(case).splitlines()[0]
        # the improvement deadline: the source's rule outright (were suggestions with it first)
        (rule,) = await sim.send(ALICE, "wanneer moeten we onze verbeteringen aantonen")
        assert "3 maanden" in visible(rule) and "NRTO-keurmerk geldig" not in visible(rule)
        assert texts.KEURMERK_INVITE in rule.text
        # a step's day: that step's entry, as when asked of no one ("wanneer moet de zelfevaluatie af")
        (step,) = await sim.send(ALICE, "wanneer moet onze zelfevaluatie klaar zijn")
        assert "In elk jaar zonder gecombineerde audit doe je de zelfevaluatie" in visible(step)
        assert texts.KEURMERK_INVITE in step.text
        (validity,) = await sim.send(ALICE, "wanneer verloopt ons keurmerk")  # about validity: that entry
        assert "Het NRTO-keurmerk is 4 jaar geldig" in visible(validity)
        (other,) = await sim.send(ALICE, "hoe lang is mijn rijbewijs geldig")  # not the certificate at all
        assert "weet ik helaas niet" in visible(other) and "Mijn Noloc" not in visible(other)
        assert texts.CERT_INVITE not in other.text

    run(chat, tmp_path)


def test_a_question_about_one_scheme_shows_that_schemes_dates_only(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        sim.db.save_nrto_keurmerk(ALICE, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (nrto,) = await sim.send(ALICE, "hoe lang blijft ons nrto keurmerk geldig")
        assert "NRTO-keurmerk" in visible(nrto) and "Register Jobcoach" not in visible(nrto)
        (noloc,) = await sim.send(ALICE, "wanneer mag ik mijn portfolio indienen")
        assert "Register Jobcoach" in visible(noloc) and "NRTO-keurmerk" not in visible(noloc)
        (both,) = await sim.send(ALICE, "hoe sta ik ervoor")
        assert "Register Jobcoach" in visible(both) and "NRTO-keurmerk" in visible(both)
        (duration,) = await sim.send(ALICE, "hoe lang duurt de beoordeling van mijn portfolio")  # the FAQ's 6-8 weeks
        assert "6 tot 8 weken" in visible(duration) and "Register Jobcoach" not in visible(duration)

    run(chat, tmp_path)


def test_a_date_alone_under_another_card_is_not_a_new_certificate_date(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt op 14-1-2027")  # the submission window open
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        (choices,) = await sim.send(ALICE, "/uitslag")
        assert len(choices.buttons) == 4
        (pointed,) = await sim.send(ALICE, "vandaag")  # was proposed as certified today, replacing 14-1-2027
        assert visible(pointed) == texts.USE_BUTTONS
        assert sim.db.dialog(ALICE).name == "uitslag"  # type: ignore[union-attr]
        await sim.send(ALICE, "/annuleer")
        (told,) = await sim.send(ALICE, "ik ben op 1-3-2023 gecertificeerd")  # a date said to be one: a new card
        assert "Klopt dat?" in visible(told)
        (corrected,) = await sim.send(ALICE, "2-3-2023")  # under the certificate's own card: a correction
        assert "(her)gecertificeerd op donderdag 2 maart 2023" in visible(corrected)
        assert sim.db.noloc_certificate(ALICE).expires_on == date(2027, 1, 14)  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_a_month_told_without_its_day_waits_for_the_day(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (asked,) = await sim.send(ALICE, "ik heb mijn certificaat in maart 2023 gehaald")
        assert "Op welke dag in maart 2023 ben je (her)gecertificeerd?" in visible(asked)  # what the day is of
        (card,) = await sim.send(ALICE, "14")  # the day of the month asked about, not a stray number
        assert "(her)gecertificeerd op dinsdag 14 maart 2023" in visible(card)
        await sim.tap(ALICE, card, button(card, "Annuleren"))
        await sim.send(ALICE, "mijn certificaat is in maart verlopen")
        (expired,) = await sim.send(ALICE, "de 14e")  # the sentence said expiry: the day is read as one
        assert "verloopt op zaterdag 14 maart 2026" in visible(expired)
        await sim.tap(ALICE, expired, button(expired, "Annuleren"))
        await sim.send(ALICE, "ik ben in 2023 gecertificeerd")
        (again,) = await sim.send(ALICE, "hoi")  # the day asked again, not /certificaat's first question
        assert "Op welke dag in 2023 ben je (her)gecertificeerd?" in visible(again)
        assert "Wanneer verloopt" not in visible(again)
        (wrong,) = await sim.send(ALICE, "blabla")  # what was wrong, and the day still asked
        assert "Ik zie geen datum" in visible(wrong) and "Op welke dag in 2023 ben je" in visible(wrong)
        (year,) = await sim.send(ALICE, "14 maart")  # a year was asked about: "14 maart" is in that year
        assert "(her)gecertificeerd op dinsdag 14 maart 2023" in visible(year)
        assert sim.db.noloc_certificate(ALICE) is None  # nothing stored before a tap

    run(chat, tmp_path)


def test_time_left_without_a_scheme_answers_with_the_one_held(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (unknown,) = await sim.send(BOB, "hoeveel dagen heb ik nog?")
        assert "Ik ken je datums nog niet" in visible(unknown) and "/keurmerk" in visible(unknown)
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), sim.services.clock())
        (nrto,) = await sim.send(BOB, "hoe lang heb ik nog")
        assert "NRTO-keurmerk" in visible(nrto) and "Geldig tot woensdag 1 maart 2028" in visible(nrto)
        assert "Register Jobcoach" not in visible(nrto)
        (now,) = await sim.send(BOB, "Wat moet ik nu doen?")
        assert "Geldig tot woensdag 1 maart 2028" in visible(now)
        (thanked,) = await sim.send(BOB, "top, dank je! wat moet ik nu doen")  # was three unrelated suggestions
        assert visible(thanked) == visible(now)
        for asked in ("wanneer is de volgende audit", "wanneer is mijn volgende deadline?",
                      "wat moeten we dit jaar doen", "wat zijn mijn deadlines", "status",
                      "moeten we dit jaar een audit",  # a question about this year: mine, not the FAQ's steps
                      "moeten we in 2028 een audit"):  # a year named too (was three suggestions)
            (mine,) = await sim.send(BOB, asked)  # an NRTO member's own schedule, not the FAQ or the certificate
            assert "Volgende gecombineerde audit: 2028" in visible(mine), asked
        (question,) = await sim.send(BOB, "moeten we dit jaar een audit")  # a question, not an NRTO date told
        assert visible(question) != texts.KEURMERK_TOLD.replace("<i>", "").replace("</i>", "")
        assert "/keurmerk" not in visible(question)

    run(chat, tmp_path)


def test_an_nrto_date_told_in_a_sentence_points_to_keurmerk_and_stores_nothing(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (told,) = await sim.send(BOB, "ons keurmerk verloopt op 31-12-2027")  # was proposed as Bob's certificate
        # the keurmerk's own questions, with the day gained worked out (was a pointer to /keurmerk)
        assert "NRTO-keurmerk op zondag 31 december 2023" in visible(told)
        dialog = sim.db.dialog(BOB)
        assert dialog is not None and (dialog.name, dialog.step) == ("keurmerk", "bow")
        assert sim.db.noloc_certificate(BOB) is None and sim.db.nrto_keurmerk(BOB) is None
        await sim.send(BOB, "/certificaat")
        (again,) = await sim.send(BOB, "ons keurmerk verloopt op 31-12-2027")  # on the certificate's date step
        assert "/keurmerk" in visible(again) and "Stoppen? Typ /annuleer." in visible(again)
        assert sim.db.dialog(BOB).step == "date"  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_the_day_the_keurmerk_was_gained_told_in_a_sentence_starts_keurmerk(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (which,) = await sim.send(BOB, "wij hebben sinds maart 2024 het nrto keurmerk")  # was a pointer to /keurmerk
        assert "Op welke dag in maart 2024 behaalde je organisatie het NRTO-keurmerk?" in visible(which)
        (ask_bow,) = await sim.send(BOB, "1 maart")  # the month said again: still 2024 (was 1 maart 2026)
        assert "behaald op vrijdag 1 maart 2024" in visible(ask_bow) and sim.db.dialog(BOB).step == "bow"  # type: ignore[union-attr]
        await sim.send(BOB, "31-12-2027")
        (card,) = await sim.send(BOB, "vorig jaar")  # the audit's year in words (was "Typ een jaartal")
        assert "Laatste gecombineerde audit: 2025." in visible(card) and "Klopt dit?" in visible(card)
        sim.db.save_nrto_keurmerk(ALICE, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (same,) = await sim.send(ALICE, "we hebben het keurmerk op 1 maart 2024 behaald")
        assert "al zo opgeslagen" in visible(same)
        (card,) = await sim.send(ALICE, "we hebben het keurmerk op 1 maart 2023 behaald")  # changed: the card
        assert "behaald op woensdag 1 maart 2023" in visible(card) and "Klopt dit?" in visible(card)
        assert sim.db.nrto_keurmerk(ALICE).keurmerk_on == date(2024, 3, 1)  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_a_personal_question_with_typos_gets_the_users_own_dates(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        (mine,) = await sim.send(ALICE, "wnr verlooopt mn certifcaat")
        assert "Geldig tot dinsdag 1 juni 2027" in visible(mine)
        (points,) = await sim.send(ALICE, "hoeveel punte heb ik nog nodig")
        assert "0 van 75" in visible(points)
        for asked in ("wat is mijn vervaldatum", "ik weet mijn vervaldatum niet"):  # were suggestions
            (end,) = await sim.send(ALICE, asked)
            assert "Geldig tot dinsdag 1 juni 2027" in visible(end), asked

    run(chat, tmp_path)


def test_may_i_submit_after_what_was_told_gets_my_window_and_the_rule_one_tap_away(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        # was the FAQ on what a PE point is
        (mine,) = await sim.send(ALICE, "ik heb 75 punten, kan ik indienen?")
        assert "indienen kan vanaf maandag 1 maart 2027" in visible(mine)
        assert button(mine, "ℹ️") == "q:indienen-wanneer"  # the rule the question asks, not the points told
        (how,) = await sim.send(ALICE, "kan ik ook online indienen?")  # how, not when: the FAQ as to anyone
        assert "1 maart 2027" not in visible(how)

    run(chat, tmp_path)


def test_an_expiry_told_with_only_its_year_asks_the_day_not_the_faq(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (which,) = await sim.send(ALICE, "ik ben jobcoach en mijn certificaat loopt volgend jaar af")
        assert "Op welke dag in 2027 verloopt je certificaat?" in visible(which)
        (month,) = await sim.send(ALICE, "in juni")
        assert "Op welke dag in juni 2027 verloopt je certificaat?" in visible(month)
        (card,) = await sim.send(ALICE, "15")
        assert "je certificaat verloopt op dinsdag 15 juni 2027" in visible(card)
        (asked,) = await sim.send(ALICE, "verloopt mijn certificaat volgend jaar?")  # asked, not told: answered
        assert "Op welke dag" not in visible(asked)

    run(chat, tmp_path)


def test_a_date_told_with_typos_is_proposed(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "mijn certifcaat verlooopt op 1 juni 2027")
        assert "je certificaat verloopt op dinsdag 1 juni 2027" in visible(card) and "Klopt dat?" in visible(card)

    run(chat, tmp_path)


def test_when_the_result_comes_is_answered_with_ones_own_after_submitting(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 15), date(2027, 1, 15)), NOW)
        (general,) = await sim.send(ALICE, "wanneer hoor ik iets?")  # nothing submitted: the FAQ's weeks
        assert "6 tot 8 weken" in visible(general) and "Bron:" in visible(general)
        (waiting,) = await sim.send(ALICE, "ik heb nog niets gehoord van dnv")  # was "weet ik niet"
        assert visible(waiting) == visible(general)
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 15), date(2027, 1, 15),
                                                              submitted_on=date(2026, 11, 20)), NOW)
        for asked in ("we hebben nog geen uitslag ontvangen",  # was which advice to record
                      "hoe lang moet ik nog wachten", "wanneer hoor ik iets?"):  # were the FAQ's general weeks
            (mine,) = await sim.send(ALICE, asked)
            assert "De uitslag komt meestal tussen vrijdag 1 januari 2027 en vrijdag 15 januari 2027" in visible(mine)
        assert button(mine, "ℹ️") == "q:proces-na-indienen"  # the general answer one tap away

    run(chat, tmp_path)


def test_uitslag_takes_its_step_and_date_on_the_command_line(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 1), date(2027, 1, 1)), NOW)
        (offer,) = await sim.send(ALICE, "/uitslag ingediend 20-11-2026")
        assert "Portfolio ingediend op vrijdag 20 november 2026" in visible(offer)
        assert sim.db.noloc_certificate(ALICE).submitted_on is None  # type: ignore[union-attr]  # not before yes
        await sim.tap(ALICE, offer, button(offer, "Ja, vastleggen"))
        assert sim.db.noloc_certificate(ALICE).submitted_on == date(2026, 11, 20)  # type: ignore[union-attr]
        (ask,) = await sim.send(ALICE, "/uitslag uitgesteld")  # no date: asked, as after a tap
        assert "Advies: uitgesteld. Op welke datum?" in visible(ask)
        await sim.send(ALICE, "/annuleer")
        (choices,) = await sim.send(ALICE, "/uitslag iets anders")  # nothing named: the four choices
        assert len(choices.buttons) == 4

    run(chat, tmp_path)


def test_keurmerk_takes_its_first_date_on_the_command_line(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (ask_bow,) = await sim.send(BOB, "/keurmerk 1 maart 2025")
        assert "behaald op zaterdag 1 maart 2025" in visible(ask_bow) and "Blik op Werk" in visible(ask_bow)
        assert sim.db.dialog(BOB).step == "bow"  # type: ignore[union-attr]
        *_, future = await sim.send(BOB, "/keurmerk 1 maart 2030")  # wrong: said, and the date is asked again
        assert "toekomst" in visible(future) and sim.db.dialog(BOB).step == "keurmerk_on"  # type: ignore[union-attr]
        assert sim.db.nrto_keurmerk(BOB) is None

    run(chat, tmp_path)


def test_keurmerk_reads_a_day_alone_in_the_month_or_year_it_asked_about(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(BOB, "/keurmerk")
        (which,) = await sim.send(BOB, "vorig jaar")
        assert "Op welke dag in 2025 behaalde je organisatie het NRTO-keurmerk?" in visible(which)
        (again,) = await sim.send(BOB, "hallo")  # the day asked again, not the first question
        assert "Op welke dag in 2025 behaalde" in visible(again)
        (month,) = await sim.send(BOB, "15")  # was "Ik zie geen datum"
        assert "Welke maand bedoel je?" in visible(month)
        (day,) = await sim.send(BOB, "maart")  # read in 2025, as asked
        assert "Op welke dag in maart 2025 behaalde" in visible(day)
        (ask_bow,) = await sim.send(BOB, "1")  # the first of that March: before, no date at all
        assert "behaald op zaterdag 1 maart 2025" in visible(ask_bow)
        await sim.send(BOB, "december 2027")
        (years,) = await sim.send(BOB, "31")
        assert "In welk jaar" in visible(years)
        assert sim.db.dialog(BOB).data == {"keurmerk_on": "2025-03-01", "bow": "2027-12-31"}  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_keurmerk_flow_and_nrto_status(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (ask,) = await sim.send(BOB, "/keurmerk")
        assert "NRTO-keurmerk" in visible(ask)
        (bad,) = await sim.send(BOB, "1 maart 2030")
        assert "toekomst" in visible(bad)
        (ask_bow,) = await sim.send(BOB, "1 maart 2025")
        assert "Blik op Werk" in visible(ask_bow)
        (which,) = await sim.send(BOB, "2027")  # a year alone: which day is asked
        assert "Op welke dag in 2027?" in visible(which)
        (ask_year,) = await sim.send(BOB, "eind 2027")
        assert [label for label, _ in ask_year.buttons] == ["2025", "2026"]
        assert sim.db.dialog(BOB).data["bow"] == "2027-12-31"  # type: ignore[union-attr]
        dropped, _ = await sim.send(BOB, "/keurmerk")  # start again: the rest of the flow as before
        assert "niets van opgeslagen" in visible(dropped)
        await sim.send(BOB, "1 maart 2025")
        (ask_year,) = await sim.send(BOB, "1-3-2027")
        assert [label for label, _ in ask_year.buttons] == ["2025", "2026"]
        await sim.tap(BOB, ask_year, button(ask_year, "2025"))
        confirm = sim.emulator.sent[-1]
        assert "Laatste gecombineerde audit: 2025" in visible(confirm)
        assert sim.db.nrto_keurmerk(BOB) is None
        said = [visible(m) for m in await sim.tap(BOB, confirm, button(confirm, "Ja, opslaan")) if m.text]
        # what holds and what is due first, as a saved certificate says (was only "Je deadlines staan in /status")
        assert said == ["Opgeslagen. Je NRTO-keurmerk is geldig tot donderdag 1 maart 2029.\n"
                         "➡️ Eerst: 31 dec 2026 (over 39 dagen): Zelfevaluatie en kwaliteitsverklaring\n"
                         "Al je deadlines staan in /status."]
        (status,) = await sim.send(BOB, "/status")
        text = visible(status)
        assert "donderdag 31 december 2026" in text and "Volgende gecombineerde audit: 2029" in text
        assert "zelfevaluatie doen (zelf bewaren, niet opsturen)" in text  # only the statement goes to the NRTO
        assert "Register Jobcoach" not in text
        (answer,) = await sim.send(BOB, "wanneer moet onze zelfevaluatie binnen zijn?")
        assert "31 december 2026" in visible(answer)
        (kept,) = await sim.send(BOB, "hoe lang moeten we de zelfevaluatie bewaren")  # was this status again
        assert "de auditor bespreekt ze met je bij de volgende audit" in visible(kept) and "Bron:" in visible(kept)
        (menu,) = await sim.send(BOB, "/keurmerk")
        asked = await sim.tap(BOB, menu, button(menu, "niet voldaan"))
        assert any("Je hebt daarna 3 maanden om verbeteringen aan te tonen" in visible(m) for m in asked)
        (saved,) = await sim.send(BOB, "15 november 2026")
        assert "maandag 15 februari 2027" in visible(saved)
        (card,) = await sim.send(BOB, "14-3-2027")  # Bob holds both schemes
        await sim.tap(BOB, card, button(card, "Ja, opslaan"))
        (status,) = await sim.send(BOB, "/status")
        assert "Verbeteringen aantonen" in visible(status) and "Register Jobcoach" in visible(status)
        (menu,) = await sim.send(BOB, "/keurmerk")  # a new Blik op Werk date: the failed audit stays
        await sim.tap(BOB, menu, button(menu, "wijzigen"))
        for typed in ("1 maart 2025", "1-3-2028", "2025"):
            await sim.send(BOB, typed)
        confirm = sim.emulator.sent[-1]
        assert "De audit van zondag 15 november 2026 (niet voldaan) blijft staan." in visible(confirm)
        await sim.tap(BOB, confirm, button(confirm, "Ja, opslaan"))
        stored = sim.db.nrto_keurmerk(BOB)
        assert stored is not None and (stored.bow_valid_until, stored.noncompliant_on) == (
            date(2028, 3, 1), date(2026, 11, 15))

    run(chat, tmp_path)


def test_personal_commands_in_a_group_point_to_private_chat(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (card,) = await sim.send(ALICE, "14-3-2027")
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        for command in ("/status", "/certificaat", "/uitslag", "/keurmerk"):
            (reply,) = await sim.send(ALICE, command, chat_id=GROUP)
            assert "privéchat" in visible(reply) and "2027" not in visible(reply)
            assert reply.buttons[0][1] == f"https://t.me/recertbot?start={command[1:]}"
        (opened,) = await sim.send(ALICE, "/start status")  # what the deep link sends in private
        assert "nog 112 dagen" in visible(opened)

    run(chat, tmp_path)


def test_dates_waiting_for_their_ja_are_shown_again_not_asked_for(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # a certificate date told, its card not yet tapped: /status and "my date?" show the card again
        await sim.send(ALICE, "mijn certificaat verloopt op 12 maart 2027")
        (again,) = await sim.send(ALICE, "/status")
        assert "nog niet opgeslagen" in visible(again) and "vrijdag 12 maart 2027" in visible(again)
        assert "Ik ken je datums nog niet" not in visible(again)
        (asked,) = await sim.send(ALICE, "wanneer verloopt mijn certificaat?")
        assert "nog niet opgeslagen" in visible(asked) and "Vertel me je datum" not in visible(asked)
        await sim.tap(ALICE, asked, button(asked, "Ja, opslaan"))  # the card shown again saves as the first would
        assert sim.db.noloc_certificate(ALICE) is not None
        # the NRTO dates all entered, the confirmation not yet tapped
        await sim.send(BOB, "/keurmerk 1 maart 2025")
        (ask_year,) = await sim.send(BOB, "1-3-2027")
        await sim.tap(BOB, ask_year, button(ask_year, "2025"))
        (card,) = await sim.send(BOB, "/status")
        assert "nog niet opgeslagen" in visible(card) and "Laatste gecombineerde audit: 2025" in visible(card)
        (card,) = await sim.send(BOB, "wanneer moet onze zelfevaluatie klaar zijn?")
        assert "nog niet opgeslagen" in visible(card) and texts.KEURMERK_INVITE not in visible(card)
        # a question about the other scheme is answered as before: nothing of it waits
        (other,) = await sim.send(BOB, "wanneer verloopt mijn certificaat?")
        assert "nog niet opgeslagen" not in visible(other)
        await sim.tap(BOB, card, button(card, "Ja, opslaan"))
        assert sim.db.nrto_keurmerk(BOB) is not None

    run(chat, tmp_path)


def test_the_general_answer_under_own_dates_is_from_a_scheme_the_user_holds(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        for question in ("wat is mijn volgende deadline", "kun je mijn deadlines laten zien"):
            (answer,) = await sim.send(ALICE, question)
            assert "1 juni 2027" in visible(answer)
            # the NRTO's quality statement deadline is no general answer for a Register Jobcoach
            assert not any(data.startswith("q:nrto") for _, data in answer.buttons), answer.buttons
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (answer,) = await sim.send(BOB, "wat is mijn volgende deadline")
        assert "31 december 2026" in visible(answer)
        assert all(data.startswith("q:nrto") for _, data in answer.buttons), answer.buttons

    run(chat, tmp_path)


def test_a_quality_statement_sent_is_recorded_and_its_reminders_stop(tmp_path: Path) -> None:
    async def main() -> None:
        emu = new_emulator()
        async with Simulation(tmp_path / "bot.db", clock=fixed_clock, emulator=emu) as sim:
            sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
            snoozed = "nrto:selfeval:2026-12-01:snooze:2026-12-08"  # a reminder put off a week goes too
            sim.db.add_reminder(BOB, BOB, snoozed, "nrto", NOW + timedelta(days=16), "Vóór 31 december", "snooze")
            (menu,) = await sim.send(BOB, "/keurmerk")
            await sim.tap(BOB, menu, button(menu, "Kwaliteitsverklaring verstuurd"))
            assert snoozed not in [r.key for r in sim.db.upcoming_reminders(BOB)]
            saved = sim.emulator.sent[-1]
            assert "zondag 22 november 2026" in visible(saved)
            assert sim.db.nrto_keurmerk(BOB).statement_sent_on == date(2026, 11, 22)  # type: ignore[union-attr]
            # told in a sentence, with its day: offered, and "ja" typed records it
            sim.db.save_nrto_keurmerk(ALICE, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
            (offer,) = await sim.send(ALICE, "we hebben de kwaliteitsverklaring op 20 november opgestuurd")
            assert "Kwaliteitsverklaring 2026 verstuurd" in visible(offer) and "20 november 2026" in visible(offer)
            assert sim.db.nrto_keurmerk(ALICE).statement_sent_on is None  # type: ignore[union-attr]
            await sim.send(ALICE, "ja")
            assert sim.db.nrto_keurmerk(ALICE).statement_sent_on == date(2026, 11, 20)  # type: ignore[union-attr]
            (asked,) = await sim.send(ALICE, "is de kwaliteitsverklaring al verstuurd?")  # a question: nothing offered
            assert "Ja, vastleggen" not in str(asked.buttons)
        # after a restart: the status says it is sent and no reminder about this year's statement is planned
        async with Simulation(tmp_path / "bot.db", clock=fixed_clock, emulator=emu) as sim:
            for user in (ALICE, BOB):
                (status,) = await sim.send(user, "/status")
                assert "✅ kwaliteitsverklaring verstuurd" in visible(status)
                assert "vóór donderdag 31 december 2026" not in visible(status)
                (coming,) = await sim.send(user, "/herinneringen")
                assert "15 dec 2026" not in visible(coming) and "1 okt 2027" in visible(coming)
            (menu,) = await sim.send(BOB, "/keurmerk")  # sent this year: it can be undone, not sent again
            assert "Kwaliteitsverklaring verstuurd" not in str(menu.buttons)
            await sim.tap(BOB, menu, button(menu, "toch niet verstuurd"))
            assert sim.db.nrto_keurmerk(BOB).statement_sent_on is None  # type: ignore[union-attr]
            (status,) = await sim.send(BOB, "/status")
            assert "vóór donderdag 31 december 2026" in visible(status)
            assert not emu.errors()

    asyncio.run(main())


def test_a_self_evaluation_told_as_done_says_what_is_left_this_year(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (left,) = await sim.send(BOB, "we hebben de zelfevaluatie gedaan")  # was "weet ik niet zeker"
        assert "stuur je niet op" in visible(left) and "vóór donderdag 31 december 2026" in visible(left)
        await sim.tap(BOB, left, button(left, "Kwaliteitsverklaring verstuurd"))
        assert sim.db.nrto_keurmerk(BOB).statement_sent_on == date(2026, 11, 22)  # type: ignore[union-attr]
        (done,) = await sim.send(BOB, "de zelfevaluatie is klaar")
        assert "voor dit jaar is alles gedaan" in visible(done) and "31 december" not in visible(done)
        (sent,) = await sim.send(BOB, "kv verstuurd")  # "kv", the statement: was one suggestion
        assert "Kwaliteitsverklaring 2026" in visible(sent)
        (general,) = await sim.send(ALICE, "de zelfevaluatie is klaar")  # no NRTO dates: the rule, and /keurmerk
        assert "stuur je niet op" in visible(general) and "/keurmerk" in visible(general)
        (short,) = await sim.send(ALICE, "zelfeval klaar, wat nu")  # a short form, and what next: "weet ik niet"
        assert visible(short) == visible(general)

    run(chat, tmp_path)


def test_improvements_told_as_shown_end_the_improvement_deadline(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        failed = replace(NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), noncompliant_on=date(2026, 11, 1))
        sim.db.save_nrto_keurmerk(BOB, failed, NOW)
        replan(sim.db, sim.services.rules, BOB, NOW)
        assert [r for r in sim.db.upcoming_reminders(BOB) if ":improve:" in r.key]
        (ask,) = await sim.send(BOB, "we hebben de verbeteringen aangetoond")  # was the FAQ on failing an audit
        assert "vóór maandag 1 februari 2027" in visible(ask)
        assert sim.db.nrto_keurmerk(BOB).noncompliant_on == date(2026, 11, 1)  # type: ignore[union-attr]
        await sim.tap(BOB, ask, button(ask, "Verbeteringen aangetoond"))
        assert sim.db.nrto_keurmerk(BOB).noncompliant_on is None  # type: ignore[union-attr]
        assert not [r for r in sim.db.upcoming_reminders(BOB) if ":improve:" in r.key]
        (general,) = await sim.send(BOB, "we hebben de verbeteringen aangetoond")  # none recorded now: the FAQ
        assert "3 maanden" in visible(general) and "Verbeteringen aangetoond" not in str(general.buttons)

    run(chat, tmp_path)


def test_the_improvement_deadline_asked_with_no_failed_audit_recorded_gets_the_rule(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # no NRTO dates: was suggestions; the rule now, and how to tell the dates
        (general,) = await sim.send(ALICE, "wanneer moeten we de verbeteringen aantonen")
        assert "3 maanden" in visible(general) and "/keurmerk" in visible(general)
        # dates but no failed audit: was the status, which says nothing of improvements
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        for asked in ("wanneer moeten we de verbeteringen aantonen", "wat is onze deadline voor de verbeteringen"):
            (rule,) = await sim.send(BOB, asked)
            assert "3 maanden" in visible(rule) and "Audit: niet voldaan" in visible(rule), asked
        # a failed audit recorded: its own day, in the status
        failed = replace(NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), noncompliant_on=date(2026, 11, 1))
        sim.db.save_nrto_keurmerk(BOB, failed, NOW)
        (own,) = await sim.send(BOB, "wanneer moeten we de verbeteringen aantonen")
        assert "Verbeteringen aantonen vóór maandag 1 februari 2027" in visible(own)

    run(chat, tmp_path)


def test_a_certificate_renewed_early_is_taken_with_its_new_period_ahead(tmp_path: Path) -> None:
    april = datetime(2027, 4, 15, 10, 0, tzinfo=AMSTERDAM)

    async def main() -> None:
        async with Simulation(tmp_path / "bot.db", clock=lambda: april, emulator=new_emulator()) as sim:
            sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), april)
            # submitted in the window and passed: the new period starts at the old expiry (was refused as more
            # than 4 years ahead)
            (card,) = await sim.send(ALICE, "mijn certificaat is verlengd tot 1 juni 2031")
            assert "verloopt op zondag 1 juni 2031" in visible(card)
            assert "Je nieuwe periode begint dan op dinsdag 1 juni 2027." in visible(card)
            await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
            stored = sim.db.noloc_certificate(ALICE)
            assert stored is not None and (stored.certified_on, stored.expires_on) == (date(2027, 6, 1),
                                                                                       date(2031, 6, 1))

    asyncio.run(main())


def test_a_statement_sent_in_january_may_be_recorded_for_the_year_before(tmp_path: Path) -> None:
    january = datetime(2027, 1, 5, 10, 0, tzinfo=AMSTERDAM)

    async def main() -> None:
        async with Simulation(tmp_path / "bot.db", clock=lambda: january, emulator=new_emulator()) as sim:
            sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), january)
            # was recorded for 2027 at once, which ended 2027's deadline and reminders
            (offer,) = await sim.send(BOB, "de kwaliteitsverklaring is verstuurd")
            assert "Voor welk jaar" in visible(offer)
            (told,) = await sim.send(BOB, "ja")  # no single button a "ja" could mean
            assert "knoppen" in visible(told)
            assert sim.db.nrto_keurmerk(BOB).statement_sent_on is None  # type: ignore[union-attr]
            await sim.tap(BOB, offer, button(offer, "Voor 2026"))
            saved = sim.db.nrto_keurmerk(BOB)
            assert saved is not None and (saved.statement_sent_on, saved.statement_year) == (date(2027, 1, 5), 2026)
            assert "Die voor 2027 staat nog open" in visible(sim.emulator.sent[-1])
            (status,) = await sim.send(BOB, "/status")
            assert "vóór vrijdag 31 december 2027" in visible(status) and "✅" not in visible(status)
            (coming,) = await sim.send(BOB, "/herinneringen")
            assert "1 okt 2027" in visible(coming)
            # the menu's 📤 now records 2027's at once: last year's is recorded
            (menu,) = await sim.send(BOB, "/keurmerk")
            await sim.tap(BOB, menu, button(menu, "Kwaliteitsverklaring verstuurd"))
            assert "kwaliteitsverklaring 2027 verstuurd" in visible(sim.emulator.sent[-1])
            assert sim.db.nrto_keurmerk(BOB).statement_year == 2027  # type: ignore[union-attr]
            # from the menu too, in January, with last year's open: which year is asked
            sim.db.save_nrto_keurmerk(ALICE, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), january)
            (menu,) = await sim.send(ALICE, "/keurmerk")
            await sim.tap(ALICE, menu, button(menu, "Kwaliteitsverklaring verstuurd"))
            asked = sim.emulator.sent[-1]
            assert "Voor welk jaar" in visible(asked)
            await sim.tap(ALICE, asked, button(asked, "Voor 2027"))
            assert sim.db.nrto_keurmerk(ALICE).statement_year == 2027  # type: ignore[union-attr]
            assert not sim.emulator.errors()

    asyncio.run(main())


def test_a_question_about_my_dates_told_with_the_stored_date_is_answered(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        # was "Dat heb ik al zo opgeslagen" alone: the question went unanswered
        same, status = await sim.send(ALICE, "mijn certificaat verloopt 1 juni 2027, wanneer kan ik indienen")
        assert "al zo opgeslagen" in visible(same) and "indienen kan vanaf maandag 1 maart 2027" in visible(status)
        same, points = await sim.send(ALICE, "mijn certificaat verloopt 1 juni 2027, hoeveel punten heb ik nog nodig?")
        assert "Nog nodig: 75 punten" in visible(points)
        # a new date: its card waits for ✅, whose saved message says what follows from it
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt 1 juli 2027, wanneer kan ik indienen")
        assert "Klopt dat?" in visible(card)

    run(chat, tmp_path)


def test_a_yearly_steps_deadline_asked_without_my_is_a_members_own(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        # was a confident answer on when one has the keurmerk, and "weet ik niet zeker"
        for question in ("wanneer moet de kwaliteitsverklaring bij de nrto zijn", "wanneer moet de zelfevaluatie af"):
            (answer,) = await sim.send(BOB, question)
            assert "vóór donderdag 31 december 2026 de kwaliteitsverklaring" in visible(answer), question
        for question in ("is onze kwaliteitsverklaring al verstuurd?", "hebben we alles gedaan dit jaar",
                         "hebben we de kwaliteitsverklaring al verstuurd?", "is dit jaar een auditjaar?"):
            (answer,) = await sim.send(BOB, question)  # were what to send where, and "weet ik niet"
            assert "Dit jaar: zelfevaluatie doen" in visible(answer), question
        # someone without NRTO dates gets what anyone gets: no dates of theirs to show, and the step's own entry
        (answer,) = await sim.send(ALICE, "wanneer moet de zelfevaluatie af")
        assert "31 december 2026" not in visible(answer)
        assert "In elk jaar zonder gecombineerde audit doe je de zelfevaluatie" in visible(answer)
        (answer,) = await sim.send(ALICE, "wanneer moet de kwaliteitsverklaring bij de nrto zijn")
        assert "vóór het einde van het kalenderjaar" in visible(answer)  # was when one has the keurmerk, outright
        for question in ("wanneer is onze volgende audit", "wanneer moeten we weer een audit laten doen"):
            (answer,) = await sim.send(ALICE, question)  # was "weet ik niet zeker" and two suggestions
            assert "Het NRTO-keurmerk is 4 jaar geldig" in visible(answer), question
            assert "/keurmerk" in visible(answer), question
        (answer,) = await sim.send(BOB, "wanneer is onze volgende audit")
        assert "Volgende gecombineerde audit: 2028" in visible(answer)
        # one's own end date asked without it stored: where to find it (was two suggestions)
        (answer,) = await sim.send(ALICE, "wat is mijn hercertificeringsdatum")
        assert "Mijn Noloc" in visible(answer) and texts.CERT_INVITE in answer.text
        # when to recertify, without dates: every four years, as it expires (was when to start a portfolio, outright)
        for question in ("wanneer moet ik hercertificeren", "wanneer is mijn recertificering"):
            (answer,) = await sim.send(ALICE, question)
            assert "recertificeer je elke vier jaar" in visible(answer), question
            assert texts.CERT_INVITE in answer.text, question
        # short forms written out before the FAQ is asked, as they were to tell it is one's own (was suggestions)
        (answer,) = await sim.send(ALICE, "wnr kan ik indienen")
        assert "vanaf drie maanden voor het verlopen" in visible(answer) and texts.CERT_INVITE in answer.text
        # the submission window's last day, asked of no one (was "weet ik niet")
        (answer,) = await sim.send(ALICE, "wanneer is de laatste dag om in te dienen")
        assert "vanaf drie maanden voor het verlopen" in visible(answer)
        # so too the submission window, for a Register Jobcoach (was "weet ik niet zeker")
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        for question in ("wanneer gaat het indienvenster open", "wanneer is de laatste dag om in te dienen",
                         "wat is mijn hercertificeringsdatum"):
            (answer,) = await sim.send(ALICE, question)
            assert "indienen kan vanaf maandag 1 maart 2027" in visible(answer), question
        # the advice told in other words is offered for /uitslag, once a submission is recorded (before, that is
        # asked first)
        # with the window still to open, no submission could come first: the expiry may be the old one (was asked
        # to record the submission, which its button then refused)
        (early,) = await sim.send(ALICE, "mijn portfolio is goedgekeurd")
        assert visible(early).startswith("Gefeliciteerd! Met de vervaldatum die ik van je heb (dinsdag 1 juni 2027)")
        assert "/certificaat" in visible(early) and not early.buttons and sim.db.dialog(ALICE) is None
        open_window = NolocCertificate(date(2022, 12, 1), date(2026, 12, 1))
        sim.db.save_noloc_certificate(ALICE, open_window, NOW)
        (first,) = await sim.send(ALICE, "mijn portfolio is goedgekeurd")  # good news first (was the step alone)
        assert visible(first).startswith("Gefeliciteerd! Leg eerst vast wanneer je je portfolio indiende")
        assert button(first, "Portfolio ingediend").startswith("res:first:positief")
        submitted = NolocCertificate(date(2022, 12, 1), date(2026, 12, 1), submitted_on=date(2026, 10, 1))
        sim.db.save_noloc_certificate(ALICE, submitted, NOW)
        (offer,) = await sim.send(ALICE, "mijn portfolio is goedgekeurd")
        assert "Advies: positief" in visible(offer)

    run(chat, tmp_path)


def test_a_renewed_blik_op_werk_keurmerk_told_updates_its_validity(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 3, 1), 2024), NOW)
        # was "weet ik niet zeker", and the reminder for 1 March 2027 would still have come
        (asked,) = await sim.send(BOB, "we hebben de blik op werk audit gehaald")
        assert "Tot wanneer is je Blik op Werk Keurmerk nu geldig" in visible(asked)
        (again,) = await sim.send(BOB, "gisteren")  # a past end is no renewal
        assert "al voorbij" in visible(again)
        assert sim.db.nrto_keurmerk(BOB).bow_valid_until == date(2027, 3, 1)  # type: ignore[union-attr]
        (saved,) = await sim.send(BOB, "1 maart 2028")
        assert "geldig tot <b>woensdag 1 maart 2028" in saved.text
        assert sim.db.nrto_keurmerk(BOB).bow_valid_until == date(2028, 3, 1)  # type: ignore[union-attr]
        (status,) = await sim.send(BOB, "/status")
        assert "Blik op Werk Keurmerk geldig tot 1 mrt 2028" in visible(status) and "1 mrt 2027" not in visible(status)
        # told with its new end: offered with one tap
        (offer,) = await sim.send(BOB, "ons blik op werk keurmerk is verlengd tot 1-3-2029")
        assert "Blik op Werk Keurmerk geldig tot donderdag 1 maart 2029" in visible(offer)
        await sim.tap(BOB, offer, button(offer, "Ja, vastleggen"))
        assert sim.db.nrto_keurmerk(BOB).bow_valid_until == date(2029, 3, 1)  # type: ignore[union-attr]
        (same,) = await sim.send(BOB, "ons blik op werk keurmerk is verlengd tot 1-3-2029")  # was offered again
        assert "al zo opgeslagen" in visible(same)
        # and under /keurmerk, where the NRTO dates are kept
        (menu,) = await sim.send(BOB, "/keurmerk")
        await sim.tap(BOB, menu, button(menu, "Blik op Werk verlengd"))
        await sim.send(BOB, "1-3-2030")
        assert sim.db.nrto_keurmerk(BOB).bow_valid_until == date(2030, 3, 1)  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_an_audit_passed_without_saying_which_asks_which(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 3, 1), 2024), NOW)
        # was the FAQ's answer on what follows a failed audit
        (which,) = await sim.send(BOB, "we hebben de audit gehaald")
        assert "Welke audit was het?" in visible(which)
        (told,) = await sim.send(BOB, "ja")  # fits no single button
        assert "knoppen" in visible(told)
        await sim.tap(BOB, which, button(which, "Blik op Werk-audit"))
        assert "Tot wanneer is je Blik op Werk Keurmerk nu geldig" in visible(sim.emulator.sent[-1])
        await sim.send(BOB, "1 maart 2028")
        assert sim.db.nrto_keurmerk(BOB).bow_valid_until == date(2028, 3, 1)  # type: ignore[union-attr]
        await sim.send(BOB, "we hebben de audit gehaald")
        (offer,) = await sim.send(BOB, "de gecombineerde")  # typed, as its button
        assert "Gecombineerde audit 2026 gehaald" in visible(offer)
        await sim.send(BOB, "ja")
        assert sim.db.nrto_keurmerk(BOB).last_combined_audit_year == 2026  # type: ignore[union-attr]
        (which,) = await sim.send(BOB, "we hebben de audit gehaald")
        await sim.tap(BOB, which, button(which, "niets vastleggen"))
        assert sim.db.dialog(BOB) is None
        # without NRTO dates: the FAQ as before, nothing asked
        (answer,) = await sim.send(ALICE, "we hebben de audit gehaald")
        assert "Welke audit" not in visible(answer)

    run(chat, tmp_path)


def test_which_date_a_card_holds_typed_under_it_is_its_button(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(ALICE, "/certificaat")
        await sim.send(ALICE, "14 maart 2027")
        # was the FAQ's suggestions, and the card still waiting: the card's own reading is ✅
        (saved,) = await sim.send(ALICE, "dat is mijn vervaldatum")
        assert "Opgeslagen" in visible(saved)
        assert sim.db.noloc_certificate(ALICE).expires_on == date(2027, 3, 14)  # type: ignore[union-attr]
        await sim.send(BOB, "/certificaat")
        await sim.send(BOB, "14 maart 2023")  # read as the certification day
        (card,) = await sim.send(BOB, "nee, dan verloopt hij")  # the other reading is ↔️
        assert "al meer dan een jaar verlopen" in visible(card) and sim.db.noloc_certificate(BOB) is None
        await sim.send(BOB, "/certificaat 1 juni 2023")
        (saved,) = await sim.send(BOB, "dat is de datum van certificering")
        assert "verloopt op dinsdag 1 juni 2027" in visible(saved)
        # a question about it is answered, the card waits
        await sim.send(BOB, "/certificaat 1 juli 2027")
        await sim.send(BOB, "wat is een vervaldatum?")
        assert sim.db.dialog(BOB) is not None and sim.db.noloc_certificate(BOB).expires_on == date(  # type: ignore[union-attr]
            2027, 6, 1)

    run(chat, tmp_path)


def test_agenda_sends_every_deadline_to_come_as_a_calendar_file(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (none,) = await sim.send(ALICE, "/agenda")
        assert "Ik ken je datums nog niet" in visible(none)
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        sim.db.save_nrto_keurmerk(ALICE, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (sent,) = await sim.send(ALICE, "/agenda")
        assert sent.method == "sendDocument" and sent.result["document"]["file_name"].endswith(".ics")
        calendar = Calendar.from_ical(sim.emulator.files[sent.result["document"]["file_id"]][1])
        events = {str(e["uid"]): (e.decoded("dtstart"), str(e["summary"])) for e in calendar.walk("VEVENT")}
        assert events["noloc:expiry:2027-06-01@recertbot"] == (date(2027, 6, 1), "Je certificaat verloopt")
        assert events["noloc:window:2027-06-01@recertbot"][0] == date(2027, 3, 1)
        assert events["nrto:selfeval:2026@recertbot"][0] == date(2026, 12, 31)
        assert all(day >= date(2026, 11, 22) for day, _ in events.values())  # only what is still to come
        assert all(e.walk("VALARM") for e in calendar.walk("VEVENT"))  # each with its own alert
        # asked for in words: the file itself (was /status); in a group: the private chat's button
        (again,) = await sim.send(ALICE, "kun je mijn deadlines in mijn agenda zetten")
        assert again.method == "sendDocument"
        (private,) = await sim.send(ALICE, "/agenda", chat_id=GROUP)
        assert "privéchat" in visible(private)
        # and one tap away under /status
        (status,) = await sim.send(ALICE, "/status")
        *_, sent = await sim.tap(ALICE, status, button(status, "Zet in je agenda"))
        assert sent.method == "sendDocument"

    run(chat, tmp_path)


def test_a_keurmerks_end_told_in_a_sentence_is_taken_up(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # no NRTO dates: the day gained follows from the end, the rest is asked (was "leg ze vast met /keurmerk")
        (asked,) = await sim.send(ALICE, "ons keurmerk verloopt 1 maart 2028")
        assert "op <b>vrijdag 1 maart 2024</b>" in asked.text and "Blik op Werk" in visible(asked)
        (year,) = await sim.send(ALICE, "31-12-2027")
        await sim.tap(ALICE, year, button(year, "2024"))
        await sim.send(ALICE, "ja")
        stored = sim.db.nrto_keurmerk(ALICE)
        assert stored is not None and (stored.keurmerk_on, stored.bow_valid_until) == (date(2024, 3, 1),
                                                                                       date(2027, 12, 31))
        # told again as stored: said so; a new end: its card, with the rest as stored
        (same,) = await sim.send(ALICE, "ons keurmerk verloopt 1 maart 2028")
        assert "al zo opgeslagen" in visible(same)
        (card,) = await sim.send(ALICE, "ons keurmerk verloopt 1 juni 2028")
        assert "behaald op zaterdag 1 juni 2024" in visible(card) and "31 december 2027" in visible(card)
        # what it replaces is said, as the certificate's card says it (it was not)
        assert "Nu opgeslagen: behaald op vrijdag 1 maart 2024; dat vervang ik." in visible(card)
        await sim.send(ALICE, "ja")
        assert sim.db.nrto_keurmerk(ALICE).keurmerk_on == date(2024, 6, 1)  # type: ignore[union-attr]
        # Blik op Werk's end: as stored, or offered
        (same,) = await sim.send(ALICE, "ons blik op werk keurmerk verloopt 31-12-2027")
        assert "al zo opgeslagen" in visible(same)
        (offer,) = await sim.send(ALICE, "ons blik op werk keurmerk verloopt 31-12-2028")
        assert "Blik op Werk Keurmerk geldig tot zondag 31 december 2028" in visible(offer)
        assert "Nu opgeslagen: Blik op Werk geldig tot vrijdag 31 december 2027; dat vervang ik." in visible(offer)
        # a year said in words is told too (was the status, "volgend jaar" read as a question about it)
        (same,) = await sim.send(ALICE, "ons blik op werk keurmerk verloopt eind volgend jaar")
        assert "al zo opgeslagen" in visible(same) and "31 december 2027" in visible(same)

    run(chat, tmp_path)


def test_blik_op_werks_end_told_without_nrto_dates_is_kept_while_the_rest_is_asked(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # was "leg je NRTO-gegevens vast met /keurmerk", the day told dropped
        (words,) = await sim.send(ALICE, "ons blik op werk keurmerk verloopt eind volgend jaar")  # was the FAQ
        assert "Blik op Werk Keurmerk is geldig tot <b>vrijdag 31 december 2027</b>" in words.text
        await sim.send(ALICE, "/annuleer")
        (asked,) = await sim.send(ALICE, "mijn blik op werk keurmerk loopt tot 1 april 2027")
        assert "Blik op Werk Keurmerk is geldig tot <b>donderdag 1 april 2027</b>" in asked.text
        assert "Op welke datum behaalde je organisatie het" in visible(asked)
        (year,) = await sim.send(ALICE, "maart 2024")  # a month: its day asked, the Blik op Werk day kept
        assert "Op welke dag in maart 2024" in visible(year)
        (year,) = await sim.send(ALICE, "1")
        assert "In welk jaar" in visible(year) and "Blik op Werk Keurmerk geldig" not in visible(year)
        await sim.tap(ALICE, year, button(year, "2024"))
        await sim.send(ALICE, "ja")
        stored = sim.db.nrto_keurmerk(ALICE)
        assert stored is not None and (stored.keurmerk_on, stored.bow_valid_until) == (date(2024, 3, 1),
                                                                                       date(2027, 4, 1))

    run(chat, tmp_path)


def test_the_last_combined_audits_year_told_is_offered_as_a_change(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (same,) = await sim.send(BOB, "onze laatste gecombineerde audit was in 2024")  # was a pointer to /keurmerk
        assert "al zo opgeslagen" in visible(same) and "2024" in visible(same)
        (card,) = await sim.send(BOB, "onze laatste gecombineerde audit was in 2025")
        assert "Laatste gecombineerde audit: 2025" in visible(card) and "Klopt dit?" in visible(card)
        assert sim.db.nrto_keurmerk(BOB).last_combined_audit_year == 2024  # type: ignore[union-attr]
        await sim.tap(BOB, card, button(card, "Ja, opslaan"))
        assert sim.db.nrto_keurmerk(BOB).last_combined_audit_year == 2025  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_the_last_combined_audits_year_told_first_waits_while_the_dates_are_asked(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (asked,) = await sim.send(BOB, "onze laatste gecombineerde audit was in 2024")  # was a pointer to /keurmerk
        assert "Laatste gecombineerde audit: <b>2024</b>" in asked.text
        assert "Op welke datum behaalde je organisatie het" in visible(asked)
        assert sim.db.nrto_keurmerk(BOB) is None  # nothing stored before ✅
        (bow,) = await sim.send(BOB, "1 maart 2024")
        assert "Tot wanneer is je Blik op Werk Keurmerk geldig" in visible(bow)
        (gone,) = await sim.send(BOB, "1-3-2023")  # an end gone by: asked again (was taken, as if still valid)
        assert "Die datum is al voorbij" in visible(gone) and sim.db.dialog(BOB).step == "bow"  # type: ignore[union-attr]
        (card,) = await sim.send(BOB, "31-12-2027")  # the year is not asked again
        assert "Klopt dit?" in visible(card) and "Laatste gecombineerde audit: 2024" in visible(card)
        await sim.tap(BOB, card, button(card, "Ja, opslaan"))
        assert sim.db.nrto_keurmerk(BOB) == NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024)

    run(chat, tmp_path)


def test_a_keurmerk_year_still_ahead_is_refused_at_once(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (ahead,) = await sim.send(BOB, "/keurmerk 2030")  # was "Op welke dag in 2030 behaalde …?"
        assert visible(ahead).startswith("De datum van je NRTO-keurmerk ligt in de toekomst")
        assert sim.db.dialog(BOB).step == "keurmerk_on" and sim.db.nrto_keurmerk(BOB) is None  # type: ignore[union-attr]
        (day,) = await sim.send(BOB, "2024")  # a year that has been: its day asked
        assert "Op welke dag in 2024" in visible(day)

    run(chat, tmp_path)


def test_the_day_gained_told_with_blik_op_werks_end_asks_only_the_audit_year(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (year,) = await sim.send(BOB, "wij hebben het nrto keurmerk sinds 1 maart 2023 en blik op werk tot "
                                      "31 december 2026")  # was a pointer to /keurmerk, both days dropped
        assert "op <b>woensdag 1 maart 2023</b>" in year.text and "tot <b>donderdag 31 december 2026</b>" in year.text
        await sim.tap(BOB, year, button(year, "2023"))
        await sim.send(BOB, "ja")
        stored = sim.db.nrto_keurmerk(BOB)
        assert stored is not None and (stored.keurmerk_on, stored.bow_valid_until, stored.last_combined_audit_year) \
            == (date(2023, 3, 1), date(2026, 12, 31), 2023)
        (same,) = await sim.send(BOB, "wij hebben het nrto keurmerk sinds 1 maart 2023 en blik op werk tot "
                                      "31 december 2026")
        assert "al zo opgeslagen" in visible(same)

    run(chat, tmp_path)


def test_a_date_corrected_with_niet_maar_proposes_the_new_day(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        # was "Dat heb ik al zo opgeslagen: … 1 juni 2027", the day denied
        (card,) = await sim.send(ALICE, "mijn certificaat verloopt niet op 1 juni maar op 1 juli")
        assert "verloopt op donderdag 1 juli 2027" in visible(card) and "dat vervang ik" in visible(card)
        await sim.send(ALICE, "ja")
        assert sim.db.noloc_certificate(ALICE).expires_on == date(2027, 7, 1)  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_a_choice_of_uitslag_typed_under_its_buttons_is_that_choice(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 1), date(2027, 1, 1)), NOW)
        await sim.send(ALICE, "/uitslag")
        (asked,) = await sim.send(ALICE, "ingediend")  # was the FAQ on what follows a submission
        assert "Op welke datum" in visible(asked) and sim.db.dialog(ALICE).step == "date"  # type: ignore[union-attr]
        (saved,) = await sim.send(ALICE, "vandaag")
        assert "ingediend op zondag 22 november 2026" in visible(saved)
        await sim.send(ALICE, "/uitslag")
        (offer,) = await sim.send(ALICE, "positief, vandaag")
        assert "Advies: positief op zondag 22 november 2026" in visible(offer)

    run(chat, tmp_path)


def test_a_date_alone_from_someone_with_a_certificate_asks_what_it_is_the_day_of(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        # was a card proposing 21 November 2026 as the new certification date, replacing the stored one
        (which,) = await sim.send(ALICE, "gisteren")
        assert "Waar hoort zaterdag 21 november 2026 bij?" in visible(which)
        await sim.tap(ALICE, which, button(which, "PE-activiteit"))
        assert sim.db.dialog(ALICE).data["done_on"] == "2026-11-21"  # type: ignore[union-attr]
        assert "Wat heb je gedaan" in visible(sim.emulator.sent[-1])
        await sim.send(ALICE, "/annuleer")
        (which,) = await sim.send(ALICE, "12 november")
        await sim.tap(ALICE, which, button(which, "Intervisie"))
        (saved,) = await sim.send(ALICE, "kring Noord")
        assert "intervisie op donderdag 12 november 2026 met kring Noord" in visible(saved)
        (which,) = await sim.send(ALICE, "1 juni 2023")
        await sim.tap(ALICE, which, button(which, "certificaat"))
        assert "Dat heb ik al zo opgeslagen" in visible(sim.emulator.sent[-1])  # the certificate card, as before
        # a date in the future, or from someone with no certificate stored: the certificate card, as before
        (card,) = await sim.send(ALICE, "1 juli 2027")
        assert "verloopt op donderdag 1 juli 2027" in visible(card)
        (card,) = await sim.send(BOB, "gisteren")
        assert "(her)gecertificeerd op zaterdag 21 november 2026" in visible(card)
        assert sim.db.noloc_certificate(ALICE).expires_on == date(2027, 6, 1)  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_what_a_day_was_typed_under_its_card_is_taken_as_its_button(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        await sim.send(ALICE, "gisteren")
        (asked,) = await sim.send(ALICE, "intervsie")  # was the FAQ on intervision's conditions
        assert "Met wie" in visible(asked)
        (saved,) = await sim.send(ALICE, "kring Noord")
        assert "intervisie op zaterdag 21 november 2026 met kring Noord" in visible(saved)
        await sim.send(ALICE, "12 november")
        (saved,) = await sim.send(ALICE, "intervisie met kring Zuid")
        assert "intervisie op donderdag 12 november 2026 met kring Zuid" in visible(saved)
        await sim.send(ALICE, "gisteren")
        (asked,) = await sim.send(ALICE, "webinar 2 uur")  # was "weet ik niet zeker"
        dialog = sim.db.dialog(ALICE)
        assert dialog is not None and dialog.step == "category" and "categorie" in visible(asked)
        assert (dialog.data["done_on"], dialog.data["title"]) == ("2026-11-21", "Webinar")
        await sim.send(ALICE, "/annuleer")
        await sim.send(ALICE, "gisteren")
        (asked,) = await sim.send(ALICE, "een webinar gevolgd")  # was offered without its day
        assert "Hoeveel was het" in visible(asked)
        assert sim.db.dialog(ALICE).data["done_on"] == "2026-11-21"  # type: ignore[union-attr]
        await sim.send(ALICE, "/annuleer")
        await sim.send(ALICE, "gisteren")
        (card,) = await sim.send(ALICE, "mijn certificaat")
        assert "(her)gecertificeerd op zaterdag 21 november 2026" in visible(card)
        await sim.send(ALICE, "/annuleer")
        # a day corrected under the card asks about the new day (was the FAQ on PE points, or "tik op een knop")
        await sim.send(ALICE, "gisteren")
        (which,) = await sim.send(ALICE, "eergisteren bedoel ik")
        assert "Waar hoort vrijdag 20 november 2026 bij?" in visible(which)
        (card,) = await sim.send(ALICE, "1 juli 2027")
        assert "verloopt op donderdag 1 juli 2027" in visible(card)
        await sim.send(ALICE, "/annuleer")
        # a question under the card is answered; "ja" fits no button
        await sim.send(ALICE, "gisteren")
        (answer,) = await sim.send(ALICE, "wat kost recertificering")
        assert "€ 200" in visible(answer)
        (told,) = await sim.send(ALICE, "ja")
        assert "knoppen" in visible(told)
        assert len(sim.db.reflections(ALICE)) == 2 and not sim.db.activities(ALICE)
        assert sim.db.noloc_certificate(ALICE).expires_on == date(2027, 6, 1)  # type: ignore[union-attr]

    run(chat, tmp_path)


def test_an_activity_typed_under_a_bare_dates_certificate_card_takes_that_day(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # no certificate stored: "gisteren" is proposed as the certification day; the next message shows it was
        # a meeting's (was "weet ik niet zeker", and the meeting was lost)
        await sim.send(ALICE, "gisteren")
        (saved,) = await sim.send(ALICE, "intervisie met kring Noord")
        assert "intervisie op zaterdag 21 november 2026 met kring Noord" in visible(saved)
        assert sim.db.noloc_certificate(ALICE) is None and sim.db.dialog(ALICE) is None
        await sim.send(ALICE, "gisteren")
        await sim.send(ALICE, "webinar 2 uur")
        assert sim.db.dialog(ALICE).data["done_on"] == "2026-11-21"  # type: ignore[union-attr]
        await sim.send(ALICE, "/annuleer")
        # a date said to be the certification day, or a future one, stays the certificate's card
        for told in ("ik ben gisteren gecertificeerd", "1-6-2027"):
            await sim.send(ALICE, told)
            await sim.send(ALICE, "webinar 2 uur")
            dialog = sim.db.dialog(ALICE)
            assert dialog is not None and dialog.name == "certificaat", told
            await sim.send(ALICE, "/annuleer")

    run(chat, tmp_path)


def test_a_bare_pe_or_reflectie_under_a_days_card_takes_its_day(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # the submission window open, so /uitslag has its menu
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 1, 14), date(2027, 1, 14)), NOW)
        await sim.send(ALICE, "gisteren")
        # was "Je was nog bezig met je vorige invoer; dat heb ik laten vallen", and the day asked again
        (asked,) = await sim.send(ALICE, "/pe")
        assert visible(asked).startswith("Wat heb je gedaan")
        assert sim.db.dialog(ALICE).data["done_on"] == "2026-11-21"  # type: ignore[union-attr]
        await sim.send(ALICE, "/annuleer")
        await sim.send(ALICE, "12 november")
        (asked,) = await sim.send(ALICE, "/reflectie")
        assert visible(asked).startswith("Met wie")
        (saved,) = await sim.send(ALICE, "kring Noord")
        assert "intervisie op donderdag 12 november 2026 met kring Noord" in visible(saved)
        # a command with its own line, or another command, goes its own way without a word on the card
        await sim.send(ALICE, "gisteren")
        (saved,) = await sim.send(ALICE, "/reflectie 10-11 met kring Zuid")
        assert "intervisie op dinsdag 10 november 2026 met kring Zuid" in visible(saved)
        await sim.send(ALICE, "gisteren")
        (menu,) = await sim.send(ALICE, "/uitslag")
        assert "Wat wil je vastleggen" in visible(menu)
        # a dialogue with something typed still says it was dropped
        await sim.send(ALICE, "/pe")
        await sim.send(ALICE, "Webinar")
        dropped, _ = await sim.send(ALICE, "/reflectie")
        assert "Je was nog bezig met een PE-activiteit" in visible(dropped)

    run(chat, tmp_path)


def test_an_audit_still_to_come_told_is_wished_well_and_changes_nothing(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        stored = NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024)
        sim.db.save_nrto_keurmerk(BOB, stored, NOW)
        # were how /keurmerk asks the NRTO dates, as if one had been told
        for told in ("onze audit is volgende maand", "de gecombineerde audit staat gepland voor maart",
                     "de auditor komt volgende week"):  # was how /keurmerk asks the dates, with them stored
            (wished,) = await sim.send(BOB, told)
            assert "Succes met de audit" in visible(wished) and "hoe het ging" in visible(wished), told
            assert sim.db.nrto_keurmerk(BOB) == stored and sim.db.dialog(BOB) is None, told

    run(chat, tmp_path)


def test_an_audit_result_told_is_offered_for_the_nrto_dates(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        # the FAQ's answer, then the failed audit offered: was the answer alone
        answer, offer = await sim.send(BOB, "de auditor zegt dat we niet voldoen")
        assert "3 maanden" in visible(answer)
        assert "Audit niet voldaan op zondag 22 november 2026" in visible(offer)
        await sim.tap(BOB, offer, button(offer, "Ja, vastleggen"))
        assert sim.db.nrto_keurmerk(BOB).noncompliant_on == date(2026, 11, 22)  # type: ignore[union-attr]
        assert "22 februari 2027" in visible(sim.emulator.sent[-1])  # the improvement deadline
        # in plain words, the rule too (was the offer alone, after two unrelated suggestions)
        answer, offer = await sim.send(BOB, "we zijn gezakt voor de audit")
        assert "3 maanden" in visible(answer) and "Audit niet voldaan" in visible(offer)
        await sim.send(BOB, "nee")
        *_, offer = await sim.send(BOB, "we hebben de gecombineerde audit gehaald")
        assert "Gecombineerde audit 2026 gehaald" in visible(offer)
        await sim.send(BOB, "ja")
        assert sim.db.nrto_keurmerk(BOB).last_combined_audit_year == 2026  # type: ignore[union-attr]
        (status,) = await sim.send(BOB, "/status")
        assert "Volgende gecombineerde audit: 2030" in visible(status)
        for not_yet in ("we hebben de kwaliteitsverklaring nog niet verstuurd",  # was offered as sent today
                        "we hebben het blik op werk keurmerk nog niet verlengd"):  # was "Mooi! Tot wanneer …"
            replies = await sim.send(BOB, not_yet)
            assert not any("Wil je dit vastleggen" in visible(r) or "Mooi" in visible(r) for r in replies), not_yet
            assert sim.db.dialog(BOB) is None, not_yet
        assert sim.db.nrto_keurmerk(BOB).statement_sent_on is None  # type: ignore[union-attr]
        # had, with no outcome told: how it went, a button for each; a failed one on the day told
        (how,) = await sim.send(BOB, "we hebben vorige week de audit gehad")  # was how to tell the NRTO dates
        assert visible(how) == texts.AUDIT_HOW_WENT
        assert [label for label, _ in how.buttons][2:] == ["⚠️ Niet voldaan", "Nee, niets vastleggen"]
        await sim.tap(BOB, how, button(how, "Niet voldaan"))
        assert "Audit niet voldaan op zondag 15 november 2026" in visible(sim.emulator.sent[-1])
        (how,) = await sim.send(BOB, "de audit is geweest")  # no day told: it is asked, as /keurmerk does
        await sim.tap(BOB, how, button(how, "Niet voldaan"))
        assert "Op welke datum was de audit" in visible(sim.emulator.sent[-1])
        await sim.send(BOB, "/annuleer")
        # without NRTO dates: the FAQ alone, as before
        for failed in ("de auditor zegt dat we niet voldoen",
                       "de audit is niet goed gegaan", "we zijn gezakt voor de audit"):  # were "weet ik niet", tips
            (answer,) = await sim.send(ALICE, failed)
            assert "3 maanden" in visible(answer) and "Wil je dit vastleggen" not in visible(answer), failed
            assert "/keurmerk" in visible(answer), failed
        (passed,) = await sim.send(ALICE, "we hebben de audit gehaald")  # was the failed audit's answer, outright
        assert visible(passed).startswith("Gefeliciteerd!") and "/keurmerk" in visible(passed)
        assert sim.db.dialog(ALICE) is None and sim.db.nrto_keurmerk(ALICE) is None

    run(chat, tmp_path)


def test_every_step_told_without_dates_names_an_entry_of_the_certificate_source(kb: KnowledgeBase) -> None:
    """What follows each /uitslag step told without dates is an entry of the certificate source, by id."""
    assert set(RESULT_ENTRIES) == {"ingediend", "uitgesteld", "negatief"}  # "positief": congratulations instead
    assert {kb.by_id[entry].source_page for entry in RESULT_ENTRIES.values()} == {"noloc"}


def test_where_i_stand_asked_after_saying_who_one_is(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # was the entry on declaring work as uitvoerend jobcoach, outright
        (answer,) = await sim.send(ALICE, "ik ben register jobcoach, wat moet ik dit jaar nog doen?")
        assert "Ik ken je datums nog niet" in visible(answer) and "Bron:" not in visible(answer)
        # was when one has the keurmerk, outright: now the yearly steps, and how to have one's own
        (answer,) = await sim.send(ALICE, "wij hebben het nrto keurmerk, wat moeten we doen?")
        assert "In elk jaar zonder gecombineerde audit doe je de zelfevaluatie" in visible(answer)
        assert "/keurmerk" in visible(answer)
        # a member gets their own year, with no general answer to what was told ("when one has the keurmerk")
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (answer,) = await sim.send(BOB, "wij zijn een opleidingsbureau met het nrto keurmerk, wat moeten we dit jaar "
                                        "nog doen?")
        assert "Dit jaar: zelfevaluatie doen" in visible(answer) and not answer.buttons
        # a situation told first is the question itself: the FAQ, as before
        (answer,) = await sim.send(ALICE, "ik heb een uitgesteld advies gekregen, wat nu")
        assert "Bij een uitgesteld advies" in visible(answer)

    run(chat, tmp_path)


def test_a_question_after_what_is_told_first_is_answered_alone(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # were "weet ik niet zeker" with two suggestions: the whole message is nearest to no entry
        answer, day = await sim.send(ALICE, "ik ben register jobcoach en mijn certificaat verloopt in juni 2027, "
                                            "hoeveel punten heb ik nodig?")
        assert "verzamel je 75 PE-punten" in visible(answer)
        assert "Op welke dag in juni 2027 verloopt je certificaat?" in visible(day)  # the month told is taken up
        await sim.send(ALICE, "/annuleer")
        (answer,) = await sim.send(ALICE, "ik zie door de bomen het bos niet meer bij de recertificering, waar krijg "
                                          "ik ondersteuning")
        assert "Hoe kan ik hulp krijgen" in visible(answer)
        # the question alone, not sure enough on its own, stays unanswered
        (answer,) = await sim.send(ALICE, "ik werk al jaren als jobcoach in de praktijk, hoe geef ik dat aan bij de "
                                          "recertificering")
        assert "Ik ben Register Jobcoach en wil me laten recertificeren" not in visible(answer)

    run(chat, tmp_path)


def test_a_step_not_done_yet_gets_what_is_due_and_when(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        sim.db.save_noloc_certificate(BOB, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        (status,) = await sim.send(BOB, "we hebben de audit nog niet gehad")  # was the failed audit's entry
        assert "Volgende gecombineerde audit: 2028" in visible(status) and not status.buttons
        (status,) = await sim.send(BOB, "ik heb mijn portfolio nog niet ingediend")  # was what follows one
        assert "indienen kan vanaf maandag 1 maart 2027" in visible(status) and not status.buttons
        (status,) = await sim.send(BOB, "de kwaliteitsverklaring is nog niet verstuurd")  # was the FAQ's
        assert "Volgende gecombineerde audit: 2028" in visible(status) and "Register Jobcoach" not in visible(status)
        (points,) = await sim.send(BOB, "ik heb nog geen punten")  # was the evidence entry
        assert "Totaal: 0 van 75" in visible(points)
        # without dates: the step's own entry and how to tell them
        (answer,) = await sim.send(ALICE, "we hebben de audit nog niet gehad")
        assert "Het NRTO-keurmerk is 4 jaar geldig" in visible(answer) and texts.KEURMERK_INVITE in answer.text
        (answer,) = await sim.send(ALICE, "we hebben de zelfevaluatie nog niet gedaan")  # was three suggestions
        assert "In elk jaar zonder gecombineerde audit" in visible(answer)
        (answer,) = await sim.send(ALICE, "ik heb nog geen punten")
        assert "verzamel je 75 PE-punten" in visible(answer) and "/pe" in visible(answer)

    run(chat, tmp_path)


def test_a_certificate_renewed_is_told_in_words(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (ask,) = await sim.send(ALICE, "mijn certificaat is 2 jaar geleden verlengd")  # was "weet ik niet"
        assert "Op welke dag in 2024 ben je (her)gecertificeerd?" in visible(ask)
        await sim.send(ALICE, "/annuleer")
        (card,) = await sim.send(ALICE, "mijn certificaat is verlengd tot 1 juni 2030")
        assert "je certificaat verloopt op zaterdag 1 juni 2030" in visible(card)
        await sim.send(ALICE, "/annuleer")
        for told in ("mijn certificering is verlengd",  # no date: how to tell the new one
                     "ik ben opnieuw gecertificeerd", "ik heb mijn nieuwe certificaat binnen"):  # were the NRTO's
            (passed,) = await sim.send(ALICE, told)  # validity outright, and suggestions
            assert visible(passed) == html_visible_text(texts.PASSED_NO_DATES), told

    run(chat, tmp_path)


def test_an_expiry_month_told_with_a_question_gets_the_answer_and_its_day_asked(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # was the general answer with "Vertel me je datum", as if no date had been told
        answer, day = await sim.send(ALICE, "mijn certificaat verloopt in juni 2027, wanneer kan ik indienen?")
        assert "vanaf drie maanden voor het verlopen" in visible(answer) and "Vertel me je datum" not in visible(answer)
        assert "Op welke dag in juni 2027 verloopt je certificaat?" in visible(day)
        (card,) = await sim.send(ALICE, "1 juni 2027")
        saved = await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        assert any("indienen kan vanaf maandag 1 maart 2027" in visible(m) for m in saved if m.text)

    run(chat, tmp_path)


def test_whether_it_expires_in_a_month_is_answered_from_the_stored_date(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (day,) = await sim.send(BOB, "verloopt mijn certificaat in juni?")  # no date stored: its day is asked
        assert "Op welke dag in juni 2027" in visible(day)
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        (mine,) = await sim.send(ALICE, "verloopt mijn certificaat in juni?")  # was that day asked, as if unknown
        assert "Geldig tot dinsdag 1 juni 2027" in visible(mine) and "Op welke dag" not in visible(mine)
        _, told = await sim.send(ALICE, "mijn certificaat verloopt in juni 2028, wanneer kan ik indienen?")
        assert "Op welke dag in juni 2028" in visible(told)  # a new month told: its day is still asked

    run(chat, tmp_path)


def test_a_bare_date_may_be_told_as_the_nrto_keurmerks_instead(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(ALICE, "hoe lang is het nrto keurmerk geldig")
        (card,) = await sim.send(ALICE, "1 maart 2024")  # was a Register Jobcoach date, with no other way out
        await sim.tap(ALICE, card, button(card, "NRTO-keurmerk"))
        asked = sim.emulator.sent_to(ALICE, "sendMessage")[-1]
        assert "NRTO-keurmerk op vrijdag 1 maart 2024" in visible(asked) and "Blik op Werk" in visible(asked)
        assert sim.db.noloc_certificate(ALICE) is None and sim.db.dialog(ALICE).step == "bow"  # type: ignore[union-attr]
        assert not sim.emulator.messages[(ALICE, card.result["message_id"])].get("reply_markup")
        # a date ahead: Blik op Werk's end, the NRTO date to tell next
        (ahead,) = await sim.send(BOB, "1 april 2027")
        await sim.tap(BOB, ahead, button(ahead, "NRTO-keurmerk"))
        told = sim.emulator.sent_to(BOB, "sendMessage")[-1]
        assert "Blik op Werk Keurmerk is geldig tot donderdag 1 april 2027" in visible(told)
        assert "Op welke datum behaalde je organisatie het NRTO-keurmerk" in visible(told)
        assert sim.db.dialog(BOB).data == {"bow": "2027-04-01"}  # type: ignore[union-attr]
        # typed under the card, as the button says (was suggestions)
        await sim.send(ALICE, "/annuleer")
        await sim.send(ALICE, "1 maart 2024")
        (typed,) = await sim.send(ALICE, "nee, dat is ons nrto keurmerk")
        assert "NRTO-keurmerk op vrijdag 1 maart 2024" in visible(typed) and sim.db.noloc_certificate(ALICE) is None
        # said to be the certificate's: no such button
        for said in ("/certificaat 1 maart 2024", "mijn certificaat verloopt op 1 april 2027"):
            *_, cert = await sim.send(BOB, said)
            assert all("NRTO" not in label for label, _ in cert.buttons), said

    run(chat, tmp_path)


def test_an_audits_year_told_without_saying_which_asks_which_audit(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_nrto_keurmerk(BOB, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (which,) = await sim.send(BOB, "onze laatste audit was in 2025")  # was a pointer to /keurmerk
        assert visible(which) == "Welke audit was dat, in 2025?"
        await sim.tap(BOB, which, button(which, "Gecombineerde"))
        card = sim.emulator.sent_to(BOB, "sendMessage")[-1]
        assert "Laatste gecombineerde audit: 2025" in visible(card) and "Klopt dit?" in visible(card)
        await sim.tap(BOB, card, button(card, "Ja, opslaan"))
        assert sim.db.nrto_keurmerk(BOB).last_combined_audit_year == 2025  # type: ignore[union-attr]
        # the yearly Blik op Werk audit's year is not stored: said so, and nothing changes
        (which,) = await sim.send(ALICE, "we hadden onze laatste audit in 2023")
        await sim.tap(ALICE, which, button(which, "(jaarlijks)"))
        said = sim.emulator.messages[(ALICE, which.result["message_id"])]
        assert said["text"].startswith("Het jaar van de Blik op Werk-audit leg ik niet vast")
        assert sim.db.nrto_keurmerk(ALICE) is None and sim.db.dialog(ALICE) is None
        (asked,) = await sim.send(ALICE, "wanneer was onze laatste audit?")  # asked, not told: no such card
        assert "Welke audit" not in visible(asked)

    run(chat, tmp_path)


def test_a_date_alone_from_someone_with_both_schemes_may_be_the_keurmerks(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.db.save_noloc_certificate(ALICE, NolocCertificate(date(2023, 6, 1), date(2027, 6, 1)), NOW)
        (which,) = await sim.send(ALICE, "1 maart 2025")
        assert all("NRTO" not in label for label, _ in which.buttons)  # no keurmerk stored: not offered
        sim.db.save_nrto_keurmerk(ALICE, NrtoKeurmerk(date(2024, 3, 1), date(2027, 12, 31), 2024), NOW)
        (which,) = await sim.send(ALICE, "1 maart 2025")
        await sim.tap(ALICE, which, button(which, "NRTO-keurmerk"))  # was: activity, meeting or certificate only
        card = sim.emulator.sent_to(ALICE, "sendMessage")[-1]
        assert "Klopt dit?" in visible(card) and "1 maart 2025" in visible(card)
        await sim.tap(ALICE, card, button(card, "Ja, opslaan"))
        assert sim.db.nrto_keurmerk(ALICE).keurmerk_on == date(2025, 3, 1)  # type: ignore[union-attr]
        assert sim.db.noloc_certificate(ALICE).certified_on == date(2023, 6, 1)  # type: ignore[union-attr]
        (which,) = await sim.send(ALICE, "1 maart 2024")
        (typed,) = await sim.send(ALICE, "dat is ons keurmerk")  # typed, as the button
        assert "Klopt dit?" in visible(typed) and "1 maart 2024" in visible(typed)

    run(chat, tmp_path)
