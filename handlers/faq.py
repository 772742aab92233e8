"""Questions: free text in private, /vraag, mentions and replies in groups, and the buttons."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import texts
from bot.faq import FaqService, Reply, Suggestion, suggest_intro
from bot.html import esc, split_message
from bot.intents import (
    DateStatement,
    about_me,
    asks_something,
    attendance_told,
    audit_result_told,
    bot_feature,
    date_statement,
    for_the_group,
    group_meetings_question,
    last_one_asked,
    meeting_plan_asked,
    meeting_praised,
    next_meeting_question,
    nrto_date_told,
    others_data_asked,
    points_told,
    preparing_asked,
    result_told,
    rsvp_told,
    statement_sent_told,
    who_was_there_asked,
)
from bot.ledger import activity_sentence, meeting_missed, reflection_sentence
from bot.meetings import MEETING_REMINDERS_SAID, calendar_token
from bot.numbers import whole_number
from bot.reminders import civil_hours
from handlers.common import (
    coming_meetings,
    group_overview_html,
    help_command,
    last_meeting_html,
    private_only,
    reply,
    services,
    start_link,
    today,
)


@lru_cache(maxsize=1024)
def _question_rows(suggestions: tuple[Suggestion, ...]) -> tuple[tuple[InlineKeyboardButton], ...]:
    """One button row per question; cached, since buttons are immutable and an entry's related
    questions are the same under every answer."""
    return tuple((InlineKeyboardButton(s.button, callback_data=f"q:{s.id}"),) for s in suggestions)


def _question_buttons(suggestions: tuple[Suggestion, ...]) -> list[Sequence[InlineKeyboardButton]]:
    return list(_question_rows(suggestions))


@lru_cache(maxsize=4096)
def _entry_html(faq: FaqService, entry_id: str) -> str:
    """An entry's answer as the user reads it: question, answer, source line."""
    entry = faq.kb.by_id[entry_id]
    return (f"<b>{esc(entry.question)}</b>\n\n{esc(entry.answer)}\n\n"
            f"<i>{esc(faq.kb.source_line(entry))}</i>")


def render(answer: Reply, faq: FaqService, question_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """The HTML text and buttons for a reply."""
    if answer.kind == "faq" and answer.entry_id:
        html = _entry_html(faq, answer.entry_id)
        rows = _question_buttons(answer.suggestions)
        rows.append([InlineKeyboardButton("👍", callback_data=f"fb:+:{question_id}"),
                     InlineKeyboardButton("👎", callback_data=f"fb:-:{question_id}")])
        return html, InlineKeyboardMarkup(rows)
    if answer.kind == "suggest":
        return esc(suggest_intro(answer.lead)), InlineKeyboardMarkup(_question_buttons(answer.suggestions))
    return esc(answer.text), None


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                          answer: Reply | None = None, suffix: str = "") -> None:
    """Answer (or the given reply to) a question, log it, and add `suffix` (HTML) under the answer. Two
    questions in one message, each with its own answer, get both, each logged as asked."""
    svc = services(context)
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None:
        return
    answers = [(question, answer)] if answer is not None else svc.faq.ask_each(question, today(context))
    for n, (asked, each) in enumerate(answers, 1):
        qid = svc.db.log_question(user.id, chat.id, asked, each.kind, each.entry_id, each.score, svc.clock())
        html, markup = render(each, svc.faq, qid)
        group_hint = texts.GROUP_NONE_HINT if each.kind == "none" and chat.type != "private" else ""
        below = "\n\n".join(p for p in (group_hint, suffix if n == len(answers) else "") if p)
        parts = split_message(f"{html}\n\n{below}" if below else html)
        for i, part in enumerate(parts):
            await reply(update, part, reply_markup=markup if i == len(parts) - 1 else None)


def outright_answer(context: ContextTypes.DEFAULT_TYPE, question: str, page: str | None = None) -> Reply | None:
    """The FAQ's outright answer to a question; with `page`, only one from that source (a question about
    the certificate gets no Blik op Werk entry, however near its wording)."""
    faq, day = services(context).faq, today(context)
    answer = faq.ask(question, day) if page is None else faq.ask_within(question, page, day)
    return answer if answer.kind == "faq" else None


def general_answer_button(context: ContextTypes.DEFAULT_TYPE, question: str,
                          page: str | None = None) -> InlineKeyboardButton | None:
    """Under the user's own figures: the FAQ's general answer to the same question (from `page`), one tap away."""
    answer = outright_answer(context, question, page)
    if answer is None:
        return None
    entry = services(context).faq.kb.by_id[str(answer.entry_id)]
    return InlineKeyboardButton(f"ℹ️ {entry.button}", callback_data=f"q:{entry.id}")


async def answer_or_hint(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                         hint: str = texts.VRAAG_EMPTY) -> None:
    """Answer the question, or explain how to ask one (`hint`) when it is empty. In a group a question about
    one's own dates gets the general answer and a link to them in private, never the dates; one about the
    next meeting gets the group's plans."""
    if not question.strip():
        await reply(update, hint)
        return
    chat = update.effective_chat
    if chat is None or chat.type == "private":
        await answer_question(update, context, question)
        return
    asked = services(context).faq.asked(question)  # typos mended, to tell what is asked
    if last_one_asked(asked):  # "wanneer was de vorige intervisie": the group's last (was a suggestion)
        await reply(update, last_meeting_html(chat.id, context))
        return
    if next_meeting_question(asked) or group_meetings_question(asked) or preparing_asked(asked):
        # the group's plans and meetings held, with their topics
        await reply(update, group_overview_html(chat.id, context, asked))
        return
    if meeting_plan_asked(asked):  # "plan een intervisie op 5 januari": how /intervisie does it
        await reply(update, texts.MEETING_USAGE)
        return
    if rsvp_told(asked):
        await reply(update, texts.RSVP_BY_BUTTON)
        return
    if meeting_missed(asked):  # "ik was er niet bij": nothing to record
        await reply(update, texts.MISSED_IN_GROUP)
        return
    if others_data_asked(asked):  # "hoeveel punten heeft anna": no member's data, ever, for anyone else
        await reply(update, texts.OTHERS_DATA)
        return
    if who_was_there_asked(asked):  # "wie waren er gisteren": each member's own, never shown here
        await reply(update, texts.WHO_WAS_THERE)
        return
    if attendance_told(asked):  # "ik was erbij": the card's 🙋, which records it in private
        await reply(update, texts.ATTEND_BY_BUTTON)
        return
    if meeting_praised(asked):  # "was leuk vanavond!": glad, and how to record having been there
        await reply(update, texts.PRAISED_IN_GROUP)
        return
    feature, chat_talk = bot_feature(asked), services(context).faq.smalltalk(asked)
    if feature == "groep" or chat_talk in services(context).faq.kb.language.group_help:
        await help_command(update, context)  # "hoe werkt de groepsfunctie", "wat kan je hier": as /help there
        return
    # "stuur iedereen een herinnering": each meeting gets the group's own
    if feature == "herinneringen" and for_the_group(asked):
        await reply(update, texts.GROUP_REMINDERS.format(when=MEETING_REMINDERS_SAID, hours=civil_hours()))
        return
    if feature == "stoppen":  # "ik wil stoppen met de bot": how, the same as in private (nothing personal in it)
        await reply(update, texts.FEATURE_HINTS["stoppen"])
        return
    if feature == "agenda" and (coming := next(iter(coming_meetings(context, chat.id)), None)) is not None:
        # "zet het in mijn agenda", in a group with a meeting coming: that meeting, as its card's 📆 does
        link = start_link(context.bot, calendar_token(services(context).db.secret(), coming.id))
        await reply(update, texts.MEETING_TO_CALENDAR.format(when=coming.when), reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("📆 In je agenda", url=link)]]))
        return
    if feature is not None:
        # "zet de herinneringen uit", "in mijn agenda": one's own things, done in the private chat
        await private_only(update, context, FEATURE_COMMANDS.get(feature, feature))
        return
    told = _told_about_me(asked, today(context), services(context).rules.nrto.validity_years)
    if told and not asks_something(asked):
        # "mijn certificaat verloopt …" in a group: recorded in private only, so the group sees nothing of it
        await private_only(update, context, told)
        return
    own_dates = about_me(asked) or told is not None
    suffix = texts.OWN_DATES_IN_PRIVATE.format(url=start_link(context.bot, "status")) \
        if own_dates else ""
    await answer_question(update, context, question, suffix=suffix)


# The private command a feature asked for in words opens; the rest are named as their command.
FEATURE_COMMANDS = {"correctie": "lijst", "privacy": "mijngegevens", "bewijsstuk": "pe"}


def _told_about_me(text: str, day: date, keurmerk_years: int) -> str | None:
    """The private command that records what a message tells about its writer: a certificate or keurmerk
    date, a submission or advice, a meeting, an activity or a count of points."""
    statement = date_statement(text, day)
    told = (("keurmerk", nrto_date_told(text, day, keurmerk_years) or statement_sent_told(text)
             or audit_result_told(text) is not None),
            ("certificaat", isinstance(statement, DateStatement) and statement.said),
            ("uitslag", result_told(text) is not None), ("reflectie", reflection_sentence(text, day) is not None),
            ("pe", activity_sentence(text, day) is not None), ("punten", points_told(text)))
    return next((command for command, said in told if said), None)


async def vraag(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_or_hint(update, context, " ".join(context.args or []))


async def suggestion_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A tap on a question button answers that question."""
    query = update.callback_query
    if query is None or not query.data:
        return
    entry = services(context).faq.kb.by_id.get(query.data[2:])
    if entry is None:
        await query.answer(texts.BUTTON_GONE, show_alert=True)
        return
    await query.answer()
    svc = services(context)
    answer = svc.faq.reply_for_entry(entry)
    user_id = query.from_user.id
    chat_id = query.message.chat.id if query.message else user_id
    qid = svc.db.log_question(user_id, chat_id, entry.question, "button", entry.id, 100.0, svc.clock())
    html, markup = render(answer, svc.faq, qid)
    await context.bot.send_message(chat_id, html, parse_mode=ParseMode.HTML, reply_markup=markup,
                                   message_thread_id=getattr(query.message, "message_thread_id", None))


async def feedback_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """👍/👎 under an answer: stored with the question and the answered entry."""
    query = update.callback_query
    if query is None or not query.data:
        return
    _, sign, raw_id = ([*query.data.split(":", 2), "", ""])[:3]
    question_id = whole_number(raw_id)
    if sign not in "+-" or not sign or question_id is None:
        await query.answer(texts.BUTTON_GONE, show_alert=True)
        return
    svc = services(context)
    stored = svc.db.record_feedback(question_id, query.from_user.id, 1 if sign == "+" else -1, svc.clock())
    await query.answer(texts.FEEDBACK_THANKS if stored else texts.FEEDBACK_NOT_YOURS)
