"""Phone-sized HTML texts for the personal screens (status, confirmations); no Telegram import."""

from __future__ import annotations

from datetime import date

from bot.dates import days_left_phrase, days_phrase, long_date, short_date
from bot.deadlines import Deadline, NolocCertificate, NolocStatus, NrtoKeurmerk, NrtoStatus
from bot.html import esc
from bot.intents import DateKind
from bot.ledger import Activity, Draft, Progress, number, pe_points
from bot.meetings import DaysNamed, Meeting
from bot.rules import Category, NolocRules


def certificate_confirmation(cert: NolocCertificate, kind: DateKind, today: date,
                             stored: NolocCertificate | None = None) -> str:
    """Repeat the understood date in words and the derived one, and ask to confirm; with dates stored
    already, say which would be replaced and what recorded for them would go with them."""
    if kind == "expiry":
        starts = "Je nieuwe periode begint dan op" if cert.certified_on > today else "Dan ben je (her)gecertificeerd op"
        lines = [f"Ik begrijp: je certificaat <b>verloopt op {long_date(cert.expires_on)}</b>.",
                 f"{starts} {long_date(cert.certified_on)}."]
    else:
        lines = [f"Ik begrijp: je bent <b>(her)gecertificeerd op {long_date(cert.certified_on)}</b>.",
                 f"Dan verloopt je certificaat op {long_date(cert.expires_on)}."]
    if stored is not None:
        lines.append(replaces([f"verloopt op {long_date(stored.expires_on)}"]))
        recorded = [what for what, day in (("het indienen", stored.submitted_on),
                                           ("het advies", stored.advice_on)) if day]
        if recorded:
            lines.append(f"⚠️ Wat je vastlegde over {' en '.join(recorded)} hoort bij die datum en vervalt dan.")
    return "\n".join([*lines, "Klopt dat? Ik sla het pas op als je bevestigt."])


def replaces(stored: list[str]) -> str:
    """The line under a card that says which stored dates it replaces; empty when it replaces none."""
    return f"Nu opgeslagen: {', '.join(stored)}; dat vervang ik." if stored else ""


def keurmerk_replaced(k: NrtoKeurmerk, stored: NrtoKeurmerk | None) -> list[str]:
    """The stored NRTO dates that `k` changes, as the card names them."""
    if stored is None:
        return []
    return [said for old, new, said in (
        (stored.keurmerk_on, k.keurmerk_on, f"behaald op {long_date(stored.keurmerk_on)}"),
        (stored.bow_valid_until, k.bow_valid_until, f"Blik op Werk geldig tot {long_date(stored.bow_valid_until)}"),
        (stored.last_combined_audit_year, k.last_combined_audit_year,
         f"laatste gecombineerde audit {stored.last_combined_audit_year}")) if old != new]


def certificate_saved(status: NolocStatus) -> str:
    """The reply to a confirmed certificate date: when it expires, or that it has."""
    day = long_date(status.cert.expires_on)
    if status.days_left < 0:
        return f"Opgeslagen. Je certificaat is verlopen op <b>{day}</b>."
    return f"Opgeslagen. Je certificaat verloopt op <b>{day}</b> ({days_left_phrase(status.days_left)})."


def keurmerk_saved(status: NrtoStatus, today: date) -> str:
    """The reply to confirmed NRTO dates: until when the keurmerk holds, and the first step due."""
    lines = [f"Opgeslagen. Je NRTO-keurmerk is geldig tot <b>{long_date(status.expires_on)}</b>."]
    lines += [f"➡️ Eerst: {_deadline_line(d, today)}" for d in status.next_deadlines[:1]]
    return "\n".join([*lines, "Al je deadlines staan in /status."])


def _deadline_line(d: Deadline, today: date) -> str:
    """'31 dec 2026 (over 39 dagen): Zelfevaluatie en kwaliteitsverklaring'."""
    return f"{short_date(d.day)} ({days_phrase((d.day - today).days)}): {esc(d.title)}"


def first_deadline_line(deadlines: list[Deadline], today: date) -> str:
    """"Wat is mijn eerstvolgende deadline": the earliest to come of all the schemes shown, above them."""
    return f"⏭ <b>Eerstvolgende deadline:</b> {_deadline_line(min(deadlines, key=lambda d: d.day), today)}"


def _deadline_lines(deadlines: list[Deadline], today: date) -> list[str]:
    return [f"• {_deadline_line(d, today)}" for d in deadlines]


def noloc_section(status: NolocStatus, today: date) -> list[str]:
    cert = status.cert
    lines = ["<b>Register Jobcoach</b>"]
    if status.days_left >= 0:
        lines.append(f"Geldig tot {long_date(cert.expires_on)}, {days_left_phrase(status.days_left)}.")
    else:
        lines.append(f"Verlopen op {long_date(cert.expires_on)}.")
    if cert.submitted_on:
        lines.append(f"Portfolio ingediend op {short_date(cert.submitted_on)}.")
    if cert.advice and cert.advice_on:
        lines.append(f"Advies: {cert.advice} ({short_date(cert.advice_on)}).")
    elif cert.submitted_on:
        pass  # submitted: when submitting is possible no longer matters
    elif today < status.window_opens and not status.step_names_window:  # open: the next step says so
        lines.append(f"Indienen kan vanaf {long_date(status.window_opens)}.")
    lines.append(f"➡️ {esc(status.next_step)}")
    if status.next_deadlines:
        lines += ["Komende deadlines:", *_deadline_lines(status.next_deadlines, today)]
    return lines


def nrto_section(status: NrtoStatus, today: date) -> list[str]:
    lines = ["<b>NRTO-keurmerk</b>", f"Geldig tot {long_date(status.expires_on)}."]
    if status.audit_year_now:
        after = (f" Na de audit: de kwaliteitsverklaring, ingevuld op basis van de uitkomsten, vóór "
                 f"{long_date(status.statement_due)} naar keurmerk@nrto.nl." if status.statement_due else "")
        lines.append(f"{today.year} is het jaar van de gecombineerde NRTO/Blik op Werk-audit; "
                     f"dan geen zelfevaluatie.{after}")
    if status.statement_sent_on:
        lines.append(f"Dit jaar: ✅ kwaliteitsverklaring verstuurd op {long_date(status.statement_sent_on)}.")
    elif status.self_evaluation_due:
        # only the statement is sent: the self-evaluation is kept for the next audit (NRTO page)
        lines.append(f"Dit jaar: zelfevaluatie doen (zelf bewaren, niet opsturen) en vóór "
                     f"{long_date(status.self_evaluation_due)} de kwaliteitsverklaring met een kopie van je "
                     "Blik op Werk-bewijs naar keurmerk@nrto.nl.")
    lines.append(f"Volgende gecombineerde audit: {status.next_audit_year}.")
    bow = status.keurmerk.bow_valid_until
    lines.append(f"Blik op Werk Keurmerk {'was geldig tot' if status.bow_expired else 'geldig tot'} "
                 f"{short_date(bow)}{' — verlopen!' if status.bow_expired else ''} (audit ieder jaar).")
    if status.improve_by:
        lines.append(f"⚠️ Verbeteringen aantonen vóór {long_date(status.improve_by)}.")
    if status.next_deadlines:
        lines += ["Komende deadlines:", *_deadline_lines(status.next_deadlines, today)]
    return lines


def keurmerk_confirmation(k: NrtoKeurmerk, stored: NrtoKeurmerk | None = None) -> str:
    """The gathered NRTO dates to confirm; with a failed audit stored, whether it stays."""
    lines = ["<b>Klopt dit?</b>",
             f"NRTO-keurmerk behaald op {long_date(k.keurmerk_on)}.",
             f"Blik op Werk Keurmerk geldig tot {long_date(k.bow_valid_until)}.",
             f"Laatste gecombineerde audit: {k.last_combined_audit_year}."]
    replaced = replaces(keurmerk_replaced(k, stored))
    if replaced:
        lines.append(replaced)
    failed = stored.noncompliant_on if stored else None
    if failed and k.noncompliant_on:
        lines.append(f"De audit van {long_date(failed)} (niet voldaan) blijft staan.")
    elif failed:
        lines.append(f"De audit van {long_date(failed)} (niet voldaan) was vóór dit keurmerk; die haal ik weg.")
    return "\n".join([*lines, "Ik sla het pas op als je bevestigt."])


NO_DATES = ("Ik ken je datums nog niet. Vertel ze me, bijvoorbeeld: <i>mijn certificaat verloopt op "
            "14 maart 2027</i> (of /certificaat). NRTO-lid? Kies /keurmerk.")


# ---- PE ledger ------------------------------------------------------------------------------------------

def _bar(part: float, whole: float, width: int = 10) -> str:
    filled = min(width, round(width * part / whole)) if whole else 0
    return "▓" * filled + "░" * (width - filled)


def _limit(category: Category) -> str:
    if category.max is not None:
        return f"max {number(category.max)}"
    return "maximum: zie het toetsingskader" if category.min is None else ""


def _name(category: Category) -> str:
    """'categorie 3', or the category's own short name when it has no number ('Overige')."""
    return f"categorie {esc(category.id)}" if category.id.isdigit() else esc(category.short)


def points_lines(p: Progress) -> list[str]:
    """Points against the rules: total, category minimum, caps, missing evidence, what is still needed."""
    period = f"{short_date(p.period.start)} – {short_date(p.period.end)}"
    lines = [f"<b>PE-punten</b> ({period})"]
    if not p.period.known:
        years = p.period.end.year - p.period.start.year  # the rules' validity_years, as period_for counted back
        lines.append(f"<i>Nog geen certificaatdatum: ik tel de laatste {years} jaar. "
                     "Leg hem vast met /certificaat.</i>")
    percent = round(100 * p.total_counted / p.required) if p.required else 0
    lines.append(f"Totaal: <b>{number(p.total_counted)}</b> van {p.required} {_bar(p.total_counted, p.required)} "
                 f"{min(percent, 100)}%")
    for row in p.categories:
        c = row.category
        label = f"Cat. {c.id} ({esc(c.short)})" if c.id.isdigit() else esc(c.short)
        if c.min is not None:
            mark = "✅" if row.counted >= c.min else f"nog {number(c.min - row.counted)}"
            lines.append(f"{label}: {number(row.counted)} van minimaal {c.min} {mark}")
        elif row.logged != row.counted:
            lines.append(f"{label}: {number(row.logged)} gelogd, telt {number(row.counted)} ({_limit(c)})")
        else:
            lines.append(f"{label}: {number(row.logged)} ({_limit(c)})")
    if p.without_evidence:
        lines.append(f"📎 Zonder bewijs: {p.without_evidence} activiteit{'en' if p.without_evidence > 1 else ''}.")
    if p.outside_period:
        lines.append(f"Buiten deze periode (telt niet): {p.outside_period}.")
    # the sources say these categories have a maximum but not how high: the total may count too much
    unknown_cap = [_name(row.category) for row in p.categories
                   if row.category.max is None and row.category.min is None and row.logged > 0]
    first = p.categories[0].category.id if p.categories else ""  # the category with a minimum
    cat1 = p.category_short(first) if first else 0
    if p.still_needed or cat1:
        if cat1 >= p.still_needed:  # the category's minimum needs more than the total: those points fill both
            lines.append(f"Nog nodig: {number(cat1)} punten in categorie {first}.")
        elif cat1:
            lines.append(f"Nog nodig: {number(p.still_needed)} punten, "
                         f"waarvan nog {number(cat1)} in categorie {first}.")
        else:
            lines.append(f"Nog nodig: {number(p.still_needed)} punten.")
        if unknown_cap:
            lines.append(f"Let op: {' en '.join(unknown_cap)} {'heeft' if len(unknown_cap) == 1 else 'hebben'} "
                         "een maximum (zie het toetsingskader); punten daarboven tellen niet mee.")
    elif unknown_cap:
        lines.append(f"🎉 Je PE-punten zijn compleet, als je punten in {' en '.join(unknown_cap)} onder het "
                     "maximum uit het toetsingskader blijven.")
    else:
        lines.append("🎉 Je PE-punten zijn compleet.")
    if p.period.known and p.total_counted < p.pace_expected:
        lines.append(f"Tempo: bij gelijkmatig opbouwen had je nu {number(p.pace_expected)} punten.")
    return lines


def points_in_span(span: str, points: float, count: int) -> str:
    """"<b>In oktober 2026: 2 PE-punten</b> (1 activiteit)" above the points card."""
    activities = "1 activiteit" if count == 1 else f"{count} activiteiten"
    return f"<b>{span[0].upper()}{span[1:]}: {pe_points(points)}</b> ({activities})\n"


def meetings_line(year: int, held: int, required: int) -> str:
    if required == 0:
        return f"Intervisie {year}: {held} (dat jaar nog geen minimum)."
    mark = "✅" if held >= required else f"(nog {required - held} te gaan)"
    return f"Intervisie {year}: {held} van {required} {mark}"


def reflection_line(held_on: date, with_whom: str) -> str:
    """One reflection meeting as the user reads it: "intervisie op zondag 22 november 2026 met kring Noord"."""
    return f"intervisie op {long_date(held_on)} met {esc(with_whom)}"


def clip(text: str, limit: int) -> str:
    """Shortened at a word boundary, with an ellipsis, to fit one phone line."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:  # the cut falls inside a word: drop that word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def activity_line(a: Activity) -> str:
    evidence = " 📎" if a.evidence else ""
    title = esc(clip(a.title, 40))
    return f"{short_date(a.done_on)} · {title} · {number(a.points)} pt · cat. {esc(a.category)}{evidence}"


def draft_summary(d: Draft, rules: NolocRules) -> str:
    """The summary before saving, with any warnings."""
    category = rules.category(d.category or "")
    lines = ["<b>Klopt dit?</b>",
             f"📝 {esc(d.title or '')}",
             f"📅 {long_date(d.done_on) if d.done_on else '-'}",
             f"⏱ {d.amount.spoken() if d.amount else '-'}"
             + (f" = {pe_points(d.amount.points(rules))}" if d.amount and d.amount.unit != "punten" else ""),
             f"🗂 {esc(category.name) if category else '-'}",
             f"📎 {esc(d.evidence) if d.evidence else 'geen bewijs'}"]
    lines += [f"⚠️ {w}" for w in d.warnings]
    return "\n".join(lines)


# ---- group meetings -------------------------------------------------------------------------------------

def _names(answers: list[tuple[str, str]], said: str) -> list[str]:
    """The (escaped) names of those whose answer to a meeting is `said`: "ja" or "nee"."""
    return [esc(name) for name, answer in answers if answer == said]


def meeting_card(meeting: Meeting, answers: list[tuple[str, str]], logged: int = 0) -> str:
    """The card in the group: when, topic, who comes; no personal figures, only the names people tapped with."""
    coming, not_coming = _names(answers, "ja"), _names(answers, "nee")
    lines = [f"<b>Intervisie</b> — {meeting.when}"]
    if meeting.topic:
        lines.append(f"Onderwerp: {esc(meeting.topic)}")
    if meeting.place:
        lines.append(f"Waar: {esc(meeting.place)}")
    if meeting.state == "cancelled":
        lines.append("❌ <b>Geannuleerd</b>")
        return "\n".join(lines)
    lines.append(f"✅ Doen mee ({len(coming)}): {', '.join(coming) or '—'}")
    lines.append(f"🚫 Kunnen niet ({len(not_coming)}): {', '.join(not_coming) or '—'}")
    if meeting.card_after:
        lines.append(f"Afgelopen. Was je erbij? Tik hieronder; ik zet het in je eigen overzicht. ({logged} vastgelegd)")
    return "\n".join(lines)


def group_overview(upcoming: list[tuple[Meeting, list[tuple[str, str]]]], held: int, year: int,
                   days: DaysNamed | None = None, names: bool = False, absent: bool = False) -> str:
    """/groep: the next planned meetings with how many come (and who, with `names`, and who cannot, with `absent`:
    the cards show them too), and how many were held this year; with the `days` asked about, only theirs, or that
    nothing is planned then. `upcoming` holds each meeting with its answers (name, "ja" or "nee")."""
    lines = ["<b>Intervisie in deze groep</b>"]
    then = [(m, answers) for m, answers in upcoming if days is not None and days.holds(m)]
    if days is not None and upcoming and not then:
        lines.append(f"{days.said()} staat geen intervisie gepland. Wel:")
    for m, answers in then or upcoming[:5]:
        topic = "".join(f" — {esc(part)}" for part in (m.topic, m.place) if part)
        coming, cannot = _names(answers, "ja"), _names(answers, "nee")
        who = f": {', '.join(coming)}" if names and coming else ""
        not_coming = f"; kunnen niet: {', '.join(cannot)}" if absent and cannot else ""
        lines.append(f"• {m.when}{topic} ({len(coming)} doen mee{who}{not_coming})")
    if not upcoming:
        lines.append("Nog niets gepland. Plan met <code>/intervisie 12 december 14:00 onderwerp</code>.")
    lines.append(f"Gehouden in {year}: {held}.")
    return "\n".join(lines)


GROUP_CAN = (
    "In deze groep kan ik:\n"
    "• intervisie plannen: <code>/intervisie 12 december 14:00 casus bespreken</code>\n"
    "• vragen beantwoorden over recertificering: <code>/vraag …</code>, of noem @{username}\n"
    "• laten zien wat er gepland is: /groep\n"
    "• meedoen of afmelden: tik onder de bijeenkomst op ✅ Ik doe mee of 🚫 Kan niet\n"
    "Ik reageer alleen op opdrachten, vermeldingen en antwoorden op mijn berichten. "
    "Persoonlijke gegevens (datums, punten) blijven in je privéchat met mij."
)
GROUP_INTRO = "Hallo! Ik ben <b>recertbot</b>. " + GROUP_CAN
