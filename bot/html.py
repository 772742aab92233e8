"""The one place that escapes text for Telegram HTML and splits long replies."""

from __future__ import annotations

import html

TELEGRAM_LIMIT = 4096
SAFE_LIMIT = 4000  # room for the few tags we add around escaped text


def esc(text: str) -> str:
    """Escape user or knowledge text for parse_mode=HTML."""
    return html.escape(text, quote=False)


def split_message(text: str, limit: int = SAFE_LIMIT) -> list[str]:
    """Split at paragraph boundaries (then lines, then hard) so each part stays below the limit."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for sep_piece in _pieces(text, limit):
        candidate = f"{current}\n\n{sep_piece}" if current else sep_piece
        if len(candidate) <= limit:
            current = candidate
        else:
            if current:
                parts.append(current)
            current = sep_piece
    if current:
        parts.append(current)
    return parts


def _pieces(text: str, limit: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n\n"):
        while len(para) > limit:
            cut = para.rfind("\n", 0, limit)
            if cut <= 0:
                cut = para.rfind(" ", 0, limit)
            if cut <= 0:
                cut = limit
            # never cut inside an HTML entity such as &amp;
            amp = para.rfind("&", max(0, cut - 8), cut)
            if amp != -1 and ";" not in para[amp:cut]:
                cut = amp
            out.append(para[:cut].rstrip())
            para = para[cut:].lstrip()
        out.append(para)
    return out
