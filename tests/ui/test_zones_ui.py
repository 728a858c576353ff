"""The window's times where they happened: the log dialog's zone chooser (home zone by default,
the laptop's and recent zones one click away, the zone shown beside the time) and the timeline
under two laptop zones (rendered in child processes; PNGs kept for looking at)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone

from kizuna_desktop.services import clock, contacts, interactions
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.quick_log import QuickLogDialog

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("KIZUNA_SHOTS", "/tmp/kizuna-zones"))
UTC = QTimeZone(QTimeZone.Initialization.UTC)


def _contact(j) -> int:
    return contacts.create(j, contacts.ContactInput(
        family_name="山田", given_name="太郎", family_latin="Yamada", given_latin="Taro")).id


def test_log_dialog_reads_the_time_in_the_chosen_zone(qtbot, journal, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")  # flown to Germany; the journal's home is Tokyo
    clock.set_home_zone(journal, "Asia/Tokyo")
    cid = _contact(journal)
    interactions.create(journal, interactions.InteractionInput(
        kind="call", occurred_at=datetime(2026, 11, 2, 9, 0, tzinfo=ZoneInfo("America/New_York")),
        zone="America/New_York", participant_ids=[cid]))
    saved = []
    dlg = QuickLogDialog(journal, saved.append, [(cid, "山田 太郎")])
    qtbot.addWidget(dlg)
    offered = [dlg.zone.itemData(i) for i in range(dlg.zone.count())]
    assert offered == ["Asia/Tokyo", "Europe/Berlin", "America/New_York"]
    assert dlg.zone.currentText() == "Asia/Tokyo (home)"
    assert dlg.zone.itemText(1) == "Europe/Berlin (this computer)"
    # Yesterday's Tokyo dinner, logged after flying: 19:00 where it happened.
    dlg.when.setDateTime(QDateTime(QDate(2026, 11, 20), QTime(19, 0), UTC))
    assert dlg.zone_note.text() == "JST · UTC+09:00"
    dlg.summary.setText("Dinner")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "quick-log-zone.png"))
    dlg.save()
    (data,) = saved
    assert data.zone == "Asia/Tokyo"
    assert data.occurred_at.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M") == \
        "2026-11-20 10:00"
    # The laptop's zone is one click away; the note beside the time follows it.
    dlg2 = QuickLogDialog(journal, saved.append, [(cid, "山田 太郎")])
    qtbot.addWidget(dlg2)
    dlg2.zone.setCurrentIndex(1)
    dlg2.when.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(19, 30), UTC))
    assert dlg2.zone_note.text() == "CET · UTC+01:00"
    dlg2.save()
    assert saved[-1].zone == "Europe/Berlin"
    assert f"{saved[-1].occurred_at.astimezone(ZoneInfo('UTC')):%H:%M}" == "18:30"


def test_log_dialog_takes_any_zone_typed_and_refuses_a_wrong_one(qtbot, journal):
    cid = _contact(journal)
    saved = []
    dlg = QuickLogDialog(journal, saved.append, [(cid, "山田 太郎")])
    qtbot.addWidget(dlg)
    dlg.zone.setEditText("Mars/Olympus")
    assert "is not a time zone" in dlg.zone_note.text()
    dlg.save()
    assert saved == [] and "is not a time zone" in dlg.error.text()
    dlg.zone.setEditText("America/Los_Angeles")
    dlg.when.setDateTime(QDateTime(QDate(2026, 7, 1), QTime(8, 0), UTC))
    assert dlg.zone_note.text() == "PDT · UTC-07:00"
    dlg.save()
    assert saved[0].zone == "America/Los_Angeles"


def test_the_chosen_zone_can_become_the_home_zone(qtbot, journal, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock.set_home_zone(journal, "Asia/Tokyo")
    cid = _contact(journal)
    dlg = QuickLogDialog(journal, lambda data: None, [(cid, "山田 太郎")])
    qtbot.addWidget(dlg)
    assert not dlg.make_home.isEnabled()  # the home zone is chosen
    dlg.zone.setCurrentIndex(1)
    assert dlg.make_home.isEnabled()
    qtbot.mouseClick(dlg.make_home, Qt.MouseButton.LeftButton)
    assert clock.home_zone(journal) == "Europe/Berlin"
    assert dlg.zone.currentText() == "Europe/Berlin (home, this computer)"
    assert dlg.zone.itemText(0) == "Asia/Tokyo" and not dlg.make_home.isEnabled()
    # The next dialog starts in the new home zone.
    nxt = QuickLogDialog(journal, lambda data: None, [(cid, "山田 太郎")])
    qtbot.addWidget(nxt)
    assert nxt.zone.zone() == "Europe/Berlin"


def test_editing_keeps_the_entrys_own_zone_and_wall_time(qtbot, journal, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    cid = _contact(journal)
    v = interactions.create(journal, interactions.InteractionInput(
        kind="nomikai", occurred_at=datetime(2026, 11, 20, 19, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
        zone="Asia/Tokyo", participant_ids=[cid], summary="Nomikai"))
    saved = []
    dlg = QuickLogDialog(journal, saved.append, [], v)
    qtbot.addWidget(dlg)
    assert dlg.zone.zone() == "Asia/Tokyo"
    assert dlg.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-20 19:00"
    dlg.save()
    assert saved[0].occurred_at == v.occurred_at and saved[0].zone == "Asia/Tokyo"


def _journal_for_shots(path: Path) -> int:
    with Journal.open(path) as j:
        clock.set_home_zone(j, "Asia/Tokyo")
        cid = _contact(j)
        for when, zone, kind, summary, place in [
            (datetime(2026, 11, 20, 18, 30), "Asia/Tokyo", "nomikai", "Team nomikai",
             "Izakaya in Shimbashi"),
            (datetime(2026, 12, 1, 5, 43), "Asia/Tokyo", "call", "Early call before his flight",
             "Our office, Toranomon"),
            (datetime(2026, 11, 4, 10, 0), "Asia/Tokyo", "meeting", "Review",
             "Their office, Marunouchi"),
            (datetime(2026, 10, 6, 10, 30), "Europe/Berlin", "event", "Hannover fair stand",
             "Hannover Messe, Hall 7"),
            (datetime(2026, 10, 6, 19, 30), "Europe/Berlin", "meal", "Dinner in Hannover",
             "Restaurant in the old town"),
        ]:
            interactions.create(j, interactions.InteractionInput(
                kind=kind, occurred_at=when.replace(tzinfo=ZoneInfo(zone)), zone=zone,
                participant_ids=[cid], summary=summary, place=place))
    return cid


def test_the_timeline_reads_the_same_under_two_laptop_zones(tmp_path):
    path = tmp_path / "shots.kizuna"
    cid = _journal_for_shots(path)
    SHOTS.mkdir(parents=True, exist_ok=True)
    seen = {}
    for tz in ("Asia/Tokyo", "America/New_York"):
        png = SHOTS / f"timeline-{tz.replace('/', '-')}.png"
        r = subprocess.run([sys.executable, "-m", "tests.ui.zones_shot", str(path), str(cid),
                            str(png)], cwd=ROOT, env={**os.environ, "TZ": tz,
                                                     "QT_QPA_PLATFORM": "offscreen"},
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        seen[tz] = json.loads(r.stdout.strip().splitlines()[-1])
        assert png.stat().st_size > 1000
    tokyo, new_york = seen["Asia/Tokyo"], seen["America/New_York"]
    assert tokyo["months"] == new_york["months"] == ["December 2026", "November 2026", "October 2026"]
    assert tokyo["items"][0].startswith("01 Dec 05:43 ·")
    assert new_york["items"][0].startswith("01 Dec 05:43 JST ·")
    assert "20 Nov 18:30 · Nomikai" in tokyo["items"]
    assert "20 Nov 18:30 JST · Nomikai" in new_york["items"]
    assert "06 Oct 19:30 CEST · Meal" in tokyo["items"]


def test_log_dialog_shows_the_offset_really_used_for_a_time_in_a_gap(qtbot, journal):
    """02:30 on 29 March does not exist in Berlin: the note says CEST (+02:00, where it is
    taken) and why, and the time saved is 03:30 CEST, as kizuna log takes it."""
    cid = _contact(journal)
    saved = []
    dlg = QuickLogDialog(journal, saved.append, [(cid, "山田 太郎")])
    qtbot.addWidget(dlg)
    dlg.zone.setEditText("Europe/Berlin")
    dlg.when.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30), UTC))
    assert dlg.zone_note.text() == "CEST · UTC+02:00 — no 02:30 that day: taken as 03:30"
    assert dlg.zone_note.toolTip() == (
        "02:30 does not exist in Europe/Berlin on 2026-03-29 (clocks go forward); taken as "
        "03:30 CEST.")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "quick-log-gap.png"))
    dlg.save()
    assert f"{saved[0].occurred_at:%H:%M %Z}" == "03:30 CEST"
    assert saved[0].occurred_at.astimezone(ZoneInfo("UTC")).hour == 1
    dlg.when.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(2, 30), UTC))
    assert dlg.zone_note.text() == "CEST · UTC+02:00 — 02:30 comes twice that day: the first"
    dlg.when.setDateTime(QDateTime(QDate(2026, 10, 26), QTime(2, 30), UTC))
    assert dlg.zone_note.text() == "CET · UTC+01:00" and dlg.zone_note.toolTip() == ""
