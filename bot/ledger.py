"""The PE ledger's rules: amounts, points, categories, validation and progress. Pure; `today` is passed in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from rapidfuzz import fuzz

from bot.dates import (
    AMOUNT,
    DATE_LINKS,
    MONTH_WORDS,
    MONTHS,
    NUMBERS,
    DateProblem,
    FoundDate,
    cut,
    date_answer,
    find_date,
    long_date,
    period_ahead,
    stored_period,
)
from bot.deadlines import NolocCertificate, add_months
from bot.intents import (
    ACTIVITY_NAMES,
    EDIT_VERBS,
    absence_told,
    asks_something,
    opens_as_question,
    question_part,
    yes_or_no,
)
from bot.normalize import fold, has_letter
from bot.rules import Category, NolocRules

MAX_HOURS_PER_DAY = 24
MAX_TITLE = 200
DUPLICATE_SIMILARITY = 85  # rapidfuzz ratio of folded titles on the same day

# Numbers as people type them: "2,5", "twee", "anderhalf", "een half", "twee en een half".
WORD_NUMBERS = {**{word: float(n) for word, n in NUMBERS.items()}, "anderhalf": 1.5, "anderhalve": 1.5, "half": 0.5,
                "halve": 0.5}
_DIGITS = r"-?\d+(?:[.,]\d+)?"
# "1 1/2", "1½", "¾": a fraction, with or without its whole number (was "1 1/" and 2 hours)
_FRACTION = r"(?:\d+\s?)?(?:[1-9]/[1-9](?!\d)|[½¼¾])"
FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
FRACTION_PARTS = re.compile(r"(?<!\d)(\d+)?\s?(?:([1-9])/([1-9])|([½¼¾]))")  # its whole number, top, bottom, or sign
_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_NUMBER = rf"(een\s+(?:half|halve)|(?:{_FRACTION}|{_DIGITS}|{_WORDS})(?:\s+en\s+een\s+half)?)"
_HOUR = r"(?:uur|uren|uurtje|uurtjes|u|h|sbu|studie-?uur|studie-?uren)"
_UNITS = rf"(?:{_HOUR}|minuten|minuut|min|ects|ec|pe-punten|punten|kwartier)"
HOURS = re.compile(rf"(?<![\w.,-])(?<!om ){_NUMBER}\s*{_HOUR}\b", re.IGNORECASE)  # "om 14 uur" is a time
MINUTES = re.compile(rf"(?<![\w.,-]){_NUMBER}\s*(?:minuten|minuut|min)\b", re.IGNORECASE)
QUARTERS = re.compile(rf"(?<![\w.,-]){_NUMBER}\s*kwartier\b", re.IGNORECASE)
ECTS = re.compile(rf"(?<![\w.,-]){_NUMBER}\s*(?:ects|ec)\b", re.IGNORECASE)
POINTS = re.compile(rf"(?<![\w.,-]){_NUMBER}\s*(?:pe-punten|pe punten|pe-punt|punten|punt|pe)\b", re.IGNORECASE)
DAYS = re.compile(rf"(?<![\w.,-]){_NUMBER}\s*(?:(?:hele|volle)\s{{1,3}})?(?:dagen|dag|dagdelen|dagdeel)\b",
                  re.IGNORECASE)  # "een hele dag" too
PLAIN = re.compile(rf"^\s*{_NUMBER}\s*$", re.IGNORECASE)
CLOCK_ALONE = re.compile(r"^\s*(\d{1,2}):([0-5]\d)\s*$")
# Hours and minutes, each form with (hours, minutes): "2 uur en 30 minuten", "1u30", "1:30 uur", and
# "2 uur 30" only where nothing follows ("2 uur 30 deelnemers" is 2 hours)
HOURS_MINUTES = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"(?<![\w.,-])(\d+)\s*(?:uur|u)\s*(?:en\s+)?(\d{1,2})\s*(?:minuten|minuut|min)\b",
    r"(?<![\w.,-])(\d+)u(\d{2})\b",
    r"(?<![\w.,:-])(\d{1,2}):(\d{2})\s*(?:uur|u)\b",
    r"(?<![\w.,-])(\d+)\s*(?:uur|u)\s*(?:en\s+)?(\d{1,2})(?=\s*(?:$|[,;!?)]|\.(?!\d)))",
))
# "2-3 uur", "2 a 3 uur", "2 tot 3 uur": a range, not one amount
RANGE = re.compile(rf"(?<![\w.,-])\d+(?:[.,]\d+)?\s*(?:-|–|a|à|tot|of)\s*\d+(?:[.,]\d+)?\s*{_UNITS}\b", re.IGNORECASE)
# "van 9 tot 12", "van 13:30 tot 17:00 uur", "9:00-12:30": the hours between two times of day. Only with
# "van … tot" or with minutes written, so "4 tot 6 uur" stays a range and "van 12-11 tot 14-11" a range of days.
CLOCK_SPAN = re.compile(r"\bvan\s+(\d{1,2})(?:[:.](\d{2}))?(?:\s*uur)?\s+tot\s+(\d{1,2})(?:[:.](\d{2}))?(?:\s*uur)?"
                        r"(?![\d/-]|\.\d|\s+(?:" + "|".join(MONTHS) + r")\b)"
                        r"|(?<![\w.,:/-])(\d{1,2})[:.](\d{2})\s*(?:-|–|tot)\s*(\d{1,2})[:.](\d{2})(?![\d:/-]|\.\d)",
                        re.IGNORECASE)
# "3x 2 uur", "3 keer 2 uur": sessions times their length (what stands just before the amount)
# "3x 2 uur", "3 sessies van 2 uur": as many times the amount after it
TIMES_BEFORE = re.compile(r"(?<![\w.,-])(\d+)\s*(?:x|keer|maal|(?:sessies|lessen|avonden|ochtenden|middagen|"
                          r"dagdelen|colleges)\s{1,3}(?:van|à|a))\s*$", re.IGNORECASE)
# "een uur of drie": about three hours (was one)
HOURS_OR_SO = re.compile(r"(?<![\w.,-])een\s{1,3}uur\s{1,3}of\s{1,3}(\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|"
                         r"negen|tien)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """How much an activity was worth, as the user said it; `points` converts with the rules."""
    unit: str  # "uur", "ects" or "punten"
    value: float

    def points(self, rules: NolocRules) -> float:
        if self.unit == "uur":
            return round(self.value * rules.points_per_hour, 2)
        if self.unit == "ects":
            return round(self.value * rules.points_per_ects, 2)
        return round(self.value, 2)

    def spoken(self) -> str:
        if self.unit == "punten":
            return pe_points(self.value)
        if self.unit == "uur" and _odd_minutes(self.value) and round(self.value * 60):
            return _hours_and_minutes(round(self.value * 60))
        return f"{number(self.value)} {'ECTS' if self.unit == 'ects' else 'uur'}"


def _odd_minutes(hours: float) -> bool:
    """Under an hour, or hours kept to two decimals that are no tenth or quarter: minutes said ("0,33 uur" was 20
    minutes, "0,75 uur" 45)."""
    return hours < 1 or not (_whole(hours * 10) or _whole(hours * 4))


def _whole(value: float) -> bool:
    return abs(value - round(value)) < 1e-6


def _hours_and_minutes(minutes: int) -> str:
    """80 -> '1 uur en 20 minuten', 20 -> '20 minuten', 1 -> '1 minuut'."""
    hours, rest = divmod(minutes, 60)
    said = f"{rest} minu{'ut' if rest == 1 else 'ten'}" if rest else ""
    return " en ".join(p for p in (f"{hours} uur" if hours else "", said) if p)


@dataclass(frozen=True)
class AmountFound:
    amount: Amount
    start: int
    end: int


@dataclass(frozen=True)
class AmountProblem:
    message: str
    asks_hours: bool = False  # "1 dag": ask how many hours that was
    asks_days: bool = False  # more hours than a day has: ask whether it took several days
    span: tuple[int, int] | None = None  # where a refused amount stands ("-3 uur"): no part of a title


def number(value: float) -> str:
    """2.5 -> '2,5', 3.0 -> '3' (Dutch decimal comma)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def pe_points(value: float) -> str:
    """1 -> '1 PE-punt', 2.5 -> '2,5 PE-punten'."""
    return f"{number(value)} PE-punt" + ("" if value == 1 else "en")


def _value(raw: str) -> float:
    """'2,5' -> 2.5, 'twee' -> 2, 'een half' -> 0.5, 'twee en een half' -> 2.5."""
    words = raw.lower().split()
    if words[:2] == ["een", "half"] or words[:2] == ["een", "halve"]:
        return 0.5
    if fraction := FRACTION_PARTS.fullmatch(raw.strip()):
        whole, top, bottom, sign = fraction.groups()
        return int(whole or 0) + (FRACTIONS[sign] if sign else int(top) / int(bottom))
    first = WORD_NUMBERS.get(words[0])
    value = first if first is not None else float(words[0].replace(",", "."))
    return value + 0.5 if words[1:] == ["en", "een", "half"] else value


def find_amount(text: str, plain_is_points: bool = False) -> AmountFound | AmountProblem | None:
    """The amount in a text: hours, minutes, ECTS or points (before any date parsing: "3 uur" is no time)."""
    span = CLOCK_SPAN.search(text)
    if span:
        hours = _hours_between(span)
        if hours is not None:
            return _amount("uur", hours, span.start(), span.end())
    between = RANGE.search(text)
    if between:
        return AmountProblem("Typ één aantal, bijvoorbeeld <i>2,5 uur</i>; bij twijfel het aantal dat je "
                             "kunt aantonen.", span=between.span())
    m = HOURS_OR_SO.search(text)
    if m:
        return _amount("uur", _value(m.group(1)), m.start(), m.end())
    for pattern in HOURS_MINUTES:
        m = pattern.search(text)
        if m and int(m.group(2)) < 60:
            return _amount("uur", round(int(m.group(1)) + int(m.group(2)) / 60, 2), m.start(), m.end())
    for pattern, unit, factor in ((HOURS, "uur", 1.0), (MINUTES, "uur", 1 / 60), (QUARTERS, "uur", 0.25),
                                  (ECTS, "ects", 1.0), (POINTS, "punten", 1.0)):
        m = pattern.search(text)
        if m:
            times = TIMES_BEFORE.search(text, 0, m.start())
            sessions = int(times.group(1)) if times else 1
            return _amount(unit, round(_value(m.group(1)) * factor * sessions, 2),
                           times.start() if times else m.start(), m.end())
    m = DAYS.search(text)
    if m:
        return AmountProblem(hours_of_days_question(m.group(0).strip()), asks_hours=True, span=m.span())
    m = PLAIN.search(text) if plain_is_points else None
    if m:
        return _amount("punten", _value(m.group(1)), m.start(), m.end())
    m = CLOCK_ALONE.search(text) if plain_is_points else None  # "1:30" where the amount is asked: how long
    if m:
        return _amount("uur", round(int(m.group(1)) + int(m.group(2)) / 60, 2), m.start(), m.end())
    return None


def hours_of_days_question(days: str) -> str:
    """What is asked of days told for an activity ("3 dagen"): the sources count study hours, not days."""
    return f"{days}: hoeveel studie-uren waren dat in totaal? Typ bijvoorbeeld <i>7 uur</i>."


def _hours_between(span: re.Match[str]) -> float | None:
    """The hours from the first time of day to the second; an end before the start is in the afternoon
    ("van 10 tot 2"). None when the times cannot be (25:00, or longer than a day)."""
    g = span.groups()
    start_h, start_m, end_h, end_m = (g[0], g[1], g[2], g[3]) if g[0] is not None else (g[4], g[5], g[6], g[7])
    start = int(start_h) + int(start_m or 0) / 60
    end = int(end_h) + int(end_m or 0) / 60
    if end <= start and end + 12 > start:
        end += 12
    if start >= 24 or end > 24 or int(start_m or 0) > 59 or int(end_m or 0) > 59 or end <= start:
        return None
    return round(end - start, 2)


def _amount(unit: str, value: float, start: int, end: int) -> AmountFound | AmountProblem:
    if value <= 0:
        return AmountProblem("Het aantal moet groter zijn dan 0.", span=(start, end))
    return AmountFound(Amount(unit, value), start, end)


def amount_problem(amount: Amount, rules: NolocRules, multi_day_ok: bool) -> AmountProblem | None:
    """A plausibility check; more than 24 hours needs the user to confirm it took several days."""
    if amount.value <= 0:
        return AmountProblem("Het aantal moet groter zijn dan 0.")
    if amount.unit == "uur" and amount.value > MAX_HOURS_PER_DAY and not multi_day_ok:
        return AmountProblem(f"{number(amount.value)} uur is meer dan een dag. "
                             "Was het een activiteit van meerdere dagen?", asks_days=True)
    if amount.points(rules) > rules.pe_total * 4:
        return AmountProblem(f"{number(amount.points(rules))} PE-punten voor één activiteit lijkt me te veel. "
                             "Kijk het nog eens na.")
    return None


# Typed on "Heb je bewijs?": an answer to the question, not a description of the evidence.
NO_EVIDENCE = frozenset({"geen", "geen bewijs", "nog geen", "heb ik niet", "heb ik niet meer", "nvt", "n.v.t",
                         "geen idee", "kwijt",
                         # none yet: what "Geen bewijs (nu)" says ("nee, de factuur komt later" names it, and is kept)
                         "heb ik nog niet", "nog niet binnen", "later", "komt later", "komt nog", "volgt",
                         "volgt nog", "volgt later"})
YES_EVIDENCE = frozenset({"heb ik", "ja heb ik"})
MAX_EVIDENCE = 100  # characters of a typed description of the evidence


def evidence_answer(text: str) -> str | bool:
    """What a typed answer on the evidence step says: False for none, True when it does not say what
    ("ja", or no letter at all: "...", "1"), else the evidence described ("factuur")."""
    folded = fold(text)
    if folded in NO_EVIDENCE or yes_or_no(text) is False:
        return False
    if folded in YES_EVIDENCE or yes_or_no(text) is True or not has_letter(text):
        return True
    said = " ".join(text.split())
    return (EVIDENCE_LEAD.sub("", said) or said)[:MAX_EVIDENCE]


# "hier is de factuur", "ja, een bevestigingsmail": the evidence is what follows
EVIDENCE_LEAD = re.compile(r"^(?:(?:ja|jawel|hier is|dit is|het is|ik heb|heb ik|wel)\b[\s,:]*)+"
                           r"(?:(?:een|de|het|mijn)\s+)?", re.IGNORECASE)


# what is left where a day or amount was cut from a title: "( )", ", .", " - -"
EMPTY_BRACKETS = re.compile(r"[(\[]\s{0,3}[)\]]")
# (a lone "-" or ":" may be typed as a separator, "Webinar - deel 2"; a lone "," or "." never)
LOOSE_MARKS = re.compile(r"(?<=\s)(?:[,.;](?:\s{1,3}[,.;:-])*|[-:](?:\s{1,3}[,.;:-])+)(?=\s|$)")


def tidy_title(text: str) -> str:
    """A title as stored and shown, however it was typed: single spaces, no marks left standing alone where a
    day or amount was cut ("Webinar ( )", "Webinar , ."), no edge punctuation, a capital."""
    title = LOOSE_MARKS.sub(" ", EMPTY_BRACKETS.sub(" ", " ".join(text.split())))
    title = " ".join(title.split()).strip(" ,.-:;")
    return title[:1].upper() + title[1:]


def title_problem(title: str) -> str | None:
    stripped = title.strip()
    if not stripped or not re.search(r"\w", stripped):
        return "Geef de activiteit een naam, bijvoorbeeld <i>Webinar motiverende gespreksvoering</i>."
    if len(stripped) > MAX_TITLE:
        return f"Die naam is te lang (meer dan {MAX_TITLE} tekens). Maak hem korter."
    return None


@dataclass(frozen=True)
class Period:
    """The certification period the ledger counts in."""
    start: date
    end: date
    known: bool = True  # False: no certificate stored, the last four years are used

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def done_on_problem(day: date, today: date) -> str | None:
    if day > today:
        return "Die datum ligt in de toekomst: vastleggen kan pas als het geweest is."
    return None


def done_on_date(text: str, today: date) -> FoundDate | DateProblem:
    """The day an activity or meeting was held, from a text: a date that is not in the future (nor a month or
    year that is wholly ahead, whose day would be asked for nothing)."""
    found = date_answer(text, today, "past")
    if isinstance(found, DateProblem):
        ahead = period_ahead(found, today)  # "in 2030": its day would be asked for nothing
        return found if ahead is None else DateProblem(str(done_on_problem(ahead, today)), found.span)
    problem = done_on_problem(found.value, today)
    return DateProblem(problem, (found.start, found.end)) if problem else found


def date_alone_problem(text: str, today: date) -> str | None:
    """Why a text that is nothing but a date cannot be an activity's day ("volgende maand", "31-2"); None for
    anything else."""
    found = done_on_date(text, today)
    if not isinstance(found, DateProblem) or found.span is None or found.asks_day:
        return None
    return found.message if not cut(text, [found.span], DATE_LINKS).strip(" ,.!") else None


def outside_period_warning(day: date, period: Period) -> str | None:
    if period.known and day < period.start:
        return (f"Let op: deze datum ligt vóór je huidige periode (vanaf {long_date(period.start)}); "
                "deze activiteit telt niet mee.")
    return None


CATEGORY_PREFIX = re.compile(r"^(?:categorie|cat)\s*")
# "buiten" where the category is asked: outside the field (was "Die categorie ken ik niet")
CATEGORY_NUMBERS = {"een": "1", "eerste": "1", "drie": "3", "derde": "3", "binnen": "1", "erbinnen": "1",
                    "buiten": "3", "erbuiten": "3", "andere": "overig", "anders": "overig"}


def category_for(text: str, rules: NolocRules) -> Category | None:
    """The category a user typed or tapped: its id ("1", "cat 3", "derde"), or its short or full name,
    also said another way ("niet in mijn vakgebied" is buiten vakgebied)."""
    folded = CATEGORY_PREFIX.sub("", fold(text).replace(".", " ")).strip()
    folded = CATEGORY_NUMBERS.get(folded, folded)
    words = " ".join(w for w in folded.split() if w not in ("mijn", "mn", "het", "de"))
    words = re.sub(r"\bvak\b", "vakgebied", re.sub(r"^(?:niet in|niet binnen)\b", "buiten", words))
    said = (folded, re.sub(r"^(?:binnen|in)\s+", "", words))
    return next((c for c in rules.categories if {fold(c.id), fold(c.short), fold(c.name)} & set(said)), None)


# "een training buiten mijn vakgebied": the category said with an activity, read as the category step reads it
CATEGORY_SAID = re.compile(r"\b(?:buiten|(?:niet )?(?:in|binnen)) (?:mijn |mn |het )?vakgebied\b"
                           # "…, categorie 1", "cat. 3": named by its number (was left in the activity's name)
                           # ("categorie 1." ends a sentence; "1.5" or "1,5" is no category)
                           r"|\b(?:in )?(?P<number>(?:categorie|cat\.?) ?(?:1|3|overige?))(?![\w,]|\.\d)",
                           re.IGNORECASE)


def category_words(said: re.Match[str]) -> str:
    """The words of a category said (a CATEGORY_SAID match) as category_for reads them: "categorie 3" of "in
    categorie 3", or all of "buiten mijn vakgebied"."""
    return said.group("number") or said.group(0)


def category_told(text: str, rules: NolocRules) -> tuple[str, Category | None]:
    """The category an activity told in a sentence says it falls in, and the text without those words."""
    said = CATEGORY_SAID.search(text)
    category = category_for(category_words(said), rules) if said else None
    if said is None or category is None:
        return text, None
    return cut(text, [said.span()]), category


@dataclass(frozen=True)
class Activity:
    id: int
    title: str
    done_on: date
    points: float
    category: str
    amount: Amount
    evidence: str | None = None  # a word ("factuur") or a file name
    evidence_file_id: str | None = None


@dataclass(frozen=True)
class Reflection:
    """A reflection (intervision) meeting the user held: when, and with whom."""
    id: int
    held_on: date
    with_whom: str


def _nearly_same_name(a: str, b: str) -> bool:
    """Two names of what was logged that differ only by case, punctuation or a typo."""
    return fuzz.ratio(fold(a), fold(b)) >= DUPLICATE_SIMILARITY


def near_duplicate(title: str, day: date, existing: list[Activity], ignore_id: int | None = None) -> Activity | None:
    """An activity on the same day with nearly the same title, if any."""
    return next((a for a in existing if a.id != ignore_id and a.done_on == day and _nearly_same_name(title, a.title)),
                None)


def same_reflection(held_on: date, with_whom: str, existing: list[Reflection]) -> Reflection | None:
    """A meeting already logged on that day with nearly the same group, or one named by part of the other's name
    ("Utrecht" for the group "Intervisie Utrecht"): the same one, told twice."""
    return next((r for r in existing if r.held_on == held_on and _same_group(with_whom, r.with_whom)), None)


def _same_group(a: str, b: str) -> bool:
    """Two names of a meeting's group that name the same group."""
    words_a, words_b = set(re.findall(r"\w+", fold(a))), set(re.findall(r"\w+", fold(b)))
    return _nearly_same_name(a, b) or (bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a))


@dataclass(frozen=True)
class CategoryProgress:
    category: Category
    logged: float
    counted: float


@dataclass(frozen=True)
class Progress:
    period: Period
    total_logged: float
    total_counted: float
    required: int
    categories: list[CategoryProgress]
    without_evidence: int
    outside_period: int
    pace_expected: float  # points a steady pace would have reached by today

    @property
    def still_needed(self) -> float:
        return max(0.0, self.required - self.total_counted)

    def category_short(self, category_id: str) -> float:
        """Points still needed to reach a category's minimum."""
        row = next((c for c in self.categories if c.category.id == category_id), None)
        if row is None or row.category.min is None:
            return 0.0
        return max(0.0, row.category.min - row.counted)


def progress(activities: list[Activity], period: Period, rules: NolocRules, today: date) -> Progress:
    """Points per category within the period, capped at each category's maximum where one is known."""
    in_period = [a for a in activities if a.done_on in period]
    rows = []
    for category in rules.categories:
        logged = round(sum(a.points for a in in_period if a.category == category.id), 2)
        counted = min(logged, category.max) if category.max is not None else logged
        rows.append(CategoryProgress(category, logged, counted))
    length = max(1, (period.end - period.start).days)
    elapsed = min(max(0, (today - period.start).days), length)
    return Progress(
        period=period,
        total_logged=round(sum(r.logged for r in rows), 2),
        total_counted=round(sum(r.counted for r in rows), 2),
        required=rules.pe_total,
        categories=rows,
        without_evidence=sum(1 for a in in_period if not a.evidence),
        outside_period=len(activities) - len(in_period),
        pace_expected=round(rules.pe_total * elapsed / length, 1),
    )


# The dialogue's steps in the order it asks them, and the Draft field each one fills (evidence comes last).
FIELD_ATTRIBUTES = {"title": "title", "date": "done_on", "amount": "amount", "category": "category"}


@dataclass
class Draft:
    """An activity being entered; every field may still be missing."""
    title: str | None = None
    done_on: date | None = None
    amount: Amount | None = None
    category: str | None = None
    evidence: str | None = None
    evidence_file_id: str | None = None
    evidence_asked: bool = False
    multi_day_ok: bool = False
    period_said: tuple[int, int | None] | None = None  # "vorige maand": the day is asked in that month
    days_said: str | None = None  # "3 dagen": the hours of them are asked
    aside: str | None = None  # another activity told meanwhile ("ik heb ook een boek gelezen"), offered once saved
    warnings: list[str] = field(default_factory=list)

    def told(self, amount: Amount | None = None, day: date | None = None) -> None:
        """A new amount or day told for it; a new amount is checked again as a typed one is ("30 uur" asks about
        several days)."""
        if amount is not None:
            self.amount, self.multi_day_ok = amount, False
        if day is not None:
            self.done_on = day

    @property
    def several_days(self) -> bool:
        """Days told for it ("3 dagen"): more hours than one day has are no slip."""
        return bool(self.days_said and re.search(r"\bdagen\b", self.days_said, re.IGNORECASE))

    def as_data(self) -> dict[str, object]:
        return {"title": self.title, "done_on": self.done_on.isoformat() if self.done_on else None,
                "amount": [self.amount.unit, self.amount.value] if self.amount else None,
                "category": self.category, "evidence": self.evidence, "evidence_file_id": self.evidence_file_id,
                "evidence_asked": self.evidence_asked, "multi_day_ok": self.multi_day_ok,
                "period_said": list(self.period_said) if self.period_said else None, "days_said": self.days_said,
                "aside": self.aside}

    @classmethod
    def from_data(cls, data: dict[str, object]) -> Draft:
        amount = data.get("amount")
        done_on = data.get("done_on")
        return cls(
            title=str(data["title"]) if data.get("title") else None,
            done_on=date.fromisoformat(str(done_on)) if done_on else None,
            amount=Amount(str(amount[0]), float(amount[1])) if isinstance(amount, list) else None,
            category=str(data["category"]) if data.get("category") else None,
            evidence=str(data["evidence"]) if data.get("evidence") else None,
            evidence_file_id=str(data["evidence_file_id"]) if data.get("evidence_file_id") else None,
            evidence_asked=bool(data.get("evidence_asked")),
            multi_day_ok=bool(data.get("multi_day_ok")),
            period_said=stored_period(data.get("period_said")),
            days_said=str(data["days_said"]) if data.get("days_said") else None,
            aside=str(data["aside"]) if data.get("aside") else None,
        )

    @classmethod
    def of(cls, activity: Activity) -> Draft:
        """The draft that changes a stored activity: all its fields, its evidence already asked, its amount
        already accepted."""
        return cls(activity.title, activity.done_on, activity.amount, activity.category, activity.evidence,
                   activity.evidence_file_id, evidence_asked=True, multi_day_ok=True)

    def missing(self, first: str | None = None) -> str | None:
        """The next field to ask for, in dialogue order; None when the summary can be shown.

        `first` is a field the user gave wrongly: it is asked again before the others.
        """
        for step in ([first] if first else []) + list(FIELD_ATTRIBUTES):
            if getattr(self, FIELD_ATTRIBUTES[step]) is None:
                return step
        return None if self.evidence_asked else "evidence"


_READ = "gelezen|doorgelezen|uitgelezen|las|lazen"  # "ik heb een boek gelezen", "ik las gisteren een artikel"
_PAST = "deed|deden|volgde|volgden|keek|keken|bekeek|luisterde|luisterden"  # "ik volgde een cursus"
# "gevolgt", "bijgewoont": the verb as often misspelt, so it is not left in the activity's name
FILLER_WORDS = re.compile(r"\b(ik\s+ben|ik|heb|hebt|een|de|het|van|op|om|mijn|gevolg[dt]|gedaan|bijgewoon[dt]|"
                          rf"afgerond|{_READ}|{_PAST}|geluisterd|naar|deelgenomen|aan|aangesloten|bij|vandaag|over|"
                          r"gemaakt|die|dat|gekeken|bekeken|bezocht|meegedaan|doorlopen|gestudeerd|gewerkt|geweest|"
                          r"was|waren|duurde|duurden|heen|gehad|had|hadden|net|zojuist|zonet|daarnet|"
                          r"kostte|kostten|"  # "…, kostte 1 uur": the amount's verb
                          r"ook|nog|weer|alweer|eindelijk|even|"  # "ik heb ook een boek gelezen"
                          r"(?:ge|be)haald(?:\s+voor)?)\b",  # "3 ECTS gehaald voor de module …": the module
                          re.IGNORECASE)
# "2 punten gehaald met een webinar", "1 uur gelezen in een vakboek": the link word left in front of the name once
# the filler is gone; "mijn certificaat voor de cursus …", "diploma gehaald voor de opleiding …": the proof of it
LEADING_LINK = re.compile(r"^\s*(?:met|via|tijdens|door|in|(?:certificaat|diploma)(?:\s+voor)?)\s+(?=\w)",
                          re.IGNORECASE)
# Also at the end of a compound ("jaarcongres", "verdiepingscursus"), so no \b in front.
ACTIVITY_WORDS = re.compile(rf"({ACTIVITY_NAMES})(?:s|en)?\b", re.IGNORECASE)
# only with an activity named: not "3 uur bij een klant geweest", "2 uur gehad"
WENT_TO = re.compile(r"\b(?:geweest|gehad)\b", re.IGNORECASE)
_GIVEN = "gegeven|verzorgd"  # "ik heb een workshop gegeven": done, and kept in its name (not followed)
_WRITTEN = "geschreven|gepubliceerd"  # "ik heb een artikel geschreven": likewise, a text of one's own
_DONE = (f"gevolg[dt]|gedaan|bijgewoon[dt]|afgerond|{_READ}|{_PAST}|geluisterd|deelgenomen|gehaald|behaald|gekeken|"
         f"bekeken|bezocht|meegedaan|doorlopen|gestudeerd|{_GIVEN}|{_WRITTEN}")
DONE_WORDS = re.compile(rf"\b(?:{_DONE})\b", re.IGNORECASE)
# "ik heb een boek gelezen": reading names an activity only with a verb of reading ("een boek gekocht" does not)
READING = re.compile(r"\b(?:vak)?(?:boek|boeken|artikel|artikelen|artikels|literatuur|tijdschrift|tijdschriften|"
                     r"blad)\b|\be-?books?\b", re.IGNORECASE)
READ_WORDS = re.compile(rf"\b(?:{_READ})\b", re.IGNORECASE)


GIVEN = re.compile(rf"\b(?:{_GIVEN})\b", re.IGNORECASE)
WRITTEN = re.compile(rf"\b(?:{_WRITTEN})\b", re.IGNORECASE)


def faq_silent_on(title: str) -> str | None:
    """What the FAQ does not say counts, when the activity is that: writing ("Artikel geschreven"), reading
    ("Vakboek coaching"), or giving a workshop or talk oneself ("Workshop gegeven"); None for anything else."""
    if WRITTEN.search(title):
        return "zelf schrijven of publiceren"
    if READING.search(title):
        return "lezen"
    return "zelf lesgeven of presenteren" if GIVEN.search(title) else None


# "ik heb mijn bhv-herhaling gedaan", "ik heb een brief geschreven": something done, told in the first person
DONE_BY_ME = re.compile(r"^(?:ik|we|wij) (?:heb|hebben|ben|zijn)\b")


def something_done_told(text: str) -> bool:
    """Something done told in the first person ("ik heb mijn bhv-herhaling gedaan"), asked about nothing, whether
    or not it names a known activity."""
    return (DONE_BY_ME.match(fold(text)) is not None and (DONE_WORDS.search(text) or WENT_TO.search(text)) is not None
            and not asks_something(text) and NOT_HELD.search(text) is None and AHEAD.search(text) is None)


# "ik heb net een podcast geluisterd", "zojuist afgerond": today, not a day to ask ("net als" is no time)
JUST_NOW = re.compile(r"\b(?:zojuist|zonet|daarnet|net(?!\s+(?:als|niet|wel|zo|genoeg|iets|op tijd)\b))\b",
                      re.IGNORECASE)


def just_now(text: str) -> bool:
    """"Ik heb net mijn portfolio ingediend", "zojuist afgerond": done today, with no day to ask."""
    return JUST_NOW.search(text) is not None


# "ik volg een opleiding", "ik ben bezig met een leergang": going on still, logged once done
# "ik volg", "ik zit in een leergang", "ik ben een e-learning aan het doen", "momenteel"
ONGOING = (r"volg|bezig met|momenteel|op dit moment|aan het (?:doen|volgen|maken)"
           rf"|zit (?:nu )?(?:midden )?in (?=\w+ (?:{ACTIVITY_NAMES}))")
# "plan een intervisie op 5 januari": ahead, though a day without its year reads as past; only a verb that
# says it was held ("gehad") makes such a sentence a log
AHEAD = re.compile(r"\b(?:plan\w*|inplannen|ingepland|gepland|volgende|komende|eerstvolgende|afspreken|"
                   rf"organiseren|straks|{ONGOING})\b"
                   # "verwijder de webinar van gisteren": a change to what is logged, no new log either
                   rf"|\b(?:{EDIT_VERBS}|wis)\w*", re.IGNORECASE)
# "heb de intervisie gemist", "geen webinar gevolgd": told, but not held or not done
NOT_HELD = re.compile(rf"\b(?:gemist|afgezegd|geannuleerd|gecanceld|afgelast|verzet|ziek|afwezig|verhinderd)\b"
                      rf"|\b(?:niet|geen|niks|niets|nooit)(?:\s+\S+){{0,4}}?\s+(?:{_DONE}|gehad|geweest)\b"
                      # "ging niet door", "ik was er niet bij", "ik kon gisteren niet"
                      r"|\bniet\s+(?:door|doorgegaan|bij|aanwezig|gegaan|gekomen)\b"
                      r"|\b(?:kon|konden|kan|kunnen)\s+(?:\S+\s+){0,3}?niet\b", re.IGNORECASE)


# Words that only tie an amount to the sentence: cut with it ("van 2 uur"), as "in totaal" is ("van in totaal 12 uur")
AMOUNT_LINKS = frozenset({"van", "voor", "à"})
# "van in totaal 12 uur", "ongeveer 3 uur", "zo'n 2 uur": said with the amount, and cut with it
IN_TOTAL = re.compile(r"(?:\b(?:in\s{1,3})?totaal|\bongeveer|\bcirca|\bca\.|\bzo'?n|\bruim|\bbijna|\bpakweg|"
                      r"\bplusminus|\+/-|±)\s{1,3}$", re.IGNORECASE)
# What opens "who it was with" on a /reflectie line ("met kring Noord", "samen met Piet").
COMPANY_LINKS = re.compile(r"^(?:samen\s+met|met|bij)\s+", re.IGNORECASE)
# "intervisie met kring Noord": the meeting named before who it was with ("kwaliteitskring Noord" is a name)
MEETING_NAMED = re.compile(r"^(?:een |de )?(?:intervisie|intervisiebijeenkomst|reflectiebijeenkomst|bijeenkomst)"
                           r"(?: (?:samen met|met|bij|van) |$)", re.IGNORECASE)


def company(text: str) -> str:
    """Who a reflection meeting was with, as typed: "met kwaliteitskring Noord" → "kwaliteitskring Noord"."""
    return COMPANY_LINKS.sub("", MEETING_NAMED.sub("", " ".join(text.split()).strip(" ,.-:;")))


def parse_reflection(line: str, today: date) -> tuple[FoundDate | DateProblem, str]:
    """`/reflectie gisteren met kring Noord`: the day it was held and who it was with (the rest of the
    line, also when the date was wrong and is asked again; all of it when no date was meant)."""
    found = done_on_date(line, today)
    span = (found.start, found.end) if isinstance(found, FoundDate) else found.span
    return found, company(cut(line, [span], DATE_LINKS) if span else line)


_REFLECTION = "intervisie|intervisiebijeenkomst|reflectiebijeenkomst|kwaliteitskring|intervisiegroep"
REFLECTION_WORDS = re.compile(rf"\b(?:{_REFLECTION})\b", re.IGNORECASE)
TRAILING_REFLECTION = re.compile(rf"\s{{0,3}}\b(?:een\s|de\s)?(?:{_REFLECTION})$", re.IGNORECASE)
_HELD = "gehad|gedaan|bijgewoond|gevolgd|geweest|meegedaan"
HELD_WORDS = re.compile(rf"\b(?:{_HELD})\b", re.IGNORECASE)
ATTENDED = re.compile(r"\b(?:was|waren|zat|zaten)\s+(?:\S+\s+){0,3}bij\b", re.IGNORECASE)  # "ik was gisteren bij …"
WITH_WHOM = re.compile(rf"\b(?:samen\s+)?met\s+(.+?)\s*(?:\b(?:{_HELD})\b|$)", re.IGNORECASE)


RECENT = 62  # days: a day without a verb or year further back may as well be next year's ("cursus 5 januari")


def _logged_without_verb(text: str, found: FoundDate | DateProblem, today: date) -> bool:
    """An activity or meeting named with no verb, as a log is typed ("gisteren webinar", "webinar vorige maand"):
    it has a day, or a month, that has been, recently, and nothing in it asks or looks ahead."""
    return _recently(found, today) and not asks_something(text) and not AHEAD.search(text)


def _recently(found: FoundDate | DateProblem, today: date) -> bool:
    """A day in the last RECENT days, or a month begun by today and ended no longer ago than that."""
    if isinstance(found, FoundDate):
        return 0 <= (today - found.value).days <= RECENT
    if not (found.asks_day and found.period and found.period[1]):
        return False
    year, month = found.period[0], found.period[1]
    ended = add_months(date(year, month, 1), 1)
    return date(year, month, 1) <= today and (today - ended).days < RECENT


@dataclass(frozen=True)
class MeetingTold:
    """A reflection meeting told in a sentence: its day (None when only its month was said, in `period`: the
    day is asked) and who it was with ("" when not said)."""
    held_on: date | None
    with_whom: str
    period: tuple[int, int | None] | None = None


def reflection_sentence(text: str, today: date) -> MeetingTold | None:
    """"ik heb gisteren intervisie gehad met kring Noord": a reflection meeting to log, its day asked later when
    none is said; None for a question, a future day or a wrong one."""
    # "wat gebeurt er als ik te weinig intervisie heb gehad", "…, is dat erg": asked, not told
    asked = "?" in text or opens_as_question(text) or question_part(text) is not None
    if asked or not REFLECTION_WORDS.search(text) or NOT_HELD.search(text):
        return None
    found = done_on_date(text, today)
    if not (HELD_WORDS.search(text) or ATTENDED.search(text)) and not _logged_without_verb(text, found, today):
        return None
    if isinstance(found, DateProblem):
        if found.span is None:  # "ik heb intervisie gehad": no day said, so it is asked
            return MeetingTold(None, _with_whom(text), None)
        if not found.asks_day:
            return None
        return MeetingTold(None, _with_whom(cut(text, [found.span], DATE_LINKS)), found.period)
    return MeetingTold(found.value, _with_whom(cut(text, [(found.start, found.end)], DATE_LINKS)))


# "ik ga morgen een cursus volgen", "ik heb me ingeschreven voor een training": still to come
STILL_AHEAD = re.compile(r"\b(?:ga|gaan|gaat|moet nog|moeten nog|ingeschreven|aangemeld|straks|binnenkort|morgen|"
                         rf"overmorgen|volgende|komende|volgend|{ONGOING})\b", re.IGNORECASE)


def still_to_come(text: str, today: date) -> str | None:
    """An activity ("pe") or meeting ("ref") told as still to come, with nothing asked: "ik ga morgen een cursus
    volgen", "volgende week heb ik intervisie"; None for anything else."""
    if asks_something(text) or NOT_HELD.search(text):
        return None
    what = "ref" if REFLECTION_WORDS.search(text) else "pe" if ACTIVITY_WORDS.search(text) else None
    found = date_answer(text, today, "past")  # a day said without its year is taken as one that has been
    ahead = isinstance(found, FoundDate) and found.value > today
    return what if what and (ahead or STILL_AHEAD.search(text)) else None


def meeting_missed(text: str) -> bool:
    """"De intervisie van gisteren ging niet door", "ik heb de intervisie gemist", "ik was er niet bij": a meeting
    told as not held or not attended, not asked about."""
    named = bool(REFLECTION_WORDS.search(text) and NOT_HELD.search(text))
    return (named or absence_told(text)) and not asks_something(text)


def day_and_company(text: str, today: date) -> tuple[FoundDate | DateProblem, str]:
    """The answer to "Wanneer was de intervisie?": the day, and who it was with when said with "met"
    ("gisteren met kring Noord"); "gisteren om 14:00" says no one."""
    found = done_on_date(text, today)
    if isinstance(found, DateProblem):
        return found, ""
    return found, _with_whom(cut(text, [(found.start, found.end)], DATE_LINKS))


# "ik was bij de intervisie van kring Noord": the group named after the meeting, with "van" or "bij"
MEETING_OF = re.compile(rf"\b(?:{_REFLECTION}|bijeenkomst)\s+(?:van|bij)\s+(?:de\s+|het\s+)?"
                        # not what follows a day cut out ("de intervisie van [gisteren] was fijn")
                        r"(?!(?:was|waren|is|zijn|ging|gaat|duurde)\b)(\S.*?)"
                        rf"\s*(?:\b(?:{_HELD})\b|$)", re.IGNORECASE)


OWNERS = frozenset({"mijn", "mn", "onze", "ons", "jouw"})  # folded: "m'n" is "mn"


def _with_whom(rest: str) -> str:
    """Who a meeting told in a sentence was with: "… gehad met kring Noord" or "de intervisie van kring Noord"
    → "kring Noord"."""
    with_whom = WITH_WHOM.search(rest) or MEETING_OF.search(rest)
    if with_whom is None:
        return ""
    named = company(with_whom.group(1))
    rest = TRAILING_REFLECTION.sub("", named)
    return named if fold(rest) in OWNERS else rest  # "met mijn kwaliteitskring": that is who, not "mijn"


def parse_line(text: str, today: date) -> tuple[Draft, dict[str, str]]:
    """`/pe 12-03-2026 3 uur Webinar …`: amount first, then the date, and the rest is the title.

    Returns the draft and the problems found, by the field they concern, which the dialogue asks again for.
    """
    draft, problems, spans = Draft(), {}, []
    amount = find_amount(text)
    if isinstance(amount, AmountFound):
        total = IN_TOTAL.search(text, 0, amount.start)  # "van in totaal 12 uur": the whole amount leaves the title
        draft.amount, spans = amount.amount, [(total.start() if total else amount.start, amount.end)]
    elif isinstance(amount, AmountProblem):
        if amount.asks_hours and amount.span:  # "3 dagen": not wrong, but the hours are asked with the amount
            draft.days_said = text[amount.span[0]:amount.span[1]].strip()
        else:
            problems["amount"] = amount.message
        spans = [amount.span] if amount.span else []
    rest = cut(text, spans, AMOUNT_LINKS)
    # "webinar 2 uur 3 uur": which one is meant is asked, and neither is kept
    second = find_amount(rest) if isinstance(amount, AmountFound) else None
    if isinstance(amount, AmountFound) and isinstance(second, AmountFound):
        problems["amount"] = (f"Ik zie twee aantallen, {amount.amount.spoken()} en {second.amount.spoken()}: "
                              "welke klopt?")
        draft.amount = None
        rest = cut(rest, [(second.start, second.end)], AMOUNT_LINKS)
    days = DAYS.search(rest) if isinstance(amount, AmountFound) else None
    if days is not None:  # "congres van 2 dagen, in totaal 12 uur": how long, with the hours; no part of the name
        draft.days_said = days.group(0).strip()
        rest = cut(rest, [days.span()], AMOUNT_LINKS)
    found = find_date(rest, today, "past")
    if isinstance(found, FoundDate):
        draft.done_on = found.value
        rest = cut(rest, [(found.start, found.end)], DATE_LINKS)
    elif found.span is not None:  # "31-2-2026": a date meant, but wrong; it is no part of the title
        ahead = period_ahead(found, today)
        if ahead is not None:  # "in 2030": not yet been
            problems["date"] = str(done_on_problem(ahead, today))
        elif found.asks_day and found.period:  # "vorige maand": which day in it is asked, and read, in that month
            draft.period_said = found.period
        else:
            problems["date"] = found.message
        rest = cut(rest, [found.span], DATE_LINKS)
    # "/pe 3 uur 🙂": a rest with no word names nothing, so the name is asked as if left out
    draft.title = tidy_title(rest) if re.search(r"\w", rest) else None
    return draft, problems


# "hoeveel punten is 3 ects?", "wat is een cursus van 8 uur waard?": what an amount of study counts for
WORTH = re.compile(r"\bhoeveel (?:pe[ -]?)?punt|\bhoeveel pe\b|\bwaard\b", re.IGNORECASE)


def worth_asked(text: str) -> Amount | None:
    """The hours or ECTS a question asks the PE-points of, which the rules work out; None for anything else."""
    if not (asks_something(text) and WORTH.search(text)):
        return None
    found = find_amount(text)
    return found.amount if isinstance(found, AmountFound) and found.amount.unit != "punten" else None


def without_amount(text: str) -> str:
    """The text with its amount of time or study cut out ("een cursus van 3 uur" → "een cursus")."""
    found = find_amount(text)
    return cut(text, [(found.start, found.end)], AMOUNT_LINKS) if isinstance(found, AmountFound) else text


def amount_alone(text: str) -> Amount | None:
    """A text that is nothing but an amount of time or study ("5 uur", "2 ECTS"); points alone are a count."""
    return _alone(text, find_amount(text))


def _alone(text: str, found: AmountFound | AmountProblem | None) -> Amount | None:
    """The amount `found` in the text, when nothing else is (see amount_alone)."""
    if not isinstance(found, AmountFound) or found.amount.unit == "punten":
        return None
    return None if has_letter(cut(text, [(found.start, found.end)], AMOUNT_LINKS)) else found.amount


def date_alone(text: str, today: date) -> date | None:
    """A text that is nothing but the day something was done ("gisteren", "12-11"), not in the future."""
    found = done_on_date(text, today)
    if not isinstance(found, FoundDate):
        return None
    return None if has_letter(cut(text, [(found.start, found.end)], DATE_LINKS)) else found.value


# "2 webinars van elk 1 uur", "een e-learning van 4 uur en een podcast van 1 uur": more than one to log
SEVERAL = re.compile(r"\b(?:[2-9]|twee|drie|vier|vijf) (?:webinars|cursussen|trainingen|workshops|podcasts|"
                     r"e-?learnings|lezingen|modules|congressen|studiedagen|masterclasses|colleges|lessen)\b"
                     r"|\belk\b|\bper stuk\b", re.IGNORECASE)


# "op 3 en 10 november", "3, 10 en 17 november", "3 november en 10 november": days listed, each its own meeting
DAYS_LISTED = re.compile(rf"\b\d{{1,2}}(?:e|ste|de)?(?:\s{{0,3}},\s{{0,3}}\d{{1,2}}(?:e|ste|de)?){{0,5}}\s{{0,3}}"
                         rf"(?:,|\ben\b)\s{{0,3}}\d{{1,2}}(?:e|ste|de)?\s{{1,3}}(?:{MONTH_WORDS})\b"
                         rf"|\b\d{{1,2}}\s{{1,3}}(?:{MONTH_WORDS})\b.{{0,40}}?\ben\s{{1,3}}(?:op\s{{1,3}})?\d{{1,2}}"
                         rf"\s{{1,3}}(?:{MONTH_WORDS})\b", re.IGNORECASE)


# "2 keer intervisie gehad": as many meetings, each with its own day
TIMES_MET = re.compile(r"\b(?:[2-9]|twee|drie|vier|vijf)\s?(?:keer|x|maal)\s(?:een\s)?(?:intervisie|bijeenkomst|"
                       r"intervisiebijeenkomst|reflectiebijeenkomst)\b", re.IGNORECASE)


def several_meetings(text: str) -> bool:
    """"Ik had intervisie op 3 en 10 november", "2 keer intervisie gehad": more than one meeting, where an
    activity over several days ("cursus op 3 en 4 november") is one."""
    return DAYS_LISTED.search(text[:500]) is not None or TIMES_MET.search(text[:500]) is not None


def several_activities(text: str) -> bool:
    """Two or more activities told at once, each of which is logged on its own (with its own evidence)."""
    return len(AMOUNT.findall(text)) >= 2 or SEVERAL.search(text) is not None or _two_named(text)


def _two_named(text: str) -> bool:
    """"een webinar van 2 uur en een podcast", "een webinar gevolgd en een boek gelezen": two activities named with
    "en" between them (a book or article only when read or written)."""
    reading = READING.finditer(text) if READ_WORDS.search(text) or WRITTEN.search(text) else iter(())
    named = sorted([*ACTIVITY_WORDS.finditer(text), *reading], key=lambda m: m.start())
    return any(re.search(r"\b(?:en|plus)\b|&", text[first.end():second.start()])
               for first, second in pairwise(named))


_LASTED = r"(?:was|waren|duurde|duurden)"  # "de training was 3 uur"; a correction says it too
LASTED = re.compile(rf"\b{_LASTED}\b", re.IGNORECASE)
MISTAKE = re.compile(r"\b(?:vergist|verkeerd|fout)\b", re.IGNORECASE)  # "ik heb me vergist, de training was 3 uur"


# "net als vorig jaar", "zoals elk jaar": a comparison, not when it was done
COMPARED = re.compile(r"\b(?:net als|net zoals|zoals|evenals)\s+(?:vorig jaar|vorige (?:keer|maand|week)|altijd|"
                      r"(?:elk|ieder) jaar|(?:elke|iedere) keer|eerder|toen|gewoonlijk)\b", re.IGNORECASE)


def activity_sentence(text: str, today: date) -> Draft | None:
    """"ik heb gisteren een webinar van 2 uur gevolgd": something to log, with the parsed fields prefilled;
    an amount alone ("5 uur") begins one."""
    text = COMPARED.sub(" ", text)
    if asks_something(text) or NOT_HELD.search(text):  # a question about an activity ("telt die cursus mee?",
        return None  # "…, hoeveel punten is dat") is for the FAQ
    found = find_amount(text)
    alone = _alone(text, found)
    if alone is not None and "?" not in text:  # a question mark anywhere ("? 5 uur") asks, it does not log
        return Draft(amount=alone)
    named = ACTIVITY_WORDS.search(text) or (READING.search(text) and (READ_WORDS.search(text) or WRITTEN.search(text)))
    amount = isinstance(found, AmountFound)
    done = DONE_WORDS.search(text) or (named and WENT_TO.search(text))  # "naar een congres geweest"
    # "de training was 3 uur": named with how long it lasted is told too ("webinar 2 uur" is not)
    lasted = named and amount and LASTED.search(text) and not MISTAKE.search(text)
    if not (done and (named or amount)) and not lasted \
            and not (named and _logged_without_verb(text, done_on_date(text, today), today)):
        return None
    return _sentence_draft(text, today)


# "die training heb ik gisteren gedaan", "het webinar": the activity being logged, named again
REFERS_BACK = re.compile(rf"\b(?:die|deze|dat|dit|de|het)\s+(?:\w+\s+)?(?:{ACTIVITY_NAMES})", re.IGNORECASE)


def another_activity(text: str, title: str | None, today: date) -> str | None:
    """The name of an activity told where a field of `title` is asked ("ik heb ook een boek gelezen" while a
    webinar's day is asked); None for that same one named again, for a meeting, or for no activity told."""
    told = activity_sentence(text, today)
    if told is None or not told.title or REFLECTION_WORDS.search(told.title) or REFERS_BACK.search(text):
        return None
    if title is not None and set(fold(told.title).split()) & set(fold(title).split()):
        return None
    return told.title


def _sentence_draft(text: str, today: date) -> Draft:
    """The fields of an activity told in a sentence, its name without the words around it ("ik heb … gevolgd");
    done "net" or "zojuist" is done today."""
    draft = _without_filler(parse_line(text, today)[0])
    if draft.done_on is None and draft.period_said is None and just_now(text):
        draft.done_on = today
    return draft


def _without_filler(draft: Draft) -> Draft:
    """A sentence's parsed fields with the words around the name dropped from it."""
    if draft.title:
        draft.title = tidy_title(LEADING_LINK.sub("", FILLER_WORDS.sub(" ", draft.title))) or None
    return draft


def done_that_day(text: str, today: date) -> Draft | None:
    """The answer to "Waar hoort … bij?" in words: an activity done that day ("webinar 2 uur", "een cursus
    gevolgd"), when it names one or an amount and asks nothing; a day of its own stays in the draft."""
    if asks_something(text) or NOT_HELD.search(text) or REFLECTION_WORDS.search(text):
        return None
    if not (ACTIVITY_WORDS.search(text) or isinstance(find_amount(text), AmountFound)):
        return None
    told, problems = parse_line(text, today)
    return None if problems or told.period_said else _without_filler(told)  # "webinar vorige maand": no


def meeting_that_day(text: str) -> str | None:
    """The answer to "Waar hoort … bij?" naming a meeting ("intervisie met kring Noord"): who it was with,
    "" when not said; None when it names none, asks, or says it was not held."""
    if asks_something(text) or NOT_HELD.search(text) or not REFLECTION_WORDS.search(text):
        return None
    return _with_whom(text)


def title_answer(text: str, today: date) -> Draft:
    """The answer to "Wat heb je gedaan?": its name, and a day or amount said with it ("ik heb gisteren een
    webinar van 2 uur gevolgd"), or a day or amount alone (no name); with a wrong or partial date or amount in
    it, all of it is the name."""
    sentence = activity_sentence(text, today)
    if sentence is not None and sentence.title:
        return sentence
    draft, problems = parse_line(text, today)
    if not problems and not draft.title and (draft.done_on or draft.amount or draft.period_said or draft.days_said):
        return draft  # "vorige week donderdag" typed for the name: the day kept, the name still to ask
    return Draft(title=tidy_title(text)) if problems or not draft.title else draft


# "verwijder de webinar van 12 november", "wijzig mijn cursus coaching": a change to one logged item, named
CHANGE_WORDS = re.compile(rf"\b(?:{EDIT_VERBS}|wis|aanpass|veranderen|corrigeren|wijzigen|verwijderen)\w*"
                          r"|\b(?:activiteit|bijeenkomst)(?:en)?\b"
                          r"|\b(?:datum|dag|aantal|uren|punten|naam|titel|categorie)\b"  # the field
                          r"|\b(?:wil|wilde|graag|even|kun|kan|je|jij|alsjeblieft|aub)\b", re.IGNORECASE)  # asking
DELETE_WORDS = re.compile(r"\b(?:verwijder|wis|schrap)\w*", re.IGNORECASE)
NAME_FITS = 85  # rapidfuzz token_set_ratio of the name said and a logged one ("webinar" fits "Webinar netwerken")


def deletes(text: str) -> bool:
    """The change asked for removes the item ("verwijder", "wis"), rather than changes it."""
    return DELETE_WORDS.search(text) is not None


# "verwijder de laatste activiteit", "wijzig mijn vorige cursus": the newest (of those the rest names)
NEWEST = re.compile(r"\b(?:laatste|vorige|recentste|meest recente)\b(?! (?:week|maand|jaar|kwartaal)\b)")


def _newest_said(name: str) -> tuple[bool, str]:
    """Whether a change names the newest item ("de laatste"), and the name said without that word."""
    return bool(NEWEST.search(name)), " ".join(NEWEST.sub(" ", name).split())


def activity_named(text: str, activities: list[Activity], today: date) -> Activity | None:
    """The one logged activity a change names, by its day and by its name ("de webinar van 12 november"), or as
    the newest ("de laatste cursus"); None when it names none, or several fit (the list shows them)."""
    day, name = _day_and_name(text, today)
    last, name = _newest_said(name)
    fits = [a for a in activities if (day is None or a.done_on == day)
            and (not name or fuzz.token_set_ratio(name, fold(a.title)) >= NAME_FITS)]
    if last:  # the newest, as the list shows them
        return max(fits, key=lambda a: (a.done_on, a.id), default=None)
    return fits[0] if len(fits) == 1 and (day or name) else None


def meeting_named(text: str, meetings: list[Reflection], today: date) -> Reflection | None:
    """The one logged reflection meeting a change names, by its day and by who it was with ("de intervisie van
    gisteren", "de intervisie met kring Noord"), or as the last logged; None when it names none, or several fit."""
    day, name = _day_and_name(REFLECTION_WORDS.sub(" ", text), today)
    last, name = _newest_said(name)
    name = COMPANY_LINKS.sub("", name)
    fits = [m for m in meetings if (day is None or m.held_on == day)
            and (not name or fuzz.token_set_ratio(name, fold(m.with_whom)) >= NAME_FITS)]
    if last:
        return max(fits, key=lambda m: (m.held_on, m.id), default=None)
    return fits[0] if len(fits) == 1 and (day or name) else None


# What a file's caption may call the file itself ("factuur van de webinar"), rather than an activity
EVIDENCE_WORDS = re.compile(r"\b(?:factuur|facturen|bewijs|bewijsstuk|deelnamebewijs|certificaat|screenshot|"
                            r"schermafbeelding|bevestiging|bevestigingsmail|mail|e-mail|foto|scan)\b", re.IGNORECASE)


# "hier is het bewijs van de webinar", "ik stuur je de factuur": a file announced in words
EVIDENCE_ANNOUNCED = re.compile(r"^\W*(?:hier\s+is|hierbij|bijgevoegd|bijgaand|ik\s+stuur|ik\s+upload|dit\s+is)\b",
                                re.IGNORECASE)


def evidence_announced(text: str) -> bool:
    """Evidence said to come in a text with no file ("hier is het bewijs van de webinar"), not asked about."""
    return bool(EVIDENCE_ANNOUNCED.search(text) and EVIDENCE_WORDS.search(text)) and not asks_something(text)


def caption_activity(caption: str, activities: list[Activity], today: date) -> Activity | Draft | None:
    """What a file's caption says it is evidence for: a logged activity it names ("factuur van de webinar van
    12 november"), a new one it tells ("webinar gespreksvoering gisteren 2 uur"), or None (it only says what
    the file is, "factuur", or asks something)."""
    if asks_something(caption):
        return None
    named = activity_named(EVIDENCE_WORDS.sub(" ", caption), activities, today)
    if named is not None or EVIDENCE_WORDS.search(caption):
        return named
    told, problems = parse_line(caption, today)
    if problems or not told.title or not (ACTIVITY_WORDS.search(caption) or told.amount):
        return None
    return _without_filler(told)


def caption_new_activity(caption: str, today: date) -> Draft | None:
    """The activity a caption names beside what the file is, when no logged one fits ("factuur van de cursus
    coaching van gisteren"): its fields, to start a new one with; None when it names no activity or asks."""
    if asks_something(caption) or not (EVIDENCE_WORDS.search(caption) and ACTIVITY_WORDS.search(caption)):
        return None
    told, problems = parse_line(EVIDENCE_WORDS.sub(" ", EVIDENCE_LEAD.sub("", caption.strip())), today)
    draft = _without_filler(told)
    return None if problems or not draft.title else draft


def _day_and_name(text: str, today: date) -> tuple[date | None, str]:
    """The day a change names, and the rest of its words once the change and the filler are gone (folded)."""
    found = done_on_date(text, today)
    rest = cut(text, [(found.start, found.end)], DATE_LINKS) if isinstance(found, FoundDate) else text
    name = fold(CHANGE_WORDS.sub(" ", FILLER_WORDS.sub(" ", rest)))
    return (found.value if isinstance(found, FoundDate) else None), name


# "oh nee, het was 3 uur", "sorry, gisteren": what was just logged, corrected
_WAS = rf"(?:{_LASTED}|moet\s+zijn)"
_BY_THE_WAY = r"(?:(?:eigenlijk|toch|dus|gewoon|echt)\b\W*)*"  # "het was eigenlijk 3 uur"
CORRECTING = re.compile(r"^\W*(?:(?:oh|o|oeps|sorry|nee|neen|excuus|pardon|wacht)\b\W*)+"
                        rf"(?:(?:het|dat|die)\s+{_WAS}\b\W*{_BY_THE_WAY})?"
                        rf"|^\W*(?:het|dat|die)\s+{_WAS}\b\W*{_BY_THE_WAY}", re.IGNORECASE)
# "de webinar was 4 uur": the one just logged, named by a word of its title
NAMED_CORRECTING = re.compile(r"^\W*(?:(?:oh|o|oeps|sorry|nee|neen|excuus|pardon|wacht)\b\W*)*"
                              rf"(?:de|die|deze|dat|het|mijn)\s+([^\W\d_]+)\s+{_WAS}\b\W*{_BY_THE_WAY}",
                              re.IGNORECASE)
# "3 uur in plaats van 2", "gisteren, niet vandaag": what it was, said after what it is (bounded gaps: linear)
INSTEAD_OF = re.compile(r",?\s{1,3}(?:in\s{1,3}plaats\s{1,3}van|i\.?p\.?v\.?|niet)\s{1,3}[^,.!?]{1,40}[.!]{0,3}$",
                        re.IGNORECASE)
# "verander de naam naar …", "noem het …", "de naam is eigenlijk …"; "verander de naam van de webinar naar …"
# names the one meant (the last "naar" ends its words)
RENAMED = re.compile(r"^\W*(?:(?:oh|o|oeps|sorry|nee|wacht)\b\W*)*"
                     r"(?:(?:verander|wijzig|pas)\w*\s+(?:de\s+)?(?:naam|titel)\s+van\s+(?:de|het|mijn|die|deze)\s+"
                     r"(?P<named>.+)\s+(?:aan\s+)?naar"
                     r"|(?:verander|wijzig|pas)\w*\s+(?:de\s+)?(?:naam|titel)(?:\s+aan)?\s+(?:naar|in)"
                     r"|(?:noem|hernoem)\s+(?:het|hem|die|dat|deze)(?:\s+(?:naar|in))?"
                     r"|(?:de\s+)?(?:naam|titel)\s+(?:is|wordt|moet\s+zijn)(?:\s+eigenlijk)?)"
                     # "noem het maar" names nothing; "noem het 😀" a name without letters, which is refused
                     r"\W*\s(?!(?:maar|dan|zo|anders|gewoon|even)\W*$)(?P<title>.*\S.*)$",
                     re.IGNORECASE | re.DOTALL)
# "zet de webinar in categorie 3", "het was buiten mijn vakgebied", "verander de categorie van de cursus naar 3":
# the words before the category told for what was logged (bounded gaps: linear)
_THE_ONE = r"(?:de|het|die|deze|mijn)"
RECATEGORISED = re.compile(r"^\W*(?:(?:oh|o|oeps|sorry|nee|wacht)\b\W*){0,3}"
                           rf"(?:(?:zet|verplaats|doe)\s+{_THE_ONE}\s+(?P<put>[^\W\d_]+)(?:\s+(?:naar|onder|bij))?"
                           r"|(?:verander|wijzig|pas)\w*\s+(?:de\s+)?categorie"
                           rf"(?:\s+van\s+{_THE_ONE}\s+(?P<of>[^\W\d_]+))?(?:\s+aan)?\s+(?P<to>naar|in)"
                           rf"|(?:{_THE_ONE}\s+(?P<was>[^\W\d_]+)|het|dat|die)\s+(?:is|was|valt|viel|hoort)"
                           r"(?:\s+(?:eigenlijk|toch|dus|onder|bij)){0,3})\s+", re.IGNORECASE)


def _recategorised(text: str) -> tuple[str, str | None] | None:
    """"Zet de webinar in categorie 3": the category's words ("categorie 3") and the word naming what was logged
    ("webinar", or None); None when no category is told so."""
    told = RECATEGORISED.match(text)
    if told is None or asks_something(text):
        return None
    rest = text[told.end():].strip(" .!")
    said = CATEGORY_SAID.fullmatch(rest)
    if said is None and told.group("to") is None:  # "naar 3" only after "verander de categorie"
        return None
    words = category_words(said) if said else rest
    return words, told.group("put") or told.group("of") or told.group("was")


DELETE_THAT = re.compile(r"^\W*(?:verwijder|wis|schrap)(?:\s+(?:die|deze|dat|hem|het|de))?"
                         r"(?:\s+(?:laatste|net|maar|weer|activiteit))*\W*$", re.IGNORECASE)


@dataclass(frozen=True)
class Correction:
    """A change told to what was just logged: a new amount or day, or that it goes."""
    field: str  # "amount", "date", "title", "category" or "delete"
    amount: Amount | None = None
    day: date | None = None
    title: str | None = None
    category: str | None = None  # the category's words, as told ("categorie 3", "buiten mijn vakgebied")
    named: str | None = None  # the word it was named by ("de webinar was …"), which its title must hold

    def names(self, title: str) -> bool:
        """Whether the correction may be of an item so titled: named by a word in it, or not named at all."""
        return self.named is None or fold(self.named) in fold(title)


def change_to(text: str, today: date) -> tuple[str, Amount | None, date | None]:
    """"Wijzig de cursus naar 6 uur", "verander de datum van de webinar naar 10 november": the words naming the
    item, and the new amount or day after "naar" (None, None when there is none)."""
    which, _, target = text.rpartition(" naar ")
    amount = amount_alone(target) if which else None
    day = date_alone(target, today) if which and amount is None else None
    return (which, amount, day) if amount or day else (text, None, None)


def field_told(text: str, today: date, title: str) -> tuple[Amount | None, date | None]:
    """A new amount or day told alone or as a correction ("3 uur", "oh nee, het was eergisteren") of the item
    titled `title` (a correction naming another, "de webinar was …", is not this one's)."""
    fix = correction(text, today)
    fix = fix if fix is not None and fix.names(title) else None
    return amount_alone(text) or (fix.amount if fix else None), date_alone(text, today) or (fix.day if fix else None)


def correction(text: str, today: date) -> Correction | None:
    """"Oh nee, het was 3 uur", "het was gisteren", "de webinar was 4 uur", "zet de webinar in categorie 3",
    "verwijder die laatste": a correction of the activity just logged; None for anything else (a new log, a
    question)."""
    if DELETE_THAT.match(text) and len(text.split()) > 1:  # "verwijder" alone names nothing
        return Correction("delete")
    renamed = RENAMED.match(text)
    if renamed and not asks_something(text):  # "hoe verander ik de naam?" asks
        title = tidy_title(renamed.group("title").strip(" '\"‘’“”"))
        return Correction("title", title=title, named=renamed.group("named"))
    if (recategorised := _recategorised(text)) is not None:
        return Correction("category", category=recategorised[0], named=recategorised[1])
    opening = NAMED_CORRECTING.match(text) or CORRECTING.match(text)
    if opening is None:
        return None
    named = opening.group(1) if opening.re is NAMED_CORRECTING else None
    rest = INSTEAD_OF.sub("", text[opening.end():])  # "3 uur in plaats van 2": what it was is no part of it
    amount = amount_alone(rest)
    if amount is not None:
        return Correction("amount", amount=amount, named=named)
    day = date_alone(rest, today)
    return Correction("date", day=day, named=named) if day is not None else None


def period_for(cert: NolocCertificate | None, today: date, rules: NolocRules) -> Period:
    """The current certification period; without a stored certificate, the last four years up to today."""
    if cert is not None:
        return Period(cert.certified_on, cert.expires_on)
    return Period(add_months(today, -12 * rules.validity_years), today, known=False)


def meetings_in_year(days: list[date], year: int) -> int:
    return sum(1 for d in days if d.year == year)
