"""Deadline arithmetic for both schemes: pure functions of a user's dates, the rules and `today`.

Month arithmetic clamps to the end of the month (31 May minus 3 months is 28 or 29 February).
Leap day: a certificate of 29 February expires on 29 February four years later, which is always a
leap year up to 2100; where that day does not exist, it expires on 28 February.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from bot.dates import long_date
from bot.rules import NolocRules, NrtoRules

Advice = Literal["positief", "uitgesteld", "negatief"]
ADVICES: tuple[Advice, ...] = ("positief", "uitgesteld", "negatief")


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the last day of the month."""
    result: date = day + relativedelta(months=months)
    return result


@dataclass(frozen=True)
class Deadline:
    """One dated step; `key` is stable, so planning again never makes a second one."""
    key: str
    day: date
    title: str
    action: str


# ---- Noloc Register Jobcoach ------------------------------------------------------------------------------

@dataclass(frozen=True)
class NolocCertificate:
    certified_on: date
    expires_on: date
    submitted_on: date | None = None
    advice: Advice | None = None
    advice_on: date | None = None


def certificate_from_expiry(expires_on: date, rules: NolocRules) -> NolocCertificate:
    return NolocCertificate(add_months(expires_on, -12 * rules.validity_years), expires_on)


def certificate_from_certification(certified_on: date, rules: NolocRules) -> NolocCertificate:
    return NolocCertificate(certified_on, add_months(certified_on, 12 * rules.validity_years))


def certificate_problem(cert: NolocCertificate, today: date, rules: NolocRules,
                        told: str = "certified") -> str | None:
    """Why these dates cannot be someone's current certificate, in Dutch; None when plausible.

    `told` is the date the user gave ("expiry" or "certified"), so the message is about that one.
    """
    # recertified within the submission window, the new period starts at the old expiry, up to that long ahead
    ahead = rules.submission_window_months if told == "expiry" else 0
    too_far = cert.expires_on > add_months(today, 12 * rules.validity_years + ahead)
    if told == "expiry" and too_far:
        return (f"Die vervaldatum ligt meer dan {rules.validity_years} jaar vooruit, terwijl een certificaat "
                f"{rules.validity_years} jaar geldig is. Kijk de datum nog eens na.")
    if cert.certified_on > add_months(today, ahead):
        return ("Een certificeringsdatum in de toekomst kan niet. Bedoelde je de datum waarop je certificaat "
                "verloopt? Zeg dan bijvoorbeeld: <i>mijn certificaat verloopt op 14 maart 2027</i>.")
    if cert.expires_on < add_months(today, -12):
        return ("Dan is je certificaat al meer dan een jaar verlopen. Ben je sindsdien opnieuw gecertificeerd? "
                "Geef dan die nieuwe datum.")
    return None


def submission_window_opens(cert: NolocCertificate, rules: NolocRules) -> date:
    return add_months(cert.expires_on, -rules.submission_window_months)


def advice_deadline(cert: NolocCertificate, rules: NolocRules) -> date | None:
    """After a deferred or negative advice: the date by which the extra work or new portfolio is due."""
    if cert.advice_on is None or cert.advice not in ("uitgesteld", "negatief"):
        return None
    months = rules.deferred_months if cert.advice == "uitgesteld" else rules.negative_months
    return add_months(cert.advice_on, months)


def result_expected(cert: NolocCertificate, rules: NolocRules) -> tuple[date, date] | None:
    """The usual window for DNV's result after submission, while no advice is recorded."""
    if cert.submitted_on is None or cert.advice is not None:
        return None
    first, last = rules.result_weeks
    return cert.submitted_on + timedelta(weeks=first), cert.submitted_on + timedelta(weeks=last)


def same_dates(a: NolocCertificate, b: NolocCertificate) -> bool:
    """The same period: a submission or advice recorded for one belongs to the other too."""
    return (a.certified_on, a.expires_on) == (b.certified_on, b.expires_on)


def after_positive_advice(cert: NolocCertificate, rules: NolocRules) -> NolocCertificate:
    """The next period: the recertification date stays the old expiry date."""
    return certificate_from_certification(cert.expires_on, rules)


def noloc_deadlines(cert: NolocCertificate, rules: NolocRules) -> list[Deadline]:
    """Every deadline of the current period, in date order."""
    expiry = cert.expires_on
    tag = expiry.isoformat()
    result = []
    if cert.submitted_on is None:
        result += [
            Deadline(f"noloc:start:{tag}", add_months(expiry, -rules.comfortable_start_months),
                     "Begin met je portfolio",
                     "Een jaar vooraf beginnen geeft je ruim de tijd voor alle stappen in de DNV Noloc Portal."),
            Deadline(f"noloc:window:{tag}", submission_window_opens(cert, rules), "Indienvenster gaat open",
                     "Je kunt je portfolio indienen; je recertificeringsdatum blijft gelijk."),
        ]
    result.append(Deadline(f"noloc:expiry:{tag}", expiry, "Je certificaat verloopt",
                           "Zorg dat je portfolio vóór deze dag is ingediend."))
    expected = result_expected(cert, rules)
    if expected and cert.submitted_on:
        result.append(Deadline(f"noloc:result:{cert.submitted_on.isoformat()}", expected[1], "Uitslag verwacht",
                               "Nog niets gehoord? Kijk in de DNV Noloc Portal of mail noloc@dnv.com."))
    deadline = advice_deadline(cert, rules)
    if deadline and cert.advice_on:
        if cert.advice == "uitgesteld":
            title, action = "Aanvullende opdracht klaar", "Pas je portfolio aan op de aanvullende opdracht."
        else:
            title, action = "Nieuw portfolio indienen", "Maak een heel nieuw portfolio en dien het in."
        result.append(Deadline(f"noloc:advice:{cert.advice}:{cert.advice_on.isoformat()}", deadline, title, action))
    return sorted(result, key=lambda d: (d.day, d.key))


def upcoming(deadlines: list[Deadline], today: date, count: int | None = 3) -> list[Deadline]:
    """The first `count` deadlines from today on (all of them for None), in the order given."""
    return [d for d in deadlines if d.day >= today][:count]


@dataclass(frozen=True)
class NolocStatus:
    cert: NolocCertificate
    days_left: int
    window_opens: date
    window_open: bool
    next_step: str
    next_deadlines: list[Deadline]
    step_names_window: bool  # next_step already says when submitting is possible (from a day, or now)


def noloc_status(cert: NolocCertificate, rules: NolocRules, today: date) -> NolocStatus:
    """Where the user stands today and what to do next."""
    opens = submission_window_opens(cert, rules)
    step, names_window = _next_step(cert, rules, today)
    return NolocStatus(cert, (cert.expires_on - today).days, opens, opens <= today <= cert.expires_on,
                       step, upcoming(noloc_deadlines(cert, rules), today), names_window)


def _next_step(cert: NolocCertificate, rules: NolocRules, today: date) -> tuple[str, bool]:
    """What to do now, and whether that sentence already says from when submitting is possible."""
    deadline = advice_deadline(cert, rules)
    if deadline and cert.advice == "negatief":
        return f"Maak een heel nieuw portfolio en dien het in vóór {long_date(deadline)}.", False
    if deadline:
        return f"Werk de aanvullende opdracht uit en pas je portfolio aan vóór {long_date(deadline)}.", False
    expected = result_expected(cert, rules)
    if expected and cert.submitted_on and cert.submitted_on > cert.expires_on:
        # the source gives no late submission: only DNV can say whether it is still taken in
        return (f"Je portfolio is ingediend na je vervaldatum ({long_date(cert.expires_on)}). "
                "Vraag DNV (noloc@dnv.com) of het nog in behandeling wordt genomen."), False
    if expected:
        if today > expected[1]:
            return "De uitslag blijft uit: kijk in de DNV Noloc Portal of mail noloc@dnv.com.", False
        return (f"Je portfolio is ingediend. De uitslag komt meestal tussen {long_date(expected[0])} "
                f"en {long_date(expected[1])}. Leg hem vast met /uitslag."), False
    opens = submission_window_opens(cert, rules)
    if today > cert.expires_on:
        return "Je certificaat is verlopen. Neem contact op met DNV (noloc@dnv.com) over je recertificering.", False
    if today >= opens:
        return ("Het indienvenster is open: dien je portfolio in via de DNV Noloc Portal. "
                "Je recertificeringsdatum blijft gelijk."), True
    start = add_months(cert.expires_on, -rules.comfortable_start_months)
    if today >= start:
        return f"Werk aan je portfolio in de DNV Noloc Portal; indienen kan vanaf {long_date(opens)}.", True
    return (f"Verzamel PE-punten en doe mee aan intervisie. Begin rond {long_date(start)} aan je portfolio: "
            "een jaar vooraf is ruim op tijd."), False


# ---- NRTO-keurmerk with Blik op Werk ----------------------------------------------------------------------

@dataclass(frozen=True)
class NrtoKeurmerk:
    keurmerk_on: date
    bow_valid_until: date
    last_combined_audit_year: int
    noncompliant_on: date | None = None
    statement_sent_on: date | None = None  # the day the last quality statement was sent
    statement_year: int | None = None  # the year it was for; None: the year of the day it was sent


def statement_sent_in(k: NrtoKeurmerk, year: int) -> bool:
    """The quality statement of `year` is sent: that year's self-evaluation deadline is met."""
    if k.statement_sent_on is None:
        return False
    return (k.statement_year or k.statement_sent_on.year) == year


LATE_STATEMENT_MONTHS = 3  # a statement sent in January to March may be the year before's, sent late


def statement_years(k: NrtoKeurmerk, sent_on: date) -> tuple[int, ...]:
    """The years a quality statement sent on `sent_on` may be for: its own year, and early in the year also the
    year before, when that year's was not recorded as sent and the keurmerk was held then (the user chooses)."""
    before = sent_on.year - 1
    if sent_on.month <= LATE_STATEMENT_MONTHS and k.keurmerk_on.year <= before and not statement_sent_in(k, before):
        return before, sent_on.year
    return (sent_on.year,)


def keurmerk_expires(k: NrtoKeurmerk, rules: NrtoRules) -> date:
    return add_months(k.keurmerk_on, 12 * rules.validity_years)


def keurmerk_date_problem(keurmerk_on: date, today: date, rules: NrtoRules) -> str | None:
    """Why this cannot be the date of someone's current NRTO-keurmerk, in Dutch; None when plausible."""
    if keurmerk_on > today:
        return "De datum van je NRTO-keurmerk ligt in de toekomst. Geef de datum waarop je het behaalde."
    if add_months(keurmerk_on, 12 * rules.validity_years) < today:
        return (f"Een NRTO-keurmerk is {rules.validity_years} jaar geldig, dus dit keurmerk is verlopen. "
                "Geef de datum van je nieuwste keurmerk.")
    return None


def keurmerk_problem(k: NrtoKeurmerk, today: date, rules: NrtoRules) -> str | None:
    """Why these NRTO dates cannot be right, in Dutch; None when plausible."""
    problem = keurmerk_date_problem(k.keurmerk_on, today, rules)
    if problem:
        return problem
    if not k.keurmerk_on.year - rules.combined_audit_every_years < k.last_combined_audit_year <= today.year:
        return ("Dat jaar van de laatste gecombineerde audit past niet bij je keurmerk. "
                f"Kies een jaar tussen {k.keurmerk_on.year - rules.combined_audit_every_years + 1} en {today.year}.")
    if k.bow_valid_until.year > today.year + 5 or k.bow_valid_until.year < today.year - 5:
        return "Die geldigheid van je Blik op Werk Keurmerk lijkt me niet te kloppen. Kijk de datum nog eens na."
    return None


def is_combined_audit_year(k: NrtoKeurmerk, year: int, rules: NrtoRules) -> bool:
    gap = year - k.last_combined_audit_year
    return gap >= 0 and gap % rules.combined_audit_every_years == 0


def next_combined_audit_year(k: NrtoKeurmerk, today: date, rules: NrtoRules) -> int:
    """This year if it is an audit year still to come, otherwise the next one."""
    year = max(today.year, k.last_combined_audit_year + 1)
    while not is_combined_audit_year(k, year, rules):
        year += 1
    return year


def statement_deadline(year: int, rules: NrtoRules) -> date:
    """The day in `year` by which the quality statement is sent (knowledge/rules.yaml: the end of the year)."""
    month, day = rules.self_evaluation_deadline
    return date(year, month, day)


def self_evaluation_due(k: NrtoKeurmerk, year: int, rules: NrtoRules) -> date | None:
    """The deadline for the self-evaluation and quality statement; None in a combined-audit year."""
    return None if is_combined_audit_year(k, year, rules) else statement_deadline(year, rules)


def statement_due(k: NrtoKeurmerk, year: int, rules: NrtoRules) -> date | None:
    """The day by which the year's quality statement must be sent, None once it is: after the self-evaluation,
    or in a combined-audit year on the audit's outcome (the NRTO page's steps for 2019 send it before 31 December
    too)."""
    return None if statement_sent_in(k, year) else statement_deadline(year, rules)


def edited_keurmerk(new: NrtoKeurmerk, stored: NrtoKeurmerk | None) -> NrtoKeurmerk:
    """The dates told anew; a failed audit or a statement sent stays, unless the keurmerk was gained after it."""
    failed = stored.noncompliant_on if stored else None
    sent = stored.statement_sent_on if stored else None
    kept = stored is not None and sent is not None and sent >= new.keurmerk_on
    return replace(new, noncompliant_on=failed if failed and failed >= new.keurmerk_on else None,
                   statement_sent_on=sent if kept else None,
                   statement_year=stored.statement_year if kept and stored else None)


def improvement_deadline(k: NrtoKeurmerk, rules: NrtoRules) -> date | None:
    return add_months(k.noncompliant_on, rules.improvement_months) if k.noncompliant_on else None


def nrto_deadlines(k: NrtoKeurmerk, rules: NrtoRules, today: date) -> list[Deadline]:
    """The NRTO deadlines from this year up to and including the next combined audit."""
    audit_year = next_combined_audit_year(k, today, rules)
    result = []
    for year in range(today.year, audit_year + 1):
        due = self_evaluation_due(k, year, rules)
        if due and statement_sent_in(k, year):
            continue  # done for that year
        if due:
            result.append(Deadline(f"nrto:selfeval:{year}", due, "Zelfevaluatie en kwaliteitsverklaring",
                                   "Stuur de kwaliteitsverklaring met een kopie van je Blik op Werk-bewijs "
                                   "naar keurmerk@nrto.nl."))
        else:
            result.append(Deadline(f"nrto:audit:{year}", date(year, 1, 1),
                                   f"Jaar van de gecombineerde audit ({year})",
                                   "Nodig Kiwa uit voor de gecombineerde NRTO/Blik op Werk-audit."))
            statement = statement_due(k, year, rules)
            if statement:
                result.append(Deadline(f"nrto:statement:{year}", statement, "Kwaliteitsverklaring na de audit",
                                       "Vul de kwaliteitsverklaring in op basis van de uitkomsten van de audit en "
                                       "stuur hem met een kopie van je Blik op Werk-bewijs naar keurmerk@nrto.nl."))
    result.append(Deadline(f"nrto:bow:{k.bow_valid_until.isoformat()}", k.bow_valid_until,
                           "Blik op Werk Keurmerk loopt af", "Zorg dat de jaarlijkse Blik op Werk-audit gepland is."))
    improve = improvement_deadline(k, rules)
    if improve and k.noncompliant_on:
        result.append(Deadline(f"nrto:improve:{k.noncompliant_on.isoformat()}", improve, "Verbeteringen aantonen",
                               "Toon aan dat je aan de eisen voldoet; anders volgt geen NRTO-keurmerk."))
    return sorted(result, key=lambda d: (d.day, d.key))


@dataclass(frozen=True)
class NrtoStatus:
    keurmerk: NrtoKeurmerk
    expires_on: date
    audit_year_now: bool
    self_evaluation_due: date | None
    next_audit_year: int
    bow_expired: bool
    improve_by: date | None
    next_deadlines: list[Deadline]
    statement_sent_on: date | None  # this year's quality statement, when it is sent
    statement_due: date | None  # this year's quality statement, while it is still to be sent


def nrto_status(k: NrtoKeurmerk, rules: NrtoRules, today: date) -> NrtoStatus:
    """Where an NRTO member stands today; this year's self-evaluation is no longer due once its statement is sent."""
    improve = improvement_deadline(k, rules)
    sent = statement_sent_in(k, today.year)
    return NrtoStatus(k, keurmerk_expires(k, rules), is_combined_audit_year(k, today.year, rules),
                      None if sent else self_evaluation_due(k, today.year, rules),
                      next_combined_audit_year(k, today, rules),
                      k.bow_valid_until < today, improve if improve and improve >= today else None,
                      upcoming(nrto_deadlines(k, rules, today), today), k.statement_sent_on if sent else None,
                      statement_due(k, today.year, rules))


def with_advice(cert: NolocCertificate, advice: Advice, on: date) -> NolocCertificate:
    return replace(cert, advice=advice, advice_on=on)
