"""A file that is not a journal (a text file, a PDF, a CSV, an empty file) opened as one, with
`kizuna --db FILE …` and in the window: it is named as not a Kizuna journal (in Japanese with
LANG=ja_JP.UTF-8), no passphrase is asked, nothing that could overwrite it is offered, and the
file is left as it was. An encrypted journal still asks for its passphrase. Real processes
(the command with a terminal on its stdin, so that a passphrase prompt would show; the window
offscreen, every dialog it shows read and closed by a watcher in its own process)."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import textwrap

import pytest

from kizuna_desktop import i18n

PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
       b"%%EOF\n" * 40)
FILES = {
    "notes.txt": "会議のメモ: 山田様と来週。\nnot a database\n".encode() * 30,
    "report.pdf": PDF,
    "people.csv": "姓,名,会社名\n山田,太郎,三星商事\n".encode() * 200,
    "empty.kizuna": b"",
}


def _env(tmp_path, language="ja_JP.UTF-8"):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE",
                        "KIZUNA_PASSPHRASE", "KIZUNA_DB")}
    return {**env, "LANG": language, "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}


def _on_a_terminal(env, *args, answer: bytes = b""):
    """The command with a pseudo-terminal as its stdin (it may ask there) and no controlling
    terminal (getpass reads that stdin): whatever it asks for is answered with ``answer``."""
    master, slave = os.openpty()
    try:
        child = subprocess.Popen([sys.executable, "-m", "kizuna_desktop", *args], env=env,
                                 stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 start_new_session=True)
        asked = b""
        if answer:  # after the prompt: getpass flushes what was typed before it
            while not asked.rstrip().endswith(b":"):
                ready, _, _ = select.select([child.stderr], [], [], 60)
                assert ready, f"no prompt came: {asked!r}"
                chunk = os.read(child.stderr.fileno(), 1024)
                assert chunk, f"ended without asking: {asked!r}"
                asked += chunk
            os.write(master, answer)
        out, err = child.communicate(timeout=60)  # a prompt left unanswered would hang here
        err = asked + err
    finally:
        os.close(slave)
        os.close(master)
    return child.returncode, out.decode(), err.decode()


def _beside(path):
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name
                  and p.name.startswith((path.name, "." + path.name)))


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_command_says_the_file_is_not_a_journal_in_japanese(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(FILES[name])
    os.chmod(path, 0o644)
    before = path.stat()
    commands = [("contacts",), ("show", "1"), ("demo",), ("check",)]
    for args in commands if name == "notes.txt" else commands[2:3]:  # demo would write
        code, out, err = _on_a_terminal(_env(tmp_path), "--db", str(path), *args)
        assert code == 1, (args, out, err)
        assert "Kizuna のジャーナルではありません" in err and "パスフレーズ" not in err + out
        assert "変更していません" in err or "変更を加えていません" in err
        assert "Traceback" not in err
    assert path.read_bytes() == FILES[name]
    after = path.stat()
    assert (after.st_mtime_ns, after.st_mode) == (before.st_mtime_ns, before.st_mode)
    assert _beside(path) == []  # no -wal, -shm, lock or backup made beside it
    code, _, err = _on_a_terminal(_env(tmp_path, "C"), "--db", str(path), "contacts")
    assert code == 1 and "not a Kizuna journal" in err and "passphrase" not in err
    assert not any("\u3040" <= ch <= "\u9fff" for ch in err.replace(str(path), ""))


def test_restoring_an_empty_file_or_a_pdf_is_refused_and_the_journal_kept(tmp_path):
    journal = tmp_path / "j.kizuna"
    env = _env(tmp_path)
    assert subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(journal), "demo"],
                          env=env, capture_output=True, timeout=120).returncode == 0
    before = journal.read_bytes()
    for name in ("empty.kizuna", "report.pdf"):
        source = tmp_path / name
        source.write_bytes(FILES[name])
        code, out, err = _on_a_terminal(env, "--db", str(journal), "restore", str(source))
        assert code == 1 and "Kizuna のジャーナルではありません" in err, (out, err)
        assert name in err and ".restoring" not in err
        assert journal.read_bytes() == before and source.read_bytes() == FILES[name]


def test_an_encrypted_journal_still_asks_for_its_passphrase(tmp_path):
    path = tmp_path / "secret.kizuna"
    env = _env(tmp_path)
    assert subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path), "demo"],
                          env=env, capture_output=True, timeout=120).returncode == 0
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path), "encrypt"],
                       env={**env, "KIZUNA_NEW_PASSPHRASE": "correct-horse"},
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    code, out, err = _on_a_terminal(env, "--db", str(path), "contacts", "--json",
                                    answer=b"correct-horse\n")
    assert code == 0, err
    assert "secret.kizuna のパスフレーズ" in err  # the prompt, on the terminal, in Japanese
    assert len(json.loads(out)) > 10
    code, out, err = _on_a_terminal(env, "--db", str(path), "contacts", answer=b"wrong-one\n")
    assert code == 1 and "パスフレーズ" in err


WATCHER = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

    app = QApplication(sys.argv[:1])
    def look():
        for w in app.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                seen = {"dialog": type(w).__name__}
                if isinstance(w, QMessageBox):
                    seen["text"] = w.text()
                    seen["buttons"] = [b.text() for b in w.buttons()]
                if isinstance(w, QInputDialog):
                    seen["text"] = w.labelText()
                print(json.dumps(seen, ensure_ascii=False), flush=True)
                w.reject()
    watch = QTimer()
    watch.timeout.connect(look)
    watch.start(50)
    from kizuna_desktop.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def _window(tmp_path, path, env):
    script = tmp_path / "watch.py"
    script.write_text(WATCHER, "utf-8")
    r = subprocess.run([sys.executable, str(script), "--db", str(path), "--quit-after", "20000"],
                       env=env, capture_output=True, text=True, timeout=120)
    return r, [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("name", ["notes.txt", "report.pdf", "empty.kizuna"])
def test_the_window_says_the_file_is_not_a_journal_and_offers_nothing(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(FILES[name])
    r, seen = _window(tmp_path, path, _env(tmp_path))
    assert r.returncode == 1
    assert [s["dialog"] for s in seen] == ["QMessageBox"], seen  # no passphrase asked
    assert "Kizuna のジャーナルではありません" in seen[0]["text"]
    assert seen[0]["buttons"] == ["OK"]  # no "restore", nothing that could write over it
    assert "開かれませんでした" in r.stderr  # the last line on the terminal, in Japanese too
    assert path.read_bytes() == FILES[name] and _beside(path) == []


def test_the_window_asks_an_encrypted_journal_for_its_passphrase(tmp_path):
    path = tmp_path / "secret.kizuna"
    env = _env(tmp_path)
    assert subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path), "demo"],
                          env=env, capture_output=True, timeout=120).returncode == 0
    assert subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path), "encrypt"],
                          env={**env, "KIZUNA_NEW_PASSPHRASE": "correct-horse"},
                          capture_output=True, timeout=120).returncode == 0
    r, seen = _window(tmp_path, path, env)
    assert seen and seen[0]["dialog"] == "QInputDialog" and "secret.kizuna" in seen[0]["text"]
    assert "パスフレーズ" in seen[0]["text"]


def test_file_open_in_the_window_refuses_a_pdf_and_keeps_the_journal(qtbot, qapp, monkeypatch,
                                                                    demo_journal, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

    from kizuna_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KIZUNA_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.install(qapp) == "ja"
    try:
        w = MainWindow(demo_journal)
        qtbot.addWidget(w)
        w.show()
        pdf = tmp_path / "report.pdf"
        pdf.write_bytes(PDF)
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(pdf), "")))
        seen = []

        def answer():
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(20, answer)
                return
            seen.append((type(box).__name__, box.text() if isinstance(box, QMessageBox)
                         else "", [b.text() for b in box.buttons()]
                         if isinstance(box, QMessageBox) else []))
            box.reject()

        QTimer.singleShot(0, answer)
        w.journal_ctl.open_journal()
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
        assert seen[0][0] == "QMessageBox" and not isinstance(seen[0], QInputDialog)
        assert "Kizuna のジャーナルではありません" in seen[0][1] and "PDF" in seen[0][1]
        assert seen[0][2] == ["OK"]
        assert w.journal is demo_journal and not demo_journal.closed
        assert pdf.read_bytes() == PDF
    finally:
        i18n.install(qapp, "en")
