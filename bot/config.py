"""Settings from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from bot.numbers import whole_number

DEFAULT_API_URL = "https://api.telegram.org/bot"


def default_db_path() -> Path:
    """A per-user data file: $XDG_DATA_HOME/recertbot/recertbot.db."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "recertbot" / "recertbot.db"


@dataclass(frozen=True)
class Settings:
    token: str | None = None
    api_url: str = DEFAULT_API_URL
    db_path: Path = field(default_factory=default_db_path)
    admins: frozenset[int] = frozenset()
    dispatch_every: float = 30.0  # seconds between reminder passes; 0 schedules no job (tests drive it)

    @classmethod
    def from_env(cls) -> Settings:
        parts = os.environ.get("RECERTBOT_ADMINS", "").replace(" ", "").split(",")
        admins = frozenset(n for n in (whole_number(p, signed=True) for p in parts) if n is not None)
        db = os.environ.get("RECERTBOT_DB")
        return cls(
            token=os.environ.get("TELEGRAM_BOT_TOKEN") or None,
            api_url=os.environ.get("TELEGRAM_API_URL") or DEFAULT_API_URL,
            db_path=Path(db) if db else default_db_path(),
            admins=admins,
        )
