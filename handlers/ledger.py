"""PE ledger: /pe (guided or one line), evidence, /punten with its chart, /lijst, /reflectie, /export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import texts, views
from bot.dates import (
    DATE_LINKS,
    YEAR,
    DateProblem,
    FoundDate,
    Span,
    cut,
    day_question,
    long_date,
    period_name,
    short_date,
    span_asked,
    stored_period,
    within_period,
)
from bot.db import Dialog
from bot.html import esc
from bot.intents import asks_something, hours_asked, points_told, told_part
from bot.ledger import (
    CATEGORY_SAID,
    COMPANY_LINKS,
    EVIDENCE_WORDS,
    FIELD_ATTRIBUTES,
    MAX_TITLE,
    REFLECTION_WORDS,
    Activity,
    Amount,
    AmountFound,
    AmountProblem,
    Draft,
    Period,
    Progress,
    Reflection,
    activity_named,
    activity_sentence,
    amount_alone,
    amount_problem,
    caption_activity,
    caption_new_activity,
    category_for,
    category_told,
    category_words,
    change_to,
    company,
    correction,
    date_alone,
    date_alone_problem,
    day_and_company,
    deletes,
    done_on_date,
    done_on_problem,
    evidence_answer,
    faq_silent_on,
    field_told,
    find_amount,
    hours_of_days_question,
    meeting_named,
    meetings_in_year,
    near_duplicate,
    number,
    outside_period_warning,
    parse_line,
    parse_reflection,
    pe_points,
    period_for,
    progress,
    reflection_sentence,
    same_reflection,
    several_activities,
    several_meetings,
    title_answer,
    title_problem,
)
from bot.numbers import whole_number
from handlers.common import (
    DELETE_DIALOG,
    answer_tap,
    day_asked_about,
    offer_buttons,
    own_private_tap,
    private_only,
    replan_user,
    reply,
    services,
    today,
)
from handlers.faq import answer_question, general_answer_button

PAGE_SIZE = 5
MAX_WHOM = 200
QUESTIONS = {
    "title": texts.PE_ASK_TITLE,
    "date": texts.PE_ASK_DATE,
    "amount": texts.PE_ASK_AMOUNT,
    "category": texts.PE_ASK_CATEGORY,
    "evidence": texts.PE_ASK_EVIDENCE,
}


def ask_for(step: str, context: ContextTypes.DEFAULT_TYPE, draft: Draft | None = None) -> str:
    """What the /pe dialogue asks at a step; the amount's question gives the points of knowledge/rules.yaml
    (or asks the hours of the days said), the day's the month said ("vorige maand") when the draft has one."""
    if step == "date" and draft is not None and draft.period_said:
        return day_question(draft.period_said)
    if step == "amount" and draft is not None and draft.days_said:
        return hours_of_days_question(draft.days_said)
    rules = services(context).rules.noloc
    return QUESTIONS[step].format(per_hour=number(rules.points_per_hour), per_ects=number(rules.points_per_ects))


# ---- shared helpers -------------------------------------------------------------------------------------

def _period(user_id: int, context: ContextTypes.DEFAULT_TYPE) -> Period:
    svc = services(context)
    return period_for(svc.db.noloc_certificate(user_id), today(context), svc.rules.noloc)


def user_progress(user_id: int, context: ContextTypes.DEFAULT_TYPE) -> tuple[list[Activity], Progress]:
    svc = services(context)
    activities = svc.db.activities(user_id)
    return activities, progress(activities, _period(user_id, context), svc.rules.noloc, today(context))


def meetings_line_for(user_id: int, year: int, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The user's reflection meetings in a calendar year against that year's requirement."""
    svc = services(context)
    held = meetings_in_year([r.held_on for r in svc.db.reflections(user_id)], year)
    return views.meetings_line(year, held, svc.rules.noloc.meetings_required(year))


def status_lines(user_id: int, context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    """PE progress and this year's reflection meetings, for /status."""
    _, p = user_progress(user_id, context)
    return [f"<b>PE</b>: {number(p.total_counted)} van {p.required} punten; nog nodig {number(p.still_needed)}.",
            meetings_line_for(user_id, today(context).year, context)]


def _with_user(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


async def _send(context: ContextTypes.DEFAULT_TYPE, user_id: int, text: str,
                markup: InlineKeyboardMarkup | None = None) -> Message:
    return await context.bot.send_message(user_id, text, parse_mode=ParseMode.HTML, reply_markup=markup)


# ---- /pe dialogue ---------------------------------------------------------------------------------------

async def pe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/pe [datum] [aantal] [titel]: asks only for what the line does not give."""
    user_id = _with_user(update)
    if not await private_only(update, context, "pe") or user_id is None:
        return
    line, category = category_told(" ".join(context.args or []), services(context).rules.noloc)
    # bare, under "Waar hoort … bij?": the day it asked about is this activity's
    draft, problems = parse_line(line, today(context)) if line.strip() else (
        Draft(done_on=day_asked_about(update, context)), {})
    draft.category = category.id if category else None
    if draft.title and title_problem(draft.title):  # a one-line title meets the same rules as a typed one
        problems["title"] = str(title_problem(draft.title))
        draft.title = None
    notes, given_wrongly = list(problems.values()), set(problems)
    if line.strip() and not draft.title and not problems:  # "/pe 3 uur": what was taken, then the name asked
        notes.append(_noted(draft.done_on, draft.period_said, draft.amount, draft.days_said))
    if draft.done_on:
        notes += _date_notes(draft.done_on, user_id, context)
        if done_on_problem(draft.done_on, today(context)):
            draft.done_on = None
            given_wrongly.add("date")
    # a value given wrongly is asked again straight after its message, before the fields not given
    retry = next((f for f in FIELD_ATTRIBUTES if f in given_wrongly), None)
    await advance(context, user_id, draft, notice="\n".join(notes), first=retry)


def _date_notes(day: date, user_id: int, context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    notes = [done_on_problem(day, today(context)), outside_period_warning(day, _period(user_id, context))]
    return [n for n in notes if n]


async def advance(context: ContextTypes.DEFAULT_TYPE, user_id: int, draft: Draft, *, notice: str = "",
                  editing: int | None = None, first: str | None = None) -> None:
    """Store the draft and ask for the next missing field (`first` before the others), or show the summary.
    An implausible amount, however it came (typed, one line, a sentence), is asked about first."""
    svc = services(context)
    implausible = draft.amount and amount_problem(draft.amount, svc.rules.noloc,
                                                  draft.multi_day_ok or draft.several_days)
    if implausible:
        notice = "\n".join(n for n in (notice, implausible.message) if n)
        if implausible.asks_days:
            saved = svc.db.save_dialog(user_id, "pe", "multiday", {**draft.as_data(), "editing": editing}, svc.clock())
            await _send(context, user_id, notice, InlineKeyboardMarkup([[
                InlineKeyboardButton("Ja, meerdere dagen", callback_data=f"pe:multi:{saved.nonce}"),
                InlineKeyboardButton("Nee, ander aantal", callback_data=f"pe:reamount:{saved.nonce}")]]))
            return
        draft.amount, first = None, "amount"
    step = draft.missing(first) or "summary"
    data = {**draft.as_data(), "editing": editing}
    dialog = svc.db.save_dialog(user_id, "pe", step, data, svc.clock())
    prefix = f"{notice}\n" if notice else ""
    if step == "summary":
        await _send(context, user_id, prefix + views.draft_summary(_warned(draft, user_id, editing, context),
                                                                   svc.rules.noloc), _summary_buttons(dialog))
        return
    await _send(context, user_id, prefix + ask_for(step, context, draft), step_buttons(step, dialog, context))


async def keep_unsaved(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog) -> bool:
    """A finished new activity not yet saved, when a new command would drop it: its summary again, to save or
    cancel first (True). Any other open step may be dropped (False): a change to a stored activity leaves it
    as it was, and says so."""
    user_id = _with_user(update)
    if dialog.name != "pe" or dialog.step != "summary" or _editing(dialog) is not None or user_id is None:
        return False
    await advance(context, user_id, Draft.from_data(dialog.data), notice=texts.UNSAVED)
    return True


def _warned(draft: Draft, user_id: int, editing: int | None, context: ContextTypes.DEFAULT_TYPE) -> Draft:
    """The draft with the warnings the summary shows: outside the period, a near-duplicate, reading."""
    warnings = []
    if draft.done_on:
        outside = outside_period_warning(draft.done_on, _period(user_id, context))
        if outside:
            warnings.append(outside)
        if draft.title:
            twin = near_duplicate(draft.title, draft.done_on, services(context).db.activities(user_id), editing)
            if twin:
                warnings.append(f"Je hebt op die dag al <i>{esc(twin.title)}</i> vastgelegd. Is dit dezelfde?")
    if draft.title and (what := faq_silent_on(draft.title)):  # logged all the same: the framework decides
        warnings.append(texts.NOT_PER_ACTIVITY.format(what=what))
    draft.warnings = warnings
    return draft


def step_buttons(step: str, dialog: Dialog, context: ContextTypes.DEFAULT_TYPE) -> InlineKeyboardMarkup | None:
    """The buttons under a /pe step's question: Vandaag and Gisteren, the categories, or Geen bewijs."""
    n = dialog.nonce
    if step == "date" and not dialog.data.get("period_said"):  # "vorige maand" said: not today, nor yesterday
        return InlineKeyboardMarkup([[InlineKeyboardButton("Vandaag", callback_data=f"pe:today:{n}"),
                                      InlineKeyboardButton("Gisteren", callback_data=f"pe:yesterday:{n}")]])
    if step == "category":
        return InlineKeyboardMarkup([[InlineKeyboardButton(f"{c.id} · {c.short}" if c.id.isdigit() else c.short,
                                                           callback_data=f"pe:cat:{c.id}:{n}")]
                                     for c in services(context).rules.noloc.categories])
    if step == "evidence":
        return InlineKeyboardMarkup([[InlineKeyboardButton("Geen bewijs (nu)", callback_data=f"pe:noev:{n}")]])
    return None


def _summary_buttons(dialog: Dialog) -> InlineKeyboardMarkup:
    n = dialog.nonce
    return InlineKeyboardMarkup([[InlineKeyboardButton("💾 Opslaan", callback_data=f"pe:save:{n}"),
                                  InlineKeyboardButton("✏️ Wijzigen", callback_data=f"pe:edit:{n}"),
                                  InlineKeyboardButton("✖️ Annuleren", callback_data=f"pe:cancel:{n}")]])


def _editing(dialog: Dialog) -> int | None:
    raw = dialog.data.get("editing")
    return int(str(raw)) if raw is not None else None


async def pe_text(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> None:
    """The typed answer to the current /pe question; a bad value gets a message and the same question."""
    user_id = _with_user(update)
    if user_id is None:
        return
    draft, step, editing = Draft.from_data(dialog.data), dialog.step, _editing(dialog)
    rules = services(context).rules.noloc
    if step == "title":
        problem = title_problem(text)
        if problem:
            await reply(update, f"{problem}\n{texts.CANCEL_HINT}")
            return
        wrong_day = date_alone_problem(text, today(context))  # "volgende maand" typed for the name: no name
        if wrong_day:
            await reply(update, f"{wrong_day}\n{ask_for('title', context, draft)}")
            return
        told = title_answer(text, today(context))  # a day or an amount said with the name fills those too
        if not told.title:  # a day or an amount alone, typed before the name: kept (if not known yet), name asked
            await _noted_before_the_name(context, user_id, draft, told, editing)
            return
        draft.title = told.title
        draft.done_on, draft.amount = draft.done_on or told.done_on, draft.amount or told.amount
        draft.period_said = None if draft.done_on else draft.period_said or told.period_said
        draft.days_said = None if draft.amount else draft.days_said or told.days_said
        if told.done_on:
            await advance(context, user_id, draft, notice="\n".join(_date_notes(told.done_on, user_id, context)),
                          editing=editing)
            return
    elif step == "date":
        # after "Op welke dag in oktober 2026?", "14" is that day
        day_text = within_period(text, draft.period_said)
        found = done_on_date(day_text, today(context))
        amount = find_amount(text) if isinstance(found, DateProblem) and draft.amount is None else None
        if isinstance(amount, AmountFound):
            draft.amount = amount.amount  # "2 uur" typed where the day was asked: kept, and the day asked again
            await advance(context, user_id, draft, notice=texts.PE_NOTED.format(said=amount.amount.spoken()),
                          editing=editing)
            return
        if isinstance(amount, AmountProblem) and amount.asks_hours and amount.span:  # "3 dagen": kept the same,
            draft.days_said = text[amount.span[0]:amount.span[1]].strip()  # its hours asked after the day
            await advance(context, user_id, draft, notice=texts.PE_NOTED.format(
                said=f"{esc(draft.days_said)} (de uren vraag ik zo)"), editing=editing)
            return
        if isinstance(found, DateProblem):  # "oktober" typed to "Op welke dag in oktober 2026?" is asked once
            asked = dict.fromkeys([found.message, ask_for("date", context, draft)])
            await reply(update, "\n".join(asked), reply_markup=step_buttons("date", dialog, context))
            return
        draft.done_on, draft.period_said = found.value, None
        amount = find_amount(cut(day_text, [(found.start, found.end)], DATE_LINKS))  # "gisteren 3 uur"
        if draft.amount is None and isinstance(amount, AmountFound):
            draft.amount = amount.amount
        notes = _date_notes(found.value, user_id, context)
        await advance(context, user_id, draft, notice="\n".join(notes), editing=editing)
        return
    elif step in ("amount", "multiday"):
        amount = find_amount(text, plain_is_points=True)
        if not isinstance(amount, AmountFound):
            message = amount.message if isinstance(amount, AmountProblem) else texts.PE_AMOUNT_UNKNOWN
            await reply(update, message if isinstance(amount, AmountProblem) and amount.asks_hours
                        else f"{message}\n{ask_for('amount', context)}")
            return
        draft.told(amount.amount)  # advance asks about an implausible one
    elif step in ("category", "evidence") and await _field_changed(context, user_id, draft, text, editing):
        return  # "oh nee, het was 3 uur" where the category or evidence is asked: that field, and the question again
    elif step == "category":
        category = category_for(text, rules)
        if category is None:
            await reply(update, texts.PE_CATEGORY_UNKNOWN.format(title=esc(draft.title or "je activiteit")),
                        reply_markup=step_buttons("category", dialog, context))
            return
        draft.category = category.id
    elif step == "evidence":
        said = evidence_answer(text)
        if said is True:  # "ja": then which, or send it
            await reply(update, texts.PE_EVIDENCE_WHICH, reply_markup=step_buttons("evidence", dialog, context))
            return
        draft.evidence, draft.evidence_file_id, draft.evidence_asked = said or None, None, True
    else:  # summary and other button steps: only the buttons answer
        await reply(update, texts.USE_BUTTONS)
        return
    await advance(context, user_id, draft, editing=editing)


async def _field_changed(context: ContextTypes.DEFAULT_TYPE, user_id: int, draft: Draft, text: str,
                         editing: int | None) -> bool:
    """A new amount or day for the activity being entered ("3 uur", "het was eergisteren"): taken, said so, and
    the open question asked again (True); False for anything else."""
    amount, day = field_told(text, today(context), draft.title or "")
    if amount is None and day is None:
        return False
    draft.told(amount, day)
    notes = [_noted(day, None, amount, None), *(_date_notes(day, user_id, context) if day else [])]
    await advance(context, user_id, draft, notice="\n".join(notes), editing=editing)
    return True


def _noted(day: date | None, period: tuple[int, int | None] | None, amount: Amount | None, days: str | None) -> str:
    """"Genoteerd: zaterdag 21 november 2026 · 3 uur." for what was taken before the name; "" for nothing."""
    when = long_date(day) if day else _day_asked_in(period)
    said = " · ".join(p for p in (when, amount.spoken() if amount else days or "") if p)
    return texts.PE_NOTED.format(said=said) if said else ""


async def _noted_before_the_name(context: ContextTypes.DEFAULT_TYPE, user_id: int, draft: Draft, told: Draft,
                                 editing: int | None) -> None:
    """"Vorige week donderdag" typed where the name was asked: that day (or amount) taken where still unknown,
    said so, and the name asked again."""
    day = told.done_on if draft.done_on is None else None
    period = told.period_said if draft.done_on is None and draft.period_said is None else None
    amount = told.amount if draft.amount is None else None
    days = told.days_said if draft.amount is None and draft.days_said is None else None
    draft.done_on, draft.amount, draft.period_said = draft.done_on or day, draft.amount or amount, \
        draft.period_said or period
    draft.days_said = draft.days_said or days
    said = _noted(day, period, amount, days)
    notes = [said or texts.PE_NOT_A_NAME]
    if day:
        notes += _date_notes(day, user_id, context)
    await advance(context, user_id, draft, notice="\n".join(notes), editing=editing)


async def pe_media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo or document in private: evidence for the activity being entered."""
    message = update.effective_message
    user_id = _with_user(update)
    if message is None or user_id is None:
        return
    svc = services(context)
    dialog = svc.db.dialog(user_id)
    if dialog is not None and dialog.name != "pe":
        await reply(update, texts.PE_MEDIA_OUTSIDE)
        return
    draft = Draft.from_data(dialog.data) if dialog is not None else Draft()
    if message.document:
        draft.evidence = message.document.file_name or "document"
        draft.evidence_file_id = message.document.file_id
    elif message.photo:
        draft.evidence = "foto"
        draft.evidence_file_id = message.photo[-1].file_id
    else:
        return
    draft.evidence_asked = True
    caption = " ".join((message.caption or "").split())[:MAX_TITLE]
    if dialog is None and caption:
        await _evidence_with_caption(update, context, user_id, draft, caption)
        return
    if dialog is None:  # kept, and asked which activity it belongs to, rather than to be sent again
        await _ask_evidence_for(update, context, user_id, draft)
        return
    if message.photo:  # "factuur" says more than "foto"
        draft.evidence = _described(caption) or draft.evidence
    await advance(context, user_id, draft, notice=f"📎 Bewijs ontvangen: {esc(draft.evidence)}.",
                  editing=_editing(dialog))


EVIDENCE_CHOICES = 3  # the newest activities of the period still without a file, offered for a file sent alone


async def _evidence_with_caption(update: Update, context: ContextTypes.DEFAULT_TYPE, user_id: int, sent: Draft,
                                 caption: str) -> None:
    """A file sent with a caption and nothing open: the logged activity the caption names gets it (its card, to
    save), the new one it tells starts with it; a caption that only says what the file is ("factuur") names it,
    and which activity it belongs to is asked."""
    told = caption_activity(caption, services(context).db.activities(user_id), today(context))
    notice = f"📎 Bewijs ontvangen: {esc(sent.evidence or '')}."
    if isinstance(told, Activity):
        draft = Draft.of(told)
        draft.evidence, draft.evidence_file_id = sent.evidence, sent.evidence_file_id
        await advance(context, user_id, draft, notice=notice, editing=told.id)
    elif told is not None:
        told.evidence, told.evidence_file_id, told.evidence_asked = sent.evidence, sent.evidence_file_id, True
        await advance(context, user_id, told, notice=notice)
    else:  # which logged one is asked; a new one the caption names ("factuur cursus coaching") starts filled in
        new = caption_new_activity(caption, today(context))
        said = EVIDENCE_WORDS.search(caption) if new else None
        if new is not None:
            sent.title, sent.done_on, sent.amount = new.title, new.done_on, new.amount
        sent.evidence = (said.group(0).lower() if said else _described(caption)) or sent.evidence
        await _ask_evidence_for(update, context, user_id, sent)


def _described(caption: str) -> str | None:
    """What a file's caption says the file is ("hier is de factuur": "factuur"), as a typed description is read;
    None for no caption, a question, or a yes or no."""
    said = evidence_answer(caption) if caption and not asks_something(caption) else None
    return said if isinstance(said, str) else None


async def _ask_evidence_for(update: Update, context: ContextTypes.DEFAULT_TYPE, user_id: int, draft: Draft) -> None:
    """A photo or document sent with nothing open: which activity it is evidence for (one logged without a
    file, or a new one), or none."""
    svc = services(context)
    activities, p = user_progress(user_id, context)
    without = [a for a in activities if a.done_on in p.period and not a.evidence_file_id][:EVIDENCE_CHOICES]
    nonce = svc.db.save_dialog(user_id, EVIDENCE_CARD, "choose", draft.as_data(), svc.clock()).nonce
    rows = [[InlineKeyboardButton(f"📎 {short_date(a.done_on)} · {views.clip(a.title, 40)}",
                                  callback_data=f"bw:act:{a.id}:{nonce}")] for a in without]
    new = f"➕ Nieuw: {views.clip(draft.title, 30)}" if draft.title else "➕ Nieuwe activiteit"
    rows.append([InlineKeyboardButton(new, callback_data=f"bw:new:0:{nonce}"),
                 InlineKeyboardButton("✖️ Niet bewaren", callback_data=f"bw:no:0:{nonce}")])
    await reply(update, texts.EVIDENCE_FOR.format(what=esc(draft.evidence or "")),
                reply_markup=InlineKeyboardMarkup(rows))


async def evidence_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Under "Waar hoort dit bewijs bij?": an activity (its card, with the file, to save), a new one, or none."""
    query, dialog = await answer_tap(update, context, EVIDENCE_CARD)
    if query is None or dialog is None:
        return
    svc = services(context)
    user_id = query.from_user.id
    parts = (query.data or "").split(":")
    action, item = (parts[1], parts[2]) if len(parts) == 4 else ("no", "0")  # a forged shape: nothing kept
    sent = Draft.from_data(dialog.data)
    await query.edit_message_reply_markup(None)
    activity = svc.db.activity(user_id, whole_number(item) or 0) if action == "act" else None
    if activity is not None:
        draft = Draft.of(activity)
        draft.evidence, draft.evidence_file_id = sent.evidence, sent.evidence_file_id
        await advance(context, user_id, draft, editing=activity.id)
    elif action == "new":
        await advance(context, user_id, sent)
    else:
        svc.db.clear_dialog(user_id)
        await query.edit_message_text(texts.NOTHING_STORED)


EVIDENCE_CARD = "bewijsstuk"  # "Waar hoort dit bewijs bij?": a file sent with nothing open


async def pe_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The buttons of the /pe dialogue."""
    query, dialog = await answer_tap(update, context, "pe")
    if query is None or dialog is None:
        return
    svc = services(context)
    user_id = query.from_user.id
    parts = (query.data or "").split(":")
    action, draft, editing = parts[1], Draft.from_data(dialog.data), _editing(dialog)
    await query.edit_message_reply_markup(None)
    if action in ("today", "yesterday") and dialog.step == "date":
        draft.done_on = today(context) if action == "today" else date.fromordinal(today(context).toordinal() - 1)
        await advance(context, user_id, draft, notice="\n".join(_date_notes(draft.done_on, user_id, context)),
                      editing=editing)
    elif action == "cat" and dialog.step == "category" and svc.rules.noloc.category(parts[2]):
        draft.category = parts[2]
        await advance(context, user_id, draft, editing=editing)
    elif action == "noev" and dialog.step == "evidence":
        draft.evidence, draft.evidence_file_id, draft.evidence_asked = None, None, True
        await advance(context, user_id, draft, editing=editing)
    elif action == "multi" and dialog.step == "multiday":
        draft.multi_day_ok = True
        await advance(context, user_id, draft, editing=editing)
    elif action == "reamount" and dialog.step == "multiday":
        draft.amount = None
        await advance(context, user_id, draft, editing=editing)
    elif action == "offer" and dialog.step == "offer":
        await advance(context, user_id, draft, editing=editing)
    elif action == "edit" and dialog.step == "summary":
        fields = svc.db.save_dialog(user_id, "pe", "fields", dialog.data, svc.clock())
        rows = [[InlineKeyboardButton(label, callback_data=f"pe:field:{name}:{fields.nonce}")]
                for name, label in (("title", "📝 Naam"), ("date", "📅 Datum"), ("amount", "⏱ Aantal"),
                                    ("category", "🗂 Categorie"), ("evidence", "📎 Bewijs"))]
        await _send(context, user_id, "Wat wil je wijzigen?", InlineKeyboardMarkup(rows))
    elif action == "field" and dialog.step == "fields":
        field = parts[2]
        if field == "title":
            draft.title = None
        elif field == "date":
            draft.done_on = None
        elif field == "amount":
            draft.amount, draft.multi_day_ok = None, False
        elif field == "category":
            draft.category = None
        elif field == "evidence":
            draft.evidence, draft.evidence_file_id, draft.evidence_asked = None, None, False
        await advance(context, user_id, draft, editing=editing)
    elif action == "save" and dialog.step == "summary":
        await _save(context, user_id, draft, editing)
    elif action == "cancel":
        svc.db.clear_dialog(user_id)
        # "Nee" to an offer says what "Nee" to any other offer says; ✖️ under a summary stops a dialogue
        await _send(context, user_id, texts.NOTHING_STORED if dialog.step == "offer" else texts.CANCELLED)
        await offer_aside(context, user_id, dialog)


async def _save(context: ContextTypes.DEFAULT_TYPE, user_id: int, draft: Draft, editing: int | None) -> None:
    svc = services(context)
    if not (draft.title and draft.done_on and draft.amount and draft.category):
        await advance(context, user_id, draft, editing=editing)
        return
    activity = Activity(editing or 0, draft.title, draft.done_on, draft.amount.points(svc.rules.noloc),
                        draft.category, draft.amount, draft.evidence, draft.evidence_file_id)
    if editing is not None:
        svc.db.update_activity(user_id, activity)
    else:
        svc.db.add_activity(user_id, activity, svc.clock())
    svc.db.clear_dialog(user_id)
    replan_user(context, user_id)
    _, p = user_progress(user_id, context)
    await _send(context, user_id,
                f"💾 Opgeslagen: {esc(activity.title)}, {pe_points(activity.points)}.\n"
                f"Je staat nu op {number(p.total_counted)} van {p.required}.",
                InlineKeyboardMarkup([[InlineKeyboardButton("📊 Punten", callback_data="pts:show"),
                                       InlineKeyboardButton("➕ Nog een", callback_data="pts:new")]]))
    if draft.aside:  # told while this one was asked about: now its turn
        await _offer(context, user_id, draft.aside)


async def offer_aside(context: ContextTypes.DEFAULT_TYPE, user_id: int, dialog: Dialog) -> None:
    """A /pe or /reflectie dialogue saved or stopped: another activity told meanwhile is offered now."""
    aside = dialog.data.get("aside") if dialog.name in ("pe", "reflectie") else None
    if aside:
        await _offer(context, user_id, str(aside))


def keep_aside(context: ContextTypes.DEFAULT_TYPE, user_id: int, dialog: Dialog, text: str) -> Dialog:
    """Another activity told while /pe or /reflectie waits on a step: kept with the dialogue, to be offered once
    it is saved or stopped."""
    svc = services(context)
    return svc.db.save_dialog(user_id, dialog.name, dialog.step, {**dialog.data, "aside": text}, svc.clock())


async def offer_activity(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """A sentence like "ik heb gisteren een webinar van 2 uur gevolgd": offer to log it, prefilled."""
    user_id = _with_user(update)
    return user_id is not None and await _offer(context, user_id, text)


async def _offer(context: ContextTypes.DEFAULT_TYPE, user_id: int, text: str) -> bool:
    svc = services(context)
    told, category = category_told(text, svc.rules.noloc)
    draft = activity_sentence(told, today(context))
    if draft is None:
        return False
    if several_activities(text):  # one offer would merge them ("E-learning en podcast · 4 uur")
        await _send(context, user_id, texts.PE_SEVERAL)
        return True
    if draft.done_on and done_on_problem(draft.done_on, today(context)):
        draft.done_on = None
    draft.category = category.id if category else None
    dialog = svc.db.save_dialog(user_id, "pe", "offer", {**draft.as_data(), "editing": None}, svc.clock())
    when = long_date(draft.done_on) if draft.done_on else _day_asked_in(draft.period_said)
    how_much = draft.amount.spoken() if draft.amount else f"{draft.days_said} (de uren vraag ik zo)" \
        if draft.days_said else ""
    parts = [p for p in (esc(draft.title or ""), when, how_much,
                         category.short if category else "") if p]
    await _send(context, user_id, f"Wil je dit vastleggen als PE-activiteit?\n<b>{' · '.join(parts)}</b>",
                offer_buttons(f"pe:offer:{dialog.nonce}", f"pe:cancel:{dialog.nonce}"))
    return True


def _day_asked_in(period: tuple[int, int | None] | None) -> str:
    """What an offer says of a day not known but for its month: "oktober 2026 (de dag vraag ik zo)"."""
    return f"{period_name(period)} (de dag vraag ik zo)" if period else ""


async def offer_reflection(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """A sentence like "ik heb gisteren intervisie gehad met kring Noord": offer to log the meeting."""
    user_id = _with_user(update)
    said = reflection_sentence(text, today(context))
    if said is None or user_id is None:
        return False
    if several_meetings(text):  # one offer would keep the last day only ("op 3 en 10 november")
        await _send(context, user_id, texts.MEETINGS_SEVERAL)
        return True
    held_on, who, period = said.held_on, said.with_whom, said.period  # "vorige maand": the day asked after yes
    svc = services(context)
    dialog = svc.db.save_dialog(user_id, "reflectie", "offer",
                                {"held_on": held_on.isoformat() if held_on else None, "who": who,
                                 "period": list(period) if period else None}, svc.clock())
    day = long_date(held_on) if held_on else f"Intervisie in {period_name(period)}" if period else "Intervisie"
    what = " ".join(p for p in (day, f"met {esc(who)}" if who else "",
                                "" if held_on else "(de dag vraag ik zo)" if period else "(de datum vraag ik zo)") if p)
    await reply(update, f"Wil je dit vastleggen als intervisiebijeenkomst?\n<b>{what}</b>",
                reply_markup=offer_buttons(f"rfl:ok:{dialog.nonce}", f"rfl:no:{dialog.nonce}"))
    return True


async def typed_field(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> bool:
    """A date or an amount alone typed under an activity's summary or "Wat wil je wijzigen?": that field
    changed, and the summary again (True); anything else is no field (False)."""
    user_id = _with_user(update)
    if dialog.step == "offer" and dialog.name in ("pe", "reflectie") and user_id is not None:
        return await _offer_answered(update, context, dialog, text)
    if dialog.name != "pe" or dialog.step not in ("summary", "fields") or user_id is None:
        return False
    draft, editing = Draft.from_data(dialog.data), _editing(dialog)
    # "het was 3 uur", "categorie 3", "de naam is …": a correction of this card (not of what was saved before)
    fix = correction(text, today(context))
    fix = fix if fix is not None and fix.field != "delete" and draft.title and fix.names(draft.title) else None
    amount = amount_alone(text) or (fix.amount if fix else None)
    day = date_alone(text, today(context)) or (fix.day if fix else None)
    alone = CATEGORY_SAID.fullmatch(text.strip(" .!"))  # "categorie 3", "in categorie 3", "buiten mijn vakgebied"
    said = fix.category if fix and fix.category else category_words(alone) if alone else None
    category = category_for(said, services(context).rules.noloc) if said else None
    title = fix.title if fix and fix.title and not title_problem(fix.title) else None
    if amount is not None:
        draft.told(amount)  # advance asks about an implausible one
        await advance(context, user_id, draft, editing=editing)
    elif day is not None:
        draft.told(day=day)
        await advance(context, user_id, draft, notice="\n".join(_date_notes(day, user_id, context)), editing=editing)
    elif category is not None or title is not None:
        draft.category = category.id if category else draft.category
        draft.title = title or draft.title
        await advance(context, user_id, draft, editing=editing)
    return amount is not None or day is not None or category is not None or title is not None


async def _offer_answered(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> bool:
    """A day (for an activity, or an amount) typed alone under an offer to log it, as "(de datum vraag ik zo)"
    invites: its yes, with that day or amount (True); False for anything else."""
    user_id = _with_user(update)
    if user_id is None:
        return False
    draft = Draft.from_data(dialog.data)
    period = stored_period(dialog.data.get("period")) if dialog.name == "reflectie" else draft.period_said
    said = within_period(text, period)  # "14" after "Intervisie in oktober 2026 (de dag vraag ik zo)"
    wrong = date_alone_problem(said, today(context))
    if wrong:  # "morgen", "31 november": said why, and the offer still waits
        await reply(update, f"{wrong}\n{texts.USE_BUTTONS}")
        return True
    day = date_alone(said, today(context))
    if dialog.name == "reflectie":
        if day is None:
            return False
        await _accept_reflection(update, context, replace(dialog, data={**dialog.data, "held_on": day.isoformat()}))
        return True
    amount = amount_alone(text)
    if amount is None and day is None:
        return False
    draft.told(amount, day)
    draft.period_said = None if draft.done_on else draft.period_said
    draft.days_said = None if draft.amount else draft.days_said
    notes = _date_notes(day, user_id, context) if day else []
    await advance(context, user_id, draft, notice="\n".join(notes), editing=_editing(dialog))
    return True


async def typed_choice(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, yes: bool) -> bool:
    """"ja" or "nee" typed to an offer to log an activity or a meeting (its two buttons), or "ja" to
    "Klopt dit?" (💾 Opslaan; a "nee" there could be ✏️ or ✖️)."""
    user_id = _with_user(update)
    if user_id is None:
        return False
    if dialog.name == "pe" and dialog.step == "summary" and yes:
        await _save(context, user_id, Draft.from_data(dialog.data), _editing(dialog))
        return True
    if dialog.step not in ("offer", "move"):
        return False
    if not yes:
        services(context).db.clear_dialog(user_id)
        await reply(update, texts.NOTHING_STORED)
    elif dialog.step == "move":
        await _move_reflection(update, context, dialog)
    elif dialog.name == "pe":
        await advance(context, user_id, Draft.from_data(dialog.data), editing=_editing(dialog))
    else:
        await _accept_reflection(update, context, dialog)
    return True


async def reflection_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Yes or no to an offered reflection meeting; yes without who it was with asks that first."""
    query, dialog = await answer_tap(update, context, "reflectie")
    if query is None or dialog is None or dialog.step not in ("offer", "move"):
        return
    await query.edit_message_reply_markup(None)
    if (query.data or "").split(":")[1] != "ok":
        services(context).db.clear_dialog(query.from_user.id)
        await reply(update, texts.NOTHING_STORED)
    elif dialog.step == "move":
        await _move_reflection(update, context, dialog)
    else:
        await _accept_reflection(update, context, dialog)


async def _move_reflection(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog) -> None:
    """Yes to "Verzetten naar …?" for a meeting just logged: its day changed, and this year's count again."""
    user_id = _with_user(update)
    if user_id is None:
        return
    svc = services(context)
    held_on = date.fromisoformat(str(dialog.data["held_on"]))
    svc.db.clear_dialog(user_id)
    if not svc.db.move_reflection(user_id, int(str(dialog.data["id"])), held_on):
        await reply(update, texts.BUTTON_GONE)  # deleted meanwhile
        return
    replan_user(context, user_id)
    line = meetings_line_for(user_id, held_on.year, context)
    await reply(update, f"Verzet: intervisie op {long_date(held_on)}.\n{line}",
                reply_markup=InlineKeyboardMarkup([[MEETINGS_BUTTON]]))


async def _accept_reflection(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog) -> None:
    """Yes to an offered meeting: stored, or first asked which day (when only the month was said) or with whom."""
    who = str(dialog.data.get("who") or "")
    if not dialog.data.get("held_on"):
        await _ask_reflection(update, context, "date", {"who": who, "period": dialog.data.get("period")})
        return
    await _save_or_ask_whom(update, context, date.fromisoformat(str(dialog.data["held_on"])), who)


# ---- /punten and the chart ------------------------------------------------------------------------------

def _points_html(user_id: int, context: ContextTypes.DEFAULT_TYPE, span: Span | None = None) -> str:
    """The points card; with a `span` asked about ("hoeveel punten heb ik vorige maand gehaald"), what was
    gained then above it."""
    activities, p = user_progress(user_id, context)
    then = [a for a in activities if a.done_on in span] if span else []
    gained = [views.points_in_span(span.name, sum(a.points for a in then), len(then))] if span else []
    return "\n".join([*gained, *views.points_lines(p), meetings_line_for(user_id, today(context).year, context)])


ADD_ACTIVITY = InlineKeyboardButton("➕ Activiteit", callback_data="pts:new")  # starts /pe, as typing it would


def _list_page(page: int, span: Span | None = None) -> str:
    """A /lijst page's button data; a span asked about is kept in it ("ls:page:1:20261001:20261031")."""
    return f"ls:page:{page}" + (f":{span.first:%Y%m%d}:{span.last:%Y%m%d}" if span else "")


def _points_buttons(span: Span | None = None) -> Sequence[Sequence[InlineKeyboardButton]]:
    """📈, 📋 (the span's list, with one asked about) and ➕ under the points card."""
    return [[InlineKeyboardButton("📈 Grafiek", callback_data="pts:chart"),
             InlineKeyboardButton("📋 Lijst", callback_data=_list_page(0, span)), ADD_ACTIVITY]]


POINTS_BUTTONS = InlineKeyboardMarkup(_points_buttons())


async def punten(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/punten, or /punten with a span ("/punten 2025", "/punten oktober"): what was gained then above the card."""
    user_id = _with_user(update)
    if await private_only(update, context, "punten") and user_id is not None:
        said = " ".join(context.args or [])
        span = _span_gained(said, context)
        unknown = f"{texts.SPAN_UNKNOWN.format(command='punten')}\n\n" \
            if said and span_asked(said, today(context)) is None else ""  # "/punten bla" (was ignored)
        await reply(update, unknown + _points_html(user_id, context, span),
                    reply_markup=InlineKeyboardMarkup(_points_buttons(span)))


def _span_gained(text: str, context: ContextTypes.DEFAULT_TYPE) -> Span | None:
    """The span a points question names, when it has begun ("nodig voor juni 2027" asks no gain then)."""
    span = span_asked(text, today(context)) if text else None
    return span if span and span.first <= today(context) else None


# What a PE point is: the general answer when the FAQ's nearest to what was said is none ("ik heb nog geen punten"
# got the evidence entry, one's own hours a portfolio's time)
POINT_ENTRY = "pe-punt-wat"


async def points_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, asked: bool = True) -> None:
    """"Hoeveel punten heb ik nog nodig?": the user's own points, the FAQ's general answer one tap away; with
    nothing logged yet, the general answer and how to start. Told, not `asked` ("ik heb nog geen punten"), or one's
    own hours asked, the general answer is what a PE point is, and no ℹ️ comes under one's own points."""
    db, span = services(context).db, _span_gained(text, context)
    # "ik heb al 20 punten, hoeveel heb ik nog nodig": the count told is not taken over, and the reply says so
    told = points_told(told_part(text))
    await _mine_or_general(update, context, text, lambda user_id: bool(db.activities(user_id)),
                           texts.POINTS_TOLD if told else texts.PE_INVITE,
                           lambda user_id: (f"{texts.POINTS_TOLD_LOGGED}\n\n" if told else "")
                           + _points_html(user_id, context, span), _points_buttons(span),
                           None if asked and not hours_asked(text) else POINT_ENTRY)


async def meetings_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """"Hoeveel intervisies moet ik dit jaar nog?": the user's own meetings in the year asked about (this
    year unless one is named), the FAQ's general answer one tap away; with nothing stored, that answer."""
    db, named = services(context).db, YEAR.search(text)
    year = int(named.group(0)) if named else today(context).year
    await _mine_or_general(update, context, text, lambda user_id: bool(db.reflections(user_id)),
                           texts.MEETINGS_INVITE,
                           lambda user_id: f"{meetings_line_for(user_id, year, context)}\n{texts.MEETINGS_HOW}", ())


async def _mine_or_general(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                           has_mine: Callable[[int], bool], invite: str, mine: Callable[[int], str],
                           buttons: Sequence[Sequence[InlineKeyboardButton]], general_entry: str | None = None) -> None:
    """The user's own figures (`mine`, with `buttons`) and the FAQ's general answer one tap away; with none of
    theirs stored and no certificate date, the general answer and an `invite` to start. With `general_entry`,
    that entry is the general answer, and none is a tap away."""
    user_id = _with_user(update)
    if user_id is None:
        return
    if not has_mine(user_id) and services(context).db.noloc_certificate(user_id) is None:
        general = services(context).faq.reply_for_id(general_entry) if general_entry else None
        await answer_question(update, context, text, general, suffix=invite)
        return
    button = general_answer_button(context, text) if general_entry is None else None
    rows = [*buttons, *([[button]] if button else [])]
    await reply(update, mine(user_id), reply_markup=InlineKeyboardMarkup(rows) if rows else None)


async def points_told_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """"Ik heb al 40 punten": only logged activities count; the user's own count so far, or how to start."""
    user_id = _with_user(update)
    if user_id is None:
        return
    if not services(context).db.activities(user_id):
        await reply(update, texts.POINTS_TOLD, reply_markup=InlineKeyboardMarkup(
            [[ADD_ACTIVITY]]))
        return
    await reply(update, f"{texts.POINTS_TOLD_LOGGED}\n\n{_points_html(user_id, context)}", reply_markup=POINTS_BUTTONS)


async def meetings_told_answer(update: Update, context: ContextTypes.DEFAULT_TYPE,
                               lead: str = texts.MEETINGS_TOLD) -> None:
    """"Ik heb dit jaar maar 1 intervisie gehad": only logged meetings count; the user's own count this year.
    A meeting missed gets the same count under its own `lead`."""
    user_id = _with_user(update)
    if user_id is not None:
        line = meetings_line_for(user_id, today(context).year, context)
        await reply(update, f"{lead}\n\n{line}\n{texts.MEETINGS_HOW}")


async def meeting_missed_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """"De intervisie van gisteren ging niet door": the one meeting logged on the day said offered for deletion;
    with none there, nothing to log and the count this year."""
    user_id = _with_user(update)
    if user_id is None:
        return
    found = done_on_date(text, today(context))
    logged = [m for m in services(context).db.reflections(user_id)
              if isinstance(found, FoundDate) and m.held_on == found.value]
    if len(logged) != 1:
        await meetings_told_answer(update, context, texts.MEETING_MISSED)
        return
    await _ask_delete(context, user_id, views.reflection_line(logged[0].held_on, logged[0].with_whom), "mdel",
                      logged[0].id, above=texts.MEETING_MISSED_LOGGED)


async def points_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """📊 Punten, 📈 Grafiek and ➕ under ledger messages."""
    query = await own_private_tap(update)
    if query is None:
        return
    await query.answer()
    user_id = query.from_user.id
    action = (query.data or "").split(":")[-1]
    if action == "show":
        await _send(context, user_id, _points_html(user_id, context), POINTS_BUTTONS)
    elif action == "new":
        await advance(context, user_id, Draft())
    elif action == "chart":
        from bot.chart import progress_chart

        activities, p = user_progress(user_id, context)
        png = progress_chart(activities, p, services(context).rules.noloc, today(context))
        await context.bot.send_photo(user_id, png, caption="Je PE-punten: lijn = gelijkmatig tempo naar "
                                     f"{p.required}, rode streep = minimum categorie 1.")


# ---- /lijst ---------------------------------------------------------------------------------------------

MEETINGS_BUTTON = InlineKeyboardButton("🤝 Intervisies", callback_data="ls:meet:0")
MEETINGS_SHOWN = 10


def _page(user_id: int, page: int, context: ContextTypes.DEFAULT_TYPE,
          span: Span | None = None) -> tuple[str, InlineKeyboardMarkup | None]:
    """A page of the activities in this certification period, or of those done in the `span` asked about
    ("wat heb ik vorige maand gedaan"), with the meetings held in it."""
    activities, p = user_progress(user_id, context)
    within = span or p.period
    current = [a for a in activities if a.done_on in within]
    held = services(context).db.reflections(user_id)
    meetings = [[MEETINGS_BUTTON]] if held else []
    held_then = [r for r in held if r.held_on in span] if span else []
    meetings_then = "1 bijeenkomst" if len(held_then) == 1 else f"{len(held_then)} bijeenkomsten"
    also = [texts.LIST_SPAN_MEETINGS.format(meetings=meetings_then, span=span.name)] if span and held_then else []
    if not current and span:
        everything = [[InlineKeyboardButton("📋 Alle activiteiten", callback_data="ls:page:0")]]
        return "\n".join([texts.LIST_SPAN_EMPTY.format(span=span.name), *also]), InlineKeyboardMarkup(
            everything + meetings)
    if not current:
        return texts.LIST_EMPTY, InlineKeyboardMarkup(meetings) if meetings else None
    pages = (len(current) + PAGE_SIZE - 1) // PAGE_SIZE
    page = min(max(page, 0), pages - 1)
    shown = current[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
    if span:
        total = pe_points(sum(a.points for a in current))
        lines = [f"<b>Activiteiten {span.name}</b> ({len(current)}, samen {total}; nieuwste eerst, {page + 1}/{pages})"]
    else:
        lines = [f"<b>Activiteiten</b> (nieuwste eerst, {page + 1}/{pages})"]
    rows = []
    for number_, a in enumerate(shown, start=1 + page * PAGE_SIZE):
        lines.append(f"{number_}. {views.activity_line(a)}")
        rows.append([InlineKeyboardButton(f"✏️ {number_}", callback_data=f"ls:edit:{a.id}"),
                     InlineKeyboardButton(f"🗑 {number_}", callback_data=f"ls:del:{a.id}")])
    if not all(a.evidence for a in shown):  # which have none is the clip's absence: said what it means
        lines.append(texts.LIST_EVIDENCE_LEGEND)
    lines += also
    nav = []  # paging stays in the span asked about
    if page > 0:
        nav.append(InlineKeyboardButton("◀️ Nieuwer", callback_data=_list_page(page - 1, span)))
    if page < pages - 1:
        nav.append(InlineKeyboardButton("Ouder ▶️", callback_data=_list_page(page + 1, span)))
    if nav:
        rows.append(nav)
    return "\n".join(lines), InlineKeyboardMarkup(rows + meetings)


def _meetings_page(user_id: int, context: ContextTypes.DEFAULT_TYPE) -> tuple[str, InlineKeyboardMarkup | None]:
    """The newest reflection meetings, each with 🗑, for a meeting logged by mistake."""
    held = services(context).db.reflections(user_id)[::-1]
    if not held:
        return texts.MEETINGS_EMPTY, None
    lines = ["<b>Intervisiebijeenkomsten</b> (nieuwste eerst)"]
    rows = []
    for number_, r in enumerate(held[:MEETINGS_SHOWN], start=1):
        lines.append(f"{number_}. {short_date(r.held_on)} · {esc(r.with_whom)}")
        rows.append([InlineKeyboardButton(f"🗑 {number_}", callback_data=f"ls:mdel:{r.id}")])
    if len(held) > MEETINGS_SHOWN:
        lines.append(f"… en {len(held) - MEETINGS_SHOWN} eerdere (alles staat in /export).")
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def lijst(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lijst, or /lijst with a span ("/lijst oktober", "/lijst vorig jaar"): what was done in it."""
    user_id = _with_user(update)
    if await private_only(update, context, "lijst") and user_id is not None:
        await list_asked(update, context, " ".join(context.args or []), unknown_said=True)


async def list_asked(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                     unknown_said: bool = False) -> None:
    """"Wat heb ik vorige maand gedaan": the list of that span; with none named, the whole list (after "/lijst
    bla", with which spans are read when `unknown_said`)."""
    user_id = _with_user(update)
    if await private_only(update, context, "lijst") and user_id is not None:
        span = span_asked(text, today(context)) if text else None
        page, markup = _page(user_id, 0, context, span)
        if unknown_said and text and span is None:
            page = f"{texts.SPAN_UNKNOWN.format(command='lijst')}\n\n{page}"
        await reply(update, page, reply_markup=markup)


async def meetings_list(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The reflection meetings page of /lijst, for "toon mijn intervisies"."""
    user_id = _with_user(update)
    if user_id is not None:
        text, markup = _meetings_page(user_id, context)
        await reply(update, text, reply_markup=markup)


async def list_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Paging, ✏️ and 🗑 (with confirmation) in /lijst; only the tapper's own activities are found."""
    query = await own_private_tap(update)
    if query is None:
        return
    user_id = query.from_user.id
    parts = (query.data or "").split(":")
    number_ = whole_number(parts[2], signed=True) if len(parts) in (3, 5) else None  # `number` formats points
    span = _span_kept(parts[3:]) if len(parts) == 5 else None
    if number_ is None or (len(parts) == 5 and (span is None or parts[1] != "page")):
        await query.answer(texts.BUTTON_GONE, show_alert=True)
        return
    action = parts[1]
    svc = services(context)
    if action in ("page", "meet"):
        await query.answer()
        text, markup = _page(user_id, number_, context, span) if action == "page" else _meetings_page(user_id,
                                                                                                       context)
        await _send(context, user_id, text, markup)
        return
    if action in ("mdel", "mdelok", "mdelno"):
        await _meeting_delete_tap(query, context, action, number_)
        return
    activity = svc.db.activity(user_id, number_)
    if activity is None:
        await query.answer(texts.BUTTON_GONE, show_alert=True)
        return
    await query.answer()
    if action == "del":
        await _ask_delete(context, user_id, views.activity_line(activity), "del", activity.id)
    elif action == "delok":
        await query.edit_message_text(_delete_activity(context, user_id, activity), parse_mode=ParseMode.HTML)
    elif action == "delno":
        _end_delete_question(context, user_id)
        await query.edit_message_text(texts.NOT_DELETED)
    elif action == "edit":
        await advance(context, user_id, Draft.of(activity), editing=activity.id)


def _span_kept(ends: list[str]) -> Span | None:
    """The span a list page's button keeps ("20261001", "20261031"); None for a forged one."""
    try:
        first, last = (datetime.strptime(end, "%Y%m%d").date() for end in ends)
    except ValueError:
        return None
    return Span(first, last) if first <= last else None


JUST_LOGGED = timedelta(minutes=15)  # how long after saving "het was 3 uur" is taken as a correction of it


async def correct_just_logged(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Oh nee, het was 3 uur", "het was gisteren", "verwijder die" shortly after saving an activity: its card
    with the change, to save, or the question whether to delete it (True); after saving a meeting, "verwijder
    die" asks whether to delete that; False for anything else."""
    user_id = _with_user(update)
    svc = services(context)
    told = correction(text, today(context))
    if told is None or user_id is None:
        return False
    newest, meeting = svc.db.newest_activity(user_id), svc.db.newest_reflection(user_id)
    if meeting is not None and (newest is None or meeting[1] >= newest[1]):  # a meeting was logged last
        held = meeting[0]
        named_so = told.named is None or bool(REFLECTION_WORDS.search(told.named)) or told.names("bijeenkomst")
        if svc.clock() - meeting[1] > JUST_LOGGED or told.field in ("amount", "title", "category") or not named_so:
            return False
        line = views.reflection_line(held.held_on, held.with_whom)
        if told.field == "delete":
            await _ask_delete(context, user_id, line, "mdel", held.id)
        elif svc.db.group_reflection(user_id, held.id):  # its day is the group meeting's
            await _send(context, user_id, f"{texts.MEETING_DAY_FIXED}\n{line}")
        elif told.day is not None and told.day != held.held_on:
            nonce = svc.db.save_dialog(user_id, "reflectie", "move", {"id": held.id, "held_on": told.day.isoformat()},
                                       svc.clock()).nonce
            await _send(context, user_id, f"Verzetten naar <b>{long_date(told.day)}</b>?\n{line}",
                        offer_buttons(f"rfl:ok:{nonce}", f"rfl:no:{nonce}", "✅ Ja, verzetten"))
        else:
            return False
        return True
    if newest is not None and svc.clock() - newest[1] <= JUST_LOGGED and told.names(newest[0].title):
        activity = newest[0]
    elif told.named and told.field != "delete":  # "de webinar was 3 uur", days later: the one so named, if one
        found = activity_named(told.named, svc.db.activities(user_id), today(context))
        if found is None:
            return False
        activity = found
    else:
        return False
    if told.field == "delete":
        await _ask_delete(context, user_id, views.activity_line(activity), "del", activity.id)
        return True
    if told.title is not None and (problem := title_problem(told.title)):  # "noem het …" too long: nothing changes
        await _send(context, user_id, problem)
        return True
    category = category_for(told.category, svc.rules.noloc) if told.category else None
    if told.field == "category" and category is None:  # "verander de categorie naar iets anders": no category
        choices = ", ".join(f"{c.id} ({c.short})" if c.id.isdigit() else c.short for c in svc.rules.noloc.categories)
        await _send(context, user_id, texts.CATEGORY_NOT_KNOWN.format(choices=choices))
        return True
    await _changed_card(context, user_id, activity, told.amount, told.day, told.title,
                        category.id if category else None)
    return True


async def change_named(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> bool:
    """"Verwijder de webinar van 12 november", "wijzig mijn cursus coaching": the one logged item it names, with
    the question whether to delete it or the card to change it (True); False when it names none or several fit,
    or asks to change a meeting (deleted and logged again only), where the list shows what there is."""
    user_id = _with_user(update)
    if user_id is None:
        return False
    db, day = services(context).db, today(context)
    if REFLECTION_WORDS.search(text):
        meeting = meeting_named(text, db.reflections(user_id), day) if deletes(text) else None
        if meeting is None:
            return False
        line = views.reflection_line(meeting.held_on, meeting.with_whom)
        await _ask_delete(context, user_id, line, "mdel", meeting.id)
        return True
    which, amount, new_day = change_to(text, day)  # "wijzig de cursus naar 6 uur": the change on its card
    activity = activity_named(which, db.activities(user_id), day)
    if activity is None:
        return False
    if deletes(text):
        await _ask_delete(context, user_id, views.activity_line(activity), "del", activity.id)
    else:
        await _changed_card(context, user_id, activity, amount, new_day)
    return True


async def _changed_card(context: ContextTypes.DEFAULT_TYPE, user_id: int, activity: Activity, amount: Amount | None,
                        day: date | None, title: str | None = None, category: str | None = None) -> None:
    """A logged activity's card with a new amount, day, name or category told filled in, waiting for 💾."""
    draft = Draft.of(activity)
    draft.told(amount, day)
    draft.title = title or draft.title
    draft.category = category or draft.category
    await advance(context, user_id, draft, editing=activity.id)


async def _ask_delete(context: ContextTypes.DEFAULT_TYPE, user_id: int, line: str, action: str, item_id: int,
                      above: str = "") -> None:
    """"Verwijderen?" with the item and its two buttons (`action` + "ok" or "no"); with nothing else open, it
    waits for a typed "ja" or "nee" too."""
    svc = services(context)
    if svc.db.dialog(user_id) is None:
        svc.db.save_dialog(user_id, DELETE_DIALOG, "confirm", {"action": action, "id": item_id}, svc.clock())
    text = f"Verwijderen?\n{line}"
    await _send(context, user_id, f"{above}\n{text}" if above else text, InlineKeyboardMarkup([[
        InlineKeyboardButton("🗑 Ja, verwijder", callback_data=f"ls:{action}ok:{item_id}"),
        InlineKeyboardButton("Nee", callback_data=f"ls:{action}no:{item_id}")]]))


def _end_delete_question(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> None:
    """The "Verwijderen?" answered: it no longer waits for a typed answer."""
    db = services(context).db
    dialog = db.dialog(user_id)
    if dialog is not None and dialog.name == DELETE_DIALOG:
        db.clear_dialog(user_id)


def _delete_activity(context: ContextTypes.DEFAULT_TYPE, user_id: int, activity: Activity) -> str:
    """Delete a logged activity; what to say of it."""
    _end_delete_question(context, user_id)
    services(context).db.delete_activity(user_id, activity.id)
    replan_user(context, user_id)
    return f"Verwijderd: {esc(activity.title)}."


def _delete_meeting(context: ContextTypes.DEFAULT_TYPE, user_id: int, meeting: Reflection) -> str:
    """Delete a logged reflection meeting; what to say of it, with the year's count."""
    _end_delete_question(context, user_id)
    services(context).db.delete_reflection(user_id, meeting.id)
    replan_user(context, user_id)
    line = views.reflection_line(meeting.held_on, meeting.with_whom)
    return f"Verwijderd: {line}.\n{meetings_line_for(user_id, meeting.held_on.year, context)}"


async def delete_typed(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, yes: bool) -> bool:
    """"ja" or "nee" typed under "Verwijderen?": its button (False when the item is gone)."""
    user_id = _with_user(update)
    if user_id is None or dialog.name != DELETE_DIALOG:
        return False
    svc, item_id = services(context), int(str(dialog.data["id"]))
    if dialog.updated_at is not None and svc.clock() - dialog.updated_at > JUST_LOGGED:  # long ago: the buttons
        _end_delete_question(context, user_id)
        return False
    if not yes:
        _end_delete_question(context, user_id)
        await reply(update, texts.NOT_DELETED)
        return True
    if dialog.data["action"] == "mdel":
        meeting = svc.db.reflection(user_id, item_id)
        said = _delete_meeting(context, user_id, meeting) if meeting is not None else None
    else:
        activity = svc.db.activity(user_id, item_id)
        said = _delete_activity(context, user_id, activity) if activity is not None else None
    if said is None:  # deleted meanwhile, with its own button
        _end_delete_question(context, user_id)
        return False
    await reply(update, said)
    return True


async def _meeting_delete_tap(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, action: str,
                              reflection_id: int) -> None:
    """🗑 under a reflection meeting, then its confirmation; only the tapper's own meetings are found."""
    user_id = query.from_user.id
    svc = services(context)
    meeting = svc.db.reflection(user_id, reflection_id)
    if meeting is None:
        await query.answer(texts.BUTTON_GONE, show_alert=True)
        return
    await query.answer()
    line = views.reflection_line(meeting.held_on, meeting.with_whom)
    if action == "mdel":
        await _ask_delete(context, user_id, line, "mdel", meeting.id)
    elif action == "mdelok":
        await query.edit_message_text(_delete_meeting(context, user_id, meeting), parse_mode=ParseMode.HTML)
    else:
        _end_delete_question(context, user_id)
        await query.edit_message_text(texts.NOT_DELETED)


# ---- /reflectie -----------------------------------------------------------------------------------------

async def reflectie(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reflectie [datum] [met wie]: log a reflection (intervision) meeting."""
    user_id = _with_user(update)
    if not await private_only(update, context, "reflectie") or user_id is None:
        return
    line = " ".join(context.args or [])
    if line and several_meetings(line):  # "/reflectie 3 en 10 november": one at a time
        await reply(update, texts.MEETINGS_SEVERAL)
        return
    if line:
        found, who = parse_reflection(line, today(context))
        if isinstance(found, DateProblem):
            # a wrong or future date ("31-2") is said and asked again; no date at all is simply asked
            # for, and the rest of the line is kept as who it was with
            data: dict[str, object] = {"who": who} if who and len(who) <= MAX_WHOM else {}
            if found.asks_day and found.period:  # "vorige maand": the day is asked, and read, in that month
                data["period"] = list(found.period)
            notice = found.message if found.span and "period" not in data else ""
            await _ask_reflection(update, context, "date", data, notice=notice)
            return
        await _save_or_ask_whom(update, context, found.value, who)
        return
    day = day_asked_about(update, context)
    if day is not None:
        await meeting_on(update, context, day)
        return
    await _ask_reflection(update, context, "date", {})


async def meeting_on(update: Update, context: ContextTypes.DEFAULT_TYPE, held_on: date, who: str = "") -> None:
    """A meeting held on this day, to log: stored when who it was with is said, else that is asked."""
    await _save_or_ask_whom(update, context, held_on, who)


async def _save_or_ask_whom(update: Update, context: ContextTypes.DEFAULT_TYPE, held_on: date, who: str,
                            aside: object = None) -> None:
    """The meeting is stored when who it was with is known (and not too long), and an activity told `aside`
    meanwhile offered; else who is asked."""
    user_id = _with_user(update)
    if who and len(who) <= MAX_WHOM and user_id is not None:
        await _save_reflection(update, context, held_on, who)
        if aside:
            await _offer(context, user_id, str(aside))
    else:
        await _ask_reflection(update, context, "whom", {"held_on": held_on.isoformat(),
                                                        **({"aside": aside} if aside else {})})


async def _ask_reflection(update: Update, context: ContextTypes.DEFAULT_TYPE, step: str,
                          data: dict[str, object], notice: str = "") -> None:
    svc = services(context)
    user_id = _with_user(update)
    if user_id is None:
        return
    svc.db.save_dialog(user_id, "reflectie", step, data, svc.clock())
    question = reflection_question(step, data)
    await reply(update, f"{notice}\n{question}" if notice else question)


def reflection_question(step: str, data: dict[str, object]) -> str:
    """What /reflectie asks at a step: the day (in the month said, when one was) or who it was with."""
    if step != "date":
        return texts.REFLECTION_ASK_WHOM
    period = stored_period(data.get("period"))
    return day_question(period) if period else texts.REFLECTION_ASK_DATE


async def reflectie_text(update: Update, context: ContextTypes.DEFAULT_TYPE, dialog: Dialog, text: str) -> None:
    if dialog.step == "date":
        # after "Op welke dag in oktober 2026?", "14" is that day
        found, said_whom = day_and_company(within_period(text, stored_period(dialog.data.get("period"))),
                                           today(context))
        user_id = _with_user(update)
        if isinstance(found, DateProblem) and found.span is None and COMPANY_LINKS.match(text.strip()) \
                and 0 < len(company(text)) <= MAX_WHOM and user_id is not None:
            # "met kring Noord" typed before the day: who is kept, and the day asked again
            svc = services(context)
            svc.db.save_dialog(user_id, "reflectie", "date", {**dialog.data, "who": company(text)}, svc.clock())
            await reply(update, f"{texts.PE_NOTED.format(said=esc(text.strip()))}\n"
                                f"{reflection_question('date', dialog.data)}")
            return
        if isinstance(found, DateProblem):
            asked = dict.fromkeys([found.message, reflection_question("date", dialog.data)])
            await reply(update, "\n".join(asked))
            return
        await _save_or_ask_whom(update, context, found.value, str(dialog.data.get("who") or said_whom),
                                dialog.data.get("aside"))
        return
    # "oh nee, het was eergisteren" where who is asked: that day, and who asked again; "morgen" is neither
    _, day = field_told(text, today(context), "intervisiebijeenkomst")  # "de bijeenkomst was …", not a webinar
    problem = date_alone_problem(text, today(context)) or (done_on_problem(day, today(context)) if day else None)
    if problem:
        await _ask_reflection(update, context, "whom", dialog.data, notice=problem)
        return
    if day is not None:
        await _ask_reflection(update, context, "whom", {**dialog.data, "held_on": day.isoformat()},
                              notice=texts.PE_NOTED.format(said=long_date(day)))
        return
    who = company(text)
    if not who or len(who) > MAX_WHOM:
        await reply(update, f"{texts.REFLECTION_WHOM_BAD}\n{texts.REFLECTION_ASK_WHOM}")
        return
    await _save_or_ask_whom(update, context, date.fromisoformat(str(dialog.data["held_on"])), who,
                            dialog.data.get("aside"))


async def _save_reflection(update: Update, context: ContextTypes.DEFAULT_TYPE, held_on: date, who: str) -> None:
    svc = services(context)
    user_id = _with_user(update)
    if user_id is None:
        return
    problem = done_on_problem(held_on, today(context))
    if problem:  # the day passed while the question was open: the date is asked again, with why
        await _ask_reflection(update, context, "date", {}, notice=problem)
        return
    twin = same_reflection(held_on, who, svc.db.reflections(user_id))
    if twin is None:
        svc.db.add_reflection(user_id, held_on, who, svc.clock())
    svc.db.clear_dialog(user_id)
    replan_user(context, user_id)
    meeting = views.reflection_line(held_on, twin.with_whom if twin else who)
    said = texts.REFLECTION_TWICE.format(meeting=meeting) if twin else f"Opgeslagen: {meeting}."
    line = meetings_line_for(user_id, held_on.year, context)
    await reply(update, f"{said}\n{line}", reply_markup=InlineKeyboardMarkup([[MEETINGS_BUTTON]]))


# ---- /export --------------------------------------------------------------------------------------------

async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export: the current period as CSV and as PDF."""
    user_id = _with_user(update)
    if not await private_only(update, context, "export") or user_id is None:
        return
    from bot.export import ledger_csv, ledger_pdf

    svc = services(context)
    activities, p = user_progress(user_id, context)
    days = [r.held_on for r in svc.db.reflections(user_id)]
    if not activities and not days:  # two empty files say less than one line
        await reply(update, texts.EXPORT_EMPTY)
        return
    years = range(p.period.start.year, min(p.period.end, today(context)).year + 1)
    meetings = {y: (meetings_in_year(days, y), svc.rules.noloc.meetings_required(y)) for y in years}
    user = update.effective_user
    name = user.full_name if user else ""
    stamp = today(context).isoformat()
    await context.bot.send_document(user_id, ledger_csv(activities, p), filename=f"pe-overzicht-{stamp}.csv",
                                    caption="CSV voor Excel")
    pdf = ledger_pdf(activities, p, meetings, svc.rules.noloc, today(context), name)
    await context.bot.send_document(user_id, pdf, filename=f"pe-overzicht-{stamp}.pdf",
                                    caption="PDF-overzicht van je huidige periode (eigen overzicht, geen officieel "
                                            "formulier).")
