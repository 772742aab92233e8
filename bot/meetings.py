"""Group intervision meetings: parsing the command, the reminders they get, signed attendance links. Pure."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from bot.dates import (
    AMSTERDAM,
    DATE_LINKS,
    NUMBERS,
    WEEKDAYS,
    DateProblem,
    FoundDate,
    cut,
    day_month,
    find_date,
    find_time,
    long_date,
)
from bot.html import esc
from bot.normalize import fold
from bot.numbers import whole_number

MAX_AHEAD = timedelta(days=366)
MAX_TOPIC = 120


@dataclass(frozen=True)
class Meeting:
    chat_id: int
    thread_id: int | None
    creator_id: int
    starts_at: datetime
    topic: str
    id: int = 0
    card_message_id: int | None = None
    state: str = "planned"
    card_after: bool = False
    ends_at: datetime | None = None
    place: str = ""  # where, told after planning ("bij Piet thuis"), as typed

    @property
    def about(self) -> str:
        """Its topic and place, as a reminder or a reply names them: "casus; in het buurthuis" ("" for neither)."""
        return "; ".join(part for part in (self.topic, self.place) if part)

    @property
    def when(self) -> str:
        """'vrijdag 12 december 2026 om 14:00', or 'om 14:00-16:00' when the end was given."""
        local = self.starts_at.astimezone(AMSTERDAM)
        until = f"-{self.ends_at.astimezone(AMSTERDAM):%H:%M}" if self.ends_at else ""
        return f"{long_date(local.date())} om {local:%H:%M}{until}"


@dataclass(frozen=True)
class MeetingRequest:
    starts_at: datetime
    topic: str
    ends_at: datetime | None = None
    evening: datetime | None = None  # "om 7 uur": 07:00 as said, though a group may well mean 19:00 (its end too)
    place: str = ""  # "om 19:30 bij Piet": where, when that is all that follows the day and time


# "bij Piet", "via Teams", "online", "in het buurthuis": a place said where the topic would be (not "casus in de
# zorg", whose place words follow a topic; bounded repeats: linear)
PLACE_ONLY = re.compile(r"(?:bij|via|op) \S+(?: \S+){0,5}|in (?:het|de|zaal|ons|onze) \S+(?: \S+){0,4}|online|thuis",
                        re.IGNORECASE)


# Hours said alone that a group meeting may mean in the evening ("om 7 uur": 07:00 or 19:00?), and how far on
EVENING_TOO = range(7, 9)
TO_THE_EVENING = timedelta(hours=12)


# "elke maand", "iedere dinsdag", "om de twee weken", "maandelijks": a series, which is planned one at a time
_SOME_WEEKS = r"(?:twee|drie|vier|zes|\d)\s+(?:weken|maanden)"
RECURRING = re.compile(rf"\b(?:elke?|iedere?)\s+(?:week|maand|kwartaal|\w*dag|{_SOME_WEEKS})\b"
                       r"|\b(?:twee|drie|vier)?(?:wekelijks|maandelijks)\w*"
                       rf"|\bom\s+de\s+(?:week|maand|{_SOME_WEEKS})\b")


def parse_meeting(text: str, now: datetime) -> MeetingRequest | DateProblem:
    """`12 december 14:00 casus bespreken` → when and topic; a DateProblem says what is missing or wrong."""
    today = now.astimezone(AMSTERDAM).date()
    clock = find_time(text)
    if isinstance(clock, DateProblem):
        return clock
    if RECURRING.search(fold(text)):  # a date guessed from "de eerste dinsdag" of a series would be wrong
        at = f"{clock.hour:02d}:{clock.minute:02d}" if clock else "14:00"
        return DateProblem(f"Ik plan één bijeenkomst tegelijk. Zet de eerste erin met datum en tijd, bijvoorbeeld "
                           f"<code>/intervisie 12 december {at} casus</code>; de volgende plan je daarna net zo.")
    if clock is None:  # with the day missing as well ("in december"), both are asked for at once
        day = find_date(text, today, "future")
        if isinstance(day, FoundDate):  # the example is the line typed, with a time: to copy and finish
            topic = meeting_topic(cut(text, [(day.start, day.end)], DATE_LINKS))
            said = " ".join(part for part in (day_month(day.value), "19:30", esc(topic)) if part)
            return DateProblem(f"Hoe laat? Zet er een tijd bij, bijvoorbeeld: <code>/intervisie {said}</code>")
        return DateProblem("Welke dag en hoe laat? Zet er een datum en tijd bij, bijvoorbeeld: "
                           "<code>/intervisie 12 december 14:00 casus bespreken</code>")
    rest = text[:clock.start] + " " * (clock.end - clock.start) + text[clock.end:]
    found = find_date(rest, today, "future")
    if isinstance(found, DateProblem):
        return found
    assert isinstance(found, FoundDate)
    if gone := _just_gone(rest, found, today):  # "20 november" on the 22nd: not planned a year ahead unasked
        return DateProblem(f"{gone}, bijvoorbeeld <code>/intervisie {day_month(found.value)} {found.value.year} "
                           f"{clock.hour:02d}:{clock.minute:02d}</code>.")
    if _week_only(rest, found):  # "volgende week om 19:00": which day is asked, not taken as a week from today
        week = DaysNamed.week_of(found.value)
        return DateProblem(f"Op welke dag? Die week loopt van {long_date(week.first)} tot en met "
                           f"{long_date(week.last)}. Zet de datum erbij, bijvoorbeeld "
                           f"<code>/intervisie {day_month(week.first)} {clock.hour:02d}:{clock.minute:02d}</code>.")
    starts = datetime.combine(found.value, time(clock.hour, clock.minute), AMSTERDAM)
    ends = datetime.combine(found.value, clock.until, AMSTERDAM) if clock.until else None
    problem = _when_problem(starts, ends, now)
    if problem is not None:
        return problem
    topic = meeting_topic(cut(text, [(clock.start, clock.end), (found.start, found.end)], DATE_LINKS))
    # an evening that would end at midnight or later ("van 8 tot 12 uur") is not what was meant
    in_the_evening = clock.bare and clock.hour in EVENING_TOO and (clock.until is None or clock.until.hour < 12)
    evening = starts + TO_THE_EVENING if in_the_evening else None
    if PLACE_ONLY.fullmatch(topic):  # "… om 19:30 bij Piet": where, not what about
        return MeetingRequest(starts, "", ends, evening, place=topic)
    return MeetingRequest(starts, topic, ends, evening)


# The words of a request around a meeting's topic ("kun je een intervisie plannen … over casuïstiek?"), and
# "over" before it: dropped from its ends
_REQUEST_WORDS = frozenset({
    "kun", "kan", "kunnen", "wil", "willen", "zou", "zullen", "je", "jij", "u", "we", "wij", "graag", "even",
    "aub", "alsjeblieft", "svp", "plan", "plannen", "inplannen", "organiseer", "organiseren", "prik", "prikken",
    "een", "de", "het", "intervisie", "intervisiebijeenkomst", "bijeenkomst", "reflectiebijeenkomst", "over",
    "onderwerp", "volgende", "eerstvolgende", "komende",
    # "zullen we … weer een intervisie houden?": a meeting proposed
    "houden", "doen", "hebben", "afspreken", "onze", "weer", "ook"})


# "volgende week", "over 2 weken": a week named without its day, which find_date reads as weeks from today
WEEK_ONLY = re.compile(r"^(?:volgende|komende) week$|^over (?:een|één|\d{1,2}|twee|drie|vier|vijf|zes) weken?$")


JUST_GONE_DAYS = 62  # a day and month this recently gone by, said for a meeting, is asked about, not moved a year


def _just_gone(text: str, found: FoundDate, today: date) -> str | None:
    """"20 november" said on the 22nd, which the future puts a year ahead: that it has just gone by, and the day
    a year on asked to be typed with its year; None for any other day."""
    past = find_date(text, today, "past")
    if not isinstance(past, FoundDate) or not 0 < (today - past.value).days <= JUST_GONE_DAYS \
            or (found.value - today).days <= 365 - JUST_GONE_DAYS:
        return None
    return (f"{long_date(past.value).capitalize()} is net voorbij. Bedoel je {long_date(found.value)}? "
            "Typ het dan met het jaar erbij")


def _week_only(text: str, found: FoundDate) -> bool:
    return WEEK_ONLY.match(fold(text[found.start:found.end])) is not None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def meeting_topic(rest: str) -> str:
    """What a meeting is about: the text left once its day and time are cut, without the request's words
    at either end ("plan een intervisie … over casuïstiek?" is about "casuïstiek")."""
    words = rest.split()
    while words and words[0].strip(" ,.-:;?!").lower() in _REQUEST_WORDS | {""}:
        words.pop(0)
    while words and words[-1].strip(" ,.-:;?!").lower() in _REQUEST_WORDS | {""}:
        words.pop()
    return " ".join(words).strip(" ,.-:;?!")[:MAX_TOPIC]


# "een uur later", "half uur eerder", "kwartiertje later", "2 dagen eerder": a move from the meeting's own moment;
# "schuif hem een uur op" (its last word) is later too, "2 uur op maandag" is a time and a day
SHIFT = re.compile(r"\b(?:(?P<count>\d{1,3}|een|één|twee|drie|vier|vijf|zes|anderhalf|half|halve)\s{1,3})?"
                   r"(?P<unit>uur|uurtje|halfuur|halfuurtje|kwartier|kwartiertje|minuten|minuut|min|dag|dagen|"
                   r"week|weken)\s{1,3}(?P<way>later|eerder|vroeger|op(?=[\s?.!]*$))\b", re.IGNORECASE)
_UNIT_MINUTES = {"uur": 60, "halfuur": 30, "kwartier": 15, "minuten": 1, "minuut": 1, "min": 1, "dag": 1440,
                 "dagen": 1440, "week": 10080, "weken": 10080}
_COUNTS = {"anderhalf": 1.5, "half": 0.5, "halve": 0.5}


@dataclass(frozen=True)
class Shift:
    by: timedelta
    start: int
    end: int


def find_shift(text: str) -> Shift | None:
    """How far a meeting moves when it is said from its own moment ("een uur later"), or None."""
    m = SHIFT.search(text[:500])
    if m is None:
        return None
    count, unit = (m.group("count") or "een").lower(), m.group("unit").lower().removesuffix("tje")
    number = int(count) if count.isdigit() else _COUNTS.get(count) or NUMBERS[count]
    minutes = number * _UNIT_MINUTES[unit]
    later = m.group("way").lower() in ("later", "op")
    return Shift(timedelta(minutes=minutes if later else -minutes), m.start(), m.end())


def moved_request(text: str, meeting: Meeting, now: datetime) -> MeetingRequest | DateProblem:
    """Where a meeting moves to: the day and time said, with the meeting's own time (and end) kept when only a
    day is said, and its day when only a time is ("verzet naar 9 december", "verzet naar 20:00")."""
    shift = find_shift(text)
    if shift is not None:  # read before the time: "2 uur eerder" is no 02:00
        starts, ends = meeting.starts_at + shift.by, meeting.ends_at + shift.by if meeting.ends_at else None
        return _when_problem(starts, ends, now) or MeetingRequest(starts, meeting.topic, ends)
    today = now.astimezone(AMSTERDAM).date()
    local = meeting.starts_at.astimezone(AMSTERDAM)
    clock = find_time(text)
    if isinstance(clock, DateProblem):
        return clock
    rest = text if clock is None else text[:clock.start] + " " * (clock.end - clock.start) + text[clock.end:]
    found = find_date(rest, today, "future")
    if clock is None and not isinstance(found, FoundDate):
        return found if found.span is not None else DateProblem(
            "Naar welke dag of tijd? Bijvoorbeeld: <code>/intervisie verzet 13 december 15:00</code>")
    if isinstance(found, DateProblem) and found.span is not None:
        return found
    if isinstance(found, FoundDate) and (gone := _just_gone(rest, found, today)):
        return DateProblem(f"{gone}, bijvoorbeeld <code>/intervisie verzet {day_month(found.value)} "
                           f"{found.value.year}</code>.")
    day = found.value if isinstance(found, FoundDate) else local.date()
    if isinstance(found, FoundDate) and _week_only(rest, found):  # "naar volgende week": its weekday that week
        day = _monday(found.value) + timedelta(days=local.weekday())
    at = time(clock.hour, clock.minute) if clock is not None else local.time()
    starts = datetime.combine(day, at, AMSTERDAM)
    if clock is not None:  # a new time says its own end, or none (as /intervisie does)
        ends = datetime.combine(day, clock.until, AMSTERDAM) if clock.until else None
    else:
        ends = starts + (meeting.ends_at - meeting.starts_at) if meeting.ends_at else None
    problem = _when_problem(starts, ends, now)
    return problem or MeetingRequest(starts, meeting.topic, ends)


def _when_problem(starts: datetime, ends: datetime | None, now: datetime) -> DateProblem | None:
    """What is wrong with a meeting's moment: gone by, more than a year ahead, or ending before it starts."""
    if starts <= now:
        return DateProblem("Dat moment is al voorbij. Kies een datum en tijd in de toekomst.")
    if starts - now > MAX_AHEAD:
        return DateProblem("Dat is meer dan een jaar vooruit. Plan een bijeenkomst binnen een jaar.")
    if ends is not None and ends <= starts:
        return DateProblem("De eindtijd ligt niet na de begintijd. Typ bijvoorbeeld <code>14:00-16:00</code>.")
    return None


@dataclass(frozen=True)
class MeetingReminder:
    key: str
    due: datetime
    expires: datetime  # sent later than this, the text would be wrong
    text: str


MEETING_REMINDERS_SAID = "de dag ervoor en een uur van tevoren"  # what meeting_reminders plans, as a reply says it


def meeting_reminders(meeting: Meeting, now: datetime) -> list[MeetingReminder]:
    """The day before and one hour before, with its topic and place; only those still to come before it."""
    topic = f" ({meeting.about})" if meeting.about else ""
    day_before, hour_before = meeting.starts_at - timedelta(days=1), meeting.starts_at - timedelta(hours=1)
    candidates = [
        MeetingReminder(f"meeting:{meeting.id}:day", day_before, min(day_before + timedelta(hours=12), hour_before),
                        f"Morgen intervisie: {meeting.when}{topic}."),
        MeetingReminder(f"meeting:{meeting.id}:hour", hour_before, meeting.starts_at,
                        f"Over een uur intervisie: {meeting.when}{topic}."),
    ]
    return [r for r in candidates if now <= r.due < meeting.starts_at]


def attendance_token(secret: bytes, meeting_id: int, user_id: int) -> str:
    """A deep-link payload only this user can use for this meeting ("att-12-3f9a…", ≤ 64 characters)."""
    return _signed("att", secret, meeting_id, f"{meeting_id}:{user_id}")


def check_attendance_token(secret: bytes, payload: str, user_id: int) -> int | None:
    """The meeting id if the payload was made for this user, else None."""
    return _checked("att", payload, lambda meeting_id: attendance_token(secret, meeting_id, user_id))


def calendar_token(secret: bytes, meeting_id: int) -> str:
    """The deep-link payload of a meeting card's 📆 ("ics-12-3f9a…"): signed, so no other meeting is guessed."""
    return _signed("ics", secret, meeting_id, f"ics:{meeting_id}")


def check_calendar_token(secret: bytes, payload: str) -> int | None:
    """The meeting id if the payload is that meeting's calendar link, else None."""
    return _checked("ics", payload, lambda meeting_id: calendar_token(secret, meeting_id))


def _signed(prefix: str, secret: bytes, meeting_id: int, message: str) -> str:
    digest = hmac.new(secret, message.encode(), hashlib.sha256).hexdigest()[:16]
    return f"{prefix}-{meeting_id}-{digest}"


def _checked(prefix: str, payload: str, expected: Callable[[int], str]) -> int | None:
    """The meeting id in a payload `prefix`-<id>-<digest> whose digest is the one `expected` makes, else None."""
    parts = payload.split("-")
    meeting_id = whole_number(parts[1]) if len(parts) == 3 and parts[0] == prefix else None
    if meeting_id is None:
        return None
    return meeting_id if hmac.compare_digest(expected(meeting_id), payload) else None


@dataclass(frozen=True)
class DaysNamed:
    """The days a message about the group's meetings names: one day, or a week said without its day ("volgende
    week", "over 2 weken"), Monday to Sunday."""
    first: date
    last: date

    @classmethod
    def week_of(cls, day: date) -> DaysNamed:
        monday = _monday(day)
        return cls(monday, monday + timedelta(days=6))

    @classmethod
    def of(cls, named: FoundDate | DaysNamed | DateProblem | None) -> DaysNamed | None:
        """The days `day_named` found (one day is itself a range), or None for no day or a wrong one."""
        return cls(named.value, named.value) if isinstance(named, FoundDate) else \
            named if isinstance(named, DaysNamed) else None

    def holds(self, meeting: Meeting) -> bool:
        return self.first <= meeting.starts_at.astimezone(AMSTERDAM).date() <= self.last

    def said(self) -> str:
        """To open a sentence: "Op dinsdag 8 december 2026", or "In de week van … tot en met …"."""
        return f"Op {long_date(self.first)}" if self.first == self.last else \
            f"In de week van {long_date(self.first)} tot en met {long_date(self.last)}"


def day_named(text: str, today: date, planned: list[Meeting]) -> FoundDate | DaysNamed | DateProblem:
    """The day a message about the group's meetings names ("ik kan niet op 3 december"); a weekday alone
    ("ik kan niet donderdag") is the first planned meeting's on that weekday, not only the coming one, and a
    week without its day the whole week."""
    found = find_date(text, today, "future")
    if isinstance(found, FoundDate) and _week_only(text, found):
        return DaysNamed.week_of(found.value)
    if isinstance(found, FoundDate) and text[found.start:found.end].strip().lower() in WEEKDAYS:
        days = sorted(m.starts_at.astimezone(AMSTERDAM).date() for m in planned)
        first = next((d for d in days if d.weekday() == found.value.weekday()), None)
        return replace(found, value=first) if first else found
    return found


def day_asked(text: str, today: date, planned: list[Meeting]) -> DaysNamed | None:
    """The days a question about the group's meetings names ("wie komen er donderdag": one day; "volgende
    week": its Monday to Sunday), read as `day_named`."""
    return DaysNamed.of(day_named(text, today, planned))
