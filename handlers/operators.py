"""Operator views for ids in RECERTBOT_ADMINS: /stats and /onbeantwoord. Others see an unknown command."""

from __future__ import annotations

from collections import Counter

from telegram import Update
from telegram.ext import ContextTypes

from bot.html import esc
from bot.normalize import fold
from handlers.common import reply, services, unknown_command


def _is_operator(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    chat = update.effective_chat
    return bool(user and chat and chat.type == "private" and user.id in services(context).settings.admins)


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not _is_operator(update, context):
        await unknown_command(update, context)
        return
    svc = services(context)
    month_start = svc.clock().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    s = svc.db.stats(month_start)
    await reply(update, "\n".join([
        "<b>Statistiek</b> (geen persoonsgegevens)",
        f"Gebruikers: {s['users']}, actief deze maand: {s['active']}",
        f"Vragen beantwoord: {s['answered']}, onbeantwoord of onzeker: {s['unanswered']}",
        f"Feedback: 👍 {s['up']} · 👎 {s['down']}",
    ]))


async def onbeantwoord(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The questions the bot most often could not answer, counted after folding case and punctuation."""
    if not _is_operator(update, context):
        await unknown_command(update, context)
        return
    texts_ = services(context).db.unanswered_texts()
    counts = Counter(fold(t) for t in texts_ if fold(t))
    if not counts:
        await reply(update, "Geen onbeantwoorde vragen. 🎉")
        return
    lines = ["<b>Vaakst onbeantwoord</b> (om de kennisbank aan te vullen)"]
    lines += [f"{n}× {esc(text[:80])}" for text, n in counts.most_common(15)]
    await reply(update, "\n".join(lines))
