"""Users' rights: /mijngegevens (everything stored, as JSON) and /vergeet (delete it all, after a button)."""

from __future__ import annotations

import json

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import texts
from bot.db import Dialog
from handlers.common import answer_tap, private_only, reply, services, today


async def mijngegevens(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    if not await private_only(update, context, "mijngegevens") or user is None:
        return
    stored = services(context).db.export_user(user.id)
    data = {"telegram_id": user.id, "gemaakt_op": today(context).isoformat(), **stored}
    payload = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    await context.bot.send_document(user.id, payload, filename=f"mijn-gegevens-{today(context).isoformat()}.json",
                                    caption=texts.MY_DATA_CAPTION)


async def vergeet(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    if not await private_only(update, context, "vergeet") or user is None:
        return
    svc = services(context)
    dialog = svc.db.save_dialog(user.id, "vergeet", "confirm", {}, svc.clock())
    await reply(update, texts.FORGET_ASK, reply_markup=InlineKeyboardMarkup([[
        InlineKeyboardButton("🗑 Ja, wis alles", callback_data=f"vg:ja:{dialog.nonce}"),
        InlineKeyboardButton("Nee", callback_data=f"vg:nee:{dialog.nonce}")]]))


async def vergeet_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Only a button of the tapper's own, latest /vergeet works (a forged one finds no dialogue)."""
    query, dialog = await answer_tap(update, context, "vergeet")
    if query is None or dialog is None:
        return
    svc = services(context)
    if (query.data or "").split(":")[1] == "ja":
        svc.db.forget_user(query.from_user.id)
        await query.edit_message_text(texts.FORGET_DONE)
    else:
        svc.db.clear_dialog(query.from_user.id)
        await query.edit_message_text(texts.FORGET_KEPT)


async def confirm_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, yes: bool) -> bool:
    """"nee" typed under "Weet je het zeker?" keeps everything, as its button does; a typed "ja" does not wipe:
    that takes the tap on 🗑, which cannot be sent by mistake along with something else."""
    user = update.effective_user
    if user is None:
        return False
    if yes:
        await reply(update, texts.FORGET_TAP)
        return True
    services(context).db.clear_dialog(user.id)
    await reply(update, texts.FORGET_KEPT)
    return True
