"""Reminder planning: from a user's dates and ledger to reminders with stable keys. Pure; `now` is passed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bot.dates import AMSTERDAM, long_date
from bot.deadlines import (
    NolocCertificate,
    NrtoKeurmerk,
    add_months,
    advice_deadline,
    improvement_deadline,
    is_combined_audit_year,
    statement_due,
    submission_window_opens,
)
from bot.ledger import Activity, number, period_for, progress
from bot.rules import Rules

CIVIL_START, CIVIL_END = time(9, 0), time(20, 0)
SEND_AT = time(9, 0)  # date-based reminders go out at the start of the civil day

# Kinds a user can switch off, with their Dutch name.
KINDS: dict[str, str] = {
    "portfolio": "Recertificering (vervaldatum, indienen)",
    "advies": "Uitslag en advies",
    "pe": "PE-tempo",
    "intervisie": "Intervisie per jaar",
    "nrto": "NRTO-keurmerk",
}


def civil_hours() -> str:
    """When reminders may go out, as a reply says it: "tussen 09:00 en 20:00"."""
    return f"tussen {CIVIL_START:%H:%M} en {CIVIL_END:%H:%M}"


def civil(moment: datetime) -> datetime:
    """The moment itself within 09:00–20:00 Amsterdam time, else the next 09:00."""
    local = moment.astimezone(AMSTERDAM)
    if local.time() < CIVIL_START:
        return datetime.combine(local.date(), CIVIL_START, AMSTERDAM)
    if local.time() >= CIVIL_END:
        return datetime.combine(local.date() + timedelta(days=1), CIVIL_START, AMSTERDAM)
    return local


def is_civil(moment: datetime) -> bool:
    return CIVIL_START <= moment.astimezone(AMSTERDAM).time() < CIVIL_END


def on_day(day: date) -> datetime:
    return datetime.combine(day, SEND_AT, AMSTERDAM)


@dataclass(frozen=True)
class Planned:
    key: str
    kind: str
    due: datetime
    text: str


@dataclass
class UserData:
    """What the planner reads about one user."""
    cert: NolocCertificate | None = None
    keurmerk: NrtoKeurmerk | None = None
    activities: list[Activity] = field(default_factory=list)
    meetings: list[date] = field(default_factory=list)
    disabled: set[str] = field(default_factory=set)


def plan(user: UserData, rules: Rules, now: datetime) -> list[Planned]:
    """Every reminder still to come for this user, at civil hours, without the kinds they switched off."""
    return still_to_come(called_for(user, rules, now), now)


def still_to_come(planned: list[Planned], now: datetime) -> list[Planned]:
    """The reminders due today or later, in the order they go out."""
    today = now.astimezone(AMSTERDAM).date()
    return sorted((p for p in planned if p.due.date() >= today), key=lambda p: (p.due, p.key))


def called_for(user: UserData, rules: Rules, now: datetime) -> list[Planned]:
    """Every reminder the user's data calls for now, past ones included, without the kinds switched off: a
    reminder snoozed from one of them still has a reason to come."""
    today = now.astimezone(AMSTERDAM).date()
    planned: list[Planned] = []
    if user.cert:
        planned += _noloc(user.cert, rules, today)
        planned += _pace(user, rules, today)
        planned += _meetings(user, rules, today)
    if user.keurmerk:
        planned += _nrto(user.keurmerk, rules, today)
    return [p for p in planned if p.kind not in user.disabled]


def _noloc(cert: NolocCertificate, rules: Rules, today: date) -> list[Planned]:
    expiry, tag = cert.expires_on, cert.expires_on.isoformat()
    window = submission_window_opens(cert, rules.noloc)
    result = []
    if cert.submitted_on is None:
        steps = [
            ("12m", add_months(expiry, -12), f"Over een jaar, op {long_date(expiry)}, verloopt je certificaat als "
             "Register Jobcoach. Een goed moment om met je portfolio in de DNV Noloc Portal te beginnen."),
            ("6m", add_months(expiry, -6), f"Nog een half jaar tot {long_date(expiry)}. Werk verder aan je "
             f"portfolio; vanaf {long_date(window)} kun je het indienen."),
            ("window", window, f"Vanaf vandaag kun je je portfolio indienen; je certificaat verloopt op "
             f"{long_date(expiry)} en je recertificeringsdatum blijft gelijk."),
            ("1m", add_months(expiry, -1), f"Nog een maand: je certificaat verloopt op {long_date(expiry)}. "
             "Dien je portfolio op tijd in via de DNV Noloc Portal."),
            ("1w", expiry - timedelta(weeks=1), f"Nog een week tot {long_date(expiry)}. Is je portfolio ingediend? "
             "Leg het vast met /uitslag."),
            ("expiry", expiry, "Vandaag verloopt je certificaat als Register Jobcoach. Nog niet ingediend? Neem "
             "contact op met DNV (noloc@dnv.com)."),
        ]
        result += [Planned(f"noloc:{name}:{tag}", "portfolio", on_day(day), text) for name, day, text in steps]
    if cert.submitted_on and cert.advice is None:
        weeks = rules.noloc.result_weeks[1]  # the longest the result takes, as knowledge/rules.yaml says
        result.append(Planned(f"uitslag:{cert.submitted_on.isoformat()}", "advies",
                              on_day(cert.submitted_on + timedelta(weeks=weeks)),
                              f"Het is {weeks} weken geleden dat je je portfolio indiende. Nog geen uitslag? Kijk in "
                              "de DNV Noloc Portal en leg het advies vast met /uitslag."))
    deadline = advice_deadline(cert, rules.noloc)
    if deadline and cert.advice_on:
        what = ("de aanvullende opdracht af te ronden" if cert.advice == "uitgesteld"
                else "een heel nieuw portfolio in te dienen")
        for name, day, span in (("1m", add_months(deadline, -1), "een maand"),
                                ("1w", deadline - timedelta(weeks=1), "een week")):
            result.append(Planned(f"advies:{cert.advice}:{cert.advice_on.isoformat()}:{name}", "advies", on_day(day),
                                  f"Nog {span} tot {long_date(deadline)} om {what}."))
    return result


def _pace(user: UserData, rules: Rules, today: date) -> list[Planned]:
    """Behind a steady pace: at most one reminder per calendar quarter."""
    period = period_for(user.cert, today, rules.noloc)
    p = progress(user.activities, period, rules.noloc, today)
    quarter_of_period = (period.end - period.start).days / 4
    if (today - period.start).days < quarter_of_period or p.total_counted >= p.pace_expected or p.still_needed == 0:
        return []
    quarter = (today.month - 1) // 3 + 1
    return [Planned(f"pe-pace:{today.year}Q{quarter}", "pe", on_day(today),
                    f"Je PE-punten lopen achter: {number(p.total_counted)} van {p.required}, terwijl een gelijkmatig "
                    f"tempo nu {number(p.pace_expected)} zou geven. Plan een activiteit en leg hem vast met /pe.")]


def _meetings(user: UserData, rules: Rules, today: date) -> list[Planned]:
    required = rules.noloc.meetings_required(today.year)
    held = sum(1 for d in user.meetings if d.year == today.year)
    if held >= required:
        return []
    return [Planned(f"intervisie:{today.year}-{month:02d}", "intervisie", on_day(date(today.year, month, 1)),
                    f"Dit jaar heb je {held} van de {required} reflectiebijeenkomsten vastgelegd. Plan er nog "
                    f"{required - held} vóór het eind van het jaar en leg ze vast met /reflectie.")
            for month in (10, 12)]


def _nrto(k: NrtoKeurmerk, rules: Rules, today: date) -> list[Planned]:
    result = []
    for year in (today.year, today.year + 1):
        statement = statement_due(k, year, rules.nrto)  # None once that year's statement is sent
        due = long_date(statement) if statement else ""
        if is_combined_audit_year(k, year, rules.nrto):
            result.append(Planned(f"nrto:audit:{year}", "nrto", on_day(date(year, 1, 2)),
                                  f"{year} is het jaar van je gecombineerde NRTO/Blik op Werk-audit. Nodig Kiwa uit; "
                                  "dit jaar geen zelfevaluatie."))
            for remind in (date(year, 12, 1), date(year, 12, 15)) if statement else ():
                result.append(Planned(f"nrto:statement:{remind.isoformat()}", "nrto", on_day(remind),
                                      f"Vóór {due}: stuur de kwaliteitsverklaring, ingevuld op basis "
                                      "van de gecombineerde audit, met een kopie van je Blik op Werk-bewijs naar "
                                      "keurmerk@nrto.nl. Al verstuurd? Zeg het me via /keurmerk."))
            continue
        for remind in (date(year, 10, 1), date(year, 12, 1), date(year, 12, 15)) if statement else ():
            result.append(Planned(f"nrto:selfeval:{remind.isoformat()}", "nrto", on_day(remind),
                                  f"Vóór {due}: rond de zelfevaluatie af en stuur de "
                                  "kwaliteitsverklaring met een kopie van je Blik op Werk-bewijs naar "
                                  "keurmerk@nrto.nl. Al verstuurd? Zeg het me via /keurmerk, dan stoppen deze "
                                  "herinneringen voor dit jaar."))
    bow = k.bow_valid_until  # renewed by the yearly Blik op Werk audit, which must be planned in time
    for name, day, span in (("2m", add_months(bow, -2), "twee maanden"),
                            ("2w", bow - timedelta(weeks=2), "twee weken")):
        result.append(Planned(f"nrto:bow:{bow.isoformat()}:{name}", "nrto", on_day(day),
                              f"Over {span}, op {long_date(bow)}, loopt je Blik op Werk Keurmerk af. Is de jaarlijkse "
                              "Blik op Werk-audit gepland? Na de audit: vertel me tot wanneer het nu geldig is."))
    improve = improvement_deadline(k, rules.nrto)
    if improve and k.noncompliant_on:
        for name, day, span in (("1m", add_months(improve, -1), "een maand"),
                                ("1w", improve - timedelta(weeks=1), "een week")):
            result.append(Planned(f"nrto:improve:{k.noncompliant_on.isoformat()}:{name}", "nrto", on_day(day),
                                  f"Nog {span} tot {long_date(improve)} om aan te tonen dat je aan de eisen "
                                  "voldoet."))
    return result
