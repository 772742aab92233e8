"""What the handlers need, bundled: the FAQ, the database, the settings and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from bot.config import Settings
from bot.dates import AMSTERDAM
from bot.db import Database
from bot.faq import FaqService
from bot.rules import Rules, load_rules

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(AMSTERDAM)


@dataclass
class Services:
    faq: FaqService
    db: Database
    settings: Settings
    clock: Clock = system_clock
    rules: Rules = field(default_factory=load_rules)
