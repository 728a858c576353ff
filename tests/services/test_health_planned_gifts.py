"""Give and receive count only what has happened (review 6, finding 4): a gift dated after
today (an oseibo planned for the 20th) is not given yet, as a planned meeting is no contact
yet; the day it comes, it counts. Through the services and `kizuna health --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

from kizuna_desktop.kinds import LedgerDirection, LedgerKind, Occasion
from kizuna_desktop.services import health, introductions, ledger
from kizuna_desktop.store import Journal
from kizuna_desktop.text import zones
from tests.services import network_journal as nj


def _gift(journal, cid: int, on: date, direction=LedgerDirection.GIVEN) -> None:
    ledger.create(journal, ledger.LedgerInput(
        contact_id=cid, direction=direction, kind=LedgerKind.GIFT, occasion=Occasion.OSEIBO,
        occurred_on=on, description="日本酒"))


def test_a_gift_planned_ahead_is_not_given_yet(journal):
    ids = nj.build(journal)
    # 青木: received the omiyage and the introduction of 井上 (2), gave nothing yet
    _gift(journal, ids.aoki, date(2026, 12, 20))  # the oseibo, planned
    introductions.create(journal, introductions.IntroductionInput(  # planned, by the user
        introducer_id=None, introduced_id=ids.aoki, introduced_to_id=ids.eto,
        introduced_on=date(2026, 12, 15)))
    now = health.for_contacts(journal, [ids.aoki], now=nj.NOW, today=nj.TODAY)[ids.aoki]
    assert (now.given, now.received) == (0, 2)
    assert now.hint.startswith("Received 2, given 0: give before you ask")
    # on the 20th both have happened: given 2, received 2, no hint
    later = date(2026, 12, 20)
    then = health.for_contacts(journal, [ids.aoki], today=later,
                               now=nj.NOW + timedelta(days=18))[ids.aoki]
    assert (then.given, then.received, then.hint) == (2, 2, "")


def test_kizuna_health_json_leaves_the_planned_gift_out(tmp_path):
    path = tmp_path / "h.kizuna"
    today = zones.today()
    with Journal.open(path) as j:
        ids = nj.build(j)
        _gift(j, ids.inoue, today + timedelta(days=10))
        _gift(j, ids.inoue, today, LedgerDirection.RECEIVED)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIZUNA_LANGUAGE": "en"}
    got = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path), "health",
                          "--json"], capture_output=True, env=env, timeout=120)
    assert got.returncode == 0, got.stderr.decode()
    inoue = next(e for e in json.loads(got.stdout) if e["name"] == "井上 真一")
    assert (inoue["given"], inoue["received"], inoue["balance"]) == (0, 1, -1)
    assert inoue["hint"].startswith("Received 1, given 0")
