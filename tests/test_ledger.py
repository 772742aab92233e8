"""PE rules: amounts, points, caps, minimum, ECTS, period boundaries, and every validation message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.dates import DateProblem, FoundDate
from bot.deadlines import NolocCertificate
from bot.ledger import (
    NEWEST,
    Activity,
    Amount,
    AmountFound,
    AmountProblem,
    Draft,
    Period,
    Reflection,
    activity_named,
    activity_sentence,
    amount_problem,
    another_activity,
    caption_activity,
    caption_new_activity,
    category_for,
    category_told,
    change_to,
    correction,
    date_alone_problem,
    day_and_company,
    deletes,
    done_on_date,
    done_on_problem,
    done_that_day,
    evidence_announced,
    evidence_answer,
    find_amount,
    meeting_missed,
    meeting_named,
    meeting_that_day,
    near_duplicate,
    number,
    outside_period_warning,
    parse_line,
    parse_reflection,
    period_for,
    progress,
    reflection_sentence,
    same_reflection,
    several_activities,
    several_meetings,
    something_done_told,
    still_to_come,
    tidy_title,
    title_answer,
    title_problem,
    worth_asked,
)
from bot.rules import Category, Rules
from bot.views import points_lines

TODAY = date(2026, 11, 22)
PERIOD = Period(date(2023, 3, 14), date(2027, 3, 14))


def act(points: float, category: str = "1", day: date = date(2025, 5, 1), evidence: str | None = "factuur",
        title: str = "Webinar", id_: int = 1) -> Activity:
    return Activity(id_, title, day, points, category, Amount("punten", points), evidence)


@pytest.mark.parametrize(("text", "unit", "value", "points"), [
    ("3 uur", "uur", 3, 3), ("2,5 u", "uur", 2.5, 2.5), ("2.5 uur", "uur", 2.5, 2.5), ("90 minuten", "uur", 1.5, 1.5),
    ("45 min", "uur", 0.75, 0.75), ("2 ECTS", "ects", 2, 56), ("0,5 ects", "ects", 0.5, 14),
    ("5 punten", "punten", 5, 5), ("4 PE-punten", "punten", 4, 4), ("6 sbu", "uur", 6, 6),
    ("webinar van 2 uur", "uur", 2, 2),
    ("1:30 uur", "uur", 1.5, 1.5), ("1u30", "uur", 1.5, 1.5),  # hours and minutes, not 30 hours
    ("2 uur en 30 minuten", "uur", 2.5, 2.5), ("2 uur 15", "uur", 2.25, 2.25),
    ("2 uur 30 deelnemers", "uur", 2, 2),  # a number after the hours is minutes only where nothing follows
    ("twee uur", "uur", 2, 2), ("een uur", "uur", 1, 1), ("anderhalf uur", "uur", 1.5, 1.5),
    ("een half uur", "uur", 0.5, 0.5), ("twee en een half uur", "uur", 2.5, 2.5),
    ("2 uurtjes", "uur", 2, 2), ("een uurtje", "uur", 1, 1),  # were "Dat begrijp ik niet als aantal"
    ("een kwartier", "uur", 0.25, 0.25), ("drie kwartier", "uur", 0.75, 0.75),
    ("3x 2 uur", "uur", 6, 6), ("4 keer 90 minuten", "uur", 6, 6),  # sessions times their length
    ("webinar om 14 uur van 2 uur", "uur", 2, 2),  # "om 14 uur" is a time
    # from one time of day to another: the hours between ("van 9 tot 12 uur" was "Typ één aantal")
    ("van 9 tot 12 training", "uur", 3, 3), ("van 9 tot 12 uur", "uur", 3, 3), ("van 13:30 tot 17:00", "uur", 3.5, 3.5),
    ("9:00-12:30 workshop", "uur", 3.5, 3.5), ("van 10 tot 2", "uur", 4, 4),  # 2 after 10 is the afternoon
    # fractions (were "1 1/" in the name and 2 hours)
    ("webinar 1 1/2 uur", "uur", 1.5, 1.5), ("1½ uur", "uur", 1.5, 1.5), ("½ uur", "uur", 0.5, 0.5),
    ("3/4 uur", "uur", 0.75, 0.75), ("1 1/2 ects", "ects", 1.5, 42),
    ("12/11 2 uur", "uur", 2, 2),  # a day with its month, then the hours
    ("een uur of drie", "uur", 3, 3),  # about three hours (was one)
    ("3 sessies van 2 uur", "uur", 6, 6), ("4 avonden van 3 uur", "uur", 12, 12),  # were one session's
])
def test_amounts_and_points(rules: Rules, text: str, unit: str, value: float, points: float) -> None:
    found = find_amount(text)
    assert isinstance(found, AmountFound)
    assert (found.amount.unit, found.amount.value, found.amount.points(rules.noloc)) == (unit, value, points)


@pytest.mark.parametrize(("text", "amount"), [
    ("1:30", Amount("uur", 1.5)), ("0:45", Amount("uur", 0.75)),  # hours and minutes (was not understood)
    ("4", Amount("punten", 4)), ("1 1/2", Amount("punten", 1.5)), ("1:75", None),
])
def test_an_amount_typed_alone_where_it_is_asked(text: str, amount: Amount | None) -> None:
    found = find_amount(text, plain_is_points=True)
    assert (found.amount if isinstance(found, AmountFound) else None) == amount


def test_plain_number_is_points_only_when_asked() -> None:
    assert find_amount("7") is None
    found = find_amount("7", plain_is_points=True)
    assert isinstance(found, AmountFound) and found.amount == Amount("punten", 7)


@pytest.mark.parametrize(("amount", "spoken"), [
    (Amount("punten", 1), "1 PE-punt"), (Amount("punten", 2.5), "2,5 PE-punten"),
    (Amount("punten", 0.5), "0,5 PE-punten"),
    (Amount("uur", 1), "1 uur"), (Amount("ects", 1.5), "1,5 ECTS"),
    (Amount("uur", 1.25), "1,25 uur"), (Amount("uur", 2.75), "2,75 uur"), (Amount("uur", 1.5), "1,5 uur"),
    # under an hour, or minutes that are no tenth or quarter ("0,33 uur"): said in minutes
    (Amount("uur", 0.5), "30 minuten"), (Amount("uur", 0.75), "45 minuten"),
    (Amount("uur", 0.33), "20 minuten"), (Amount("uur", round(10 / 60, 2)), "10 minuten"),
    (Amount("uur", 1.33), "1 uur en 20 minuten"), (Amount("uur", round(2 + 40 / 60, 2)), "2 uur en 40 minuten"),
    (Amount("uur", round(1 / 60, 2)), "1 minuut"),
    (Amount("uur", 0.001), "0 uur"),  # too little for a minute: no empty text
])
def test_an_amount_is_said_in_dutch_with_one_point_singular(amount: Amount, spoken: str) -> None:
    assert amount.spoken() == spoken


@pytest.mark.parametrize(("text", "message", "asks_hours"), [
    ("0 uur", "groter zijn dan 0", False), ("-3 uur", "groter zijn dan 0", False), ("0", "groter zijn dan 0", False),
    ("1 dag", "hoeveel studie-uren", True), ("2 dagdelen", "hoeveel studie-uren", True),
    ("een halve dag", "hoeveel studie-uren", True),
    ("een hele dag", "hoeveel studie-uren", True), ("2 volle dagen", "hoeveel studie-uren", True),  # were none
    ("2-3 uur", "één aantal", False), ("2 à 3 uur", "één aantal", False), ("4 tot 6 uur", "één aantal", False),
])
def test_amount_problems(text: str, message: str, asks_hours: bool) -> None:
    found = find_amount(text, plain_is_points=True)
    assert isinstance(found, AmountProblem) and message in found.message and found.asks_hours == asks_hours


@pytest.mark.parametrize("text", ["van 12-11 tot 14-11 cursus", "12.11-14.11.2026", "van 12 tot 14 november"])
def test_a_range_of_days_is_no_span_of_hours(text: str) -> None:
    found = find_amount(text)
    assert not (isinstance(found, AmountFound) and found.amount.unit == "uur"), found


def test_more_than_a_day_needs_confirmation(rules: Rules) -> None:
    problem = amount_problem(Amount("uur", 30), rules.noloc, multi_day_ok=False)
    assert problem is not None and problem.asks_days and "meerdere dagen" in problem.message
    assert amount_problem(Amount("uur", 30), rules.noloc, multi_day_ok=True) is None
    assert amount_problem(Amount("uur", 24), rules.noloc, multi_day_ok=False) is None
    too_much = amount_problem(Amount("ects", 60), rules.noloc, multi_day_ok=True)
    assert too_much is not None and "te veel" in too_much.message and not too_much.asks_days


@pytest.mark.parametrize(("title", "message"), [
    ("", "Geef de activiteit een naam"), ("   ", "Geef de activiteit een naam"), ("!!!", "Geef de activiteit"),
    ("x" * 201, "te lang"), ("Webinar", None),
])
def test_title_problems(title: str, message: str | None) -> None:
    problem = title_problem(title)
    assert (problem is None) if message is None else (problem is not None and message in problem)


def test_dates_future_and_before_period() -> None:
    assert "toekomst" in str(done_on_problem(date(2026, 11, 23), TODAY))
    assert done_on_problem(TODAY, TODAY) is None
    assert "telt niet mee" in str(outside_period_warning(date(2023, 3, 13), PERIOD))
    assert outside_period_warning(date(2023, 3, 14), PERIOD) is None  # the first day counts
    assert outside_period_warning(date(2020, 1, 1), Period(date(2022, 1, 1), TODAY, known=False)) is None


@pytest.mark.parametrize(("text", "category"), [
    ("1", "1"), ("categorie 1", "1"), ("Vakgebied", "1"), ("3", "3"), ("buiten vakgebied", "3"), ("overige", "overig"),
    ("7", None), ("vakgebeid", None),
    ("cat 3", "3"), ("Cat. 1", "1"), ("derde", "3"), ("niet in mijn vakgebied", "3"), ("buiten het vak", "3"),
    ("binnen mijn vakgebied", "1"), ("Scholing buiten het vakgebied", "3"), ("categorie 2", None), ("webinar", None),
    ("buiten", "3"), ("Erbuiten", "3"), ("binnen", "1"), ("andere", "overig"),  # said short (were unknown)
])
def test_category_for(rules: Rules, text: str, category: str | None) -> None:
    found = category_for(text, rules.noloc)
    assert (found.id if found else None) == category


@pytest.mark.parametrize(("text", "rest", "category"), [
    ("een training van 8 uur gevolgd buiten mijn vakgebied", "een training van 8 uur gevolgd", "3"),
    ("cursus arbeidsrecht, niet in mijn vakgebied", "cursus arbeidsrecht,", "3"),
    ("webinar binnen het vakgebied 2 uur", "webinar 2 uur", "1"),
    ("cursus over mijn vakgebied", "cursus over mijn vakgebied", None),  # no category said
    ("webinar gespreksvoering", "webinar gespreksvoering", None),
    # by its number (was left in the name: "Webinar , , , categorie 1")
    ("webinar gevolgd, 2 uur, gisteren, categorie 1", "webinar gevolgd, 2 uur, gisteren,", "1"),
    ("ik heb een cursus gedaan in categorie 3", "ik heb een cursus gedaan", "3"),
    ("podcast cat. 1 1 uur gisteren", "podcast 1 uur gisteren", "1"),
    ("training categorie overige 2 uur", "training 2 uur", "overig"),
    ("categorie 1.5 uur webinar", "categorie 1.5 uur webinar", None),  # "1.5" is no category's number
    ("Gisteren Webinar gevolgd, 2 uur. Categorie 1.", "Gisteren Webinar gevolgd, 2 uur. .", "1"),  # "1." ends it
])
def test_a_category_said_in_a_sentence(rules: Rules, text: str, rest: str, category: str | None) -> None:
    told, said = category_told(text, rules.noloc)
    assert (" ".join(told.split()), said.id if said else None) == (rest, category)


def test_progress_minimum_and_missing_evidence(rules: Rules) -> None:
    p = progress([act(20), act(10, "3", evidence=None), act(50, "1", day=date(2022, 1, 1))], PERIOD, rules.noloc, TODAY)
    assert (p.total_logged, p.total_counted, p.still_needed) == (30, 30, 45)
    assert p.category_short("1") == 10 and p.without_evidence == 1 and p.outside_period == 1


def test_progress_caps_a_category_with_a_maximum(rules: Rules) -> None:
    capped = replace(rules.noloc, categories=(*rules.noloc.categories[:1],
                                              Category("3", "Buiten", "Buiten", None, 20, "")))
    p = progress([act(40, "1"), act(35, "3")], PERIOD, capped, TODAY)
    row = p.categories[1]
    assert (row.logged, row.counted) == (35, 20)
    assert (p.total_logged, p.total_counted, p.still_needed) == (75, 60, 15)


def test_all_75_may_be_category_1_and_period_bounds(rules: Rules) -> None:
    p = progress([act(75, day=PERIOD.start), act(5, day=PERIOD.end), act(9, day=date(2027, 3, 15))],
                 PERIOD, rules.noloc, TODAY)
    assert p.total_counted == 80 and p.still_needed == 0 and p.outside_period == 1


@pytest.mark.parametrize(("points", "needed", "cap_note"), [
    ([(20, "1"), (28, "3")], "Nog nodig: 27 punten, waarvan nog 10 in categorie 1.", "categorie 3 heeft een maximum"),
    # the minimum needs more than the total: not "16 punten, waarvan nog 27 in categorie 1"
    ([(3, "1"), (56, "3")], "Nog nodig: 27 punten in categorie 1.", "categorie 3 heeft een maximum"),
    ([(30, "1"), (20, "3"), (5, "overig")], "Nog nodig: 20 punten.", "categorie 3 en Overige hebben een maximum"),
    ([(40, "1")], "Nog nodig: 35 punten.", None),
    ([(75, "1")], "🎉 Je PE-punten zijn compleet.", None),
    ([(30, "1"), (45, "3")], "🎉 Je PE-punten zijn compleet, als je punten in categorie 3 onder het maximum", None),
])
def test_points_say_what_is_still_needed_and_hedge_unknown_maxima(
        rules: Rules, points: list[tuple[float, str]], needed: str, cap_note: str | None) -> None:
    ids = {c.id for c in rules.noloc.categories}
    assert {c for _, c in points} <= ids, ids
    text = "\n".join(points_lines(progress([act(n, c) for n, c in points], PERIOD, rules.noloc, TODAY)))
    assert needed in text
    assert (cap_note in text) if cap_note else ("Let op" not in text)


def test_pace(rules: Rules) -> None:
    half = Period(date(2024, 1, 1), date(2028, 1, 1))
    p = progress([], half, rules.noloc, date(2026, 1, 1))
    assert p.pace_expected == pytest.approx(37.5, abs=0.1)


def test_period_for(rules: Rules) -> None:
    cert = NolocCertificate(date(2023, 3, 14), date(2027, 3, 14))
    assert period_for(cert, TODAY, rules.noloc) == PERIOD
    assert period_for(None, TODAY, rules.noloc) == Period(date(2022, 11, 22), TODAY, known=False)


@pytest.mark.parametrize("years", [4, 5])
def test_without_a_certificate_the_counted_years_come_from_the_rules(rules: Rules, years: int) -> None:
    noloc = replace(rules.noloc, validity_years=years)
    text = "\n".join(points_lines(progress([], period_for(None, TODAY, noloc), noloc, TODAY)))
    assert f"ik tel de laatste {years} jaar" in text


def test_near_duplicate() -> None:
    existing = [act(3, title="Webinar motiverende gespreksvoering", day=date(2026, 3, 12), id_=7)]
    assert near_duplicate("webinar Motiverende gespreksvoering!", date(2026, 3, 12), existing) == existing[0]
    assert near_duplicate("Webinar motiverende gespreksvoering", date(2026, 3, 13), existing) is None
    assert near_duplicate("Cursus netwerken", date(2026, 3, 12), existing) is None
    assert near_duplicate("Webinar motiverende gespreksvoering", date(2026, 3, 12), existing, ignore_id=7) is None


@pytest.mark.parametrize(("day", "who", "same"), [
    (date(2026, 11, 12), "kwaliteitskring Noord", True), (date(2026, 11, 12), "Kwaliteitskring noord!", True),
    (date(2026, 11, 13), "kwaliteitskring Noord", False),  # another day
    (date(2026, 11, 12), "team Oost", False),  # two groups on one day: two meetings
    (date(2026, 11, 12), "kwaliteitskring", True), (date(2026, 11, 12), "de kwaliteitskring Noord van Noloc", True),
    (date(2026, 11, 12), "kwaliteitskring Zuid", False), (date(2026, 11, 12), "", False),
])
def test_the_same_reflection_told_twice(day: date, who: str, same: bool) -> None:
    existing = [Reflection(4, date(2026, 11, 12), "kwaliteitskring Noord")]
    assert (same_reflection(day, who, existing) is not None) is same


def test_one_line_parses_amount_before_date() -> None:
    draft, problems = parse_line("12-03-2026 3 uur Webinar motiverende gespreksvoering", TODAY)
    assert (draft.done_on, draft.amount, draft.title) == (date(2026, 3, 12), Amount("uur", 3),
                                                          "Webinar motiverende gespreksvoering")
    assert not problems and draft.missing() == "category"
    draft, _ = parse_line("9 uur training", TODAY)  # 9 uur is an amount, never a date
    assert draft.done_on is None and draft.amount == Amount("uur", 9) and draft.missing() == "date"
    draft, problems = parse_line("gisteren 0 uur cursus", TODAY)
    assert list(problems) == ["amount"] and draft.amount is None and draft.done_on == date(2026, 11, 21)
    # the field given wrongly is asked again first, then the dialogue order resumes
    assert Draft(title="Cursus").missing(first="amount") == "amount"
    assert Draft(title="Cursus").missing() == "date"
    assert Draft(title="Cursus", amount=Amount("uur", 2)).missing(first="amount") == "date"


@pytest.mark.parametrize(("line", "title"), [
    ("gisteren -3 uur webinar", "Webinar"), ("gisteren 0 uur cursus", "Cursus"),
    ("gisteren 2-3 uur webinar", "Webinar"),
])
def test_a_refused_amount_is_no_part_of_the_title(line: str, title: str) -> None:
    draft, problems = parse_line(line, TODAY)
    assert list(problems) == ["amount"] and draft.amount is None and draft.title == title


@pytest.mark.parametrize(("line", "days", "several"), [
    ("1 dag congres gisteren", "1 dag", False), ("cursus van 3 dagen", "3 dagen", True),
    ("2 dagdelen training", "2 dagdelen", False), ("webinar", None, False),
])
def test_days_said_are_kept_for_the_hours_question(line: str, days: str | None, several: bool) -> None:
    draft, problems = parse_line(line, TODAY)
    assert problems == {} and draft.amount is None and draft.days_said == days and draft.several_days == several
    assert days is None or days not in (draft.title or "")


@pytest.mark.parametrize(("text", "amount"), [
    ("hoeveel pe punten krijg ik voor een webinar van 1,5 uur", Amount("uur", 1.5)),
    ("hoeveel punten is 3 ects?", Amount("ects", 3)), ("wat is een cursus van 8 uur waard?", Amount("uur", 8)),
    ("hoeveel punten heb ik nog nodig?", None), ("ik heb een webinar van 2 uur gevolgd", None),  # mine; told
    ("hoeveel punten zijn 5 punten", None),  # points are points
])
def test_what_an_amount_of_study_is_worth_is_asked(text: str, amount: Amount | None) -> None:
    assert worth_asked(text) == amount


def test_two_amounts_in_one_line_ask_which_and_neither_is_the_title() -> None:
    draft, problems = parse_line("gisteren webinar 2 uur 3 uur", TODAY)  # was 2 uur, titled "Webinar 3 uur"
    assert "2 uur" in problems["amount"] and "3 uur" in problems["amount"]
    assert (draft.amount, draft.title, draft.done_on) == (None, "Webinar", date(2026, 11, 21))
    draft, problems = parse_line("3x 2 uur training gisteren", TODAY)  # one amount, said as sessions
    assert problems == {} and draft.amount == Amount("uur", 6)


@pytest.mark.parametrize(("line", "problem", "title"), [
    ("31-2-2026 2 uur Webinar", "31 februari 2026 bestaat niet", "Webinar"),
    ("31 februari 2 uur Webinar", "31 februari bestaat niet", "Webinar"),
    ("12-13-2026 2 uur Webinar", "Maand 13 bestaat niet", "Webinar"),
    ("3-3-1850 2 uur Webinar", "Het jaar 1850", "Webinar"),
])
def test_a_wrong_date_in_one_line_is_a_problem_not_part_of_the_title(line: str, problem: str, title: str) -> None:
    draft, problems = parse_line(line, TODAY)
    assert problem in problems["date"]
    assert (draft.done_on, draft.title, draft.amount) == (None, title, Amount("uur", 2))


@pytest.mark.parametrize(("line", "period", "title"), [
    ("maart 2026 2 uur Webinar", (2026, 3), "Webinar"),
    ("2 uur Webinar in september 2025", (2025, 9), "Webinar"),  # 'in' goes with it
    ("2 uur Webinar afgerond in juni", (2026, 6), "Webinar afgerond"),
    ("2 uur Webinar vorige maand", (2026, 10), "Webinar"),
    ("2 uur Webinar in 2025", (2025, None), "Webinar"),
])
def test_a_month_without_its_day_is_kept_to_ask_the_day_in(line: str, period: tuple[int, int | None],
                                                           title: str) -> None:
    draft, problems = parse_line(line, TODAY)
    assert problems == {} and draft.period_said == period
    assert (draft.done_on, draft.title, draft.amount) == (None, title, Amount("uur", 2))
    assert Draft.from_data(draft.as_data()) == draft  # kept in the dialogue as it goes on


@pytest.mark.parametrize(("typed", "said"), [
    ("nee", False), ("Nee.", False), ("geen bewijs", False), ("nog niet", False), ("n.v.t.", False),
    ("ja", True), ("Ja!", True), ("ja heb ik", True), ("\u200b", True), ("...", True),  # says nothing
    ("1", True), ("3.", True),  # a number alone (a button's number typed) says no evidence either
    ("factuur", "factuur"), ("certificaat 2026-114", "certificaat 2026-114"),
    ("  bevestigingsmail   van Noloc ", "bevestigingsmail van Noloc"),
    ("nee, de factuur komt later", "nee, de factuur komt later"),  # more than a no: kept as typed
    ("heb ik nog niet", False), ("volgt", False), ("later", False), ("Komt later.", False),  # none yet
    # the words around it are not the evidence: these were stored whole
    ("hier is de factuur", "factuur"), ("ja, een bevestigingsmail", "bevestigingsmail"),
    ("ik heb een screenshot", "screenshot"), ("het is een factuur", "factuur"),
])
def test_an_answer_on_the_evidence_step_is_a_no_a_yes_or_the_evidence(typed: str, said: str | bool) -> None:
    assert evidence_answer(typed) == said


@pytest.mark.parametrize(("typed", "title"), [
    ("workshop motiverende gespreksvoering", "Workshop motiverende gespreksvoering"),
    ("  Webinar   over\tloopbaan.  ", "Webinar over loopbaan"),
    ("- e-learning Noloc Academie -", "E-learning Noloc Academie"),
    ("ÉÉn dag coachen", "ÉÉn dag coachen"),  # only the first letter is touched
    # what a cut day or amount leaves behind (were "E-learning arbeidsrecht ( )" and "Webinar , .")
    ("e-learning arbeidsrecht ( )", "E-learning arbeidsrecht"), ("Webinar , .", "Webinar"),
    ("cursus - - excel", "Cursus excel"), ("webinar - deel 2", "Webinar - deel 2"),  # a lone dash is typed
])
def test_a_title_reads_the_same_however_it_was_typed(typed: str, title: str) -> None:
    assert tidy_title(typed) == title


@pytest.mark.parametrize(("line", "title"), [
    ("op 12-3-2026 3 uur webinar", "Webinar"),  # "op" only tied the date to the line
    ("Webinar op 12-3-2026 van 2 uur", "Webinar"),
    ("Lezing voor 2 uur op 1-3-2026", "Lezing"),
    ("Week van de jobcoach 12-3-2026 2 uur", "Week van de jobcoach"),  # "van" not before the amount
    ("Training opvolging 12-3-2026 2 uur", "Training opvolging"),
])
def test_a_linking_word_goes_with_its_date_or_amount(line: str, title: str) -> None:
    draft, problems = parse_line(line, TODAY)
    assert (draft.title, problems) == (title, {}) and draft.done_on is not None and draft.amount is not None


@pytest.mark.parametrize(("line", "title", "day"), [
    ("training 8 uur 2 en 3 november", "Training", date(2026, 11, 3)),
    ("training 12-13 november 8 uur", "Training", date(2026, 11, 13)),
    ("training 12 t/m 14 november 20 uur", "Training", date(2026, 11, 14)),
    ("leergang van 2 tot 4 november 20 uur", "Leergang", date(2026, 11, 4)),
    ("leergang 3 oktober en 10 oktober 6 uur", "Leergang", date(2026, 10, 10)),
    ("cursus 30 oktober t/m 2 november 16 uur", "Cursus", date(2026, 11, 2)),
    ("cursus 3-11 tot 5-11 10 uur", "Cursus", date(2026, 11, 5)),
    ("module 2 op 3 november 2 uur", "Module 2", date(2026, 11, 3)),  # 'op' joins no range
    # days said in words (were "T/m woensdag opleiding" on the Monday, and "En training in totaal" on the first)
    ("vorige week maandag t/m woensdag opleiding 20 uur", "Opleiding", date(2026, 11, 11)),
    ("gisteren en vandaag training van in totaal 12 uur", "Training", date(2026, 11, 22)),
    ("eergisteren tot gisteren cursus 10 uur", "Cursus", date(2026, 11, 21)),
    # how roughly the amount was said goes with it (were "Webinar ongeveer", "Cursus zo'n")
    ("webinar ongeveer 3 uur 12 november", "Webinar", date(2026, 11, 12)),
    ("cursus zo'n 2 uur 12 november", "Cursus", date(2026, 11, 12)),
    ("congres van 2 dagen, in totaal 12 uur, 12 november", "Congres", date(2026, 11, 12)),  # was "Congres 2 dagen"
])
def test_a_range_of_days_is_dated_on_its_last_day_and_leaves_the_title(line: str, title: str, day: date) -> None:
    draft, problems = parse_line(line, TODAY)
    assert (draft.title, draft.done_on, problems) == (title, day, {})


@pytest.mark.parametrize(("line", "day", "who"), [
    ("gisteren met kwaliteitskring Noord", date(2026, 11, 21), "kwaliteitskring Noord"),
    ("op 12-11-2026 met kring Noord", date(2026, 11, 12), "kring Noord"),
    ("samen met Piet en Ans op 2 november", date(2026, 11, 2), "Piet en Ans"),
    ("Metgezellen gisteren", date(2026, 11, 21), "Metgezellen"),
    ("bij De Intervisiegroep, 20-11-2026.", date(2026, 11, 20), "De Intervisiegroep"),
    ("met kring Noord", None, "kring Noord"),  # no date: asked for, who is kept
    ("31-2-2026 met kring", None, "kring"),  # a wrong date: said and asked again; who is kept (was lost)
    ("maandag 12 november met Piet", None, "Piet"),  # a Thursday: asked again, without "maandag" in who
    ("op maandag 16 november met Piet", date(2026, 11, 16), "Piet"),  # the weekday belongs to the date
    ("gisteren intervisie met kring noord", date(2026, 11, 21), "kring noord"),  # the meeting named first
    ("gisteren een intervisiebijeenkomst van de kring", date(2026, 11, 21), "de kring"),
    ("gisteren intervisie", date(2026, 11, 21), ""),  # who it was with is asked
    ("gisteren Intervisiegroep Oost", date(2026, 11, 21), "Intervisiegroep Oost"),  # a name
])
def test_a_reflection_line_gives_the_day_and_who_it_was_with(line: str, day: date | None, who: str) -> None:
    found, company = parse_reflection(line, TODAY)
    assert (found.value if isinstance(found, FoundDate) else None, company) == (day, who)


@pytest.mark.parametrize(("text", "said"), [
    ("ik heb gisteren intervisie gehad met mijn kring", (date(2026, 11, 21), "mijn kring")),
    ("op 12 november een intervisiebijeenkomst bijgewoond met de kwaliteitskring Noord",
     (date(2026, 11, 12), "de kwaliteitskring Noord")),
    ("gisteren met Piet en Ans intervisie gedaan", (date(2026, 11, 21), "Piet en Ans")),
    ("vandaag intervisie gehad", (TODAY, "")),  # who it was with is asked after yes
    ("ik heb intervisie gehad", (None, "")),  # no day: the day is asked after yes, as for an activity (was None)
    ("ik heb een intervisie bijgewoond met kring Zuid", (None, "kring Zuid")),
    ("ik heb vorige maand intervisie gehad met kring Noord", (None, "kring Noord")),  # the day is asked
    # the group after "van" or "bij" (was asked again); not what follows a day cut out
    ("ik was gisteren bij de intervisie van kring Noord", (date(2026, 11, 21), "kring Noord")),
    ("gisteren intervisie bij kring West gehad", (date(2026, 11, 21), "kring West")),
    ("de intervisie van gisteren was fijn", (date(2026, 11, 21), "")),
    ("ik heb morgen intervisie", None),
    ("hoeveel intervisie moet ik doen?", None),
    ("ik heb gisteren een webinar gevolgd", None),  # an activity, not a meeting
    ("ik was gisteren bij de intervisie met kring Noord", (date(2026, 11, 21), "kring Noord")),  # was there
    ("wij zaten vorige week dinsdag bij de kwaliteitskring", (date(2026, 11, 10), "")),
    # the group's own word after "mijn": that is who (was saved as "met mijn")
    ("ik had gisteren intervisie met mijn kwaliteitskring", (date(2026, 11, 21), "mijn kwaliteitskring")),
    ("gisteren intervisie gehad met onze intervisiegroep", (date(2026, 11, 21), "onze intervisiegroep")),
    ("ik was gisteren ziek en heb de intervisie gemist", None),  # missed, not attended
    ("ik heb gisteren geen intervisie gehad", None),
    ("de intervisie van gisteren is afgelast", None),
    # not held, or not there: these were offered to log
    ("de intervisie van gisteren ging niet door", None), ("ik kon gisteren niet bij de intervisie zijn", None),
    ("ik was gisteren verhinderd voor de kwaliteitskring", None),
    # no verb, as a log is typed: the meeting and a day that has been
    ("vandaag reflectiebijeenkomst met collega's", (TODAY, "collega's")),
    ("intervisie 10 november met kring Noord", (date(2026, 11, 10), "kring Noord")),
    ("volgende week intervisie", None),
    ("intervisie", None),
    ("hoeveel intervisie in 2026", None),
    ("plan een intervisie op 5 januari om 10 uur", None),  # ahead, though "5 januari" alone reads as past
    ("komende intervisie 10 november met kring Noord", None),
    ("intervisie 5 januari met kring Noord", None),  # ten months back, or next January
    ("wat gebeurt er als ik te weinig intervisie heb gehad", None),  # asked with no "?": was offered to log
    # nothing done, and asked after a comma (was offered to log as a meeting in 2024)
    ("ik heb in 2024 nog niks gedaan aan intervisie, is dat erg", None),
    ("ik heb dit jaar niets gedaan aan intervisie", None), ("ik heb nog nooit intervisie gehad", None),
    ("ik heb gisteren intervisie gehad, kan ik dat ook als pe tellen", None),
])
def test_a_sentence_about_a_held_meeting_is_offered(text: str, said: tuple[date, str] | None) -> None:
    found = reflection_sentence(text, TODAY)
    assert (None if found is None else (found.held_on, found.with_whom)) == said


def test_a_meeting_told_with_its_month_alone_keeps_the_month_to_ask_the_day_in() -> None:
    found = reflection_sentence("ik heb vorige maand intervisie gehad met kring Noord", TODAY)
    assert found is not None and (found.held_on, found.period) == (None, (2026, 10))


@pytest.mark.parametrize(("text", "ahead"), [
    ("ik ga morgen een cursus volgen van 8 uur", "pe"), ("ik moet nog een webinar van 2 uur volgen", "pe"),
    ("ik heb me ingeschreven voor een training", "pe"), ("volgende week heb ik een workshop", "pe"),
    ("ik heb morgen intervisie", "ref"), ("volgende week intervisie met kring Noord", "ref"),
    ("ik heb gisteren een cursus gevolgd", None), ("cursus 5 januari", None),  # has been, or may have
    ("ga ik morgen naar een cursus?", None), ("ik ga morgen naar de tandarts", None),  # asked; names none
    # going on still: logged once done (was offered to log on the day it began)
    ("sinds 1 oktober volg ik een opleiding tot loopbaancoach", "pe"), ("ik volg nu een leergang coaching", "pe"),
    ("ik ben sinds september bezig met een opleiding", "pe"), ("ik heb gisteren een webinar gevolgd", None),
    # more ways to say it goes on (were "weet ik niet" and the Noloc Academie's entry)
    ("ik doe momenteel een opleiding coaching", "pe"), ("ik zit in een leergang van 6 maanden", "pe"),
    ("ik ben nu een e-learning aan het doen", "pe"), ("op dit moment volg ik een cursus", "pe"),
    ("ik zit in een intervisiegroep", None), ("ik zit in kring Noord", None),
])
def test_something_still_to_come_is_told(text: str, ahead: str | None) -> None:
    assert still_to_come(text, TODAY) == ahead


@pytest.mark.parametrize(("text", "missed"), [
    ("de intervisie van gisteren ging niet door", True), ("ik heb de intervisie gemist", True),
    ("ik was er niet bij, bij de kwaliteitskring", True),
    # with no meeting named, told alone (were suggestions or "weet ik niet")
    ("ik was er niet bij", True), ("ik was vorige keer niet aanwezig", True), ("sorry, ik kon er niet bij zijn", True),
    ("ik kan er niet bij zijn", False), ("ik was er niet bij?", False), ("ik was er niet bij met mijn hoofd", False),
    ("gisteren intervisie gehad", False), ("ik heb gisteren geen webinar gevolgd", False),  # no meeting
    ("wat als ik een intervisie mis?", False), ("kan ik een gemiste intervisie inhalen?", False),  # asked
])
def test_a_meeting_told_as_missed(text: str, missed: bool) -> None:
    assert meeting_missed(text) is missed


@pytest.mark.parametrize(("text", "day", "problem", "span"), [
    ("gisteren", date(2026, 11, 21), None, None),
    ("vandaag met de kring", TODAY, None, None),
    ("morgen", None, "toekomst", (0, 6)),  # a future day is a problem where it stood
    ("31-2-2026 kring", None, "bestaat niet", (0, 9)),
    ("kwaliteitskring Noord", None, "geen datum", None),  # no date at all: nothing to point at
    ("volgende maand", None, "toekomst", (0, 14)), ("in 2030", None, "toekomst", (0, 7)),  # were "Op welke dag?"
    ("vorige maand", None, "Op welke dag in oktober 2026", (0, 12)),  # a month that has been: its day asked
])
def test_done_on_date_is_a_date_not_in_the_future(text: str, day: date | None, problem: str | None,
                                                  span: tuple[int, int] | None) -> None:
    found = done_on_date(text, TODAY)
    if day is not None:
        assert isinstance(found, FoundDate) and found.value == day
    else:
        assert isinstance(found, DateProblem) and str(problem) in found.message and found.span == span


@pytest.mark.parametrize(("text", "problem"), [
    ("volgende maand", "toekomst"), ("31-2", "bestaat niet"), ("morgen!", "toekomst"),
    ("vorige maand", None), ("gisteren", None), ("webinar van morgen", None),  # a month to ask the day of; a name
])
def test_a_date_alone_that_cannot_be_an_activitys_day(text: str, problem: str | None) -> None:
    said = date_alone_problem(text, TODAY)
    assert (said is None) if problem is None else (said is not None and problem in said)


@pytest.mark.parametrize(("text", "several"), [
    ("ik heb een e-learning gedaan van 4 uur en een podcast van 1 uur", True),  # was one: "E-learning en podcast"
    ("ik heb vandaag 2 webinars gevolgd van elk 1 uur", True), ("drie workshops gevolgd", True),
    ("ik heb de cursus afgerond, 3 ects", False), ("webinar van 2 uur gevolgd", False),
    # two named, one amount (was one activity, "Webinar en podcast", of 2 hours)
    ("ik heb gisteren een webinar van 2 uur en een podcast gevolgd", True),
    ("gisteren een cursus en een workshop gedaan", True),
    ("webinar over e-learning maken gevolgd", False), ("training gespreksvoering en coaching, 3 uur", False),
    # a book read or an article written is one too (was one activity, "Webinar en boek")
    ("ik heb een webinar gevolgd van 2 uur en een boek gelezen", True),
    ("ik heb een vakboek over webinars gelezen", False),
])
def test_several_activities_told_at_once(text: str, several: bool) -> None:
    assert several_activities(text) is several


def test_a_day_of_a_month_or_year_still_ahead_is_not_asked() -> None:
    _, problems = parse_line("in 2030 webinar 2 uur", TODAY)  # was "Op welke dag in 2030?"
    assert "toekomst" in problems["date"]


@pytest.mark.parametrize(("text", "title", "other"), [
    # a new activity told where another one's day, amount or evidence is asked: not taken as its answer
    ("ik heb gisteren een boek gelezen", "Webinar ethiek", "Boek"),
    ("ik heb ook een cursus gedaan van 3 uur", "Webinar ethiek", "Cursus"),
    ("vorige week nog een workshop gevolgd", "Webinar ethiek", "Workshop"),
    ("ik heb gisteren een webinar gevolgd", None, "Webinar"),  # asked about a meeting (/reflectie)
    # the same activity, named again with its answer
    ("ik heb het webinar gisteren gevolgd", "Webinar ethiek", None),
    ("die training heb ik vorige week gedaan", "Motiverende gespreksvoering", None),
    ("de cursus duurde 3 uur", "Cursus coachen", None),
    ("een webinar van 2 uur gevolgd", "Webinar ethiek", None),
    # no activity told, or the meeting asked about itself
    ("gisteren", "Webinar ethiek", None), ("3 uur", "Webinar ethiek", None), ("factuur", "Cursus", None),
    ("ik heb gisteren intervisie gehad", None, None),
])
def test_another_activity_told_at_a_step_is_named(text: str, title: str | None, other: str | None) -> None:
    assert another_activity(text, title, TODAY) == other


def test_activity_sentences() -> None:
    draft = activity_sentence("ik heb gisteren een webinar van 2 uur gevolgd", TODAY)
    assert draft is not None
    assert (draft.title, draft.done_on, draft.amount) == ("Webinar", date(2026, 11, 21), Amount("uur", 2))
    for misspelt in ("ik heb gisteren een webinar gevolgt van 2 uur", "gisteren een webinar bijgewoont van 2 uur"):
        typo = activity_sentence(misspelt, TODAY)  # the verb was left in the name ("Webinar gevolgt")
        assert typo is not None and typo.title == "Webinar", misspelt
    assert activity_sentence("wat kost een webinar?", TODAY) is None
    assert activity_sentence("ik heb een cursus van 8 uur gevolgd, telt die mee?", TODAY) is None
    assert activity_sentence("hoeveel punten heb ik nodig", TODAY) is None
    earned = activity_sentence("ik heb 3 ECTS gehaald voor de module arbeidsrecht", TODAY)
    assert earned is not None and (earned.title, earned.amount) == ("Module arbeidsrecht", Amount("ects", 3))
    kept = activity_sentence("ik heb gisteren 2 uur training voor jobcoaches gevolgd", TODAY)
    assert kept is not None and kept.title == "Training voor jobcoaches"  # 'voor' alone is part of a title
    went = activity_sentence("ik ben naar de lezing van Ben Tiggelaar geweest", TODAY)  # "ben" only after "ik"
    assert went is not None and went.title == "Lezing Ben Tiggelaar"
    assert activity_sentence("ik ben 3 uur bij een klant geweest", TODAY) is None  # no activity named: no offer
    assert activity_sentence("ik heb alles gehad", TODAY) is None  # "les" inside a word names nothing
    # an amount alone begins a log; points alone are a count, a question is for the FAQ
    alone = activity_sentence("2,5 uur", TODAY)
    assert alone is not None and (alone.title, alone.amount) == (None, Amount("uur", 2.5))
    assert activity_sentence("3 punten", TODAY) is None and activity_sentence("5 uur?", TODAY) is None
    # with no verb, only an activity with its amount and when it was is a log
    logged = activity_sentence("webinar 12 november", TODAY)  # was "weet ik niet"
    assert logged is not None and (logged.title, logged.done_on) == ("Webinar", date(2026, 11, 12))
    for lasted in ("de training was 3 uur", "de cursus duurde 8 uur"):  # how long it lasted: it has been
        draft = activity_sentence(lasted, TODAY)  # ("de training was 3 uur" got the portfolio's time, outright)
        assert draft is not None and draft.amount is not None and draft.title in ("Training", "Cursus"), lasted
    for plan in ("webinar 2 uur", "morgen webinar van 2 uur", "hoeveel punten webinar 2 uur",
                 "cursus 5 januari",  # ten months back, or next January: not read as a log
                 "verwijder de webinar van gisteren",  # a change to what is logged, not a new log
                 "ik heb de cursus van 8 uur gisteren niet afgerond", "gisteren geen webinar gevolgd",
                 "plan een workshop van 3 uur op 5 januari",
                 "webinar in augustus", "cursus in december",  # months too far back to be sure of
                 "heb jij dat boek gelezen", "ik heb het boek nog niet gelezen",  # asked; not done
                 "ik heb net als vorig jaar geen cursus gevolgd", "ik heb een boek gekocht"):  # not read
        assert activity_sentence(plan, TODAY) is None, plan
    # a month gone by, recently, is when it was: the day in it is asked (these got "weet ik niet" or an FAQ)
    for month in ("2 ects cursus coachvaardigheden vorige maand", "webinar in september", "webinar deze maand"):
        draft = activity_sentence(month, TODAY)
        assert draft is not None and draft.period_said is not None and draft.done_on is None, month


def test_a_comparison_with_another_time_is_no_day() -> None:
    for text in ("ik heb net als vorig jaar een cursus gedaan", "ik heb zoals elk jaar het congres bezocht"):
        draft = activity_sentence(text, TODAY)
        assert draft is not None and draft.done_on is None and draft.period_said is None, text


@pytest.mark.parametrize(("text", "title", "day", "amount"), [
    ("vandaag 3 uur webinar gekeken over loopbaan", "Webinar loopbaan", TODAY, Amount("uur", 3)),  # gekeken
    ("gisteren een congres bezocht van 6 uur", "Congres", date(2026, 11, 21), Amount("uur", 6)),
    ("ik heb 2 uur gestudeerd", None, None, Amount("uur", 2)),  # the name is asked after yes
    ("ik heb in 2024 een post-hbo opleiding gedaan van 10 ECTS", "Post-hbo opleiding", None, Amount("ects", 10)),
    ("ik heb vorige maand een cursus van 8 uur gevolgd", "Cursus", None, Amount("uur", 8)),  # the day is asked
    ("ik heb 2 punten gehaald met een webinar gisteren", "Webinar", date(2026, 11, 21), Amount("punten", 2)),
    ("ik heb via de Noloc Academie een webinar bekeken van 1 uur", "Noloc Academie webinar", None, Amount("uur", 1)),
    ("ik ben naar een congres geweest van 6 uur", "Congres", None, Amount("uur", 6)),  # was "weet ik niet"
    # a compound names the activity too: these got "weet ik niet"
    ("ik ben naar het Noloc jaarcongres geweest", "Noloc jaarcongres", None, None),
    ("gisteren een verdiepingscursus afgerond van 12 uur", "Verdiepingscursus", date(2026, 11, 21),
     Amount("uur", 12)),
    ("supervisie gehad vandaag 2 uur", "Supervisie", TODAY, Amount("uur", 2)),  # was the evidence forms' FAQ
    ("heb net een e-learning afgerond", "E-learning", TODAY, None),  # was titled "Net e-learning"; "net" is today
    # just now is today (the day was asked); "kostte" is no part of the name (was "Artikel , kostte")
    ("ik heb net een podcast geluisterd", "Podcast", TODAY, None),
    ("ik heb zojuist een webinar bekeken van 1 uur", "Webinar", TODAY, Amount("uur", 1)),
    ("ik heb vanochtend een artikel gelezen, kostte 1 uur", "Artikel", TODAY, Amount("uur", 1)),
    # reading names an activity too: these got "weet ik niet"
    ("ik heb een boek gelezen", "Boek", None, None),
    ("gisteren een vakboek over coaching uitgelezen", "Vakboek coaching", date(2026, 11, 21), None),
    ("ik heb vakliteratuur gelezen", "Vakliteratuur", None, None),
    # told in the past tense: the verb is no part of the name (were "Volgde workshop", "Deed e-learning", and "weet
    # ik niet" for "las")
    ("ik volgde vorige week een workshop van 3 uur", "Workshop", date(2026, 11, 15), Amount("uur", 3)),
    ("ik deed gisteren een e-learning van 45 min", "E-learning", date(2026, 11, 21), Amount("uur", 0.75)),
    ("ik las gisteren een artikel van een uur", "Artikel", date(2026, 11, 21), Amount("uur", 1)),
    ("vorige week luisterde ik een podcast van 1 uur", "Podcast", date(2026, 11, 15), Amount("uur", 1)),
    ("ik keek een webinar over ethiek", "Webinar ethiek", None, None),
    ("ik heb vandaag 4 uur aan een e-learning gewerkt", "E-learning", TODAY, Amount("uur", 4)),  # "… gewerkt"
    ("ik was gisteren bij een workshop", "Workshop", date(2026, 11, 21), None),  # was titled "Was workshop"
    # "net als vorig jaar" compares; it is no day (was "Als cursus", dated in 2025)
    ("ik heb net als vorig jaar een cursus gedaan", "Cursus", None, None),
    ("ik heb zoals elk jaar het congres bezocht", "Congres", None, None),
    ("net als vorige keer een webinar gevolgd van 2 uur", "Webinar", None, Amount("uur", 2)),
    # given, not followed: the verb stays in the name (were "weet ik niet")
    ("ik heb gisteren een workshop gegeven", "Workshop gegeven", date(2026, 11, 21), None),
    ("ik heb een training verzorgd van 4 uur", "Training verzorgd", None, Amount("uur", 4)),
    # written, likewise (was "weet ik niet")
    ("ik heb een artikel geschreven voor een vakblad", "Artikel geschreven voor vakblad", None, None),
    # an adverb around the verb is no part of the name (were "Ook boek", "Nog webinar", "Eindelijk opleiding")
    ("ik heb ook een boek gelezen", "Boek", None, None),
    ("ik heb nog een webinar gevolgd gisteren", "Webinar", date(2026, 11, 21), None),
    ("ik heb weer een cursus gedaan vandaag van 2 uur", "Cursus", TODAY, Amount("uur", 2)),
    ("ik heb eindelijk mijn opleiding afgerond", "Opleiding", None, None),
    ("vandaag heb ik even een e-learning gedaan", "E-learning", TODAY, None),
    ("ik heb alweer een training gevolgd", "Training", None, None),
    # no verb, as a log is typed: an activity with its amount and when
    ("vorige week webinar over motiverende gespreksvoering 1,5 uur", "Webinar motiverende gespreksvoering",
     date(2026, 11, 15),
     Amount("uur", 1.5)),
    ("12 november workshop gespreksvoering 3 uur", "Workshop gespreksvoering", date(2026, 11, 12),
     Amount("uur", 3)),
    # a lesson or lecture names one too: these got "weet ik niet"
    ("ik heb gisteren 3 uur les gehad over arbeidsrecht", "Les arbeidsrecht", date(2026, 11, 21), Amount("uur", 3)),
    ("gisteren een hoorcollege bijgewoond", "Hoorcollege", date(2026, 11, 21), None),
    ("vandaag een gastles gevolgd", "Gastles", TODAY, None),
    ("ik had gisteren supervisie, 1,5 uur", "Supervisie", date(2026, 11, 21), Amount("uur", 1.5)),  # "Had supervisie"
])
def test_more_ways_to_tell_an_activity(text: str, title: str | None, day: date | None, amount: Amount) -> None:
    draft = activity_sentence(text, TODAY)
    assert draft is not None and (draft.title, draft.done_on, draft.amount) == (title, day, amount)


def test_draft_round_trips_through_storage() -> None:
    draft = Draft("Cursus", date(2026, 1, 5), Amount("ects", 1.5), "3", "factuur", "file-1", True, True)
    assert Draft.from_data(draft.as_data()) == draft
    assert Draft.from_data(Draft().as_data()) == Draft()


def test_dutch_numbers() -> None:
    assert [number(v) for v in (3.0, 2.5, 0.75, 56)] == ["3", "2,5", "0,75", "56"]


@pytest.mark.parametrize(("text", "who"), [
    ("gisteren met kring Noord", "kring Noord"), ("12 november samen met Piet en Ans", "Piet en Ans"),
    ("gisteren", ""), ("gisteren om 14:00", ""), ("gisteren, was fijn", ""),  # no "met": no one said
])
def test_the_day_of_a_meeting_may_say_who_it_was_with(text: str, who: str) -> None:
    found, company = day_and_company(text, TODAY)
    assert isinstance(found, FoundDate) and company == who


@pytest.mark.parametrize(("text", "title", "day", "amount"), [
    ("ik heb gisteren een webinar gevolgd van 2 uur", "Webinar", date(2026, 11, 21), Amount("uur", 2)),
    ("Congres 12 november", "Congres", date(2026, 11, 12), None),
    ("e-learning 1,5 ects", "E-learning", None, Amount("ects", 1.5)),
    ("Webinar motiverende gespreksvoering", "Webinar motiverende gespreksvoering", None, None),
    ("Training 2024 update", "Training 2024 update", None, None),  # a year alone is no day: all of it is the name
    ("Module 3", "Module 3", None, None),
    ("vorige week donderdag", None, date(2026, 11, 12), None),  # a day or amount alone: no name (was the name)
    ("gisteren, 2 uur", None, date(2026, 11, 21), Amount("uur", 2)), ("anderhalf uur", None, None, Amount("uur", 1.5)),
])
def test_the_name_of_an_activity_may_bring_its_day_and_amount(text: str, title: str | None, day: date | None,
                                                              amount: Amount | None) -> None:
    told = title_answer(text, TODAY)
    assert (told.title, told.done_on, told.amount) == (title, day, amount)


@pytest.mark.parametrize(("text", "title", "hours", "day"), [
    ("webinar 2 uur", "Webinar", 2.0, None),
    ("een cursus gevolgd", "Cursus", None, None),
    ("3 uur", None, 3.0, None),
    ("workshop op 12-11 van 2 uur", "Workshop", 2.0, date(2026, 11, 12)),  # its own day stays
])
def test_what_was_done_on_a_day_told(text: str, title: str | None, hours: float | None, day: date | None) -> None:
    draft = done_that_day(text, TODAY)
    assert draft is not None and draft.title == title and draft.done_on == day
    assert (draft.amount.value if draft.amount else None) == hours


@pytest.mark.parametrize("text", ["hallo", "wat kost een webinar?", "webinar gemist", "intervisie met kring Noord",
                                  "webinar op 31-2"])
def test_not_what_was_done_on_a_day_told(text: str) -> None:
    assert done_that_day(text, TODAY) is None


@pytest.mark.parametrize(("text", "who"), [
    ("intervisie met kring Noord", "kring Noord"), ("intervisiebijeenkomst", ""),
    ("intervisie gemist", None), ("webinar 2 uur", None), ("hoe werkt intervisie?", None),
])
def test_a_meeting_on_a_day_told(text: str, who: str | None) -> None:
    assert meeting_that_day(text) == who


@pytest.mark.parametrize(("text", "field", "value"), [
    ("oh nee, het was 3 uur", "amount", Amount("uur", 3)), ("het waren 4 uur", "amount", Amount("uur", 4)),
    ("sorry, 2,5 uur", "amount", Amount("uur", 2.5)), ("het was gisteren", "date", date(2026, 11, 21)),
    ("nee, 12-11", "date", date(2026, 11, 12)), ("verwijder die laatste", "delete", None),
    ("wis die maar", "delete", None),
    ("het was leuk", None, None), ("nee bedankt", None, None), ("ik heb 3 uur gedaan", None, None),
    ("verwijder de webinar van gisteren", None, None),  # names another: the list's, as before
    ("verwijder", None, None),
    # named by a word of its title, or with "duurde" (were suggestions)
    ("de webinar was 4 uur", "amount", Amount("uur", 4)), ("het duurde 90 minuten", "amount", Amount("uur", 1.5)),
    ("oh die cursus was gisteren", "date", date(2026, 11, 21)), ("de webinar was leuk", None, None),
    ("de webinar was 3 uur in plaats van 2", "amount", Amount("uur", 3)),  # what it was is left out (was none)
    ("het was gisteren, niet vandaag", "date", date(2026, 11, 21)),
    # a word between (was offered as a new activity, "Webinar eigenlijk · 3 uur")
    ("de webinar was eigenlijk 3 uur", "amount", Amount("uur", 3)), ("het was toch gisteren", "date",
                                                                      date(2026, 11, 21)),
    ("oh nee, het was eigenlijk 2,5 uur", "amount", Amount("uur", 2.5)), ("het was eigenlijk leuk", None, None),
    # a category told (was the Noloc Academie's FAQ entry, outright)
    ("zet de webinar in categorie 3", "category", ("categorie 3", "webinar")),
    ("oh nee, het was buiten mijn vakgebied", "category", ("buiten mijn vakgebied", None)),
    ("verander de categorie van de cursus naar overige", "category", ("overige", "cursus")),
    ("de webinar valt in categorie 1", "category", ("categorie 1", "webinar")),
    ("valt de webinar in categorie 3?", None, None), ("zet de webinar in mijn agenda", None, None),
])
def test_a_correction_of_what_was_just_logged(text: str, field: str | None, value: object) -> None:
    told = correction(text, TODAY)
    assert (told.field if told else None) == field
    if told is not None and field == "category":
        assert (told.category, told.named) == value
    elif told is not None and field != "delete":
        assert (told.amount if field == "amount" else told.day) == value


@pytest.mark.parametrize(("caption", "told"), [
    ("certificaat cursus coaching", ("Cursus coaching", None)),
    ("hier is de factuur van de training van gisteren", ("Training", date(2026, 11, 21))),
    ("factuur", None), ("factuur, klopt dit?", None), ("foto van mijn bureau", None),  # names no activity, or asks
])
def test_a_caption_may_name_a_new_activity_beside_the_file(caption: str, told: tuple[str, date | None] | None) -> None:
    draft = caption_new_activity(caption, TODAY)
    assert (None if draft is None else (draft.title, draft.done_on)) == told


@pytest.mark.parametrize(("text", "announced"), [
    ("hier is het bewijs van de webinar", True), ("ik stuur je de factuur van de cursus", True),
    ("hierbij mijn certificaat", True),
    ("hoe stuur ik bewijs?", False), ("ik heb geen bewijs", False), ("hier is mijn vraag", False),
])
def test_evidence_announced_in_words(text: str, announced: bool) -> None:
    assert evidence_announced(text) is announced


@pytest.mark.parametrize(("text", "title", "named"), [
    # a new name for what was just logged (were "weet ik niet")
    ("verander de naam naar webinar beroepsethiek", "Webinar beroepsethiek", None),
    ("noem het Webinar beroepsethiek", "Webinar beroepsethiek", None),
    ("wijzig de titel in 'Training gespreksvoering'", "Training gespreksvoering", None),
    ("de naam moet zijn: Cursus coachen", "Cursus coachen", None),
    ("oh, de naam is eigenlijk Cursus coachen", "Cursus coachen", None),
    # of one named, also days later
    ("verander de naam van de webinar naar Webinar beroepsethiek", "Webinar beroepsethiek", "webinar"),
    ("wijzig de naam van mijn cursus in de zorg naar Cursus zorg", "Cursus zorg", "cursus in de zorg"),
])
def test_a_new_name_told_for_what_was_logged(text: str, title: str, named: str | None) -> None:
    told = correction(text, TODAY)
    assert told is not None and (told.field, told.title, told.named) == ("title", title, named)


@pytest.mark.parametrize("text", ["hoe verander ik de naam?", "noem het maar", "de naam is", "wat is de naam"])
def test_no_new_name_told(text: str) -> None:
    told = correction(text, TODAY)
    assert told is None or told.field != "title"


def test_a_correction_named_by_a_word_fits_only_a_title_with_it() -> None:
    told = correction("de webinar was 4 uur", TODAY)
    assert told is not None and told.names("Webinar netwerken") and not told.names("Cursus coaching")
    unnamed = correction("het was 4 uur", TODAY)
    assert unnamed is not None and unnamed.names("Cursus coaching")


@pytest.mark.parametrize(("text", "which", "amount", "day"), [
    ("wijzig de cursus naar 6 uur", "wijzig de cursus", Amount("uur", 6), None),
    ("verander de datum van de webinar naar 10 november", "verander de datum van de webinar", None,
     date(2026, 11, 10)),
    ("wijzig de cursus", "wijzig de cursus", None, None),
    ("verplaats de training naar de map", "verplaats de training naar de map", None, None),  # no amount or day
])
def test_a_change_names_its_item_and_what_it_becomes(text: str, which: str, amount: Amount | None,
                                                    day: date | None) -> None:
    assert change_to(text, TODAY) == (which, amount, day)


LOGGED = [Activity(1, "Webinar netwerken", date(2026, 11, 12), 3, "1", Amount("uur", 3)),
          Activity(2, "Cursus coaching", date(2026, 11, 20), 8, "1", Amount("uur", 8)),
          Activity(3, "Webinar gespreksvoering", date(2026, 11, 20), 2, "1", Amount("uur", 2))]


@pytest.mark.parametrize(("text", "newest"), [("de laatste webinar", True), ("mijn vorige cursus", True),
                                              ("de intervisie van vorige keer", True),
                                              ("de webinar van vorige maand", False), ("vorige week", False)])
def test_the_newest_is_named_by_laatste_or_vorige_but_not_by_a_period(text: str, newest: bool) -> None:
    assert bool(NEWEST.search(text)) is newest


@pytest.mark.parametrize(("text", "expected"), [
    ("verwijder de webinar van 12 november", 1), ("wijzig mijn cursus coaching", 2),
    ("verwijder de webinar van 20 november", 3), ("wijzig de webinar over gespreksvoering", 3),
    ("verwijder de activiteit van 12-11", 1), ("wijzig de webinr netwerken", 1),  # a typo still fits
    ("verwijder de webinar", None),  # two fit: the list shows them
    ("wijzig mijn activiteit", None), ("verwijder de cursus van 3 oktober", None),  # none named, none fits
    ("verwijder de laatste activiteit", 3), ("wijzig mijn vorige", 3),  # the newest, as the list has it (were none)
    ("verwijder de laatste cursus", 2), ("ik wil de cursus verwijderen", 2),  # of those fitting the name
])
def test_a_change_names_one_logged_activity(text: str, expected: int | None) -> None:
    named = activity_named(text, LOGGED, TODAY)
    assert (named.id if named else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("verwijder de intervisie van gisteren", 1), ("verwijder de intervisie met kring Zuid", 2),
    ("verwijder de intervisie", None), ("verwijder de intervisie van 3 oktober", None),
    ("verwijder de laatste intervisie", 1),  # the newest
])
def test_a_change_names_one_logged_meeting(text: str, expected: int | None) -> None:
    meetings = [Reflection(1, date(2026, 11, 21), "kring Noord"), Reflection(2, date(2026, 11, 10), "kring Zuid")]
    named = meeting_named(text, meetings, TODAY)
    assert (named.id if named else None) == expected
    assert deletes(text)



@pytest.mark.parametrize(("caption", "expected"), [
    ("factuur van de webinar van 12 november", 1), ("certificaat cursus coaching", 2),  # a logged one it names
    ("webinar gespreksvoering gisteren 2 uur", "Webinar gespreksvoering"),  # a new one it tells
    ("factuur", None), ("bewijs", None), ("wat kost recertificering?", None),  # what the file is, or a question
    ("factuur van de webinar", None),  # two fit: asked
])
def test_what_a_files_caption_says_it_is_evidence_for(caption: str, expected: int | str | None) -> None:
    told = caption_activity(caption, LOGGED, TODAY)
    assert (told.id if isinstance(told, Activity) else told.title if told else None) == expected


@pytest.mark.parametrize(("text", "several"), [
    ("ik had intervisie op 3 en 10 november", True), ("intervisie op 3, 10 en 17 november", True),
    ("intervisie gehad op 3 november en 10 november", True),
    ("ik had op 3 november intervisie met kring noord en op 10 november met kring west", True),
    ("intervisie op 3 november", False), ("intervisie van 3 t/m 5 november", False),  # one, over days
    ("ik had 2 uur intervisie op 3 november", False),
    ("ik heb vorige week 2 keer intervisie gehad", True), ("drie keer een bijeenkomst", True),  # were one meeting
    ("ik heb 1 keer intervisie gehad", False),
])
def test_meetings_on_days_listed_are_several(text: str, several: bool) -> None:
    assert several_meetings(text) is several


@pytest.mark.parametrize(("text", "told"), [
    ("ik heb mijn bhv herhaling gedaan", True), ("ik heb een brief geschreven", True),
    ("ik heb een coachgesprek gehad", True), ("we hebben de training afgerond", True),
    ("heb ik mijn bhv herhaling gedaan?", False), ("ik heb geen cursus gedaan", False),  # asked, or not done
    ("ik heb de cursus gemist", False), ("ik heb een cursus gepland", False), ("de cursus is gedaan", False),
])
def test_something_done_told_in_the_first_person(text: str, told: bool) -> None:
    assert something_done_told(text) is told
