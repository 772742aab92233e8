"""The reminder planner (pure, "now" passed in): keys, days, civil hours, kinds switched off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from bot.dates import AMSTERDAM
from bot.deadlines import NolocCertificate, NrtoKeurmerk
from bot.ledger import Activity, Amount
from bot.reminders import UserData, called_for, civil, is_civil, plan
from bot.rules import Rules


def at(day: date, hour: int = 8, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), AMSTERDAM)


@pytest.mark.parametrize(("moment", "expected"), [
    (at(date(2026, 3, 2), 3), at(date(2026, 3, 2), 9)),      # at night: 09:00 the same morning
    (at(date(2026, 3, 2), 9), at(date(2026, 3, 2), 9)),
    (at(date(2026, 3, 2), 19, 59), at(date(2026, 3, 2), 19, 59)),
    (at(date(2026, 3, 2), 20), at(date(2026, 3, 3), 9)),     # from 20:00: the next morning
    (at(date(2026, 12, 31), 23), at(date(2027, 1, 1), 9)),   # across a year
])
def test_civil_hours(moment: datetime, expected: datetime) -> None:
    assert civil(moment) == expected and is_civil(civil(moment))


def keys_and_days(user: UserData, rules: Rules, now: datetime) -> list[tuple[str, date]]:
    return [(p.key, p.due.date()) for p in plan(user, rules, now)]


def full_ledger(day: date) -> list[Activity]:
    return [Activity(1, "Leergang", day, 75, "1", Amount("punten", 75), "factuur")]


def test_noloc_deadline_reminders(rules: Rules) -> None:
    cert = NolocCertificate(date(2023, 5, 31), date(2027, 5, 31))
    user = UserData(cert=cert, activities=full_ledger(date(2024, 1, 1)), meetings=[date(2026, 1, 5)] * 3)
    assert keys_and_days(user, rules, at(date(2026, 1, 1))) == [
        ("noloc:12m:2027-05-31", date(2026, 5, 31)), ("noloc:6m:2027-05-31", date(2026, 11, 30)),
        ("noloc:window:2027-05-31", date(2027, 2, 28)), ("noloc:1m:2027-05-31", date(2027, 4, 30)),
        ("noloc:1w:2027-05-31", date(2027, 5, 24)), ("noloc:expiry:2027-05-31", date(2027, 5, 31))]
    assert all(p.due.time() == time(9) and p.due.tzinfo == AMSTERDAM for p in plan(user, rules, at(date(2026, 1, 1))))
    # reminders whose day has passed are not planned again; today's still is
    later = keys_and_days(user, rules, at(date(2027, 4, 30), 15))
    assert later[0] == ("noloc:1m:2027-05-31", date(2027, 4, 30))


def test_after_submission_and_advice(rules: Rules) -> None:
    submitted = NolocCertificate(date(2023, 5, 31), date(2027, 5, 31), submitted_on=date(2027, 3, 1))
    user = UserData(cert=submitted, activities=full_ledger(date(2024, 1, 1)), meetings=[date(2027, 1, 5)] * 4)
    assert keys_and_days(user, rules, at(date(2027, 3, 2))) == [("uitslag:2027-03-01", date(2027, 4, 26))]
    # the weeks said are the rules' (knowledge/rules.yaml), not a figure written into the text
    slower = replace(rules, noloc=replace(rules.noloc, result_weeks=(6, 10)))
    (nudge,) = plan(user, slower, at(date(2027, 3, 2)))
    assert nudge.due.date() == date(2027, 5, 10) and "Het is 10 weken geleden" in nudge.text
    deferred = NolocCertificate(date(2023, 5, 31), date(2027, 5, 31), date(2027, 3, 1), "uitgesteld", date(2027, 4, 20))
    user.cert = deferred
    assert keys_and_days(user, rules, at(date(2027, 4, 21))) == [
        ("advies:uitgesteld:2027-04-20:1m", date(2027, 6, 20)), ("advies:uitgesteld:2027-04-20:1w", date(2027, 7, 13))]


def test_pace_at_most_once_a_quarter(rules: Rules) -> None:
    cert = NolocCertificate(date(2024, 1, 1), date(2028, 1, 1))
    user = UserData(cert=cert, meetings=[date(2024, 1, 2)] + [date(2026, 1, 2)] * 3)
    assert keys_and_days(user, rules, at(date(2024, 6, 1))) == [  # first quarter of the period: no nagging yet
        ("noloc:12m:2028-01-01", date(2027, 1, 1)), ("noloc:6m:2028-01-01", date(2027, 7, 1)),
        ("noloc:window:2028-01-01", date(2027, 10, 1)), ("noloc:1m:2028-01-01", date(2027, 12, 1)),
        ("noloc:1w:2028-01-01", date(2027, 12, 25)), ("noloc:expiry:2028-01-01", date(2028, 1, 1))]
    on_feb_3 = [k for k, _ in keys_and_days(user, rules, at(date(2026, 2, 3)))]
    on_mar_30 = [k for k, _ in keys_and_days(user, rules, at(date(2026, 3, 30)))]
    assert "pe-pace:2026Q1" in on_feb_3 and "pe-pace:2026Q1" in on_mar_30  # same key: one reminder
    user.activities = full_ledger(date(2025, 1, 1))
    assert not [k for k, _ in keys_and_days(user, rules, at(date(2026, 2, 3))) if k.startswith("pe-pace")]


def test_reflection_meetings_in_october_and_december(rules: Rules) -> None:
    cert = NolocCertificate(date(2024, 1, 1), date(2028, 1, 1))
    user = UserData(cert=cert, activities=full_ledger(date(2024, 2, 1)), meetings=[date(2026, 2, 1)])
    planned = [k for k, _ in keys_and_days(user, rules, at(date(2026, 9, 1))) if k.startswith("intervisie")]
    assert planned == ["intervisie:2026-10", "intervisie:2026-12"]
    user.meetings += [date(2026, 3, 1), date(2026, 9, 1)]
    assert not [k for k, _ in keys_and_days(user, rules, at(date(2026, 9, 2))) if k.startswith("intervisie")]


def test_nrto_reminders(rules: Rules) -> None:
    k = NrtoKeurmerk(date(2024, 3, 1), date(2027, 3, 1), 2024, noncompliant_on=date(2026, 9, 15))
    assert keys_and_days(UserData(keurmerk=k), rules, at(date(2026, 9, 16))) == [
        ("nrto:selfeval:2026-10-01", date(2026, 10, 1)), ("nrto:improve:2026-09-15:1m", date(2026, 11, 15)),
        ("nrto:selfeval:2026-12-01", date(2026, 12, 1)), ("nrto:improve:2026-09-15:1w", date(2026, 12, 8)),
        ("nrto:selfeval:2026-12-15", date(2026, 12, 15)), ("nrto:bow:2027-03-01:2m", date(2027, 1, 1)),
        ("nrto:bow:2027-03-01:2w", date(2027, 2, 15)),  # the Blik op Werk Keurmerk's end: its audit planned?
        ("nrto:selfeval:2027-10-01", date(2027, 10, 1)),
        ("nrto:selfeval:2027-12-01", date(2027, 12, 1)), ("nrto:selfeval:2027-12-15", date(2027, 12, 15))]
    audit = keys_and_days(UserData(keurmerk=k), rules, at(date(2027, 12, 20)))
    assert ("nrto:audit:2028", date(2028, 1, 2)) in audit and not any("selfeval:2028" in key for key, _ in audit)


def test_switched_off_kinds_are_not_planned(rules: Rules) -> None:
    k = NrtoKeurmerk(date(2024, 3, 1), date(2027, 3, 1), 2024)
    assert plan(UserData(keurmerk=k, disabled={"nrto"}), rules, at(date(2026, 9, 16))) == []


def test_no_self_evaluation_reminders_in_a_year_whose_statement_was_sent(rules: Rules) -> None:
    k = NrtoKeurmerk(date(2024, 3, 1), date(2027, 3, 1), 2024, statement_sent_on=date(2026, 11, 20))
    keys = [key for key, _ in keys_and_days(UserData(keurmerk=k), rules, at(date(2026, 11, 22)))]
    assert not any(key.startswith("nrto:selfeval:2026") for key in keys)
    assert "nrto:selfeval:2027-10-01" in keys  # next year's come as before


def test_what_the_data_calls_for_includes_past_reminders_but_no_switched_off_kind(rules: Rules) -> None:
    cert = NolocCertificate(date(2023, 6, 1), date(2027, 6, 1))
    keys = {p.key for p in called_for(UserData(cert=cert), rules, at(date(2026, 11, 22)))}
    assert "noloc:12m:2027-06-01" in keys  # due on 1 June 2026, past: a reminder snoozed from it is still meant
    assert {p.key for p in plan(UserData(cert=cert), rules, at(date(2026, 11, 22)))} < keys
    submitted = NolocCertificate(date(2023, 6, 1), date(2027, 6, 1), submitted_on=date(2026, 11, 20))
    assert not any(k.startswith("noloc:") for k in
                   (p.key for p in called_for(UserData(cert=submitted), rules, at(date(2026, 11, 22)))))
    off = called_for(UserData(cert=cert, disabled={"portfolio"}), rules, at(date(2026, 11, 22)))
    assert not any(p.kind == "portfolio" for p in off)


def test_an_audit_year_reminds_of_the_statement_after_the_audit(rules: Rules) -> None:
    k = NrtoKeurmerk(date(2024, 3, 1), date(2029, 3, 1), 2024)  # combined audit in 2028
    keys = [key for key, _ in keys_and_days(UserData(keurmerk=k), rules, at(date(2028, 2, 1)))]
    assert "nrto:statement:2028-12-01" in keys and "nrto:statement:2028-12-15" in keys
    assert not any(key.startswith("nrto:selfeval:2028") for key in keys)
    sent = NrtoKeurmerk(date(2024, 3, 1), date(2029, 3, 1), 2024, statement_sent_on=date(2028, 11, 1))
    assert not any(key.startswith("nrto:statement:2028") for key, _ in
                   keys_and_days(UserData(keurmerk=sent), rules, at(date(2028, 11, 2))))


def test_a_renewed_blik_op_werk_keurmerk_moves_its_reminders(rules: Rules) -> None:
    k = NrtoKeurmerk(date(2024, 3, 1), date(2027, 3, 1), 2024)
    renewed = NrtoKeurmerk(date(2024, 3, 1), date(2028, 3, 1), 2024)
    keys = [key for key, _ in keys_and_days(UserData(keurmerk=renewed), rules, at(date(2026, 12, 20)))]
    assert "nrto:bow:2028-03-01:2m" in keys and not any(key.startswith("nrto:bow:2027") for key in keys)
    assert "nrto:bow:2027-03-01:2m" in [key for key, _ in keys_and_days(UserData(keurmerk=k), rules,
                                                                          at(date(2026, 12, 20)))]
