"""Run under a given TZ by tests/services/test_zones_journal.py: reads a journal the way the
window, the contacts list and the briefing do, and prints what a user would see as JSON.

    TZ=America/New_York python -m tests.services.zones_probe JOURNAL COPY PDF
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

from kizuna_desktop.i18n import days_text
from kizuna_desktop.services import briefing, clock, interactions, search, timeline
from kizuna_desktop.store import Journal
from kizuna_desktop.text import zones


def main(journal_path: str, copy_path: str, pdf_path: str) -> None:
    out: dict = {"laptop": zones.system_zone_name()}
    with Journal.open(Path(journal_path)) as j:
        yamada = search.resolve(j, "yamada")
        page = timeline.page(j, yamada.id)
        out["timeline"] = [
            {"month": e.month, "label": zones.label(e.interaction.local, "%d %b %H:%M"),
             "summary": e.interaction.summary} for e in page.entries if e.interaction]
        # Last contact against a fixed "today": Sato's was a 05:43 JST call on 1 December.
        row = search.by_ids(j, [search.resolve(j, "sato").id])[0]
        out["days_on_1_dec"] = row.days_since(date(2026, 12, 1))
        out["days_on_3_dec"] = row.days_since(date(2026, 12, 3))
        meeting = zones.parse("2026-12-03T14:00+09:00", None, clock.home_zone(j))
        briefing.write_pdf(j, [yamada.id], Path(pdf_path),
                           briefing.Meeting(title="Review", when=meeting.when,
                                            zone_name=meeting.zone_name),
                           made_on=date(2026, 12, 1))
    from pypdf import PdfReader

    out["pdf"] = "\n".join(p.extract_text() for p in PdfReader(pdf_path).pages)
    # Right after a meeting where the laptop is: "today" on the laptop's own date.
    with Journal.open(Path(copy_path)) as j:
        sato = search.resolve(j, "sato")
        here = zones.laptop()
        just_now = datetime.now(here).replace(second=0, microsecond=0)
        interactions.create(j, interactions.InteractionInput(
            kind="meeting", occurred_at=just_now, zone=here.key, participant_ids=[sato.id],
            summary="Just now"))
        row = search.by_ids(j, [sato.id])[0]
        out["right_after"] = days_text(row.days_since(datetime.now().date()))
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])
