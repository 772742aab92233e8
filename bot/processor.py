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

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:  # asyncio.Lock is FIFO: updates queue up in the order PTB started them
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
