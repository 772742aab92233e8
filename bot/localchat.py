"""`recertbot chat`: the real bot on the emulator, with the terminal as the phone."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from bot.config import Settings, default_db_path
from bot.emulator import Sent, html_visible_text
from bot.numbers import whole_number
from bot.simulation import FAKE_TOKEN, Simulation

ME, OTHER, GROUP = 1001, 1002, -100
INTRO = ("Lokale chat met recertbot (zonder Telegram). Typ een vraag of een opdracht zoals /help.\n"
         "Knoppen verschijnen genummerd: typ het nummer om te tikken. /groep: naar een groepschat "
         "met Sanne, /prive: terug. Stoppen: /exit of Ctrl-D.\n")


class LocalChat:
    def __init__(self, sim: Simulation) -> None:
        self.sim = sim
        self.chat_id: int | None = None  # None = private
        self.buttons: list[tuple[Sent, str, str]] = []
        sim.emulator.add_user(ME, "Jij", "jij")
        sim.emulator.add_user(OTHER, "Sanne", "sanne")
        sim.emulator.private_chat(ME)
        sim.emulator.add_group(GROUP, "Intervisiegroep (lokaal)", [ME, OTHER], admins=[ME])
        sim.emulator.on_send.append(self.show)

    def show(self, sent: Sent) -> None:
        if sent.error is not None:
            return
        if sent.method == "answerCallbackQuery":
            if sent.params.get("text"):  # a toast on the phone
                print(f"— {sent.params['text']}")
            return
        if sent.method == "editMessageReplyMarkup":
            self._replace_buttons(sent)
            return
        if sent.method not in ("sendMessage", "editMessageText", "sendDocument", "sendPhoto"):
            return
        where = "groep" if sent.chat_id == GROUP else "bot"
        body = sent.text
        if sent.params.get("parse_mode") == "HTML":
            body = html_visible_text(body)
        if sent.method in ("sendDocument", "sendPhoto"):
            name = next(iter(sent.files.values()), ("bestand", b""))[0]
            body = f"[bestand: {name}] {body}".strip()
        if sent.method == "editMessageText":
            where += " (bijgewerkt)"
        print(f"\n[{where}] {body}")
        if sent.method == "editMessageText":
            self._replace_buttons(sent)
        else:
            # a number typed after a message without buttons is text ("1" for 1 uur), not a tap on an old one
            self.buttons = [(sent, label, data) for label, data in sent.buttons]
        for number, (label, _) in enumerate(sent.buttons, 1):
            print(f"  [{number}] {label}")
        sys.stdout.flush()

    def _replace_buttons(self, edit: Sent) -> None:
        """An edit to a message gives it new buttons (or none); the numbers follow the newest buttons shown."""
        current = _message_id(self.buttons[0][0]) if self.buttons else None
        if edit.buttons:
            self.buttons = [(edit, label, data) for label, data in edit.buttons]
        elif current == _message_id(edit):
            self.buttons = []

    async def handle(self, line: str) -> bool:
        text = line.strip()
        if text in ("/exit", "/quit"):
            return False
        if text == "/groep" and self.chat_id is None:
            self.chat_id = GROUP
            print("— Je bent nu in de groep 'Intervisiegroep (lokaal)' met Sanne. "
                  "Ik reageer daar op /vraag, op @recertbot en op antwoorden op mijn berichten. /prive: terug.")
            return True
        if text == "/prive":
            self.chat_id = None
            print("— Terug in je privéchat met de bot.")
            return True
        number = whole_number(text)
        if number is not None and 1 <= number <= len(self.buttons):
            sent, _, data = self.buttons[number - 1]
            if data.startswith(("http://", "https://")):
                print(f"— (link: {data})")
                return True
            await self.sim.tap(ME, sent, data)
            return True
        if text:
            await self.sim.send(ME, text, chat_id=self.chat_id)
        return True


def _message_id(sent: Sent) -> int:
    """The message a call sent or edited (the emulator returns it for both)."""
    return int(sent.result["message_id"])


async def _main() -> int:
    db = os.environ.get("RECERTBOT_DB")
    path = Path(db) if db else default_db_path()
    # as on Telegram, the reminder job runs: due reminders appear in the terminal at civil hours
    async with Simulation(path, settings=Settings(token=FAKE_TOKEN, db_path=path)) as sim:
        chat = LocalChat(sim)
        print(INTRO)
        loop = asyncio.get_running_loop()
        while True:
            if sys.stdin.isatty():
                print("> ", end="", flush=True)
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                break
            if not await chat.handle(line):
                break
    print("\nTot ziens!")
    return 0


def run_local_chat() -> int:
    return asyncio.run(_main())
