"""iCalendar (RFC 5545) through the icalendar package: open follow-ups as all-day events on the
day they are due, birthdays as yearly all-day events, and interactions as timed events in the
zone where they happen.

- UIDs are stable: ``kizuna-birthday-<contact id>@kizuna.local`` and
  ``kizuna-follow-up-<id>@…`` / ``kizuna-interaction-<id>@…`` (ids are never reused), so a
  calendar imported again updates the same events instead of overwriting someone else's.
- A timed event is written with ``DTSTART;TZID=<IANA zone>`` and the zone's VTIMEZONE (its
  rules around the events' dates), or in UTC (``…Z``) for a zone with no name to give.
- A 29 February birthday recurs every year, on the last day of February in common years:
  ``RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1``, which common readers expand (RFC 7529's
  RSCALE/SKIP would say it exactly but many readers ignore it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

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


@dataclass(frozen=True)
class TimedItem:
    """Something at a time where it happens: ``start`` is aware, in its own zone."""

    uid: str
    title: str
    start: datetime
    minutes: int = 60
    location: str = ""
    description: str = ""


def _birthday(e: Event, b: Birthday) -> None:
    if (b.month, b.day) == (2, 29):
        # Starts on a 29 February (the birth year's, else 2000): every year on the last day
        # of February, which is the 29th in leap years.
        year = b.year if b.year and _leap(b.year) else 2000
        e.add("dtstart", date(year, 2, 29))
        e.add("rrule", {"freq": "yearly", "bymonth": 2, "bymonthday": -1})
    else:
        e.add("dtstart", date(b.year or 2000, b.month, b.day))
        e.add("rrule", {"freq": "yearly"})


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


LAST = datetime(9999, 12, 31, 23, 59, 59)


def _timed(e: Event, t: TimedItem) -> str:
    """Fills in the event's times; returns what had to be changed to write it ("" if
    nothing): an event running past the end of year 9999 ends there."""
    start = t.start
    if start.tzinfo is None:
        raise ValueError("timed items must be timezone-aware")
    zone = start.tzinfo
    if not isinstance(zone, ZoneInfo) or zone.key == "UTC" or zone.key.startswith("Etc/"):
        try:
            start = start.astimezone(UTC)  # no place to name: the instant in UTC
        except OverflowError:  # past the calendar's ends in UTC: its clock time, floating
            start = start.replace(tzinfo=None)
    note = ""
    try:
        end = start + timedelta(minutes=max(t.minutes, 1))
        if start.tzinfo is not None:
            end.astimezone(UTC)  # the instant must exist too
    except OverflowError:
        end = LAST.replace(tzinfo=start.tzinfo)
        note = f"it ends at {end:%H:%M} on 9999-12-31, the calendar's last day"
        if end <= start:
            end = start
    e.add("dtstart", start)
    e.add("dtend", end)
    if t.location:
        e.add("location", t.location)
    return note


def calendar(items: list[DueItem], birthdays: list[Birthday],
             timed: list[TimedItem] | None = None, notes: list[str] | None = None) -> bytes:
    """The calendar as bytes. What had to be changed to write an item is added to ``notes``
    (when given), one line naming each."""
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
        _birthday(e, b)
        e.add("transp", "TRANSPARENT")
        cal.add_component(e)
    for t in timed or []:
        e = Event()
        e.add("uid", t.uid)
        e.add("dtstamp", stamp)
        e.add("summary", t.title)
        changed = _timed(e, t)
        if changed and notes is not None:
            notes.append(f"“{t.title}” ({t.uid}): {changed}.")
        if t.description:
            e.add("description", t.description)
        cal.add_component(e)
    if timed:
        cal.add_missing_timezones()  # a VTIMEZONE for every TZID used
        # In a stable order: the zones first, sorted by TZID, then the events as written.
        tzs = sorted((c for c in cal.subcomponents if c.name == "VTIMEZONE"),
                     key=lambda c: str(c["tzid"]))
        cal.subcomponents = tzs + [c for c in cal.subcomponents if c.name != "VTIMEZONE"]
    return cal.to_ical()
