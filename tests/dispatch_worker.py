"""A dispatcher in its own process, for the kill -9 test: sends every due reminder through an emulator.

Each message the emulator accepts is appended to a log file and fsync'd before the bot sees the answer,
so the log is what "Telegram" received even when this process is killed mid-send.
Usage: python tests/dispatch_worker.py DB LOG USERS
"""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import datetime

from telegram import Bot

from bot.dates import AMSTERDAM
from bot.db import Database
from bot.delivery import dispatch_due
from bot.emulator import BotApiEmulator, EmulatorRequest, Sent
from handlers.reminders import telegram_sender

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)  # a civil hour, whatever the time of the test


async def main(db_path: str, log_path: str, users: int) -> None:
    emulator = BotApiEmulator()
    for user in range(1, users + 1):
        emulator.add_user(user, f"U{user}")
        emulator.private_chat(user)
        emulator.users[user].started = True
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)

    def record(sent: Sent) -> None:
        os.write(log, f"{sent.chat_id}\t{sent.text}\n".encode())
        os.fsync(log)

    emulator.on_send.append(record)
    db = Database(db_path)
    db.release_claims()
    request = EmulatorRequest(emulator)
    bot = Bot("123:worker", request=request, get_updates_request=request)
    await bot.initialize()
    await dispatch_due(db, telegram_sender(bot), lambda: NOW)
    await bot.shutdown()
    db.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
