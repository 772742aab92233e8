"""Dutch dates: finding one in what a user typed, and the one place that writes dates in Dutch.

Absolute dates ("14 maart 2027", "14-3-2027") go through one cached dateparser parser with day-first
order. dateparser misses phrasings people use ("volgende vrijdag", "over drie dagen", "eind juni") and
reads "9 uur" as a time of day, so a small layer here finds those, relative to a `today` passed in,
and blanks out amounts of time first so that a number of hours never becomes a date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from functools import cache, lru_cache
from typing import Any, Literal
from zoneinfo import ZoneInfo

from babel.dates import format_date
from dateutil.relativedelta import relativedelta
from rapidfuzz import fuzz, process

Prefer = Literal["past", "future"] | None
AMSTERDAM = ZoneInfo("Europe/Amsterdam")  # every date the bot shows or reasons about is Amsterdam time

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
MONTH_NAMES = ("", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december")
WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6}
NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}
EARLIEST_YEAR, LATEST_YEAR = 1990, 2100


# Days of the month written out ("veertien maart", "de eenentwintigste juni"). Plain "een" is left out:
# before a month it is more often the article ("een mei-workshop") than the first; "Eén" opens a sentence.
_DAYS_WRITTEN = (
    ("één", "eén", "eerste"), ("twee", "tweede"), ("drie", "derde"), ("vier", "vierde"), ("vijf", "vijfde"),
    ("zes", "zesde"), ("zeven", "zevende"), ("acht", "achtste"), ("negen", "negende"), ("tien", "tiende"),
    ("elf", "elfde"), ("twaalf", "twaalfde"), ("dertien", "dertiende"), ("veertien", "veertiende"),
    ("vijftien", "vijftiende"), ("zestien", "zestiende"), ("zeventien", "zeventiende"), ("achttien", "achttiende"),
    ("negentien", "negentiende"), ("twintig", "twintigste"), ("eenentwintig", "eenentwintigste"),
    ("tweeëntwintig", "tweeëntwintigste"), ("drieëntwintig", "drieëntwintigste"),
    ("vierentwintig", "vierentwintigste"), ("vijfentwintig", "vijfentwintigste"), ("zesentwintig", "zesentwintigste"),
    ("zevenentwintig", "zevenentwintigste"), ("achtentwintig", "achtentwintigste"),
    ("negenentwintig", "negenentwintigste"), ("dertig", "dertigste"), ("eenendertig", "eenendertigste"),
)
# on a phone the diaeresis is often left out: "tweeentwintig"
DAY_WORDS = {spelled: day for day, words in enumerate(_DAYS_WRITTEN, 1)
             for word in words for spelled in {word, word.replace("ë", "e")}}

MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first: "sept" before "sep"
_WEEKDAY = "|".join(WEEKDAYS)
_COUNT = r"\d{1,3}|" + "|".join(NUMBERS)
_FLAGS = re.IGNORECASE

# Amounts of time and times of day: blanked before looking for a date.
AMOUNT = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:uur|uren|uurtje|uurtjes|u|min|minuten|minuut|kwartier|sbu|ects|"
                    r"pe-punten|punten|punt|dagdelen|dagdeel)\b", _FLAGS)
TIME_OF_DAY = re.compile(r"(?<![\d.:/-])\d{1,2}[:.]\d{2}(?![\d:/-]|\.\d)(?:\s*uur)?", _FLAGS)

NUMERIC_FULL = re.compile(r"(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d/-]|\.\d)")
ISO = re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-]|\.\d)")
NUMERIC_SHORT = re.compile(r"(?<![\d/.,:-])(\d{1,2})[-/](\d{1,2})(?![\d/:-]|[.,]\d)")
_DAY_WORD = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
DAY_MONTH = re.compile(rf"(?<![\w'])(\d{{1,2}}(?:e|ste|de)?|{_DAY_WORD})\s+({MONTH_WORDS})\b\.?"
                       rf"(?:\s*(\d{{4}}|'\d{{2}}))?(?!\w)", _FLAGS)
PART_OF_MONTH = re.compile(rf"\b(begin|eind|einde|half|halverwege|medio|midden)\s+(?:van\s+)?({MONTH_WORDS})\b\.?"
                           rf"(?:\s*(\d{{4}}|'\d{{2}}))?", _FLAGS)
MONTH_YEAR = re.compile(rf"\b({MONTH_WORDS})\b\.?\s*(\d{{4}})\b", _FLAGS)
# a month named alone ("in juni"): written out in full, as "jan" or "mar" in a title may be a name
MONTH_ALONE = re.compile(rf"\b({'|'.join(MONTH_NAMES[1:])})\b", _FLAGS)
# "eind dit jaar", "einde van volgend jaar", "eind 2027": 31 December of that year
END_OF_YEAR = re.compile(r"\b(?:eind|einde)\s{1,3}(?:van\s{1,3})?(?:(dit|het|vorig|vorige|verleden|afgelopen|volgend|"
                         r"volgende|komend|komende)\s{1,3}jaar|(19\d{2}|20\d{2}))\b", _FLAGS)
_DAYPART = "ochtend|morgen|middag|avond|nacht"
# "gisteravond", "vanochtend", "morgenmiddag": the day, whatever part of it
SIMPLE_DAY = re.compile(rf"\b(?:(eergisteren|gisteren|vandaag|overmorgen|morgen)(?:{_DAYPART}|vroeg)?"
                        rf"|(eergister|gister|van)(?:{_DAYPART}))\b", _FLAGS)  # "eergisteravond" too
# "dinsdag jl." (jongstleden): the last one, the abbreviation part of the day said (was left in the name)
WEEKDAY = re.compile(rf"\b(?:(volgende|komende|aanstaande|deze|vorige|afgelopen)\s+)?({_WEEKDAY})(?:{_DAYPART})?\b"
                     r"(?:\s{1,3}(?:j\.\s?l\.|l\.\s?l\.|(?:jl|ll)\b\.?|jongstleden\b|laatstleden\b))?", _FLAGS)
# "afgelopen weekend": two days, of which the one meant is asked (was "Ik zie geen datum")
WEEKEND = re.compile(r"(?<!\bin )\b(?:afgelopen|vorig|vorige|dit|het|deze|komend|komende|volgend|volgende)\s{1,3}"
                     r"weekend\b", _FLAGS)  # "in het weekend" is any weekend, "fijn weekend" a wish
# a year said in words next to a day and month: "14 maart vorig jaar"
# (bounded gaps: an unbounded \s* before a searched word costs quadratic time on a long run of spaces)
YEAR_WORDS = re.compile(r"[\s,]{0,3}(?:van\s{1,3})?\b(vorig|vorige|verleden|afgelopen|volgend|volgende|komend|"
                        r"komende|dit)\s{1,3}jaar\b", _FLAGS)
# … or just before it: "vorig jaar 14 maart", "volgend jaar in maart"
YEAR_WORDS_BEFORE = re.compile(r"\b(vorig|vorige|verleden|afgelopen|volgend|volgende|komend|komende|dit)\s{1,3}jaar"
                               r"[\s,]{1,3}(?:in\s{1,3}|op\s{1,3})?$", _FLAGS)
# "vorige", "deze", "volgende" … week or maand: how many weeks or months away from this one
PERIOD_OFFSETS = {"deze": 0, "vorige": -1, "afgelopen": -1, "volgende": 1, "komende": 1}
_PERIOD_WORD = "|".join(PERIOD_OFFSETS)
# a day of a month said in words: "de 14e", "de 12e van vorige maand", "vorige maand op de 12e"
ORDINAL_DAY = re.compile(rf"\bde\s+(\d{{1,2}})(?:e|ste|de)\b(?:\s+(?:van\s+)?(?:de\s+)?({_PERIOD_WORD})\s+maand\b)?"
                         rf"|\b({_PERIOD_WORD})\s+maand\s+(?:op\s+)?(?:de\s+)?(\d{{1,2}})(?:e|ste|de)?(?![\w.,:-])"
                         rf"(?!\s+[a-z])", _FLAGS)
# a range of days around a date: "2 en 3 november", "12 t/m 14 november", "van 12 tot 14-11",
# "3 oktober en 10 oktober": the activity's date is its last day, and the whole range leaves the title
_RANGE_WORD = r"(?:en|t/m|tm|tot en met|tot|-|–)"
RANGE_BEFORE = re.compile(rf"(?:\bvan\s{{1,3}})?(?<![\w.,:/-])(\d{{1,2}})(?:e|ste|de)?\s{{0,3}}{_RANGE_WORD}\s{{0,3}}$",
                          _FLAGS)
RANGE_AFTER = re.compile(rf"\s{{0,3}}{_RANGE_WORD}\s{{0,3}}", _FLAGS)
WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY})\s*(?:,\s*)?$", _FLAGS)  # "zaterdag de 14e", "zaterdag, de 14e"
IN_COUNT = re.compile(rf"\bover\s+({_COUNT})\s+(dag|dagen|week|weken|maand|maanden|jaar)\b", _FLAGS)
AGO = re.compile(rf"\b({_COUNT})\s+(dag|dagen|week|weken|maand|maanden|jaar)\s+(?:geleden|terug)\b", _FLAGS)
# "over een half jaar", "anderhalf jaar geleden": in months
HALF_YEARS = re.compile(r"\b(?:over\s{1,3}(een\s{1,3}half|anderhalf)\s{1,3}jaar"
                        r"|(een\s{1,3}half|anderhalf)\s{1,3}jaar\s{1,3}(?:geleden|terug))\b", _FLAGS)
DAY_OF_WEEK = re.compile(rf"\b(?:({_PERIOD_WORD})\s+week\s+({_WEEKDAY})"
                         rf"|({_WEEKDAY})\s+(?:van\s+)?({_PERIOD_WORD})\s+week)\b", _FLAGS)
NEXT_WEEK = re.compile(r"\b(volgende|komende|vorige|afgelopen)\s{1,3}week\b", _FLAGS)  # the same weekday then
# "vorige maand", "volgend jaar", "in 2024": a month or a year without the day, which is asked
VAGUE_PERIOD = re.compile(r"\b(volgende?|komende?|vorige?|afgelopen|verleden|dit|deze)\s{1,3}(maand|jaar)\b", _FLAGS)
IN_YEAR = re.compile(r"\bin\s{1,3}(19\d{2}|20\d{2})\b", _FLAGS)
YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")  # a year alone ("in 2023"), as the year steps read one

SIMPLE_OFFSETS = {"eergisteren": -2, "eergister": -2, "gisteren": -1, "gister": -1, "vandaag": 0, "van": 0, "morgen": 1,
                  "overmorgen": 2}
YEAR_OFFSETS = {"vorig": -1, "vorige": -1, "verleden": -1, "afgelopen": -1, "volgend": 1, "volgende": 1,
                "komend": 1, "komende": 1, "dit": 0, "het": 0, "deze": 0}  # "eind het jaar", "deze maand"
PART_DAY = {"begin": 1, "half": 15, "halverwege": 15, "medio": 15, "midden": 15}


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text, with where it stood (to cut it out of e.g. an activity title)."""
    value: date
    start: int
    end: int


@dataclass(frozen=True)
class DateProblem:
    """No usable date; `message` tells the user why, in Dutch, and `span` where a wrong date stood."""
    message: str
    span: tuple[int, int] | None = None  # None: no date-like text at all
    asks_day: bool = False  # a month or a year was said: only the day is missing
    period: tuple[int, int | None] | None = None  # that year and month, to read a short answer in


DAY_WITHOUT_MONTH = "Welke maand bedoel je? Typ de dag met de maand, bijvoorbeeld <i>{day} maart</i>."
NO_DATE = ("Ik zie geen datum in je bericht. Typ hem bijvoorbeeld zo: <i>14 maart 2027</i>, <i>14-3-2027</i> "
           "of <i>gisteren</i>.")


@cache
def _parser() -> Any:
    """The one dateparser parser: Dutch, day before month ("03-04-2025" is 3 April)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["nl"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                                       "RETURN_AS_TIMEZONE_AWARE": False})


def warm_up() -> None:
    """Load dateparser's Dutch data now, so the first user does not wait for it."""
    _parser().get_date_data("1 januari 2025")


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _full_year(raw: str) -> int:
    raw = raw.lstrip("'")
    return int(raw) + 2000 if len(raw) == 2 else int(raw)


def _check_day(day: int, month: int, year: int | None) -> DateProblem | None:
    if not 1 <= month <= 12:
        return DateProblem(f"Maand {month} bestaat niet. Typ de datum als dag-maand-jaar, bijvoorbeeld 14-3-2027.")
    last = calendar.monthrange(year or 2024, month)[1]  # 2024: a leap year, so 29 februari passes without a year
    if not 1 <= day <= last:
        return DateProblem(f"{day} {MONTH_NAMES[month]}{f' {year}' if year else ''} bestaat niet. "
                           "Kijk de datum nog eens na.")
    return None


def _with_year(day: int, month: int, today: date, prefer: Prefer) -> date:
    """A day and month without a year: this year, or the nearest one on the preferred side of today."""
    year = today.year
    if month == 2 and day == 29:
        while not calendar.isleap(year):
            year += -1 if prefer == "past" else 1
        candidate = date(year, 2, 29)
    else:
        candidate = date(year, month, day)
    if prefer == "future" and candidate < today:
        candidate = candidate + relativedelta(years=1)
    elif prefer == "past" and candidate > today:
        candidate = candidate - relativedelta(years=1)
    return candidate


def _month_start(month: int, today: date, prefer: Prefer) -> date:
    """The first day of a month named without a year: this year's, or the nearest on the preferred side."""
    return _with_year(1, month, today.replace(day=1), prefer)


@lru_cache(maxsize=4096)  # dateparser takes ~2 ms a call; people type the same dates again
def _via_dateparser(day: int, month: int, year: int) -> date | DateProblem:
    problem = _check_day(day, month, year)
    if problem:
        return problem
    parsed = _parser().get_date_data(f"{day:02d}-{month:02d}-{year:04d}").date_obj
    if parsed is None:  # pragma: no cover - a checked day-month-year always parses
        return DateProblem("Die datum begrijp ik niet. Typ hem als dag-maand-jaar, bijvoorbeeld 14-3-2027.")
    value: date = parsed.date()
    return value


def _absolute(text: str, today: date, prefer: Prefer) -> FoundDate | DateProblem | None:
    for pattern, order in ((NUMERIC_FULL, "dmy"), (ISO, "ymd")):
        m = pattern.search(text)
        if m:
            a, b, c = m.groups()
            day, month, year = (int(a), int(b), _full_year(c)) if order == "dmy" else (int(c), int(b), int(a))
            return _found(_via_dateparser(day, month, year), m)
    m = DAY_MONTH.search(text)
    if m:
        day, month = _day_of_month(m.group(1)), MONTHS[m.group(2).lower()]
        if m.group(3):
            return _found(_via_dateparser(day, month, _full_year(m.group(3))), m)
        said = _year_said_with(text, m, today)
        if said:  # "14 maart vorig jaar", "vorig jaar 14 maart"
            year, start, end = said
            return _found(_via_dateparser(day, month, year), m, end, start)
        return _found(_check_day(day, month, None) or _with_year(day, month, today, prefer), m)
    m = NUMERIC_SHORT.search(text)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        return _found(_check_day(day, month, None) or _with_year(day, month, today, prefer), m)
    m = ORDINAL_DAY.search(text)
    if m:
        return _ordinal_day(text, m, today, prefer)
    return None


def _year_said_with(text: str, m: re.Match[str], today: date) -> tuple[int, int, int] | None:
    """A year said in words right after or before a day or month ("maart vorig jaar", "vorig jaar in maart"):
    that year, and where the date stands with it; None when none is."""
    after = YEAR_WORDS.match(text, m.end())
    if after:
        return today.year + YEAR_OFFSETS[after.group(1).lower()], m.start(), after.end()
    before = YEAR_WORDS_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before:
        return today.year + YEAR_OFFSETS[before.group(1).lower()], before.start(), m.end()
    return None


def _ordinal_day(text: str, m: re.Match[str], today: date, prefer: Prefer) -> FoundDate | DateProblem:
    """"de 14e" (this month, or the nearest on the preferred side), "de 12e van vorige maand";
    a weekday said with it must be that day's ("zaterdag de 14e")."""
    day, word = int(m.group(1) or m.group(4)), (m.group(2) or m.group(3) or "").lower()
    first = today.replace(day=1)
    if word:
        first += relativedelta(months=PERIOD_OFFSETS[word])
    elif prefer == "past" and day > today.day:
        first -= relativedelta(months=1)
    elif prefer == "future" and day < today.day:
        first += relativedelta(months=1)
    return _with_weekday(text, _found(_via_dateparser(day, first.month, first.year), m))


def _with_weekday(text: str, found: FoundDate | DateProblem) -> FoundDate | DateProblem:
    """A weekday said just before a date must be that date's ("zaterdag de 14e", "maandag 16 november");
    then it is part of the date."""
    if isinstance(found, DateProblem):
        return found
    named = WEEKDAY_BEFORE.search(text, 0, found.start)
    if named is None:
        return found
    if WEEKDAYS[named.group(1).lower()] != found.value.weekday():
        return DateProblem(f"{long_date(found.value).capitalize()} is geen {named.group(1).lower()}. "
                           "Typ de hele datum, bijvoorbeeld 14 maart 2027.", (named.start(), found.end))
    return FoundDate(found.value, named.start(), found.end)


def _found(result: date | DateProblem, m: re.Match[str], end: int | None = None,
           start: int | None = None) -> FoundDate | DateProblem:
    """The date or the problem, where it stood (the match, widened to `start`/`end` when given)."""
    span = (m.start() if start is None else start, m.end() if end is None else end)
    return FoundDate(result, *span) if isinstance(result, date) else replace(result, span=span)


def _day_of_month(raw: str) -> int:
    """"14", "14e" or "veertien" as 14."""
    digits = raw.rstrip("edst")
    return int(digits) if digits.isdigit() else DAY_WORDS[raw.lower()]


def _count(raw: str) -> int:
    return NUMBERS.get(raw.lower(), 0) if not raw.isdigit() else int(raw)


def _counted_days(m: re.Match[str]) -> bool:
    """"over 3 dagen", "twee weken geleden": a count of days or weeks, which names a day."""
    return m.group(2).lower().startswith(("dag", "we"))


def _signed_count(m: re.Match[str]) -> int:
    """The count of an IN_COUNT ("over 6 maanden") or AGO ("3 maanden geleden") match, negative for AGO."""
    return _count(m.group(1)) if m.re is IN_COUNT else -_count(m.group(1))


def _shift(today: date, amount: int, unit: str) -> date:
    unit = unit.lower()
    if unit.startswith("dag"):
        return today + timedelta(days=amount)
    if unit.startswith("we"):
        return today + timedelta(weeks=amount)
    moved: date = today + (relativedelta(months=amount) if unit.startswith("maand") else relativedelta(years=amount))
    return moved


def _relative(text: str, today: date, prefer: Prefer) -> FoundDate | None:
    m = END_OF_YEAR.search(text)
    if m:
        end_year = int(m.group(2)) if m.group(2) else today.year + YEAR_OFFSETS[m.group(1).lower()]
        return FoundDate(date(end_year, 12, 31), m.start(), m.end())
    m = PART_OF_MONTH.search(text)
    if m:
        part, month = m.group(1).lower(), MONTHS[m.group(2).lower()]
        year = _full_year(m.group(3)) if m.group(3) else None
        first = date(year, month, 1) if year else _month_start(month, today, prefer)
        day = calendar.monthrange(first.year, month)[1] if part.startswith("eind") else PART_DAY[part]
        return FoundDate(first.replace(day=day), m.start(), m.end())
    m = SIMPLE_DAY.search(text)
    if m:
        return FoundDate(today + timedelta(days=SIMPLE_OFFSETS[(m.group(1) or m.group(2)).lower()]),
                         m.start(), m.end())
    m = IN_COUNT.search(text) or AGO.search(text)
    if m and _counted_days(m):  # months or years counted are vague: _find_date asks which day
        return FoundDate(_shift(today, _signed_count(m), m.group(2)), m.start(), m.end())
    m = DAY_OF_WEEK.search(text)
    if m:  # "vorige week dinsdag": that day in the calendar week (Monday to Sunday) before this one
        weeks = PERIOD_OFFSETS[(m.group(1) or m.group(4)).lower()]
        weekday = WEEKDAYS[(m.group(2) or m.group(3)).lower()]
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)
        return FoundDate(monday + timedelta(days=weekday), m.start(), m.end())
    m = NEXT_WEEK.search(text)
    if m:
        return FoundDate(_shift(today, PERIOD_OFFSETS[m.group(1).lower()], "week"), m.start(), m.end())
    m = WEEKDAY.search(text)
    if m:
        return FoundDate(_weekday(today, WEEKDAYS[m.group(2).lower()], (m.group(1) or "").lower(), prefer),
                         m.start(), m.end())
    return None


def _weekday(today: date, weekday: int, word: str, prefer: Prefer) -> date:
    ahead = (weekday - today.weekday()) % 7
    if word in ("vorige", "afgelopen") or (not word and prefer == "past"):
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    if word == "deze":
        return today + timedelta(days=ahead)
    return today + timedelta(days=ahead or 7)


def _range(text: str, found: FoundDate, today: date, prefer: Prefer) -> FoundDate:
    """The date widened to a range of days said around it, dated on the range's last day."""
    before = RANGE_BEFORE.search(text, max(0, found.start - 40), found.start)
    if before and 1 <= int(before.group(1)) < found.value.day:  # "12 t/m 14 november": 14 November
        return replace(found, start=before.start())
    after = RANGE_AFTER.match(text, found.end)
    if after:  # "3 oktober en 10 oktober": a second whole date right after the connecting word
        second = _absolute(text[after.end():after.end() + 40], today, prefer)
        if isinstance(second, FoundDate) and second.start == 0:
            return FoundDate(max(found.value, second.value), found.start, after.end() + second.end)
    return found


def which_day(year: int, span: tuple[int, int], month: int | None = None) -> DateProblem:
    """A month or a year was said without the day: ask for it ("Op welke dag in juni 2026?")."""
    return DateProblem(day_question((year, month)), span, asks_day=True, period=(year, month))


def day_question(period: tuple[int, int | None], about: str = "") -> str:
    """"Op welke dag in juni 2026?", or with what happened then ("… verloopt je certificaat?"), and an example
    in that month or year; within_period reads the answer."""
    year, month = period
    example = f"14 {MONTH_NAMES[month or 3]} {year}"
    asked = f"{period_name(period)} {about}" if about else period_name(period)
    return f"Op welke dag in {asked}? Typ de hele datum, bijvoorbeeld {example}."


def day_asked_again(problem: DateProblem, period: tuple[int, int | None] | None,
                    question: Callable[[tuple[int, int | None]], str]) -> str:
    """What a date typed where a day is asked gets: the day's `question` for the period it names or the one
    asked about, under what was wrong with it ("40 oktober bestaat niet"), or alone when only the day was missing."""
    asked = problem.period or period
    if asked is None:
        return problem.message
    return question(asked) if problem.asks_day else f"{problem.message}\n{question(asked)}"


def period_name(period: tuple[int, int | None]) -> str:
    """"oktober 2026", or "2026" for a year alone."""
    year, month = period
    return f"{MONTH_NAMES[month]} {year}" if month else str(year)


def period_ahead(problem: DateProblem, today: date) -> date | None:
    """The first day of the month or year whose day `problem` asks, when all of it is still to come ("in 2030",
    "volgende maand"); None otherwise."""
    if not (problem.asks_day and problem.period):
        return None
    year, month = problem.period
    start = date(year, month or 1, 1)
    return start if start > today else None


def stored_period(value: object) -> tuple[int, int | None] | None:
    """A period asked about, as a dialogue keeps it in its data ([year, month or null]); None when there is none."""
    if not isinstance(value, list) or len(value) != 2:
        return None
    return int(value[0]), int(value[1]) if value[1] else None


BARE_DAY = re.compile(r"(?:de\s+|op\s+de\s+)?(\d{1,2})(?:e|de|ste)?\.?", re.IGNORECASE)


def within_period(text: str, period: tuple[int, int | None] | None) -> str:
    """A short answer to "Op welke dag in maart 2023?" completed with that period: "14", "de 14e" or "14 maart"
    is "14 maart 2023", as "14 maart" is after "Op welke dag in 2023?"; anything else (or with no period asked
    about) as typed."""
    if period is None:
        return text
    year, month = period
    bare = BARE_DAY.fullmatch(text.strip())
    if bare and month:
        return f"{int(bare.group(1))} {MONTH_NAMES[month]} {year}"
    if MONTH_ALONE.search(text) and not YEAR.search(text):  # "14 maart" after "Op welke dag in maart 2024?"
        return f"{text.strip()} {year}"
    return text


# "niet op 1 juni maar op 1 juli": the day before "maar" is denied, the one after it meant
NOT_BUT = re.compile(r"\bniet\b[^.?!]{0,60}?\bmaar\b", re.IGNORECASE)


def find_date(text: str, today: date, prefer: Prefer = None) -> FoundDate | DateProblem:
    """The first date in a Dutch text, relative to `today`, or the one after "niet … maar"; a DateProblem says
    why there is none."""
    corrected = NOT_BUT.search(text[:500])
    if corrected is not None:
        meant = _mended_date(text[corrected.end():], today, prefer)
        if isinstance(meant, FoundDate):
            return FoundDate(meant.value, meant.start + corrected.end(), meant.end + corrected.end())
    return _mended_date(text, today, prefer)


def _mended_date(text: str, today: date, prefer: Prefer) -> FoundDate | DateProblem:
    """The first date in a text; a text with no date at all is read once more with its misspelt date words
    mended ("gisterne", "12 novmber")."""
    found = _find_date(text, today, prefer)
    if not (isinstance(found, DateProblem) and found.span is None):
        return found
    mended, back = _mended(text[:500])
    if back is None:
        return found
    again = _find_date(mended, today, prefer)
    if isinstance(again, FoundDate):  # where it stood, in the text as typed
        return FoundDate(again.value, back(again.start), back(again.end))
    if again.span is not None:
        return replace(again, span=(back(again.span[0]), back(again.span[1])))
    return found


# Words a date is told with, as a misspelling of them is mended (shorter ones, "juni" and "juli", too often
# turn into each other)
DATE_WORDS = (*MONTH_NAMES[1:], *WEEKDAYS, "gisteren", "eergisteren", "vandaag", "overmorgen", "vorige", "afgelopen",
              "volgende")
MEND_MIN_LEN = 5
MEND_CUTOFF = 85  # rapidfuzz ratio: "gisterne" is 87.5 from gisteren, "maand" 80 from maart
_LETTERS = re.compile(r"[^\W\d_]+")


def _mended(text: str) -> tuple[str, Callable[[int], int] | None]:
    """The text with misspelt date words written right, and a function from a position in it back to the
    same place in the text as typed (None when nothing was mended)."""
    edits: list[tuple[int, int, int]] = []  # where each mended word ended as typed, and where it stands now
    parts, last, shift = [], 0, 0
    for m in _LETTERS.finditer(text):
        word = m.group(0).lower()
        if len(word) < MEND_MIN_LEN or word in MONTHS or word.startswith(DATE_WORDS):  # "zaterdagen": no typo
            continue
        hit = process.extractOne(word, DATE_WORDS, scorer=fuzz.ratio, score_cutoff=MEND_CUTOFF)
        if hit is None:
            continue
        parts += [text[last:m.start()], hit[0]]
        edits.append((m.end(), m.start() + shift, m.start() + shift + len(hit[0])))
        shift += len(hit[0]) - len(word)
        last = m.end()
    if not edits:
        return text, None

    def back(position: int) -> int:
        at = position
        for typed_end, start, end in edits:
            if position >= end:
                at = position + typed_end - end
            elif position > start:  # inside a mended word: a span never starts there, so it ends with it
                return typed_end
            else:
                break
        return at

    return "".join([*parts, text[last:]]), back


def _relative_range(text: str, found: FoundDate | None, today: date) -> FoundDate | None:
    """"Gisteren en vandaag", "vorige week maandag t/m woensdag": a range of days said in words, dated on its last
    day (within a week of the first), the whole range leaving the title."""
    after = RANGE_AFTER.match(text, found.end) if found else None
    if found is None or after is None:
        return found
    rest = text[after.end():after.end() + 40]
    day, weekday = SIMPLE_DAY.match(rest), WEEKDAY.match(rest)
    if day:
        last, end = today + timedelta(days=SIMPLE_OFFSETS[(day.group(1) or day.group(2)).lower()]), day.end()
    elif weekday and not weekday.group(1):  # "t/m volgende woensdag" is no day of the same week
        ahead = (WEEKDAYS[weekday.group(2).lower()] - found.value.weekday()) % 7
        last, end = found.value + timedelta(days=ahead), weekday.end()
    else:
        return found
    within_a_week = found.value < last <= found.value + timedelta(days=6)
    return FoundDate(last, found.start, after.end() + end) if within_a_week else found


def _find_date(text: str, today: date, prefer: Prefer = None) -> FoundDate | DateProblem:
    text = text[:500]
    full = NUMERIC_FULL.search(text) or ISO.search(text)
    blanked = text if full else _blank(_blank(text, AMOUNT), TIME_OF_DAY)
    absolute = _absolute(blanked, today, prefer)
    if isinstance(absolute, DateProblem):
        return absolute
    if absolute is not None:
        absolute = _with_weekday(blanked, absolute)
        if isinstance(absolute, DateProblem):
            return absolute
        absolute = _range(blanked, absolute, today, prefer)
    found = absolute or _relative_range(blanked, _relative(blanked, today, prefer), today)
    if found is None:
        m = MONTH_YEAR.search(blanked)
        if m:
            return which_day(int(m.group(2)), m.span(), MONTHS[m.group(1).lower()])
        m = MONTH_ALONE.search(blanked)
        if m:  # "afgerond in juni": the nearest June on the preferred side of today, or in the year said
            month, said = MONTHS[m.group(1).lower()], _year_said_with(blanked, m, today)
            if said:  # "maart vorig jaar", "volgend jaar in maart"
                return which_day(said[0], (said[1], said[2]), month)
            return which_day(_month_start(month, today, prefer).year, m.span(), month)
        vague = _vague_period(blanked, today)
        if vague is not None:
            return vague
        m = WEEKEND.search(blanked)
        if m:
            return _which_weekend_day(m, today, prefer)
        m = IN_YEAR.search(blanked)
        if m:
            return which_day(int(m.group(1)), m.span())
        bare = BARE_DAY.fullmatch(text.strip())  # "15" where no month was asked about: which is asked
        day = int(bare.group(1)) if bare else 0
        return DateProblem(DAY_WITHOUT_MONTH.format(day=day) if 1 <= day <= 31 else NO_DATE)
    if not EARLIEST_YEAR <= found.value.year <= LATEST_YEAR:
        return DateProblem(f"Het jaar {found.value.year} lijkt me niet te kloppen. Kijk de datum nog eens na.",
                           (found.start, found.end))
    return found


def _which_weekend_day(m: re.Match[str], today: date, prefer: Prefer) -> DateProblem:
    """"Afgelopen weekend": which of its two days is asked, both named (the last weekend begun, or for a day
    to come, the next one)."""
    ahead = prefer == "future" or m.group(0).lower().startswith(("komend", "volgend"))
    # ahead: the next Saturday after today; else the last weekend whose Sunday has come
    saturday = today + timedelta(days=(5 - today.weekday()) % 7 or 7) if ahead else \
        today - timedelta(days=(today.weekday() - 6) % 7 + 1)
    sunday = saturday + timedelta(days=1)
    return DateProblem(f"Welke dag van het weekend: {long_date(saturday)} of {long_date(sunday)}? Typ de dag.",
                       m.span())


def _vague_period(text: str, today: date) -> DateProblem | None:
    """A month or year said by how far away it is, without its day: "vorige maand", "over 6 maanden", "twee
    jaar geleden", "over een half jaar". Which day of it is asked: a date a month away would be made up."""
    m = VAGUE_PERIOD.search(text)
    if m:
        then, unit = _shift(today, YEAR_OFFSETS[m.group(1).lower()], m.group(2)), m.group(2)
    elif m := IN_COUNT.search(text) or AGO.search(text):  # days and weeks counted were taken by _relative
        then, unit = _shift(today, _signed_count(m), m.group(2)), m.group(2)
    elif m := HALF_YEARS.search(text):
        months = 18 if "anderhalf" in m.group(0).lower() else 6
        then, unit = _shift(today, months if m.group(1) else -months, "maand"), "maand"
    else:
        return None
    return which_day(then.year, m.span(), then.month if unit.lower().startswith("maand") else None)


def date_answer(text: str, today: date, prefer: Prefer = None) -> FoundDate | DateProblem:
    """The reply to "which date?": the whole message is meant as one, so a year alone asks for the day."""
    found = find_date(text, today, prefer)
    year = YEAR.search(text[:500]) if isinstance(found, DateProblem) and found.span is None else None
    return which_day(int(year.group(1)), year.span()) if year else found


# "14:00", "om 14.30", "van 14:00 tot 16:00", "14:00-16:00", "om 14 uur", "10 uur", "14u"
CLOCK_TIME = re.compile(r"(?<![\d.:/-])(?:(?:om|van|vanaf)\s+)?(\d{1,2})[:.uh](\d{2})(?:\s*uur)?"  # "19u30" too
                        r"(?:\s*(?:-|–|tot)\s*(\d{1,2})[:.](\d{2})(?:\s*uur)?)?(?![\d:/-]|\.\d)"
                        # whole hours from and to: "van 19 tot 21 uur", "19-21 uur", "om 7 uur tot 9 uur"
                        r"|(?<![\w.,:/-])(?:(?:om|van|vanaf)\s+)?(\d{1,2})(?:\s*(?:uur|u))?\s*(?:-|–|tot)\s*"
                        r"(\d{1,2})\s*(?:uur|u)\b"
                        r"|\bom\s+(\d{1,2})(?:\s*(?:uur|u))?\b|(?<![\w.,])(\d{1,2})\s*(?:uur|u)\b", re.IGNORECASE)
# "'s avonds", "’s avonds" (a phone's apostrophe), "savonds", "'s-middags", "in de avond" (were the topic, the hour
# kept as typed); "morgen" alone is a day, not the morning
AFTERNOON = re.compile(r"\s{0,3}(?:(?:['‘’`]?s[\s-]{0,3})?(middag|avond|ochtend|morgen|nacht)s"
                       r"|in\s{1,3}de\s{1,3}(middag|avond|ochtend|morgen|nacht))\b", re.IGNORECASE)
NIGHT_HOURS = range(1, 7)  # "om 2 uur" with no part of the day: a group meets at 14:00, not at 2 at night
# "half drie" is 2:30, "kwart over 10" 10:15, "kwart voor 2" 1:45
QUARTER_TIME = re.compile(r"\b(?:om\s+)?(half|kwart\s+over|kwart\s+voor)\s+(\d{1,2}|"
                          + "|".join(n for n in NUMBERS if n != "één") + r")\b(?:\s*uur)?", re.IGNORECASE)
QUARTER_SHIFT = {"half": (-1, 30), "kwart over": (0, 15), "kwart voor": (-1, 45)}
# "om acht uur", "om negen": a whole hour in words, only after "om" ("twee uur" alone is as often an amount)
WORD_HOUR = re.compile(r"\bom\s+(" + "|".join(n for n in NUMBERS if n not in ("een", "één")) + r")\b(?:\s*uur)?",
                       re.IGNORECASE)


@dataclass(frozen=True)
class FoundTime:
    hour: int
    minute: int
    start: int
    end: int
    until: time | None = None  # the end time, when one was given ("14:00-16:00")
    bare: bool = False  # said alone ("om 7 uur", "van 7 tot 9 uur", "half 8"): no clock minutes, no part of the day


def _part_of_day(text: str, hour: int, end: int, as_written: bool) -> tuple[int, int]:
    """The hour with the part of the day said after it ("2 uur 's middags"), or 1–6 read as the afternoon
    unless `as_written`; and where the time ends."""
    part = AFTERNOON.match(text, end)
    if part:
        later = (part.group(1) or part.group(2)).lower() in ("middag", "avond")
        return hour + (12 if later and hour < 12 else 0), part.end()
    return hour + (12 if hour in NIGHT_HOURS and not as_written else 0), end


def find_time(text: str) -> FoundTime | DateProblem | None:
    """A time of day for a meeting: "14:00", "14.30", "19u30", "om 14 uur", "14u", "om acht uur"; None when there
    is none."""
    m = CLOCK_TIME.search(text[:500])
    quarter = QUARTER_TIME.search(text[:500])
    word = WORD_HOUR.search(text[:500])
    if word and all(other is None or word.start() < other.start() for other in (m, quarter)):
        hour, end = _part_of_day(text, NUMBERS[word.group(1).lower()], word.end(), False)
        return FoundTime(hour, 0, word.start(), end, bare=end == word.end())
    if quarter and (m is None or quarter.start() < m.start()):
        said, number = " ".join(quarter.group(1).lower().split()), quarter.group(2).lower()
        shift, minute = QUARTER_SHIFT[said]
        hour = (int(number) if number.isdigit() else NUMBERS[number]) + shift
        hour, end = _part_of_day(text, hour or 12, quarter.end(), False)
        # "half 8" with no part of the day is as open as "om 8 uur": the morning as said, the evening offered
        if not 0 <= hour <= 23:
            return DateProblem(f"{quarter.group(0).strip()} is geen geldige tijd. Typ bijvoorbeeld <i>14:30</i>.")
        return FoundTime(hour, minute, quarter.start(), end, bare=end == quarter.end())
    if m is None:
        return None
    typed_hour = int(m.group(1) or m.group(5) or m.group(7) or m.group(8))
    hour, end = _part_of_day(text, typed_hour, m.end(), (m.group(1) or "").startswith("0"))  # "02:00" as written
    bare = m.group(1) is None and end == m.end()
    minute = int(m.group(2) or 0)
    until_hour, until_minute = (int(m.group(3)), int(m.group(4))) if m.group(3) else (0, 0)
    if m.group(5):  # whole hours: the end shifted as the start was ("van 7 tot 9 uur 's avonds" is 19–21)
        until_hour = int(m.group(6)) + (hour - typed_hour if int(m.group(6)) < 12 else 0)
    if hour >= 12 and until_hour in NIGHT_HOURS:  # "2:00-4:00", "2 uur 's middags tot 4:00"
        until_hour += 12
    if hour > 23 or minute > 59 or until_hour > 23 or until_minute > 59:
        return DateProblem(f"{m.group(0).strip()} is geen geldige tijd. Typ bijvoorbeeld <i>14:00</i>.")
    until = m.group(3) or m.group(5)
    return FoundTime(hour, minute, m.start(), end, time(until_hour, until_minute) if until else None, bare)


# Words that only tie a date or a time to the sentence: cut with it ("op 12 maart", "om 14:00").
DATE_LINKS = frozenset({"op", "om", "in", "d.d.", "dd"})


def cut(text: str, spans: list[tuple[int, int]], links: frozenset[str] = frozenset()) -> str:
    """The text without the spans (a date, a time, an amount), each with a linking word just before it."""
    for start, end in sorted(spans, reverse=True):
        before = text[:start].rstrip()
        word = before.rsplit(None, 1)[-1] if before else ""
        if word.lower() in links:
            before = before[: -len(word)]
        text = before + " " + text[end:]
    return text


@dataclass(frozen=True)
class Span:
    """A stretch of days asked about ("vorige maand", "in 2025"), both ends included."""
    first: date
    last: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    @property
    def name(self) -> str:
        """"in oktober 2026", "in 2025", "op 12 nov 2026", or "van 9 nov 2026 t/m 15 nov 2026"."""
        if self.first.day == 1 and self.last == self.first + relativedelta(months=1, days=-1):
            return f"in {period_name((self.first.year, self.first.month))}"
        if (self.first.month, self.first.day, self.last.month, self.last.day) == (1, 1, 12, 31) \
                and self.first.year == self.last.year:
            return f"in {self.first.year}"
        if self.first == self.last:
            return f"op {short_date(self.first)}"
        return f"van {short_date(self.first)} t/m {short_date(self.last)}"


WEEK_ASKED = re.compile(r"\b(deze|vorige|afgelopen)\s{1,3}week\b", _FLAGS)  # a calendar week, Monday to Sunday
SINCE = re.compile(r"\b(?:sinds|vanaf|na)\s{1,3}$", _FLAGS)  # "sinds september": from then up to today


def span_asked(text: str, today: date) -> Span | None:
    """The days a question about what was done names ("wat heb ik vorige maand gedaan"): a week, month, year
    or day, or from one of them up to `today`; None when it names none."""
    week = WEEK_ASKED.search(text[:500])
    if week and not DAY_OF_WEEK.search(text[:500]):  # "vorige week dinsdag" is that one day
        monday = today - timedelta(days=today.weekday(), weeks=-PERIOD_OFFSETS[week.group(1).lower()])
        return Span(monday, min(monday + timedelta(days=6), today))
    found = date_answer(text, today, "past")  # a year alone ("/lijst 2025") is that year
    if isinstance(found, FoundDate):
        first, last, start = found.value, found.value, found.start
    elif found.period is not None and found.span is not None:
        year, month = found.period
        first = date(year, month or 1, 1)
        last = first + relativedelta(months=1, days=-1) if month else date(year, 12, 31)
        start = found.span[0]
    else:
        return None
    if SINCE.search(text[:start]):
        last = today
    return Span(first, last) if first <= last else None


def years_named(text: str, today: date | None = None) -> list[int]:
    """The years a text names: written out ("in 2027"), or, when `today` is known, in words ("volgend jaar")."""
    years = [int(year) for year in YEAR.findall(text)]
    if today is not None:
        years += [today.year + YEAR_OFFSETS[m.group(1).lower()] for m in YEAR_WORDS.finditer(text)]
    return years


# ---- writing dates in Dutch: the one place ------------------------------------------------------------

@lru_cache(maxsize=8192)  # babel is slow per call and planning writes the same dates for many users
def long_date(day: date) -> str:
    """'zondag 14 maart 2027'."""
    return str(format_date(day, "EEEE d MMMM y", locale="nl"))


@lru_cache(maxsize=8192)
def short_date(day: date) -> str:
    """'14 mrt 2027'."""
    return str(format_date(day, "d MMM y", locale="nl"))


def day_month(day: date) -> str:
    """'14 maart' (as a command names a day this year or next)."""
    return str(format_date(day, "d MMMM", locale="nl"))


def month_year(day: date) -> str:
    """'maart 2027'."""
    return str(format_date(day, "MMMM y", locale="nl"))


def days_phrase(days: int) -> str:
    """'vandaag', 'morgen', 'over 12 dagen', 'gisteren', '3 dagen geleden'."""
    if days == 0:
        return "vandaag"
    if days == 1:
        return "morgen"
    if days == -1:
        return "gisteren"
    return f"over {days} dagen" if days > 0 else f"{-days} dagen geleden"


def days_left_phrase(days: int) -> str:
    """Time left until a last valid day: 'nog 12 dagen', 'nog 1 dag', 'vandaag de laatste dag'."""
    return "vandaag de laatste dag" if days == 0 else "nog 1 dag" if days == 1 else f"nog {days} dagen"
