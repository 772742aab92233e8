"""One bot of bench/throughput.py --http, as its own process on the HTTP emulator.

Run by the bench, not by hand: python bench/http_bot.py recertbot|echo|echo-concurrent|canned API_URL DB
recertbot is build_application() as `recertbot run` builds it, with the rate limiter off (it would
cap every bot at Telegram's 30 messages/s); echo and canned are the bench's bare bots.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from telegram.ext import Application, ApplicationBuilder, MessageHandler, filters
from throughput import bench_questions, canned_replies, echo

from bot.app import build_application
from bot.config import Settings
from bot.db import Database
from bot.faq import FaqService
from bot.processor import MAX_CONCURRENT_UPDATES
from bot.services import Services
from bot.simulation import FAKE_TOKEN


def app_for(kind: str, api_url: str, db_path: Path) -> Application:  # type: ignore[type-arg]
    if kind == "recertbot":
        settings = Settings(token=FAKE_TOKEN, api_url=api_url, db_path=db_path)
        services = Services(FaqService.load(), Database(db_path), settings)
        return build_application(services, token=FAKE_TOKEN, base_url=api_url, rate_limit=False)
    concurrency = MAX_CONCURRENT_UPDATES if kind == "echo-concurrent" else False
    app = ApplicationBuilder().token(FAKE_TOKEN).base_url(api_url).concurrent_updates(concurrency).build()
    callback = echo if kind == "echo" else canned_replies(bench_questions())
    app.add_handler(MessageHandler(filters.TEXT, callback))
    return app


if __name__ == "__main__":
    kind, url, db = sys.argv[1:4]
    app_for(kind, url, Path(db)).run_polling(poll_interval=0.0, timeout=1)
