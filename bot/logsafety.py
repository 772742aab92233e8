"""Keeps the bot token out of every log line, whoever logs it (python-telegram-bot logs its URLs)."""

from __future__ import annotations

import logging
from typing import Any

_secrets: set[str] = set()
_installed = False


def redact_token(token: str) -> None:
    """From now on, any log record containing the token shows `<token>` instead."""
    global _installed
    _secrets.add(token)
    if ":" in token:
        _secrets.add(token.split(":", 1)[1])
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the logger's problem, not ours
            return record
        if any(s in message for s in _secrets):
            for secret in sorted(_secrets, key=len, reverse=True):
                message = message.replace(secret, "<token>")
            record.msg, record.args = message, None
        return record

    logging.setLogRecordFactory(factory)
    _installed = True
