"""The passphrase of an encrypted journal is dropped from memory when the journal closes, as
far as Python allows, and core dumps are off while one is held (issue 19.8)."""

from __future__ import annotations

import gc
import subprocess
import sys
import types

import pytest
from sqlalchemy import text

from kizuna_desktop.errors import JournalClosedError
from kizuna_desktop.services import contacts, opening
from kizuna_desktop.services.contacts import ContactInput
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import connect
from kizuna_desktop.store.secret import Passphrase

pytest.importorskip("sqlcipher3")


def _secret_text() -> str:
    # Built at run time, so that no constant of this module is the passphrase itself.
    return "".join(["kizuna", "-", "馬", "-", str(7 * 6), "-horse"])


def _reachable(root, limit: int = 200_000) -> list:
    """Every object reachable from ``root`` through instances, containers, closures and
    bound methods; not through classes, modules or functions' globals (those lead to the
    whole program, this test's own variables included)."""
    from collections import deque

    # breadth first: what the journal holds itself is met before the walk wanders into the
    # program's big shared tables (depth first ran out of its limit there in a full run)
    seen, out, todo = set(), [], deque([root])
    while todo and len(out) < limit:
        obj = todo.popleft()
        if id(obj) in seen or isinstance(obj, type | types.ModuleType):
            continue
        seen.add(id(obj))
        out.append(obj)
        if isinstance(obj, types.FunctionType):
            todo.extend(c.cell_contents for c in (obj.__closure__ or ())
                        if _filled(c))
            todo.extend(obj.__defaults__ or ())
            continue
        if isinstance(obj, dict) and "__builtins__" in obj:  # a module's globals
            continue
        todo.extend(gc.get_referents(obj))
    return out


def _filled(cell) -> bool:
    try:
        cell.cell_contents  # noqa: B018
    except ValueError:
        return False
    return True


def _holds(objects: list, secret: str) -> list:
    raw = secret.encode("utf-8")
    return [type(o).__name__ for o in objects
            if (isinstance(o, str) and secret in o)
            or (isinstance(o, bytes | bytearray) and raw in bytes(o))]


def test_after_close_the_journal_and_its_engine_hold_no_passphrase(tmp_path):
    path = tmp_path / "secret.kizuna"
    j = Journal.open(path, passphrase=_secret_text())
    contacts.create(j, ContactInput(family_name="秘密"))
    engine = j.engine
    engine.dispose()  # the next query makes a new connection: the key is needed again
    with j.session() as s:
        assert s.scalar(text("SELECT count(*) FROM contacts")) == 1
    # While open it is held (so the search below can find it: the test can fail) ...
    assert "bytearray" in _holds(_reachable(j), _secret_text())
    # ... and never as text, neither on the journal nor in the engine's connection factory.
    assert "str" not in _holds(_reachable(engine), _secret_text())
    buffer = j.secret._buf
    j.close()
    assert j.secret.wiped and not any(buffer)  # the buffer it was in is zeros
    assert _holds(_reachable(j), _secret_text()) == []
    assert _holds(_reachable(engine), _secret_text()) == []
    assert j.passphrase == "" and j.encrypted
    # Nothing keyed by the wiped buffer: no empty key, no plain file made by mistake.
    with pytest.raises(JournalClosedError):
        connect(tmp_path / "copy.kizuna", j.secret)
    assert not (tmp_path / "copy.kizuna").exists()
    # The journal opens again with the passphrase: closing wiped memory, not the file.
    with Journal.open(path, passphrase=_secret_text()) as again:
        assert contacts.get(again, 1).family_name == "秘密"


def test_a_wrong_passphrase_leaves_no_buffer_behind(tmp_path):
    path = tmp_path / "secret.kizuna"
    Journal.open(path, passphrase=_secret_text()).close()
    answer = opening.open_journal(path, passphrase="not it")
    assert answer.status is opening.Status.WRONG_PASSPHRASE and answer.journal is None


def test_the_buffer_is_never_printed_or_pickled():
    import pickle

    p = Passphrase(_secret_text())
    assert _secret_text() not in repr(p) and _secret_text() not in str(p)
    with pytest.raises(TypeError):
        pickle.dumps(p)
    p.wipe()
    assert p.wiped and p.reveal() == ""


PROBE = """
import sys
from pathlib import Path
from kizuna_desktop import hardening
from kizuna_desktop.services import opening
from kizuna_desktop.store import Journal
path, how = Path(sys.argv[1]), sys.argv[2]
if how == "plain":
    Journal.open(path).close()
elif how == "asked":  # the window and the CLI ask once opening says it needs one
    assert opening.open_journal(path).status is opening.Status.NEEDS_PASSPHRASE
else:
    Journal.open(path, passphrase=sys.argv[3]).close()
print("dumpable" if hardening.dumpable() else "no dumps")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_GET_DUMPABLE is Linux's")
def test_core_dumps_are_off_on_every_path_that_takes_a_passphrase(tmp_path):
    encrypted, plain = tmp_path / "e.kizuna", tmp_path / "p.kizuna"
    Journal.open(encrypted, passphrase=_secret_text()).close()

    def probe(path, how):
        r = subprocess.run([sys.executable, "-c", PROBE, str(path), how, _secret_text()],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        return r.stdout.strip()

    assert probe(plain, "plain") == "dumpable"  # nothing held: left as it was
    assert probe(encrypted, "asked") == "no dumps"  # before the passphrase is typed
    assert probe(encrypted, "opened") == "no dumps"  # any caller of Journal.open
