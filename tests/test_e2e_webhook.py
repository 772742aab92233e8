"""Webhook mode: the same Application receives updates by HTTP POST, as `recertbot run --webhook` sets it up."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx

from bot.app import build_application
from bot.config import Settings
from bot.db import Database
from bot.emulator import BotApiEmulator, EmulatorRequest
from bot.runtime import webhook_options
from bot.services import Services
from bot.simulation import FAKE_TOKEN, shared_faq


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_webhook_mode_answers_posted_updates(tmp_path: Path) -> None:
    async def main() -> None:
        emu = BotApiEmulator()
        emu.add_user(1, "Ann")
        db = Database(tmp_path / "bot.db")
        settings = Settings(token=FAKE_TOKEN, db_path=tmp_path / "bot.db", dispatch_every=0)
        app = build_application(Services(shared_faq(), db, settings), token=FAKE_TOKEN,
                                 request=EmulatorRequest(emu), rate_limit=False)
        port = free_port()
        options = webhook_options(FAKE_TOKEN, f"http://127.0.0.1:{port}/recertbot-hook", port, listen="127.0.0.1")
        await app.initialize()
        assert app.post_init is not None and app.updater is not None
        await app.post_init(app)
        await app.updater.start_webhook(**options)  # type: ignore[arg-type]
        await app.start()
        try:
            assert emu.webhook == {"url": f"http://127.0.0.1:{port}/recertbot-hook",
                                   "secret_token": options["secret_token"]}
            emu.user_sends(1, "wat kost hercertificering")
            assert await emu.deliver_webhook() == 1
            for _ in range(100):
                if emu.sent_to(1):
                    break
                await asyncio.sleep(0.02)
            (answer,) = emu.sent_to(1)
            assert "€ 200" in answer.text
            async with httpx.AsyncClient() as client:  # a POST without Telegram's secret header is refused
                forged = await client.post(f"http://127.0.0.1:{port}/recertbot-hook", json={"update_id": 99})
            assert forged.status_code == 403
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            db.close()

    asyncio.run(main())
