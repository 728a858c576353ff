"""Calendar import: the events of an iCalendar file (an Outlook or Google export, a ``.ics``
attachment, a subscribed calendar saved to disk) in a window of days become planned meetings.

- ``icalendar`` reads the file and ``recurring-ical-events`` expands repeating events (RRULE,
  RDATE, EXDATE, changed and cancelled instances) inside the window.
- Each event (each instance of a repeating one) is keyed by its UID and, for an instance, its
  RECURRENCE-ID: importing the same file again updates it (unless the copy in the file is older
  by SEQUENCE / LAST-MODIFIED) and never doubles it. A cancelled event or instance, and an
  instance gone from a repeating event still in the file, is removed (one with notes of its
  own is kept and named).
- Attendees (ATTENDEE and ORGANIZER, ``mailto:`` with a CN parameter) are matched to contacts
  by e-mail, then by name in any script (``services/lookup.py``: as written, reading, Latin);
  the user's own addresses (their meishi profiles) are left out. Unmatched ones are kept for
  review (``meeting_guests``: create a contact, match by hand, ignore). An event without a
  known attendee is skipped unless ``include_unknown``.
- Times: TZID with a VTIMEZONE (Windows names such as "Tokyo Standard Time" are mapped to their
  IANA zone), an IANA TZID, UTC ("Z": shown in the calendar's X-WR-TIMEZONE, else the home
  zone), floating times (in that zone) and all-day events (stored at 00:00 of their date).

Nothing is written without ``apply``: the same summary is computed and rolled back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from types import SimpleNamespace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kizuna_desktop.i18n import error as _err
from kizuna_desktop.services import clock, indexing
from kizuna_desktop.services.meetings import IGNORED, PENDING
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import begin_write
from kizuna_desktop.store.models import (
    Contact,
    ContactMethod,
    Interaction,
    InteractionKind,
    JournalSetting,
    MeetingGuest,
    MeishiProfile,
    MethodKind,
)
from kizuna_desktop.text import zones

MAX_DAYS = 366
HONORIFICS = ("様", "さん", "さま", "殿", "先生", "-san", " san")


class CalendarError(KizunaError):
    """The file is not an iCalendar file that can be read."""


@dataclass(frozen=True, kw_only=True)
class Person:
    name: str
    email: str

    @property
    def label(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email


@dataclass(frozen=True, kw_only=True)
class Event:
    """One event, or one instance of a repeating event, as plain data."""

    uid: str
    recurrence_id: str  # '' for a single event
    title: str
    start: datetime  # aware, in ``zone``
    end: datetime | None
    zone: str
    all_day: bool
    place: str
    description: str
    status: str  # '', 'tentative' or 'cancelled'
    sequence: int
    stamp: datetime | None  # naive UTC
    people: list[Person] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return self.uid, self.recurrence_id

    @property
    def label(self) -> str:
        when = zones.fmt(self.start, "%Y-%m-%d") if self.all_day else \
            f"{zones.fmt(self.start, '%Y-%m-%d %H:%M')} {zones.abbreviation(self.start)}"
        return f"{when} “{self.title or '(no title)'}”"


@dataclass(kw_only=True)
class Report:
    applied: bool
    start: date
    end: date  # the last day of the window
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)  # to a day after those imported
    skipped: list[str] = field(default_factory=list)  # no known attendee
    unmatched: list[str] = field(default_factory=list)  # "event: person"
    problems: list[str] = field(default_factory=list)
    meeting_ids: list[int] = field(default_factory=list)
    uids: set[str] = field(default_factory=set)  # every UID in the file (for undo)
    # an undoable import's snapshots of what it may change (``snapshot``), both taken inside
    # its own write transaction: before it wrote and as it left them
    before: object = field(default=None, repr=False, compare=False)
    after: object = field(default=None, repr=False, compare=False)

    unmatched_people: dict[str, list[str]] = field(default_factory=dict)  # who: events

    def lines(self, window: bool = False) -> list[str]:
        """What the import did, by kind; ``window``: said to the window's user (its choice
        "Also events without a contact" in place of the CLI's --all)."""
        out = []
        skipped = (translate("calendar", "Skipped (no attendee among your contacts; “Also "
                             "events without a contact” imports them): {n}") if window else
                   translate("calendar", "Skipped (no attendee among your contacts; --all "
                             "imports them): {n}"))
        people = [f"{who}: {', '.join(events)}" for who, events in
                  self.unmatched_people.items()]
        for title, items in (
                (translate("calendar", "New: {n}"), self.created),
                (translate("calendar", "Updated: {n}"), self.updated),
                (translate("calendar", "Removed (cancelled): {n}"), self.removed),
                (translate("calendar", "Moved after the days imported (import more days to "
                           "see them where they are now): {n}"), self.moved),
                (skipped, self.skipped),
                (translate("calendar", "Attendees not matched to a contact (review them in the "
                           "window's Meetings view): {n}"), people),
                (translate("calendar", "Problems: {n}"), self.problems)):
            if items:
                out.append(title.format(n=len(items)))
                out.extend(f"  {x}" for x in items)
        return out

    @property
    def summary(self) -> str:
        text = translate(
            "calendar", "Imported {new} new and {updated} updated meetings from {start} to "
            "{end} ({unchanged} unchanged, {removed} removed, {skipped} skipped, {unmatched} "
            "attendees unmatched).") if self.applied else translate(
            "calendar", "Would import {new} new and {updated} updated meetings from {start} "
            "to {end} ({unchanged} unchanged, {removed} removed, {skipped} skipped, "
            "{unmatched} attendees unmatched).")
        return text.format(new=len(self.created), updated=len(self.updated),
                           start=f"{self.start:%Y-%m-%d}", end=f"{self.end:%Y-%m-%d}",
                           unchanged=len(self.unchanged), removed=len(self.removed),
                           skipped=len(self.skipped), unmatched=len(self.unmatched_people))


class _DryRun(Exception):
    pass


class Cancelled(KizunaError):
    """The import was cancelled: nothing was written."""


Progress = Callable[[int, int], None]  # (events done, events in all)


# -- reading ----------------------------------------------------------------------------------

def _text(component, name: str) -> str:
    value = component.get(name)
    return str(value).strip() if value is not None else ""


NOT_PEOPLE = {"ROOM", "RESOURCE"}  # CUTYPE of a meeting room or a projector (RFC 5545 3.2.3)


def _people(component) -> list[Person]:
    """Who is at the event: its organiser and attendees, but not an attendee who declined
    (PARTSTAT=DECLINED, RFC 5545 3.2.12) nor a room or resource booked for it (CUTYPE=ROOM,
    RESOURCE: Google's …@resource.calendar.google.com)."""
    out = []
    found = []
    for name in ("ORGANIZER", "ATTENDEE"):
        value = component.get(name)
        if value is None:
            continue
        found.extend(value if isinstance(value, list) else [value])
    seen = set()
    people = []
    for addr in found:
        raw = str(addr).strip()
        email = raw[7:] if raw.lower().startswith("mailto:") else ("" if ":" in raw else raw)
        email = email.strip()
        params = getattr(addr, "params", {})
        cn = str(params.get("CN", "") or "").strip().strip('"')
        absent = (str(params.get("PARTSTAT", "")).upper() == "DECLINED"
                  or str(params.get("CUTYPE", "")).upper() in NOT_PEOPLE)
        people.append((email, cn, absent))
    gone = {email.lower() or cn for email, cn, absent in people if absent}
    for email, cn, _ in people:
        key = email.lower() or cn
        if not key or key in seen or key in gone:
            continue
        seen.add(key)
        out.append(Person(name=cn, email=email))
    return out


def _tzid(prop) -> str:
    tzid = getattr(prop, "params", {}).get("TZID", "") if prop is not None else ""
    return str(tzid or "").strip().strip('"')


def _zone_name(dt: datetime, tzid: str, default: str) -> str:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    key = getattr(dt.tzinfo, "key", None)
    if key and key != "UTC" and zones.is_zone(key):
        return zones.canonical(key)
    if tzid:
        for candidate in (tzid, WINDOWS_TO_OLSON.get(tzid, ""),
                          "/".join(tzid.split("/")[-2:])):  # /mozilla.org/…/Europe/Berlin
            if candidate and zones.is_zone(candidate):
                return zones.canonical(candidate)
    off = dt.utcoffset()
    if not off and not tzid:
        return default  # UTC: shown where the calendar (or the journal) lives
    name = zones.offset_zone(off or timedelta(0))
    if name == "UTC" and off:  # a half- or quarter-hour offset has no Etc/GMT name
        return _FRACTIONAL.get(int(off.total_seconds()) // 60, name)
    return name


# A zone without summer time for each offset Etc/GMT cannot name ("Custom Office Zone",
# +05:30, was shown at 04:30 UTC, not at 10:00 in its own offset).
_FRACTIONAL = {330: "Asia/Kolkata", 345: "Asia/Kathmandu", 270: "Asia/Kabul",
               390: "Asia/Yangon", 570: "Australia/Darwin", 525: "Australia/Eucla",
               -570: "Pacific/Marquesas"}


def _utc_stamp(component) -> datetime | None:
    for name in ("LAST-MODIFIED", "DTSTAMP"):
        value = component.get(name)
        if value is not None and isinstance(value.dt, datetime):
            dt = value.dt if value.dt.tzinfo else value.dt.replace(tzinfo=UTC)
            return dt.astimezone(UTC).replace(tzinfo=None)
    return None


def _recurrence_key(value) -> str:
    dt = value.dt
    if isinstance(dt, datetime):
        dt = dt if dt.tzinfo else dt.replace(tzinfo=UTC)
        return dt.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    return dt.isoformat()


def _this_and_future(cal) -> dict[tuple[str, str], timedelta]:
    """Each change of "this and all future" instances (``RECURRENCE-ID;RANGE=THISANDFUTURE``,
    RFC 5545 3.8.4.4) by (UID, recurrence key): how far it moves them. The expansion gives
    every instance after it that same RECURRENCE-ID; each is told apart by where it was before
    the move (its start less the shift), as an earlier import of the series knew it."""
    out: dict[tuple[str, str], timedelta] = {}
    for c in cal.walk("VEVENT"):
        rid, start = c.get("RECURRENCE-ID"), c.get("DTSTART")
        if rid is None or start is None or \
                str(rid.params.get("RANGE", "")).upper() != "THISANDFUTURE":
            continue
        try:
            out[(_text(c, "UID"), _recurrence_key(rid))] = _shift(rid.dt, start.dt)
        except (TypeError, ValueError):
            continue
    return out


def _shift(was, now) -> timedelta:
    if isinstance(was, datetime) != isinstance(now, datetime):
        raise TypeError("a date and a time")
    if isinstance(was, datetime) and (was.tzinfo is None) != (now.tzinfo is None):
        was, now = was.replace(tzinfo=None), now.replace(tzinfo=None)
    return now - was


def _instance_key(c, uid: str, rid, moved: dict[tuple[str, str], timedelta]) -> str:
    """The recurrence key of one instance: its RECURRENCE-ID, or for an instance moved by a
    "this and all future" change, the start it had in the series before the move."""
    key = _recurrence_key(rid)
    shift = moved.get((uid, key))
    start = c.get("DTSTART")
    if shift is None or start is None:
        return key
    was = start.dt - shift
    if isinstance(was, datetime) and isinstance(rid.dt, datetime) and (
            (was.tzinfo is None) != (rid.dt.tzinfo is None)):
        was = was.replace(tzinfo=rid.dt.tzinfo)
    return _recurrence_key(SimpleNamespace(dt=was))


def _exported_by_kizuna(uid: str) -> bool:
    """A UID `kizuna export --format ics` writes (formats/ical.py): kizuna-interaction-12@,
    kizuna-follow-up-3@, kizuna-birthday-7@kizuna.local."""
    u = uid.lower()
    return u.startswith("kizuna-") and u.endswith("@kizuna.local")


def _aware(value, tz: tzinfo) -> tuple[datetime, bool]:
    """(aware start, all day) of a DTSTART/DTEND value."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=tz)), False
    if isinstance(value, date):
        return datetime.combine(value, time(0), tz), True
    raise ValueError(f"not a date or time: {value!r}")


def _unreadable(c) -> str:
    """Why an event cannot be imported as written, or ''."""
    if not _text(c, "UID"):
        return translate("calendar", "it has no UID")
    values = {}
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        prop = c.get(name)
        if prop is None:
            continue
        try:
            dt = prop.dt
        except Exception:  # noqa: BLE001 - icalendar's broken property raises on .dt
            dt = None
        if not isinstance(dt, date):
            return translate("calendar", "its {name} “{value}” is not a date or time").format(
                name=name, value=str(prop)[:40])
        values[name] = dt
    if "DTSTART" not in values:
        return translate("calendar", "it has no start (DTSTART)")
    start, end = values["DTSTART"], values.get("DTEND")
    if end is not None and type(start) is type(end):
        try:
            if end < start:
                return translate("calendar", "it ends before it begins")
        except TypeError:  # one floating, one with a zone: left to the expansion
            pass
    return ""


MAX_INSTANCES = 500  # of one repeating event in the window imported
_PER = {"SECONDLY": 1, "MINUTELY": 60}


def _too_frequent(cal, start: datetime, end: datetime,
                  cancelled: Callable[[], bool] = lambda: False) -> list[tuple[list, str]]:
    """The repeating events (all components of one UID) that repeat more than
    ``MAX_INSTANCES`` times between ``start`` and ``end``, each with why. Counted lazily in
    growing slices of the window, so a never-ending FREQ=SECONDLY costs only its first few
    hundred instances, never the whole expansion."""
    import icalendar
    import recurring_ical_events

    why = translate("calendar", "it repeats more often than Kizuna imports")
    series: dict[str, list] = {}
    for c in cal.walk("VEVENT"):
        series.setdefault(_text(c, "UID"), []).append(c)
    zones_ = [z for z in cal.walk("VTIMEZONE")]
    window = (end - start).total_seconds()
    bad: list[tuple[list, str]] = []
    for comps in series.values():
        _check(cancelled)
        rules = [c.get("RRULE") for c in comps if c.get("RRULE") is not None]
        if not rules:
            continue
        rule = rules[0] if not isinstance(rules[0], list) else rules[0][0]
        freq = (rule.get("FREQ") or [""])[0].upper()
        interval = int((rule.get("INTERVAL") or [1])[0] or 1)
        plain = not any(k.startswith("BY") for k in rule)
        if freq in _PER and plain and window / (_PER[freq] * max(interval, 1)) > MAX_INSTANCES:
            bad.append((comps, f"{why} (every {interval} {freq.lower()[:-2]}(s))"))
            continue
        sub = icalendar.Calendar()
        for z in zones_:
            sub.add_component(z)
        for c in comps:
            sub.add_component(c)
        seen: set = set()
        cursor, span = start, timedelta(minutes=1)
        try:
            while cursor < end and len(seen) <= MAX_INSTANCES:
                stop = min(end, cursor + span)
                got = recurring_ical_events.of(sub, skip_bad_series=True).between(cursor, stop)
                seen |= {str(o.get("DTSTART").dt) for o in got if o.get("DTSTART")}
                cursor, span = stop, span * 2 if len(got) < 100 else span
        except Exception:  # noqa: BLE001 - a broken rule is named by the expansion after
            continue
        if len(seen) > MAX_INSTANCES:
            bad.append((comps, f"{why} (more than {MAX_INSTANCES} times in the days imported)"))
    return bad


def _calendar_zone(cal, default: str) -> str:
    """The calendar's own zone: its X-WR-TIMEZONE, else the zone most of its timed events
    are written in, else ``default`` (the journal's home zone). All-day events, floating and
    UTC times are placed in it."""
    wr = _text(cal, "X-WR-TIMEZONE")
    if wr and zones.is_zone(wr):
        return zones.canonical(wr)
    count: dict[str, int] = {}
    for c in cal.walk("VEVENT"):
        prop = c.get("DTSTART")
        try:
            dt = prop.dt if prop is not None else None
        except Exception:  # noqa: BLE001 - named by _unreadable
            continue
        key = getattr(getattr(dt, "tzinfo", None), "key", None)
        if isinstance(dt, datetime) and key and key != "UTC" and zones.is_zone(key):
            name = zones.canonical(key)
            count[name] = count.get(name, 0) + 1
    return max(count, key=lambda k: (count[k], k == default, k)) if count else default


def _unknown_zones(cal) -> dict[str, str]:
    """UID -> the TZID of a start time icalendar could not place (no VTIMEZONE of that name
    and not an IANA or Windows zone name it knows): the expansion drops the TZID of such a
    time and leaves it floating."""
    out: dict[str, str] = {}
    for c in cal.walk("VEVENT"):
        prop = c.get("DTSTART")
        tzid = _tzid(prop)
        try:
            dt = prop.dt if prop is not None else None
        except Exception:  # noqa: BLE001 - named by _unreadable
            continue
        if tzid and isinstance(dt, datetime) and dt.tzinfo is None:
            out.setdefault(_text(c, "UID"), tzid)
    return out


def _named(tzid: str) -> str | None:
    """The IANA zone a TZID names (itself, a Windows name, the end of a longer path)."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    for candidate in (tzid, WINDOWS_TO_OLSON.get(tzid, ""), "/".join(tzid.split("/")[-2:])):
        if candidate and zones.is_zone(candidate):
            return zones.canonical(candidate)
    return None


def _defined_zones(cal) -> dict[str, tzinfo]:
    """TZID -> the zone the calendar's own VTIMEZONE defines, for each TZID that also names
    a zone Kizuna knows (to check the one against the other)."""
    out: dict[str, tzinfo] = {}
    for z in cal.walk("VTIMEZONE"):
        tzid = _text(z, "TZID")
        if tzid and _named(tzid):
            try:
                out[tzid] = z.to_tz(lookup_tzid=False)  # its own offsets, not the name's
            except Exception:  # noqa: BLE001 - a broken VTIMEZONE: the name alone is read
                continue
    return out


def _named_zone_wins(value: datetime, end_value, tzid: str, defined: dict[str, tzinfo],
                     title: str, problems: list[str], said: set[tuple[str, str]]):
    """The one rule for a VTIMEZONE that disagrees with the zone its TZID names ("Tokyo
    Standard Time" defined as +01:00, Asia/Tokyo as -05:00): the name wins (the clock time
    as written, in the named zone: what the organiser and everyone's calendar app show), and
    the report says so under Problems, once per event and zone."""
    zone = _named(tzid) if tzid else None
    if zone is None:
        return value, end_value
    own = defined.get(tzid)
    wall = value.replace(tzinfo=None)
    named_tz = zones.get(zone)
    ours = wall.replace(tzinfo=named_tz).utcoffset()
    theirs = own.utcoffset(wall) if own is not None else ours
    # (icalendar keeps a zone a calendar defined for the whole process: a later file's
    # "Tokyo Standard Time" without a VTIMEZONE came out as the earlier file's +01:00)
    if theirs == ours and value.utcoffset() == ours:
        return value, end_value
    if theirs != ours and (title, tzid) not in said:
        said.add((title, tzid))
        problems.append(translate(
            "calendar", "“{title}”: the calendar defines zone “{zone}” as {theirs}, but "
            "{name} is {ours}: read as {name} (the clock time as written).").format(
            title=title, zone=tzid, name=zone, theirs=_utc_offset(theirs),
            ours=_utc_offset(ours)))
    if isinstance(end_value, datetime) and end_value.tzinfo is not None:
        end_value = end_value.replace(tzinfo=named_tz)
    return wall.replace(tzinfo=named_tz), end_value


def _utc_offset(off: timedelta | None) -> str:
    minutes = int((off or timedelta(0)).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _known_or_home(tzid: str, home: str, title: str, problems: list[str],
                   said: set[tuple[str, str]]) -> tzinfo:
    """The zone a TZID icalendar did not know names (a Windows name from the CLDR table, an
    IANA name inside a longer path), else the calendar's zone, with a line in the report."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    for candidate in (tzid, WINDOWS_TO_OLSON.get(tzid, ""), "/".join(tzid.split("/")[-2:])):
        if candidate and zones.is_zone(candidate):
            return zones.get(zones.canonical(candidate))
    if (title, tzid) not in said:
        said.add((title, tzid))
        problems.append(translate("calendar", "“{title}”: zone “{zone}” unknown, read as "
                                  "{home}.").format(title=title, zone=tzid, home=home))
    return zones.get(home)


CHUNK = 250  # events parsed, or series expanded, between two looks at ``cancelled``
MAX_BYTES = 64 * 1024 * 1024  # a calendar file read at most (a 5,000-event export: ~2 MB)


def read_file(path) -> bytes:
    """The bytes of a calendar file, refused when it is larger than ``MAX_BYTES`` (read at
    most that far: ``/dev/zero`` or a huge file never fills the memory)."""
    from pathlib import Path

    try:
        with Path(path).open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise _err(CalendarError, QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}."),
                   path=path, reason=e.strerror or e) from e
    if len(data) > MAX_BYTES:
        raise CalendarError(translate("calendar", "{path} is larger than {mb} MB: not a "
                                      "calendar Kizuna imports.").format(
            path=path, mb=MAX_BYTES // (1024 * 1024)))
    return data


def _decoded(data: bytes, problems: list[str]) -> bytes:
    """UTF-8 bytes of the file: UTF-8 (with or without a BOM) as it is; UTF-16 with its BOM,
    and Shift_JIS (cp932, older Japanese Outlook, Garoon and desknet's exports) decoded, with
    a line in the report; anything else, or a file that does not begin with BEGIN:VCALENDAR,
    refused at once in one sentence."""
    import codecs

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise CalendarError(translate("calendar", "This is not an iCalendar file that "
                                          "can be read (not UTF-8, UTF-16 or Shift_JIS text).")
                                ) from None
    data = data.removeprefix(codecs.BOM_UTF8)
    if not data.lstrip()[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        raise CalendarError(translate("calendar", "This is not an iCalendar file (no VCALENDAR)."))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            data = data.decode("cp932").encode("utf-8")
        except UnicodeDecodeError:
            raise CalendarError(translate("calendar", "This is not an iCalendar file that "
                                          "can be read (not UTF-8, UTF-16 or Shift_JIS text).")
                                ) from None
        problems.append(translate("calendar", "The file is not UTF-8: it was read as "
                                  "Shift_JIS (cp932)."))
    return data


def _event_blocks(data: bytes) -> tuple[bytes, list[bytes]] | None:
    """The file without its events (the calendar's own lines, its zones) and each event's
    lines (BEGIN:VEVENT to END:VEVENT, its alarms inside), for a file of one VCALENDAR with
    events at its top level; else None (parsed whole). A folded line begins with a space, so
    a line that is exactly BEGIN:VEVENT always begins an event."""
    lines = data.splitlines(keepends=True)
    rest: list[bytes] = []
    blocks: list[bytes] = []
    current: list[bytes] | None = None
    calendars = 0
    for line in lines:
        word = line.rstrip(b"\r\n").upper()
        if word == b"BEGIN:VCALENDAR":
            calendars += 1
        if word == b"BEGIN:VEVENT":
            if current is not None:
                return None
            current = [line]
        elif current is not None:
            current.append(line)
            if word == b"END:VEVENT":
                blocks.append(b"".join(current))
                current = None
        else:
            rest.append(line)
    if current is not None or calendars != 1:
        return None
    return b"".join(rest), blocks


def _zone_rule_ok(rule: str) -> bool:
    """A VTIMEZONE's RRULE as real zones write it: yearly (the second Sunday of March), no
    more than one hour, minute and second (RFC 5545 3.6.5)."""
    parts = dict(p.partition("=")[::2] for p in rule.upper().split(";") if p)
    if parts.get("FREQ", "").strip() != "YEARLY":
        return False
    return all(len(parts.get(k, "").split(",")) <= 1 for k in ("BYHOUR", "BYMINUTE", "BYSECOND"))


def _tame_zones(data: bytes, problems: list[str]) -> bytes:
    """The file without a VTIMEZONE whose clock changes repeat more often than yearly (RRULE
    FREQ=SECONDLY from 1601: reading any time in it would take hours and gigabytes); its TZID
    is then a zone the file does not define, read as such (named in the report)."""
    if b"VTIMEZONE" not in data.upper():
        return data
    lines = data.splitlines(keepends=True)
    out: list[bytes] = []
    block: list[bytes] | None = None
    for line in lines:
        word = line.rstrip(b"\r\n").upper()
        if block is None:
            if word == b"BEGIN:VTIMEZONE":
                block = [line]
            else:
                out.append(line)
            continue
        block.append(line)
        if word != b"END:VTIMEZONE":
            continue
        text = b"".join(block).replace(b"\r\n ", b"").replace(b"\r\n\t", b"") \
            .replace(b"\n ", b"").replace(b"\n\t", b"").decode("utf-8", "replace")
        rules = [x.split(":", 1)[1] for x in text.splitlines()
                 if x.upper().startswith("RRULE") and ":" in x]
        if all(_zone_rule_ok(r) for r in rules):
            out.extend(block)
        else:
            tzid = next((x.split(":", 1)[1].strip() for x in text.splitlines()
                         if x.upper().startswith("TZID") and ":" in x), "")
            problems.append(translate(
                "calendar", "The calendar's zone “{tzid}” changes its clocks more often than "
                "once a year, as no real zone does: its definition is left out.").format(
                    tzid=tzid[:80]))
        block = None
    if block is not None:  # cut short inside a zone: left as it was (the parser says so)
        out.extend(block)
    return b"".join(out)


def _parse(data: bytes, stop: Callable[[], bool]):
    """The calendar, parsed ``CHUNK`` events at a time with a look at ``stop`` between (a file
    of 5,000 events takes seconds to parse); a small or unusual file in one piece."""
    import icalendar

    split = _event_blocks(data) if data.count(b"BEGIN:VEVENT") > CHUNK else None
    if split is None:
        cal = icalendar.Calendar.from_ical(data)
        if isinstance(cal, list):
            cal = cal[0] if cal else None
        return cal
    rest, blocks = split
    cal = icalendar.Calendar.from_ical(rest)
    for i in range(0, len(blocks), CHUNK):
        _check(stop)
        part = icalendar.Calendar.from_ical(
            b"BEGIN:VCALENDAR\r\n" + b"".join(blocks[i:i + CHUNK]) + b"END:VCALENDAR\r\n")
        cal.subcomponents.extend(part.walk("VEVENT"))
    return cal


def _expand(cal, start: datetime, end: datetime, stop: Callable[[], bool]) -> list:
    """The events and instances between ``start`` and ``end`` (recurring-ical-events), the
    series ``CHUNK`` at a time with a look at ``stop`` between; each batch a calendar with the
    file's own properties (X-WR-TIMEZONE) and zones."""
    import icalendar
    import recurring_ical_events

    series: dict[str, list] = {}
    for c in cal.walk("VEVENT"):
        series.setdefault(_text(c, "UID"), []).append(c)
    if len(series) <= CHUNK:
        return recurring_ical_events.of(cal, skip_bad_series=True).between(start, end)
    others = [c for c in cal.subcomponents if c.name != "VEVENT"]
    groups = list(series.values())
    found: list = []
    for i in range(0, len(groups), CHUNK):
        _check(stop)
        sub = icalendar.Calendar(cal)  # the calendar's properties, none of its components
        sub.subcomponents = others + [c for g in groups[i:i + CHUNK] for c in g]
        found += recurring_ical_events.of(sub, skip_bad_series=True).between(start, end)
    return found


def read(data: bytes, start: datetime, end: datetime, default_zone: str,
         stop: Callable[[], bool] = lambda: False, info: dict | None = None
         ) -> tuple[list[Event], list[str], set[str]]:
    """The events between ``start`` and ``end`` (aware; end exclusive), one problem line per
    event that could not be read, and every UID in the file. ``stop()`` is asked between
    repeating events and between the events found (:class:`Cancelled`)."""
    problems: list[str] = []
    data = _tame_zones(_decoded(data, problems), problems)
    try:
        cal = _parse(data, stop)
    except Cancelled:
        raise
    except Exception as e:  # noqa: BLE001 - whatever the parser says of a broken file
        if b"END:VCALENDAR" not in data[-4096:].upper():
            raise CalendarError(translate(
                "calendar", "The calendar file is cut short (it does not end with "
                "END:VCALENDAR): an unfinished download or copy? Export it again.")) from None
        import re

        said = re.sub(r"\s*b(['\"]).*?\1( \[\.\.\.\])?", "", str(e)).strip(" :")  # no raw bytes
        raise CalendarError(translate("calendar", "This is not an iCalendar file that can be read "
                                      "({error}).").format(error=said)) from None
    if cal is None or cal.name != "VCALENDAR":
        raise CalendarError(translate("calendar", "This is not an iCalendar file (no VCALENDAR)."))
    method = _text(cal, "METHOD").upper()
    if info is not None:
        info["method"] = method
    home = _calendar_zone(cal, default_zone)
    tz = zones.get(home)
    repeating = {_text(c, "UID") for c in cal.walk("VEVENT")
                 if c.get("RRULE") or c.get("RDATE") or c.get("RECURRENCE-ID")}
    for c in list(cal.walk("VEVENT")):  # what the expansion would drop without a word
        why = _unreadable(c)
        if why:
            problems.append(translate("calendar", "“{title}” left out: {why}.").format(
                title=_text(c, "SUMMARY") or _text(c, "UID") or translate(
                    "calendar", "(no title)"), why=why))
            for parent in cal.walk():
                if c in parent.subcomponents:
                    parent.subcomponents.remove(c)
    for c, why in _too_frequent(cal, start, end, stop):  # before expanding: one bad event only
        problems.append(translate("calendar", "“{title}” left out: {why}.").format(
            title=_text(c[0], "SUMMARY") or _text(c[0], "UID") or translate(
                "calendar", "(no title)"), why=why))
        for parent in cal.walk():
            for one in c:
                if one in parent.subcomponents:
                    parent.subcomponents.remove(one)
    unknown = _unknown_zones(cal)
    defined = _defined_zones(cal)
    moved = _this_and_future(cal)
    try:
        found = _expand(cal, start, end, stop)
    except Cancelled:
        raise
    except Exception as e:  # noqa: BLE001 - a broken repeat rule, named
        raise CalendarError(translate("calendar", "The calendar's repeating events cannot be read "
                                      "({error}).").format(error=e)) from None
    events: list[Event] = []
    said: set[tuple[str, str]] = set()
    for c in found:
        _check(stop)
        uid = _text(c, "UID")
        title = _text(c, "SUMMARY")
        try:
            if not uid:
                raise ValueError(translate("calendar", "it has no UID"))
            dtstart = c.get("DTSTART")
            if dtstart is None:
                raise ValueError(translate("calendar", "it has no start (DTSTART)"))
            etz, value = tz, dtstart.dt
            end_value = c["DTEND"].dt if c.get("DTEND") is not None else None
            if uid in unknown and isinstance(value, datetime):
                # floating as read (or placed in X-WR-TIMEZONE by the expansion): the clock
                # time as written, in the zone named if Kizuna knows it
                etz = _known_or_home(unknown[uid], home, title or uid, problems, said)
                value = value.replace(tzinfo=None)
                if isinstance(end_value, datetime) and (
                        end_value.tzinfo is None or end_value.tzinfo == dtstart.dt.tzinfo):
                    end_value = end_value.replace(tzinfo=None)
            elif isinstance(value, datetime) and value.tzinfo is not None:
                value, end_value = _named_zone_wins(
                    value, end_value, _tzid(dtstart), defined, title or uid, problems, said)
            # an all-day event is a date: kept at 00:00 of that date in the calendar's zone
            begin, all_day = _aware(value, etz)
            zone = home if all_day else _zone_name(begin, _tzid(dtstart), etz.key)
            # (through UTC: a time in the spring-forward gap, 02:30 in New York, is the
            # instant RFC 5545 3.3.5 says, shown as the clocks read it then: 03:30 EDT)
            begin = begin if all_day else zones.local(begin.astimezone(UTC), zone)
            finish = None
            if end_value is not None:
                finish, _ = _aware(end_value, etz)
            elif c.get("DURATION") is not None:
                finish = begin + c["DURATION"].dt
            if finish is not None and not all_day:
                finish = zones.local(finish.astimezone(UTC), zone)
            if finish is not None and finish < begin:
                raise ValueError(translate("calendar", "it ends before it begins"))
            rid = c.get("RECURRENCE-ID")
            status = _text(c, "STATUS").lower()
            events.append(Event(
                uid=uid, recurrence_id=_instance_key(c, uid, rid, moved)
                if uid in repeating and rid else "", title=title, start=begin, end=finish,
                zone=zone, all_day=all_day,
                place=_text(c, "LOCATION"), description=_text(c, "DESCRIPTION"),
                status=status if status in ("tentative", "cancelled") else "",
                sequence=int(c.get("SEQUENCE", 0) or 0), stamp=_utc_stamp(c),
                people=_people(c)))
        except (ValueError, TypeError, OverflowError) as e:
            problems.append(translate("calendar", "“{title}” left out: {why}.").format(
                title=title or uid or translate("calendar", "(no title)"), why=e))
    own = [e for e in events if _exported_by_kizuna(e.uid)]
    if own:  # `kizuna export --format ics` read back: its meetings, follow-ups and birthdays
        events = [e for e in events if not _exported_by_kizuna(e.uid)]
        n = len({e.uid for e in own})
        problems.append(translate(
            "calendar", "%n event of Kizuna's own calendar export left out: the journal has "
            "it already.", "", n) if n == 1 else translate(
            "calendar", "%n events of Kizuna's own calendar export left out: the journal has "
            "them already.", "", n))
    events.sort(key=lambda e: (e.start.astimezone(UTC), e.uid, e.recurrence_id))
    if method == "CANCEL":  # an organiser's cancellation (RFC 5546): every event in it is
        events = [dataclasses.replace(e, status="cancelled") for e in events]
    return events, problems, {_text(c, "UID") for c in cal.walk("VEVENT")} - {""}


# -- matching ---------------------------------------------------------------------------------

MYSELF = {"me", "myself", "自分", "私"}  # an organiser or attendee so named is the user
ME = "that is you"


def _clean_name(name: str) -> str:
    name = " ".join(name.replace(",", " ").split())
    for h in HONORIFICS:
        if name.endswith(h) and len(name) > len(h):
            name = name[: -len(h)].strip()
    return name


def _own_addresses(session) -> set[str]:
    return {e.lower() for e in session.scalars(select(MeishiProfile.email)) if e}


def _own_names(session) -> set[str]:
    """Your names as your meishi profiles write them (アレックス・ハートマン, Alex Hartmann, in
    either order), flat as an attendee's is compared: you at another address (a private one)
    are not an invitee missing from the journal."""
    out: set[str] = set()
    for row in session.execute(select(MeishiProfile.name_ja, MeishiProfile.reading_ja,
                                      MeishiProfile.name_en)):
        for n in row:
            words = _clean_name(n or "").split()
            if words:
                out |= {_flat(" ".join(words)), _flat(" ".join(reversed(words)))}
    out.discard("")
    return out


class _Many(str):
    """Why an attendee is not matched: more than one contact could be them (the event is
    among yours then, for Match… by hand, not skipped as if none were)."""


def match(journal: Journal, person: Person) -> tuple[int | None, str]:
    """(contact id, '') for the attendee, else (None, why not); the why of an attendee more
    than one contact could be is a :class:`_Many`."""
    with journal.session() as s:
        if person.email:
            ids = list(s.scalars(select(ContactMethod.contact_id).where(
                ContactMethod.kind == MethodKind.EMAIL,
                func.lower(ContactMethod.value) == person.email.lower()).distinct()))
            if len(ids) == 1:
                return ids[0], ""
            if len(ids) > 1:
                return None, _Many(translate("calendar", "{n} contacts have the e-mail "
                                             "address {email}").format(n=len(ids),
                                                                       email=person.email))
    name = _clean_name(person.name)
    if not name or "@" in name:
        return None, translate("calendar", "no contact has this e-mail address")
    if name.lower() in MYSELF:
        return None, ME
    spec = _flat(name)
    if not spec:
        return None, translate("calendar", "no contact has this e-mail address or name")
    ids = named(journal, name)
    if len(ids) == 1:
        return ids[0], ""
    if ids:
        return None, _Many(translate("calendar", "the name matches {n} contacts").format(
            n=len(ids)))
    return None, translate("calendar", "no contact has this e-mail address or name")


def named(journal: Journal, name: str) -> list[int]:
    """The contacts whose whole name is ``name`` (in any script, either order; honorifics
    left out), as an attendee is matched by name."""
    name = _clean_name(name)
    spec = _flat(name) if name else ""
    if not spec:
        return []
    variants = {spec, _katakana(spec), "".join(name.split()).lower()}
    cols = (Contact.family_name, Contact.family_reading, Contact.family_latin,
            Contact.given_name, Contact.given_reading, Contact.given_latin)
    with journal.session() as s:  # those a part of whose name is in it; then the whole name
        rows = s.scalars(select(Contact).where(or_(*(
            (col != "") & (func.instr(v, func.lower(col)) > 0)
            for v in variants for col in cols)))).all()
        return [c.id for c in rows if _is_their_name(c, name)]


def _flat(text: str) -> str:
    from kizuna_desktop.services.japanese import normalize_kana, to_hiragana

    return to_hiragana("".join(normalize_kana(text).split()).replace("・", "")
                       .replace("-", "")).lower()


def _katakana(text: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in text)


def _is_their_name(n, name: str) -> bool:
    """``name`` is the contact's whole name: family and given name, either order, as
    written, read or in Latin (only one of them for a contact who has only one). A calendar's
    attendee is matched by name, never by a part of it nor by other text."""
    spec = _flat(name)
    forms = {n.family_name + n.given_name, n.given_name + n.family_name,
             n.family_reading + n.given_reading, n.given_reading + n.family_reading,
             n.given_latin + n.family_latin, n.family_latin + n.given_latin}
    return spec in {_flat(f) for f in forms if f}


# -- writing ----------------------------------------------------------------------------------

def _naive(when: datetime) -> datetime:
    return when.astimezone(UTC).replace(tzinfo=None)


def _older(row: Interaction, e: Event) -> bool:
    if row.calendar_sequence is not None and e.sequence < row.calendar_sequence:
        return True
    return (e.sequence == (row.calendar_sequence or 0) and row.calendar_stamp is not None
            and e.stamp is not None and e.stamp < row.calendar_stamp)


# + sha1 of the UID; value {"uid": …, "instances": {recurrence id: [SEQUENCE, DTSTAMP]}}
CANCELLED_KEY = "calendar_cancelled:"


def _tombstone_row(s, uid: str) -> JournalSetting | None:
    import hashlib

    key = CANCELLED_KEY + hashlib.sha1(uid.encode("utf-8")).hexdigest()
    known = s.info.get(_TOMBSTONES)
    if known is not None:  # read once for the whole import (_write)
        return known.get(key)
    return s.scalar(select(JournalSetting).where(JournalSetting.key == key))


_TOMBSTONES = "calendar_tombstones"  # Session.info: key -> row, every one of the file's UIDs
_GUESTS = "calendar_guests"  # Session.info: meeting id -> its guests (those imported before)


def _remember_cancelled(s, uid: str, rid: str, sequence: int, stamp: datetime | None) -> None:
    """Keep in the journal that the instance ``rid`` of ``uid`` was cancelled as of this
    SEQUENCE (and DTSTAMP), so that an older copy of the calendar never brings it back."""
    import hashlib
    import json

    row = _tombstone_row(s, uid)
    if row is None:
        row = JournalSetting(key=CANCELLED_KEY + hashlib.sha1(uid.encode("utf-8")).hexdigest(),
                             value=json.dumps({"uid": uid, "instances": {}}))
        s.add(row)
        if s.info.get(_TOMBSTONES) is not None:
            s.info[_TOMBSTONES][row.key] = row
    data = json.loads(row.value)
    data["instances"][rid] = [sequence, stamp.isoformat() if stamp else None]
    row.value = json.dumps(data, ensure_ascii=False)
    s.flush()


# + sha1 of the UID; value {"uid": …, "instances": {recurrence id: [contact ids]}}: the
# attendees the last import of each instance matched (so a re-import can take off those no
# longer invited, and only those)
PEOPLE_KEY = "calendar_people:"


def _people_keys(uids: set[str]) -> list[str]:
    import hashlib

    return [PEOPLE_KEY + hashlib.sha1(u.encode("utf-8")).hexdigest() for u in uids]


def _people_row(s, uid: str) -> JournalSetting | None:
    key = _people_keys({uid})[0]
    known = s.info.get(_TOMBSTONES)
    if known is not None:
        return known.get(key)
    return s.scalar(select(JournalSetting).where(JournalSetting.key == key))


def _imported_people(s, e: Event) -> set[int] | None:
    """The attendees the last import of this event matched; None when not recorded (a
    meeting imported by an older version: nobody is taken off then)."""
    import json

    row = _people_row(s, e.uid)
    if row is None:
        return None
    ids = json.loads(row.value).get("instances", {}).get(e.recurrence_id)
    return set(ids) if ids is not None else None


def _remember_people(s, e: Event, matched: list[int]) -> None:
    import json

    row = _people_row(s, e.uid)
    if row is None:
        row = JournalSetting(key=_people_keys({e.uid})[0],
                             value=json.dumps({"uid": e.uid, "instances": {}}))
        s.add(row)
        if s.info.get(_TOMBSTONES) is not None:
            s.info[_TOMBSTONES][row.key] = row
    data = json.loads(row.value)
    ids = sorted(set(matched))
    if data["instances"].get(e.recurrence_id) != ids:
        data["instances"][e.recurrence_id] = ids
        row.value = json.dumps(data, ensure_ascii=False)


def _cancelled_later(s, e: Event) -> bool:
    """The journal knows this instance as cancelled by a copy at least as new as this one;
    a newer copy that brings it back (a higher SEQUENCE or later DTSTAMP) forgets that."""
    import json

    row = _tombstone_row(s, e.uid)
    if row is None:
        return False
    data = json.loads(row.value)
    mark = data.get("instances", {}).get(e.recurrence_id)
    if mark is None:
        return False
    seq, stamp = int(mark[0] or 0), datetime.fromisoformat(mark[1]) if mark[1] else None
    if e.sequence < seq or (e.sequence == seq and (
            e.stamp is None or stamp is None or e.stamp <= stamp)):
        return True
    del data["instances"][e.recurrence_id]
    row.value = json.dumps(data, ensure_ascii=False)
    return False


def _same(row: Interaction, e: Event, contact_ids: list[int]) -> bool:
    return (row.occurred_at == _naive(e.start)
            and row.ends_at == (_naive(e.end) if e.end else None)
            and row.zone == e.zone and row.all_day == e.all_day and row.place == e.place[:300]
            and row.summary == e.title[:500] and row.agenda == e.description
            and row.status == e.status
            and set(contact_ids) <= {c.id for c in row.participants})


def import_calendar(journal: Journal, data: bytes, *, days: int = 14, apply: bool = False,
                    include_unknown: bool = False, now: datetime | None = None,
                    tz: tzinfo | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    undoable: bool = False) -> Report:
    """Import the events of the next ``days`` days (from the start of today where the laptop
    is) as planned meetings. Without ``apply`` nothing is written: the report says what would
    be done. ``progress(done, total)`` is called as the events are written (from the thread
    doing the work); ``cancelled()`` is asked between events, and when it says so
    :class:`Cancelled` is raised and nothing is written.

    With ``apply`` the write lock is taken first (BEGIN IMMEDIATE: another process's write
    waits, or is waited for) and held until the commit. ``undoable``: the report keeps
    ``before`` and ``after``, snapshots of everything the import may change (``snapshot``),
    both taken inside that one transaction, so no other process's write falls between a
    snapshot and the write (undo would then remove or put back the wrong rows)."""
    stop = cancelled or (lambda: False)
    if not 1 <= days <= MAX_DAYS:
        raise KizunaError(f"--days is between 1 and {MAX_DAYS} (was {days}).")
    now = now or datetime.now(UTC)
    tz = tz or zones.laptop()
    first = now.astimezone(tz).date()
    last = first + timedelta(days=days)
    lo = datetime.combine(first, time(0), tz)
    hi = datetime.combine(last, time(0), tz)
    home = clock.home_zone(journal)
    if progress:
        progress(0, 0)  # reading the file: how many events is not known yet
    info: dict = {}
    events, problems, uids = read(data, lo, hi, home, stop, info)
    # a message about some events (an invitation, an update, a cancellation: METHOD REQUEST,
    # CANCEL… of RFC 5546), not the whole calendar: what it does not name is left as it is
    whole = info.get("method", "") in ("", "PUBLISH")
    _check(stop)
    report = Report(applied=apply, start=first, end=last - timedelta(days=1),
                    problems=problems, uids=set(uids))
    try:
        with journal.session() as s:
            if apply:
                begin_write(s)
                if undoable:
                    report.before = snapshot(journal, report.uids)
            _write(journal, s, events, report, include_unknown, lo, hi, now, uids,
                   progress, stop, whole)
            if not apply:
                raise _DryRun
            if undoable:
                report.after = snapshot(journal, report.uids)
            _check(stop)  # a Cancel pressed while the snapshot was taken still rolls back
    except _DryRun:
        report.meeting_ids = []
    return report


def _check(stop: Callable[[], bool]) -> None:
    """Raise :class:`Cancelled` when ``stop()`` says so (inside the import's session: rolled
    back, nothing written)."""
    if stop():
        raise Cancelled(translate("calendar", "The calendar import was cancelled: nothing "
                                  "was written."))


def _write(journal: Journal, s, events: list[Event], report: Report, include_unknown: bool,
           lo: datetime, hi: datetime, now: datetime, report_uids: set[str],
           progress: Progress | None = None, stop: Callable[[], bool] = lambda: False,
           whole: bool = True) -> None:
    clock.pin_home_in(s)
    own = _own_addresses(s)
    own_names = _own_names(s)
    touched: set[int] = set()
    seen: set[tuple[str, str]] = set()
    cache: dict[str, tuple[int | None, str]] = {}
    # read once, not once per event (a 5,000-event file): the meetings already imported from
    # these UIDs, and the addresses and names ignored at any meeting
    existing: dict[tuple[str, str], Interaction] = {}
    uid_list = sorted({e.uid for e in events})
    for i in range(0, len(uid_list), 500):
        for row in s.scalars(select(Interaction).where(
                Interaction.calendar_uid.in_(uid_list[i:i + 500])).options(
                selectinload(Interaction.participants))):
            existing[(row.calendar_uid, row.recurrence_id)] = row
    # their unmatched attendees, and the contacts matched (most events share a few people)
    known_guests: dict[int, list[MeetingGuest]] = {}
    ids = [r.id for r in existing.values()]
    for i in range(0, len(ids), 500):
        for g in s.scalars(select(MeetingGuest).where(
                MeetingGuest.interaction_id.in_(ids[i:i + 500]))):
            known_guests.setdefault(g.interaction_id, []).append(g)
    s.info[_GUESTS] = known_guests
    contacts: dict[int, Contact] = {}
    keys = _tombstone_keys(set(uid_list) | set(report_uids)) + _people_keys(set(uid_list))
    known: dict[str, JournalSetting] = {}
    for i in range(0, len(keys), 500):
        known.update((r.key, r) for r in s.scalars(select(JournalSetting).where(
            JournalSetting.key.in_(keys[i:i + 500]))))
    s.info[_TOMBSTONES] = known
    ignored = {(g.email.lower(), "" if g.email else g.name) for g in s.scalars(
        select(MeetingGuest).where(MeetingGuest.state == IGNORED))}
    # the meetings typed ahead by hand (the Log dialog, kizuna log) in these days, by start:
    # the calendar's copy of one of them is not imported again beside it
    typed: dict[datetime, list[Interaction]] = {}
    for r in s.scalars(select(Interaction).where(
            Interaction.calendar_uid.is_(None), Interaction.occurred_at >= _naive(lo),
            Interaction.occurred_at < _naive(hi)).options(
            selectinload(Interaction.participants))):
        typed.setdefault(r.occurred_at, []).append(r)
    for n, e in enumerate(events):
        _check(stop)  # between events; raised inside the session: rolled back
        if progress and n % 50 == 0:
            progress(n, len(events))
        if e.key in seen:
            continue
        seen.add(e.key)
        row = existing.get(e.key)
        if e.status == "cancelled":
            _remember_cancelled(s, e.uid, e.recurrence_id, e.sequence, e.stamp)
            if row is not None:
                _remove(s, row, _row_label(row), report, touched)  # as the journal has it
            continue
        if row is None and _cancelled_later(s, e):
            report.unchanged.append(e.label + translate(
                "calendar", " (cancelled in a newer copy of the calendar)"))
            continue
        matched: list[int] = []
        unmatched: list[tuple[Person, str]] = []
        for p in e.people:
            if p.email and p.email.lower() in own:
                continue
            key = p.email.lower() or p.name
            if key not in cache:
                cache[key] = match(journal, p)
            cid, why = cache[key]
            if why == ME or (cid is None and p.name and _flat(_clean_name(p.name)) in own_names):
                continue  # (a contact of your name at that address is still matched)
            if cid is not None:
                matched.append(cid)
            else:
                unmatched.append((p, why))
        matched = list(dict.fromkeys(matched))
        # an attendee two contacts could be is among yours: kept, to match by hand
        among = any(isinstance(why, _Many) for _, why in unmatched)
        if not matched and not include_unknown and row is None and not among:
            report.skipped.append(e.label + (
                f" ({', '.join(p.label for p, _ in unmatched)})" if unmatched else
                translate("calendar", " (no attendees)")))
            continue
        twin = next((r for r in typed.get(_naive(e.start), []) if not e.all_day and not r.all_day
                     and set(matched) & {c.id for c in r.participants}), None) \
            if row is None else None
        if twin is not None:
            report.problems.append(translate(
                "calendar", "{label} is in the journal already, typed by hand (meeting {id}): "
                "not imported beside it.").format(label=e.label, id=twin.id))
            continue
        if row is not None and _older(row, e):
            report.unchanged.append(e.label + translate("calendar", " (the file's copy is older)"))
            report.meeting_ids.append(row.id)
            continue
        missing = [c for c in matched if c not in contacts]
        if missing:
            contacts.update((c.id, c) for c in s.scalars(
                select(Contact).where(Contact.id.in_(missing))))
        people = [contacts[c] for c in matched if c in contacts]
        # attendees the last import of this event matched and this one does not (taken off
        # the invitation): they leave; one added by hand was never matched, and stays
        before = _imported_people(s, e) if row is not None else None
        dropped = (before - set(matched)) & {c.id for c in row.participants} \
            if before is not None else set()
        if row is None:
            row = Interaction(kind=InteractionKind.MEETING, calendar_uid=e.uid,
                              recurrence_id=e.recurrence_id, participants=people)
            s.add(row)
            report.created.append(e.label)
        elif _same(row, e, matched) and not dropped:
            report.unchanged.append(e.label)
        else:
            report.updated.append(e.label)
            touched |= {c.id for c in row.participants}
            if dropped:
                row.participants = [c for c in row.participants if c.id not in dropped]
            for c in people:  # a participant added by hand stays
                if c not in row.participants:
                    row.participants.append(c)
        _remember_people(s, e, matched)
        row.occurred_at = _naive(e.start)
        row.ends_at = _naive(e.end) if e.end else None
        row.zone, row.all_day, row.status = e.zone, e.all_day, e.status
        row.place, row.summary, row.agenda = e.place[:300], e.title[:500], e.description
        row.calendar_sequence, row.calendar_stamp = e.sequence, e.stamp
        s.flush()
        report.meeting_ids.append(row.id)
        touched |= set(matched)
        existing[e.key] = row
        _guests(s, row, unmatched, e, report, ignored)
    # instances gone from a repeating event still in the file (an EXDATE added since)
    uids = {e.uid for e in events} | report_uids
    if uids and whole:
        stale = s.scalars(select(Interaction).where(
            Interaction.calendar_uid.in_(list(uids)),
            Interaction.occurred_at >= _naive(max(lo, now)),
            Interaction.occurred_at < _naive(hi))).all()
        newest: dict[str, Event] = {}
        for e in events:
            if e.uid not in newest or (e.sequence, e.stamp or datetime.min) > (
                    newest[e.uid].sequence, newest[e.uid].stamp or datetime.min):
                newest[e.uid] = e
        in_window = {e.uid for e in events}
        for row in stale:
            if (row.calendar_uid, row.recurrence_id) not in seen:
                if row.calendar_uid not in in_window:  # in the file, on a later day
                    _moved_out(s, row, report, touched)
                    continue
                if _remove(s, row, _row_label(row), report, touched) and \
                        row.calendar_uid in newest:
                    n = newest[row.calendar_uid]
                    _remember_cancelled(s, n.uid, row.recurrence_id, n.sequence, n.stamp)
    if touched:
        indexing.refresh_last_interaction(s, touched)
    s.info.pop(_GUESTS, None)  # (read for this import only)
    s.info.pop(_TOMBSTONES, None)
    _check(stop)
    if progress:
        progress(len(events), len(events))


def _row_label(row: Interaction) -> str:
    z = row.zone if zones.is_zone(row.zone) else "UTC"
    start = zones.local(row.occurred_at.replace(tzinfo=UTC), z)
    when = zones.fmt(start, "%Y-%m-%d") if row.all_day else \
        f"{zones.fmt(start, '%Y-%m-%d %H:%M')} {zones.abbreviation(start)}"
    return f"{when} “{row.summary or '(no title)'}”"


def _moved_out(s, row: Interaction, report: Report, touched: set[int]) -> None:
    """A meeting the file still has, moved to a day after those imported: not cancelled.
    It leaves this day (the import of more days brings it back where it now is), unless it
    has notes of yours: then it stays as it was, and the report says so."""
    label = _row_label(row)
    if row.notes.strip():
        report.problems.append(translate(
            "calendar", "{label} was moved after the days imported; it is kept as it was "
            "because it has notes of yours (meeting {id}): import more days to move it."
        ).format(label=label, id=row.id))
        return
    touched |= {c.id for c in row.participants}
    s.delete(row)
    s.flush()
    report.moved.append(label)


def _remove(s, row: Interaction, label: str, report: Report, touched: set[int]) -> bool:
    if row.notes.strip():
        report.problems.append(translate(
            "calendar", "{label} was cancelled but is kept: it has notes of yours (meeting "
            "{id}).").format(label=label, id=row.id))
        row.status = "cancelled"  # kept with its notes, no longer among the meetings ahead
        s.flush()
        return False
    touched |= {c.id for c in row.participants}
    s.delete(row)
    s.flush()
    report.removed.append(label)
    return True


def _guests(s, row: Interaction, unmatched: list[tuple[Person, str]], e: Event,
            report: Report, ignored: set[tuple[str, str]]) -> None:
    if not unmatched:
        return
    known = s.info.get(_GUESTS)
    rows = known.get(row.id, []) if known is not None else s.scalars(
        select(MeetingGuest).where(MeetingGuest.interaction_id == row.id))
    have = {(g.email.lower(), g.name if not g.email else ""): g for g in rows}
    for p, why in unmatched:
        key = (p.email.lower(), p.name if not p.email else "")
        g = have.get(key)
        if g is None:
            g = MeetingGuest(interaction_id=row.id, name=p.name[:300], email=p.email[:400],
                             state=IGNORED if key in ignored else PENDING)
            s.add(g)
            have[key] = g
        if g.state == PENDING:
            report.unmatched.append(f"{e.label}: {p.label} — {why}")
            report.unmatched_people.setdefault(f"{p.label} — {why}", []).append(e.label)


# -- undo -------------------------------------------------------------------------------------

def _tombstone_keys(uids: set[str]) -> list[str]:
    import hashlib

    return [CANCELLED_KEY + hashlib.sha1(u.encode("utf-8")).hexdigest() for u in uids]


def snapshot(journal: Journal, uids: set[str]):
    """What an import of a file with these UIDs may change, as it is now: its meetings with
    their participants, unmatched attendees and the follow-ups pointing at them, and the
    journal's memory of cancelled instances (the window's undo takes one before and after)."""
    from kizuna_desktop.services import snapshots
    from kizuna_desktop.store.models import Base, interaction_participants

    t = Base.metadata.tables
    snap = snapshots.Snapshot()
    ids: list[int] = []
    with journal.session() as s:
        uid_list = sorted(uids)
        for i in range(0, len(uid_list), 500):
            rows = s.execute(select(t["interactions"]).where(
                t["interactions"].c.calendar_uid.in_(uid_list[i:i + 500]))).all()
            snap.add("interactions", rows)
            ids += [r.id for r in rows]
        p = interaction_participants
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            snap.add("interaction_participants", s.execute(select(p).where(
                p.c.interaction_id.in_(chunk))).all())
            snap.add("meeting_guests", s.execute(select(t["meeting_guests"]).where(
                t["meeting_guests"].c.interaction_id.in_(chunk))).all())
            snap.add("follow_ups", s.execute(select(t["follow_ups"]).where(
                t["follow_ups"].c.interaction_id.in_(chunk))).all())
        snap.add("journal_settings", s.execute(select(t["journal_settings"]).where(
            t["journal_settings"].c.key.in_(_tombstone_keys(uids) + _people_keys(uids)))).all())
    snap.contact_ids = {r["contact_id"] for r in snap.rows.get("interaction_participants", [])}
    return snap


def restore(journal: Journal, uids: set[str], snap,
            check: Callable[[], None] | None = None) -> None:
    """Make the meetings of these UIDs (and what hangs off them) exactly those of ``snap``,
    in one write transaction; the last contact of everyone at them before or after is
    recomputed. ``check()`` is called first inside that transaction, under the write lock
    (undo: "still as the import left them?"); if it raises, nothing is written."""
    from sqlalchemy import delete, insert

    from kizuna_desktop.store.models import Base, interaction_participants

    t = Base.metadata.tables
    p = interaction_participants
    with journal.session() as s:
        begin_write(s)
        if check is not None:
            check()
        uid_list = sorted(uids)
        ids: list[int] = []
        for i in range(0, len(uid_list), 500):
            ids += list(s.scalars(select(Interaction.id).where(
                Interaction.calendar_uid.in_(uid_list[i:i + 500]))))
        people = set(snap.contact_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            people |= set(s.scalars(select(p.c.contact_id).where(
                p.c.interaction_id.in_(chunk))))
            s.execute(delete(p).where(p.c.interaction_id.in_(chunk)))
            s.execute(delete(t["meeting_guests"]).where(
                t["meeting_guests"].c.interaction_id.in_(chunk)))
            s.execute(delete(t["interactions"]).where(t["interactions"].c.id.in_(chunk)))
        s.execute(delete(t["journal_settings"]).where(
            t["journal_settings"].c.key.in_(_tombstone_keys(uids) + _people_keys(uids))))
        for name in ("interactions", "interaction_participants", "meeting_guests",
                     "journal_settings"):
            rows = snap.rows.get(name)
            if rows:
                s.execute(insert(t[name]), rows)
        rows = snap.rows.get("follow_ups")
        if rows:  # their link to a meeting was cleared by the delete
            s.execute(insert(t["follow_ups"]).prefix_with("OR REPLACE"), rows)
        s.flush()
        indexing.refresh_last_interaction(s, people)
        s.expire_all()
