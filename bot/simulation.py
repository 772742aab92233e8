"""The real Application wired to the in-process emulator: used by `recertbot chat`, tests and benches."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.config import Settings
from bot.db import Database
from bot.delivery import DispatchReport, replan_everyone
from bot.emulator import BotApiEmulator, EmulatorRequest, Sent
from bot.faq import FaqService
from bot.services import Clock, Services, system_clock
from handlers.reminders import reminder_pass

FAKE_TOKEN = "123456:EMULATOR-token-not-secret"
_faq_cache: list[FaqService] = []


def shared_faq() -> FaqService:
    """One FAQ service per process: loading the KB is the slow part of starting a simulation."""
    if not _faq_cache:
        _faq_cache.append(FaqService.load())
    return _faq_cache[0]


class Simulation:
    """Starts the Application on the emulator (polling loop, job queue, rate limiter) and drives it."""

    def __init__(self, db_path: Path | str, *, clock: Clock = system_clock, rate_limit: bool = True,
                 settings: Settings | None = None, emulator: BotApiEmulator | None = None) -> None:
        self.emulator = emulator or BotApiEmulator()
        # the reminder job is driven by hand in tests (dispatch()); a test that wants it passes settings
        self.settings = settings or Settings(token=FAKE_TOKEN, db_path=Path(db_path), dispatch_every=0)
        self.db = Database(db_path)
        self.services = Services(shared_faq(), self.db, self.settings, clock)
        self.app: Application = build_application(  # type: ignore[type-arg]
            self.services, token=FAKE_TOKEN, request=EmulatorRequest(self.emulator), rate_limit=rate_limit)
        self._done: set[int] = set()
        self._done_event = asyncio.Event()
        # counted when the processor finishes an update, not by a last handler: a handler may stop
        # the later groups (ApplicationHandlerStop), as the one for edited messages does
        processor = self.app.update_processor
        process = processor.do_process_update

        async def counted(update: object, coroutine: Awaitable[Any]) -> None:
            try:
                await process(update, coroutine)
            finally:
                if isinstance(update, Update):
                    self._done.add(update.update_id)
                    self._done_event.set()

        processor.do_process_update = counted  # type: ignore[method-assign]

    async def __aenter__(self) -> Simulation:
        await self.app.initialize()
        if self.app.post_init:  # run_polling() would call it; we start the parts by hand
            await self.app.post_init(self.app)
        assert self.app.updater is not None
        await self.app.updater.start_polling(poll_interval=0.0, timeout=1)
        await self.app.start()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        assert self.app.updater is not None
        await self.app.updater.stop()
        await self.app.stop()
        await self.app.shutdown()
        self.db.close()

    async def wait_processed(self, update_id: int, timeout: float = 10.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while update_id not in self._done:
            self._done_event.clear()
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"update {update_id} not processed within {timeout}s")
            try:
                await asyncio.wait_for(self._done_event.wait(), remaining)
            except TimeoutError:
                continue

    async def send(self, user_id: int, text: str = "", chat_id: int | None = None, **kwargs: Any) -> list[Sent]:
        """A user sends a message; returns what the bot sent while handling it."""
        before = len(self.emulator.sent)
        queued = self.emulator.last_update
        self.emulator.user_sends(user_id, text, chat_id=chat_id, **kwargs)
        update = self.emulator.last_update
        if update is not None and update is not queued:
            await self.wait_processed(update["update_id"])
        else:
            await asyncio.sleep(0.05)  # not delivered (privacy mode): give the bot a moment anyway
        return [s for s in self.emulator.sent[before:] if s.error is None]

    async def edit(self, user_id: int, message: dict[str, Any], text: str) -> list[Sent]:
        """A user edits a message they sent; returns what the bot sent while handling the edit."""
        before = len(self.emulator.sent)
        update = self.emulator.user_edits(user_id, message, text)
        if update is not None:
            await self.wait_processed(update["update_id"])
        else:
            await asyncio.sleep(0.05)  # not delivered (privacy mode): give the bot a moment anyway
        return [s for s in self.emulator.sent[before:] if s.error is None]

    async def dispatch(self, replan: bool = True) -> DispatchReport:
        """One reminder pass as the job runs it (after the daily planning, when `replan`)."""
        if replan:
            replan_everyone(self.db, self.services.rules, self.services.clock())
        return await reminder_pass(self.app.bot, self.services)

    async def tap(self, user_id: int, message: Sent | dict[str, Any], data: str) -> list[Sent]:
        """A user taps a button; returns what the bot sent while handling it."""
        before = len(self.emulator.sent)
        update = self.emulator.user_taps(user_id, message, data)
        await self.wait_processed(update["update_id"])
        return [s for s in self.emulator.sent[before:] if s.error is None]


def first_replies(questions: list[str], clock: Clock,
                  store: Callable[[Database, int], None] | None = None) -> list[list[Sent]]:
    """What each question gets as a new user's first message, through the real Application and the emulator;
    `store` puts that user's data in first (their dates, say)."""
    async def run() -> list[list[Sent]]:
        replies = []
        with tempfile.TemporaryDirectory() as tmp:
            async with Simulation(Path(tmp) / "first.db", clock=clock, rate_limit=False) as sim:
                for user_id, question in enumerate(questions, 1000):
                    sim.emulator.add_user(user_id, "Gebruiker")
                    if store is not None:
                        store(sim.db, user_id)
                    replies.append(await sim.send(user_id, question))
        return replies

    return asyncio.run(run())
