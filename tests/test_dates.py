"""Dutch date phrasings with a fixed today (Sunday 22 November 2026), and the bad ones."""

from __future__ import annotations

from datetime import date

import pytest

from bot.dates import (
    MONTH_NAMES,
    DateProblem,
    FoundDate,
    Prefer,
    Span,
    date_answer,
    days_left_phrase,
    days_phrase,
    find_date,
    long_date,
    short_date,
    span_asked,
    stored_period,
    within_period,
    years_named,
)

TODAY = date(2026, 11, 22)  # a Sunday

GOOD = [
    ("mijn certificaat verloopt op 14 maart 2027", None, date(2027, 3, 14)),
    ("ik ben op 1 februari 2023 gecertificeerd", None, date(2023, 2, 1)),
    ("14-3-2027", None, date(2027, 3, 14)),
    ("03-04-2025", None, date(2025, 4, 3)),  # day first, not 4 March
    ("14/3/27", None, date(2027, 3, 14)),
    ("14.3.2027", None, date(2027, 3, 14)),
    ("2027-03-14", None, date(2027, 3, 14)),
    ("1 feb. 2023", None, date(2023, 2, 1)),
    ("1 febr 2023", None, date(2023, 2, 1)),
    ("14 maart '27", None, date(2027, 3, 14)),
    ("14 MAART 2027", None, date(2027, 3, 14)),
    ("op 1e april 2027", None, date(2027, 4, 1)),
    ("14 mrt", "future", date(2027, 3, 14)),
    ("14 mrt", "past", date(2026, 3, 14)),
    ("12 maart", None, date(2026, 3, 12)),
    ("12-3", "past", date(2026, 3, 12)),
    ("29 februari", "future", date(2028, 2, 29)),
    ("29 februari", "past", date(2024, 2, 29)),
    ("vandaag", None, TODAY),
    ("gisteren", None, date(2026, 11, 21)),
    ("eergisteren", None, date(2026, 11, 20)),
    ("morgen", None, date(2026, 11, 23)),
    ("overmorgen", None, date(2026, 11, 24)),
    ("volgende vrijdag", None, date(2026, 11, 27)),
    ("komende zondag", None, date(2026, 11, 29)),  # today is Sunday: the next one
    ("vorige vrijdag", None, date(2026, 11, 20)),
    ("afgelopen maandag", None, date(2026, 11, 16)),
    ("vrijdag", "past", date(2026, 11, 20)),
    ("vrijdag", "future", date(2026, 11, 27)),
    ("over drie dagen", None, date(2026, 11, 25)),
    ("over 2 weken", None, date(2026, 12, 6)),
    ("3 dagen geleden", None, date(2026, 11, 19)),
    ("twee weken geleden", None, date(2026, 11, 8)),
    ("vorige week", None, date(2026, 11, 15)),
    ("eergisteravond", None, date(2026, 11, 20)), ("eergistermiddag", None, date(2026, 11, 20)),  # were no date
    ("vorige week dinsdag", None, date(2026, 11, 10)),  # that day of the calendar week before this one
    ("dinsdag vorige week", None, date(2026, 11, 10)),
    ("afgelopen week zondag", None, date(2026, 11, 15)),
    ("volgende week vrijdag", None, date(2026, 11, 27)),
    ("woensdag van komende week", None, date(2026, 11, 25)),
    ("deze week maandag", None, date(2026, 11, 16)),
    ("14 maart vorig jaar", "past", date(2025, 3, 14)),  # the year in words, not the nearest 14 March
    ("14 maart volgend jaar", None, date(2027, 3, 14)),
    ("3 februari afgelopen jaar", "future", date(2025, 2, 3)),
    ("vorig jaar 14 maart", "future", date(2025, 3, 14)),  # said before it (was 14 March 2027)
    ("volgend jaar op 3 februari", "past", date(2027, 2, 3)),  # (was 3 February 2026)
    ("de 12e", "past", date(2026, 11, 12)),  # a day of this month, or the nearest on the asked side
    ("de 25e", "past", date(2026, 10, 25)),
    ("de 25e", "future", date(2026, 11, 25)),
    ("zaterdag de 14e", "past", date(2026, 11, 14)),
    ("de 12e van vorige maand", None, date(2026, 10, 12)),
    ("vorige maand op de 3e", None, date(2026, 10, 3)),
    ("vorige maand 12", None, date(2026, 10, 12)),
    ("gisteravond", None, date(2026, 11, 21)),  # a part of the day is that day
    ("vanochtend", None, TODAY),
    ("morgenmiddag", None, date(2026, 11, 23)),
    ("afgelopen vrijdagmiddag", None, date(2026, 11, 20)),
    # "jongstleden" and its short forms are part of the day said (were left in an activity's name)
    ("dinsdag jl.", "past", date(2026, 11, 17)), ("dinsdag j.l.", "past", date(2026, 11, 17)),
    ("zaterdag jongstleden", "past", date(2026, 11, 21)),
    ("eind juni", "future", date(2027, 6, 30)),
    ("eind juni", "past", date(2026, 6, 30)),
    ("eind februari 2028", None, date(2028, 2, 29)),
    ("begin maart 2027", None, date(2027, 3, 1)),
    ("half januari", "future", date(2027, 1, 15)),
    ("eind dit jaar", None, date(2026, 12, 31)),
    ("geldig tot eind 2027", None, date(2027, 12, 31)),
    ("einde van volgend jaar", None, date(2027, 12, 31)),
    ("eind vorig jaar", None, date(2025, 12, 31)),
    ("12 december 14:00 casus bespreken", "future", date(2026, 12, 12)),
    ("webinar van 3 uur op 12-03-2026", None, date(2026, 3, 12)),
    ("ik heb gisteren een webinar van 2 uur gevolgd", None, date(2026, 11, 21)),
    ("Mijn certificaat verloopt 14-3-2027.", None, date(2027, 3, 14)),  # a sentence's full stop
    ("kring Noord, 20.11.2026.", None, date(2026, 11, 20)),
    ("ik was er op 2026-11-20.", None, date(2026, 11, 20)),
    ("dat was 12-3.", "past", date(2026, 3, 12)),
    ("op 12-3, met de kring", "past", date(2026, 3, 12)),
    ("mijn certificaat verloopt veertien maart 2027", None, date(2027, 3, 14)),  # the day written out
    ("op de eenentwintigste juni", "past", date(2026, 6, 21)),
    ("tweeentwintig juni vorig jaar", None, date(2025, 6, 22)),  # no diaeresis, as typed on a phone
    ("Eén December", "future", date(2026, 12, 1)),
]


@pytest.mark.parametrize(("text", "prefer", "expected"), GOOD)
def test_dutch_phrasings(text: str, prefer: str | None, expected: date) -> None:
    found = find_date(text, TODAY, prefer)  # type: ignore[arg-type]
    assert isinstance(found, FoundDate), found
    assert found.value == expected


BAD = [
    ("31 februari", "bestaat niet"),
    ("29-2-2025", "bestaat niet"),
    ("31 april 2027", "bestaat niet"),
    ("30-13-2027", "Maand 13"),
    ("hallo, hoe gaat het?", "geen datum"),
    ("", "geen datum"),
    ("9 uur", "geen datum"),           # a number of hours never becomes a date
    ("3 uur", "geen datum"),
    ("2,5 u webinar", "geen datum"),
    ("90 minuten", "geen datum"),
    ("om 9.30 uur", "geen datum"),
    ("maart 2027", "Op welke dag"),
    ("1-1-1800", "jaar 1800"),
    ("vrijdag de 14e", "is geen vrijdag"),  # 14 November 2026 is a Saturday
    ("maandag 12 november", "is geen maandag"), ("maandag, 12-11-2026", "is geen maandag"),  # was 12 November
    ("de 31e", "31 november 2026 bestaat niet"),
    ("goedemorgen", "geen datum"),
]


@pytest.mark.parametrize(("text", "prefer", "asked"), [
    ("afgerond in juni", "past", "Op welke dag in juni 2026? Typ de hele datum, bijvoorbeeld 14 juni 2026."),
    ("webinar december", "past", "Op welke dag in december 2025?"),  # December 2026 is still to come
    ("verloopt in juni", "future", "Op welke dag in juni 2027?"),
    ("in november", "future", "Op welke dag in november 2026?"),  # this month is both
    ("MEI", None, "Op welke dag in mei 2026?"),
])
def test_a_month_alone_asks_for_the_day(text: str, prefer: str | None, asked: str) -> None:
    found = find_date(text, TODAY, prefer)  # type: ignore[arg-type]
    assert isinstance(found, DateProblem) and found.message.startswith(asked)
    assert found.span is not None and text[found.span[0]:found.span[1]].lower() in MONTH_NAMES


@pytest.mark.parametrize(("text", "asked", "said"), [
    ("volgende maand", "Op welke dag in december 2026?", "volgende maand"),  # was 22 December: made up
    ("vorige maand 3 webinars gevolgd", "Op welke dag in oktober 2026?", "vorige maand"),  # 3: a count
    ("deze maand", "Op welke dag in november 2026?", "deze maand"),
    ("verloopt volgend jaar", "Op welke dag in 2027?", "volgend jaar"),
    ("post-hbo opleiding in 2024", "Op welke dag in 2024?", "in 2024"),
    # counted in months or years: as vague (these were made up: 22 December, 22 May 2027, 22 November 2028)
    ("over een maand", "Op welke dag in december 2026?", "over een maand"),
    ("verloopt over 6 maanden", "Op welke dag in mei 2027?", "over 6 maanden"),
    ("over twee jaar", "Op welke dag in 2028?", "over twee jaar"),
    ("cursus 3 maanden geleden", "Op welke dag in augustus 2026?", "3 maanden geleden"),
    ("over een half jaar", "Op welke dag in mei 2027?", "over een half jaar"),  # were no date at all
    ("anderhalf jaar geleden", "Op welke dag in mei 2025?", "anderhalf jaar geleden"),
])
def test_a_month_or_year_said_in_words_asks_for_the_day(text: str, asked: str, said: str) -> None:
    found = find_date(text, TODAY)
    assert isinstance(found, DateProblem) and found.message.startswith(asked)
    assert found.span is not None and text[found.span[0]:found.span[1]] == said


@pytest.mark.parametrize(("text", "asked"), [
    ("2027", "Op welke dag in 2027?"), ("in 2025", "Op welke dag in 2025?"),
    ("weet ik niet", "Ik zie geen datum"), ("eind 2027", None),
])
def test_a_year_alone_answering_which_date_asks_for_the_day(text: str, asked: str | None) -> None:
    found = date_answer(text, TODAY, "future")
    if asked is None:
        assert isinstance(found, FoundDate) and found.value == date(2027, 12, 31)
    else:
        assert isinstance(found, DateProblem) and asked in found.message


def test_a_year_in_a_text_is_no_date_for_find_date() -> None:
    """'Congres Loopbaan 2026' keeps its year: only an answer to "which date?" reads a year as a date asked."""
    found = find_date("Congres Loopbaan 2026", TODAY, "past")
    assert isinstance(found, DateProblem) and found.span is None


def test_een_before_a_month_is_the_article() -> None:
    found = find_date("een mei-workshop gevolgd", TODAY, "past")
    assert isinstance(found, DateProblem) and found.asks_day


@pytest.mark.parametrize("text", ["coaching met Jan", "training dec", "mar-coaching"])
def test_a_short_month_alone_is_no_date(text: str) -> None:
    """'jan' and 'dec' are months only next to a day or a year: alone they may be a name."""
    found = find_date(text, TODAY, "past")
    assert isinstance(found, DateProblem) and found.span is None


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_input_explains_itself(text: str, message: str) -> None:
    found = find_date(text, TODAY)
    assert isinstance(found, DateProblem)
    assert message in found.message


@pytest.mark.parametrize(("text", "expected", "typed"), [
    ("gisterne", date(2026, 11, 21), "gisterne"),  # these were "Ik zie geen datum"
    ("12 novmber", date(2026, 11, 12), "12 novmber"),
    ("ik heb gistren een webinar gevolgd", date(2026, 11, 21), "gistren"),
    ("afgelopen vrijdg 3 uur", date(2026, 11, 20), "afgelopen vrijdg"),
    ("de webinar van 3 septmber over netwerken", date(2026, 9, 3), "3 septmber"),  # longer mended, span as typed
    ("vandag", TODAY, "vandag"),
])
def test_a_misspelt_date_word_is_mended(text: str, expected: date, typed: str) -> None:
    found = find_date(text, TODAY, "past")
    assert isinstance(found, FoundDate) and found.value == expected and text[found.start:found.end] == typed


@pytest.mark.parametrize(("text", "expected", "typed"), [
    ("mijn certificaat verloopt niet op 1 juni maar op 1 juli 2027", date(2027, 7, 1), "1 juli 2027"),
    ("niet gisteren maar eergisteren", date(2026, 11, 20), "eergisteren"),
    ("de webinar was niet op 3 maar op 4 november", date(2026, 11, 4), "4 november"),
    ("niet veel tijd gehad maar op 4 november toch een webinar", date(2026, 11, 4), "4 november"),
])
def test_the_day_after_niet_maar_is_the_one_meant(text: str, expected: date, typed: str) -> None:
    found = find_date(text, TODAY, "past")  # was the day denied, before "maar"
    assert isinstance(found, FoundDate) and found.value == expected and text[found.start:found.end] == typed


@pytest.mark.parametrize(("text", "message"), [("15", "Welke maand bedoel je?"), ("3.", "bijvoorbeeld <i>3 maart</i>"),
                                             ("32", "Ik zie geen datum"), ("abc", "Ik zie geen datum")])
def test_a_day_alone_asks_for_its_month(text: str, message: str) -> None:
    found = find_date(text, TODAY, "past")  # "15" was "Ik zie geen datum"
    assert isinstance(found, DateProblem) and found.span is None and message in found.message


@pytest.mark.parametrize(("text", "today", "days"), [
    ("afgelopen weekend", TODAY, "zaterdag 21 november 2026 of zondag 22 november 2026"),  # today is Sunday
    ("afgelopen weekend", date(2026, 11, 21), "zaterdag 14 november 2026 of zondag 15 november 2026"),  # Saturday
    ("vorig weekend", date(2026, 11, 18), "zaterdag 14 november 2026 of zondag 15 november 2026"),
    ("volgend weekend", date(2026, 11, 21), "zaterdag 28 november 2026 of zondag 29 november 2026"),
    ("het weekend", date(2026, 11, 18), "zaterdag 14 november 2026 of zondag 15 november 2026"),
])
def test_a_weekend_asks_which_of_its_days(text: str, today: date, days: str) -> None:
    found = find_date(text, today, "past")  # was "Ik zie geen datum"
    assert isinstance(found, DateProblem) and found.span is not None and days in found.message
    assert text[found.span[0]:found.span[1]] == text  # the whole of it leaves an activity's name


@pytest.mark.parametrize("text", ["maand", "volgens mij", "overige activiteiten", "zaterdagen werk ik niet",
                                  "fijn weekend", "ik werk niet in het weekend"])  # a wish, any weekend
def test_a_word_only_near_a_date_word_is_no_date(text: str) -> None:
    found = find_date(text, TODAY, "past")
    assert isinstance(found, DateProblem) and found.span is None


def test_span_points_at_the_date() -> None:
    text = "/pe 12-03-2026 3 uur Webinar motiverende gespreksvoering"
    found = find_date(text, TODAY)
    assert isinstance(found, FoundDate) and text[found.start:found.end] == "12-03-2026"


def test_the_dutch_dates_planning_writes_for_many_users_are_worked_out_once() -> None:
    """babel is slow per call; a decorator that slipped onto another function once left long_date uncached."""
    long_date(date(2031, 5, 6))
    before = long_date.cache_info().hits
    assert long_date(date(2031, 5, 6)) == "dinsdag 6 mei 2031" and long_date.cache_info().hits == before + 1


@pytest.mark.parametrize(("text", "today", "years"), [
    ("verloopt in 2027", None, [2027]), ("verloopt volgend jaar", date(2026, 11, 22), [2027]),
    ("dit jaar of in 2030", date(2026, 11, 22), [2030, 2026]), ("verloopt volgend jaar", None, []),
])
def test_the_years_a_text_names(text: str, today: date | None, years: list[int]) -> None:
    assert years_named(text, today) == years


def test_dutch_formatting() -> None:
    assert long_date(date(2027, 3, 12)) == "vrijdag 12 maart 2027"
    assert short_date(date(2027, 3, 12)) == "12 mrt 2027"
    assert [days_phrase(n) for n in (0, 1, -1, 5, -3)] == ["vandaag", "morgen", "gisteren", "over 5 dagen",
                                                            "3 dagen geleden"]


def test_clip_cuts_at_a_word() -> None:
    from bot.views import clip

    assert clip("kort", 10) == "kort"
    assert clip("Je PE-punten lopen achter: 56 van 75, terwijl", 30) == "Je PE-punten lopen achter: 56…"
    assert clip("x" * 50, 10) == "x" * 9 + "…"


@pytest.mark.parametrize(("typed", "period", "read"), [
    ("14", (2023, 3), "14 maart 2023"), ("de 14e", (2023, 3), "14 maart 2023"),
    (" op de 3de ", (2026, 12), "3 december 2026"),
    ("14 maart", (2023, None), "14 maart 2023"),  # "Op welke dag in 2023?": the year is added
    ("1 maart", (2024, 3), "1 maart 2024"),  # the month said again: the year asked about (was this year's)
    ("14", (2023, None), "14"),  # no month asked: a bare day stays what it is
    ("14 maart 2024", (2023, None), "14 maart 2024"), ("gisteren", (2023, 3), "gisteren"),
])
def test_a_short_answer_to_which_day_is_read_in_the_period_asked(typed: str, period: tuple[int, int | None],
                                                                 read: str) -> None:
    assert within_period(typed, period) == read


def test_which_day_carries_the_period_it_asks_about() -> None:
    asked = find_date("afgerond in juni 2025", TODAY)
    assert isinstance(asked, DateProblem) and asked.asks_day and asked.period == (2025, 6)
    year = date_answer("2027", TODAY)
    assert isinstance(year, DateProblem) and year.period == (2027, None)


@pytest.mark.parametrize(("days", "phrase"), [(0, "vandaag de laatste dag"), (1, "nog 1 dag"), (99, "nog 99 dagen")])
def test_time_left_reads_as_dutch(days: int, phrase: str) -> None:
    assert days_left_phrase(days) == phrase


@pytest.mark.parametrize(("kept", "period"), [([2026, 10], (2026, 10)), ([2025, None], (2025, None)),
                                              ([], None), (None, None), ("2026", None)])
def test_a_period_kept_in_a_dialogue_reads_back(kept: object, period: tuple[int, int | None] | None) -> None:
    assert stored_period(kept) == period
    assert within_period("14", period) == ("14" if period is None or period[1] is None else "14 oktober 2026")


@pytest.mark.parametrize(("text", "first", "last", "name"), [
    ("wat heb ik vorige maand gedaan", date(2026, 10, 1), date(2026, 10, 31), "in oktober 2026"),
    ("welke cursussen heb ik dit jaar gevolgd", date(2026, 1, 1), date(2026, 12, 31), "in 2026"),
    ("2025", date(2025, 1, 1), date(2025, 12, 31), "in 2025"),  # a year alone, as /lijst takes it
    ("oktober 2025", date(2025, 10, 1), date(2025, 10, 31), "in oktober 2025"),
    ("in februari", date(2026, 2, 1), date(2026, 2, 28), "in februari 2026"),  # the one past, not next year's
    ("wat heb ik vorige week gedaan", date(2026, 11, 9), date(2026, 11, 15), "van 9 nov 2026 t/m 15 nov 2026"),
    ("deze week", date(2026, 11, 16), date(2026, 11, 22), "van 16 nov 2026 t/m 22 nov 2026"),
    ("vorige week dinsdag", date(2026, 11, 10), date(2026, 11, 10), "op 10 nov 2026"),  # that day, not the week
    ("sinds september", date(2026, 9, 1), TODAY, "van 1 sep 2026 t/m 22 nov 2026"),
    ("vanaf 1 oktober", date(2026, 10, 1), TODAY, "van 1 okt 2026 t/m 22 nov 2026"),
    ("op 12 november", date(2026, 11, 12), date(2026, 11, 12), "op 12 nov 2026"),
])
def test_the_span_a_question_about_what_was_done_names(text: str, first: date, last: date, name: str) -> None:
    span = span_asked(text, TODAY)
    assert span == Span(first, last) and span.name == name


@pytest.mark.parametrize("text", ["toon mijn activiteiten", "bla", "", "31 februari"])
def test_a_question_naming_no_span_gets_none(text: str) -> None:
    assert span_asked(text, TODAY) is None


def test_a_span_holds_its_own_days_and_no_others() -> None:
    october = Span(date(2026, 10, 1), date(2026, 10, 31))
    assert date(2026, 10, 1) in october and date(2026, 10, 31) in october
    assert date(2026, 9, 30) not in october and date(2026, 11, 1) not in october and "2026-10-05" not in october


@pytest.mark.parametrize(("text", "prefer", "period"), [
    ("maart vorig jaar", "future", (2025, 3)), ("vorig jaar in maart", "past", (2025, 3)),  # were 2027 and 2026
    ("in maart van vorig jaar", "past", (2025, 3)), ("volgend jaar maart", "past", (2027, 3)),
    ("in juni van dit jaar", "future", (2026, 6)),  # was June 2027
    ("in juni", "future", (2027, 6)), ("in juni", "past", (2026, 6)),  # no year said: the nearest on that side
])
def test_a_month_with_its_year_in_words_asks_the_day_in_that_year(text: str, prefer: Prefer,
                                                                   period: tuple[int, int]) -> None:
    found = find_date(text, TODAY, prefer)
    assert isinstance(found, DateProblem) and found.asks_day and found.period == period
