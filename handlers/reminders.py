"""Reminder pushes: the job-queue jobs, the Telegram side of sending, /herinneringen, /stop and the buttons."""

from __future__ import annotations

import logging
from datetime import time, timedelta

from telegram import Bot, ChatMember, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes

from bot import texts, views
from bot.dates import AMSTERDAM, short_date
from bot.db import Reminder
from bot.delivery import DispatchReport, Outcome, Sender, SendResult, dispatch_due, replan_everyone
from bot.html import esc
from bot.numbers import whole_number
from bot.reminders import KINDS, on_day
from bot.services import Services
from handlers.common import own_private_tap, private_only, replan_user, reply, services, today
from handlers.groups import meeting_pass

log = logging.getLogger(__name__)
REPLAN_AT = time(8, 45, tzinfo=AMSTERDAM)  # before the first civil hour, so pace and quarter reminders are fresh


def reminder_buttons(reminder: Reminder) -> InlineKeyboardMarkup | None:
    if reminder.origin == "meeting":
        return None
    return InlineKeyboardMarkup([
        [InlineKeyboardButton("⏰ Herinner me over een week", callback_data=f"rm:snooze:{reminder.id}")],
        [InlineKeyboardButton("🔕 Dit soort uitzetten", callback_data=f"rm:off:{reminder.kind}"),
         InlineKeyboardButton("📅 Bekijk status", callback_data="st")],
    ])


def telegram_sender(app_bot: Bot) -> Sender:
    """Send one reminder with the Application's bot and report the outcome for the dispatcher."""

    async def send(reminder: Reminder) -> SendResult:
        try:
            await app_bot.send_message(reminder.chat_id, f"🔔 {esc(reminder.text)}", parse_mode=ParseMode.HTML,
                                       reply_markup=reminder_buttons(reminder),
                                       message_thread_id=reminder.thread_id)
        except Forbidden as exc:
            return SendResult(Outcome.BLOCKED, error=str(exc))
        except RetryAfter as exc:
            wait = exc.retry_after
            return SendResult(Outcome.RETRY_AFTER, retry_after=wait.total_seconds()
                              if isinstance(wait, timedelta) else float(wait))
        except TelegramError as exc:
            return SendResult(Outcome.FAILED, error=str(exc)[:200])
        return SendResult(Outcome.SENT)

    return send


async def reminder_pass(bot: Bot, svc: Services) -> DispatchReport:
    """One pass: meeting cards that have started ask who was there, then the due reminders go out."""
    await meeting_pass(bot, svc)
    return await dispatch_due(svc.db, telegram_sender(bot), svc.clock)


async def dispatch_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every half minute: send what is due (the database says what; jobs in memory are not trusted)."""
    report = await reminder_pass(context.bot, services(context))
    if report.sent or report.failed or report.blocked:
        log.info("Herinneringen: %d verstuurd, %d geblokkeerd, %d mislukt", report.sent, report.blocked,
                 report.failed)


async def replan_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    count = replan_everyone(svc.db, svc.rules, svc.clock())
    log.info("Herinneringen opnieuw gepland voor %d gebruikers", count)


async def start_reminders(app: Application) -> None:  # type: ignore[type-arg]
    """At start: release claims of a process that died, plan again, and schedule the jobs."""
    svc: Services = app.bot_data["services"]
    released = svc.db.release_claims()
    if released:
        log.warning("%d geclaimde herinneringen vrijgegeven na een herstart", released)
    replan_everyone(svc.db, svc.rules, svc.clock())
    if app.job_queue is not None and svc.settings.dispatch_every > 0:
        app.job_queue.run_repeating(dispatch_job, interval=svc.settings.dispatch_every, first=1,
                                    name="herinneringen")
        app.job_queue.run_daily(replan_job, REPLAN_AT, name="plannen")


async def blocked_or_back(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The user blocked the bot (reminders wait, none is tried and lost) or unblocked it (they go on)."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    gone = change.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT)
    services(context).db.set_blocked(change.chat.id, gone)
    log.info("Een gebruiker heeft de bot %s", "geblokkeerd" if gone else "weer toegelaten")


# "/herinneringen uit" pauses them all, as /stop does; "/herinneringen aan" resumes them, as /start does
SWITCH_WORDS = {"uit": "off", "af": "off", "stop": "off", "pauze": "off", "pauzeer": "off", "pauzeren": "off",
                "aan": "on", "weer aan": "on", "hervat": "on", "hervatten": "on", "start": "on"}


async def herinneringen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/herinneringen [uit|aan]: what is coming, and each kind on or off; "uit" or "aan" switches all of them."""
    user = update.effective_user
    if not await private_only(update, context, "herinneringen") or user is None:
        return
    said = " ".join(context.args or []).lower().strip(" .!")
    if said in SWITCH_WORDS:
        await switched_in_words(update, context, SWITCH_WORDS[said])
        return
    text, markup = _overview(user.id, context)
    unknown = texts.REMINDERS_ARG_UNKNOWN.format(said=esc(said)) if said else ""
    await reply(update, f"{unknown}\n\n{text}" if unknown else text, reply_markup=markup)


def _overview(user_id: int, context: ContextTypes.DEFAULT_TYPE,
              pause_said: bool = False) -> tuple[str, InlineKeyboardMarkup]:
    """What is coming, and a switch per kind; a pause is noted unless just said (`pause_said`)."""
    svc = services(context)
    paused, _ = svc.db.user_flags(user_id)
    lines = ["<b>Komende herinneringen</b>"]
    if paused and not pause_said:
        lines.append("⏸ Staan op pauze. /start zet ze weer aan.")
    upcoming = svc.db.upcoming_reminders(user_id)
    for r in upcoming:
        first = r.text.split(". ")[0]
        lines.append(f"• {short_date(r.due.astimezone(AMSTERDAM).date())}: {esc(views.clip(first, 70))}")
    if not upcoming:  # dates stored (every kind off, or nothing due yet) need no asking for
        dated = svc.db.noloc_certificate(user_id) or svc.db.nrto_keurmerk(user_id)
        lines.append(texts.REMINDERS_NONE_NOW if dated else texts.REMINDERS_NONE)
    pause_all = "" if paused else ", of pauzeer ze allemaal met /stop"
    lines.append(f"\nTik op een soort om hem aan of uit te zetten{pause_all}:")
    off = svc.db.kinds_off(user_id)
    rows = [[InlineKeyboardButton(f"{'🔕' if kind in off else '✅'} {name}", callback_data=f"rm:kind:{kind}")]
            for kind, name in KINDS.items()]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def switched_in_words(update: Update, context: ContextTypes.DEFAULT_TYPE, switch: str | None,
                            kinds: dict[str, bool] | None = None) -> None:
    """"Zet de herinneringen uit" pauses them all, as /stop does, and "herinneringen weer aan" resumes them, as
    /start does; kinds named ("geen herinneringen meer over pe", "alles uit behalve de vervaldatum") are switched,
    as their buttons do. Either way, and when more kinds were named plainly, the switches per kind follow."""
    user = update.effective_user
    if user is None:
        return
    svc = services(context)
    paused, _ = svc.db.user_flags(user.id)
    said = ""
    if kinds:
        for kind, on in kinds.items():
            svc.db.set_kind(user.id, kind, on)
        replan_user(context, user.id)
        if len(kinds) == 1:
            ((kind, on),) = kinds.items()
            said = texts.REMINDER_KIND_SWITCHED.format(name=KINDS[kind], state="aan" if on else "uit")
        else:
            said = texts.REMINDER_KINDS_SWITCHED.format(  # in the order of their buttons
                on=", ".join(name for k, name in KINDS.items() if kinds.get(k) is True),
                off=", ".join(name for k, name in KINDS.items() if kinds.get(k) is False))
    elif switch == "off" and not paused:
        svc.db.set_paused(user.id, True, svc.clock())
        said = texts.REMINDERS_PAUSED
    elif switch == "on" and paused:
        svc.db.set_paused(user.id, False, svc.clock())
        said = texts.REMINDERS_RESUMED
    text, markup = _overview(user.id, context, pause_said=bool(said) and not kinds)
    await reply(update, f"{said}\n\n{text}" if said else text, reply_markup=markup)


async def stop(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stop: pause every reminder; /start resumes them."""
    user = update.effective_user
    if not await private_only(update, context, "herinneringen") or user is None:
        return
    services(context).db.set_paused(user.id, True, services(context).clock())
    await reply(update, texts.REMINDERS_PAUSED)


async def reminder_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """⏰ snooze a week, 🔕 switch a kind off, or toggle a kind in /herinneringen."""
    query = await own_private_tap(update)
    if query is None:
        return
    svc = services(context)
    user_id = query.from_user.id
    _, action, value = ([*(query.data or "").split(":", 2), "", ""])[:3]
    reminder_id = whole_number(value)
    if action == "snooze" and reminder_id is not None:
        reminder = svc.db.reminder(reminder_id)
        if reminder is None or reminder.user_id != user_id:
            await query.answer(texts.BUTTON_GONE, show_alert=True)
            return
        day = today(context) + timedelta(weeks=1)
        svc.db.add_reminder(user_id, user_id, f"{reminder.key}:snooze:{day.isoformat()}", reminder.kind, on_day(day),
                            reminder.text, "snooze")
        await query.answer(f"Goed, ik herinner je op {short_date(day)} opnieuw.")
        return
    if action in ("off", "kind") and value in KINDS:
        now_on = action == "kind" and value in svc.db.kinds_off(user_id)
        svc.db.set_kind(user_id, value, now_on)
        replan_user(context, user_id)
        await query.answer(f"{KINDS[value]}: {'aan' if now_on else 'uit'}.")
        if action == "kind":
            text, markup = _overview(user_id, context)
            await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
        return
    await query.answer(texts.BUTTON_GONE, show_alert=True)
