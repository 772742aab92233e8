"""Register Jobcoach dates: /certificaat, telling a date, /status, /uitslag and their buttons."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import texts, views
from bot.dates import DateProblem, FoundDate, date_answer, day_asked_again, day_question, long_date
from bot.db import Dialog
from bot.deadlines import (
    ADVICES,
    NolocCertificate,
    after_positive_advice,
    certificate_from_certification,
    certificate_from_expiry,
    certificate_problem,
    noloc_deadlines,
    noloc_status,
    nrto_deadlines,
    nrto_status,
    same_dates,
    submission_window_opens,
    upcoming,
    with_advice,
)
from bot.intents import (
    DateKind,
    DateStatement,
    asks_something,
    date_statement,
    day_choice,
    keurmerk_named,
    next_deadline_asked,
    nrto_date_told,
    question_part,
    result_named,
    said_kind,
    status_asked_after,
)
from bot.ledger import Draft, done_that_day, just_now, meeting_that_day
from handlers import ledger
from handlers.common import (
    DAY_CARD,
    answer_tap,
    dialog_day,
    kept_unsaved,
    offer_buttons,
    own_private_tap,
    private_only,
    replan_user,
    reply,
    services,
    today,
)
from handlers.faq import general_answer_button
from handlers.ledger import status_lines

STATUS_BUTTON = InlineKeyboardButton("📅 Bekijk status", callback_data="st")


def _cert_for(day: date, kind: DateKind, context: ContextTypes.DEFAULT_TYPE) -> NolocCertificate:
    rules = services(context).rules.noloc
    return certificate_from_expiry(day, rules) if kind == "expiry" else certificate_from_certification(day, rules)


def _date_in(dialog: Dialog) -> tuple[date, DateKind]:
    """The date a certificate card (or "Waar hoort … bij?") holds, and which date it was read as."""
    kind: DateKind = "expiry" if dialog.data.get("kind") == "expiry" else "certified"
    return dialog_day(dialog), kind


async def propose_certificate(update: Update, context: ContextTypes.DEFAULT_TYPE, statement: DateStatement,
                              in_dialog: bool = False, notice: str = "") -> bool:
    """Repeat the understood date and keep it pending until the user confirms with a button (`notice` above).
    True when these dates were stored already: nothing waits to be confirmed."""
    user = update.effective_user
    if user is None:
        return False
    svc = services(context)
    cert = _cert_for(statement.day, statement.kind, context)
    problem = certificate_problem(cert, today(context), svc.rules.noloc, statement.kind)
    if problem:
        await reply(update, f"{problem}\n{texts.CANCEL_HINT}" if in_dialog else problem)
        return False
    stored = svc.db.noloc_certificate(user.id)
    if stored is not None and same_dates(stored, cert):
        # nothing to confirm, and a card whose "Ja" re-saves these dates would only risk what was recorded
        if in_dialog:
            svc.db.clear_dialog(user.id)
        await reply(update, texts.CERT_SAME.format(day=long_date(cert.expires_on)),
                    reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
        return True
    # "alone": a bare date read as a certification day, which an activity typed next shows to be its day
    nrto_too = not (statement.said or in_dialog)  # a date typed alone may be a training organisation's
    dialog = svc.db.save_dialog(user.id, "certificaat", "confirm", {"day": statement.day.isoformat(),
                                "kind": statement.kind, "alone": not statement.said, "nrto": nrto_too}, svc.clock())
    swap = "↔️ Nee, dat is mijn certificeringsdatum" if statement.kind == "expiry" else "↔️ Nee, dat is mijn vervaldatum"
    rows = [[InlineKeyboardButton("✅ Ja, opslaan", callback_data=f"cert:ok:{dialog.nonce}")],
            [InlineKeyboardButton(swap, callback_data=f"cert:swap:{dialog.nonce}")]]
    if nrto_too:
        rows.append([InlineKeyboardButton("🏷️ Nee, het is ons NRTO-keurmerk",
                                          callback_data=f"cert:nrto:{dialog.nonce}")])
    rows.append([InlineKeyboardButton("❌ Annuleren", callback_data=f"cert:no:{dialog.nonce}")])
    markup = InlineKeyboardMarkup(rows)
    card = views.certificate_confirmation(cert, statement.kind, today(context), stored)
    await reply(update, f"{notice}\n{card}" if notice else card, reply_markup=markup)
    return False


async def unconfirmed_dates_shown(update: Update, context: ContextTypes.DEFAULT_TYPE, scheme: str) -> bool:
    """Dates of `scheme` ("noloc", "nrto", "any") told but waiting for their ✅ when the user asks for them:
    their card again, rather than "tell me your dates" (True)."""
    user = update.effective_user
    dialog = services(context).db.dialog(user.id) if user else None
    if dialog is None or dialog.step != "confirm":
        return False
    if dialog.name == "certificaat" and scheme != "nrto":
        told = DateStatement(*_date_in(dialog), True)
        await propose_certificate(update, context, told, in_dialog=True, notice=texts.UNSAVED)
        return True
    return dialog.name == "keurmerk" and scheme != "noloc" and await kept_unsaved(update, context, dialog)


DATE_OF = (("pe", "📝 PE-activiteit"), ("ref", "🤝 Intervisie"), ("cert", "📅 Mijn certificaat"))
KEURMERK_DATE = ("nrto", "🏷️ NRTO-keurmerk")


async def ask_what_the_date_is(update: Update, context: ContextTypes.DEFAULT_TYPE, statement: DateStatement) -> bool:
    """A date alone, not in the future, from someone whose certificate is stored: what it is the day of, rather
    than a certification date that would replace theirs (True); False for anyone else, or under the
    certificate's own card."""
    user = update.effective_user
    svc = services(context)
    if user is None or statement.said or statement.day > today(context) or svc.db.noloc_certificate(user.id) is None:
        return False
    open_dialog = svc.db.dialog(user.id)
    if open_dialog is not None and open_dialog.name == "certificaat":
        return False  # under the certificate's own card a date is its correction
    dialog = svc.db.save_dialog(user.id, DAY_CARD, "choose", {"day": statement.day.isoformat(), "kind": statement.kind},
                                svc.clock())
    keurmerk = svc.db.nrto_keurmerk(user.id) is not None  # with both schemes, a date may be the NRTO-keurmerk's
    rows = [[InlineKeyboardButton(label, callback_data=f"dt:{action}:{dialog.nonce}")]
            for action, label in (*DATE_OF, *([KEURMERK_DATE] if keurmerk else []))]
    await reply(update, texts.WHAT_DATE.format(day=long_date(statement.day)), reply_markup=InlineKeyboardMarkup(rows))
    return True


async def date_of_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """📝 / 🤝 / 📅 under "Waar hoort … bij?": that dialogue begins with the day filled in."""
    query, dialog = await answer_tap(update, context, DAY_CARD)
    if query is None or dialog is None:
        return
    await query.edit_message_reply_markup(None)
    await _take_day_as(update, context, dialog, (query.data or "").split(":")[1])


async def _take_day_as(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, action: str,
                       draft: Draft | None = None, who: str = "") -> None:
    """The day of "Waar hoort … bij?" taken as `action`'s: its dialogue begins with the day filled in (and
    with what else was said: an activity's `draft`, a meeting's `who`)."""
    day, kind = _date_in(dialog)
    if action == "pe" and update.effective_user is not None:
        draft = draft or Draft()
        draft.done_on = draft.done_on or day
        await ledger.advance(context, update.effective_user.id, draft)
    elif action == "ref":
        await ledger.meeting_on(update, context, day, who)
    elif action == "nrto":
        await _taken_as_keurmerk(update, context, day)
    else:
        await propose_certificate(update, context, DateStatement(day, kind, False), in_dialog=True)


def _day_in_question(dialog: Dialog, day: date) -> bool:
    """A card about a day a typed activity or meeting may answer: "Waar hoort … bij?", or a bare past date
    (not `day`, today, or later) proposed as the certification day."""
    if dialog.name == DAY_CARD:
        return True
    return (dialog.name == "certificaat" and dialog.step == "confirm" and bool(dialog.data.get("alone"))
            and dialog_day(dialog) <= day)


async def day_answer_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> bool:
    """Under "Waar hoort … bij?" (or a bare past date's certificate card), a typed answer: a button named
    ("intervisie"), what was done that day ("webinar 2 uur") or a meeting with whom ("intervisie met kring
    Noord"). False for anything else."""
    if not _day_in_question(dialog, today(context)):
        return False
    user = update.effective_user
    keurmerk = dialog.name == DAY_CARD and keurmerk_named(text) and user is not None and \
        services(context).db.nrto_keurmerk(user.id) is not None  # the card offers it only then
    choice = "nrto" if keurmerk else day_choice(text)
    if choice is not None and not (choice == "cert" and dialog.name != DAY_CARD):
        await _take_day_as(update, context, dialog, choice)
        return True
    who = meeting_that_day(text)
    if who is not None:
        await _take_day_as(update, context, dialog, "ref", who=who)
        return True
    draft = done_that_day(text, today(context))
    if draft is not None:
        await _take_day_as(update, context, dialog, "pe", draft=draft)
        return True
    return False


async def certificaat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/certificaat [datum]: show the stored dates, or ask for them."""
    if not await private_only(update, context, "certificaat") or update.effective_user is None:
        return
    svc = services(context)
    cert = svc.db.noloc_certificate(update.effective_user.id)
    # with a date stored, the step asks whether to change it: a typed "nee" keeps it (see certificate_yes_or_no)
    svc.db.save_dialog(update.effective_user.id, "certificaat", "date",
                       {"stored": True} if cert and not context.args else {}, svc.clock())
    if context.args:
        await certificate_date_text(update, context, " ".join(context.args))
        return
    if cert:
        await reply(update, f"Je certificaat verloopt op {long_date(cert.expires_on)}.\n{texts.CERT_CHANGE}")
    else:
        await reply(update, texts.CERT_ASK)


async def certificate_yes_or_no(update: Update, context: ContextTypes.DEFAULT_TYPE, yes: bool) -> None:
    """"Nee" to "Wil je een andere datum vastleggen?": the stored date stays and the step ends; "ja": the date
    is asked for."""
    user = update.effective_user
    cert = services(context).db.noloc_certificate(user.id) if user else None
    if user is None or cert is None:
        return
    if yes:
        await reply(update, f"{texts.CERT_NEW_ASK}\n{texts.CANCEL_HINT}")
        return
    services(context).db.clear_dialog(user.id)
    await reply(update, texts.CERT_KEPT.format(date=long_date(cert.expires_on)))


async def certificate_date_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                                kind: DateKind | None = None, period: tuple[int, int | None] | None = None) -> None:
    """A date typed after /certificaat: a bare future date is the expiry, a past one the certification,
    unless the sentence that asked for the day said which (`kind`). The step asks for the expiry, so a day
    without a year ("eind maart") is the next one."""
    if nrto_date_told(text, today(context), services(context).rules.nrto.validity_years):  # not this certificate
        await reply(update, f"{texts.KEURMERK_TOLD}\n{texts.CANCEL_HINT}")
        return
    statement = date_statement(text, today(context))
    if statement is None or (isinstance(statement, DateStatement) and not statement.said):
        found = date_answer(text, today(context), "future")
        statement = found if isinstance(found, DateProblem) else DateStatement(
            found.value, "expiry" if found.value > today(context) else "certified", False)
    if isinstance(statement, DateProblem):
        await ask_certificate_day(update, context, statement, kind, in_dialog=True, period=period)
        return
    if kind is not None and not statement.said:
        statement = DateStatement(statement.day, kind, True)
    await propose_certificate(update, context, statement, in_dialog=True)


async def ask_certificate_day(update: Update, context: ContextTypes.DEFAULT_TYPE, problem: DateProblem,
                              kind: DateKind | None, in_dialog: bool = False,
                              period: tuple[int, int | None] | None = None) -> None:
    """Say what is wrong with the certificate date told; when only the day is missing, wait for it on the
    /certificaat date step, which reads "14" as that day of the month asked about, as the `kind` told.
    A day still asked for (`period`) is asked again under what was wrong."""
    user = update.effective_user
    svc = services(context)
    if user is not None and problem.period is not None:
        svc.db.save_dialog(user.id, "certificaat", "date", {"period": list(problem.period), "kind": kind},
                           svc.clock())
        in_dialog = True
    message = day_asked_again(problem, period, lambda asked: certificate_day_question(asked, kind, today(context)))
    await reply(update, f"{message}\n{texts.CANCEL_HINT}" if in_dialog else message)


def certificate_day_question(period: tuple[int, int | None], kind: object, day: date) -> str:
    """"Op welke dag in 2022 ben je (her)gecertificeerd?": the day of a certificate date told without one; an
    expiry in a month or year gone by by `day` is asked in the past tense."""
    year, month = period
    gone_by = (year, month) < (day.year, day.month) if month else year < day.year
    about = "expired" if kind == "expiry" and gone_by else str(kind)
    return day_question(period, texts.CERT_DAY_ABOUT.get(about, ""))


async def certificate_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """✅ / ↔️ / 🏷️ / ❌ under a date confirmation."""
    query, dialog = await answer_tap(update, context, "certificaat")
    if query is None or dialog is None:
        return
    svc = services(context)
    action = (query.data or "").split(":")[1]
    user_id = query.from_user.id
    day, kind = _date_in(dialog)
    if action == "no":
        svc.db.clear_dialog(user_id)
        await query.edit_message_text(texts.NOTHING_STORED)
        return
    if action == "swap":
        await query.edit_message_reply_markup(None)
        await _swapped(update, context, day, kind)
        return
    if action == "nrto":
        await query.edit_message_reply_markup(None)
        await _taken_as_keurmerk(update, context, day)
        return
    await query.edit_message_text(_save_certificate(context, user_id, day, kind), parse_mode="HTML",
                                  reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))


async def confirm_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, yes: bool) -> bool:
    """"ja" typed under a date confirmation saves it; "nee" could mean either other button, so it does not."""
    if dialog.step != "confirm" or not yes or update.effective_user is None:
        return False
    day, kind = _date_in(dialog)
    await reply(update, _save_certificate(context, update.effective_user.id, day, kind),
                reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
    return True


async def _taken_as_keurmerk(update: Update, context: ContextTypes.DEFAULT_TYPE, day: date) -> None:
    """🏷️ (or the keurmerk named) under a date's card: that card's dialogue ends, and the day goes to /keurmerk's."""
    from handlers.keurmerk import date_taken_as_keurmerk  # that module builds on this one

    if update.effective_user is not None:
        services(context).db.clear_dialog(update.effective_user.id)
    await date_taken_as_keurmerk(update, context, day)


async def _swapped(update: Update, context: ContextTypes.DEFAULT_TYPE, day: date, kind: DateKind) -> None:
    """↔️: the card's day read as the other date (the certification day rather than the expiry, or back)."""
    if update.effective_user is not None:
        services(context).db.clear_dialog(update.effective_user.id)
    await propose_certificate(update, context, DateStatement(day, "certified" if kind == "expiry" else "expiry", True))


async def kind_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> bool:
    """Under a certificate card, which date its day is, typed ("dat is mijn vervaldatum"): the card's reading
    saves as ✅ does, the other one is ↔️, the NRTO-keurmerk named is 🏷️ (True); False for anything else, a date
    or a question included."""
    user = update.effective_user
    if dialog.name != "certificaat" or dialog.step != "confirm" or user is None:
        return False
    day, kind = _date_in(dialog)
    if dialog.data.get("nrto") and keurmerk_named(text):  # "dat is ons nrto keurmerk": as 🏷️ under its card
        await _taken_as_keurmerk(update, context, day)
        return True
    told = said_kind(text)
    if told is None or asks_something(text) or date_statement(text, today(context)) is not None:
        return False
    if told != kind:
        await _swapped(update, context, day, kind)
        return True
    await reply(update, _save_certificate(context, user.id, day, kind),
                reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
    return True


def _save_certificate(context: ContextTypes.DEFAULT_TYPE, user_id: int, day: date, kind: DateKind) -> str:
    """Store the confirmed date, plan its reminders, and say what it means."""
    svc = services(context)
    cert = _cert_for(day, kind, context)
    svc.db.save_noloc_certificate(user_id, cert, svc.clock())
    svc.db.clear_dialog(user_id)
    replan_user(context, user_id)
    status = noloc_status(cert, svc.rules.noloc, today(context))
    return f"{views.certificate_saved(status)}\n➡️ {status.next_step}"


def status_html(user_id: int, context: ContextTypes.DEFAULT_TYPE, scheme: str = "any", first: bool = False) -> str:
    """The /status screen: every scheme the user holds (or only the one asked about), or how to tell the dates;
    with `first`, the earliest deadline to come of them all above it."""
    svc = services(context)
    now = today(context)
    sections, coming = [], []
    cert = svc.db.noloc_certificate(user_id)
    if cert and scheme != "nrto":
        noloc = noloc_status(cert, svc.rules.noloc, now)
        coming += noloc.next_deadlines
        sections.append("\n".join([*views.noloc_section(noloc, now), *status_lines(user_id, context)]))
    keurmerk = svc.db.nrto_keurmerk(user_id)
    if keurmerk and scheme != "noloc":
        nrto = nrto_status(keurmerk, svc.rules.nrto, now)
        coming += nrto.next_deadlines
        sections.append("\n".join(views.nrto_section(nrto, now)))
    if first and coming:
        sections.insert(0, views.first_deadline_line(coming, now))
    if cert is None and scheme != "nrto" and (svc.db.activities(user_id) or svc.db.reflections(user_id)):
        sections.append("\n".join(status_lines(user_id, context)))
    if not cert and not keurmerk:
        sections.append(views.NO_DATES)
    return "\n\n".join(sections)


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    if not await private_only(update, context, "status") or user is None:
        return
    db = services(context).db
    nothing_stored = db.noloc_certificate(user.id) is None and db.nrto_keurmerk(user.id) is None
    if nothing_stored and await unconfirmed_dates_shown(update, context, "any"):
        return
    await reply(update, status_html(user.id, context), reply_markup=None if nothing_stored else InlineKeyboardMarkup(
        [[InlineKeyboardButton("📆 Zet in je agenda", callback_data="ag")]]))


async def agenda(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/agenda (or 📆 under /status): every deadline still to come, of each scheme the user holds, as an .ics
    file for their calendar."""
    user = update.effective_user
    if update.callback_query is not None:
        query = await own_private_tap(update)  # a button in the tapper's own chat only
        if query is None:
            return
        await query.answer()
    elif not await private_only(update, context, "agenda"):
        return
    if user is None:
        return
    from bot.export import deadlines_ics

    svc = services(context)
    now = today(context)
    cert, keurmerk = svc.db.noloc_certificate(user.id), svc.db.nrto_keurmerk(user.id)
    deadlines = noloc_deadlines(cert, svc.rules.noloc) if cert else []
    deadlines += nrto_deadlines(keurmerk, svc.rules.nrto, now) if keurmerk else []
    coming = upcoming(sorted(deadlines, key=lambda d: (d.day, d.key)), now, None)
    if not coming:
        await reply(update, texts.AGENDA_EMPTY if cert or keurmerk else views.NO_DATES)
        return
    await context.bot.send_document(user.id, deadlines_ics(coming, svc.clock()),
                                    filename=f"deadlines-{now.isoformat()}.ics", caption=texts.AGENDA_CAPTION)


async def status_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = await own_private_tap(update)
    if query is None:
        return
    await query.answer()
    await context.bot.send_message(query.from_user.id, status_html(query.from_user.id, context), parse_mode="HTML")


async def personal_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, scheme: str, text: str,
                          general: bool = True) -> bool:
    """Answer "wanneer verloopt mijn certificaat?" with the user's own dates, and (unless not `general`) the FAQ's
    general answer to the same question one tap away; False if no dates are stored."""
    user = update.effective_user
    if user is None:
        return False
    svc = services(context)
    noloc = svc.db.noloc_certificate(user.id) if scheme in ("noloc", "any") else None
    nrto = svc.db.nrto_keurmerk(user.id) if scheme in ("nrto", "any") else None
    if noloc is None and nrto is None:
        return False
    # the general answer from the source of the scheme asked about, or of the only one the user holds
    page = scheme if scheme != "any" else "noloc" if nrto is None else "nrto" if noloc is None else None
    # "ik heb 75 punten, kan ik indienen?": the general answer is to the question, not to what was told first
    part = question_part(text)
    told_who = status_asked_after(text) is not None  # "wij zijn nrto lid, hoe staan we ervoor": no question before
    button = None if not general else (part and general_answer_button(context, part, page)) or (
        None if told_who else general_answer_button(context, text, page))
    await reply(update, status_html(user.id, context, scheme, first=next_deadline_asked(text)),
                reply_markup=InlineKeyboardMarkup([[button]]) if button else None)
    return True


async def result_pending_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Wanneer hoor ik iets?" with a submission stored and no advice yet: one's own status, with the expected
    result in it; False otherwise (the FAQ's general answer follows)."""
    user = update.effective_user
    cert = services(context).db.noloc_certificate(user.id) if user else None
    if cert is None or cert.submitted_on is None or cert.advice is not None:
        return False
    return await personal_answer(update, context, "noloc", text)


# ---- /uitslag -------------------------------------------------------------------------------------------

UITSLAG_CHOICES = (("ingediend", "📤 Portfolio ingediend"), ("positief", "✅ Advies: positief"),
                   ("uitgesteld", "⏸ Advies: uitgesteld"), ("negatief", "❌ Advies: negatief"))


async def uitslag(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/uitslag [ingediend|positief|uitgesteld|negatief] [datum]: record the submission and, later, the advice;
    a step named on the command line is offered as a sentence telling it would be."""
    if not await private_only(update, context, "uitslag") or update.effective_user is None:
        return
    svc = services(context)
    cert = svc.db.noloc_certificate(update.effective_user.id)
    if cert is None:
        await reply(update, texts.UITSLAG_NEEDS_CERT)
        return
    said = " ".join(context.args or [])
    named = result_named(said)
    if named:
        await offer_uitslag(update, context, named, said)
        return
    await _uitslag_menu(update, context, cert)


async def _uitslag_menu(update: Update, context: ContextTypes.DEFAULT_TYPE, cert: NolocCertificate,
                        question: str = texts.UITSLAG_ASK) -> None:
    """What to record, as buttons; before the submission window opens, when it does instead."""
    svc = services(context)
    user = update.effective_user
    if user is None:
        return
    too_soon = cert.submitted_on is None and _uitslag_problem(cert, "ingediend", today(context), context)
    if too_soon:  # nothing of the four could be recorded yet (was four buttons, each then refused)
        await reply(update, f"{too_soon}\n{texts.UITSLAG_NOT_YET}")
        return
    dialog = svc.db.save_dialog(user.id, "uitslag", "choose", {}, svc.clock())
    await reply(update, question, reply_markup=_uitslag_choices(dialog))


async def result_came_told(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """"Ik heb de uitslag binnen", not saying which: /uitslag's choices to record it (True); False with no
    certificate stored (the FAQ answers)."""
    user = update.effective_user
    cert = services(context).db.noloc_certificate(user.id) if user is not None else None
    if cert is None:
        return False
    await _uitslag_menu(update, context, cert, texts.RESULT_WHICH)
    return True


# Under "Leg eerst vast wanneer je je portfolio indiende": no dialogue yet, so no nonce
SUBMITTED_FIRST = "res:ingediend"  # as sent before the advice was kept with it; still taken
SUBMITTED_FIRST_THEN = "res:first:"


def _submit_first_button(cert: NolocCertificate, what: str, context: ContextTypes.DEFAULT_TYPE,
                         day: date | None = None) -> InlineKeyboardMarkup | None:
    """For an advice told before any submission is recorded: the button that records the submission, and
    keeps the advice (and its day, when told) to take up right after; none when no submission could be yet."""
    if what not in ADVICES or cert.submitted_on is not None \
            or _uitslag_problem(cert, "ingediend", day or today(context), context):
        return None
    kept = f"{SUBMITTED_FIRST_THEN}{what}:{day.isoformat() if day else ''}"  # "res:first:positief:2027-05-03"
    return InlineKeyboardMarkup([[InlineKeyboardButton(dict(UITSLAG_CHOICES)["ingediend"], callback_data=kept)]])


def _uitslag_choices(dialog: Dialog) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"res:{key}:{dialog.nonce}")] for key, label in UITSLAG_CHOICES])


async def offer_uitslag(update: Update, context: ContextTypes.DEFAULT_TYPE, what: str, text: str) -> None:
    """"Ik heb mijn portfolio vandaag ingediend": offered for /uitslag with one tap; without a day in it,
    the day is asked as /uitslag asks it."""
    user = update.effective_user
    svc = services(context)
    cert = svc.db.noloc_certificate(user.id) if user else None
    if user is None or cert is None:
        return
    found = date_answer(text, today(context), "past")
    if isinstance(found, DateProblem) and found.span is None and just_now(text):  # "net ingediend": today
        found = FoundDate(today(context), 0, 0)
    too_soon = _uitslag_problem(cert, what, today(context), context)
    glad = texts.CONGRATULATIONS if what == "positief" else ""  # "ik ben geslaagd": good news, whatever comes next
    if isinstance(found, DateProblem) and too_soon:  # no day told, but none could be yet: said, as its button does
        await reply(update, glad + too_soon, reply_markup=_submit_first_button(cert, what, context))
        return
    if isinstance(found, DateProblem):  # no day told, or a wrong one: asked as /uitslag asks it
        await _ask_uitslag_day(update, context, what, found.message if found.span else "")
        return
    problem = _uitslag_problem(cert, what, found.value, context)
    if problem:
        await reply(update, glad + problem, reply_markup=_submit_first_button(cert, what, context, found.value))
        return
    dialog = svc.db.save_dialog(user.id, "uitslag", "offer", {"what": what, "day": found.value.isoformat()},
                                svc.clock())
    await reply(update, f"Wil je dit vastleggen?\n<b>{dict(UITSLAG_CHOICES)[what]} op {long_date(found.value)}</b>",
                reply_markup=offer_buttons(f"res:ok:{dialog.nonce}", f"res:no:{dialog.nonce}"))


async def _ask_uitslag_day(update: Update, context: ContextTypes.DEFAULT_TYPE, what: str, notice: str = "",
                           kept: dict[str, object] | None = None) -> None:
    svc = services(context)
    user = update.effective_user
    if user is None:
        return
    data = {"what": what, **(kept or {})}
    ask, markup = _day_question(what, svc.db.save_dialog(user.id, "uitslag", "date", data, svc.clock()))
    await reply(update, f"{notice}\n{ask}" if notice else ask, reply_markup=markup)


def day_question_text(what: str) -> str:
    """"Op welke datum?" for a submission or advice."""
    return f"{dict(UITSLAG_CHOICES)[what]}. Op welke datum? Typ hem, of kies Vandaag."


def _day_question(what: str, dialog: Dialog) -> tuple[str, InlineKeyboardMarkup]:
    """"Op welke datum?" for a submission or advice, with its Vandaag button."""
    return day_question_text(what), today_button(dialog)


def today_button(dialog: Dialog) -> InlineKeyboardMarkup:
    """The Vandaag button under /uitslag's "Op welke datum?"."""
    return InlineKeyboardMarkup([[InlineKeyboardButton("Vandaag", callback_data=f"res:vandaag:{dialog.nonce}")]])


async def uitslag_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, yes: bool) -> bool:
    """"ja" or "nee" typed to an offered submission or advice: what its two buttons say."""
    user = update.effective_user
    if dialog.step != "offer" or user is None:
        return False
    if yes:
        await record_uitslag(update, context, dialog, date.fromisoformat(str(dialog.data["day"])))
    else:
        services(context).db.clear_dialog(user.id)
        await reply(update, texts.NOTHING_STORED)
    return True


async def uitslag_choice_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> bool:
    """A step typed under /uitslag's choices ("ingediend", "positief, gisteren"): taken up as that button, or as
    /uitslag with it on the command line when a day comes with it (True)."""
    named = result_named(text)
    if dialog.name != "uitslag" or dialog.step != "choose" or named is None:
        return False
    await offer_uitslag(update, context, named, text)
    return True


async def uitslag_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A choice of what to record, "Vandaag" as its date, or yes or no to an offered one."""
    data = update.callback_query.data if update.callback_query is not None else None
    if data is not None and (data == SUBMITTED_FIRST or data.startswith(SUBMITTED_FIRST_THEN)):
        await _submitted_first_tap(update, context, data.removeprefix(SUBMITTED_FIRST_THEN))
        return
    query, dialog = await answer_tap(update, context, "uitslag")
    if query is None or dialog is None:
        return
    svc = services(context)
    choice = (query.data or "").split(":")[1]
    if choice == "vandaag":
        await query.edit_message_reply_markup(None)
        await record_uitslag(update, context, dialog, today(context))
        return
    if choice in ("ok", "no") and dialog.step == "offer":
        await query.edit_message_reply_markup(None)
        await uitslag_typed(update, context, dialog, choice == "ok")
        return
    if choice not in dict(UITSLAG_CHOICES):
        await query.answer(texts.BUTTON_GONE, show_alert=True)
        return
    cert = svc.db.noloc_certificate(query.from_user.id)
    too_soon = cert and _uitslag_problem(cert, choice, today(context), context)
    if too_soon:  # no date could do ("advies" before "ingediend"): said now, not after the date is typed
        # a fresh nonce: the same tap twice must still change the message, or Telegram refuses the edit
        fresh = svc.db.save_dialog(query.from_user.id, "uitslag", "choose", {}, svc.clock())
        await query.edit_message_text(f"{too_soon}\n{texts.UITSLAG_ASK}", reply_markup=_uitslag_choices(fresh))
        return
    ask, markup = _day_question(choice, svc.db.save_dialog(query.from_user.id, "uitslag", "date", {"what": choice},
                                                           svc.clock()))
    await query.edit_message_text(ask, reply_markup=markup)


async def _submitted_first_tap(update: Update, context: ContextTypes.DEFAULT_TYPE, kept: str) -> None:
    """📤 under "Leg eerst vast wanneer je je portfolio indiende": its day asked, as /uitslag ingediend asks it,
    with the advice told before it (`kept`: "positief:2027-05-03") kept to take up once it is stored."""
    query = await own_private_tap(update)
    user = update.effective_user
    if query is None or user is None:
        return
    await query.answer()
    await query.edit_message_reply_markup(None)
    then, _, then_day = kept.partition(":")
    cert = services(context).db.noloc_certificate(user.id)
    too_soon = cert and _uitslag_problem(cert, "ingediend", today(context), context)
    if too_soon or then not in ADVICES:
        await offer_uitslag(update, context, "ingediend", "")
        return
    await _ask_uitslag_day(update, context, "ingediend", kept={"then": then, "then_day": then_day})


async def uitslag_date_text(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> None:
    found = date_answer(text, today(context), "past")
    if isinstance(found, DateProblem):
        await reply(update, f"{found.message}\n{texts.CANCEL_HINT}")
        return
    await record_uitslag(update, context, dialog, found.value)


async def record_uitslag(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, day: date) -> None:
    """Store a submission or advice after checking it fits the certificate; else say why and keep asking."""
    svc = services(context)
    user = update.effective_user
    cert = svc.db.noloc_certificate(user.id) if user else None
    if user is None or cert is None:
        return
    what = str(dialog.data.get("what"))
    problem = _uitslag_problem(cert, what, day, context)
    if problem:
        await reply(update, f"{problem}\n{texts.CANCEL_HINT}")
        return
    if what == "ingediend":
        cert = NolocCertificate(cert.certified_on, cert.expires_on, submitted_on=day)
        message = f"Opgeslagen: portfolio ingediend op {long_date(day)}."
    elif what == "positief":
        cert = after_positive_advice(cert, svc.rules.noloc)
        message = (f"Gefeliciteerd! Je nieuwe periode loopt van {long_date(cert.certified_on)} "
                   f"tot {long_date(cert.expires_on)}.")
    else:
        cert = with_advice(cert, what, day)  # type: ignore[arg-type]
        message = f"Opgeslagen: advies {what} op {long_date(day)}."
    svc.db.save_noloc_certificate(user.id, cert, svc.clock())
    svc.db.clear_dialog(user.id)
    replan_user(context, user.id)
    status = noloc_status(cert, svc.rules.noloc, today(context))
    await context.bot.send_message(user.id, f"{message}\n➡️ {status.next_step}",
                                   reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
    then = str(dialog.data.get("then") or "")
    if what == "ingediend" and then in ADVICES:  # the advice told before the submission: now its turn
        await _advice_kept(context, user.id, cert, then, str(dialog.data.get("then_day") or ""))


async def _advice_kept(context: ContextTypes.DEFAULT_TYPE, user_id: int, cert: NolocCertificate, what: str,
                       told_day: str) -> None:
    """The advice told before its submission was recorded, taken up once it is: offered with the day told,
    or its day asked."""
    svc = services(context)
    try:  # the day rode in a button's data: only a real date is taken
        day: date | None = date.fromisoformat(told_day) if told_day else None
    except ValueError:
        day = None
    if day is not None and not _uitslag_problem(cert, what, day, context):
        dialog = svc.db.save_dialog(user_id, "uitslag", "offer", {"what": what, "day": told_day}, svc.clock())
        told = f"{dict(UITSLAG_CHOICES)[what]} op {long_date(day)}"
        await context.bot.send_message(user_id, f"Je vertelde ook dit. Wil je het vastleggen?\n<b>{told}</b>",
                                       parse_mode=ParseMode.HTML,
                                       reply_markup=offer_buttons(f"res:ok:{dialog.nonce}", f"res:no:{dialog.nonce}"))
        return
    ask, markup = _day_question(what, svc.db.save_dialog(user_id, "uitslag", "date", {"what": what}, svc.clock()))
    await context.bot.send_message(user_id, f"Je vertelde ook: {ask}", reply_markup=markup)


def _uitslag_problem(cert: NolocCertificate, what: str, day: date, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    rules = services(context).rules.noloc
    if day > today(context):
        return "Die datum ligt in de toekomst. Leg het vast als het gebeurd is."
    if what == "ingediend":
        opens = submission_window_opens(cert, rules)
        if day < opens and cert.advice is None:  # told as done anyway ("ik heb vorige week ingediend"): the
            # stored expiry may be the wrong one
            return (f"Indienen kan pas vanaf {long_date(opens)} "
                    f"({rules.submission_window_months} maanden voor je vervaldatum). {texts.EXPIRY_WRONG}")
        return None
    if what in ADVICES and cert.submitted_on is None:
        opens = submission_window_opens(cert, rules)
        if day < opens and cert.advice is None:  # no submission could come before it: the expiry may be the old one
            return texts.ADVICE_BEFORE_WINDOW.format(expires=long_date(cert.expires_on), opens=long_date(opens))
        return texts.SUBMISSION_FIRST
    if cert.submitted_on and day < cert.submitted_on:
        return f"Het advies kan niet vóór het indienen ({long_date(cert.submitted_on)}) zijn gekomen."
    return None
