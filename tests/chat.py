"""Helpers for reading what the bot sent in end-to-end chats."""

from __future__ import annotations

from typing import Any

from bot.emulator import Sent, html_visible_text


def visible(sent: Sent) -> str:
    """The text as the user sees it (HTML checked and stripped the way Telegram does)."""
    return html_visible_text(sent.text) if sent.params.get("parse_mode") == "HTML" else sent.text


def button(sent: Sent | dict[str, Any], label_part: str) -> str:
    """The callback data (or url) of the first button whose label contains `label_part`.

    Takes a sent message, or a message as the emulator shows it now (after edits).
    """
    if isinstance(sent, Sent):
        return next(data for label, data in sent.buttons if label_part in label)
    rows = (sent.get("reply_markup") or {}).get("inline_keyboard", [])
    return str(next(b.get("callback_data") or b.get("url") for row in rows for b in row if label_part in b["text"]))
