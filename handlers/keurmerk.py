"""NRTO members: /keurmerk records the keurmerk date, Blik op Werk validity and last combined audit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import texts, views
from bot.dates import (
    DateProblem,
    FoundDate,
    date_answer,
    day_asked_again,
    day_question,
    long_date,
    period_ahead,
    stored_period,
    within_period,
    years_named,
)
from bot.db import Dialog
from bot.deadlines import (
    NrtoKeurmerk,
    add_months,
    edited_keurmerk,
    improvement_deadline,
    keurmerk_date_problem,
    keurmerk_problem,
    nrto_status,
    statement_due,
    statement_sent_in,
    statement_years,
)
from bot.intents import (
    audit_named,
    audit_result_told,
    combined_audit_year_told,
    improvements_shown_told,
    nrto_expiry_told,
    nrto_gained_and_bow_told,
    nrto_gained_told,
    self_evaluation_done_told,
    some_audit_year_told,
    statement_sent_told,
)
from bot.ledger import done_on_date
from bot.numbers import whole_number
from handlers import faq
from handlers.certificate import STATUS_BUTTON
from handlers.common import answer_tap, offer_buttons, private_only, replan_user, reply, services, today


def _keurmerk_from(data: dict[str, object], year: int) -> NrtoKeurmerk:
    """The keurmerk the /keurmerk dialogue has gathered so far, with the last combined-audit year."""
    return NrtoKeurmerk(date.fromisoformat(str(data["keurmerk_on"])), date.fromisoformat(str(data["bow"])), year)


async def keurmerk(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/keurmerk [datum]: the stored NRTO dates with what can be changed, or the questions to tell them; a date
    given is the answer to the first ("/keurmerk 1-3-2024", as /certificaat takes one)."""
    if not await private_only(update, context, "keurmerk") or update.effective_user is None:
        return
    svc = services(context)
    user_id = update.effective_user.id
    if context.args:
        dialog = svc.db.save_dialog(user_id, "keurmerk", "keurmerk_on", {}, svc.clock())
        await keurmerk_text(update, context, dialog, " ".join(context.args))
        return
    stored = svc.db.nrto_keurmerk(user_id)
    if stored is None:
        svc.db.save_dialog(user_id, "keurmerk", "keurmerk_on", {}, svc.clock())
        await reply(update, texts.KEURMERK_ASK_DATE)
        return
    dialog = svc.db.save_dialog(user_id, "keurmerk", "menu", {}, svc.clock())
    rows = [[InlineKeyboardButton("✏️ Gegevens wijzigen", callback_data=f"kmk:edit:{dialog.nonce}")],
            [InlineKeyboardButton("🔁 Blik op Werk verlengd", callback_data=f"kmk:bow:{dialog.nonce}")],
            [InlineKeyboardButton("⚠️ Audit: niet voldaan", callback_data=f"kmk:nc:{dialog.nonce}")]]
    if stored.noncompliant_on:
        rows.append([InlineKeyboardButton("✅ Verbeteringen aangetoond", callback_data=f"kmk:fixed:{dialog.nonce}")])
    if statement_sent_in(stored, today(context).year):  # a tap by mistake is undone here
        rows.append([InlineKeyboardButton("↩️ Kwaliteitsverklaring toch niet verstuurd",
                                          callback_data=f"kmk:unsent:{dialog.nonce}")])
    else:
        rows.append([InlineKeyboardButton("📤 Kwaliteitsverklaring verstuurd",
                                          callback_data=f"kmk:sent:{dialog.nonce}")])
    section = views.nrto_section(nrto_status(stored, svc.rules.nrto, today(context)), today(context))
    await reply(update, "\n".join(section), reply_markup=InlineKeyboardMarkup(rows))


async def keurmerk_text(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> None:
    """The answer to the current /keurmerk question."""
    if dialog.step == "year":
        years = years_named(text, today(context))  # "2024", or in words: "vorig jaar"
        if not years:
            await reply(update, f"{texts.KEURMERK_YEAR_BAD}\n{texts.CANCEL_HINT}")
            return
        await _confirm(update, context, dialog, years[0])
        return
    prefer = "future" if dialog.step in ("bow", "bow_renewed") else "past"
    # after "Op welke dag in maart 2024?", "14" is that day
    text = within_period(text, stored_period(dialog.data.get("period")))
    found = date_answer(text, today(context), prefer)  # type: ignore[arg-type]
    ahead = period_ahead(found, today(context)) if isinstance(found, DateProblem) else None
    if ahead is not None and dialog.step == "keurmerk_on":  # "2030": its day would be asked for nothing
        problem = keurmerk_date_problem(ahead, today(context), services(context).rules.nrto)
        await reply(update, f"{problem}\n{texts.CANCEL_HINT}")
        return
    if isinstance(found, DateProblem):
        svc, user = services(context), update.effective_user
        if found.asks_day and found.period and user is not None:
            svc.db.save_dialog(user.id, "keurmerk", dialog.step, {**dialog.data, "period": list(found.period)},
                               svc.clock())
        message = day_asked_again(found, stored_period(dialog.data.get("period")),
                                  lambda asked: keurmerk_day_question(dialog.step, asked))
        await reply(update, f"{message}\n{texts.CANCEL_HINT}")
        return
    data = {k: v for k, v in dialog.data.items() if k != "period"}
    if dialog.step == "keurmerk_on":
        await _after_keurmerk_date(update, context, found.value, data)
    elif dialog.step == "bow" and found.value < today(context):  # the keurmerk stands on a valid one
        await reply(update, f"{texts.BOW_ENDED}\n{texts.CANCEL_HINT}")
    elif dialog.step == "bow":
        await _ask_year(update, context, {**data, "bow": found.value.isoformat()})
    elif dialog.step == "noncompliant":
        await _record_noncompliance(update, context, found.value)
    elif dialog.step == "bow_renewed" and found.value <= today(context):
        await reply(update, f"{texts.BOW_RENEWED_PAST}\n{texts.CANCEL_HINT}")
    elif dialog.step == "bow_renewed" and update.effective_user is not None:
        await reply(update, _record_told(context, update.effective_user.id, "bow", found.value),
                    reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))


async def _after_keurmerk_date(update: Update, context: ContextTypes.DEFAULT_TYPE, day: date,
                               data: dict[str, object]) -> None:
    """The day gained: Blik op Werk's end asked next, unless it was told before (then the audit year)."""
    svc = services(context)
    user = update.effective_user
    if user is None:
        return
    problem = keurmerk_date_problem(day, today(context), svc.rules.nrto)
    if problem:
        await reply(update, f"{problem}\n{texts.CANCEL_HINT}")
        return
    gained = f"NRTO-keurmerk behaald op {long_date(day)}."
    if "bow" in data:
        await _ask_year(update, context, {**data, "keurmerk_on": day.isoformat()}, said=gained)
        return
    svc.db.save_dialog(user.id, "keurmerk", "bow", {**data, "keurmerk_on": day.isoformat()}, svc.clock())
    await reply(update, f"{gained}\n{texts.KEURMERK_ASK_BOW}")


async def _ask_year(update: Update, context: ContextTypes.DEFAULT_TYPE, data: dict[str, object],
                    said: str = "") -> None:
    """The last combined audit's year asked, or the card when it was told before the dates."""
    svc = services(context)
    user = update.effective_user
    if user is None:
        return
    dialog = svc.db.save_dialog(user.id, "keurmerk", "year", data, svc.clock())
    if "year" in data:
        await _confirm(update, context, dialog, int(str(data["year"])))
        return
    await reply(update, f"{said}\n{texts.KEURMERK_ASK_YEAR}" if said else texts.KEURMERK_ASK_YEAR,
                reply_markup=year_buttons(dialog, context))


def year_buttons(dialog: Dialog, context: ContextTypes.DEFAULT_TYPE) -> InlineKeyboardMarkup:
    """The last combined audit's year to tap: from the year the keurmerk was gained, at most the last four."""
    first = date.fromisoformat(str(dialog.data["keurmerk_on"])).year
    years = list(range(first, today(context).year + 1))[-4:]
    return InlineKeyboardMarkup([[InlineKeyboardButton(str(y), callback_data=f"kmk:year:{y}:{dialog.nonce}")
                                  for y in years]])


async def keep_unsaved(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog) -> bool:
    """The NRTO dates, all entered but not yet saved, when something new would drop them: the card again (True)."""
    if dialog.name != "keurmerk" or dialog.step != "confirm":
        return False
    await _confirm(update, context, dialog, int(str(dialog.data["year"])), notice=texts.UNSAVED)
    return True


async def _confirm(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, year: int,
                   notice: str = "") -> None:
    svc = services(context)
    user = update.effective_user
    if user is None:
        return
    stored = svc.db.nrto_keurmerk(user.id)
    k = edited_keurmerk(_keurmerk_from(dialog.data, year), stored)
    problem = keurmerk_problem(k, today(context), svc.rules.nrto)
    if problem:
        await reply(update, f"{problem}\n{texts.CANCEL_HINT}")
        return
    new = svc.db.save_dialog(user.id, "keurmerk", "confirm", {**dialog.data, "year": year}, svc.clock())
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("✅ Ja, opslaan", callback_data=f"kmk:ok:{new.nonce}"),
                                    InlineKeyboardButton("❌ Annuleren", callback_data=f"kmk:no:{new.nonce}")]])
    card = views.keurmerk_confirmation(k, stored)
    await context.bot.send_message(user.id, f"{notice}\n{card}" if notice else card, parse_mode="HTML",
                                   reply_markup=markup)


async def _record_noncompliance(update: Update, context: ContextTypes.DEFAULT_TYPE, day: date) -> None:
    user = update.effective_user
    if user is None or services(context).db.nrto_keurmerk(user.id) is None:
        return
    if day > today(context):
        await reply(update, f"Die datum ligt in de toekomst. Geef de datum van de audit.\n{texts.CANCEL_HINT}")
        return
    await reply(update, _record_told(context, user.id, "failed", day),
                reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))


# What an NRTO member may tell in a sentence, as the offer card says it ({day}, {year} filled in).
TOLD = {"sent": "Kwaliteitsverklaring {year} verstuurd op {day}", "failed": "⚠️ Audit niet voldaan op {day}",
        "passed": "Gecombineerde audit {year} gehaald", "bow": "Blik op Werk Keurmerk geldig tot {day}"}


async def expiry_told(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Ons keurmerk verloopt op 1 maart 2028": the day it was gained follows from it; the rest is asked, or taken
    from the dates stored, and the card waits for ✅ (True). Dates already stored so: said (True)."""
    user = update.effective_user
    told = nrto_expiry_told(text, today(context))
    if user is None or told is None:
        return False
    which, until = told
    if which == "bow":
        await _bow_until(update, context, until)
    else:
        await _gained_on(update, context, add_months(until, -12 * services(context).rules.nrto.validity_years))
    return True


async def _bow_until(update: Update, context: ContextTypes.DEFAULT_TYPE, until: date) -> None:
    """Blik op Werk's end told: as when its renewal is told, or, with no NRTO dates yet, waiting in the
    dialogue while the rest is asked."""
    svc, user = services(context), update.effective_user
    if user is None:
        return
    if svc.db.nrto_keurmerk(user.id) is not None:
        answer, markup = _bow_end(context, user.id, until)
        await reply(update, answer, reply_markup=markup)
        return
    svc.db.save_dialog(user.id, "keurmerk", "keurmerk_on", {"bow": until.isoformat()}, svc.clock())
    await reply(update, f"{texts.BOW_TOLD.format(day=long_date(until))}\n{texts.KEURMERK_ASK_DATE}\n"
                        f"{texts.CANCEL_HINT}")


async def date_taken_as_keurmerk(update: Update, context: ContextTypes.DEFAULT_TYPE, day: date) -> None:
    """A date typed alone, said to be the NRTO-keurmerk's (🏷️ under a certificate card): a day gone by is the
    day it was gained, one ahead Blik op Werk's end, as /keurmerk asks them."""
    if day > today(context):
        await _bow_until(update, context, day)
    else:
        await _gained_on(update, context, day)


async def gained_told(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Wij hebben sinds 1 maart 2024 het NRTO-keurmerk": taken up as the first /keurmerk answer (True); with
    only its month said, that day is asked, and read in that month."""
    user = update.effective_user
    both = nrto_gained_and_bow_told(text, today(context))  # "… en Blik op Werk tot 31 december 2026"
    if user is not None and both is not None:
        await _gained_on(update, context, *both)
        return True
    told = nrto_gained_told(text, today(context))
    if user is None or told is None:
        return False
    if isinstance(told, DateProblem):
        svc = services(context)
        svc.db.save_dialog(user.id, "keurmerk", "keurmerk_on", {"period": list(told.period)} if told.period else {},
                           svc.clock())
        message = keurmerk_day_question("keurmerk_on", told.period) if told.period else told.message
        await reply(update, f"{message}\n{texts.CANCEL_HINT}")
        return True
    await _gained_on(update, context, told)
    return True


async def audit_year_told(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Onze laatste gecombineerde audit was in 2023": said to be stored already, or the card with that year,
    waiting for ✅; without NRTO dates, the year waits in /keurmerk while the rest is asked (was how to use it)."""
    user, svc = update.effective_user, services(context)
    year = combined_audit_year_told(text, today(context))
    if user is None:
        return False
    if year is None:  # "onze laatste audit was in 2023": which audit is asked, the yearly one being as likely
        some = some_audit_year_told(text, today(context))
        if some is None:
            return False
        nonce = svc.db.save_dialog(user.id, "keurmerk", "audit_year", {"year": some}, svc.clock()).nonce
        await reply(update, texts.WHICH_AUDIT_YEAR.format(year=some), reply_markup=InlineKeyboardMarkup([
            [InlineKeyboardButton("Gecombineerde NRTO/Blik op Werk-audit", callback_data=f"kmk:comb:{nonce}")],
            [InlineKeyboardButton("Blik op Werk-audit (jaarlijks)", callback_data=f"kmk:bowyear:{nonce}")],
            [InlineKeyboardButton("Nee, niets vastleggen", callback_data=f"kmk:no:{nonce}")]]))
        return True
    await _combined_audit_in(update, context, year)
    return True


async def _combined_audit_in(update: Update, context: ContextTypes.DEFAULT_TYPE, year: int) -> None:
    """The last combined audit's year told: said to be stored already, or the card with that year waiting for ✅;
    without NRTO dates, the year waits in /keurmerk while the rest is asked."""
    user, svc = update.effective_user, services(context)
    if user is None:
        return
    stored = svc.db.nrto_keurmerk(user.id)
    if stored is None:
        svc.db.save_dialog(user.id, "keurmerk", "keurmerk_on", {"year": year}, svc.clock())
        await reply(update, f"{texts.AUDIT_YEAR_TOLD.format(year=year)}\n{texts.KEURMERK_ASK_DATE}\n"
                            f"{texts.CANCEL_HINT}")
        return
    if stored.last_combined_audit_year == year:
        await reply(update, texts.AUDIT_YEAR_SAME.format(year=year),
                    reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
        return
    data: dict[str, object] = {"keurmerk_on": stored.keurmerk_on.isoformat(),
                               "bow": stored.bow_valid_until.isoformat()}
    await _confirm(update, context, svc.db.save_dialog(user.id, "keurmerk", "year", data, svc.clock()), year)


def keurmerk_day_question(step: str, period: tuple[int, int | None]) -> str:
    """"Op welke dag in 2024 behaalde je organisatie het NRTO-keurmerk?": the day of a month or year told."""
    return day_question(period, texts.KEURMERK_DAY_ABOUT if step == "keurmerk_on" else "")


async def _gained_on(update: Update, context: ContextTypes.DEFAULT_TYPE, gained: date, bow: date | None = None) -> None:
    """The day the keurmerk was gained, told or worked out (and Blik op Werk's end, when told with it): the rest
    is asked, or taken from the dates stored, and the card waits for ✅; dates already stored so are said to be."""
    svc, user = services(context), update.effective_user
    if user is None:
        return
    stored = svc.db.nrto_keurmerk(user.id)
    if stored is not None and stored.keurmerk_on == gained and bow in (None, stored.bow_valid_until):
        until = add_months(gained, 12 * svc.rules.nrto.validity_years)
        await reply(update, texts.KEURMERK_SAME.format(day=long_date(until)),
                    reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
        return
    problem = keurmerk_date_problem(gained, today(context), svc.rules.nrto)
    if problem:
        await reply(update, problem)
        return
    if stored is None and bow is not None:  # only the last combined audit is left to ask
        await _ask_year(update, context, {"keurmerk_on": gained.isoformat(), "bow": bow.isoformat()},
                        said=f"{texts.KEURMERK_GAINED.format(day=long_date(gained))}\n"
                             f"{texts.BOW_TOLD.format(day=long_date(bow))}")
        return
    if stored is None:  # Blik op Werk's end and the last combined audit are asked next
        svc.db.save_dialog(user.id, "keurmerk", "bow", {"keurmerk_on": gained.isoformat()}, svc.clock())
        await reply(update, f"{texts.KEURMERK_GAINED.format(day=long_date(gained))}\n{texts.KEURMERK_ASK_BOW}\n"
                            f"{texts.CANCEL_HINT}")
        return
    data: dict[str, object] = {"keurmerk_on": gained.isoformat(), "bow": (bow or stored.bow_valid_until).isoformat()}
    dialog = svc.db.save_dialog(user.id, "keurmerk", "year", data, svc.clock())
    await _confirm(update, context, dialog, stored.last_combined_audit_year)


async def offer_told(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"De kwaliteitsverklaring is verstuurd", "de auditor zegt dat we niet voldoen", "we hebben de gecombineerde
    audit gehaald" from an NRTO member: offered to record with one tap, on the day told or today (an audit's
    result after the FAQ's answer to it); False when nothing of the kind is told or no NRTO dates are stored."""
    user = update.effective_user
    svc = services(context)
    what = "sent" if statement_sent_told(text) else audit_result_told(text)
    if user is None or what is None:
        return False
    if svc.db.nrto_keurmerk(user.id) is None:
        if what == "failed":  # "de audit is niet goed gegaan": the source's rule for it, and how to record it
            await faq.answer_question(update, context, text, svc.faq.reply_for_id(IMPROVEMENTS_ENTRY),
                                      suffix=texts.KEURMERK_INVITE)
            return True
        if what not in ("passed", "either"):
            return False  # a statement sent: the FAQ's answer, as to anyone
        # "we hebben de audit gehaald": no answer of the FAQ fits (its nearest is the failed audit's)
        await reply(update, texts.AUDIT_PASSED_NO_DATES)
        return True
    if what in ("either", "had"):  # which audit: the yearly Blik op Werk one, or the combined one (or, when
        # only "we hebben de audit gehad" was told, how it went)
        found = done_on_date(text, today(context))  # "vorige week": the day a failed one was, if so tapped
        day_said: dict[str, object] = {"day": found.value.isoformat()} if isinstance(found, FoundDate) else {}
        nonce = svc.db.save_dialog(user.id, "keurmerk", "which_audit", day_said, svc.clock()).nonce
        bow, combined = ("✅ Gehaald: Blik op Werk-audit (jaarlijks)", "✅ Gehaald: gecombineerde NRTO/Blik op "
                         "Werk-audit") if what == "had" else ("Blik op Werk-audit (jaarlijks)",
                                                              "Gecombineerde NRTO/Blik op Werk-audit")
        rows = [[InlineKeyboardButton(bow, callback_data=f"kmk:bow:{nonce}")],
                [InlineKeyboardButton(combined, callback_data=f"kmk:passed:{nonce}")]]
        if what == "had":
            rows.append([InlineKeyboardButton("⚠️ Niet voldaan", callback_data=f"kmk:nc:{nonce}")])
        rows.append([InlineKeyboardButton("Nee, niets vastleggen", callback_data=f"kmk:no:{nonce}")])
        await reply(update, texts.WHICH_AUDIT if what == "either" else texts.AUDIT_HOW_WENT,
                    reply_markup=InlineKeyboardMarkup(rows))
        return True
    if what == "bow":  # a validity renewed: its new end is offered when told, asked when not
        until = date_answer(text, today(context), "future")
        told = until.value if isinstance(until, FoundDate) and until.value > today(context) else None
        said, markup = _bow_end(context, user.id, told)
        await reply(update, said, reply_markup=markup)
        return True
    found = done_on_date(text, today(context))
    if isinstance(found, DateProblem) and found.span is not None:  # a day meant, but in the future or wrong
        await reply(update, found.message)
        return True
    if what != "sent":  # a failed audit gets the source's rule however it is told ("we zijn gezakt")
        answer = svc.faq.reply_for_id(IMPROVEMENTS_ENTRY) if what == "failed" else faq.outright_answer(context, text,
                                                                                                      "nrto")
        if answer is not None:
            await faq.answer_question(update, context, text, answer)
    day = found.value if isinstance(found, FoundDate) else today(context)
    text, markup = _offer(context, user.id, what, day)
    await reply(update, text, reply_markup=markup)
    return True


SELF_EVALUATION_ENTRY = "nrto-zelfevaluatie-opsturen"  # what to do with it once done: keep it, send only the statement


async def self_evaluation_told(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"We hebben de zelfevaluatie gedaan": that it is kept, not sent, and what is left this year (the quality
    statement, one tap to record it sent); without NRTO dates, the FAQ's answer and how to tell them."""
    user = update.effective_user
    if user is None or not self_evaluation_done_told(text):
        return False
    svc = services(context)
    stored, year = svc.db.nrto_keurmerk(user.id), today(context).year
    if stored is None:
        await faq.answer_question(update, context, text, svc.faq.reply_for_id(SELF_EVALUATION_ENTRY),
                                  suffix=texts.KEURMERK_INVITE)
        return True
    due = statement_due(stored, year, svc.rules.nrto)
    if due is None:
        await reply(update, f"{texts.SELF_EVALUATION_DONE}\n{texts.SELF_EVALUATION_ALL_DONE.format(year=year)}",
                    reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
        return True
    nonce = svc.db.save_dialog(user.id, "keurmerk", "menu", {}, svc.clock()).nonce
    await reply(update, f"{texts.SELF_EVALUATION_DONE}\n{texts.SELF_EVALUATION_NEXT.format(due=long_date(due))}",
                reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("📤 Kwaliteitsverklaring verstuurd",
                                                                         callback_data=f"kmk:sent:{nonce}")]]))
    return True


async def improvements_told(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"We hebben de verbeteringen aangetoond", with a failed audit recorded: offered to end its improvement
    deadline, as /keurmerk's ✅ does (True); False otherwise (the FAQ answers, as to anyone)."""
    user = update.effective_user
    svc = services(context)
    stored = svc.db.nrto_keurmerk(user.id) if user is not None else None
    if user is None or stored is None or stored.noncompliant_on is None or not improvements_shown_told(text):
        return False
    nonce = svc.db.save_dialog(user.id, "keurmerk", "menu", {}, svc.clock()).nonce
    due = improvement_deadline(stored, svc.rules.nrto) or stored.noncompliant_on
    await reply(update, texts.IMPROVEMENTS_SHOWN_ASK.format(day=long_date(due)),
                reply_markup=offer_buttons(f"kmk:fixed:{nonce}", f"kmk:no:{nonce}", "✅ Verbeteringen aangetoond"))
    return True


IMPROVEMENTS_ENTRY = "nrto-niet-voldoen"  # the source's rule: 3 months to show the improvements


async def improvements_due_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Wanneer moeten we de verbeteringen aantonen?" with no failed audit recorded: the source's rule, and how to
    record one (True); with one recorded, False: the status says its own day."""
    user = update.effective_user
    svc = services(context)
    stored = svc.db.nrto_keurmerk(user.id) if user is not None else None
    if user is None or (stored is not None and stored.noncompliant_on is not None):
        return False
    suffix = texts.IMPROVEMENTS_NOT_RECORDED if stored is not None else texts.KEURMERK_INVITE
    await faq.answer_question(update, context, text, svc.faq.reply_for_id(IMPROVEMENTS_ENTRY), suffix)
    return True


def _audit_chosen(context: ContextTypes.DEFAULT_TYPE, user_id: int,
                  audit: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """"Welke audit was het?" answered: the Blik op Werk one asks its new end, the combined one is offered."""
    return _bow_end(context, user_id, None) if audit == "bow" else _offer(context, user_id, "passed", today(context))


def _bow_end(context: ContextTypes.DEFAULT_TYPE, user_id: int,
             until: date | None) -> tuple[str, InlineKeyboardMarkup | None]:
    """Blik op Werk's new end: asked when not told (`until` None); when told, said to be stored already, or
    offered with one tap."""
    svc = services(context)
    if until is None:
        svc.db.save_dialog(user_id, "keurmerk", "bow_renewed", {}, svc.clock())
        return f"{texts.BOW_RENEWED_ASK}\n{texts.CANCEL_HINT}", None
    stored = svc.db.nrto_keurmerk(user_id)
    if stored is not None and stored.bow_valid_until == until:
        return texts.BOW_SAME.format(day=long_date(until)), InlineKeyboardMarkup([[STATUS_BUTTON]])
    return _offer(context, user_id, "bow", until)


async def audit_choice_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> bool:
    """"blik op werk" or "de gecombineerde" typed under "Welke audit was het?": taken as its button (True)."""
    named = audit_named(text)
    if dialog.name != "keurmerk" or dialog.step != "which_audit" or named is None or update.effective_user is None:
        return False
    answer, markup = _audit_chosen(context, update.effective_user.id, named)
    await reply(update, answer, reply_markup=markup)
    return True


def _offer(context: ContextTypes.DEFAULT_TYPE, user_id: int, what: str, day: date) -> tuple[str, InlineKeyboardMarkup]:
    """The card that offers to record what was told, with one ✅; a statement sent early in the year that may
    be the year before's gets a ✅ per year instead."""
    svc = services(context)
    stored = svc.db.nrto_keurmerk(user_id)
    years = statement_years(stored, day) if what == "sent" and stored else (day.year,)
    data: dict[str, object] = {"what": what, "day": day.isoformat()}
    if len(years) == 1:
        data["year"] = years[0]
    nonce = svc.db.save_dialog(user_id, "keurmerk", "offer", data, svc.clock()).nonce
    if len(years) == 1:
        said = TOLD[what].format(year=years[0], day=long_date(day))
        replaced = views.replaces(views.keurmerk_replaced(replace(stored, bow_valid_until=day), stored)) \
            if what == "bow" and stored is not None else ""
        return (f"Wil je dit vastleggen?\n<b>{said}</b>" + (f"\n{replaced}" if replaced else ""),
                offer_buttons(f"kmk:take:{nonce}", f"kmk:no:{nonce}"))
    buttons = [InlineKeyboardButton(f"✅ Voor {year}", callback_data=f"kmk:for:{year}:{nonce}") for year in years]
    return (texts.STATEMENT_WHICH_YEAR.format(day=long_date(day), before=years[0]),
            InlineKeyboardMarkup([buttons, [InlineKeyboardButton("Nee", callback_data=f"kmk:no:{nonce}")]]))


def _record_told(context: ContextTypes.DEFAULT_TYPE, user_id: int, what: str, day: date,
                 year: int | None = None) -> str:
    """Store what was told of the NRTO dates (a statement sent, for `year` or the day's own, an audit failed or
    passed) and say what it means."""
    rules = services(context).rules.nrto
    year = year or day.year
    if what == "sent":
        updated = _change_keurmerk(context, user_id,
                                   lambda k: replace(k, statement_sent_on=day, statement_year=year))
    elif what == "failed":
        updated = _change_keurmerk(context, user_id, lambda k: replace(k, noncompliant_on=day))
    elif what == "bow":
        updated = _change_keurmerk(context, user_id, lambda k: replace(k, bow_valid_until=day),
                                   lambda k: keurmerk_problem(k, today(context), rules))
    else:
        updated = _change_keurmerk(context, user_id, lambda k: replace(k, last_combined_audit_year=day.year),
                                   lambda k: keurmerk_problem(k, today(context), rules))
    if isinstance(updated, str):
        return updated
    if what == "sent" and year < day.year:  # last year's, sent late: this year's is still to come
        due = statement_due(updated, day.year, rules)
        return (f"Opgeslagen: kwaliteitsverklaring {year} verstuurd op {long_date(day)}. Die voor {day.year} "
                f"staat nog open{f': vóór {long_date(due)}' if due else ''}, met haar herinneringen.")
    if what == "sent":
        return (f"Opgeslagen: kwaliteitsverklaring {year} verstuurd op {long_date(day)}. Herinneringen daarover "
                f"voor {year} stuur ik niet meer.")
    if what == "bow":
        return f"Opgeslagen: je Blik op Werk Keurmerk is geldig tot <b>{long_date(day)}</b>. Je deadlines: /status."
    if what == "failed":
        return (f"Opgeslagen. Je hebt tot <b>{long_date(improvement_deadline(updated, rules) or day)}</b> om aan te "
                "tonen dat je aan de eisen voldoet.")
    return f"Opgeslagen: laatste gecombineerde audit in {day.year}. Je deadlines staan in /status."


def _offer_taken(context: ContextTypes.DEFAULT_TYPE, user_id: int, dialog: Dialog) -> str:
    """✅ (or a typed "ja") under an offer of something told: recorded as the card said it."""
    year = dialog.data.get("year")
    return _record_told(context, user_id, str(dialog.data["what"]), date.fromisoformat(str(dialog.data["day"])),
                        int(str(year)) if year is not None else None)


def _change_keurmerk(context: ContextTypes.DEFAULT_TYPE, user_id: int, change: Callable[[NrtoKeurmerk], NrtoKeurmerk],
                     check: Callable[[NrtoKeurmerk], str | None] | None = None) -> NrtoKeurmerk | str:
    """Apply `change` to the stored keurmerk, store it and plan again; the dialogue ends. The changed keurmerk,
    or what stood in the way: nothing stored, or dates that `check` finds wrong."""
    svc = services(context)
    stored = svc.db.nrto_keurmerk(user_id)
    svc.db.clear_dialog(user_id)
    if stored is None:
        return texts.NOTHING_STORED
    updated = change(stored)
    problem = check(updated) if check else None
    if problem:
        return problem
    svc.db.save_nrto_keurmerk(user_id, updated, svc.clock())
    replan_user(context, user_id)
    return updated


async def keurmerk_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The buttons of /keurmerk: edit, audit not passed, improvements shown, a year, confirm or cancel."""
    query, dialog = await answer_tap(update, context, "keurmerk")
    if query is None or dialog is None:
        return
    svc = services(context)
    user_id = query.from_user.id
    parts = (query.data or "").split(":")
    action = parts[1]
    year = whole_number(parts[2]) if len(parts) > 2 else None
    if action == "year" and dialog.step == "year" and year is not None:
        await query.edit_message_reply_markup(None)
        await _confirm(update, context, dialog, year)
    elif action == "edit":
        svc.db.save_dialog(user_id, "keurmerk", "keurmerk_on", {}, svc.clock())
        await query.edit_message_reply_markup(None)
        await context.bot.send_message(user_id, texts.KEURMERK_ASK_DATE, parse_mode="HTML")
    elif action == "nc" and dialog.step == "which_audit" and "day" in dialog.data:  # "vorige week de audit gehad"
        offer, buttons = _offer(context, user_id, "failed", date.fromisoformat(str(dialog.data["day"])))
        await query.edit_message_text(offer, parse_mode="HTML", reply_markup=buttons)
    elif action == "nc":
        svc.db.save_dialog(user_id, "keurmerk", "noncompliant", {}, svc.clock())
        await query.edit_message_reply_markup(None)
        await context.bot.send_message(
            user_id, texts.KEURMERK_ASK_AUDIT.format(months=svc.rules.nrto.improvement_months), parse_mode="HTML")
    elif action == "comb" and dialog.step == "audit_year":  # "onze laatste audit was in 2023": the combined one
        svc.db.clear_dialog(user_id)  # the question is answered; a card with the year may follow
        await query.edit_message_reply_markup(None)
        await _combined_audit_in(update, context, int(str(dialog.data["year"])))
    elif action == "bowyear" and dialog.step == "audit_year":
        svc.db.clear_dialog(user_id)
        await query.edit_message_text(texts.BOW_YEAR_NOT_STORED)
    elif action == "fixed":
        _change_keurmerk(context, user_id, lambda k: replace(k, noncompliant_on=None))
        await query.edit_message_text("Mooi! De verbetertermijn staat niet meer in je deadlines.")
    elif (action in ("bow", "passed") and dialog.step == "which_audit") or (action == "bow" and dialog.step == "menu"):
        text, markup = _audit_chosen(context, user_id, action)
        await query.edit_message_text(text, parse_mode="HTML", reply_markup=markup)
    elif action == "take" and dialog.step == "offer":
        await query.edit_message_text(_offer_taken(context, user_id, dialog), parse_mode="HTML",
                                      reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
    elif action == "for" and dialog.step == "offer" and year is not None:  # the year of a statement sent early
        await query.edit_message_text(_record_told(context, user_id, "sent", date.fromisoformat(
            str(dialog.data["day"])), year), parse_mode="HTML", reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
    elif action == "sent":  # under the /keurmerk menu: sent today; early in the year, for which year is asked
        day, stored = today(context), svc.db.nrto_keurmerk(user_id)
        if stored is not None and len(statement_years(stored, day)) > 1:
            text, markup = _offer(context, user_id, "sent", day)
        else:
            text, markup = _record_told(context, user_id, "sent", day), InlineKeyboardMarkup([[STATUS_BUTTON]])
        await query.edit_message_text(text, parse_mode="HTML", reply_markup=markup)
    elif action == "unsent":
        _change_keurmerk(context, user_id, lambda k: replace(k, statement_sent_on=None))
        await query.edit_message_text("Teruggezet: de kwaliteitsverklaring van dit jaar staat weer open, met haar "
                                      "herinneringen.", reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
    elif action == "ok" and dialog.step == "confirm":
        await query.edit_message_text(_save(context, user_id, dialog), parse_mode="HTML",
                                      reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
    elif action == "no":
        svc.db.clear_dialog(user_id)
        await query.edit_message_text(texts.NOTHING_STORED)


async def confirm_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, yes: bool) -> bool:
    """"ja" or "nee" typed under the confirmation or an offer of something told: what its two buttons say."""
    user = update.effective_user
    if dialog.step not in ("confirm", "offer") or user is None:
        return False
    if dialog.step == "offer" and yes and "year" not in dialog.data and dialog.data.get("what") == "sent":
        return False  # which year's statement: a ✅ per year, no single one a "ja" could mean
    if dialog.step == "offer" and yes:
        await reply(update, _offer_taken(context, user.id, dialog),
                    reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
        return True
    if yes:
        await reply(update, _save(context, user.id, dialog), reply_markup=InlineKeyboardMarkup([[STATUS_BUTTON]]))
    else:
        services(context).db.clear_dialog(user.id)
        await reply(update, texts.NOTHING_STORED)
    return True


def _save(context: ContextTypes.DEFAULT_TYPE, user_id: int, dialog: Dialog) -> str:
    """Store the confirmed keurmerk and plan its reminders."""
    svc = services(context)
    told = _keurmerk_from(dialog.data, int(str(dialog.data["year"])))
    kept = edited_keurmerk(told, svc.db.nrto_keurmerk(user_id))
    svc.db.save_nrto_keurmerk(user_id, kept, svc.clock())
    svc.db.clear_dialog(user_id)
    replan_user(context, user_id)
    return views.keurmerk_saved(nrto_status(kept, svc.rules.nrto, today(context)), today(context))
