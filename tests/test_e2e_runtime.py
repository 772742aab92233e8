"""End-to-end chats through the emulator: the real Application, polling, rate limiter, handlers."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

import pytest
from chat import visible

from bot import texts
from bot.deadlines import certificate_from_expiry
from bot.emulator import Fault, html_visible_text
from bot.knowledge import MAX_LABEL_CHARS
from bot.reminders import civil_hours
from bot.simulation import FAKE_TOKEN, Simulation
from bot.texts import COMMANDS, UNKNOWN_COMMAND

ALICE, BOB, CAROL, GROUP = 11, 12, 13, -500


def run(coro_fn: Callable[[Simulation], Awaitable[None]], tmp_path: Path, refusals: bool = False) -> None:
    """Play a chat; unless `refusals`, the emulator must not have refused any call."""
    async def main() -> None:
        async with Simulation(tmp_path / "bot.db") as sim:
            emu = sim.emulator
            emu.add_user(ALICE, "Alice", "alice")
            emu.add_user(BOB, "Bob", "bob")
            emu.add_user(CAROL, "Carol")
            emu.add_group(GROUP, "Intervisie Noord", [ALICE, BOB, CAROL], admins=[ALICE])
            await coro_fn(sim)
            if not refusals:
                assert not emu.errors(), [(e.method, e.error) for e in emu.errors()]

    asyncio.run(main())



def test_start_help_over_and_command_menu(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (start,) = await sim.send(ALICE, "/start")
        assert "Register Jobcoach" in visible(start) and "Wat ik bewaar" in visible(start)
        assert len(visible(start).splitlines()) <= 8
        (help_,) = await sim.send(ALICE, "/help")
        for command, _, _ in COMMANDS:
            assert f"/{command}" in visible(help_)
        (over,) = await sim.send(ALICE, "/over")
        assert "2019" in visible(over) and "2023" in visible(over)
        assert [c["command"] for c in sim.emulator.commands] == [c for c, _, _ in COMMANDS]
        assert {"start", "help", "vraag", "over", "certificaat", "status"} <= {c for c, _, _ in COMMANDS}
        (unknown,) = await sim.send(ALICE, "/onzin")
        assert visible(unknown) == UNKNOWN_COMMAND
        (typo,) = await sim.send(ALICE, "/stauts")  # a typo: the command meant, tappable
        assert visible(typo) == "Die opdracht ken ik niet. Bedoelde je /status? Alle opdrachten: /help."
        assert not sim.emulator.errors()

    run(chat, tmp_path)


def test_question_with_typos_gets_answer_source_and_buttons(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (answer,) = await sim.send(ALICE, "wat kost hercertifcering??")
        text = visible(answer)
        assert "€ 200" in text and "Bron: Noloc FAQ recertificering, bedragen 2023" in text
        labels = [label for label, _ in answer.buttons]
        assert "👍" in labels and "👎" in labels and len(labels) >= 3
        assert all(len(data.encode()) <= 64 for _, data in answer.buttons)

    run(chat, tmp_path)


def test_follow_up_buttons_are_short_and_tell_apart(tmp_path: Path) -> None:
    """The two Blik op Werk cases share their first 60 characters: cut-off questions would look alike."""
    async def chat(sim: Simulation) -> None:
        (answer,) = await sim.send(ALICE, "hoe behaal ik het nrto keurmerk met een blik op werk keurmerk")
        labels = [label for label, _ in answer.buttons if label not in ("👍", "👎")]
        assert "Blik op Werk tot eind 2019: stappen" in labels and "Blik op Werk na 2019: stappen" in labels
        assert len(set(labels)) == len(labels) and all(len(label) <= MAX_LABEL_CHARS for label in labels)
        # the question above the answer stays whole
        assert "Hoe behaal ik het NRTO-keurmerk met een Blik op Werk Keurmerk?" in visible(answer)

    run(chat, tmp_path)


def test_ambiguous_question_and_tap_on_suggestion(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (unsure,) = await sim.send(ALICE, "mentor")
        assert "Bedoelde je" in visible(unsure)
        data = dict((label, d) for label, d in unsure.buttons)["Een mentor vinden, en de kosten"]
        replies = await sim.tap(ALICE, unsure, data)
        answer = next(r for r in replies if r.method == "sendMessage")
        assert "€ 75" in visible(answer)
        assert sim.emulator.answered_callbacks  # the spinner on the button was stopped

    run(chat, tmp_path)


def test_out_of_scope_says_where_to_ask(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (reply,) = await sim.send(ALICE, "wat is een goed recept voor appeltaart")
        assert "info@noloc.nl" in visible(reply) and "noloc@dnv.com" in visible(reply)
        assert not reply.buttons
        (reach,) = await sim.send(ALICE, "hoe neem ik contact op met noloc?")  # was one suggestion, no contacts
        assert visible(reach).startswith("Zo bereik je ze, volgens de bronnen: Noloc (secretariaat): info@noloc.nl")
        assert "Of bedoelde je een van deze vragen?" in visible(reach) and reach.buttons

    run(chat, tmp_path)


def test_the_bots_own_features_asked_in_words_point_to_their_command(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        for asked, command in (("kun je me een herinnering sturen?", "/herinneringen"),
                               ("stuur me elke maand een update van mijn punten", "/herinneringen"),  # was none
                               ("hoe exporteer ik mijn punten", "/export"), ("lijst", "activiteiten"),
                               ("ik wil mijn punten bijhouden", "/pe"), ("wat kan ik allemaal met deze bot", "/pe"),
                               # introducing oneself: what the bot does for them (were FAQ entries, outright)
                               ("ik ben jobcoach", "/certificaat"), ("wij zijn een opleider", "/keurmerk"),
                               # what is kept of me (was suggestions about the portfolio)
                               ("wat weet je over mij", "/mijngegevens"),
                               ("kan ik mijn gegevens downloaden", "/mijngegevens"),  # was the NRTO downloads
                               ("hoe lang bewaren jullie mijn gegevens", "tot je het wist"),  # two suggestions
                               # forgotten to log, or asked to record attendance here (were "weet ik niet")
                               ("ik ben vergeten de intervisie vast te leggen", "/reflectie"),
                               ("noteer mijn aanwezigheid", "/reflectie"),
                               ("ik was erbij", "/reflectie"),
                               ("het was een fijne bijeenkomst", "/reflectie"),  # was the Noloc events' overview
                               ("ik ben vergeten een webinar vast te leggen", "/pe"),
                               ("verwijder alles", "/vergeet")):
            (reply,) = await sim.send(ALICE, asked)
            assert command in visible(reply) and "Bron:" not in visible(reply)
        (when,) = await sim.send(ALICE, "hoe laat stuur je herinneringen")  # was "overdag", no hours
        assert "tussen 09:00 en 20:00" in visible(when) and "/herinneringen" in visible(when)
        # none of these is a setting: said so, with what there is (were the general hint, or "weet ik niet")
        (own,) = await sim.send(ALICE, "herinner me morgen aan mijn portfolio")
        assert visible(own) == html_visible_text(texts.REMINDER_OWN.format(hours=civil_hours()))
        (mail,) = await sim.send(ALICE, "kan ik herinneringen per mail krijgen")
        assert visible(mail) == html_visible_text(texts.REMINDER_CHANNEL)
        (fewer,) = await sim.send(ALICE, "stuur me minder berichten")
        assert visible(fewer).startswith("Komende herinneringen") and fewer.buttons  # the switches per kind
        # a reminder asked for, with dates stored: how reminders work, not the dates again
        now = sim.services.clock()
        sim.db.save_noloc_certificate(ALICE, certificate_from_expiry(now.date() + timedelta(days=200),
                                                                     sim.services.rules.noloc), now)
        for asked, command in (("kun je me herinneren aan mijn deadline", "/herinneringen"),
                               ("verwijder mijn gegevens", "/vergeet"),
                               ("ik wil een activiteit wijzigen", "activiteiten"),  # the list itself, with ✏️
                               ("ik heb me vergist, de training was 3 uur", "/lijst"),
                               ("ik wil mijn certificaat invoeren", "/certificaat"),
                               ("hoe leg ik onze nrto gegevens vast", "/keurmerk"),
                               ("stop met berichten sturen", "Komende herinneringen")):  # the switches
            (reply,) = await sim.send(ALICE, asked)
            assert command in visible(reply) and "Geldig tot" not in visible(reply), asked
        # asked to see one's own things: shown at once, as the command shows them
        (shown,) = await sim.send(ALICE, "laat mijn activiteiten zien")
        assert "nog geen activiteiten" in visible(shown) and "Bron:" not in visible(shown)
        (meetings,) = await sim.send(ALICE, "toon mijn intervisies")
        assert visible(meetings) == html_visible_text(texts.MEETINGS_EMPTY)
        (points,) = await sim.send(ALICE, "mijn punten")
        assert "PE-punten" in visible(points) and "van 75" in visible(points)
        await sim.send(ALICE, "/reflectie")
        (hint, pending) = await sim.send(ALICE, "kan ik herinneringen uitzetten?")  # asked half-way a dialogue
        assert "Tik op een soort" in visible(hint) and "Je was nog bezig" in visible(pending)  # the switches

    run(chat, tmp_path)


def test_feedback_buttons_are_stored_with_question_and_entry(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (answer,) = await sim.send(ALICE, "hoe lang is mijn certificaat geldig")
        down = dict(answer.buttons)["👎"]
        await sim.tap(ALICE, answer, down)
        await sim.tap(BOB, answer, dict(answer.buttons)["👍"])  # not Bob's question: refused
        rows = sim.db.feedback()
        assert len(rows) == 1
        assert rows[0]["vote"] == -1 and rows[0]["entry_id"] == "certificaat-geldigheid"
        question = sim.db.question(int(str(rows[0]["question_id"])))
        assert question is not None and question["text"] == "hoe lang is mijn certificaat geldig"
        texts = [p.get("text") for p in sim.emulator.answered_callbacks.values()]
        assert "Dank je voor je feedback!" in texts
        assert "Alleen wie de vraag stelde kan hierop reageren." in texts

    run(chat, tmp_path)


def test_two_questions_in_one_message_get_two_answers_each_with_its_feedback(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        # was the second answer alone
        costs, review = await sim.send(ALICE, "wat kost recertificering en hoe lang duurt de beoordeling?")
        assert "€ 200" in visible(costs) and "6 tot 8 weken" in visible(review)
        await sim.tap(ALICE, costs, dict(costs.buttons)["👍"])
        (vote,) = sim.db.feedback()
        question = sim.db.question(int(str(vote["question_id"])))
        assert vote["entry_id"] == "kosten-recertificering"
        assert question is not None and question["text"] == "wat kost recertificering"

    run(chat, tmp_path)


def test_group_ignores_chatter_and_answers_vraag_mention_and_reply(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        assert await sim.send(BOB, "wat kost recertificering eigenlijk?", chat_id=GROUP) == []
        (by_command,) = await sim.send(BOB, "/vraag wat kost recertificering", chat_id=GROUP)
        assert "€ 200" in visible(by_command)
        asked = sim.emulator.messages[(GROUP, max(k[1] for k in sim.emulator.messages if k[0] == GROUP) - 1)]
        assert by_command.result["reply_to_message"]["message_id"] == asked["message_id"]
        (by_mention,) = await sim.send(CAROL, "@recertbot hoe lang is het nrto keurmerk geldig", chat_id=GROUP)
        assert "4 jaar" in visible(by_mention)
        (by_reply,) = await sim.send(ALICE, "en wie doet de audit voor het nrto keurmerk?", chat_id=GROUP,
                                     reply_to=by_mention.result["message_id"])
        assert "Kiwa" in visible(by_reply)
        assert await sim.send(ALICE, "/help@anderebot", chat_id=GROUP) == []
        (empty,) = await sim.send(ALICE, "/vraag", chat_id=GROUP)
        assert "Zet je vraag achter de opdracht" in visible(empty)

    run(chat, tmp_path)


def test_html_and_emoji_in_question_are_escaped(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (reply,) = await sim.send(ALICE, "<b>kosten</b> & <script>alert(1)</script> 🎉🎉 recertificering?")
        assert reply.params["parse_mode"] == "HTML"
        assert not sim.emulator.errors()
        (group_reply,) = await sim.send(BOB, "/vraag <i>kiwa</i> & audit?", chat_id=GROUP)
        assert "Kiwa" in visible(group_reply)

    run(chat, tmp_path)


def test_five_thousand_character_message(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        replies = await sim.send(ALICE, ("wat kost recertificering " * 250)[:5000])
        assert replies and all(len(visible(r)) <= 4096 for r in replies)
        assert not sim.emulator.errors()

    run(chat, tmp_path)


def test_sticker_and_voice_get_a_line_on_what_the_bot_reads(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        for kind in ({"sticker": "👍"}, {"voice": b"OggS"}):
            (said,) = await sim.send(ALICE, **kind)
            assert "alleen tekst" in visible(said) and "/help" in visible(said)
        assert await sim.send(BOB, chat_id=GROUP, sticker="😀") == []  # a group's stickers are not ours
        assert not sim.emulator.errors()

    run(chat, tmp_path)


def test_429_on_send_message_still_delivers(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        sim.emulator.fail("sendMessage", Fault(status=429, retry_after=1))
        (reply,) = await sim.send(ALICE, "kiwa")
        assert "Kiwa" in visible(reply)
        assert [s.error for s in sim.emulator.sent if s.error] == ["429"]

    run(chat, tmp_path, refusals=True)


def test_403_blocked_user_is_logged_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async def chat(sim: Simulation) -> None:
        sim.emulator.private_chat(BOB)
        sim.emulator.users[BOB].started = True
        sim.emulator.users[BOB].blocked_bot = True
        with caplog.at_level(logging.ERROR):
            assert await sim.send(BOB, "kiwa") == []
        assert any("Forbidden" in (s.error or "") for s in sim.emulator.sent)
        assert any("Fout bij update" in r.message for r in caplog.records)
        (still_alive,) = await sim.send(ALICE, "kiwa")
        assert "Kiwa" in visible(still_alive)

    run(chat, tmp_path, refusals=True)


def test_token_never_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async def chat(sim: Simulation) -> None:
        await sim.send(ALICE, "/start")

    with caplog.at_level(logging.DEBUG):
        run(chat, tmp_path)
    assert any("recertbot is klaar als @recertbot" in r.getMessage() for r in caplog.records)
    secret = FAKE_TOKEN.split(":", 1)[1]
    assert not [r for r in caplog.records if secret in r.getMessage()]


def test_emulator_refuses_what_telegram_refuses(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        bot = sim.app.bot
        from telegram import InlineKeyboardButton, InlineKeyboardMarkup
        from telegram.error import BadRequest

        sim.emulator.private_chat(ALICE)
        sim.emulator.users[ALICE].started = True
        for kwargs, message in [
            ({"text": ""}, "Message text is empty"),
            ({"text": "x" * 4097}, "Message is too long"),
            ({"text": "<b>niet dicht", "parse_mode": "HTML"}, "Can't parse entities"),
            ({"text": "a < b", "parse_mode": "HTML"}, "Can't parse entities"),
            ({"text": "ok",
              "reply_markup": InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="y" * 65)]])},
             "Button_data_invalid"),
        ]:
            with pytest.raises(BadRequest, match=message):
                await bot.send_message(ALICE, **kwargs)  # type: ignore[arg-type]
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(424242, "hallo")

    run(chat, tmp_path, refusals=True)


def test_local_chat_with_piped_stdin(tmp_path: Path) -> None:
    script = "hoi\nmentor\n2\n/groep\nwat kost het\n/vraag wat kost recertificering\n²\n/exit\n"  # "²" passes isdigit
    result = subprocess.run([sys.executable, "-m", "bot.cli", "chat"], input=script, capture_output=True,
                            text=True, timeout=60, env={"RECERTBOT_DB": str(tmp_path / "c.db"), "PATH": ""},
                            cwd=Path(__file__).resolve().parent.parent)
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "Hallo!" in out
    assert "[1] Wat doet een mentor?" in out and "€ 75" in out  # button 2 was tapped
    assert "groep" in out and out.count("€ 200") == 1  # chatter ignored, /vraag answered
    assert "Traceback" not in result.stderr


def test_local_chat_number_after_a_message_without_buttons_is_text(tmp_path: Path) -> None:
    script = "/pe\nwebinar\n2\n1\n/exit\n"  # 2 taps "Gisteren"; the amount question has no buttons
    result = subprocess.run([sys.executable, "-m", "bot.cli", "chat"], input=script, capture_output=True,
                            text=True, timeout=60, env={"RECERTBOT_DB": str(tmp_path / "c.db"), "PATH": ""},
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr
    assert "Hoeveel was het?" in result.stdout
    assert "In welke categorie" in result.stdout  # "1" was read as 1 PE-punt, not a tap on "Vandaag"


def test_an_edited_question_is_answered_again_but_not_in_a_group(tmp_path: Path) -> None:
    async def chat(sim: Simulation) -> None:
        (unsure,) = await sim.send(ALICE, "wat kost")
        assert "weet ik niet zeker" in visible(unsure)
        typed = sim.emulator.last_update["message"]  # type: ignore[index]
        (answer,) = await sim.edit(ALICE, typed, "wat kost recertificering")  # the user fixed it
        assert "In 2023 kostte" in visible(answer) and "bedragen 2023" in visible(answer)
        (_,) = await sim.send(BOB, "@recertbot wat kost recertificering", chat_id=GROUP)
        asked = sim.emulator.last_update["message"]  # type: ignore[index]
        assert await sim.edit(BOB, asked, "@recertbot wat kost recertificering nu?") == []  # the first stands
        (_,) = await sim.send(ALICE, "/vraag wat kost recertificering", chat_id=GROUP)
        command = sim.emulator.last_update["message"]  # type: ignore[index]
        assert await sim.edit(ALICE, command, "/vraag wat kost hercertificering") == []
        assert not sim.emulator.errors()

    run(chat, tmp_path)
