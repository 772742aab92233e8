"""Free text in a private chat: an open dialogue first, then personal dates, then the FAQ."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import ContextTypes

from bot import texts
from bot.dates import DateProblem
from bot.db import Dialog
from bot.intents import date_statement, personal_question
from handlers import certificate, faq, keurmerk, ledger
from handlers.common import reply, services, today

DialogStep = Callable[[Update, ContextTypes.DEFAULT_TYPE, Dialog, str], Awaitable[None]]
CANCEL_WORDS = {"stop", "annuleer", "annuleren", "cancel", "laat maar", "stoppen"}


async def _certificate_step(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> None:
    await certificate.certificate_date_text(update, context, text)


# Which function takes the typed answer for each dialogue.
DIALOG_STEPS: dict[str, DialogStep] = {
    "certificaat": _certificate_step,
    "uitslag": certificate.uitslag_date_text,
    "keurmerk": keurmerk.keurmerk_text,
    "pe": ledger.pe_text,
    "reflectie": ledger.reflectie_text,
}
# Steps answered with buttons: typed text there is a new message (a question, a date), not an answer.
BUTTON_STEPS = {"confirm", "menu", "choose", "summary", "offer", "fields"}


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return
    text = message.text
    svc = services(context)
    dialog = svc.db.dialog(user.id)
    if dialog is not None and text.strip().lower() in CANCEL_WORDS:
        svc.db.clear_dialog(user.id)
        await reply(update, texts.CANCELLED)
        return
    if dialog is not None and dialog.step not in BUTTON_STEPS:
        await DIALOG_STEPS[dialog.name](update, context, dialog, text)
        return
    scheme = personal_question(text)
    if scheme is not None:
        if not await certificate.personal_answer(update, context, scheme):
            await _no_dates_yet(update, context, scheme, text)
        return
    statement = date_statement(text, today(context))
    if isinstance(statement, DateProblem):
        await reply(update, statement.message)
    elif statement is not None:
        await certificate.propose_certificate(update, context, statement)
    elif not await ledger.offer_activity(update, context, text):
        await faq.answer_question(update, context, text)


async def _no_dates_yet(update: Update, context: ContextTypes.DEFAULT_TYPE, scheme: str, text: str) -> None:
    """The FAQ's answer (where to find the date, when unsure which), then an invitation to tell the date."""
    faq_service = services(context).faq
    answer = faq_service.ask(text)
    if answer.kind != "faq":
        entry = faq_service.kb.by_id["verloopdatum-vinden" if scheme == "noloc" else "nrto-geldigheid"]
        answer = faq_service.reply_for_entry(entry)
    invite = texts.CERT_INVITE if scheme == "noloc" else texts.KEURMERK_INVITE
    await faq.answer_question(update, context, text, answer, invite)


async def annuleer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/annuleer: leave any dialogue; nothing half-entered is stored."""
    user = update.effective_user
    if user is None:
        return
    db = services(context).db
    if db.dialog(user.id) is None:
        await reply(update, texts.NOTHING_TO_CANCEL)
        return
    db.clear_dialog(user.id)
    await reply(update, texts.CANCELLED)
