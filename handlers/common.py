"""/start, /help, /over, unknown commands and the error handler."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import texts
from bot.html import esc
from bot.services import Services

log = logging.getLogger(__name__)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    svc: Services = context.bot_data["services"]
    return svc


async def reply(update: Update, text: str, **kwargs: object) -> None:
    """Reply in HTML; in groups as a reply to the asker's message."""
    message = update.effective_message
    if message is None:
        return
    quote = message.chat.type != "private"
    await message.reply_text(text, parse_mode=ParseMode.HTML, do_quote=quote, **kwargs)  # type: ignore[arg-type]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_user:
        services(context).db.touch_user(update.effective_user.id, services(context).clock())
    await reply(update, texts.START)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply(update, texts.help_text())


async def over(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    kb = services(context).faq.kb
    lines = ["<b>Waar mijn antwoorden vandaan komen</b>"]
    for source in kb.sources.values():
        lines.append(f"• {esc(source.title)}. {esc(source.note)}")
    lines.append("\nIk herformuleer deze bronnen; bij twijfel gaat de bron voor.")
    await reply(update, "\n".join(lines))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0]
    if "@" in command and command.split("@", 1)[1].lower() != (context.bot.username or "").lower():
        return  # addressed to another bot in the group
    await reply(update, texts.UNKNOWN_COMMAND)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log with the update id, tell the user in Dutch, keep running."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("Fout bij update %s", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat:
        try:
            await context.bot.send_message(update.effective_chat.id, texts.ERROR)
        except Exception:  # the chat may be unreachable; the log above is what counts
            log.warning("Kon de foutmelding niet sturen voor update %s", update_id)
