"""text/zones.py: the times a user types, the zones they name, local dates and labels."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from kizuna_desktop.text import zones

TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize("typed, zone, home, local, zone_name", [
    ("2026-12-03T14:00+09:00", None, "Europe/Berlin", "2026-12-03 14:00", "UTC+09:00"),
    ("2026-12-03T14:00+09:00", None, "Asia/Tokyo", "2026-12-03 14:00", "Asia/Tokyo"),
    ("2026-12-03 14:00 JST", None, "Europe/Berlin", "2026-12-03 14:00", "Asia/Tokyo"),
    ("2026-12-03 14:00 Asia/Tokyo", None, "UTC", "2026-12-03 14:00", "Asia/Tokyo"),
    ("2026-12-03T14:00", None, "Asia/Tokyo", "2026-12-03 14:00", "Asia/Tokyo"),
    ("2026-12-03 14:00", "Europe/Berlin", "Asia/Tokyo", "2026-12-03 14:00", "Europe/Berlin"),
    ("2026-12-03 14:00", "CET", "Asia/Tokyo", "2026-12-03 14:00", "Europe/Berlin"),
    ("2026-12-03T14:00:00+0900", None, "Asia/Tokyo", "2026-12-03 14:00", "Asia/Tokyo"),
    ("2026-12-03T05:00Z", None, "Asia/Tokyo", "2026-12-03 05:00", "UTC"),
])
def test_meeting_times_are_read_in_their_own_zone(typed, zone, home, local, zone_name):
    p = zones.parse(typed, zone, home)
    assert f"{p.when:%Y-%m-%d %H:%M}" == local
    assert p.zone_name == zone_name
    if zone != "Europe/Berlin" and zone != "CET":
        assert p.when.astimezone(UTC) == datetime(2026, 12, 3, 5, 0, tzinfo=UTC)
    assert zones.zone_of(p.zone_name).utcoffset(p.when.replace(tzinfo=None)) == \
        p.when.utcoffset()


def test_an_abbreviation_is_its_offset_even_out_of_season():
    # 14:00 EST in July is 14:00 at UTC-5 (15:00 on New York's clocks then).
    p = zones.parse("2026-07-03 14:00 EST", None, "Asia/Tokyo")
    assert p.when.utcoffset() == timedelta(hours=-5) and p.zone_name == "EST"
    summer = zones.parse("2026-07-03 14:00 EDT", None, "Asia/Tokyo")
    assert summer.zone_name == "America/New_York" and summer.when.tzname() == "EDT"


@pytest.mark.parametrize("typed, message", [
    ("2026-02-30 10:00", "not a real date and time"),
    ("10000-01-01 10:00", "is not a time"),
    ("0000-12-31 10:00", "0001 to 9999"),
    ("2026-12-03 14:00 CST", "China (Asia/Shanghai) or US Central"),
    ("2026-12-03 14:00 Mars/Olympus", "is not a time zone"),
    ("2026-12-03T14:00+15:00", "not a UTC offset"),
    ("tomorrow at two", "is not a time"),
    ("2026-12-03 14:00 ../../etc/passwd", "is not a time"),
])
def test_bad_times_say_what_is_wrong(typed, message):
    with pytest.raises(zones.ZoneError, match=message.replace("(", r"\(").replace(")", r"\)")):
        zones.parse(typed, None, "Asia/Tokyo")


def test_a_zone_named_twice_must_agree():
    with pytest.raises(zones.ZoneError, match="names Asia/Tokyo but the zone given is"):
        zones.parse("2026-12-03 14:00 Asia/Tokyo", "Europe/Berlin", "UTC")
    with pytest.raises(zones.ZoneError, match="is not at"):
        zones.parse("2026-12-03T14:00+09:00", "Europe/Berlin", "UTC")


@pytest.mark.parametrize("typed", ["0001-01-01 00:00", "0001-01-01 00:05 Asia/Tokyo",
                                   "9999-12-31 23:59", "9999-12-31 23:59 America/New_York",
                                   "9999-12-31T23:59-12:00", "0001-01-01T00:00+14:00"])
def test_the_ends_of_the_calendar_give_a_time(typed):
    p = zones.parse(typed, None, "Asia/Tokyo")
    assert p.when.year in (1, 9999)
    assert zones.local(p.when, "UTC").year in (1, 9999)  # no OverflowError: kept as given


def test_days_between_are_local_dates_and_never_negative():
    # 05:43 JST on 1 December is still 30 November in UTC and in New York.
    early = datetime(2026, 12, 1, 5, 43, tzinfo=TOKYO)
    assert zones.local_date(early, "Asia/Tokyo") == date(2026, 12, 1)
    assert zones.days_between(early, "Asia/Tokyo", date(2026, 12, 1)) == 0
    assert zones.days_between(early, "Asia/Tokyo", date(2026, 12, 3)) == 2
    # A New York evening dinner is "today" in New York, not -1 (its UTC date is tomorrow).
    dinner = datetime(2026, 11, 20, 20, 0, tzinfo=NEW_YORK)
    assert dinner.astimezone(UTC).date() == date(2026, 11, 21)
    assert zones.days_between(dinner, "America/New_York", date(2026, 11, 20)) == 0
    # Tokyo's date already tomorrow while the laptop's is today: never negative.
    assert zones.days_between(early, "Asia/Tokyo", date(2026, 11, 30)) == 0
    from kizuna_desktop.i18n import days_text

    assert days_text(0) == "today" and days_text(3) == "3 d"
    assert days_text(None) == "—"


def test_labels_carry_the_zone_when_the_laptop_reads_another():
    dinner = datetime(2026, 11, 20, 19, 0, tzinfo=TOKYO)
    assert zones.label(dinner, "%d %b %H:%M", zone=NEW_YORK) == "20 Nov 19:00 JST"
    assert zones.label(dinner, "%d %b %H:%M", zone=TOKYO) == "20 Nov 19:00"
    # Same offset, another abbreviation (Seoul): still labelled.
    assert zones.label(dinner, "%H:%M", zone=ZoneInfo("Asia/Seoul")) == "19:00 JST"
    assert zones.abbreviation(datetime(2026, 7, 1, 12, tzinfo=BERLIN)) == "CEST"
    odd = datetime(2026, 7, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert zones.abbreviation(odd) == "UTC+05:30"  # as Python names a bare offset
    assert zones.abbreviation(datetime(2026, 7, 1, tzinfo=ZoneInfo("Asia/Bangkok"))) == "UTC+07:00"


def test_zone_names_and_the_system_zone(monkeypatch):
    assert zones.canonical("JST") == "Asia/Tokyo"
    assert zones.is_zone("Europe/Berlin") and not zones.is_zone("Europe/Atlantis")
    assert "Asia/Tokyo" in zones.all_names()
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert zones.system_zone_name() == "Asia/Tokyo"
    assert zones.offset_zone(timedelta(hours=9)) == "Etc/GMT-9"
    assert zones.offset_zone(timedelta(hours=-5)) == "Etc/GMT+5"
    assert zones.offset_zone(timedelta(hours=5, minutes=30)) == "UTC"


def test_a_clock_time_that_does_not_exist_moves_forward_by_the_gap_and_says_so():
    p = zones.parse("2026-03-29 02:30", "Europe/Berlin", "Asia/Tokyo")
    assert f"{p.when:%H:%M} {p.when.tzname()}" == "03:30 CEST"
    assert p.when.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert p.note == ("02:30 does not exist in Europe/Berlin on 2026-03-29 (clocks go "
                      "forward); taken as 03:30 CEST.")
    # New York's gap is at 02:00 too: 02:15 is 03:15 EDT.
    ny = zones.parse("2026-03-08 02:15", "America/New_York", "UTC")
    assert f"{ny.when:%H:%M %Z}" == "03:15 EDT" and "does not exist" in ny.note
    # An ordinary time says nothing.
    assert zones.parse("2026-03-29 04:00", "Europe/Berlin", "UTC").note == ""


def test_a_clock_time_that_happens_twice_is_the_first_unless_an_offset_or_abbreviation_picks():
    first = zones.parse("2026-10-25 02:30", "Europe/Berlin", "UTC")
    assert f"{first.when:%H:%M %Z}" == "02:30 CEST"
    assert first.when.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert first.note.startswith("02:30 happens twice in Europe/Berlin on 2026-10-25 (clocks "
                                 "go back); taken as the first, 02:30 CEST")
    for typed in ("2026-10-25 02:30 CET", "2026-10-25T02:30+01:00"):
        second = zones.parse(typed, "Europe/Berlin" if "+" in typed else None, "UTC")
        assert second.when.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
        assert second.zone_name == "Europe/Berlin" and second.note == ""
    chosen = zones.parse("2026-10-25 02:30 CEST", None, "UTC")
    assert chosen.when.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert chosen.note == ""


def test_an_offset_that_the_zone_given_is_not_at_is_refused_even_when_home_is_at_it():
    # The home zone (Tokyo) is at +09:00, but the zone given is Berlin: refused, not Tokyo.
    with pytest.raises(zones.ZoneError, match=r"Europe/Berlin is not at \+09:00 then \(it is "
                                              r"at \+01:00\)"):
        zones.parse("2026-12-03T14:00+09:00", "Europe/Berlin", "Asia/Tokyo")


def test_offsets_are_written_one_way_and_years_in_four_digits():
    assert zones.abbreviation(datetime(2026, 7, 1, tzinfo=ZoneInfo("Pacific/Kiritimati"))) \
        == "UTC+14:00"
    assert zones.abbreviation(datetime(2026, 7, 1, tzinfo=ZoneInfo("Etc/GMT+12"))) \
        == "UTC-12:00"
    assert zones.abbreviation(datetime(2026, 7, 1, tzinfo=timezone(timedelta(hours=-12)))) \
        == "UTC-12:00"
    assert zones.zone_of("UTC-12:00").utcoffset(None) == timedelta(hours=-12)
    assert zones.fmt(date(1, 1, 1), "%Y-%m-%d") == "0001-01-01"
    assert zones.label(datetime(1, 1, 1, tzinfo=UTC), always=True) == "0001-01-01 00:00 UTC"
