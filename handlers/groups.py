"""Group intervision channels: introduction, /intervisie with its card, attendance, /groep, and /bewijs."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Literal

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot import texts, views
from bot.dates import AMSTERDAM, DateProblem, FoundDate, cut, day_month, find_date, find_time, long_date
from bot.db import Database
from bot.html import esc
from bot.intents import (
    TopicTold,
    attendance_told,
    meeting_day_told,
    meeting_place,
    meeting_proposed,
    meeting_request,
    rsvp_answer,
    topic_told,
)
from bot.ledger import same_reflection
from bot.meetings import (
    EVENING_TOO,
    TO_THE_EVENING,
    DaysNamed,
    Meeting,
    MeetingRequest,
    attendance_token,
    calendar_token,
    check_attendance_token,
    check_calendar_token,
    day_named,
    find_shift,
    meeting_reminders,
    meeting_topic,
    moved_request,
    parse_meeting,
)
from bot.numbers import whole_number
from bot.services import Services
from handlers import faq
from handlers.common import (
    coming_meetings,
    group_overview_html,
    held_meetings,
    private_only,
    replan_user,
    reply,
    services,
    start_link,
    today,
)
from handlers.ledger import meetings_line_for

log = logging.getLogger(__name__)
ADMIN_STATES = ("administrator", "creator")


def _card_markup(meeting: Meeting, bot: Bot, db: Database) -> InlineKeyboardMarkup | None:
    if meeting.state == "cancelled":
        return None
    if meeting.card_after:
        return InlineKeyboardMarkup([[InlineKeyboardButton("🙋 Ik was erbij", callback_data=f"mt:was:{meeting.id}")]])
    # a link, not a callback: the file comes in the tapper's private chat, which a callback could not open
    calendar = start_link(bot, calendar_token(db.secret(), meeting.id))
    return InlineKeyboardMarkup([
        [InlineKeyboardButton("✅ Ik doe mee", callback_data=f"mt:ja:{meeting.id}"),
         InlineKeyboardButton("🚫 Kan niet", callback_data=f"mt:nee:{meeting.id}")],
        [InlineKeyboardButton("📆 In je agenda", url=calendar)],
        [InlineKeyboardButton("✖️ Annuleren (maker/beheerder)", callback_data=f"mt:cancel:{meeting.id}")],
    ])


async def _refresh_card(bot: Bot, db: Database, meeting_id: int) -> None:
    """Update the card in place with the latest names and buttons."""
    meeting = db.meeting(meeting_id)
    if meeting is None or meeting.card_message_id is None:
        return
    text = views.meeting_card(meeting, db.meeting_answers(meeting.id), db.attendance_count(meeting.id))
    try:
        await bot.edit_message_text(text, chat_id=meeting.chat_id, message_id=meeting.card_message_id,
                                    parse_mode=ParseMode.HTML, reply_markup=_card_markup(meeting, bot, db))
    except TelegramError as exc:  # "not modified" or a deleted card: the data is safe in the database
        log.info("Kaart van bijeenkomst %s niet bijgewerkt: %s", meeting.id, exc)


def _plan_meeting_reminders(db: Database, meeting: Meeting, now: datetime) -> None:
    """The group's reminders for this meeting, planned again from scratch."""
    db.delete_pending(meeting.chat_id, f"meeting:{meeting.id}:")
    for r in meeting_reminders(meeting, now):
        db.add_reminder(meeting.chat_id, meeting.chat_id, r.key, "meeting", r.due, r.text, "meeting",
                        meeting.thread_id, expires=r.expires)


async def bot_added(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Added to a group: one short introduction, once per group."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or chat.type == "private":
        return
    if not any(member.id == context.bot.id for member in message.new_chat_members or []):
        return
    if services(context).db.introduce_group(chat.id, chat.title or "groep", services(context).clock()):
        await context.bot.send_message(chat.id, views.GROUP_INTRO.format(username=context.bot.username),
                                       parse_mode=ParseMode.HTML)


async def intervisie(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/intervisie <datum en tijd> [onderwerp] | annuleer | verzet <datum en tijd>."""
    message = update.effective_message
    chat = update.effective_chat
    user = update.effective_user
    if message is None or chat is None or user is None:
        return
    if chat.type == "private":
        await reply(update, texts.MEETING_PRIVATE)
        return
    svc = services(context)
    svc.db.introduce_group(chat.id, chat.title or "groep", svc.clock())  # known even if added before we listened
    args = context.args or []
    if args and args[0].lower() in ("annuleer", "annuleren", "verzet", "verzetten", "wijzig"):
        verb, rest = args[0].lower(), " ".join(args[1:])
        # "annuleer 8 januari" is the one that day; "verzet 8 januari naar 9 januari" says which before "naar"
        which, target = ("", rest) if verb.startswith("annuleer") else _which_and_where(rest)
        await _change(update, context, verb, target, rest if verb.startswith("annuleer") else which)
        return
    if args and args[0].lower() == "onderwerp":  # "/intervisie onderwerp feedback geven": the next one's topic
        await _topic_told(update, context, TopicTold(" ".join(args[1:]), ""))
        return
    if not args:  # what is planned already, if anything, and how to plan, move or cancel
        planned = bool(coming_meetings(context, chat.id))
        await reply(update, f"{group_overview_html(chat.id, context)}\n\n{texts.MEETING_USAGE}" if planned
                    else texts.MEETING_USAGE)
        return
    request = parse_meeting(" ".join(args), svc.clock())
    if isinstance(request, DateProblem):
        await reply(update, request.message)
        return
    await _create(update, context, request)


async def _create(update: Update, context: ContextTypes.DEFAULT_TYPE, request: MeetingRequest) -> None:
    svc = services(context)
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    twin = next((m for m in svc.db.meetings_in(message.chat.id) if m.starts_at == request.starts_at), None)
    if twin is not None:  # told or typed twice ("de volgende intervisie is …" after it was planned): one card
        await reply(update, texts.MEETING_TWICE.format(when=twin.when))
        return
    thread = message.message_thread_id if message.is_topic_message else None
    meeting_id = svc.db.add_meeting(Meeting(message.chat.id, thread, user.id, request.starts_at, request.topic,
                                            ends_at=request.ends_at, place=request.place[:MAX_PLACE]), svc.clock())
    meeting = svc.db.meeting(meeting_id)
    assert meeting is not None
    card = await context.bot.send_message(meeting.chat_id, views.meeting_card(meeting, []), parse_mode=ParseMode.HTML,
                                          reply_markup=_card_markup(meeting, context.bot, svc.db),
                                          message_thread_id=thread)
    svc.db.set_card(meeting_id, message_id=card.message_id)
    _plan_meeting_reminders(svc.db, meeting, svc.clock())
    if request.evening is not None:
        said, evening = (f"{at.astimezone(AMSTERDAM):%H:%M}" for at in (request.starts_at, request.evening))
        await reply(update, texts.MEETING_EVENING.format(said=said, evening=evening),
                    reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(
                        f"🌙 Verzet naar {evening}", callback_data=f"mt:avond:{meeting.id}")]]))


async def _is_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        return False
    return member.status in ADMIN_STATES


async def _may_change(bot: Bot, meeting: Meeting, user_id: int) -> bool:
    return meeting.creator_id == user_id or await _is_admin(bot, meeting.chat_id, user_id)


def _which_and_where(said: str) -> tuple[str, str]:
    """The meeting a move names and where it goes: "8 januari naar 9 januari" splits at "naar"; in "8 januari een
    uur later" the day names the meeting and the rest says where it goes."""
    which, _, where = said.rpartition(" naar ")
    shift = find_shift(where)
    if not which and shift is not None:
        which = cut(where, [(shift.start, shift.end)])
    return which, where


def _day_named(said: str, today_: date, coming: list[Meeting]) -> FoundDate | DaysNamed | DateProblem | None:
    """The day a message names for a meeting ("de intervisie van 8 december"; "donderdag" is the first coming
    Thursday planned; "volgende week" that week), a wrong one ("31 november", a DateProblem with a span), or
    none; read once, for finding the meeting and for saying there is none."""
    return day_named(said, today_, coming) if said else None


def _next_meeting(coming: list[Meeting], named: FoundDate | DaysNamed | DateProblem | None) -> Meeting | None:
    """The next of the `coming` meetings, or the first on the day or in the week `named`; None when there is
    none, or none then."""
    if isinstance(named, DateProblem) and named.span is not None:  # "31 november": no day, so no meeting either
        return None
    days = DaysNamed.of(named)
    return next((m for m in coming if days is None or days.holds(m)), None)


def _none_planned(named: FoundDate | DaysNamed | DateProblem | None) -> str:
    """No meeting to change or answer: none at all, none on the day or in the week said, or the day said is
    wrong."""
    if isinstance(named, DateProblem) and named.span is not None:
        return named.message
    days = DaysNamed.of(named)
    return texts.MEETING_NONE_ON.format(when=days.said()) if days else texts.MEETING_NONE


async def _change(update: Update, context: ContextTypes.DEFAULT_TYPE, verb: str, rest: str,
                  which: str = "") -> None:
    """Cancel or move the group's next meeting (or the one on the day `which` names); only its creator or a
    group admin may. A move keeps the meeting's time when only a day is said, and its day when only a time is."""
    svc = services(context)
    meeting = await _meeting_to_change(update, context, which)
    if meeting is None:
        return
    if verb.startswith("annuleer"):
        await _cancel(context.bot, svc, meeting)
        await reply(update, f"Geannuleerd: intervisie van {meeting.when}.")
        return
    request = moved_request(rest, meeting, svc.clock())
    if isinstance(request, DateProblem):
        await reply(update, request.message)
        return
    if (request.starts_at, request.ends_at) == (meeting.starts_at, meeting.ends_at):  # no edit that changes nothing
        await reply(update, f"De intervisie staat al op {meeting.when}.")
        return
    moved = await _move(context.bot, svc, meeting, request.starts_at, request.ends_at)
    await reply(update, f"Verzet naar {moved.when}.")


async def _meeting_meant(update: Update, context: ContextTypes.DEFAULT_TYPE, which: str) -> Meeting | None:
    """The group's next meeting, or the one on the day `which` names; None, with why said, when there is none."""
    chat = update.effective_chat
    if chat is None:
        return None
    coming = coming_meetings(context, chat.id)
    named = _day_named(which, today(context), coming)
    meeting = _next_meeting(coming, named)
    if meeting is None:
        await reply(update, _none_planned(named))
    return meeting


async def _meeting_to_change(update: Update, context: ContextTypes.DEFAULT_TYPE, which: str) -> Meeting | None:
    """The meeting meant (see _meeting_meant) when the sender may change it: its creator or a group admin; None,
    with why said, when there is none or they may not."""
    user = update.effective_user
    meeting = await _meeting_meant(update, context, which) if user is not None else None
    if meeting is None or user is None:
        return None
    if not await _may_change(context.bot, meeting, user.id):
        await reply(update, texts.MEETING_NOT_ALLOWED)
        return None
    return meeting


async def _move(bot: Bot, svc: Services, meeting: Meeting, starts_at: datetime, ends_at: datetime | None) -> Meeting:
    """Reschedule a meeting: its reminders planned again and its card showing the new moment."""
    svc.db.reschedule_meeting(meeting.id, starts_at, ends_at)
    moved = svc.db.meeting(meeting.id)
    assert moved is not None
    _plan_meeting_reminders(svc.db, moved, svc.clock())
    await _refresh_card(bot, svc.db, meeting.id)
    return moved


async def _cancel(bot: Bot, svc: Services, meeting: Meeting) -> None:
    svc.db.cancel_meeting(meeting.id)
    svc.db.delete_pending(meeting.chat_id, f"meeting:{meeting.id}:")
    await _refresh_card(bot, svc.db, meeting.id)


async def meeting_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """✅ / 🚫 / ✖️ / 🙋 on a meeting card."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    svc = services(context)
    parts = (query.data or "").split(":")
    meeting_id = whole_number(parts[2]) if len(parts) == 3 else None
    meeting = svc.db.meeting(meeting_id) if meeting_id is not None else None
    if meeting is None or meeting.chat_id != query.message.chat.id or meeting.state != "planned":
        await query.answer(texts.BUTTON_GONE, show_alert=True)
        return
    user = query.from_user
    action = parts[1]
    if action in ("ja", "nee"):
        if meeting.card_after:
            await query.answer(texts.MEETING_OVER)
            return
        changed = svc.db.answer_meeting(meeting.id, user.id, user.first_name, action)
        await query.answer("Genoteerd." if action == "ja" else "Jammer, genoteerd.")
        if changed:  # Telegram refuses an edit that changes nothing
            await _refresh_card(context.bot, svc.db, meeting.id)
    elif action == "cancel":
        if not await _may_change(context.bot, meeting, user.id):
            await query.answer(texts.MEETING_NOT_ALLOWED, show_alert=True)
            return
        await query.answer("Geannuleerd.")
        await _cancel(context.bot, svc, meeting)
        if query.message.message_id != meeting.card_message_id:  # the question under "gaat niet door", not the card
            await query.edit_message_text(f"Geannuleerd: intervisie van {meeting.when}.")
    elif action == "was":
        await _attended(update, context, meeting)
    elif action == "avond":
        await _to_the_evening(update, context, meeting)
    else:
        await query.answer(texts.BUTTON_GONE, show_alert=True)


async def _to_the_evening(update: Update, context: ContextTypes.DEFAULT_TYPE, meeting: Meeting) -> None:
    """🌙 under "Gepland om 07:00, zoals getypt": the meeting to 19:00 that day, once, by its maker or an admin."""
    query = update.callback_query
    if query is None:
        return
    svc = services(context)
    if meeting.starts_at <= svc.clock():  # a morning meeting that has begun was meant as typed
        await query.answer(texts.MEETING_OVER, show_alert=True)
        return
    if not await _may_change(context.bot, meeting, query.from_user.id):
        await query.answer(texts.MEETING_NOT_ALLOWED, show_alert=True)
        return
    if meeting.starts_at.astimezone(AMSTERDAM).hour not in EVENING_TOO:  # moved since (this button or otherwise)
        await query.answer(f"De intervisie staat al op {meeting.when}.")
        return
    moved = await _move(context.bot, svc, meeting, meeting.starts_at + TO_THE_EVENING,
                        meeting.ends_at + TO_THE_EVENING if meeting.ends_at else None)
    await query.answer("Verzet.")
    await query.edit_message_text(f"Verzet naar {moved.when}.")


async def _attended(update: Update, context: ContextTypes.DEFAULT_TYPE, meeting: Meeting) -> None:
    """Log attendance privately; a member who never started the bot gets a deep link in the group."""
    query = update.callback_query
    if query is None:
        return
    svc = services(context)
    user = query.from_user
    if svc.clock() < meeting.starts_at:
        await query.answer(texts.MEETING_NOT_YET, show_alert=True)
        return
    await query.answer()
    if not svc.db.private_started(user.id):
        await context.bot.send_message(
            meeting.chat_id, texts.MEETING_OPEN_PRIVATE.format(name=esc(user.first_name)), parse_mode=ParseMode.HTML,
            message_thread_id=meeting.thread_id, reply_markup=_attend_privately(context, meeting, user.id))
        return
    await _log_and_confirm(context, meeting, user.id)


def _attend_privately(context: ContextTypes.DEFAULT_TYPE, meeting: Meeting, user_id: int) -> InlineKeyboardMarkup:
    """The deep link that records a member's attendance once they open the private chat."""
    token = attendance_token(services(context).db.secret(), meeting.id, user_id)
    return InlineKeyboardMarkup([[InlineKeyboardButton("🔒 Vastleggen in privéchat",
                                                       url=start_link(context.bot, token))]])


ATTENDED_WITHIN = timedelta(days=3)  # "ik was erbij" is taken for the group's last meeting this long after it began


def _just_held(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> Meeting | None:
    """The group's meeting that began last, when that was at most ATTENDED_WITHIN ago."""
    held = held_meetings(context, chat_id)
    return held[-1] if held and services(context).clock() - held[-1].starts_at <= ATTENDED_WITHIN else None


async def _attended_in_words(update: Update, context: ContextTypes.DEFAULT_TYPE, meeting: Meeting) -> None:
    """"@recertbot ik was erbij" after a meeting: recorded privately, as its 🙋 would."""
    user = update.effective_user
    if user is None:
        return
    if not services(context).db.private_started(user.id):
        await reply(update, texts.MEETING_OPEN_PRIVATE.format(name=esc(user.first_name)),
                    reply_markup=_attend_privately(context, meeting, user.id))
        return
    await _log_and_confirm(context, meeting, user.id)
    await reply(update, texts.ATTENDED_IN_WORDS.format(name=esc(user.first_name), when=meeting.when))


async def _log_and_confirm(context: ContextTypes.DEFAULT_TYPE, meeting: Meeting, user_id: int) -> None:
    svc = services(context)
    title = svc.db.group_title(meeting.chat_id) or "intervisiegroep"
    day = meeting.starts_at.astimezone(AMSTERDAM).date()
    twin = same_reflection(day, title, svc.db.reflections(user_id, by_hand=True))  # told with /reflectie before
    logged = svc.db.log_attendance(meeting, user_id, title, svc.clock(), told=twin)
    if logged:
        replan_user(context, user_id)
        await _refresh_card(context.bot, svc.db, meeting.id)
    line = meetings_line_for(user_id, day.year, context)
    if not logged:
        said = "Die bijeenkomst stond al in je overzicht."
    elif twin is not None:
        said = texts.REFLECTION_TWICE.format(meeting=views.reflection_line(day, twin.with_whom))
    else:
        said = f"Vastgelegd: intervisie op {long_date(day)} met {esc(title)}."
    text = f"{said}\n{line}"
    try:
        await context.bot.send_message(user_id, text, parse_mode=ParseMode.HTML)
    except Forbidden:
        log.info("Bevestiging van aanwezigheid niet bezorgd: gebruiker heeft de bot geblokkeerd")


async def attend_from_link(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start att-<meeting>-<signature> in private: the member opened the link from the group."""
    user = update.effective_user
    svc = services(context)
    if user is None or not context.args:
        return
    meeting_id = check_attendance_token(svc.db.secret(), context.args[0], user.id)
    meeting = svc.db.meeting(meeting_id) if meeting_id is not None else None
    if meeting is None or meeting.state != "planned" or svc.clock() < meeting.starts_at:
        await reply(update, texts.MEETING_LINK_BAD)
        return
    await _log_and_confirm(context, meeting, user.id)


async def calendar_from_link(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start ics-<meeting>-<signature> in private: 📆 on a meeting card; the meeting as an .ics file."""
    user = update.effective_user
    svc = services(context)
    if user is None or not context.args:
        return
    meeting_id = check_calendar_token(svc.db.secret(), context.args[0])
    meeting = svc.db.meeting(meeting_id) if meeting_id is not None else None
    if meeting is None or meeting.starts_at < svc.clock():
        await reply(update, texts.MEETING_CALENDAR_BAD)
        return
    from bot.export import meeting_ics

    group = svc.db.group_title(meeting.chat_id) or "groep"
    await context.bot.send_document(user.id, meeting_ics(meeting, group, svc.clock()),
                                    filename=f"intervisie-{meeting.starts_at.astimezone(AMSTERDAM):%Y-%m-%d}.ics",
                                    caption=texts.MEETING_CALENDAR_CAPTION.format(when=meeting.when))


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group: only a mention of the bot or a reply to one of its messages is for it. A meeting planned,
    moved, cancelled or answered in words is done as /intervisie or the card's buttons would; the rest is a
    question."""
    message = update.effective_message
    if message is None or not message.text:
        return
    mention = f"@{context.bot.username}"
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == context.bot.id)
    if mention.lower() not in message.text.lower() and not to_bot:
        return
    text = message.text.replace(mention, " ").replace(mention.lower(), " ")
    if not await _meeting_in_words(update, context, text):
        await faq.answer_or_hint(update, context, text, texts.MENTION_EMPTY.format(username=context.bot.username))


async def _meeting_in_words(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Plan een intervisie op 8 december om 19:30", "verzet de intervisie naar 9 december", "de intervisie gaat
    niet door", "ik kan toch niet": done as the command or button would (True); False for anything else."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    svc = services(context)
    asked = svc.faq.asked(text)  # typos mended to tell what is asked; the day and time are read as typed
    kind, answer = meeting_request(asked), rsvp_answer(asked)
    proposed = kind is None and meeting_proposed(asked)
    when_said = (kind == "plan" or proposed) and _when_said(text, context)
    if proposed and when_said:  # without a day or hour: a question about intervision
        kind = "plan"
    if kind == "plan":
        svc.db.introduce_group(chat.id, chat.title or "groep", svc.clock())
        request = parse_meeting(text, svc.clock()) if when_said else None
        if request is None:  # "hoe plan ik een intervisie?": how, with moving and cancelling too
            await reply(update, texts.MEETING_USAGE)
        elif isinstance(request, DateProblem):
            await reply(update, request.message)
        else:
            await _create(update, context, request)
    elif kind == "move":  # "verzet de intervisie van 8 december naar 9 december": the day after "naar" is new
        which, target = _which_and_where(text)
        await _change(update, context, "verzet", target, which)
    elif kind == "cancel":
        await _offer_cancel(update, context, text)
    elif answer is not None:
        await _answer_in_words(update, context, answer, text)
    elif attendance_told(asked) and (held := _just_held(context, chat.id)) is not None:
        await _attended_in_words(update, context, held)  # with none just held: how 🙋 and /reflectie do it
    elif (topic := topic_told(text)) is not None:
        await _topic_told(update, context, topic)  # was "weet ik niet"
    elif (place := meeting_place(text, today(context))) is not None:
        await _place_told(update, context, text, place)  # was the FAQ's answer on Noloc's events, outright
    elif meeting_day_told(text, today(context)):
        await _day_told(update, context, text)  # was "weet ik niet"
    else:
        return False
    return True


async def _day_told(update: Update, context: ContextTypes.DEFAULT_TYPE, said: str) -> None:
    """"De intervisie is op 9 december": the plans for that day; with none then, that none is, and how to move
    the meeting there if that was meant (moving on a remark would be too easy to set off)."""
    chat = update.effective_chat
    if chat is None:
        return
    coming = coming_meetings(context, chat.id)
    named = _day_named(said, today(context), coming)
    days = DaysNamed.of(named)
    if days is not None and any(days.holds(m) for m in coming):
        await reply(update, group_overview_html(chat.id, context, said))
        return
    hint = texts.MEETING_DAY_TOLD.format(username=context.bot.username, day=day_month(days.first)) \
        if coming and days is not None else ""
    await reply(update, f"{_none_planned(named)}{hint}")


MAX_PLACE = 100


async def _place_told(update: Update, context: ContextTypes.DEFAULT_TYPE, said: str, place: str) -> None:
    """"De intervisie is bij Piet thuis": the place on the card of the meeting meant (the day said, or the next),
    set by its planner or an admin, as moving it is."""
    meeting = await _set_detail(update, context, said, "place", place[:MAX_PLACE])
    if meeting is not None:
        await reply(update, texts.MEETING_PLACE.format(when=meeting.when, place=esc(place[:MAX_PLACE])))


async def _topic_told(update: Update, context: ContextTypes.DEFAULT_TYPE, told: TopicTold) -> None:
    """"Verander het onderwerp naar feedback geven": the new topic on the card of the meeting meant (the day said,
    or the next), set by its planner or an admin, as its place is; with no topic, how to give one."""
    topic = meeting_topic(told.topic)
    if not topic:
        await reply(update, texts.MEETING_TOPIC_USAGE.format(username=context.bot.username))
        return
    meeting = await _set_detail(update, context, told.which, "topic", topic)
    if meeting is not None:
        await reply(update, texts.MEETING_TOPIC.format(when=meeting.when, topic=esc(topic)))


async def _set_detail(update: Update, context: ContextTypes.DEFAULT_TYPE, which: str,
                      detail: Literal["place", "topic"], value: str) -> Meeting | None:
    """The place or topic of the meeting `which` names (or the next), if the sender may change it: on its card
    and in its reminders still to come. The meeting, or None when there was none or it was not theirs to change."""
    svc = services(context)
    meeting = await _meeting_to_change(update, context, which)
    if meeting is None:
        return None
    svc.db.set_meeting_detail(meeting.id, detail, value)
    changed = svc.db.meeting(meeting.id)
    if changed is not None:
        _plan_meeting_reminders(svc.db, changed, svc.clock())
    await _refresh_card(context.bot, svc.db, meeting.id)
    return meeting


def _when_said(text: str, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A meeting's day or hour is in the words, or a month or week without its day ("in januari"), which
    planning asks about."""
    found = find_date(text, today(context), "future")
    return bool(find_time(text)) or isinstance(found, FoundDate) or found.span is not None


async def _offer_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE, said: str) -> None:
    """"De intervisie van 8 december gaat niet door": that meeting with the card's own cancel button, which
    checks who taps it; cancelling on words alone would be too easy to set off."""
    meeting = await _meeting_meant(update, context, said)
    if meeting is None:
        return
    await reply(update, texts.MEETING_CANCEL_ASK.format(when=meeting.when), reply_markup=InlineKeyboardMarkup([[
        InlineKeyboardButton("✖️ Ja, annuleren", callback_data=f"mt:cancel:{meeting.id}")]]))


async def _answer_in_words(update: Update, context: ContextTypes.DEFAULT_TYPE, answer: str, said: str) -> None:
    """"Ik doe mee", "ik kan toch niet op 8 december": recorded as the card's ✅ or 🚫 would, for the meeting on
    the day said or the only one coming; with several coming and no day said, the buttons."""
    svc, chat, user = services(context), update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    coming = coming_meetings(context, chat.id)
    named = _day_named(said, today(context), coming)
    # a day, a week, or a wrong day ("31 november")
    day_said = isinstance(named, FoundDate | DaysNamed) or (isinstance(named, DateProblem) and named.span is not None)
    open_ = [m for m in coming if not m.card_after]
    meeting = _next_meeting(coming, named) if day_said or len(open_) == 1 else None
    if meeting is None:
        await reply(update, _none_planned(named) if day_said or not open_ else texts.RSVP_WHICH)
        return
    if svc.db.answer_meeting(meeting.id, user.id, user.first_name, answer):
        await _refresh_card(context.bot, svc.db, meeting.id)
    said_back = texts.RSVP_YES if answer == "ja" else texts.RSVP_NO
    await reply(update, said_back.format(name=esc(user.first_name), when=meeting.when))


async def groep(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/groep: the group's upcoming meetings and how many were held this year; never anyone's figures."""
    chat = update.effective_chat
    if chat is None:
        return
    if chat.type == "private":
        await reply(update, texts.GROUP_ONLY)
        return
    await reply(update, group_overview_html(chat.id, context))


async def meeting_pass(bot: Bot, svc: Services) -> None:
    """After a meeting has started its card asks "Ik was erbij" (run with every reminder pass)."""
    for meeting in svc.db.meetings_to_close(svc.clock()):
        svc.db.set_card(meeting.id, after=True)
        await _refresh_card(bot, svc.db, meeting.id)


async def bewijs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/bewijs: a PDF of the group meetings attended in the current period (a self-made overview)."""
    user = update.effective_user
    if not await private_only(update, context, "bewijs") or user is None:
        return
    from bot.export import attendance_pdf
    from handlers.ledger import user_progress

    svc = services(context)
    _, progress = user_progress(user.id, context)
    period = progress.period
    rows = [(m, title, count) for m, title, count in svc.db.attended(user.id)
            if m.starts_at.astimezone(AMSTERDAM).date() in period]
    if not rows:
        await reply(update, texts.BEWIJS_NONE)
        return
    pdf = attendance_pdf(rows, period, user.full_name, today(context))
    await context.bot.send_document(user.id, pdf, filename=f"intervisie-bewijs-{today(context).isoformat()}.pdf",
                                    caption=texts.BEWIJS_CAPTION)
