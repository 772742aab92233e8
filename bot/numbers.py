"""Whole numbers typed by users or carried in button data."""

from __future__ import annotations

MAX_DIGITS = 18  # every such number fits SQLite's 64-bit INTEGER


def whole_number(text: str, *, signed: bool = False) -> int | None:
    """The ASCII whole number `text` spells, else None.

    str.isdigit alone lets "²" and "٣" through, which int() refuses or reads, and a number of 20
    digits passes int() but not SQLite.
    """
    body = text[1:] if signed and text.startswith("-") else text
    if not body or len(body) > MAX_DIGITS or not (body.isascii() and body.isdigit()):
        return None
    return int(text)
