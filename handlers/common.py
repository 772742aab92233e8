"""/start, /help, /over, unknown commands and the error handler."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import date

from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import texts, views
from bot.dates import AMSTERDAM
from bot.db import Dialog
from bot.delivery import replan
from bot.html import esc
from bot.intents import closest_command, who_cannot_asked, who_comes_asked
from bot.meetings import Meeting, day_asked
from bot.services import Services

log = logging.getLogger(__name__)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    svc: Services = context.bot_data["services"]
    return svc


def today(context: ContextTypes.DEFAULT_TYPE) -> date:
    """Today in Europe/Amsterdam, from the injected clock."""
    return services(context).clock().date()


def replan_user(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> None:
    """Plan the user's reminders again after their data changed."""
    svc = services(context)
    replan(svc.db, svc.rules, user_id, svc.clock())


def coming_meetings(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> list[Meeting]:
    """The group's planned meetings still to begin, first first."""
    now = services(context).clock()
    return [m for m in services(context).db.meetings_in(chat_id) if m.starts_at > now]


def held_meetings(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> list[Meeting]:
    """The group's meetings (not cancelled) that have begun, first first."""
    now = services(context).clock()
    return [m for m in services(context).db.meetings_in(chat_id) if m.starts_at <= now]


def start_link(bot: Bot, payload: str) -> str:
    """The deep link that opens the private chat with the bot and starts it with `payload`."""
    return f"https://t.me/{bot.username}?start={payload}"


def group_overview_html(chat_id: int, context: ContextTypes.DEFAULT_TYPE, asked: str = "") -> str:
    """The group's planned meetings and this year's count, for /groep and "wanneer is de volgende intervisie?";
    a day `asked` about ("wie komen er vrijdag") narrows it, and asking who comes names them."""
    svc = services(context)
    year = today(context).year
    upcoming = [(m, svc.db.meeting_answers(m.id)) for m in coming_meetings(context, chat_id)]
    held = sum(1 for m in held_meetings(context, chat_id) if m.starts_at.astimezone(AMSTERDAM).year == year)
    days = day_asked(asked, today(context), [m for m, _ in upcoming]) if asked else None
    return views.group_overview(upcoming, held, year, days=days, names=who_comes_asked(asked),
                                absent=who_cannot_asked(asked))


def last_meeting_html(chat_id: int, context: ContextTypes.DEFAULT_TYPE) -> str:
    """"Wanneer was de vorige intervisie?" in a group: the last meeting it held, with its topic and place."""
    held = held_meetings(context, chat_id)
    if not held:
        return texts.LAST_MEETING_NONE
    last = held[-1]
    return texts.LAST_MEETING.format(when=last.when, about=f" ({esc(last.about)})" if last.about else "")


def offer_buttons(yes_data: str, no_data: str, yes: str = "✅ Ja, vastleggen") -> InlineKeyboardMarkup:
    """"✅ Ja, vastleggen" (or another `yes`) and "Nee" under something the bot offers to record."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(yes, callback_data=yes_data),
                                  InlineKeyboardButton("Nee", callback_data=no_data)]])


async def reply(update: Update, text: str, **kwargs: object) -> None:
    """Reply in HTML; in groups as a reply to the asker's message."""
    message = update.effective_message
    if message is None:
        return
    quote = message.chat.type != "private"
    await message.reply_text(text, parse_mode=ParseMode.HTML, do_quote=quote, **kwargs)  # type: ignore[arg-type]


async def private_only(update: Update, context: ContextTypes.DEFAULT_TYPE, command: str) -> bool:
    """Personal commands run in private; in a group they answer with a button to the private chat."""
    chat = update.effective_chat
    if chat is None or chat.type == "private":
        return True
    url = start_link(context.bot, command)
    await reply(update, texts.PRIVATE_ONLY,
                reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("🔒 Open privéchat", url=url)]]))
    return False


async def own_private_tap(update: Update) -> CallbackQuery | None:
    """The query, if the button sits in the tapper's own private chat; else a short refusal and None.

    Buttons that show or change personal data only live there; data forged onto a group message stops here.
    """
    query = update.callback_query
    if query is None:
        return None
    message = query.message
    if message is None or message.chat.type != "private" or message.chat.id != query.from_user.id:
        await query.answer(texts.BUTTON_GONE, show_alert=True)
        return None
    return query


async def answer_tap(update: Update, context: ContextTypes.DEFAULT_TYPE,
                     dialog_name: str) -> tuple[CallbackQuery | None, Dialog | None]:
    """Stop the button's spinner and find the tapper's dialogue the button belongs to (nonce last in the data).

    A button of an earlier step or of a dialogue ended otherwise (by a typed "ja", /annuleer, a new one)
    gets a short refusal instead, and its dead buttons are taken off the card.
    """
    query = await own_private_tap(update)
    if query is None:
        return None, None
    nonce = (query.data or "").rsplit(":", 1)[-1]
    dialog = services(context).db.dialog(query.from_user.id)
    if dialog is None or dialog.name != dialog_name or str(dialog.nonce) != nonce:
        await query.answer(texts.STEP_GONE, show_alert=True)
        try:
            await query.edit_message_reply_markup(None)
        except TelegramError:  # already without buttons, or too old to edit: the refusal is what counts
            log.info("Kon de knoppen van een afgelopen stap niet weghalen")
        return query, None
    await query.answer()
    return query, dialog


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start, also as a deep link from a group ("?start=status" opens that command here)."""
    resumed = False
    if update.effective_user:
        db = services(context).db
        db.touch_user(update.effective_user.id, services(context).clock())
        private = bool(update.effective_chat and update.effective_chat.type == "private")
        if private:
            db.mark_private_started(update.effective_user.id, services(context).clock())
        if private and any(db.user_flags(update.effective_user.id)):
            db.set_paused(update.effective_user.id, False, services(context).clock())
            db.set_blocked(update.effective_user.id, False)
            resumed = True
    if update.effective_chat and update.effective_chat.type != "private":  # what works here, not the private welcome
        await help_command(update, context)
        return
    payload = context.args[0] if context.args else ""
    target = DEEP_LINKS.get(payload) or next((h for p, h in DEEP_LINK_PREFIXES.items() if payload.startswith(p)), None)
    if target is not None and update.effective_chat and update.effective_chat.type == "private":
        if resumed:
            await reply(update, texts.REMINDERS_RESUMED)
        if payload in DEEP_LINKS:
            context.args = []
        if payload in DIALOG_COMMANDS:  # as the command itself would: the open dialogue ends first
            await new_dialogue_ends_the_open_one(update, context)
        await target(update, context)
        return
    await reply(update, f"{texts.REMINDERS_RESUMED}\n\n{texts.START}" if resumed else texts.START)


# Filled in by bot/app.py: what shows a finished entry, not yet saved, again rather than drop it for a new
# command (True when it did).
KEEPS_UNSAVED: list[Callable[[Update, ContextTypes.DEFAULT_TYPE, Dialog], Awaitable[bool]]] = []


async def kept_unsaved(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog) -> bool:
    """A finished entry not yet saved, shown again to save or cancel before anything replaces it."""
    for keep in KEEPS_UNSAVED:
        if await keep(update, context, dialog):
            return True
    return False


DAY_CARD = "datum"  # "Waar hoort … bij?": a day told alone, waiting to hear what it was the day of
DELETE_DIALOG = "verwijder"  # a "Verwijderen?" waiting, so that "ja" or "nee" typed under it is its button


def dialog_day(dialog: Dialog) -> date:
    """The day a card about a date holds (a certificate card, or "Waar hoort … bij?")."""
    return date.fromisoformat(str(dialog.data["day"]))


def day_asked_about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> date | None:
    """The day of an open "Waar hoort … bij?" card: a bare /pe or /reflectie answers it as its button would."""
    user = update.effective_user
    dialog = services(context).db.dialog(user.id) if user is not None else None
    return dialog_day(dialog) if dialog is not None and dialog.name == DAY_CARD else None


# Commands that start a dialogue, and so end the one that is open.
DIALOG_COMMANDS = ("certificaat", "uitslag", "keurmerk", "pe", "reflectie", "vergeet")


async def new_dialogue_ends_the_open_one(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before a command of DIALOG_COMMANDS: the open dialogue ends, and if the user had typed
    something there, they are told it was not stored, rather than finding it gone later."""
    user = update.effective_user
    if user is None:
        return
    db = services(context).db
    dialog = db.dialog(user.id)
    if dialog is None or dialog.name in (DAY_CARD, DELETE_DIALOG) \
            or not any(v for k, v in dialog.data.items() if k != "editing"):
        return  # a day card holds nothing typed to lose: the command takes its day (see day_asked_about) or ends it
    erasing = (update.effective_message.text or "").startswith("/vergeet") if update.effective_message else False
    if not erasing and await kept_unsaved(update, context, dialog):
        raise ApplicationHandlerStop  # the command waits until the finished entry is saved or cancelled
    db.clear_dialog(user.id)
    await reply(update, dropped(dialog, texts.DIALOG_REPLACED))


def dropped(dialog: Dialog, message: str) -> str:
    """What to say of a dropped dialogue: `message` with its topic, or for a change to a stored
    activity, that the activity stays as it was."""
    if dialog.data.get("editing") is not None:
        return texts.EDIT_DROPPED
    topic, command = texts.DIALOG_TOPICS.get(dialog.name, ("je vorige invoer", "/help"))
    return message.format(topic=topic, command=command)


# Filled in by bot/app.py: the commands a group can send someone to with a deep link.
DEEP_LINKS: dict[str, Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]] = {}
# Payloads with an argument after a prefix ("att-12-…": attendance at meeting 12), handler gets context.args.
DEEP_LINK_PREFIXES: dict[str, Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]] = {}


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every command in private; in a group only what works there, and a button to the rest."""
    chat = update.effective_chat
    if chat is not None and chat.type != "private":
        url = start_link(context.bot, "help")
        await reply(update, f"{views.GROUP_CAN.format(username=context.bot.username)}\n\n{texts.GROUP_HELP_MORE}",
                    reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("🔒 Alle opdrachten", url=url)]]))
        return
    await reply(update, texts.help_text())


async def over(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    kb = services(context).faq.kb
    lines = ["<b>Waar mijn antwoorden vandaan komen</b>"]
    for source in kb.sources.values():
        lines.append(f"• {esc(source.title)}. {esc(source.note)}")
    lines.append("\nIk herformuleer deze bronnen; bij twijfel gaat de bron voor.")
    await reply(update, "\n".join(lines))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A sticker, voice message, location … in a private chat: say what the bot can read."""
    await reply(update, texts.NOT_TEXT)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0]
    if "@" in command and command.split("@", 1)[1].lower() != (context.bot.username or "").lower():
        return  # addressed to another bot in the group
    meant = closest_command(command, [name for name, _, _ in texts.COMMANDS])
    await reply(update, texts.UNKNOWN_COMMAND_LIKE.format(name=meant) if meant else texts.UNKNOWN_COMMAND)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any button data no handler knows (old, or never sent by us): a short answer, nothing else."""
    if update.callback_query:
        await update.callback_query.answer(texts.BUTTON_GONE, show_alert=True)


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log with the update id, tell the user in Dutch, keep running."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("Fout bij update %s", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat:
        try:
            await context.bot.send_message(update.effective_chat.id, texts.ERROR)
        except Exception:  # the chat may be unreachable; the log above is what counts
            log.warning("Kon de foutmelding niet sturen voor update %s", update_id)
