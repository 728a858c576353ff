"""What `kizuna contacts` prints reaches a terminal as text: an ANSI escape or a line break
in a name is shown, never obeyed (a real CLI process on a real journal)."""

from __future__ import annotations

import os
import subprocess
import sys

from kizuna_desktop.cli import terminal_safe
from kizuna_desktop.services import contacts
from kizuna_desktop.services.contacts import ContactInput
from kizuna_desktop.store import Journal


def test_terminal_safe_escapes_controls_and_keeps_japanese():
    assert terminal_safe("山田\u3000太郎") == "山田\u3000太郎"
    assert terminal_safe("Evil\x1b[2J\x07") == "Evil\\x1b[2J\\x07"
    assert terminal_safe("a\u202eb") == "a\\u202eb"  # right-to-left override


def test_contacts_listing_never_prints_an_escape(tmp_path):
    path = tmp_path / "j.kizuna"
    with Journal.open(path) as j:
        c = contacts.create(j, ContactInput(family_latin="Evil", given_latin="Bob"))
        # Written around the service's cleaning, as an old or hostile journal may hold it.
        from kizuna_desktop.store.models import Contact

        with j.session() as s:
            s.get(Contact, c.id).given_latin = "Bob\x1b]0;pwned\x07"
            s.commit()
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path),
                          "contacts"], capture_output=True, text=True, check=True).stdout
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;pwned\\x07" in out


def test_no_display_is_one_line_not_an_abort(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(tmp_path / "j.kizuna")],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("kizuna: error: There is no display")
    assert not (tmp_path / "j.kizuna").exists()
