"""Time zones: where something happened and how its time reads there.

Plain helpers with no journal: every layer may use them (services, pdf, formats, ui, cli).
An interaction is an instant (aware, UTC) plus the IANA zone where it happened; it is shown,
and dated, in that zone. "Today" is the laptop's date in its current zone.
"""

from __future__ import annotations

import functools
import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

# Common abbreviations and the zone they name. An abbreviation is a fixed offset: "14:00 EST"
# in July is 14:00 at UTC-5 (an hour off New York's clocks then), so a time given with one is
# placed in that zone only when the zone uses it on that date, else at the offset it states.
ABBREVIATIONS: dict[str, tuple[str, timedelta]] = {
    "JST": ("Asia/Tokyo", timedelta(hours=9)),
    "KST": ("Asia/Seoul", timedelta(hours=9)),
    "HKT": ("Asia/Hong_Kong", timedelta(hours=8)),
    "SGT": ("Asia/Singapore", timedelta(hours=8)),
    "IST": ("Asia/Kolkata", timedelta(hours=5, minutes=30)),
    "AEST": ("Australia/Sydney", timedelta(hours=10)),
    "AEDT": ("Australia/Sydney", timedelta(hours=11)),
    "NZST": ("Pacific/Auckland", timedelta(hours=12)),
    "NZDT": ("Pacific/Auckland", timedelta(hours=13)),
    "UTC": ("UTC", timedelta(0)),
    "GMT": ("Europe/London", timedelta(0)),
    "BST": ("Europe/London", timedelta(hours=1)),
    "CET": ("Europe/Berlin", timedelta(hours=1)),
    "CEST": ("Europe/Berlin", timedelta(hours=2)),
    "EET": ("Europe/Helsinki", timedelta(hours=2)),
    "EEST": ("Europe/Helsinki", timedelta(hours=3)),
    "EST": ("America/New_York", timedelta(hours=-5)),
    "EDT": ("America/New_York", timedelta(hours=-4)),
    "CDT": ("America/Chicago", timedelta(hours=-5)),
    "MST": ("America/Denver", timedelta(hours=-7)),
    "MDT": ("America/Denver", timedelta(hours=-6)),
    "PST": ("America/Los_Angeles", timedelta(hours=-8)),
    "PDT": ("America/Los_Angeles", timedelta(hours=-7)),
    "HST": ("Pacific/Honolulu", timedelta(hours=-10)),
}
# Said by more than one region: asked to be written another way.
AMBIGUOUS = {"CST": "China (Asia/Shanghai) or US Central (America/Chicago)",
             "AST": "Arabia (Asia/Riyadh) or Atlantic (America/Halifax)"}


class ZoneError(ValueError):
    """A zone or time that cannot be read; the message says what was wrong."""


@functools.cache
def get(name: str) -> ZoneInfo:
    """The zone called ``name`` (an IANA name such as Asia/Tokyo, or an abbreviation: JST)."""
    name = (name or "").strip()
    if name.upper() in ABBREVIATIONS:
        return ZoneInfo(ABBREVIATIONS[name.upper()][0])
    if name.upper() in AMBIGUOUS:
        raise ZoneError(f"“{name}” could be {AMBIGUOUS[name.upper()]}: give the zone's name.")
    if not name or name.startswith(("/", ".")) or ".." in name:
        raise ZoneError(f"“{name}” is not a time zone (an IANA name such as Asia/Tokyo).")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ZoneError(f"“{name}” is not a time zone (an IANA name such as Asia/Tokyo)."
                        ) from None


def canonical(name: str) -> str:
    """The IANA name to store for ``name`` (abbreviations become their zone)."""
    return get(name).key


def is_zone(name: str) -> bool:
    try:
        get(name)
    except ZoneError:
        return False
    return True


@functools.cache
def all_names() -> list[str]:
    return sorted(n for n in available_timezones() if "/" in n or n == "UTC")


def _offset_name(offset_seconds: int) -> str:
    # POSIX Etc/GMT names have the sign reversed: Etc/GMT-9 is UTC+9.
    hours, rest = divmod(abs(offset_seconds), 3600)
    if rest or hours > 14:
        return "UTC"
    return "UTC" if hours == 0 else f"Etc/GMT{'-' if offset_seconds > 0 else '+'}{hours}"


def offset_zone(offset: timedelta) -> str:
    """An IANA name for a bare UTC offset (Etc/GMT-9 for +09:00); UTC when it has none."""
    return _offset_name(int(offset.total_seconds()))


_SYSTEM: dict[str, object] = {"name": None, "at": 0.0}
RECHECK_SECONDS = 60  # a laptop that changes zone while the app runs is seen within a minute


def _system_setting() -> str | None:
    try:
        import tzlocal

        if time.monotonic() - float(_SYSTEM["at"]) > RECHECK_SECONDS or not _SYSTEM["name"]:
            if _SYSTEM["name"]:
                tzlocal.reload_localzone()
            _SYSTEM["name"] = tzlocal.get_localzone_name()
            _SYSTEM["at"] = time.monotonic()
        return str(_SYSTEM["name"]) if _SYSTEM["name"] else None
    except Exception:  # noqa: BLE001 - tzlocal raises its own errors for odd set-ups
        return None


def system_zone_name() -> str:
    """The laptop's current zone as an IANA name: TZ when it names a zone, else the
    system's setting (tzlocal: /etc/localtime, the Windows registry…); a zone neither can
    name becomes the fixed offset in effect now (Etc/GMT-9)."""
    tz_env = os.environ.get("TZ", "").lstrip(":")
    if tz_env and is_zone(tz_env) and tz_env.upper() not in ABBREVIATIONS:
        return canonical(tz_env)
    name = None if tz_env else _system_setting()
    if name and is_zone(name):
        return canonical(name)
    return _offset_name(time.localtime().tm_gmtoff or 0)


def laptop() -> ZoneInfo:
    """The zone the laptop is in now."""
    return get(system_zone_name())


def now_utc() -> datetime:
    return datetime.now(UTC)


def today(zone: tzinfo | None = None) -> date:
    """Today's date where the laptop is (or in ``zone``)."""
    return now_utc().astimezone(zone or laptop()).date()


def local(instant: datetime, zone: str | tzinfo) -> datetime:
    """``instant`` (aware) as the wall-clock time in ``zone``."""
    tz = get(zone) if isinstance(zone, str) else zone
    if instant.tzinfo is None:
        raise ValueError("instants must be timezone-aware")
    try:
        return instant.astimezone(tz)
    except OverflowError:  # at the ends of the calendar: the instant as it was given
        return instant


def local_date(instant: datetime, zone: str | tzinfo) -> date:
    return local(instant, zone).date()


def days_between(instant: datetime, zone: str | tzinfo, on: date) -> int:
    """Whole days from the entry's date where it happened to ``on``; never negative."""
    return max(0, (on - local_date(instant, zone)).days)


def offset_text(off: timedelta | None) -> str:
    """A UTC offset written the one way Kizuna writes offsets: "UTC+14:00", "UTC-12:00",
    "UTC+05:30" ("UTC" for none)."""
    if not off:
        return "UTC"
    sign = "-" if off < timedelta(0) else "+"
    h, rest = divmod(int(abs(off).total_seconds()), 3600)
    return f"UTC{sign}{h:02d}:{rest // 60:02d}"


def abbreviation(when: datetime) -> str:
    """The zone's abbreviation at that time ("JST", "CET"); its offset ("UTC+07:00") where
    the zone has none."""
    name = when.tzname() or ""
    if not name or name[0] in "+-" or name.startswith("UTC"):
        name = offset_text(when.utcoffset())
    return name


def fmt(when: date | datetime, pattern: str) -> str:
    """``when`` formatted by ``pattern`` with years always in four digits ("0001-01-01";
    the platform's %Y writes year 1 as "1")."""
    return when.strftime(pattern.replace("%Y", f"{when.year:04d}"))


_four_digit = fmt  # for label(), whose parameter is called fmt


def same_clock(when: datetime, zone: tzinfo | None = None) -> bool:
    """Whether the laptop's zone (or ``zone``) reads ``when`` the same way (offset and name)."""
    here = local(when, zone or laptop())
    return here.utcoffset() == when.utcoffset() and here.tzname() == when.tzname()


def label(when: datetime, fmt: str = "%Y-%m-%d %H:%M", zone: tzinfo | None = None,
          always: bool = False) -> str:
    """``when`` (already in its own zone) formatted, followed by its zone's abbreviation when
    it differs from the laptop's zone (or ``always``): "2026-11-20 19:00 JST"."""
    text = _four_digit(when, fmt)
    if always or not same_clock(when, zone):
        text += " " + abbreviation(when)
    return text


@dataclass(frozen=True)
class Parsed:
    when: datetime  # aware, in its own zone
    zone_name: str  # the IANA name, or "UTC+09:00" for a bare offset
    note: str = ""  # what was made of a clock time that does not exist or happens twice


@dataclass(frozen=True)
class Placed:
    when: datetime  # aware, in ``zone``, as its clocks really read
    note: str = ""  # said to the user when the time typed was moved or chosen between two
    short: str = ""  # the same in a few words, for beside a field ("02:30 → 03:30 CEST")


def _as_utc(when: datetime) -> datetime | None:
    try:
        return when.astimezone(UTC)
    except OverflowError:
        return None


def place(wall: datetime, tz: tzinfo) -> Placed:
    """The clock time ``wall`` (naive) where ``tz`` is, by one rule for every command and the
    Log dialog: a time that does not exist (clocks go forward) moves forward by the gap, a
    time that happens twice (clocks go back) is its first occurrence; the note says so."""
    wall = wall.replace(tzinfo=None)
    first = wall.replace(tzinfo=tz, fold=0)
    second = wall.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return Placed(first)
    name = getattr(tz, "key", str(tz))
    day = fmt(wall, "%Y-%m-%d")
    at = _as_utc(first)
    if at is None:  # at the ends of the calendar: as typed
        return Placed(first)
    real = at.astimezone(tz)
    if real.replace(tzinfo=None, fold=0) != wall:
        # In the gap: fold 0 reads it with the offset before the change, which lands it the
        # gap's length later on the clocks after it.
        return Placed(real, f"{wall:%H:%M} does not exist in {name} on {day} (clocks go "
                            f"forward); taken as {real:%H:%M} {abbreviation(real)}.",
                      f"no {wall:%H:%M} that day: taken as {real:%H:%M}")
    return Placed(first, f"{wall:%H:%M} happens twice in {name} on {day} (clocks go back); "
                         f"taken as the first, {wall:%H:%M} {abbreviation(first)} (write "
                         f"{abbreviation(second)} or {_iso_offset(second.utcoffset())} after "
                         "the time for the second).",
                  f"{wall:%H:%M} comes twice that day: the first")


def _iso_offset(off: timedelta | None) -> str:
    return offset_text(off).replace("UTC", "") or "+00:00"


_TIME_RE = re.compile(
    r"^\s*(?P<y>\d{1,4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<off>Z|[+-]\d{2}(?::?\d{2})?)?"
    r"(?:\s+(?P<zone>[A-Za-z][A-Za-z0-9_/+\-]*))?\s*$")


def _offset(text: str) -> timedelta:
    if text == "Z":
        return timedelta(0)
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 14 or minutes > 59:
        raise ZoneError(f"“{text}” is not a UTC offset (from -14:00 to +14:00).")
    return sign * timedelta(hours=hours, minutes=minutes)


def _offset_label(off: timedelta) -> str:
    return offset_text(off)


def parse(text: str, zone: str | None = None, home: str = "UTC") -> Parsed:
    """A time a user typed: ISO 8601 with or without an offset (``2026-12-03T14:00+09:00``),
    ``YYYY-MM-DD HH:MM`` (in ``zone``, else ``home``), or either followed by a zone or a common
    abbreviation (``2026-12-03 14:00 JST``, ``… Asia/Tokyo``). Years 1 to 9999.
    Raises ZoneError with what was wrong."""
    m = _TIME_RE.match(text or "")
    if not m:
        raise ZoneError(f"“{text}” is not a time: write YYYY-MM-DD HH:MM, optionally with a "
                        "zone (JST, Asia/Tokyo) or an offset (+09:00).")
    year = int(m["y"])
    if not 1 <= year <= 9999 or len(m["y"]) != 4:
        raise ZoneError(f"“{text}”: the year must have four digits, 0001 to 9999.")
    try:
        wall = datetime(year, int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0),
                        int(m["S"] or 0))
    except ValueError as e:
        raise ZoneError(f"“{text}” is not a real date and time ({e}).") from None
    named = m["zone"]
    if named and zone and canonical(named) != canonical(zone):
        raise ZoneError(f"“{text}” names {named} but the zone given is {zone}.")
    named = named or zone
    if m["off"]:
        off = _offset(m["off"])
        fixed = timezone(off)
        # A zone named (after the time or with --zone) must be at that offset then; only
        # when none is named may the home zone claim it.
        for candidate in ((named,) if named else (home,)):
            if candidate and is_zone(candidate):
                tz = get(candidate)
                there = wall.replace(tzinfo=fixed)
                try:
                    mine = there.astimezone(tz)
                except OverflowError:
                    continue
                if mine.utcoffset() == off:
                    return Parsed(mine, tz.key)
        if named:
            try:
                theirs = _iso_offset(place(wall, get(named)).when.utcoffset())
            except ZoneError:
                theirs = "another offset"
            raise ZoneError(f"“{text}”: {named} is not at {m['off']} then (it is at "
                            f"{theirs}): give the offset or the zone, not both.")
        return Parsed(wall.replace(tzinfo=fixed), _offset_label(off))
    if named and named.upper() in ABBREVIATIONS:
        zone_name, off = ABBREVIATIONS[named.upper()]
        tz = get(zone_name)
        if named.upper() == "UTC":
            return Parsed(wall.replace(tzinfo=tz), tz.key)
        for fold in (0, 1):  # the abbreviation picks between the two readings of a time
            at = wall.replace(tzinfo=tz, fold=fold)
            if at.tzname() == named.upper() and at.utcoffset() == off:
                real = _as_utc(at)
                real = at if real is None else real.astimezone(tz)
                if real.replace(tzinfo=None, fold=0) != wall:  # in a gap: the instant said
                    return Parsed(real, tz.key, f"{wall:%H:%M} {named.upper()} is "
                                  f"{real:%H:%M} {abbreviation(real)} on {tz.key}'s clocks.")
                return Parsed(at, tz.key)
        return Parsed(wall.replace(tzinfo=timezone(off, named.upper())), named.upper())
    tz = get(named or home)
    placed = place(wall, tz)
    return Parsed(placed.when, tz.key, placed.note)


def zone_of(parsed_zone: str) -> tzinfo:
    """The tzinfo for a zone name as ``parse`` gives it (an IANA name or "UTC+09:00")."""
    m = re.fullmatch(r"UTC([+\-−])(\d{2}):(\d{2})", parsed_zone)
    if m:
        off = timedelta(hours=int(m[2]), minutes=int(m[3])) * (1 if m[1] == "+" else -1)
        return timezone(off)
    return get(parsed_zone)
