"""Updates of different chats run concurrently; those of one chat run one after the other, in order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Telegram sends at most ~30 messages a second for a bot, so 8 updates in flight at a 100 ms round
# trip already outrun it; more only add HTTP connections, which cost PTB's client more than they
# bring (bench/throughput.py --http: 8 at once 127 updates/s with 50 ms per call, 32 at once 73).
MAX_CONCURRENT_UPDATES = 8
MAX_QUEUED_UPDATES = 256  # taken from Telegram but waiting, mostly for their chat's earlier ones


def chat_key(update: object) -> int | None:
    """The chat whose updates must not overtake each other (for a tap: the chat of its message)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """While one update awaits Telegram, other chats go on; a chat's own updates keep their order.

    A dialogue's next step (stored in SQLite) must see the previous one finished, and a group's
    card must not be edited by two taps at once; other users need not wait for either.
    """

    def __init__(self, running: int = MAX_CONCURRENT_UPDATES, queued: int = MAX_QUEUED_UPDATES) -> None:
        # PTB's own limit counts updates waiting for their chat too; ours, taken only once the
        # chat's turn has come, counts the running ones, so a chat with a queue blocks no other
        super().__init__(queued)
        self._running = asyncio.Semaphore(running)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            async with self._running:
                await coroutine
            return
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock, self._running:  # asyncio.Lock is FIFO: a chat's updates keep PTB's order
                await coroutine
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
