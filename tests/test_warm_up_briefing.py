"""The app's background warm-up also pays the PDF's once-a-process costs (ReportLab's import,
the bundled fonts' registration: ~340 ms), so the first briefing the user makes from the
window is as quick as the next. Run in a fresh process: the test process has long imported
ReportLab and registered the fonts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from kizuna_desktop.services import contacts
from kizuna_desktop.services.contacts import ContactInput
from kizuna_desktop.store import Journal

SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from kizuna_desktop.app import warm_up
    from kizuna_desktop.pdf import fonts
    from kizuna_desktop.services import briefing
    from kizuna_desktop.store import Journal

    j = Journal.open(Path(sys.argv[1]))
    before = {"reportlab.platypus" in sys.modules, fonts._done}
    warm_up(j)
    ready = fonts._done
    loaded = set(sys.modules)
    briefing.write_pdf(j, [int(sys.argv[2])], Path(sys.argv[3]))
    j.close()
    print(json.dumps({"before": sorted(before), "fonts_ready": ready,
                      "imported_by_briefing": sorted(set(sys.modules) - loaded)}))
""")


def test_after_the_warm_up_a_first_briefing_imports_and_registers_nothing(tmp_path):
    db = tmp_path / "one.kizuna"
    with Journal.open(db) as j:  # one contact and no interactions: the warm-up's query
        cid = contacts.create(j, ContactInput(family_name="井上", given_name="真一")).id
    out = tmp_path / "b.pdf"  # finds no contact to run and returns early; the PDF part runs
    r = subprocess.run([sys.executable, "-c", SCRIPT, str(db), str(cid), str(out)],
                       capture_output=True, timeout=120,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr.decode()
    got = json.loads(r.stdout)
    assert got["before"] == [False]  # a fresh process: nothing done before the warm-up
    assert got["fonts_ready"] is True
    assert [m for m in got["imported_by_briefing"]
            if m.startswith(("reportlab", "kizuna_desktop"))] == []
    assert out.read_bytes().startswith(b"%PDF")
