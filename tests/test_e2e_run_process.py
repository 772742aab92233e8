"""`recertbot run` as a real process, on the emulator served over HTTP through TELEGRAM_API_URL.

Everything a deployment uses runs here: the console entry, configuration from the environment,
python-telegram-bot's own HTTP client and polling loop, the rate limiter, SIGINT to stop.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.db import Database
from bot.emulator import BotApiEmulator, Sent
from bot.emulator_server import EmulatorServer
from bot.simulation import FAKE_TOKEN

ROOT = Path(__file__).resolve().parent.parent
ALICE = 1001


async def _next(queue: asyncio.Queue[Sent], method: str, timeout: float = 30.0) -> Sent:
    async def find() -> Sent:
        while True:
            sent = await queue.get()
            if sent.method == method and sent.error is None:
                return sent
    return await asyncio.wait_for(find(), timeout)


async def _session(tmp_path: Path) -> tuple[int | None, str, list[Sent]]:
    emulator = BotApiEmulator()
    server = await EmulatorServer(emulator).start()
    calls: asyncio.Queue[Sent] = asyncio.Queue()
    emulator.on_send.append(calls.put_nowait)
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": FAKE_TOKEN, "TELEGRAM_API_URL": server.api_url,
           "RECERTBOT_DB": str(tmp_path / "bot.db"), "RECERTBOT_ADMINS": str(ALICE)}
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "run", cwd=ROOT, env=env,
                                                stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    replies: list[Sent] = []
    try:
        await _next(calls, "setMyCommands")  # the command menu is registered on start
        emulator.add_user(ALICE, "Alice")
        emulator.user_sends(ALICE, "/start")
        replies.append(await _next(calls, "sendMessage"))
        emulator.user_sends(ALICE, "wat kost hercertifcering")
        replies.append(await _next(calls, "sendMessage"))
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(proc.communicate(), 30)
        await server.stop()
    return proc.returncode, (out + err).decode(), replies


def test_recertbot_run_serves_users_through_telegram_api_url(tmp_path: Path) -> None:
    code, log, replies = asyncio.run(_session(tmp_path))
    assert code == 0, log
    assert "recertbot is klaar als @recertbot" in log
    assert FAKE_TOKEN.split(":", 1)[1] not in log  # the token is in every request URL, never in the log
    assert "Traceback" not in log
    welcome, answer = replies
    assert welcome.chat_id == ALICE and "Register Jobcoach" in welcome.text
    assert "€ 200" in answer.text and "Bron: Noloc FAQ recertificering, bedragen 2023" in answer.text
    db = Database(tmp_path / "bot.db")  # what the process stored survives it
    assert [q["entry_id"] for q in db.db.query("SELECT entry_id FROM questions WHERE user_id = ?", [ALICE])] \
        == ["kosten-recertificering"]
    db.close()
