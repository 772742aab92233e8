"""`recertbot run`: the bot on Telegram, long polling or webhook."""

from __future__ import annotations

import hashlib
import logging
import sys

from bot.config import Settings
from bot.db import Database, DatabaseError
from bot.faq import FaqService
from bot.services import Services


def configure_logging() -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    # httpx logs every request URL, and the URL contains the token
    logging.getLogger("httpx").setLevel(logging.WARNING)


def webhook_options(token: str, url: str, port: int, listen: str = "0.0.0.0") -> dict[str, object]:
    """How `run --webhook URL --port N` listens: on the URL's last path part, with a secret header.

    The secret is derived from the token, so only Telegram (which we tell it) can post updates.
    """
    return {"listen": listen, "port": port, "url_path": url.rstrip("/").rsplit("/", 1)[-1], "webhook_url": url,
            "secret_token": hashlib.sha256(f"recertbot-webhook:{token}".encode()).hexdigest()[:32]}


def run_telegram(webhook_url: str | None = None, port: int = 8443) -> int:
    settings = Settings.from_env()
    if not settings.token:
        print("TELEGRAM_BOT_TOKEN ontbreekt: zet de token van @BotFather in de omgeving, "
              "of start de lokale chat met `recertbot chat`.", file=sys.stderr)
        return 2
    configure_logging()
    try:
        db = Database(settings.db_path)
    except DatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    from bot.app import build_application

    app = build_application(Services(FaqService.load(), db, settings), token=settings.token,
                            base_url=settings.api_url)
    if webhook_url:
        app.run_webhook(**webhook_options(settings.token, webhook_url, port))  # type: ignore[arg-type]
    else:
        app.run_polling()
    return 0
