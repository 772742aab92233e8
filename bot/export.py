"""The exports: the ledger as a CSV that Excel opens with Dutch settings and a PDF overview (reportlab), and
the deadlines as an iCalendar file."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from bot.dates import AMSTERDAM, long_date, short_date
from bot.deadlines import Deadline
from bot.html import esc  # reportlab paragraphs read the same escaping as Telegram HTML
from bot.ledger import Activity, Period, Progress, number
from bot.meetings import Meeting
from bot.rules import NolocRules

CSV_HEADER = ["Datum", "Activiteit", "Categorie", "Eenheid", "Aantal", "PE-punten", "Bewijs"]


def ledger_csv(activities: list[Activity], progress: Progress) -> bytes:
    """UTF-8 with a byte-order mark, semicolons and decimal commas: what Excel expects in a Dutch locale."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for a in _in_period(activities, progress):
        writer.writerow([a.done_on.strftime("%d-%m-%Y"), a.title, a.category, a.amount.unit,
                         number(a.amount.value), number(a.points), a.evidence or ""])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _in_period(activities: list[Activity], progress: Progress) -> list[Activity]:
    period = progress.period
    return sorted((a for a in activities if a.done_on in period), key=lambda a: a.done_on)


def ledger_pdf(activities: list[Activity], progress: Progress, meetings: dict[int, tuple[int, int]],
               rules: NolocRules, made_on: date, name: str) -> bytes:
    """An A4 overview: activities, totals per category, reflection meetings per year, period and date made."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    cell.fontSize = 8.5
    cell.leading = 10.5
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Overzicht PE-punten", author="recertbot")
    period = progress.period
    story: list[Flowable] = [
        Paragraph("Overzicht PE-punten — Register Jobcoach", styles["Title"]),
        Paragraph(f"{esc(name)} · periode {long_date(period.start)} t/m {long_date(period.end)}", styles["Normal"]),
        Paragraph(f"Gemaakt op {long_date(made_on)} met recertbot. Dit is een eigen overzicht, geen officieel "
                  "formulier: de bewijsstukken voer je in de DNV Noloc Portal in.", styles["Italic"]),
        Spacer(1, 6 * mm),
    ]
    rows: list[list[object]] = [["Datum", "Activiteit", "Cat.", "Aantal", "Punten", "Bewijs"]]
    for a in _in_period(activities, progress):
        rows.append([short_date(a.done_on), Paragraph(esc(a.title), cell), a.category, a.amount.spoken(),
                     number(a.points), Paragraph(esc(a.evidence or "—"), cell)])
    table = Table(rows, colWidths=[22 * mm, 68 * mm, 12 * mm, 24 * mm, 16 * mm, 36 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
                               ("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 6 * mm), Paragraph("Totalen per categorie", styles["Heading2"])]
    totals: list[list[object]] = [["Categorie", "Gelogd", "Telt mee", "Minimum", "Maximum"]]
    for row in progress.categories:
        c = row.category
        totals.append([Paragraph(esc(f"{c.id}. {c.name}" if c.id.isdigit() else c.name), cell), number(row.logged),
                       number(row.counted), str(c.min) if c.min is not None else "—",
                       str(c.max) if c.max is not None else "zie toetsingskader"])
    totals.append(["Totaal", number(progress.total_logged), number(progress.total_counted),
                   str(progress.required), ""])
    summary = Table(totals, colWidths=[70 * mm, 22 * mm, 22 * mm, 22 * mm, 38 * mm])
    summary.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                 ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                                 ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    story += [summary, Spacer(1, 6 * mm), Paragraph("Reflectiebijeenkomsten (intervisie) per jaar", styles["Heading2"])]
    meeting_rows: list[list[object]] = [["Jaar", "Bijgewoond", "Vereist"]]
    meeting_rows += [[str(year), str(held), str(required)] for year, (held, required) in sorted(meetings.items())]
    meetings_table = Table(meeting_rows, colWidths=[22 * mm, 30 * mm, 30 * mm])
    meetings_table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                                        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    story += [meetings_table, Spacer(1, 6 * mm),
              Paragraph(f"Ter info: de kosten van recertificering waren in {rules.costs_as_of} "
                        f"€ {rules.costs.get('recertificering', 0)},- "
                        f"exclusief btw, te betalen aan DNV.", styles["Italic"])]
    doc.build(story)
    return buffer.getvalue()



def attendance_pdf(rows: list[tuple[Meeting, str, int]], period: Period, name: str, made_on: date) -> bytes:
    """The group meetings a member attended in the period; clearly a self-made overview, not an official form."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Overzicht intervisiebijeenkomsten", author="recertbot")
    story: list[Flowable] = [
        Paragraph("Overzicht bijgewoonde intervisiebijeenkomsten", styles["Title"]),
        Paragraph(f"{esc(name)} · periode {long_date(period.start)} t/m {long_date(period.end)}", styles["Normal"]),
        Paragraph(f"Gemaakt op {long_date(made_on)} met recertbot.", styles["Normal"]),
        Spacer(1, 4 * mm),
        Paragraph("<b>Let op: dit is een eigen overzicht, geen officieel formulier.</b> Officieel bewijs van deelname "
                  "komt uit de planningstool van Noloc (onder ‘mijn profiel’ → ‘mijn bijeenkomsten’) of uit het "
                  "formulier A3.1 in de DNV Noloc Portal. Dit overzicht kun je als ondersteunend bewijs gebruiken.",
                  styles["BodyText"]),
        Spacer(1, 6 * mm),
    ]
    table_rows: list[list[object]] = [["Datum", "Groep", "Onderwerp", "Deelnemers"]]
    for meeting, title, participants in rows:
        table_rows.append([short_date(meeting.starts_at.astimezone(AMSTERDAM).date()), Paragraph(esc(title), cell),
                           Paragraph(esc(meeting.topic or "—"), cell), str(participants)])
    table = Table(table_rows, colWidths=[26 * mm, 50 * mm, 80 * mm, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
                               ("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    doc.build(story)
    return buffer.getvalue()


ICS_ALERT_BEFORE = timedelta(days=7)  # the calendar's own alert, a week ahead, beside the bot's reminders


def _calendar(product: str) -> Calendar:
    """An empty iCalendar of recertbot's, for one kind of event ("deadlines", "intervisie")."""
    calendar = Calendar()
    calendar.add("prodid", f"-//recertbot//{product}//NL")
    calendar.add("version", "2.0")
    return calendar


def deadlines_ics(deadlines: list[Deadline], now: datetime) -> bytes:
    """The deadlines as an iCalendar file: an all-day event each, with an alert a week ahead. A deadline's
    stable key is its UID, so importing a newer file updates an event rather than adding a second."""
    calendar = _calendar("deadlines")
    calendar.add("x-wr-calname", "Hercertificering")
    for deadline in deadlines:
        event = Event()
        event.add("uid", f"{deadline.key}@recertbot")
        event.add("dtstamp", now)
        event.add("dtstart", deadline.day)
        event.add("dtend", deadline.day + timedelta(days=1))
        event.add("summary", deadline.title)
        event.add("description", deadline.action)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", deadline.title)
        alarm.add("trigger", -ICS_ALERT_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def meeting_ics(meeting: Meeting, group: str, now: datetime) -> bytes:
    """One group meeting as an iCalendar file (a cancelled one says so); its id is the UID, so a file fetched
    again after the meeting was moved updates the event."""
    calendar = _calendar("intervisie")
    event = Event()
    event.add("uid", f"meeting-{meeting.id}@recertbot")
    event.add("dtstamp", now)
    event.add("dtstart", meeting.starts_at)
    if meeting.ends_at:
        event.add("dtend", meeting.ends_at)
    event.add("summary", f"Intervisie {group}" + (f": {meeting.topic}" if meeting.topic else ""))
    if meeting.place:
        event.add("location", meeting.place)
    event.add("status", "CANCELLED" if meeting.state == "cancelled" else "CONFIRMED")
    calendar.add_component(event)
    return bytes(calendar.to_ical())
