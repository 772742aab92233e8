"""The rule engine, table-driven: month ends, leap days, year boundaries, advice paths, NRTO years."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.dates import long_date
from bot.deadlines import (
    NolocCertificate,
    NrtoKeurmerk,
    add_months,
    advice_deadline,
    after_positive_advice,
    certificate_from_certification,
    certificate_from_expiry,
    certificate_problem,
    edited_keurmerk,
    is_combined_audit_year,
    keurmerk_problem,
    next_combined_audit_year,
    noloc_deadlines,
    noloc_status,
    nrto_deadlines,
    nrto_status,
    result_expected,
    self_evaluation_due,
    statement_sent_in,
    statement_years,
    submission_window_opens,
)
from bot.rules import Rules
from bot.views import keurmerk_confirmation, noloc_section, nrto_section

D = date


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2027, 5, 31), -3, D(2027, 2, 28)),   # month end clamps to the shorter month
    (D(2028, 5, 31), -3, D(2028, 2, 29)),   # ... in a leap year to the 29th
    (D(2027, 3, 31), -1, D(2027, 2, 28)),
    (D(2027, 1, 15), -3, D(2026, 10, 15)),  # across a year boundary
    (D(2026, 11, 30), 3, D(2027, 2, 28)),
    (D(2024, 2, 29), 48, D(2028, 2, 29)),   # leap day plus four years: again a leap day
    (D(2096, 2, 29), 48, D(2100, 2, 28)),   # 2100 is no leap year: 28 February
])
def test_add_months_clamps_to_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(("certified", "expires", "window"), [
    (D(2023, 2, 1), D(2027, 2, 1), D(2026, 11, 1)),
    (D(2023, 5, 31), D(2027, 5, 31), D(2027, 2, 28)),
    (D(2024, 2, 29), D(2028, 2, 29), D(2027, 11, 29)),  # chosen: leap-day certificates expire on a leap day
    (D(2022, 12, 31), D(2026, 12, 31), D(2026, 9, 30)),
    (D(2023, 1, 1), D(2027, 1, 1), D(2026, 10, 1)),
])
def test_expiry_and_submission_window(rules: Rules, certified: date, expires: date, window: date) -> None:
    cert = certificate_from_certification(certified, rules.noloc)
    assert cert.expires_on == expires
    assert certificate_from_expiry(expires, rules.noloc).certified_on == certified
    assert submission_window_opens(cert, rules.noloc) == window


@pytest.mark.parametrize(("today", "cert", "problem"), [
    (D(2026, 11, 22), NolocCertificate(D(2023, 3, 14), D(2027, 3, 14)), None),
    (D(2026, 11, 22), NolocCertificate(D(2026, 12, 1), D(2030, 12, 1)), "toekomst"),
    (D(2026, 11, 22), NolocCertificate(D(2026, 11, 22), D(2030, 11, 22)), None),  # certified today
    (D(2026, 11, 22), NolocCertificate(D(2026, 11, 24), D(2030, 11, 24)), "toekomst"),
    (D(2026, 11, 22), NolocCertificate(D(2021, 1, 1), D(2025, 1, 1)), "verlopen"),
    (D(2026, 11, 22), NolocCertificate(D(2022, 12, 1), D(2026, 12, 1)), None),
    (D(2026, 11, 22), NolocCertificate(D(2022, 1, 1), D(2026, 1, 1)), None),  # just expired: still accepted
])
def test_certificate_plausibility(rules: Rules, today: date, cert: NolocCertificate, problem: str | None) -> None:
    found = certificate_problem(cert, today, rules.noloc)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_expiry_more_than_four_years_ahead_is_refused(rules: Rules) -> None:
    cert = certificate_from_expiry(D(2031, 3, 1), rules.noloc)
    problem = certificate_problem(cert, D(2026, 11, 22), rules.noloc, told="expiry")
    assert problem is not None and "4 jaar" in problem
    told_certified = certificate_problem(cert, D(2026, 11, 22), rules.noloc, told="certified")
    assert told_certified is not None and "toekomst" in told_certified


@pytest.mark.parametrize(("today", "expires"), [
    (D(2026, 11, 22), D(2031, 1, 1)),  # recertified early: the new period starts at the old expiry, 1-1-2027
    (D(2027, 4, 15), D(2031, 6, 1)),  # was refused as more than 4 years ahead
    (D(2027, 4, 15), D(2031, 7, 15)),  # the window's 3 months to the day
])
def test_a_renewed_certificate_may_start_within_the_submission_window(rules: Rules, today: date,
                                                                      expires: date) -> None:
    cert = certificate_from_expiry(expires, rules.noloc)
    assert certificate_problem(cert, today, rules.noloc, told="expiry") is None


@pytest.mark.parametrize(("advice", "on", "deadline"), [
    ("uitgesteld", D(2027, 1, 10), D(2027, 4, 10)),
    ("negatief", D(2027, 1, 10), D(2027, 4, 10)),
    ("uitgesteld", D(2026, 11, 30), D(2027, 2, 28)),
    ("positief", D(2027, 1, 10), None),
])
def test_advice_paths(rules: Rules, advice: str, on: date, deadline: date | None) -> None:
    cert = NolocCertificate(D(2023, 3, 14), D(2027, 3, 14), D(2026, 12, 20), advice, on)  # type: ignore[arg-type]
    assert advice_deadline(cert, rules.noloc) == deadline
    keys = [d.key for d in noloc_deadlines(cert, rules.noloc)]
    assert any(k.startswith(f"noloc:advice:{advice}") for k in keys) == (deadline is not None)


def test_submission_expects_result_after_six_to_eight_weeks(rules: Rules) -> None:
    cert = NolocCertificate(D(2023, 3, 14), D(2027, 3, 14), submitted_on=D(2027, 1, 4))
    assert result_expected(cert, rules.noloc) == (D(2027, 2, 15), D(2027, 3, 1))
    titles = [d.title for d in noloc_deadlines(cert, rules.noloc)]
    assert "Uitslag verwacht" in titles and "Indienvenster gaat open" not in titles
    status = noloc_status(cert, rules.noloc, D(2027, 1, 20))
    assert "ingediend" in status.next_step
    assert "DNV Noloc Portal" in noloc_status(cert, rules.noloc, D(2027, 3, 5)).next_step


def test_a_submission_after_expiry_is_sent_to_dnv(rules: Rules) -> None:
    late = NolocCertificate(D(2023, 3, 14), D(2027, 3, 14), submitted_on=D(2027, 3, 20))
    step = noloc_status(late, rules.noloc, D(2027, 3, 25)).next_step
    assert "na je vervaldatum" in step and "noloc@dnv.com" in step
    on_time = NolocCertificate(D(2023, 3, 14), D(2027, 3, 14), submitted_on=D(2027, 3, 14))
    assert "na je vervaldatum" not in noloc_status(on_time, rules.noloc, D(2027, 3, 25)).next_step


def test_positive_advice_keeps_the_recertification_date(rules: Rules) -> None:
    cert = NolocCertificate(D(2023, 3, 14), D(2027, 3, 14), D(2027, 1, 4), "positief", D(2027, 2, 20))
    nxt = after_positive_advice(cert, rules.noloc)
    assert (nxt.certified_on, nxt.expires_on, nxt.submitted_on, nxt.advice) == (D(2027, 3, 14), D(2031, 3, 14),
                                                                                None, None)


@pytest.mark.parametrize(("today", "open_", "step"), [
    (D(2025, 1, 1), False, "Verzamel PE-punten"),
    (D(2026, 3, 14), False, "Werk aan je portfolio"),    # a year ahead: start
    (D(2026, 12, 13), False, "Werk aan je portfolio"),
    (D(2026, 12, 14), True, "indienvenster is open"),    # exactly 3 months before
    (D(2027, 3, 14), True, "indienvenster is open"),     # the expiry day itself
    (D(2027, 3, 15), False, "verlopen"),
])
def test_status_phases(rules: Rules, today: date, open_: bool, step: str) -> None:
    status = noloc_status(certificate_from_expiry(D(2027, 3, 14), rules.noloc), rules.noloc, today)
    assert status.window_open == open_
    assert step in status.next_step
    assert all(d.day >= today for d in status.next_deadlines) and len(status.next_deadlines) <= 3


def test_deadline_keys_are_stable(rules: Rules) -> None:
    cert = certificate_from_expiry(D(2027, 3, 14), rules.noloc)
    assert [d.key for d in noloc_deadlines(cert, rules.noloc)] == [
        "noloc:start:2027-03-14", "noloc:window:2027-03-14", "noloc:expiry:2027-03-14"]


KEURMERK_ON, BOW_UNTIL = D(2024, 3, 1), D(2027, 3, 1)


def keurmerk(on: date = KEURMERK_ON, bow: date = BOW_UNTIL, audit: int = 2024,
             noncompliant: date | None = None) -> NrtoKeurmerk:
    return NrtoKeurmerk(on, bow, audit, noncompliant)


@pytest.mark.parametrize(("year", "audit_year", "due"), [
    (2024, True, None),
    (2025, False, D(2025, 12, 31)),
    (2026, False, D(2026, 12, 31)),
    (2027, False, D(2027, 12, 31)),
    (2028, True, None),
    (2029, False, D(2029, 12, 31)),
    (2023, False, D(2023, 12, 31)),
])
def test_nrto_audit_and_self_evaluation_years(rules: Rules, year: int, audit_year: bool, due: date | None) -> None:
    k = keurmerk()
    assert is_combined_audit_year(k, year, rules.nrto) == audit_year
    assert self_evaluation_due(k, year, rules.nrto) == due


@pytest.mark.parametrize(("today", "next_audit"), [
    (D(2024, 6, 1), 2028), (D(2026, 11, 22), 2028), (D(2028, 1, 1), 2028), (D(2028, 12, 31), 2028),
    (D(2029, 1, 1), 2032),
])
def test_next_combined_audit(rules: Rules, today: date, next_audit: int) -> None:
    assert next_combined_audit_year(keurmerk(), today, rules.nrto) == next_audit


@pytest.mark.parametrize(("stored", "new", "kept"), [
    (None, keurmerk(), None),
    (keurmerk(noncompliant=D(2026, 10, 31)), keurmerk(bow=D(2028, 3, 1)), D(2026, 10, 31)),  # other dates: stays
    (keurmerk(noncompliant=D(2026, 10, 31)), keurmerk(on=D(2026, 10, 31)), D(2026, 10, 31)),  # the same day
    (keurmerk(noncompliant=D(2026, 10, 31)), keurmerk(on=D(2026, 11, 15)), None),  # gained after the audit
    (keurmerk(), keurmerk(bow=D(2028, 3, 1)), None),
])
def test_a_failed_audit_outlives_an_edit_unless_the_keurmerk_came_after(
        stored: NrtoKeurmerk | None, new: NrtoKeurmerk, kept: date | None) -> None:
    assert edited_keurmerk(new, stored) == NrtoKeurmerk(new.keurmerk_on, new.bow_valid_until,
                                                        new.last_combined_audit_year, kept)


@pytest.mark.parametrize(("new", "says"), [
    (keurmerk(bow=D(2028, 3, 1)), "De audit van zaterdag 31 oktober 2026 (niet voldaan) blijft staan."),
    (keurmerk(on=D(2026, 11, 15)), "was vóór dit keurmerk; die haal ik weg."),
])
def test_the_keurmerk_card_says_what_becomes_of_a_failed_audit(new: NrtoKeurmerk, says: str) -> None:
    stored = keurmerk(noncompliant=D(2026, 10, 31))
    assert says in keurmerk_confirmation(edited_keurmerk(new, stored), stored)
    assert "niet voldaan" not in keurmerk_confirmation(edited_keurmerk(new, None), None)


def test_nrto_status_and_improvement_deadline(rules: Rules) -> None:
    k = keurmerk(noncompliant=D(2026, 10, 31))
    status = nrto_status(k, rules.nrto, D(2026, 11, 22))
    assert status.self_evaluation_due == D(2026, 12, 31) and not status.audit_year_now
    assert status.improve_by == D(2027, 1, 31)
    assert status.expires_on == D(2028, 3, 1)
    keys = [d.key for d in nrto_deadlines(k, rules.nrto, D(2026, 11, 22))]
    assert keys[:2] == ["nrto:selfeval:2026", "nrto:improve:2026-10-31"]
    assert "nrto:audit:2028" in keys and "nrto:selfeval:2028" not in keys


@pytest.mark.parametrize(("k", "problem"), [
    (keurmerk(), None),
    (keurmerk(on=D(2027, 1, 1), audit=2027), "toekomst"),
    (keurmerk(on=D(2020, 1, 1), audit=2020), "verlopen"),
    (keurmerk(audit=2030), "jaar"),
    (keurmerk(audit=2019), "jaar"),
    (keurmerk(bow=D(2040, 1, 1)), "Blik op Werk"),
])
def test_keurmerk_plausibility(rules: Rules, k: NrtoKeurmerk, problem: str | None) -> None:
    found = keurmerk_problem(k, D(2026, 11, 22), rules.nrto)
    assert (found is None) if problem is None else (found is not None and problem in found)


@pytest.mark.parametrize("today", [D(2025, 1, 1), D(2026, 6, 1), D(2026, 12, 13)])
def test_status_names_the_window_opening_once(rules: Rules, today: date) -> None:
    """Before the window opens, /status says from when submitting is possible: once, in one place."""
    status = noloc_status(certificate_from_expiry(D(2027, 3, 14), rules.noloc), rules.noloc, today)
    text = "\n".join(noloc_section(status, today)).lower()
    assert text.count("indienen kan vanaf") == 1
    assert text.count(long_date(status.window_opens).lower()) == 1


def test_status_says_once_that_the_window_is_open(rules: Rules) -> None:
    """In the window, "Indienen kan nu: het venster is open." stood above "➡️ Het indienvenster is open: …"."""
    today = D(2027, 1, 1)
    status = noloc_status(certificate_from_expiry(D(2027, 3, 14), rules.noloc), rules.noloc, today)
    text = "\n".join(noloc_section(status, today)).lower()
    assert status.window_open and text.count("venster is open") == 1 and "dien je portfolio in" in text


def test_status_of_a_submitted_portfolio_no_longer_says_submitting_is_possible(rules: Rules) -> None:
    cert = NolocCertificate(D(2023, 1, 1), D(2027, 1, 1), submitted_on=D(2026, 11, 20))  # in the open window
    today = D(2026, 12, 15)
    text = "\n".join(noloc_section(noloc_status(cert, rules.noloc, today), today))
    assert "Portfolio ingediend op" in text and "Indienen kan" not in text


def test_a_quality_statement_sent_ends_that_years_self_evaluation_deadline(rules: Rules) -> None:
    sent = replace(keurmerk(), statement_sent_on=D(2026, 11, 20))
    status = nrto_status(sent, rules.nrto, D(2026, 11, 22))
    assert status.statement_sent_on == D(2026, 11, 20) and status.self_evaluation_due is None
    keys = [d.key for d in nrto_deadlines(sent, rules.nrto, D(2026, 11, 22))]
    assert "nrto:selfeval:2026" not in keys and "nrto:selfeval:2027" in keys  # next year's is still to do
    # sent last year: this year's deadline stands, and the status does not claim it was sent
    last_year = nrto_status(sent, rules.nrto, D(2027, 2, 1))
    assert last_year.statement_sent_on is None and last_year.self_evaluation_due == D(2027, 12, 31)
    # re-entering the dates keeps it, unless the keurmerk was gained after it
    assert edited_keurmerk(keurmerk(bow=D(2028, 3, 1)), sent).statement_sent_on == D(2026, 11, 20)
    assert edited_keurmerk(keurmerk(on=D(2026, 11, 21)), sent).statement_sent_on is None


@pytest.mark.parametrize(("sent_on", "before_sent", "years"), [
    (D(2027, 1, 5), False, (2026, 2027)),  # early in the year, last year's not recorded: either year
    (D(2027, 3, 31), False, (2026, 2027)),
    (D(2027, 4, 1), False, (2027,)),  # later in the year: this year's
    (D(2027, 1, 5), True, (2027,)),  # last year's already recorded: this year's
    (D(2024, 1, 5), False, (2024,)),  # the year before, the keurmerk was not held yet
])
def test_the_years_a_quality_statement_may_be_for(sent_on: date, before_sent: bool, years: tuple[int, ...]) -> None:
    k = replace(keurmerk(), statement_sent_on=D(2026, 11, 1)) if before_sent else keurmerk()
    assert statement_years(k, sent_on) == years


def test_a_late_statement_is_for_last_year_and_leaves_this_years_open(rules: Rules) -> None:
    late = replace(keurmerk(), statement_sent_on=D(2027, 1, 5), statement_year=2026)
    assert statement_sent_in(late, 2026) and not statement_sent_in(late, 2027)
    assert "nrto:selfeval:2027" in {d.key for d in nrto_deadlines(late, rules.nrto, D(2027, 1, 5))}
    status = nrto_status(late, rules.nrto, D(2027, 1, 5))
    assert status.statement_sent_on is None and status.self_evaluation_due == D(2027, 12, 31)
    assert edited_keurmerk(keurmerk(bow=D(2028, 3, 1)), late).statement_year == 2026  # kept with its day


def test_in_an_audit_year_the_quality_statement_follows_the_audit(rules: Rules) -> None:
    k = keurmerk()  # combined audits in 2024 and 2028
    keys = {d.key: d.day for d in nrto_deadlines(k, rules.nrto, D(2028, 2, 1))}
    assert keys["nrto:statement:2028"] == D(2028, 12, 31) and "nrto:selfeval:2028" not in keys
    status = nrto_status(k, rules.nrto, D(2028, 2, 1))
    assert status.audit_year_now and status.statement_due == D(2028, 12, 31)
    assert "kwaliteitsverklaring" in " ".join(nrto_section(status, D(2028, 2, 1)))
    sent = replace(k, statement_sent_on=D(2028, 6, 1))
    assert "nrto:statement:2028" not in {d.key for d in nrto_deadlines(sent, rules.nrto, D(2028, 6, 2))}
    assert nrto_status(sent, rules.nrto, D(2028, 6, 2)).statement_due is None
