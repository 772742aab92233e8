"""Free text in a private chat: an open dialogue first, then personal dates, then the FAQ."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import texts, views
from bot.dates import YEAR, DateProblem, FoundDate, find_date, stored_period, within_period
from bot.db import Dialog
from bot.faq import Reply
from bot.html import esc
from bot.intents import (
    MEETINGS_TOPIC,
    DateStatement,
    Step,
    about_me,
    asks_something,
    asks_validity,
    audit_ahead_told,
    bot_feature,
    change_asked,
    date_statement,
    dont_know,
    fewer_reminders_asked,
    improvements_due_asked,
    is_question,
    meeting_plan_asked,
    meeting_praised,
    meetings_question,
    meetings_told,
    next_meeting_question,
    no_points_yet,
    nrto_date_told,
    opens_as_question,
    others_data_asked,
    own_expiry_told,
    own_reminder_asked,
    personal_question,
    points_question,
    points_told,
    question_part,
    reminder_channel_asked,
    reminder_kind_switch,
    reminder_times_asked,
    reminders_listed,
    reminders_switch,
    reminders_switch_asked,
    reminders_switched,
    result_came,
    result_named,
    result_told,
    result_when_asked,
    rsvp_told,
    said_kind,
    status_asked_after,
    step_deadline_asked,
    step_not_done,
    told_part,
    whom_not_known,
    yes_or_no,
)
from bot.ledger import (
    Draft,
    another_activity,
    evidence_announced,
    evidence_answer,
    meeting_missed,
    pe_points,
    something_done_told,
    still_to_come,
    without_amount,
    worth_asked,
)
from bot.normalize import fold
from bot.reminders import civil_hours
from bot.services import Services
from handlers import certificate, faq, keurmerk, ledger, privacy, reminders
from handlers.common import DAY_CARD, DELETE_DIALOG, dropped, kept_unsaved, reply, services, start, today

DialogStep = Callable[[Update, ContextTypes.DEFAULT_TYPE, Dialog, str], Awaitable[None]]
DIALOG_STALE_AFTER = timedelta(hours=12)
CANCEL_WORDS = {"stop", "annuleer", "annuleren", "cancel", "laat maar", "stoppen", "laat maar zitten", "laat ook maar",
                "vergeet het", "vergeet het maar", "nevermind",
                # backing out: "nee laat maar" was answered as a question (the NRTO's statement, outright), and
                # "nee toch maar niet" where /pe asks a name was taken as the activity's name
                "nee laat maar", "nee laat maar zitten", "toch maar niet", "nee toch maar niet", "laat ook maar zitten"}


async def _certificate_step(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> None:
    if dialog.data.get("stored") and (yes := yes_or_no(text)) is not None:  # "Wil je een andere datum …?" "nee"
        await certificate.certificate_yes_or_no(update, context, yes)
        return
    # after "Op welke dag in maart 2023?", "14" is that day
    text = within_period(text, stored_period(dialog.data.get("period")))
    kind = dialog.data.get("kind")  # and the kind of date the sentence asked about ("verliep in maart")
    await certificate.certificate_date_text(update, context, text, kind if kind in ("expiry", "certified") else None,
                                            stored_period(dialog.data.get("period")))


# Which function takes the typed answer for each dialogue.
DIALOG_STEPS: dict[str, DialogStep] = {
    "certificaat": _certificate_step,
    "uitslag": certificate.uitslag_date_text,
    "keurmerk": keurmerk.keurmerk_text,
    "pe": ledger.pe_text,
    "reflectie": ledger.reflectie_text,
}
TypedChoice = Callable[[Update, ContextTypes.DEFAULT_TYPE, Dialog, bool], Awaitable[bool]]


async def _no_typed_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, yes: bool) -> bool:
    return False


# Which function takes a typed "ja" or "nee" on a card with buttons (False: no single button fits).
TYPED_CHOICES: dict[str, TypedChoice] = {
    "certificaat": certificate.confirm_typed,
    "keurmerk": keurmerk.confirm_typed,
    "pe": ledger.typed_choice,
    "reflectie": ledger.typed_choice,
    "uitslag": certificate.uitslag_typed,
    "vergeet": privacy.confirm_typed,
    DELETE_DIALOG: ledger.delete_typed,
}
# Steps whose answer is a date or a year: a question with neither in it is no answer there.
DATE_STEPS = {"date", "keurmerk_on", "bow", "bow_renewed", "noncompliant"}
YEAR_STEPS = {"year"}
# Dialogues about something else, where "mijn certificaat verloopt op …" is told aside, never an answer.
TOLD_ASIDE = {"pe", "reflectie"}
# Steps that take a name (an activity, who a meeting was with), which may read like a question.
NAME_STEPS = {"title", "whom"}
# Of those, the ones whose answer may open like a question and still be one: an activity may be called "Hoe voer
# je een gesprek"; who a meeting was with never opens with "wat" or "hoe".
QUESTION_LIKE_NAMES = {"title"}
# What the other typed-answer steps asked, to ask it again
STEP_QUESTIONS = {("certificaat", "date"): texts.CERT_ASK, ("keurmerk", "keurmerk_on"): texts.KEURMERK_ASK_DATE,
                  ("keurmerk", "bow"): texts.KEURMERK_ASK_BOW, ("keurmerk", "year"): texts.KEURMERK_ASK_YEAR}
# Steps answered with buttons: typed text there is a new message (a question, a date), not an answer.
BUTTON_STEPS = {"confirm", "menu", "choose", "summary", "offer", "fields", "which_audit", "move"}


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return
    text = message.text
    svc = services(context)
    dialog = svc.db.dialog(user.id)
    if dialog is not None and dialog.step not in BUTTON_STEPS and _stale(dialog, svc.clock()):
        # a message hours later is something new, not the answer to a question long scrolled away
        svc.db.clear_dialog(user.id)
        await reply(update, dropped(dialog, texts.DIALOG_DROPPED))
        dialog = None
    if fold(text) in CANCEL_WORDS:  # "stop!" with nothing going on: not a question, and maybe meant as /stop
        if dialog is not None:
            await _stop(update, context, dialog)
        else:
            await reply(update, texts.NOTHING_TO_CANCEL_TYPED)
        return
    if dialog is not None and dialog.step in BUTTON_STEPS:
        if await _typed_under_card(update, context, dialog, text):
            return
        if dialog.name == DELETE_DIALOG:  # something else said: a later "ja" is no longer to delete
            svc.db.clear_dialog(user.id)
    elif dialog is not None and dialog.step == "evidence" and evidence_answer(text) is False:
        # "komt later", "heb ik nog niet": no goodbye and no question there, but no evidence yet
        await DIALOG_STEPS[dialog.name](update, context, dialog, text)
        return
    elif dialog is not None and dialog.step in DATE_STEPS | YEAR_STEPS and dont_know(text):
        await _ask_again(update, context, dialog, texts.DAY_NOT_KNOWN[dialog.name])  # "weet ik niet meer"
        return
    elif dialog is not None and dialog.step == "whom" and whom_not_known(text):
        # "(met wie) weet ik niet meer": no one's name (was saved as "met wie weet ik niet meer")
        await _ask_again(update, context, dialog, texts.WHOM_NOT_KNOWN)
        return
    elif dialog is not None and _small_talk_at_step(svc, dialog, text):
        # "bedankt" or "snap het niet" is no group's name or activity's title: the question again, with its buttons
        await _ask_again(update, context, dialog, texts.STEP_WAITING)
        return
    elif dialog is not None:
        shape = _has_date if dialog.step in DATE_STEPS else _has_year if dialog.step in YEAR_STEPS else None
        asked, answer = _asked_in_passing(svc, text, shape, dialog.step in QUESTION_LIKE_NAMES, today(context))
        if not asked and dialog.name in TOLD_ASIDE and dialog.step not in DATE_STEPS \
                and own_expiry_told(text, today(context), svc.rules.nrto.validity_years):
            # not the activity's title, amount or evidence, and no answer the dialogue can take
            await reply(update, texts.DATE_TOLD_IN_DIALOG.format(topic=texts.DIALOG_TOPICS[dialog.name][0]))
            return
        if not asked and (await _other_activity_told(update, context, dialog, text)
                          or await _other_step_told(update, context, dialog, text)):
            return
        if not asked:
            await DIALOG_STEPS[dialog.name](update, context, dialog, text)
            return
        await answer_only(update, context, text, answer)  # a question asked half-way: answered, the dialogue waits
        # with its question again below the answer, where the user now looks
        await _ask_again(update, context, dialog, texts.DIALOG_PENDING, topic=texts.DIALOG_TOPICS[dialog.name][0])
        return
    await new_message(update, context, text)


async def _ask_again(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, message: str,
                     **said: str) -> None:
    """The question a typed-answer step waits on, again with its buttons, inside `message` (its {question})."""
    await reply(update, message.format(question=_waiting_question(dialog, context), **said),
                reply_markup=_waiting_buttons(dialog, context))


async def _other_activity_told(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog,
                               text: str) -> bool:
    """"Ik heb ook een boek gelezen" where a webinar's day (or a meeting's) is asked: no answer to that step,
    whose question comes again; the new one is told after."""
    if dialog.name not in TOLD_ASIDE or dialog.step in NAME_STEPS:
        return False
    title = Draft.from_data(dialog.data).title if dialog.name == "pe" else None
    other = another_activity(text, title, today(context))
    user = update.effective_user
    if other is None or user is None:
        return False
    dialog = ledger.keep_aside(context, user.id, dialog, text)  # offered once this one is saved or stopped
    await _ask_again(update, context, dialog, texts.ACTIVITY_TOLD_IN_DIALOG, other=esc(other),
                     topic=esc(title) if title else texts.DIALOG_TOPICS[dialog.name][0])
    return True


async def _other_step_told(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> bool:
    """"Ik heb een uitgesteld advies" where /uitslag asks the submission's day: another step, not a date missing;
    with a day ("op 3 mei een positief advies gekregen") that day is the other step's. The day is asked again."""
    told = (result_told(text) or result_named(text)) if dialog.name == "uitslag" else None
    what = str(dialog.data.get("what"))
    if told is None or told == what:
        return False
    labels = dict(certificate.UITSLAG_CHOICES)
    await _ask_again(update, context, dialog, texts.STEP_TOLD_IN_DIALOG, told=labels[told],
                     what=labels.get(what, what))
    return True


async def _typed_under_card(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> bool:
    """Text typed under a card with buttons, when it is about that card: a "ja" or "nee" (its button when only
    one fits), a remark that would replace a finished entry not yet saved (the card again), or a date alone
    under another dialogue's card (its buttons pointed to). False: a new message."""
    yes = yes_or_no(text)
    if yes is not None:
        if not await TYPED_CHOICES.get(dialog.name, _no_typed_choice)(update, context, dialog, yes):
            await reply(update, texts.USE_BUTTONS)
        return True
    if await ledger.typed_field(update, context, dialog, text):  # "5 uur" under an activity's summary
        return True
    if await certificate.day_answer_typed(update, context, dialog, text):  # "intervisie" under "Waar hoort … bij?"
        return True
    if await certificate.uitslag_choice_typed(update, context, dialog, text):  # "ingediend" under its choices
        return True
    if await certificate.kind_typed(update, context, dialog, text):  # "dat is mijn vervaldatum" under its card
        return True
    if await keurmerk.audit_choice_typed(update, context, dialog, text):  # "blik op werk" under "Welke audit?"
        return True
    if not (is_question(text) or opens_as_question(text)) and await kept_unsaved(update, context, dialog):
        return True
    if dialog.name not in ("certificaat", DAY_CARD) and _a_date_alone(text, today(context)):
        # "vandaag" under /uitslag's choices or a PE summary is meant for that card, not a new certificate date;
        # under a date's own card it is that date corrected
        await reply(update, texts.USE_BUTTONS)
        return True
    return False


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message. Where nothing waits for a typed answer, a corrected question or date is
    read as new; a command, a dialogue's answer or a caption is not carried out a second time."""
    message = update.edited_message
    user = update.effective_user
    if message is not None and user is not None and message.chat.type == "private":
        dialog = services(context).db.dialog(user.id)
        text = message.text
        if dialog is not None and dialog.step not in BUTTON_STEPS:
            await reply(update, texts.EDIT_IN_DIALOG.format(topic=texts.DIALOG_TOPICS[dialog.name][0]))
        elif text and not text.startswith("/"):
            await new_message(update, context, text)
        else:
            await reply(update, texts.EDIT_NOT_REDONE)
    # in a group the first answer stands (a second would be noise); no other handler sees an edit
    raise ApplicationHandlerStop


def _asked_in_passing(svc: Services, text: str, shape: Callable[[str, date], bool] | None, names: bool,
                      day: date) -> tuple[bool, Reply | None]:
    """A question typed where the dialogue waits for an answer: it ends in "?", or it opens like a
    question and is about my dates, lacks the `shape` of the answer asked for (a date, a year), is no
    answer to a step that `names` something, or has an FAQ answer ("Hoe voer je een gesprek" is a name).
    The FAQ reply comes along when it was needed to decide, so it is not worked out twice."""
    if is_question(text):
        return True, None
    if not opens_as_question(text):
        return False, None
    if about_me(svc.faq.asked(text)) or (shape is not None and not shape(text, day)) or (shape is None and not names):
        return True, None
    answer = svc.faq.ask(text, day)
    return answer.kind == "faq", answer


def _small_talk_at_step(svc: Services, dialog: Dialog, text: str) -> bool:
    """Small talk typed where a step waits for its answer; a "nee" still answers steps that take one
    ("Heb je bewijs?"), but never names an activity or a group."""
    said = svc.faq.smalltalk(text)
    if dialog.step in NAME_STEPS and yes_or_no(text) is not None:  # "nee toch niet" is no activity's name
        return True
    return said is not None and (said.intent != "ja-nee" or dialog.step in NAME_STEPS)


def _waiting_question(dialog: Dialog, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The question a typed-answer step waits on, as it was asked."""
    if dialog.name == "pe" and dialog.step in ledger.QUESTIONS:
        return ledger.ask_for(dialog.step, context, Draft.from_data(dialog.data))
    if dialog.name == "reflectie" and dialog.step in ("date", "whom"):
        return ledger.reflection_question(dialog.step, dialog.data)
    if dialog.name == "uitslag":
        return certificate.day_question_text(str(dialog.data.get("what")))
    if (dialog.name, dialog.step) == ("certificaat", "date") and (period := stored_period(dialog.data.get("period"))):
        return certificate.certificate_day_question(period, dialog.data.get("kind"), today(context))
    if dialog.name == "keurmerk" and (period := stored_period(dialog.data.get("period"))):
        return keurmerk.keurmerk_day_question(dialog.step, period)
    if (dialog.name, dialog.step) == ("keurmerk", "noncompliant"):
        return texts.KEURMERK_ASK_AUDIT.format(months=services(context).rules.nrto.improvement_months)
    return STEP_QUESTIONS.get((dialog.name, dialog.step), texts.STEP_ABOVE)


def _waiting_buttons(dialog: Dialog, context: ContextTypes.DEFAULT_TYPE) -> InlineKeyboardMarkup | None:
    """The buttons of the question a typed-answer step waits on (a /pe step's, the audit years, Vandaag), shown
    with it again."""
    if (dialog.name, dialog.step) == ("keurmerk", "year"):
        return keurmerk.year_buttons(dialog, context)
    if dialog.name == "uitslag":
        return certificate.today_button(dialog)
    return ledger.step_buttons(dialog.step, dialog, context) if dialog.name == "pe" else None


def _has_date(text: str, day: date) -> bool:
    """Something meant as a date, right or wrong ("12 maart", "31-2", "gisteren")."""
    found = find_date(text, day)
    return not isinstance(found, DateProblem) or found.span is not None


def _has_year(text: str, day: date) -> bool:
    """A year, as the year step reads one ("2024", "in 2023")."""
    return YEAR.search(text) is not None


def _a_date_alone(text: str, day: date) -> bool:
    """Nothing but a date, right or wrong ("vandaag", "12-3", "31-2-2026"), with no word on what it is."""
    statement = date_statement(text, day)
    return isinstance(statement, DateStatement | DateProblem) and said_kind(text) is None


def _stale(dialog: Dialog, now: datetime) -> bool:
    """A typed-answer dialogue left alone longer than DIALOG_STALE_AFTER (buttons stay valid)."""
    return dialog.updated_at is not None and now - dialog.updated_at > DIALOG_STALE_AFTER


async def answer_only(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                      answer: Reply | None = None) -> None:
    """A question about my dates or the FAQ (`answer` when already worked out): answered without
    starting anything that would replace a dialogue."""
    asked = services(context).faq.asked(text)  # typos mended to tell what is asked; the log keeps what was typed
    scheme = personal_question(asked)
    if others_data_asked(asked):  # "hoeveel punten heeft anna": no member's data for anyone else, here neither
        await reply(update, texts.OTHERS_DATA)
    elif feature := bot_feature(asked):  # "kun je me herinneren aan mijn deadline": how, not the dates again
        await _feature(update, context, feature, asked)
    elif improvements_due_asked(asked) and await keurmerk.improvements_due_answer(update, context, text):
        pass  # "wanneer moeten we de verbeteringen aantonen", with no failed audit recorded: the rule
    elif scheme is None and result_when_asked(asked):
        # "wanneer hoor ik iets?" after submitting: one's own expected result, not the general weeks; with no
        # submission stored, the FAQ's answer on what follows one ("ik heb nog niets gehoord" was "weet ik niet")
        if not await certificate.result_pending_answer(update, context, asked):
            await faq.answer_question(update, context, text, faq.outright_answer(context, asked, "noloc")
                                      or services(context).faq.reply_for_id(RESULT_ENTRIES["ingediend"]))
    elif scheme is None and points_question(asked):
        await ledger.points_answer(update, context, _asked_alone(asked, points_question))
    elif scheme is None and (worth := worth_asked(asked)) is not None:  # "hoeveel punten is 3 ects?": the rule,
        points = pe_points(worth.points(services(context).rules.noloc))  # and the figure it gives
        await faq.answer_question(update, context, text, services(context).faq.reply_for_id(WORTH_ENTRY),
                                  suffix=texts.WORTH.format(amount=worth.spoken(), points=points))
    elif scheme is None and meetings_question(asked):
        await ledger.meetings_answer(update, context, _asked_alone(asked, meetings_question))
    elif scheme is None and (step := step_deadline_asked(asked)) and await certificate.personal_answer(
            update, context, step.scheme, asked):
        pass  # "wanneer moet de kwaliteitsverklaring bij de nrto zijn", from a member: their own deadline
    elif scheme is None and step is not None and step.entry is not None:  # anyone else: the step's own entry
        await faq.answer_question(update, context, text, services(context).faq.reply_for_id(step.entry))
    elif scheme is None:
        await faq.answer_question(update, context, text, answer)
    elif not await certificate.personal_answer(update, context, scheme, asked):
        await _no_dates_yet(update, context, scheme, text, asked)


def _asked_alone(text: str, asks: Callable[[str], bool]) -> str:
    """The question itself when what a message tells first is no part of it ("ik ben register jobcoach en …,
    hoeveel punten heb ik nodig?"): the FAQ's general answer is to that."""
    part = question_part(text)
    return part if part is not None and asks(part) else text


async def new_message(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """A text that answers no open question: about my dates, a date told, an activity, or the FAQ.
    A question that tells the date too ("mijn certificaat verloopt 14-3-2027, wanneer moet ik indienen?")
    gets the date proposed: once confirmed, the deadlines it derives answer the question."""
    asked = services(context).faq.asked(text)  # typos mended: "mijn certifcaat verlooopt op 1-6-2027"
    if fold(text) == "start":  # the command without its slash (was the FAQ on starting a portfolio)
        await start(update, context)
        return
    statement = date_statement(asked, today(context))
    told = (isinstance(statement, DateStatement) and statement.said) or (
        isinstance(statement, DateProblem) and said_kind(asked) is not None and not asks_something(told_part(asked)))
    keurmerk_years = services(context).rules.nrto.validity_years
    # "ons bow keurmerk verloopt eind volgend jaar" tells its day; "ons keurmerk verloopt volgend jaar" asks
    nrto_told = nrto_date_told(asked, today(context), keurmerk_years)
    nrto_day_told = nrto_told and isinstance(find_date(asked, today(context)), FoundDate)
    # "ik heb mijn portfolio vorige week ingediend, wanneer hoor ik iets": the step told is offered (below), with
    # the FAQ's answer first, rather than only the dates the question is about
    step_told_first = question_part(asked) is not None and result_told(told_part(asked)) is not None
    if about_me(asked) and not (told or nrto_day_told or step_told_first):
        await answer_only(update, context, text)
        return
    if await ledger.correct_just_logged(update, context, asked):
        return  # "oh nee, het was 3 uur" right after saving an activity
    if evidence_announced(asked):  # "hier is het bewijs van de webinar", with no file: how to send it
        await reply(update, texts.EVIDENCE_HOW)
        return
    if (await keurmerk.offer_told(update, context, asked) or await keurmerk.expiry_told(update, context, asked)
            or await keurmerk.gained_told(update, context, asked)
            or await keurmerk.audit_year_told(update, context, asked)
            or await keurmerk.improvements_told(update, context, asked)
            or await keurmerk.self_evaluation_told(update, context, asked)):
        return  # "de kwaliteitsverklaring is op 20 november verstuurd" tells no keurmerk date
    if nrto_told and audit_ahead_told(asked, today(context)):  # "onze audit is volgende maand": not kept
        await reply(update, texts.AUDIT_AHEAD)
    elif nrto_told:
        await reply(update, texts.KEURMERK_TOLD)
    elif isinstance(statement, DateProblem) and not told and is_question(asked) and await certificate.personal_answer(
            update, context, "noloc", asked):
        pass  # "verloopt mijn certificaat in juni?" with the date stored: that date, not the day asked for
    elif isinstance(statement, DateProblem):
        await _general_question_in(update, context, text, mine_too=True)
        await certificate.ask_certificate_day(update, context, statement, said_kind(asked))
    elif statement is not None and await certificate.ask_what_the_date_is(update, context, statement):
        pass  # "gisteren" from someone with a certificate: an activity's day as likely as a new certification
    elif statement is not None:
        await _general_question_in(update, context, text)
        if await certificate.propose_certificate(update, context, statement):
            await _my_question_in(update, context, text)  # the dates stand as told: a question about them is due now
    elif meetings_told(asked):  # "ik heb dit jaar maar 1 intervisie gehad": a count, not one meeting to log
        await ledger.meetings_told_answer(update, context)
    elif meeting_missed(asked):  # "de intervisie van gisteren ging niet door": nothing to log, but the count
        await ledger.meeting_missed_answer(update, context, asked)
    elif result_came(asked) and await certificate.result_came_told(update, context):
        pass  # "ik heb de uitslag binnen": which one, to record
    elif (await _told_result(update, context, asked) or await ledger.offer_reflection(update, context, asked)
          or await ledger.offer_activity(update, context, text)):  # an activity's title as typed
        pass
    elif points_told(text):
        await ledger.points_told_answer(update, context)
    elif next_meeting_question(asked):
        await reply(update, texts.NEXT_MEETING_IN_GROUP)
    elif meeting_plan_asked(asked):
        await reply(update, texts.MEETING_PRIVATE)
    elif rsvp_told(asked):  # "ik doe mee": said in the group, where the meeting's card is
        await reply(update, texts.RSVP_PRIVATE)
    elif meeting_praised(asked):  # "was leuk vanavond!" (with a meeting and its day, offer_reflection took it)
        await reply(update, texts.PRAISED_PRIVATE)
    elif no_points_yet(asked):  # "ik heb nog geen punten": one's own, or what a PE point is and how to log one
        await ledger.points_answer(update, context, text, asked=False)
    elif (step := step_not_done(asked)) is not None:  # "we hebben de audit nog niet gehad": not a failed one
        await _step_not_done(update, context, step, text)
    elif ahead := still_to_come(asked, today(context)):  # "ik ga morgen een cursus volgen": logged once done
        # the FAQ's answer to the plan ("… bij de Noloc Academie") first; its amount ("van 3 uur") asks nothing
        outright = faq.outright_answer(context, without_amount(text))
        if outright is None:
            await reply(update, texts.STILL_TO_COME[ahead])
        else:
            await faq.answer_question(update, context, text, outright, suffix=texts.LOG_ONCE_DONE[ahead])
    elif something_done_told(asked) and services(context).faq.ask(asked, today(context)).kind == "none":
        # "ik heb mijn bhv-herhaling gedaan": no known activity or step in it, but done; how each is recorded
        await reply(update, texts.DONE_UNKNOWN, reply_markup=InlineKeyboardMarkup([[ledger.ADD_ACTIVITY]]))
    else:
        await answer_only(update, context, text)  # a feature asked for, the FAQ, or a member's own deadline


# How to tell the dates of each scheme, under an answer given without them
INVITES = {"noloc": texts.CERT_INVITE, "nrto": texts.KEURMERK_INVITE}


async def _step_not_done(update: Update, context: ContextTypes.DEFAULT_TYPE, step: Step, text: str) -> None:
    """A step not done yet, told: the status of its scheme, what is due and when; without its dates, the step's
    entry and how to tell them."""
    if not await certificate.personal_answer(update, context, step.scheme, text, general=False):
        await faq.answer_question(update, context, text, services(context).faq.reply_for_id(str(step.entry)),
                                  INVITES[step.scheme])


async def _feature(update: Update, context: ContextTypes.DEFAULT_TYPE, feature: str, asked: str) -> None:
    """A feature asked for in words: what one logged is shown at once ("laat mijn activiteiten zien", "toon mijn
    intervisies"); for the rest, the command that does it."""
    if feature == "lijst" and await ledger.change_named(update, context, asked):
        pass  # "verwijder de webinar van 12 november": that one, not the list to find it in
    elif feature == "lijst" and MEETINGS_TOPIC.search(fold(asked)):
        await ledger.meetings_list(update, context)
    elif feature == "lijst" and change_asked(asked):  # a change none fits: the whole list to choose from
        await ledger.lijst(update, context)
    elif feature == "lijst":  # "wat heb ik vorige maand gedaan": that month's
        await ledger.list_asked(update, context, asked)
    elif feature == "punten":
        await ledger.punten(update, context)
    elif reminder_times_asked(asked):  # "geen herinneringen in het weekend": no such setting; what there is
        await reply(update, texts.REMINDER_TIMES.format(hours=civil_hours()))
    elif reminders_switched(asked):  # "zet de herinneringen uit": done, with the switches per kind
        await reminders.switched_in_words(update, context, reminders_switch(asked), reminder_kind_switch(asked))
    elif own_reminder_asked(asked, today(context)):  # "herinner me morgen aan mijn portfolio": no such thing
        await reply(update, texts.REMINDER_OWN.format(hours=civil_hours()))
    elif reminder_channel_asked(asked):  # "kan ik herinneringen per mail krijgen": only here; the agenda file
        await reply(update, texts.REMINDER_CHANNEL)
    elif reminders_listed(asked) or reminders_switch_asked(asked) or fewer_reminders_asked(asked):
        # "welke herinneringen krijg ik": the ones coming; "hoe zet ik ze uit", "minder berichten": with the switches
        await reminders.herinneringen(update, context)
    elif feature == "agenda":  # "zet mijn deadlines in mijn agenda": the file itself
        await certificate.agenda(update, context)
    else:
        await reply(update, texts.FEATURE_HINTS[feature].format(hours=civil_hours()))


async def _general_question_in(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                               mine_too: bool = False) -> None:
    """A general question asked with a certificate date ("…, hoeveel jaar blijft dat geldig"): the certificate
    source's outright answer first. A question about my own deadlines is left to the dates, once confirmed;
    while the day is still asked (`mine_too`), the general rule answers it ("…, kan ik al indienen")."""
    part = question_part(text)
    if part and (mine_too or not about_me(part)):
        await _certificate_answer_first(update, context, part)


async def _my_question_in(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """A question about my own dates, points or meetings asked with a date told ("…, wanneer kan ik indienen")."""
    part = question_part(text)
    if part and about_me(part):
        await answer_only(update, context, part)


async def _told_result(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Ik heb mijn portfolio vandaag ingediend, wat gebeurt er nu?": the certificate source's answer when it
    has one, then the step offered for /uitslag (with no certificate date stored, how to keep track of it);
    False when no step is told."""
    what = result_told(text)
    user = update.effective_user
    if what is None or user is None:
        return False
    if services(context).db.noloc_certificate(user.id) is None:
        return await _told_result_without_dates(update, context, what, text)
    await _certificate_answer_first(update, context, text)
    await certificate.offer_uitslag(update, context, what, text)
    return True


WORTH_ENTRY = "pe-waarde-scholing"  # the rule a study's worth is worked out with
# What the certificate source says after each /uitslag step, when the message told it in words of its own
RESULT_ENTRIES = {"ingediend": "proces-na-indienen", "uitgesteld": "uitgesteld-advies", "negatief": "negatief-advies"}


async def _told_result_without_dates(update: Update, context: ContextTypes.DEFAULT_TYPE, what: str,
                                     text: str) -> bool:
    """"Ik heb mijn portfolio ingediend op 1 november", no date stored: what follows a submission (or the
    certificate source's answer to the advice told), and that /uitslag needs the date; a positive one, how to go on."""
    if what == "positief":  # "ik ben geslaagd": the new period starts, and its dates are what the bot needs
        await reply(update, texts.PASSED_NO_DATES)
        return True
    answer = faq.outright_answer(context, text, "noloc")
    if answer is None:
        answer = services(context).faq.reply_for_id(RESULT_ENTRIES[what])
    await faq.answer_question(update, context, text, answer, texts.UITSLAG_NEEDS_CERT)
    return True


async def _certificate_answer_first(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """The certificate source's outright answer, when it has one, before what the message told is taken up; to the
    question after what was told, when one follows it ("…, wanneer hoor ik iets")."""
    answer = faq.outright_answer(context, question, "noloc") or (
        faq.outright_answer(context, part, "noloc") if (part := question_part(question)) else None)
    if answer is not None:
        await faq.answer_question(update, context, question, answer)


async def _no_dates_yet(update: Update, context: ContextTypes.DEFAULT_TYPE, scheme: str, text: str,
                        asked: str) -> None:
    """The FAQ's answer or suggestions from the scheme's own source (how long it is valid and where to find
    the date, when it has nothing surer or the question is about that), then an invitation to tell the date;
    for time left with no scheme named ("hoeveel dagen heb ik nog?"), how to tell either. The FAQ is asked
    `asked` (typos mended, as answer_only read it); the log keeps `text` as typed."""
    if await certificate.unconfirmed_dates_shown(update, context, scheme):
        return
    told_first = status_asked_after(text)
    if scheme == "any" or (scheme == "noloc" and told_first):
        await reply(update, views.NO_DATES)
        return
    faq_service = services(context).faq
    if told_first == "nrto":  # "wij zijn nrto lid, wat moeten we doen?": the yearly steps
        await faq.answer_question(update, context, text, faq_service.reply_for_id("nrto-zelfevaluatie"),
                                  INVITES["nrto"])
        return
    # "wnr kan ik indienen": written out, as the scheme was told
    answer = faq_service.ask_within(asked, scheme, today(context))
    step = step_deadline_asked(asked)
    if step is not None and step.scheme == scheme and step.entry is not None and (answer.kind != "faq" or step.narrow):
        answer = faq_service.reply_for_id(step.entry)  # "wanneer is mijn volgende audit": that step's entry
    elif answer.kind == "none" or (answer.kind == "suggest" and asks_validity(asked)):
        answer = faq_service.reply_for_id("verloopdatum-vinden" if scheme == "noloc" else "nrto-geldigheid")
    await faq.answer_question(update, context, text, answer, INVITES[scheme])


async def annuleer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/annuleer: leave any dialogue; nothing half-entered is stored."""
    user = update.effective_user
    if user is None:
        return
    dialog = services(context).db.dialog(user.id)
    if dialog is not None:
        await _stop(update, context, dialog)
    else:
        await reply(update, texts.NOTHING_TO_CANCEL)


async def _stop(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog) -> None:
    """A dialogue stopped (/annuleer, "stop"): nothing of it stored, said so; an activity told meanwhile offered."""
    user = update.effective_user
    if user is None:
        return
    services(context).db.clear_dialog(user.id)
    await reply(update, texts.FORGET_KEPT if dialog.name == "vergeet" else texts.CANCELLED)  # nothing to store there
    await ledger.offer_aside(context, user.id, dialog)
