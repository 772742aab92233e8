"""Group intervision end to end: three members (one never started the bot), plan, join, reminders, attendance,
deep link, refusals, a forum topic, and no personal data in any group message."""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

from chat import button, visible
from icalendar import Calendar
from pypdf import PdfReader

from bot import texts
from bot.dates import AMSTERDAM
from bot.emulator import BotApiEmulator, Sent, html_visible_text
from bot.export import meeting_ics
from bot.simulation import Simulation

ANNA, BOB, CAROL = 41, 42, 43
GROUP, FORUM = -800, -900


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 10, 0, tzinfo=AMSTERDAM)

    def __call__(self) -> datetime:
        return self.now

    def set(self, month: int, day: int, hour: int, minute: int = 0) -> None:
        self.now = datetime(2026, month, day, hour, minute, tzinfo=AMSTERDAM)




async def says(sim: Simulation, user: int, text: str, **kwargs: object) -> list[Sent]:
    """What the bot said (sendMessage) in answer to a message; edits and lookups left out."""
    return [s for s in await sim.send(user, text, **kwargs) if s.method == "sendMessage"]  # type: ignore[arg-type]


# Anna's expiry date, any count of points, her ledger entry, a personal meetings line
PERSONAL = re.compile(r"14 maart 2027|14 mrt 2027|2027-03-14|verloopt op|\d+(,\d+)? (PE-)?punten|van 75|"
                      r"Intervisie 2026:|Masterclass|gecertificeerd op|dagen\)", re.IGNORECASE)


def test_group_meeting_from_plan_to_attendance(tmp_path: Path) -> None:
    clock = Clock()

    async def main() -> None:
        emu = BotApiEmulator()
        emu.add_user(ANNA, "Anna", "anna")
        emu.add_user(BOB, "Bob", "bob")
        emu.add_user(CAROL, "Carol")
        emu.add_group(GROUP, "Intervisie Utrecht", [ANNA, BOB, CAROL], admins=[ANNA])
        # no rate limiter: over 20 group messages would wait a minute on it (its own test below)
        async with Simulation(tmp_path / "bot.db", clock=clock, emulator=emu, rate_limit=False) as sim:
            # Anna and Bob use the bot privately; Anna has personal data that must stay private
            await sim.send(ANNA, "/start")
            await sim.send(BOB, "/start")
            (card,) = await sim.send(ANNA, "mijn certificaat verloopt op 14 maart 2027")
            await sim.tap(ANNA, card, button(card, "Ja, opslaan"))
            await sim.send(ANNA, "/pe 1-6-2026 3 uur Masterclass loopbaanregie")

            # added to the group: one introduction, not two
            emu.user_joins_bot_to_group(ANNA, GROUP)
            *_, group_help = await sim.send(ANNA, "/help", chat_id=GROUP)
            # what works in the group, not the private commands; the rest one tap away
            assert "/intervisie" in visible(group_help) and "/pe " not in visible(group_help)
            assert button(group_help, "Alle opdrachten").endswith("?start=help")
            (group_start,) = await sim.send(BOB, "/start", chat_id=GROUP)  # was the private welcome (/mijngegevens …)
            assert visible(group_start) == visible(group_help)
            (all_help,) = await sim.send(ANNA, "/start help")
            assert "/pe" in visible(all_help) and "/export" in visible(all_help)
            emu.user_joins_bot_to_group(ANNA, GROUP)
            await sim.send(ANNA, "/groep", chat_id=GROUP)
            intros = [s for s in emu.sent_to(GROUP) if "Ik ben <b>recertbot</b>" in s.text]
            assert len(intros) == 1 and "privéchat" in visible(intros[0])

            # Bob (no admin) plans; everyone answers; the card updates in place
            (meeting_card,) = await sim.send(BOB, "/intervisie 12 december 14:00 casus bespreken", chat_id=GROUP)
            assert "zaterdag 12 december 2026 om 14:00" in visible(meeting_card)
            assert "Onderwerp: casus bespreken" in visible(meeting_card)
            await sim.tap(ANNA, meeting_card, button(meeting_card, "Ik doe mee"))
            await sim.tap(CAROL, meeting_card, button(meeting_card, "Ik doe mee"))
            await sim.tap(CAROL, meeting_card, button(meeting_card, "Ik doe mee"))  # again: no edit changing nothing
            await sim.tap(BOB, meeting_card, button(meeting_card, "Kan niet"))
            shown = emu.messages[(GROUP, meeting_card.result["message_id"])]
            assert "Doen mee (2): Anna, Carol" in shown["text"] and "Kunnen niet (1): Bob" in shown["text"]

            # Carol may not cancel; the card's button and the command both refuse
            await sim.tap(CAROL, meeting_card, button(meeting_card, "Annuleren"))
            assert "Alleen wie de bijeenkomst plande" in str(list(emu.answered_callbacks.values())[-1].get("text"))
            (refused,) = await says(sim, CAROL, "/intervisie annuleer", chat_id=GROUP)
            assert "Alleen wie de bijeenkomst plande" in visible(refused)
            assert sim.db.meetings_in(GROUP)

            # reminders in the group: the day before and one hour before, once each
            clock.set(12, 11, 13, 30)
            await sim.dispatch()
            assert not [s for s in emu.sent_to(GROUP) if "intervisie:" in s.text.lower()]
            clock.set(12, 11, 14, 0)
            await sim.dispatch()
            await sim.dispatch()
            clock.set(12, 12, 13, 0)
            await sim.dispatch()
            pushes = [visible(s) for s in emu.sent_to(GROUP) if s.text.startswith("🔔")]
            assert pushes == ["🔔 Morgen intervisie: zaterdag 12 december 2026 om 14:00 (casus bespreken).",
                              "🔔 Over een uur intervisie: zaterdag 12 december 2026 om 14:00 (casus bespreken)."]

            # before the meeting "Ik was erbij" is not there; after it, the card asks
            clock.set(12, 12, 16, 0)
            await sim.dispatch()
            shown = emu.messages[(GROUP, meeting_card.result["message_id"])]
            was = button(shown, "Ik was erbij")

            # Anna (started): logged once, confirmed privately
            await sim.tap(ANNA, meeting_card, was)
            await sim.tap(ANNA, meeting_card, was)
            assert len(sim.db.reflections(ANNA)) == 1
            confirmations = [visible(s) for s in emu.sent_to(ANNA) if "intervisie op zaterdag 12 december" in s.text]
            assert confirmations and "Intervisie 2026: 1 van 3" in confirmations[0]

            # Carol never started the bot: a deep link in the group, then logged when she opens it
            await sim.tap(CAROL, meeting_card, was)
            link_message = emu.sent_to(GROUP)[-1]
            link = button(link_message, "Vastleggen in privéchat")
            payload = link.split("?start=")[1]
            assert sim.db.reflections(CAROL) == []
            (forged,) = await sim.send(BOB, f"/start {payload}")  # Bob cannot use Carol's link
            assert "werkt niet" in visible(forged) and sim.db.reflections(BOB) == []
            (logged,) = await says(sim, CAROL, f"/start {payload}")
            assert "Vastgelegd" in visible(logged) and len(sim.db.reflections(CAROL)) == 1
            await sim.send(CAROL, f"/start {payload}")
            assert len(sim.db.reflections(CAROL)) == 1

            # the group overview, and personal commands in the group
            (overview,) = await sim.send(CAROL, "/groep", chat_id=GROUP)
            assert "Gehouden in 2026: 1" in visible(overview)
            for command in ("/status", "/punten", "/pe", "/bewijs", "/herinneringen"):
                (private_button,) = await says(sim, ANNA, command, chat_id=GROUP)
                assert "privéchat" in visible(private_button)
            # Anna asks for her own date in the group: the general answer, and a link to hers in private
            (general,) = await says(sim, ANNA, "@recertbot wanneer verloopt mijn certificaat?", chat_id=GROUP)
            assert "Mijn Noloc" in visible(general) and "Jouw eigen datums" in visible(general)
            assert "?start=status" in general.text
            (points,) = await says(sim, ANNA, "@recertbot hoe sta ik ervoor met mijn punten?", chat_id=GROUP)
            assert "Jouw eigen datums, punten" in visible(points) and "Totaal" not in visible(points)
            (empty,) = await says(sim, CAROL, "@recertbot", chat_id=GROUP)  # a mention alone: how to ask with one
            assert visible(empty) == "Zet je vraag achter mijn naam, bijvoorbeeld: @recertbot wat kost recertificering?"
            (plans,) = await says(sim, CAROL, "@recertbot wanneer is de volgende intervisie?", chat_id=GROUP)
            assert visible(plans) == visible(overview)  # the group's plans, as /groep shows them, not an FAQ entry
            (who,) = await says(sim, CAROL, "@recertbot wie doen er mee?", chat_id=GROUP)
            assert visible(who) == visible(overview)
            (ours,) = await says(sim, CAROL, "@recertbot hoeveel bijeenkomsten hebben we dit jaar gehad?",
                                 chat_id=GROUP)
            assert visible(ours) == visible(overview)  # the group's count (was the rule on reflection reports)
            # the meeting just held, told in words: recorded as 🙋 would (was how to tap it; before that, three
            # suggestions); she had it logged already, so once
            *_, attended = await says(sim, CAROL, "@recertbot ik was er vorige keer ook bij", chat_id=GROUP)
            assert visible(attended).startswith("Genoteerd, Carol") and len(sim.db.reflections(CAROL)) == 1
            (glad,) = await says(sim, CAROL, "@recertbot was leuk vanavond!", chat_id=GROUP)  # was "weet ik niet"
            assert visible(glad) == html_visible_text(texts.PRAISED_IN_GROUP)
            (how,) = await says(sim, CAROL, "@recertbot hoe werkt de groepsfunctie?", chat_id=GROUP)
            assert visible(how).startswith("In deze groep kan ik:")  # as /help there (was a portfolio answer)
            (what,) = await says(sim, CAROL, "@recertbot wat kan je hier?", chat_id=GROUP)  # was the private intro
            assert visible(what) == visible(how)
            (mine,) = await says(sim, CAROL, "@recertbot kan ik mijn punten zien", chat_id=GROUP)  # was the FAQ's
            assert "privéchat" in visible(mine) and "Totaal" not in visible(mine)
            (privately,) = await says(sim, CAROL, "hoe voeg ik de bot toe aan mijn groep?")
            assert "Voeg mij als lid toe aan de Telegram-groep" in visible(privately)
            (unknown,) = await says(sim, CAROL, "@recertbot de koffie staat klaar", chat_id=GROUP)
            assert "Dat weet ik helaas niet zeker" in visible(unknown)  # with what the bot does for the group
            assert visible(unknown).endswith(html_visible_text(texts.GROUP_NONE_HINT))
            (private,) = await says(sim, CAROL, "de koffie staat klaar")
            assert "Dat weet ik helaas niet zeker" in visible(private) and "/groep" not in visible(private)
            for said in ("@recertbot ik doe mee", "@recertbot ik kan toch niet"):  # nothing coming to answer
                (rsvp,) = await says(sim, CAROL, said, chat_id=GROUP)  # "toch" got the 2FA FAQ
                assert visible(rsvp) == html_visible_text(texts.MEETING_NONE)
            *_, attend = await says(sim, CAROL, "@recertbot kun je mijn aanwezigheid registreren?", chat_id=GROUP)
            assert visible(attend).startswith("Genoteerd, Carol")  # as 🙋 on the card (was "weet ik niet")
            (move,) = await says(sim, CAROL, "@recertbot verplaats de intervisie naar 10 december", chat_id=GROUP)
            assert visible(move) == html_visible_text(texts.MEETING_NONE)  # as /intervisie verzet: nothing coming
            (held,) = await says(sim, CAROL, "@recertbot hoeveel intervisies moet ik dit jaar nog?", chat_id=GROUP)
            assert "Jouw eigen datums, punten" in visible(held) and "Intervisie 2026:" not in visible(held)
            # Anna tells her date, or an activity, in the group: that is recorded in private only
            open_before = sim.db.dialog(ANNA)
            for told, command in (("@recertbot mijn certificaat verloopt op 1 juni 2027", "certificaat"),
                                  ("@recertbot ik heb gisteren een webinar van 2 uur gevolgd", "pe")):
                (private_button,) = await says(sim, ANNA, told, chat_id=GROUP)
                assert "privéchat" in visible(private_button) and f"?start={command}" in str(private_button.result)
            (asked,) = await says(sim, ANNA, "@recertbot ik heb mijn portfolio ingediend, wat gebeurt er nu",
                                  chat_id=GROUP)
            assert "8 weken" in visible(asked) and "Jouw eigen datums, punten" in visible(asked)  # told and asked
            assert sim.db.activities(ANNA) == [] and sim.db.dialog(ANNA) == open_before

            # /bewijs in private: a PDF that says it is not an official form
            replies = await sim.send(ANNA, "/bewijs")
            pdf = emu.files[replies[-1].result["document"]["file_id"]][1]
            text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
            text = " ".join(text.split())
            for expected in ("Intervisie Utrecht", "casus bespreken", "geen officieel formulier", "A3.1", "12 dec"):
                assert expected in text, expected

            # nothing the bot sent to the group contains anyone's personal data
            for sent in emu.sent_to(GROUP):
                assert not PERSONAL.search(visible(sent)), visible(sent)
            assert not emu.errors(), [(e.method, e.error) for e in emu.errors()]

    asyncio.run(main())


def test_forum_topic_meeting_and_admin_cancel(tmp_path: Path) -> None:
    clock = Clock()

    async def main() -> None:
        emu = BotApiEmulator()
        emu.add_user(ANNA, "Anna")
        emu.add_user(BOB, "Bob")
        emu.add_group(FORUM, "Kring Oost", [ANNA, BOB], admins=[ANNA], forum=True)
        async with Simulation(tmp_path / "bot.db", clock=clock, emulator=emu) as sim:
            (card,) = await sim.send(BOB, "/intervisie morgen 15:00-17:00 grenzen stellen", chat_id=FORUM, thread_id=7)
            assert card.params.get("message_thread_id") == 7
            assert "maandag 23 november 2026 om 15:00-17:00" in visible(card)  # the end shown with the start
            assert "Onderwerp: grenzen stellen" in visible(card)
            clock.set(11, 23, 14, 0)
            await sim.dispatch()
            (push,) = [s for s in emu.sent_to(FORUM) if s.text.startswith("🔔")]
            assert push.params.get("message_thread_id") == 7 and "Over een uur" in push.text
            (moved,) = await says(sim, BOB, "/intervisie verzet 24 november 16:00", chat_id=FORUM, thread_id=7)
            assert visible(moved).endswith("dinsdag 24 november 2026 om 16:00.")  # moved without an end: none kept
            shown = emu.messages[(FORUM, card.result["message_id"])]
            assert "om 16:00\n" in shown["text"] and "17:00" not in shown["text"]
            await sim.tap(ANNA, card, button(card, "Annuleren"))  # Anna is an admin
            shown = emu.messages[(FORUM, card.result["message_id"])]
            assert "Geannuleerd" in shown["text"] and not shown.get("reply_markup")
            clock.set(11, 24, 15, 0)
            await sim.dispatch()
            assert len([s for s in emu.sent_to(FORUM) if s.text.startswith("🔔")]) == 1  # none after cancelling
            (none,) = await says(sim, BOB, "/intervisie annuleer", chat_id=FORUM, thread_id=7)
            assert "geen bijeenkomst" in visible(none)
            (bad,) = await sim.send(BOB, "/intervisie gisteren 10:00", chat_id=FORUM, thread_id=7)
            assert "voorbij" in visible(bad)
            (usage,) = await sim.send(BOB, "/intervisie", chat_id=FORUM, thread_id=7)
            assert "Plan zo" in visible(usage)
            (private,) = await sim.send(BOB, "/intervisie 12 december 14:00")
            assert "groepschat" in visible(private)
            assert not emu.errors(), [(e.method, e.error) for e in emu.errors()]

    asyncio.run(main())


def with_anna_in_a_group(tmp_path: Path, chat: Callable[[Simulation], Awaitable[None]], clock: Clock | None = None,
                         with_bob: bool = False, rate_limit: bool = True) -> None:
    """Play a chat in a group where the bot and Anna (an admin) are, and Bob `with_bob`; the emulator must refuse
    nothing."""
    async def main() -> None:
        emu = BotApiEmulator()
        emu.add_user(ANNA, "Anna", "anna")
        emu.add_user(BOB, "Bob", "bob")
        emu.add_group(GROUP, "Intervisie Utrecht", [ANNA, BOB] if with_bob else [ANNA], admins=[ANNA])
        async with Simulation(tmp_path / "bot.db", clock=clock or Clock(), emulator=emu, rate_limit=rate_limit) as sim:
            emu.user_joins_bot_to_group(ANNA, GROUP)
            await chat(sim)
            assert not emu.errors(), [(e.method, e.error) for e in emu.errors()]

    asyncio.run(main())


def test_moving_a_meeting_to_its_own_time_changes_nothing(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(ANNA, "/intervisie 15 december 10:00-12:00 supervisie", chat_id=GROUP)
        (moved,) = await says(sim, ANNA, "/intervisie verzet 20 december 15:00", chat_id=GROUP)
        assert visible(moved) == "Verzet naar zondag 20 december 2026 om 15:00."
        (same,) = await says(sim, ANNA, "/intervisie verzet 20 december 15:00", chat_id=GROUP)
        assert visible(same) == "De intervisie staat al op zondag 20 december 2026 om 15:00."
        # and no edit that changes nothing: Telegram refuses it ("message is not modified")
        await sim.send(ANNA, "/intervisie 22 december 10:00 casus", chat_id=GROUP)
        (named,) = await says(sim, ANNA, "/intervisie verzet 22 december naar 23 december", chat_id=GROUP)
        assert visible(named) == "Verzet naar woensdag 23 december 2026 om 10:00."  # that one, not the next

    with_anna_in_a_group(tmp_path, chat)


def test_a_meeting_planned_moved_cancelled_and_answered_in_words(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # was how to type /intervisie: now planned as /intervisie would
        *_, card = await says(sim, ANNA, "@recertbot plan een intervisie op 5 januari om 10 uur over casuïstiek",
                              chat_id=GROUP)  # after the bot's introduction to the group
        assert "dinsdag 5 januari 2027 om 10:00" in visible(card) and "Onderwerp: casuïstiek" in visible(card)
        (how,) = await says(sim, ANNA, "@recertbot hoe plan ik een intervisie?", chat_id=GROUP)  # no day: how
        assert visible(how) == html_visible_text(texts.MEETING_USAGE)
        (private,) = await says(sim, ANNA, "kun je een intervisie plannen op 5 januari")
        assert visible(private) == html_visible_text(texts.MEETING_PRIVATE)
        for said in ("ik doe mee", "ik kan toch niet op 5 januari"):  # in private: where to say it (were suggestions)
            (where,) = await says(sim, ANNA, said)
            assert visible(where) == html_visible_text(texts.RSVP_PRIVATE), said
        assert sim.db.dialog(ANNA) is None
        # a day alone keeps the time (was how to type it, and /intervisie verzet asked "Hoe laat?")
        (moved,) = await says(sim, ANNA, "@recertbot verzet de intervisie naar 6 januari", chat_id=GROUP)
        assert visible(moved) == "Verzet naar woensdag 6 januari 2027 om 10:00."
        (back,) = await says(sim, ANNA, "@recertbot verzet hem naar 7 januari", chat_id=GROUP)  # was "weet ik niet"
        assert visible(back) == "Verzet naar donderdag 7 januari 2027 om 10:00."
        await says(sim, ANNA, "@recertbot kunnen we die verplaatsen naar 6 januari?", chat_id=GROUP)
        (later,) = await says(sim, ANNA, "/intervisie verzet 11:00", chat_id=GROUP)  # a time alone keeps the day
        assert visible(later) == "Verzet naar woensdag 6 januari 2027 om 11:00."
        (put,) = await says(sim, ANNA, "@recertbot zet hem op 12:00", chat_id=GROUP)  # was "weet ik niet"
        assert visible(put) == "Verzet naar woensdag 6 januari 2027 om 12:00."
        await says(sim, ANNA, "@recertbot zet de intervisie op 11:00", chat_id=GROUP)
        # coming or not, in words: recorded as the card's buttons would (was: tap the buttons)
        # an amount from its own moment (was "Naar welke dag of tijd?"; before that, how long a portfolio takes)
        *_, later = await says(sim, ANNA, "@recertbot kunnen we het een uur later doen?", chat_id=GROUP)
        assert visible(later) == "Verzet naar woensdag 6 januari 2027 om 12:00."
        *_, back = await says(sim, ANNA, "@recertbot zet hem een uur eerder", chat_id=GROUP)  # was "weet ik niet"
        assert visible(back) == "Verzet naar woensdag 6 januari 2027 om 11:00."
        *_, half = await says(sim, ANNA, "@recertbot kan het een half uur later?", chat_id=GROUP)  # "weet ik niet"
        assert visible(half) == "Verzet naar woensdag 6 januari 2027 om 11:30."
        await says(sim, ANNA, "@recertbot zet hem een half uur eerder", chat_id=GROUP)
        assert "6 januari 2027 om 11:00" in sim.emulator.messages[(GROUP, card.result["message_id"])]["text"]
        # was "weet ik niet"
        (noted,) = await says(sim, ANNA, "@recertbot sorry, ik moet werken die dag", chat_id=GROUP)
        assert visible(noted) == "Jammer! Genoteerd: Anna kan niet op woensdag 6 januari 2027 om 11:00."
        (noted,) = await says(sim, ANNA, "@recertbot toch wel, ik kan wel", chat_id=GROUP)
        assert visible(noted) == "Genoteerd: Anna doet mee op woensdag 6 januari 2027 om 11:00."
        (noted,) = await says(sim, ANNA, "@recertbot ik ben verhinderd", chat_id=GROUP)  # was "weet ik niet"
        assert visible(noted) == "Jammer! Genoteerd: Anna kan niet op woensdag 6 januari 2027 om 11:00."
        await says(sim, ANNA, "@recertbot toch wel, ik kan wel", chat_id=GROUP)
        (noted,) = await says(sim, ANNA, "@recertbot ik kan toch niet op 6 januari", chat_id=GROUP)
        assert visible(noted) == "Jammer! Genoteerd: Anna kan niet op woensdag 6 januari 2027 om 11:00."
        meeting_id = sim.db.meetings_in(GROUP)[0].id
        assert sim.db.meeting_answers(meeting_id) == [("Anna", "nee")]
        shown = sim.emulator.messages[(GROUP, card.result["message_id"])]
        assert "Kunnen niet (1): Anna" in shown["text"]
        (other_day,) = await says(sim, ANNA, "@recertbot ik doe mee op 7 januari", chat_id=GROUP)
        assert "Op donderdag 7 januari 2027 staat geen intervisie gepland" in visible(other_day)
        second = await says(sim, ANNA, "/intervisie 8 januari 10:00", chat_id=GROUP)
        (which,) = await says(sim, ANNA, "@recertbot ik doe mee", chat_id=GROUP)  # two coming: which is asked
        assert "Noem de dag" in visible(which)
        (day,) = await says(sim, ANNA, "@recertbot ik doe mee op 8 januari", chat_id=GROUP)
        assert visible(day) == "Genoteerd: Anna doet mee op vrijdag 8 januari 2027 om 10:00."
        (again,) = await says(sim, ANNA, "@recertbot ik kom ook op 8 januari", chat_id=GROUP)  # was "weet ik niet"
        assert visible(again) == visible(day)  # said again: no edit of the card that changes nothing
        (off,) = await says(sim, ANNA, "@recertbot ik meld me af voor 8 januari", chat_id=GROUP)  # "weet ik niet"
        assert visible(off) == "Jammer! Genoteerd: Anna kan niet op vrijdag 8 januari 2027 om 10:00."
        (how,) = await says(sim, ANNA, "@recertbot hoe meld ik me af voor de intervisie?", chat_id=GROUP)
        assert "🚫 Kan niet" in visible(how)  # was how to sign up for recertification, outright
        (overview,) = await says(sim, ANNA, "/groep", chat_id=GROUP)
        for asked in ("hoeveel mensen komen er?", "hoe laat is de intervisie", "wat is het onderwerp",
                      "waar is de intervisie?", "wat gaan we doen op de bijeenkomst"):
            (answer,) = await says(sim, ANNA, f"@recertbot {asked}", chat_id=GROUP)  # were "weet ik niet" or FAQ
            assert visible(answer) == visible(overview), asked
        (friday,) = await says(sim, ANNA, "@recertbot wie komen er vrijdag?", chat_id=GROUP)  # that day's alone
        assert "8 januari" in visible(friday) and "6 januari" not in visible(friday)
        assert "Kunnen niet (1): Anna" in sim.emulator.messages[(GROUP, card.result["message_id"])]["text"]
        (wrong,) = await says(sim, ANNA, "/intervisie annuleer 31 november", chat_id=GROUP)  # no such day: none
        assert "31 november bestaat niet" in visible(wrong) and len(sim.db.meetings_in(GROUP)) == 2
        (wrong,) = await says(sim, ANNA, "@recertbot ik kan niet op 31 november", chat_id=GROUP)
        assert "bestaat niet" in visible(wrong)
        await sim.send(ANNA, "/intervisie annuleer 8 januari", chat_id=GROUP)  # that one (was the next one)
        assert second and [m.id for m in sim.db.meetings_in(GROUP)] == [meeting_id]
        # cancelling in words asks first, with the card's own button
        (ask,) = await says(sim, ANNA, "@recertbot de intervisie gaat niet door", chat_id=GROUP)
        assert "Annuleren: intervisie van woensdag 6 januari 2027 om 11:00?" in visible(ask)
        assert sim.db.meetings_in(GROUP) != []
        await sim.tap(ANNA, ask, button(ask, "Ja, annuleren"))
        assert sim.db.meetings_in(GROUP) == []
        assert "Geannuleerd" in sim.emulator.messages[(GROUP, card.result["message_id"])]["text"]
        assert "Geannuleerd" in sim.emulator.messages[(GROUP, ask.result["message_id"])]["text"]

    with_anna_in_a_group(tmp_path, chat, rate_limit=False)  # over 20 group messages: see the next test


def test_past_the_group_limit_every_reply_still_comes_in_order(tmp_path: Path) -> None:
    """Telegram allows a group 20 messages a minute: the rate limiter holds the 21st and later back (about
    3 s each), and nothing is lost or reordered."""
    async def chat(sim: Simulation) -> None:
        asked = [f"@recertbot vraag {n}: hoeveel pe punten heb ik nodig?" for n in range(23)]
        for text in asked:
            *_, answer = await says(sim, ANNA, text, chat_id=GROUP)  # the first after the bot's introduction
            assert "75 PE-punten" in visible(answer), text
        sent = [s for s in sim.emulator.sent if s.params.get("chat_id") == GROUP and s.method == "sendMessage"]
        replied_to = [s.result["reply_to_message"]["message_id"] for s in sent[-len(asked):]]
        assert replied_to == sorted(replied_to) and len(set(replied_to)) == len(asked)

    with_anna_in_a_group(tmp_path, chat)


def test_a_bare_intervisie_shows_what_is_planned_with_how_to_plan(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        *_, usage = await says(sim, ANNA, "/intervisie", chat_id=GROUP)
        assert visible(usage) == html_visible_text(texts.MEETING_USAGE)  # nothing planned: how to plan
        await sim.send(ANNA, "/intervisie 15 december 10:00 casus", chat_id=GROUP)
        # was how to plan alone, as if nothing were planned
        (shown,) = await says(sim, ANNA, "/intervisie", chat_id=GROUP)
        assert "dinsdag 15 december 2026 om 10:00 — casus" in visible(shown) and "Verzetten" in visible(shown)
        (when,) = await says(sim, ANNA, "@recertbot hoe laat begint het?", chat_id=GROUP)  # was two NRTO suggestions
        assert "dinsdag 15 december 2026 om 10:00 — casus" in visible(when) and "Bron:" not in visible(when)

    with_anna_in_a_group(tmp_path, chat)


def test_a_meeting_card_puts_the_meeting_in_a_members_calendar(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        *_, card = await says(sim, ANNA, "/intervisie 15 december 10:00-12:00 casus", chat_id=GROUP)
        link = button(card, "In je agenda")  # a link into the private chat, the same for every member
        assert link.startswith("https://t.me/") and "?start=ics-" in link
        payload = link.split("?start=", 1)[1]
        (sent,) = await sim.send(ANNA, f"/start {payload}")
        assert sent.method == "sendDocument" and sent.params["chat_id"] == ANNA
        event = Calendar.from_ical(sim.emulator.files[sent.result["document"]["file_id"]][1]).walk("VEVENT")[0]
        assert event.decoded("dtstart") == datetime(2026, 12, 15, 10, 0, tzinfo=AMSTERDAM)
        assert event.decoded("dtend") == datetime(2026, 12, 15, 12, 0, tzinfo=AMSTERDAM)
        assert str(event["summary"]) == "Intervisie Intervisie Utrecht: casus"
        # moved: the same link gives the new time under the same UID, so the calendar updates
        await sim.send(ANNA, "/intervisie verzet 16 december 14:00", chat_id=GROUP)
        (moved,) = await sim.send(ANNA, f"/start {payload}")
        again = Calendar.from_ical(sim.emulator.files[moved.result["document"]["file_id"]][1]).walk("VEVENT")[0]
        assert again["uid"] == event["uid"] and again.decoded("dtstart").day == 16
        # a forged or mistyped payload gets no meeting
        meeting_id = payload.split("-")[1]
        (refused,) = await sim.send(ANNA, f"/start ics-{meeting_id}-0000000000000000")
        assert visible(refused) == html_visible_text(texts.MEETING_CALENDAR_BAD)

    with_anna_in_a_group(tmp_path, chat)


def test_a_feature_asked_for_in_a_group_opens_the_private_chat(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # were a confident FAQ answer ("wat moet ik opsturen naar de NRTO") and "weet ik niet"
        for asked, command in (("@recertbot kun je de deadlines in mijn agenda zetten", "agenda"),
                               ("@recertbot zet de herinneringen uit", "herinneringen"),
                               ("@recertbot ik heb me vergist", "lijst")):
            *_, private = await says(sim, ANNA, asked, chat_id=GROUP)
            assert visible(private) == html_visible_text(texts.PRIVATE_ONLY), asked
            assert button(private, "privéchat").endswith(f"?start={command}")
        # a question about recertification is still answered in the group
        *_, answer = await says(sim, ANNA, "@recertbot wat kost recertificering", chat_id=GROUP)
        assert "€ 200" in visible(answer)

    with_anna_in_a_group(tmp_path, chat)


def test_a_group_meeting_also_told_with_reflectie_counts_once(tmp_path: Path) -> None:
    clock = Clock()

    async def chat(sim: Simulation) -> None:
        emu = sim.emulator
        await sim.send(ANNA, "/start")
        await sim.send(BOB, "/start")
        *_, card = await says(sim, ANNA, "/intervisie 22 november 11:00 casus", chat_id=GROUP)
        clock.set(11, 22, 14, 0)
        await sim.dispatch()
        was = button(emu.messages[(GROUP, card.result["message_id"])], "Ik was erbij")
        # Anna told it by hand first, then taps: one meeting, which is now the group's
        await sim.send(ANNA, "/reflectie vandaag met Utrecht")
        await sim.tap(ANNA, card, was)
        assert len(sim.db.reflections(ANNA)) == 1 and sim.db.attendance_count(card_meeting(sim)) == 1
        said = visible(emu.sent_to(ANNA)[-1])
        assert said.startswith("Die staat er al") and "Intervisie 2026: 1 van 3" in said
        # Bob taps first, then tells it by hand
        await sim.tap(BOB, card, was)
        (twice,) = await says(sim, BOB, "/reflectie vandaag met intervisie utrecht")
        assert visible(twice).startswith("Die staat er al") and len(sim.db.reflections(BOB)) == 1

    with_anna_in_a_group(tmp_path, chat, clock, with_bob=True)


def test_having_been_there_said_in_the_group_is_recorded_privately(tmp_path: Path) -> None:
    clock = Clock()

    async def chat(sim: Simulation) -> None:
        await sim.send(ANNA, "/start")
        await says(sim, ANNA, "/intervisie 22 november 11:00 casus", chat_id=GROUP)
        (early,) = await says(sim, ANNA, "@recertbot ik was erbij", chat_id=GROUP)  # not begun: how 🙋 does it
        assert visible(early) == html_visible_text(texts.ATTEND_BY_BUTTON) and sim.db.reflections(ANNA) == []
        clock.set(11, 22, 14, 0)
        await sim.dispatch()
        private, noted = await says(sim, ANNA, "@recertbot ik was erbij", chat_id=GROUP)  # was how to tap 🙋
        assert private.chat_id == ANNA and "Vastgelegd: intervisie op zondag 22 november 2026" in visible(private)
        assert noted.chat_id == GROUP and visible(noted).startswith("Genoteerd, Anna: de bijeenkomst van zondag")
        assert not PERSONAL.search(visible(noted))  # her count stays in private
        assert len(sim.db.reflections(ANNA)) == 1 and sim.db.attendance_count(card_meeting(sim)) == 1
        await says(sim, ANNA, "@recertbot ik was er", chat_id=GROUP)  # said twice: once
        assert len(sim.db.reflections(ANNA)) == 1
        (link,) = await says(sim, BOB, "@recertbot ik was er ook", chat_id=GROUP)  # never started: the deep link
        assert "?start=" in button(link, "Vastleggen in privéchat") and sim.db.reflections(BOB) == []
        clock.set(11, 26, 14, 0)  # days later, which meeting is meant is no longer taken for granted
        (late,) = await says(sim, BOB, "@recertbot ik was erbij", chat_id=GROUP)
        assert visible(late) == html_visible_text(texts.ATTEND_BY_BUTTON)

    with_anna_in_a_group(tmp_path, chat, clock, with_bob=True)


def test_a_meeting_told_moved_and_declined_in_plain_words(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        *_, card = await says(sim, ANNA, "@recertbot volgende bijeenkomst 8 december 19:30", chat_id=GROUP)
        assert "dinsdag 8 december 2026 om 19:30" in visible(card)  # was "weet ik niet"
        (twice,) = await says(sim, BOB, "@recertbot de volgende intervisie is 8 december om 19:30", chat_id=GROUP)
        assert visible(twice).startswith("Die staat er al") and len(sim.db.meetings_in(GROUP)) == 1
        (again,) = await says(sim, ANNA, "/intervisie 8 december 19:30 casus", chat_id=GROUP)  # typed twice: one card
        assert visible(again) == visible(twice) and len(sim.db.meetings_in(GROUP)) == 1
        (when,) = await says(sim, BOB, "@recertbot hoe laat was het ook alweer?", chat_id=GROUP)
        assert "8 december 2026 om 19:30" in visible(when)  # was a suggestion about a negative advice
        (moved,) = await says(sim, ANNA, "@recertbot verplaats naar 9 december", chat_id=GROUP)
        assert visible(moved) == "Verzet naar woensdag 9 december 2026 om 19:30."
        (off,) = await says(sim, BOB, "@recertbot ik ben er op 9 december niet", chat_id=GROUP)
        assert visible(off) == "Jammer! Genoteerd: Bob kan niet op woensdag 9 december 2026 om 19:30."
        (why,) = await says(sim, ANNA, "@recertbot ik kan niet, want ik ben ziek", chat_id=GROUP)  # with why
        assert visible(why) == "Jammer! Genoteerd: Anna kan niet op woensdag 9 december 2026 om 19:30."
        (calendar,) = await says(sim, BOB, "@recertbot zet het in mijn agenda", chat_id=GROUP)  # was /agenda's link
        assert visible(calendar).startswith("📆 De bijeenkomst van woensdag 9 december 2026 om 19:30")
        payload = button(calendar, "In je agenda").split("?start=")[1]
        await sim.send(BOB, "/start")
        *_, ics = await sim.send(BOB, f"/start {payload}")
        assert ics.method == "sendDocument" and ics.files  # the meeting's own file, as the card's 📆 sends

    with_anna_in_a_group(tmp_path, chat, with_bob=True)


def test_leaving_the_bot_asked_gets_how_to_pause_and_how_to_erase(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(ANNA, "/start")
        (private,) = await says(sim, ANNA, "ik wil stoppen met de bot")  # was "weet ik niet"
        assert visible(private) == html_visible_text(texts.FEATURE_HINTS["stoppen"])
        assert "/stop" in visible(private) and "/vergeet" in visible(private)
        (group,) = await says(sim, ANNA, "@recertbot hoe meld ik me af bij deze bot?", chat_id=GROUP)
        assert visible(group) == visible(private) and sim.db.dialog(ANNA) is None  # nothing paused or erased

    with_anna_in_a_group(tmp_path, chat)


def test_where_a_meeting_is_told_goes_on_its_card(tmp_path: Path) -> None:
    clock = Clock()

    async def chat(sim: Simulation) -> None:
        *_, card = await says(sim, ANNA, "/intervisie 8 december 19:30 casus", chat_id=GROUP)
        (noted,) = await says(sim, ANNA, "@recertbot de bijeenkomst is in het buurthuis", chat_id=GROUP)
        assert visible(noted).startswith("Genoteerd: de intervisie van dinsdag 8 december 2026 om 19:30 is in het")
        assert "Waar: in het buurthuis" in sim.emulator.messages[(GROUP, card.result["message_id"])]["text"]
        (where,) = await says(sim, BOB, "@recertbot waar is het?", chat_id=GROUP)
        assert "casus — in het buurthuis" in visible(where)
        (refused,) = await says(sim, BOB, "@recertbot de intervisie is bij mij thuis", chat_id=GROUP)
        assert visible(refused) == texts.MEETING_NOT_ALLOWED  # as moving it: its planner or an admin
        assert sim.db.meetings_in(GROUP)[0].place == "in het buurthuis"
        (none,) = await says(sim, ANNA, "@recertbot de intervisie van 20 december is online", chat_id=GROUP)
        assert visible(none).startswith("Op zondag 20 december 2026 staat geen intervisie gepland")
        # a day told of it: that day's plans, or none then and how a move is made (was "weet ik niet"); not moved
        (that_day,) = await says(sim, BOB, "@recertbot de intervisie is op 8 december", chat_id=GROUP)
        assert "dinsdag 8 december 2026 om 19:30 — casus — in het buurthuis" in visible(that_day)
        (other_day,) = await says(sim, BOB, "@recertbot de intervisie is op 10 december", chat_id=GROUP)
        assert visible(other_day).startswith("Op donderdag 10 december 2026 staat geen intervisie gepland")
        assert "@recertbot verzet de intervisie naar 10 december" in visible(other_day)
        assert sim.db.meetings_in(GROUP)[0].starts_at.day == 8
        ics = Calendar.from_ical(meeting_ics(sim.db.meetings_in(GROUP)[0], "Intervisie Utrecht", sim.services.clock()))
        assert [str(e.get("location")) for e in ics.walk("VEVENT")] == ["in het buurthuis"]
        clock.set(12, 7, 19, 45)  # the reminder the day before says where too
        await sim.dispatch()
        pushes = [visible(s) for s in sim.emulator.sent_to(GROUP) if s.text.startswith("🔔")]
        assert pushes == ["🔔 Morgen intervisie: dinsdag 8 december 2026 om 19:30 (casus; in het buurthuis)."]

    with_anna_in_a_group(tmp_path, chat, clock, with_bob=True)


def test_a_place_said_when_planning_is_the_meetings_place_not_its_topic(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        *_, card = await says(sim, ANNA, "@recertbot plan een intervisie op 5 januari om 19:30 bij Piet",
                              chat_id=GROUP)
        assert "Waar: bij Piet" in visible(card) and "Onderwerp" not in visible(card)  # was "Onderwerp: bij Piet"
        (meeting,) = sim.db.meetings_in(GROUP)
        assert (meeting.topic, meeting.place) == ("", "bij Piet")

    with_anna_in_a_group(tmp_path, chat)


def test_a_new_topic_told_goes_on_the_card_of_the_meeting_meant(tmp_path: Path) -> None:
    clock = Clock()

    async def chat(sim: Simulation) -> None:
        *_, first = await says(sim, ANNA, "/intervisie 8 december 19:30 casus", chat_id=GROUP)
        *_, second = await says(sim, ANNA, "/intervisie 15 december 19:30 thema", chat_id=GROUP)
        (noted,) = await says(sim, ANNA, "@recertbot verander het onderwerp naar feedback geven", chat_id=GROUP)
        assert visible(noted) == ("Genoteerd: het onderwerp van de intervisie van dinsdag 8 december 2026 om 19:30 "
                                  "is nu: feedback geven. Het staat op de kaart.")  # was "weet ik niet"
        assert "Onderwerp: feedback geven" in sim.emulator.messages[(GROUP, first.result["message_id"])]["text"]
        await says(sim, ANNA, "@recertbot het onderwerp van 15 december wordt werkdruk", chat_id=GROUP)
        await says(sim, ANNA, "/intervisie onderwerp grenzen <stellen>", chat_id=GROUP)  # the next one, escaped
        assert [m.topic for m in sim.db.meetings_in(GROUP)] == ["grenzen <stellen>", "werkdruk"]
        assert "Onderwerp: werkdruk" in sim.emulator.messages[(GROUP, second.result["message_id"])]["text"]
        (refused,) = await says(sim, BOB, "@recertbot het onderwerp wordt iets anders", chat_id=GROUP)
        assert visible(refused) == texts.MEETING_NOT_ALLOWED  # as moving it: its planner or an admin
        (usage,) = await says(sim, ANNA, "/intervisie onderwerp", chat_id=GROUP)
        assert visible(usage).startswith("Typ het nieuwe onderwerp erachter")
        await says(sim, ANNA, "@recertbot het onderwerp is nog niet bekend", chat_id=GROUP)  # no topic told
        (asked,) = await says(sim, BOB, "@recertbot wat is het onderwerp?", chat_id=GROUP)
        assert "grenzen <stellen>" in visible(asked) and "werkdruk" in visible(asked)
        clock.set(12, 7, 19, 45)  # the reminder the day before names the new topic
        await sim.dispatch()
        pushes = [visible(s) for s in sim.emulator.sent_to(GROUP) if s.text.startswith("🔔")]
        assert pushes == ["🔔 Morgen intervisie: dinsdag 8 december 2026 om 19:30 (grenzen <stellen>)."]

    with_anna_in_a_group(tmp_path, chat, clock, with_bob=True)


def test_the_last_meeting_asked_in_a_group_is_the_groups_last_held(tmp_path: Path) -> None:
    clock = Clock()

    async def chat(sim: Simulation) -> None:
        *_, none = await says(sim, BOB, "@recertbot wanneer was de vorige intervisie", chat_id=GROUP)
        assert visible(none) == texts.LAST_MEETING_NONE  # was a suggestion on intervision's conditions
        await says(sim, ANNA, "/intervisie 24 november 19:30 casus", chat_id=GROUP)
        await says(sim, ANNA, "/intervisie 1 december 19:30 thema", chat_id=GROUP)
        await says(sim, ANNA, "@recertbot de bijeenkomst van 1 december is in het buurthuis", chat_id=GROUP)
        clock.set(12, 3, 10, 0)
        (last,) = await says(sim, BOB, "@recertbot wanneer hadden we voor het laatst intervisie?", chat_id=GROUP)
        assert visible(last) == ("De vorige intervisie in deze groep was op dinsdag 1 december 2026 om 19:30 "
                                 "(thema; in het buurthuis).")

    with_anna_in_a_group(tmp_path, chat, clock, with_bob=True)


def card_meeting(sim: Simulation) -> int:
    """The id of the one meeting planned in the group."""
    (meeting,) = sim.db.meetings_in(GROUP)
    return meeting.id


def test_who_comes_on_a_day_names_that_days_meeting_and_who_come(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(ANNA, "/intervisie 3 december 19:00 casus", chat_id=GROUP)
        *_, second = await says(sim, ANNA, "/intervisie 10 december 19:00 thema", chat_id=GROUP)
        await sim.tap(ANNA, second, button(second, "Ik doe mee"))
        (on_the_day,) = await says(sim, ANNA, "@recertbot wie komen er op 10 december", chat_id=GROUP)
        assert "10 december 2026 om 19:00 — thema (1 doen mee: Anna)" in visible(on_the_day)
        assert "3 december" not in visible(on_the_day)  # was both meetings, with counts only
        (weekday,) = await says(sim, ANNA, "@recertbot wie komen er donderdag", chat_id=GROUP)
        assert "3 december" in visible(weekday) and "10 december" not in visible(weekday)  # the first Thursday planned
        (none,) = await says(sim, ANNA, "@recertbot wie komen er vrijdag", chat_id=GROUP)
        assert "Op vrijdag 27 november 2026 staat geen intervisie gepland" in visible(none)
        (overview,) = await says(sim, ANNA, "/groep", chat_id=GROUP)
        assert "(1 doen mee)" in visible(overview)  # names only when asked who comes

    with_anna_in_a_group(tmp_path, chat)


def test_an_hour_said_alone_is_planned_as_typed_and_the_evening_offered(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(ANNA, "/intervisie 2 december 19:00 eerst", chat_id=GROUP)
        card, hint = await says(sim, ANNA, "/intervisie 3 december om 7 uur casus", chat_id=GROUP)
        assert "3 december 2026 om 07:00" in visible(card)  # as typed, never silently changed
        assert visible(hint) == "Gepland om 07:00, zoals getypt. Bedoel je 19:00?"
        evening = button(hint, "Verzet naar 19:00")  # was a command to type
        refused = await sim.tap(BOB, hint, evening)  # only its maker or an admin may move it
        assert [s.params.get("text") for s in refused if s.method == "answerCallbackQuery"] == [
            texts.MEETING_NOT_ALLOWED]
        assert [m.starts_at.astimezone(AMSTERDAM).hour for m in sim.db.meetings_in(GROUP)] == [19, 7]
        await sim.tap(ANNA, hint, evening)
        assert [m.starts_at.astimezone(AMSTERDAM).hour for m in sim.db.meetings_in(GROUP)] == [19, 19]  # both evening
        moved = sim.emulator.messages[(GROUP, hint.result["message_id"])]
        assert moved["text"] == "Verzet naar donderdag 3 december 2026 om 19:00." and not moved["reply_markup"]
        assert "3 december 2026 om 19:00" in sim.emulator.messages[(GROUP, card.result["message_id"])]["text"]
        again = await sim.tap(ANNA, hint, evening)  # an old copy of the button, tapped again: nothing moves
        assert [s.method for s in again] == ["answerCallbackQuery"]
        assert [m.starts_at.astimezone(AMSTERDAM).hour for m in sim.db.meetings_in(GROUP)] == [19, 19]
        # whole hours from and to: both move (was no hint)
        _, ranged = await says(sim, ANNA, "/intervisie 5 december van 7 tot 9 uur thema", chat_id=GROUP)
        await sim.tap(ANNA, ranged, button(ranged, "Verzet naar 19:00"))
        assert sim.emulator.messages[(GROUP, ranged.result["message_id"])]["text"] == (
            "Verzet naar zaterdag 5 december 2026 om 19:00-21:00.")
        (exact,) = await says(sim, ANNA, "/intervisie 4 december 07:00 vroeg", chat_id=GROUP)  # written out: no hint
        assert "om 07:00" in visible(exact)

    with_anna_in_a_group(tmp_path, chat, with_bob=True)


def test_a_weekday_alone_finds_the_first_meeting_planned_on_it_to_answer_move_or_cancel(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # the only meeting is on the Thursday after the coming one (26 November); all were "geen intervisie"
        *_, card = await says(sim, ANNA, "/intervisie 3 december 19:00 casus", chat_id=GROUP)
        (off,) = await says(sim, ANNA, "@recertbot ik kan niet donderdag", chat_id=GROUP)
        assert visible(off) == "Jammer! Genoteerd: Anna kan niet op donderdag 3 december 2026 om 19:00."
        (moved,) = await says(sim, ANNA, "/intervisie verzet donderdag naar 20:00", chat_id=GROUP)
        assert visible(moved) == "Verzet naar donderdag 3 december 2026 om 20:00."
        (ask,) = await says(sim, ANNA, "@recertbot de intervisie van donderdag gaat niet door", chat_id=GROUP)
        assert "Annuleren: intervisie van donderdag 3 december 2026 om 20:00?" in visible(ask)
        (friday,) = await says(sim, ANNA, "/intervisie annuleer vrijdag", chat_id=GROUP)  # none on a Friday: said
        assert "Op vrijdag 27 november 2026 staat geen intervisie gepland" in visible(friday)
        await sim.send(ANNA, "/intervisie 10 december 19:00 thema", chat_id=GROUP)
        (yes,) = await says(sim, ANNA, "@recertbot ik doe mee op donderdag", chat_id=GROUP)  # two Thursdays: the first
        assert visible(yes) == "Genoteerd: Anna doet mee op donderdag 3 december 2026 om 20:00."
        (gone,) = await says(sim, ANNA, "/intervisie annuleer donderdag", chat_id=GROUP)
        assert visible(gone) == "Geannuleerd: intervisie van donderdag 3 december 2026 om 20:00."
        assert [m.topic for m in sim.db.meetings_in(GROUP)] == ["thema"]
        assert "Geannuleerd" in sim.emulator.messages[(GROUP, card.result["message_id"])]["text"]

    with_anna_in_a_group(tmp_path, chat)


def test_a_week_without_its_day_is_asked_about_when_planning_and_keeps_the_weekday_when_moving(
        tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        *_, which = await says(sim, ANNA, "@recertbot plan de volgende intervisie volgende week om 19:00",
                               chat_id=GROUP)
        assert visible(which).startswith("Op welke dag? Die week loopt van maandag 23 november 2026")  # was Sunday 29th
        assert sim.db.meetings_in(GROUP) == []
        *_, card = await says(sim, ANNA, "@recertbot plan de volgende intervisie op 3 december om 19:00", chat_id=GROUP)
        assert "Onderwerp" not in visible(card)  # was "Onderwerp: volgende"
        *_, moved = await says(sim, ANNA, "@recertbot verzet hem naar over 2 weken", chat_id=GROUP)
        assert visible(moved) == "De intervisie staat al op donderdag 3 december 2026 om 19:00."  # that week's Thursday
        *_, later = await says(sim, ANNA, "/intervisie verzet naar over 3 weken", chat_id=GROUP)
        assert visible(later) == "Verzet naar donderdag 10 december 2026 om 19:00."  # its Thursday, not Sunday 13th
        *_, on = await says(sim, ANNA, "@recertbot schuif de intervisie een uur op", chat_id=GROUP)  # was asked for
        assert visible(on) == "Verzet naar donderdag 10 december 2026 om 20:00."

    with_anna_in_a_group(tmp_path, chat)


def test_a_meeting_missed_told_in_a_group_needs_nothing(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        for told in ("@recertbot ik was er niet bij", "@recertbot ik heb de intervisie gemist"):  # were suggestions
            *_, said = await says(sim, ANNA, told, chat_id=GROUP)
            assert visible(said) == html_visible_text(texts.MISSED_IN_GROUP), told

    with_anna_in_a_group(tmp_path, chat)


def test_the_evening_button_moves_no_meeting_that_has_begun(tmp_path: Path) -> None:
    clock = Clock()

    async def chat(sim: Simulation) -> None:
        *_, hint = await says(sim, ANNA, "/intervisie 23 november om 7 uur casus", chat_id=GROUP)
        clock.set(11, 23, 8, 0)  # tapped only once it began
        tapped = await sim.tap(ANNA, hint, button(hint, "Verzet naar 19:00"))
        assert [s.params.get("text") for s in tapped if s.method == "answerCallbackQuery"] == [texts.MEETING_OVER]
        assert [m.starts_at.astimezone(AMSTERDAM).hour for m in sim.db.meetings_in(GROUP)] == [7]

    with_anna_in_a_group(tmp_path, chat, clock)


def test_a_series_of_meetings_asked_for_plans_none_and_says_how_to_plan_the_first(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        *_, series = await says(sim, ANNA, "@recertbot plan elke maand een intervisie op de eerste dinsdag om 19:00",
                                chat_id=GROUP)  # after the introduction; was planned on Tuesday 24 November
        assert "één bijeenkomst tegelijk" in visible(series) and "/intervisie" in visible(series)
        (weekly,) = await says(sim, ANNA, "/intervisie iedere donderdag 20:00 casus", chat_id=GROUP)
        assert "één bijeenkomst tegelijk" in visible(weekly)
        assert sim.db.meetings_in(GROUP) == []

    with_anna_in_a_group(tmp_path, chat)


def test_a_meeting_proposed_with_its_day_is_planned_and_without_one_is_a_question(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # both were "weet ik niet"
        *_, card = await says(sim, ANNA, "@recertbot zullen we 12 december om 14:00 intervisie houden",
                              chat_id=GROUP)  # after the introduction
        assert "zaterdag 12 december 2026 om 14:00" in visible(card) and "✅ Ik doe mee" in card.buttons[0][0]
        assert "Onderwerp" not in visible(card)  # "houden" is no topic
        (second,) = await says(sim, BOB, "@recertbot kunnen we op 8 januari om 19:30 een intervisie doen?",
                               chat_id=GROUP)
        assert "vrijdag 8 januari 2027 om 19:30" in visible(second)
        assert len(sim.db.meetings_in(GROUP)) == 2
        # no day or hour: a question about intervision, for the FAQ, not how to plan
        (faq,) = await says(sim, BOB, "@recertbot kunnen we intervisie houden met twee personen?", chat_id=GROUP)
        assert visible(faq) != html_visible_text(texts.MEETING_USAGE) and len(sim.db.meetings_in(GROUP)) == 2
        # a month without its day: the day and hour asked, as planning with /intervisie would (was "weet ik niet",
        # and "plan een intervisie in januari" how to plan)
        for said in ("willen we in januari weer een intervisie doen", "plan een intervisie in januari"):
            (which,) = await says(sim, ANNA, f"@recertbot {said}", chat_id=GROUP)
            assert visible(which).startswith("Welke dag en hoe laat?"), said
        assert len(sim.db.meetings_in(GROUP)) == 2

    with_anna_in_a_group(tmp_path, chat, with_bob=True)


def test_a_week_said_without_its_day_is_that_whole_week(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # Sunday 22 November: "volgende week" is 23 to 29 November; it was read as Sunday 29 November alone
        await says(sim, ANNA, "/intervisie 3 december 19:00 casus", chat_id=GROUP)
        (overview,) = await says(sim, BOB, "@recertbot is er volgende week intervisie?", chat_id=GROUP)
        assert ("In de week van maandag 23 november 2026 tot en met zondag 29 november 2026 staat geen intervisie "
                "gepland. Wel:") in visible(overview) and "3 december 2026 om 19:00" in visible(overview)
        (none,) = await says(sim, ANNA, "@recertbot de intervisie van volgende week gaat niet door", chat_id=GROUP)
        assert visible(none).startswith("In de week van maandag 23 november 2026 tot en met zondag 29 november 2026 "
                                        "staat geen intervisie gepland")
        await says(sim, ANNA, "/intervisie 26 november 19:00 thema", chat_id=GROUP)
        (cannot,) = await says(sim, BOB, "@recertbot ik kan volgende week niet", chat_id=GROUP)  # was "weet ik niet"
        assert "26 november 2026 om 19:00" in visible(cannot)
        that_one = next(m.id for m in sim.db.meetings_in(GROUP) if m.starts_at.day == 26)
        assert sim.db.meeting_answers(that_one) == [("Bob", "nee")]
        (that_week,) = await says(sim, BOB, "@recertbot wie komen er volgende week", chat_id=GROUP)
        assert "26 november 2026 om 19:00" in visible(that_week) and "3 december" not in visible(that_week)
        (cancel,) = await says(sim, ANNA, "@recertbot de intervisie van volgende week gaat niet door", chat_id=GROUP)
        assert "26 november 2026 om 19:00" in visible(cancel) and "Ja, annuleren" in cancel.buttons[0][0]
        (moved,) = await says(sim, ANNA, "@recertbot verzet de intervisie van volgende week naar 27 november",
                              chat_id=GROUP)
        assert visible(moved) == "Verzet naar vrijdag 27 november 2026 om 19:00."
        (later,) = await says(sim, BOB, "@recertbot is er over 2 weken intervisie?", chat_id=GROUP)  # suggestions
        assert "3 december 2026 om 19:00" in visible(later) and "27 november" not in visible(later)

    with_anna_in_a_group(tmp_path, chat, with_bob=True)


def test_who_was_there_asked_in_a_group_says_attendance_stays_private(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        for asked in ("wie waren er gisteren", "wie was er aanwezig bij de intervisie", "wie is er geweest?",
                      "hoeveel mensen waren er?"):
            *_, said = await says(sim, ANNA, f"@recertbot {asked}", chat_id=GROUP)  # were suggestions
            assert visible(said) == html_visible_text(texts.WHO_WAS_THERE), asked

    with_anna_in_a_group(tmp_path, chat)


def test_another_members_data_asked_in_a_group_is_not_shown(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # were the FAQ on what a PE point is, and on where one finds one's own expiry date
        for asked in ("hoeveel punten heeft Bob?", "wanneer verloopt het certificaat van bob", "wat heeft bob gedaan"):
            *_, said = await says(sim, ANNA, f"@recertbot {asked}", chat_id=GROUP)
            assert visible(said) == html_visible_text(texts.OTHERS_DATA), asked
        *_, rule = await says(sim, ANNA, "@recertbot hoeveel punten heeft een webinar", chat_id=GROUP)
        assert visible(rule) != html_visible_text(texts.OTHERS_DATA)  # an activity, not a member
        # asked in the private chat: the same (was the FAQ on what a PE point is)
        (private,) = await sim.send(ANNA, "hoeveel punten heeft Bob?")
        assert visible(private) == html_visible_text(texts.OTHERS_DATA)

    with_anna_in_a_group(tmp_path, chat)


def test_who_cannot_come_a_member_coming_late_and_reminders_asked_for_the_group(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        *_, card = await says(sim, ANNA, "/intervisie 3 december 19:00 casus", chat_id=GROUP)
        await sim.tap(BOB, card, button(card, "Kan niet"))
        (absent,) = await says(sim, ANNA, "@recertbot wie komt er niet", chat_id=GROUP)  # was the FAQ on intervision
        assert "3 december 2026 om 19:00 — casus (0 doen mee; kunnen niet: Bob)" in visible(absent)
        (absent,) = await says(sim, ANNA, "@recertbot wie heeft er afgezegd?", chat_id=GROUP)  # "weet ik niet"
        assert "3 december 2026 om 19:00 — casus (0 doen mee; kunnen niet: Bob)" in visible(absent)
        (late,) = await says(sim, BOB, "@recertbot ik kom een half uur later", chat_id=GROUP)  # was "weet ik niet"
        assert "Genoteerd: Bob doet mee" in visible(late)
        assert [(name, answer) for name, answer in sim.db.meeting_answers(card_meeting(sim))] == [("Bob", "ja")]
        (remind,) = await says(sim, ANNA, "@recertbot stuur iedereen een herinnering", chat_id=GROUP)
        assert "de dag ervoor en een uur van tevoren" in visible(remind)  # was "Dat is persoonlijk"
        assert "tussen 09:00 en 20:00" in visible(remind)
        (others,) = await says(sim, ANNA, "@recertbot kun je de anderen eraan herinneren?", chat_id=GROUP)
        assert visible(others) == visible(remind)  # was "Dat is persoonlijk"
        (bye,) = await says(sim, BOB, "@recertbot ik zie jullie dan!", chat_id=GROUP)  # was "weet ik niet"
        assert visible(bye).startswith("Tot ziens")
        (bring,) = await says(sim, BOB, "@recertbot wat moet ik voorbereiden?", chat_id=GROUP)  # was a suggestion:
        assert visible(bring).startswith("Intervisie in deze groep") and "casus" in visible(bring)  # who audits

    with_anna_in_a_group(tmp_path, chat, with_bob=True)

