"""/intervisie's line: when and what, and what is missing or wrong (fixed now: Sunday 22 November 2026, 10:00)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bot.dates import AMSTERDAM, DateProblem, FoundDate
from bot.meetings import (
    DaysNamed,
    Meeting,
    MeetingRequest,
    attendance_token,
    calendar_token,
    check_attendance_token,
    check_calendar_token,
    day_asked,
    day_named,
    moved_request,
    parse_meeting,
)

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(("line", "starts", "topic"), [
    ("12 december 14:00 casus bespreken", (2026, 12, 12, 14, 0), "casus bespreken"),
    ("op 12 december om 14.30 casus bespreken", (2026, 12, 12, 14, 30), "casus bespreken"),
    ("casus bespreken op 12-12 om 9 uur", (2026, 12, 12, 9, 0), "casus bespreken"),
    ("30 november 15:00. Casus bespreken", (2026, 11, 30, 15, 0), "Casus bespreken"),  # a full stop after the time
    ("Kring Noord, 30-11-2026 15.30.", (2026, 11, 30, 15, 30), "Kring Noord"),
    ("morgen 10u", (2026, 11, 23, 10, 0), ""),
    ("dinsdag 10 uur", (2026, 11, 24, 10, 0), ""),
    ("12 december om 2 uur 's middags casus", (2026, 12, 12, 14, 0), "casus"),
    ("12 december om 2 uur casus", (2026, 12, 12, 14, 0), "casus"),  # no part of the day: not 2 at night
    ("12 december 3:30", (2026, 12, 12, 15, 30), ""),
    ("12 december 02:00", (2026, 12, 12, 2, 0), ""),  # written with its zero: as meant
    ("12 december om 6 uur 's ochtends", (2026, 12, 12, 6, 0), ""),
    ("12 december om 7 uur", (2026, 12, 12, 7, 0), ""),
    ("12-12 om half 3 casus", (2026, 12, 12, 14, 30), "casus"),  # was "Hoe laat?"
    ("12 december half tien", (2026, 12, 12, 9, 30), ""),
    ("12 december om kwart over 10 casus", (2026, 12, 12, 10, 15), "casus"),
    ("12 december kwart voor 2 's middags", (2026, 12, 12, 13, 45), ""),
    ("12 december om half 1", (2026, 12, 12, 12, 30), ""),
    # a whole hour in words after "om", and "19u30" (were "Hoe laat?")
    ("12 december om acht uur casus", (2026, 12, 12, 8, 0), "casus"),
    ("12 december om twee uur", (2026, 12, 12, 14, 0), ""),
    ("12 december 19u30 casus", (2026, 12, 12, 19, 30), "casus"),
    # the part of the day typed as phones and people do (were 07:15 with "savonds" as the topic)
    ("12 december om kwart over 7 savonds", (2026, 12, 12, 19, 15), ""),
    ("12 december om 7 uur ’s avonds casus", (2026, 12, 12, 19, 0), "casus"),
    ("12 december om half 8 in de avond", (2026, 12, 12, 19, 30), ""),
    ("12 december 2 uur smiddags", (2026, 12, 12, 14, 0), ""),
    ("12 december om 7 uur 's-avonds", (2026, 12, 12, 19, 0), ""),
])
def test_a_meeting_line_gives_when_and_topic(line: str, starts: tuple[int, int, int, int, int], topic: str) -> None:
    year, month, day, hour, minute = starts
    found = parse_meeting(line, NOW)
    assert isinstance(found, MeetingRequest)
    assert (found.starts_at, found.topic) == (datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM), topic)


@pytest.mark.parametrize(("line", "topic", "place"), [
    ("5 januari 19:30 bij Piet", "", "bij Piet"), ("5 januari 19:30 online", "", "online"),  # were the topic
    ("5 januari 19:30 via Teams", "", "via Teams"), ("5 januari 19:30 in het buurthuis", "", "in het buurthuis"),
    ("5 januari 19:30 omgaan met weerstand bij cliënten", "omgaan met weerstand bij cliënten", ""),  # a topic
    ("5 januari 19:30 casus", "casus", ""),
])
def test_a_place_said_where_the_topic_would_be_is_the_meetings_place(line: str, topic: str, place: str) -> None:
    found = parse_meeting(line, NOW)
    assert isinstance(found, MeetingRequest)
    assert (found.topic, found.place) == (topic, place)


@pytest.mark.parametrize(("line", "evening"), [
    ("12 december om 7 uur", 19), ("12 december 8 uur casus", 20),  # said alone: the evening is asked
    ("12 december om 7 uur 's ochtends", None), ("12 december 07:00", None), ("12 december 7:30", None),
    ("12 december om 9 uur", None), ("12 december om 2 uur", None),  # 14:00 already
    # whole hours from and to, with no part of the day: the evening asked too (was not)
    ("12 december van 7 tot 9 uur", 19), ("12 december 8-10 uur", 20),
    ("12 december van 7 tot 9 uur 's avonds", None), ("12 december 07:00-09:00", None),
    ("12 december van 8 tot 12 uur", None),  # its evening would end at midnight
    # said as people say it, with no part of the day: as open as "om 8 uur" (was 07:30 with nothing asked)
    ("12 december om half 8", 19), ("12 december kwart over 8 casus", 20),
    ("12 december half 8 's avonds", None), ("12 december om half 10", None),
    ("12 december om acht uur", 20),
])
def test_an_hour_said_alone_that_may_mean_the_evening(line: str, evening: int | None) -> None:
    found = parse_meeting(line, NOW)
    assert isinstance(found, MeetingRequest)
    assert (found.evening.hour if found.evening else None) == evening
    if found.evening:
        assert found.evening - found.starts_at == timedelta(hours=12)


@pytest.mark.parametrize(("line", "ends", "topic"), [
    ("12 december 14:00-16:00 casus", (16, 0), "casus"),
    ("12 december van 14.00 tot 16.30 uur", (16, 30), ""),
    ("12 december 14:00 - 15:00 uur intervisie", (15, 0), ""),  # the meeting's own name is no topic
    ("12 december 2:00-4:30 intervisie", (16, 30), ""),  # the afternoon, both ends
    # whole hours: were planned at the end hour, with "van 14 tot" left in the topic
    ("12 december van 14 tot 16 uur casus", (16, 0), "casus"), ("12 december 14-16 uur casus", (16, 0), "casus"),
    ("12 december om 14 uur tot 16 uur casus", (16, 0), "casus"), ("12 december 2 tot 4 uur", (16, 0), ""),
    ("12 december van 2 tot 4 uur 's middags", (16, 0), ""), ("12 december 14 - 16u", (16, 0), ""),
])
def test_a_meeting_line_may_say_when_it_ends(line: str, ends: tuple[int, int], topic: str) -> None:
    found = parse_meeting(line, NOW)
    assert isinstance(found, MeetingRequest) and found.topic == topic
    assert found.ends_at == datetime(2026, 12, 12, *ends, tzinfo=AMSTERDAM) and found.starts_at.hour == 14


@pytest.mark.parametrize(("line", "says"), [
    ("12 december casus", "Hoe laat? Zet er een tijd bij"),
    # the example is the line typed with a time, to copy (was "12 december 14:00 casus bespreken" whatever was typed)
    ("8 december feedback <b>", "<code>/intervisie 8 december 19:30 feedback &lt;b&gt;</code>"),
    ("in december casus", "Welke dag en hoe laat?"),  # neither a day nor a time
    ("casus bespreken", "Welke dag en hoe laat?"),
    ("12 december 25:00", "geen geldige tijd"),
    ("12 december 14:00-25:00", "geen geldige tijd"),
    ("12 december 14:00-13:00", "niet na de begintijd"),
    ("gisteren 14:00", "al voorbij"),
    ("vandaag 9:00", "al voorbij"),
    ("1-1-2028 14:00", "meer dan een jaar"),
    # a day just gone by, its year not said: asked, not planned a year ahead (was 20 November 2027, silently)
    ("20 november 19:00 casus", "zaterdag 20 november 2027"), ("20-11 19:00", "net voorbij"),
    ("31 november 14:00", "bestaat niet"),
    ("14:00 casus", "geen datum"),
    # a series: one meeting at a time (was one meeting, "elke maand een intervisie op de eerste" its topic)
    ("elke maand een intervisie op de eerste dinsdag om 19:00", "één bijeenkomst tegelijk"),
    ("iedere dinsdag 19:00 casus", "één bijeenkomst tegelijk"),
    ("om de twee weken op donderdag om 20:00", "één bijeenkomst tegelijk"),
    ("maandelijks op 3 december 19:00", "één bijeenkomst tegelijk"),
    ("wekelijks vanaf 3 december 19:00", "één bijeenkomst tegelijk"),
])
def test_a_meeting_line_that_cannot_be_planned_says_why(line: str, says: str) -> None:
    found = parse_meeting(line, NOW)
    assert isinstance(found, DateProblem) and says in found.message, found


@pytest.mark.parametrize(("said", "topic"), [
    # a request in words: its words around the topic go ("Onderwerp: plan een intervisie over casuïstiek")
    ("plan een intervisie op 5 januari om 10 uur over casuïstiek", "casuïstiek"),
    ("kun je een intervisie plannen op 5 januari 10:00?", ""),
    ("intervisie over stress plannen op 5 januari 10:00 graag", "stress"),
    ("5 januari 10:00 over de casus van Piet", "casus van Piet"),  # "de" only goes at its start
    ("5 januari 10:00 met Piet en Ans", "met Piet en Ans"),
    ("plan de volgende intervisie op 5 januari 10:00", ""),  # was "volgende"
    ("plan de eerstvolgende bijeenkomst op 5 januari 10:00 over stress", "stress"),
])
def test_a_meeting_asked_for_in_words_keeps_only_its_topic(said: str, topic: str) -> None:
    found = parse_meeting(said, NOW)
    assert isinstance(found, MeetingRequest) and found.topic == topic


PLANNED = Meeting(-1, None, 1, datetime(2026, 12, 8, 19, 30, tzinfo=AMSTERDAM), "casus",
                  ends_at=datetime(2026, 12, 8, 21, 0, tzinfo=AMSTERDAM))


@pytest.mark.parametrize(("said", "starts", "ends"), [
    ("naar 9 december", (12, 9, 19, 30), (21, 0)),  # a day alone: the time and end kept
    ("20:00", (12, 8, 20, 0), None),  # a time alone: the day kept, and no end but one said
    ("10 december 14:00-16:00", (12, 10, 14, 0), (16, 0)),
])
def test_a_meeting_moves_to_what_is_said_and_keeps_the_rest(said: str, starts: tuple[int, int, int, int],
                                                            ends: tuple[int, int] | None) -> None:
    found = moved_request(said, PLANNED, NOW)
    month, day, hour, minute = starts
    assert isinstance(found, MeetingRequest) and found.topic == "casus"
    assert found.starts_at == datetime(2026, month, day, hour, minute, tzinfo=AMSTERDAM)
    assert found.ends_at == (datetime(2026, month, day, *ends, tzinfo=AMSTERDAM) if ends else None)


@pytest.mark.parametrize(("said", "starts", "ends"), [
    # said relative to the meeting's own moment (was "Naar welke dag of tijd?"); its end moves along
    ("kunnen we het een uur later doen?", (12, 8, 20, 30), (22, 0)),
    ("een half uur eerder", (12, 8, 19, 0), (20, 30)),
    ("halfuur later", (12, 8, 20, 0), (21, 30)),
    ("kwartiertje later", (12, 8, 19, 45), (21, 15)),
    ("2 uur eerder", (12, 8, 17, 30), (19, 0)),  # not read as 02:00
    ("anderhalf uur vroeger", (12, 8, 18, 0), (19, 30)),
    ("30 minuten later", (12, 8, 20, 0), (21, 30)),
    ("een week later", (12, 15, 19, 30), (21, 0)),
    ("twee dagen eerder", (12, 6, 19, 30), (21, 0)),
    ("schuif de intervisie een uur op", (12, 8, 20, 30), (22, 0)),  # "op" at the end: later (was asked for)
])
def test_a_meeting_moves_by_what_is_said_from_its_own_moment(said: str, starts: tuple[int, int, int, int],
                                                            ends: tuple[int, int]) -> None:
    found = moved_request(said, PLANNED, NOW)
    assert isinstance(found, MeetingRequest), found
    month, day, hour, minute = starts
    assert found.starts_at == datetime(2026, month, day, hour, minute, tzinfo=AMSTERDAM)
    assert found.ends_at == datetime(2026, month, day, *ends, tzinfo=AMSTERDAM)


def test_op_before_a_day_is_no_amount() -> None:
    found = moved_request("2 uur op maandag", PLANNED, NOW)  # 14:00 on Monday, not two hours later
    assert isinstance(found, MeetingRequest) and found.starts_at == datetime(2026, 11, 23, 14, 0, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(("said", "says"), [("drie weken eerder", "al voorbij"), ("60 weken later", "jaar vooruit")])
def test_a_move_by_an_amount_that_cannot_be_made_says_why(said: str, says: str) -> None:
    found = moved_request(said, PLANNED, NOW)
    assert isinstance(found, DateProblem) and says in found.message, found


@pytest.mark.parametrize(("line", "week"), [
    # a week without its day: asked for, rather than planned on a Sunday (today is one)
    ("volgende week om 19:00 casus", "maandag 23 november 2026 tot en met zondag 29 november 2026"),
    ("plan de volgende intervisie over 2 weken om 19:00", "maandag 30 november 2026 tot en met zondag 6 december"),
])
def test_a_meeting_planned_in_a_week_without_its_day_asks_the_day(line: str, week: str) -> None:
    found = parse_meeting(line, NOW)
    assert isinstance(found, DateProblem) and found.message.startswith("Op welke dag?"), found
    assert week in found.message


@pytest.mark.parametrize(("said", "day"), [
    ("naar volgende week", date(2026, 11, 24)),  # the meeting's weekday (Tuesday) that week; was Sunday the 29th
    ("naar komende week", date(2026, 11, 24)),
    ("naar over 3 weken", date(2026, 12, 8)),  # its own day: said to stand there already, by the handler
    ("naar volgende week donderdag", date(2026, 11, 26)),  # a day said: that day
])
def test_a_meeting_moved_to_a_week_keeps_its_weekday(said: str, day: date) -> None:
    found = moved_request(said, PLANNED, NOW)
    assert isinstance(found, MeetingRequest), found
    assert found.starts_at == datetime.combine(day, time(19, 30), AMSTERDAM)


@pytest.mark.parametrize(("said", "says"), [("ergens anders", "Naar welke dag of tijd?"),
                                            ("gisteren", "al voorbij"), ("31 november", "bestaat niet"),
                                            ("20 november", "net voorbij")])
def test_a_move_that_cannot_be_made_says_why(said: str, says: str) -> None:
    found = moved_request(said, PLANNED, NOW)
    assert isinstance(found, DateProblem) and says in found.message, found


def test_a_calendar_link_names_its_meeting_and_no_other() -> None:
    secret = b"s" * 32
    token = calendar_token(secret, 12)
    assert token.startswith("ics-12-") and len(token) <= 64 and check_calendar_token(secret, token) == 12
    assert check_calendar_token(secret, token.replace("ics-12-", "ics-13-")) is None  # another meeting guessed
    assert check_calendar_token(b"t" * 32, token) is None and check_calendar_token(secret, "ics-12") is None
    assert check_calendar_token(secret, attendance_token(secret, 12, 7)) is None  # an attendance link is no calendar
    assert check_attendance_token(secret, attendance_token(secret, 12, 7), 7) == 12  # and those still work


@pytest.mark.parametrize(("asked", "day"), [
    ("wie komen er dinsdag", date(2026, 12, 8)),  # the planned one's Tuesday, not the coming (24 November)
    ("wie komen er vrijdag", date(2026, 11, 27)),  # none planned on a Friday: the coming one, to say so
    ("wie komt er op 10 december", date(2026, 12, 10)),
    ("wie komen er volgende week dinsdag", date(2026, 11, 24)),  # said exactly: kept
    ("wanneer is de volgende intervisie", None),
])
def test_the_day_a_question_about_meetings_names(asked: str, day: date | None) -> None:
    assert day_asked(asked, NOW.date(), [PLANNED]) == (DaysNamed(day, day) if day else None)


@pytest.mark.parametrize(("asked", "days"), [
    ("wie komen er volgende week", (date(2026, 11, 23), date(2026, 11, 29))),  # was Sunday 29 November alone
    ("is er komende week intervisie", (date(2026, 11, 23), date(2026, 11, 29))),
    ("is er over 2 weken intervisie", (date(2026, 11, 30), date(2026, 12, 6))),
])
def test_a_week_without_its_day_is_the_whole_week(asked: str, days: tuple[date, date]) -> None:
    assert day_asked(asked, NOW.date(), [PLANNED]) == DaysNamed(*days)
    assert day_named(asked, NOW.date(), [PLANNED]) == DaysNamed(*days)


def test_a_day_named_for_a_meeting_keeps_its_span_and_a_wrong_day_stays_wrong() -> None:
    found = day_named("ik kan niet dinsdag", NOW.date(), [PLANNED])
    assert isinstance(found, FoundDate) and found.value == date(2026, 12, 8)  # the planned Tuesday
    assert "ik kan niet dinsdag"[found.start:found.end].strip() == "dinsdag"
    wrong = day_named("ik kan niet op 31 november", NOW.date(), [PLANNED])
    assert isinstance(wrong, DateProblem) and wrong.span is not None and "bestaat niet" in wrong.message
