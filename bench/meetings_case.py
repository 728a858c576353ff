"""The "Meetings ahead" rows of `make bench` (issue 23): the view's refresh (what the window
reads and shows when the journal changes: the meetings of the next seven days, each attendee's
card at a glance, the next meeting for the status line) and the minute's tick (that, plus the
meetings since passed counted as contact and the "How did it go?" questions).

The bench journals have no planned meetings, so a copy of the journal is given some: 300
meetings from a fortnight ago to six weeks ahead (five a day, about 35 in the week shown, in
Tokyo, Osaka, Berlin and New York time), each with one to six attendees spread over the
journal, the heavy contacts (1,200 interactions each) among them, and some with agenda notes
and attendees no contact matched. The bench journal itself is never written.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

N_MEETINGS = 300
ZONES = ["Asia/Tokyo"] * 6 + ["Europe/Berlin", "America/New_York"]
PLACES = ["三星商事 本社 5F", "Marunouchi Building 21F", "Video call", "銀座 天一", "Umeda office",
          "Messe Berlin, Hall 3"]
TITLES = ["Distributor review", "四半期レビュー", "Lunch", "定例会議", "Partner call", "Site visit",
          "展示会の打ち合わせ", "Budget planning"]


def plan_meetings(journal, now: datetime, n: int = N_MEETINGS) -> None:
    """``n`` planned meetings around ``now`` (as a calendar import leaves them: a UID, an end,
    a zone, a place, attendees; some with an unmatched guest)."""
    from kizuna_desktop.store.models import Contact, Interaction, InteractionKind, MeetingGuest

    rng = random.Random(23)
    with journal.session() as s:
        top = s.scalar(select(func.max(Contact.id))) or 1
        heavy = list(range(1, min(top, 5) + 1))
        start = now.replace(minute=0, second=0, microsecond=0) - timedelta(days=14)
        for k in range(n):
            day, slot = divmod(k, 5)
            at = start + timedelta(days=day, hours=1 + 2 * slot, minutes=rng.choice([0, 30]))
            ids = {rng.randint(1, top) for _ in range(rng.randint(1, 6))}
            if k % 7 == 0:
                ids.add(rng.choice(heavy))
            people = list(s.scalars(select(Contact).where(Contact.id.in_(ids))))
            row = Interaction(
                kind=InteractionKind.MEETING, calendar_uid=f"bench-{k}@example.jp",
                recurrence_id="", occurred_at=at.replace(tzinfo=None),
                ends_at=(at + timedelta(minutes=rng.choice([30, 60, 90]))).replace(tzinfo=None),
                zone=rng.choice(ZONES), all_day=False, status="",
                place=rng.choice(PLACES), summary=f"{rng.choice(TITLES)} {k}",
                agenda="Q2 figures, the Osaka branch" if k % 3 == 0 else "",
                participants=people, created_at=(now - timedelta(days=30)).replace(tzinfo=None))
            s.add(row)
            s.flush()
            if k % 4 == 0:
                s.add(MeetingGuest(interaction_id=row.id, name=f"Guest {k}",
                                   email=f"guest{k}@unknown.example.org", state="pending"))


def rows(path: Path, repeat: int) -> dict:
    """The view's refresh and the minute's tick on a copy of ``path`` given planned
    meetings, each timed from the call to the list shown (its ``refreshed`` signal: read off
    the UI thread, then the tree filled and fitted)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from bench.run import summary
    from kizuna_desktop.services import meetings
    from kizuna_desktop.store import Journal
    from kizuna_desktop.text import zones
    from kizuna_desktop.ui.meetings_view import MeetingsView

    app = QApplication.instance() or QApplication([])
    now = datetime.now(UTC)
    tz = zones.get("Asia/Tokyo")
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "meetings.kizuna"
        shutil.copyfile(path, copy)
        with Journal.open(copy) as j:
            plan_meetings(j, now)
            week = len(meetings.ahead(j, 7, now, tz))
            view = MeetingsView(j)
            view.now_fn, view.tz, view.quiet = (lambda: now), tz, True
            view.resize(640, 700)

            def timed(step, n: int = repeat) -> list[float]:
                """Each ``step`` from the call to the view's ``refreshed``, the UI thread
                waiting in an event loop as the window's does (not polling: that would take
                the interpreter from the worker thread every half millisecond)."""
                times = []
                for _ in range(n):
                    while view.loading:  # the one started before, first
                        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
                    loop = QEventLoop()
                    view.refreshed.connect(loop.quit)
                    t = time.perf_counter()
                    step()
                    loop.exec()
                    times.append((time.perf_counter() - t) * 1000)
                    view.refreshed.disconnect(loop.quit)
                return times

            timed(view.refresh, 1)  # the first read (the view's own at its creation): untimed
            shown = len(view.meetings)
            out["meetings ahead (view refresh)"] = summary(timed(view.refresh))
            # the first tick counts the meetings since passed as contact (once: the journal
            # keeps the mark; 26,000 contacts recomputed here, 6 s of CPU): not timed
            timed(view.tick, 1)
            out["meetings ahead (the minute's tick)"] = summary(timed(view.tick))
            assert shown == week >= 20, (shown, week)  # the week's meetings were timed
            view.timer.stop()
            view.deleteLater()
            app.processEvents()
        for extra in ("-wal", "-shm"):
            Path(f"{copy}{extra}").unlink(missing_ok=True)
    return out


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.meetings_case JOURNAL [--repeat N]`: these rows alone."""
    import argparse
    import json
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ap = argparse.ArgumentParser()
    ap.add_argument("journal", type=Path)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    print(json.dumps(rows(args.journal, args.repeat), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
