"""Times that stay true when you travel (issue 17): interactions keep their zone; the timeline,
last contact, suggestions and the briefing read them where they happened, whatever zone the
laptop is in. The key checks run in child processes under four TZ settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import clock, contacts, followups, interactions, search, timeline
from kizuna_desktop.store import Journal
from kizuna_desktop.text import zones
from tests.conftest import copy_journal

ROOT = Path(__file__).resolve().parents[2]
ZONES = ["Asia/Tokyo", "UTC", "America/New_York", "Europe/Berlin"]
TOKYO = ZoneInfo("Asia/Tokyo")


def _contact(j, family, given, latin_family, latin_given, cadence=None) -> int:
    return contacts.create(j, contacts.ContactInput(
        family_name=family, given_name=given, family_latin=latin_family,
        given_latin=latin_given, cadence_days=cadence)).id


def _log(j, who, when, zone, summary, kind="meeting"):
    return interactions.create(j, interactions.InteractionInput(
        kind=kind, occurred_at=when.replace(tzinfo=ZoneInfo(zone)), zone=zone,
        participant_ids=who, summary=summary))


def _travel_journal(path: Path) -> Path:
    with Journal.open(path) as j:
        clock.set_home_zone(j, "Asia/Tokyo")
        yamada = _contact(j, "山田", "太郎", "Yamada", "Taro")
        sato = _contact(j, "佐藤", "花子", "Sato", "Hanako")
        _log(j, [sato], datetime(2026, 12, 1, 5, 43), "Asia/Tokyo", "Early call", "call")
        _log(j, [yamada], datetime(2026, 10, 5, 9, 0), "Europe/Berlin", "Hannover fair stand")
        _log(j, [yamada], datetime(2026, 11, 20, 19, 0), "Asia/Tokyo", "Nomikai in Shimbashi",
             "nomikai")
        _log(j, [yamada], datetime(2026, 12, 1, 5, 43), "Asia/Tokyo", "Early call", "call")
        _log(j, [yamada], datetime(2026, 12, 10, 10, 0), "Asia/Tokyo", "After the review")
    return path


@pytest.fixture(scope="module")
def probes(tmp_path_factory) -> dict[str, dict]:
    """What a user sees under each laptop zone, from the same journal file."""
    base = tmp_path_factory.mktemp("travel")
    journal = _travel_journal(base / "travel.kizuna")
    out = {}
    for tz in ZONES:
        copy = copy_journal(journal, base / f"copy-{tz.replace('/', '-')}.kizuna")
        # (English words: the probe compares "today"; the zone is what varies)
        env = {**os.environ, "TZ": tz, "KIZUNA_LANGUAGE": "en"}
        result = subprocess.run(
            [sys.executable, "-m", "tests.services.zones_probe", str(journal), str(copy),
             str(base / f"brief-{tz.replace('/', '-')}.pdf")],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        out[tz] = json.loads(result.stdout)
        assert out[tz]["laptop"] == tz
    return out


def test_an_entry_logged_in_tokyo_reads_19_00_jst_everywhere(probes):
    for tz, seen in probes.items():
        nomikai = next(e for e in seen["timeline"] if e["summary"] == "Nomikai in Shimbashi")
        assert nomikai["label"] == ("20 Nov 19:00" if tz == "Asia/Tokyo" else "20 Nov 19:00 JST")
        fair = next(e for e in seen["timeline"] if e["summary"] == "Hannover fair stand")
        assert fair["label"] == ("05 Oct 09:00" if tz == "Europe/Berlin" else "05 Oct 09:00 CEST")


def test_a_0543_jst_call_stays_in_its_own_day_and_month_everywhere(probes):
    for seen in probes.values():
        call = next(e for e in seen["timeline"] if e["summary"] == "Early call")
        assert call["month"] == "2026-12" and call["label"].startswith("01 Dec 05:43")
        assert seen["days_on_1_dec"] == 0  # "today", not "1 d" (its UTC date is 30 Nov)
        assert seen["days_on_3_dec"] == 2


def test_last_contact_right_after_a_meeting_is_today_in_every_zone(probes):
    assert {tz: seen["right_after"] for tz, seen in probes.items()} == \
        {tz: "today" for tz in ZONES}


def test_the_briefing_prints_the_same_times_in_every_zone(probes):
    texts = {tz: seen["pdf"] for tz, seen in probes.items()}
    assert len(set(texts.values())) == 1, "the briefing differs between laptop zones"
    text = texts["UTC"]
    assert "Thursday 3 December 2026, 14:00 JST" in text
    assert "be there by 13:50 for 14:00 JST" in text
    assert "2026-11-20 19:00 JST" in text and "2026-12-01 05:43 JST" in text
    assert "2026-10-05 09:00 CEST" in text
    assert "After the review" not in text  # 10 December: after the meeting
    assert "(2 days before)" in text and "days before)" in text and "(-" not in text


def test_existing_interactions_keep_their_zone_and_edits_keep_it(journal):
    cid = _contact(journal, "鈴木", "一郎", "Suzuki", "Ichiro")
    clock.set_home_zone(journal, "Asia/Tokyo")
    home = interactions.create(journal, interactions.InteractionInput(
        kind="meal", occurred_at=datetime(2026, 11, 20, 12, 0, tzinfo=TOKYO),
        participant_ids=[cid]))
    assert home.zone == "Asia/Tokyo" and f"{home.local:%H:%M}" == "12:00"
    berlin = _log(journal, [cid], datetime(2026, 11, 24, 19, 30), "Europe/Berlin", "Dinner")
    assert berlin.zone == "Europe/Berlin" and f"{berlin.local:%Y-%m-%d %H:%M}" == \
        "2026-11-24 19:30"
    assert clock.recent_zones(journal)[:2] == ["Europe/Berlin", "Asia/Tokyo"]
    # Last contact follows the latest interaction's zone.
    row = search.by_ids(journal, [cid])[0]
    assert row.last_interaction_zone == "Europe/Berlin"
    assert row.days_since(date(2026, 11, 24)) == 0
    interactions.delete(journal, berlin.id)
    row = search.by_ids(journal, [cid])[0]
    assert row.last_interaction_zone == "Asia/Tokyo" and row.days_since(date(2026, 11, 21)) == 1
    with pytest.raises(ValidationError) as e:
        interactions.create(journal, interactions.InteractionInput(
            kind="call", occurred_at=datetime(2026, 11, 20, 9, 0, tzinfo=TOKYO),
            participant_ids=[cid], zone="Mars/Olympus"))
    assert "zone" in e.value.errors


def test_a_new_journal_takes_the_system_zone_as_home_at_its_first_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    with Journal.open(tmp_path / "new.kizuna") as j:
        cid = _contact(j, "田中", "花子", "Tanaka", "Hanako")
        interactions.create(j, interactions.InteractionInput(
            kind="call", occurred_at=datetime(2026, 11, 20, 9, 0, tzinfo=TOKYO),
            participant_ids=[cid]))
    monkeypatch.setenv("TZ", "America/New_York")  # flown on: the journal's home stays
    with Journal.open(tmp_path / "new.kizuna") as j:
        assert clock.home_zone(j) == "Europe/Berlin"
        assert interactions.timeline(j, cid)[0].zone == "Europe/Berlin"
        assert clock.zone_choices(j)[:2] == ["Europe/Berlin", "America/New_York"]


def test_suggestions_count_days_from_the_local_date(journal):
    # Last seen 08:00 JST on 24 November (23 November in UTC), every 7 days.
    cid = _contact(journal, "高橋", "健", "Takahashi", "Ken", cadence=7)
    _log(journal, [cid], datetime(2026, 11, 24, 8, 0), "Asia/Tokyo", "Breakfast meeting")
    with journal.session() as s:
        on_1_dec = followups.suggestions_in(s, date(2026, 12, 1), 10)
        on_2_dec = followups.suggestions_in(s, date(2026, 12, 2), 10)
    assert [x.contact_id for x in on_1_dec] == []  # 7 days: not lapsed yet
    assert [(x.contact_id, x.days_since) for x in on_2_dec] == [(cid, 8)]


def test_going_cold_is_counted_from_the_local_date_in_the_contacts_list(journal):
    # 20:00 in New York on 20 November (21 November in UTC), every 7 days: cold on the
    # 28th (8 days there), which the UTC date would have put off to the 29th.
    cid = _contact(journal, "小林", "直樹", "Kobayashi", "Naoki", cadence=7)
    _log(journal, [cid], datetime(2026, 11, 20, 20, 0), "America/New_York", "Dinner in NY")
    tokyo = _contact(journal, "高橋", "健", "Takahashi", "Ken", cadence=7)
    _log(journal, [tokyo], datetime(2026, 11, 24, 8, 0), "Asia/Tokyo", "Breakfast")

    def cold(on):
        return [r.id for r in search.page(journal, search.ContactFilter(
            going_cold=True, today=on), 0, 50)]
    assert cold(date(2026, 11, 27)) == []
    assert cold(date(2026, 11, 28)) == [cid]
    assert sorted(cold(date(2026, 12, 2))) == sorted([cid, tokyo])
    assert cold(date(2026, 12, 1)) == [cid]  # Takahashi: 7 days, not yet
    row = search.by_ids(journal, [cid])[0]
    assert row.days_since(date(2026, 11, 28)) == 8 and row.cadence_days == 7


def test_a_past_meeting_lists_only_what_came_before_it(journal):
    from kizuna_desktop.services import briefing

    cid = _contact(journal, "伊藤", "誠", "Ito", "Makoto")
    _log(journal, [cid], datetime(2026, 11, 1, 10, 0), "Asia/Tokyo", "Before")
    _log(journal, [cid], datetime(2026, 11, 20, 10, 0), "Asia/Tokyo", "After")
    meeting = briefing.Meeting(when=datetime(2026, 11, 10, 14, 0, tzinfo=TOKYO))
    b = briefing.assemble(journal, [cid], meeting, made_on=date(2026, 12, 1))
    (p,) = b.people
    assert [i.summary for i in p.latest] == ["Before"] and p.interaction_count == 1
    assert p.last_days_before == 9 and f"{p.last_interaction:%H:%M %Z}" == "10:00 JST"


@pytest.mark.parametrize("meeting", ["0001-01-01 00:05", "9999-12-31 23:59",
                                     "9999-12-31 23:59 America/New_York", "0001-01-01",
                                     "9999-12-31"])
def test_a_meeting_at_the_ends_of_the_calendar_gives_a_briefing(journal, tmp_path, meeting):
    from kizuna_desktop.cli import parse_meeting_time
    from kizuna_desktop.services import briefing

    cid = _contact(journal, "森", "健一", "Mori", "Kenichi")
    _log(journal, [cid], datetime(2026, 11, 1, 10, 0), "Asia/Tokyo", "Met")
    when, day, zone = parse_meeting_time(meeting, None, "Asia/Tokyo")
    out = briefing.write_pdf(journal, [cid], tmp_path / "b.pdf",
                             briefing.Meeting(when=when, day=day, zone_name=zone))
    assert out.read_bytes().startswith(b"%PDF")
    b = briefing.assemble(journal, [cid], briefing.Meeting(when=when, day=day))
    assert b.people[0].interaction_count == (0 if meeting.startswith("0001") else 1)


def test_timeline_months_group_by_the_date_where_it_happened(journal):
    cid = _contact(journal, "林", "美咲", "Hayashi", "Misaki")
    # 20:00 in New York on 30 November is 1 December in UTC and in Tokyo.
    _log(journal, [cid], datetime(2026, 11, 30, 20, 0), "America/New_York", "NY dinner")
    _log(journal, [cid], datetime(2026, 12, 1, 8, 0), "Asia/Tokyo", "Tokyo breakfast")
    entries = timeline.page(journal, cid).entries
    assert [(e.interaction.summary, e.month) for e in entries] == [
        ("Tokyo breakfast", "2026-12"), ("NY dinner", "2026-11")]
    assert zones.local_date(entries[1].when, "Asia/Tokyo") == date(2026, 12, 1)


def test_the_first_interaction_pins_the_home_zone_whatever_its_zone(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    with Journal.open(tmp_path / "new.kizuna") as j:
        who = _contact(j, "山田", "太郎", "Yamada", "Taro")
        with j.session() as s:
            assert clock._setting(s, clock.HOME_ZONE) is None
        # As the Log dialog and kizuna log give it: the zone is always named.
        _log(j, [who], datetime(2026, 11, 20, 19, 0), "Asia/Tokyo", "Nomikai", "nomikai")
        with j.session() as s:
            assert clock._setting(s, clock.HOME_ZONE) == "America/New_York"
        monkeypatch.setenv("TZ", "Asia/Tokyo")
        assert clock.home_zone(j) == "America/New_York"
        _log(j, [who], datetime(2026, 11, 21, 9, 0), "Europe/Berlin", "Call", "call")
        assert clock.home_zone(j) == "America/New_York"  # pinned once, not moved
