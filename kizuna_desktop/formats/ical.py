"""iCalendar (RFC 5545) through the icalendar package: open follow-ups as all-day events on the
day they are due, birthdays as yearly all-day events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from icalendar import Calendar, Event


@dataclass(frozen=True)
class DueItem:
    uid: str
    title: str
    day: date
    description: str = ""


@dataclass(frozen=True)
class Birthday:
    uid: str
    name: str
    year: int | None
    month: int
    day: int


def calendar(items: list[DueItem], birthdays: list[Birthday]) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Kizuna Desktop//Follow-ups and birthdays//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Kizuna follow-ups")
    stamp = datetime.now(UTC)
    for it in items:
        e = Event()
        e.add("uid", it.uid)
        e.add("dtstamp", stamp)
        e.add("summary", it.title)
        e.add("dtstart", it.day)
        e.add("transp", "TRANSPARENT")
        if it.description:
            e.add("description", it.description)
        cal.add_component(e)
    for b in birthdays:
        e = Event()
        e.add("uid", b.uid)
        e.add("dtstamp", stamp)
        e.add("summary", f"Birthday: {b.name}")
        # A year-less birthday starts in a leap year so that 29 February recurs.
        e.add("dtstart", date(b.year or 2000, b.month, b.day))
        e.add("rrule", {"freq": "yearly"})
        e.add("transp", "TRANSPARENT")
        cal.add_component(e)
    return cal.to_ical()
