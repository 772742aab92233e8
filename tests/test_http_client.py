"""The Bot API client's per-request cost: nothing in it may search the disk for a module."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

from httpcore._synchronization import AsyncLock


class CountingFinder:
    """A meta path finder that only counts how often the import system asks it."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        self.asked.append(name)
        return None


def test_http_client_locks_import_nothing_per_request() -> None:
    # httpcore 1.0 imports sniffio inside every lock it takes; anyio >= 4.11 stopped installing
    # sniffio, and a failed import is retried (stat-ing sys.path) on every Bot API call
    # (encode/httpcore#1103), which cost PTB's client a third of its throughput here
    finder = CountingFinder()

    async def take_locks() -> None:
        for _ in range(3):
            async with AsyncLock():
                pass

    sys.meta_path.insert(0, finder)
    try:
        asyncio.run(take_locks())
    finally:
        sys.meta_path.remove(finder)
    assert finder.asked == []
