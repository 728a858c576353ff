"""One journal, several hands: the window beside other processes and journals on the same
file. A CLI import lands and the window shows it; undo never writes over another's row
(ids are never reused; a row changed since is refused); a replaced file is noticed; saves
while another process holds the lock say so at once; jobs die with their owner; three real
passphrase tries; a second window opens read-only; --quit-after closes an open dialog; an
unexpected error shows a dialog naming the log."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.services import contacts, search
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import commands as cmd
from kizuna_desktop.ui import jobs
from kizuna_desktop.ui.main_window import MainWindow
from kizuna_desktop.ui.open_journal import open_interactively

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:外部 太郎\r\nN:外部;太郎;;;\r\n"
        "EMAIL:gaibu@example.jp\r\nTEL:03-1111-2222\r\nEND:VCARD\r\n")


def _window(qtbot, journal) -> MainWindow:
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.follow_ups.pane is not None, timeout=10_000)
    return w


def _when_modal(action, delay=100):
    def run():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(30, run)
        else:
            action(widget)
    QTimer.singleShot(delay, run)


def _kizuna(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", *argv], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


def _total(w) -> int:
    return search.count(w.journal, search.ContactFilter(include_archived=True))


def test_a_cli_import_while_the_window_is_open_lands_and_the_window_shows_it(
        qtbot, demo_journal, tmp_path):
    w = _window(qtbot, demo_journal)
    before = w.contacts.model.total
    card = tmp_path / "one.vcf"
    card.write_text(CARD, "utf-8")
    done = _kizuna("--db", str(demo_journal.path), "import", str(card), "--yes")
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: w.contacts.model.total == before + 1, timeout=10_000)
    assert search.count(w.journal, search.ContactFilter(text="外部")) == 1


def test_undo_after_another_journal_added_a_contact_restores_without_touching_it(
        qtbot, demo_journal):
    w = _window(qtbot, demo_journal)
    mine = contacts.create(demo_journal, contacts.ContactInput(family_name="最後", notes="私の"))
    w.contacts.refresh(mine.id)
    qtbot.waitUntil(lambda: w.current_contact_id() == mine.id, timeout=5_000)
    cmd.push(w.undo_stack, cmd.DeleteContact(demo_journal, w.notify, mine.id, "最後"))
    other = Journal.open(demo_journal.path)  # another process's journal on the same file
    try:
        theirs = contacts.create(other, contacts.ContactInput(family_name="新人", notes="他の"))
        assert theirs.id != mine.id  # AUTOINCREMENT: the deleted id is never given again
        w.undo_stack.undo()
        with demo_journal.engine.connect() as conn:
            rows = dict(conn.exec_driver_sql(
                "SELECT id, notes FROM contacts WHERE id IN (?, ?)", (mine.id, theirs.id)).all())
        assert rows == {mine.id: "私の", theirs.id: "他の"}
        w.undo_stack.redo()  # deletes only the one it deleted
        with demo_journal.engine.connect() as conn:
            left = conn.exec_driver_sql("SELECT id FROM contacts WHERE id IN (?, ?)",
                                        (mine.id, theirs.id)).scalars().all()
        assert left == [theirs.id]
    finally:
        other.close()


def test_undo_of_an_edit_another_process_changed_since_is_refused(qtbot, demo_journal):
    w = _window(qtbot, demo_journal)
    cid = contacts.create(demo_journal, contacts.ContactInput(family_name="編集", notes="元")).id
    import dataclasses

    before = contacts.get(demo_journal, cid).to_input()
    after = dataclasses.replace(before, notes="窓の編集")
    cmd.push(w.undo_stack, cmd.EditContact(demo_journal, w.notify, cid, before, after))
    code = ("import sys; from kizuna_desktop.store import Journal\n"
            "j = Journal.open(sys.argv[1])\n"
            "with j.engine.begin() as c: c.exec_driver_sql(\"UPDATE contacts SET notes = "
            "'スクリプトの編集' WHERE id = ?\", (int(sys.argv[2]),))\n"
            "j.close()")
    subprocess.run([sys.executable, "-c", code, str(demo_journal.path), str(cid)], check=True)
    said = []
    _when_modal(lambda box: (said.append(box.text()), box.accept()), delay=0)
    w.undo_stack.undo()
    assert said and "was not done" in said[0] and "changed since" in said[0]
    with demo_journal.engine.connect() as conn:
        notes = conn.exec_driver_sql("SELECT notes FROM contacts WHERE id = ?", (cid,)).scalar()
    assert notes == "スクリプトの編集"  # the other's change stands
    assert not w.undo_stack.canUndo()  # the refused command is taken off the stack


def test_a_save_while_another_process_holds_the_lock_says_busy_at_once(qtbot, demo_journal):
    w = _window(qtbot, demo_journal)
    holder = sqlite3.connect(demo_journal.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(ValidationError) as e:
            cmd.push(w.undo_stack, cmd.CreateContact(
                demo_journal, w.notify, contacts.ContactInput(family_name="待機")))
        assert time.monotonic() - started < 1.5  # the UI thread never waits seconds
        assert "busy" in e.value.errors["journal"]
        assert not w.undo_stack.canUndo()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_replaced_file_is_noticed_and_a_copy_can_be_saved(qtbot, demo_journal, tmp_path):
    w = _window(qtbot, demo_journal)
    n = _total(w)
    other = tmp_path / "elsewhere.kizuna"
    with sqlite3.connect(demo_journal.path) as a:
        b = sqlite3.connect(other)
        a.backup(b)
        b.close()
    os.replace(other, demo_journal.path)  # a restore from another process
    said = []
    _when_modal(lambda box: (said.append(box.text()), box.reject()), delay=0)
    assert w.check_journal_file() is False
    assert said and "replaced" in said[0] and "Save a copy as" in said[0]
    with pytest.raises(ValidationError) as e:
        cmd.push(w.undo_stack, cmd.CreateContact(
            demo_journal, w.notify, contacts.ContactInput(family_name="迷子")))
    assert "replaced" in e.value.errors["journal"]
    copy = w.save_copy_as(tmp_path / "kept.kizuna")
    with Journal.open(copy) as j:
        assert search.count(j, search.ContactFilter(include_archived=True)) == n


def test_a_job_whose_owner_is_deleted_delivers_nothing(qtbot):
    delivered = []
    owner = QObject()
    job = jobs.run(owner, lambda: time.sleep(0.3) or "result", delivered.append,
                   delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: job not in jobs._running, timeout=5_000)
    QApplication.processEvents()
    time.sleep(0.5)
    QApplication.processEvents()
    assert delivered == []
    kept = QObject()
    cancelled = jobs.run(kept, lambda: time.sleep(0.3) or "late", delivered.append,
                         delivered.append)
    cancelled.cancel()
    jobs.run(kept, lambda: "ok", delivered.append, delivered.append)
    qtbot.waitUntil(lambda: delivered == ["ok"], timeout=5_000)
    qtbot.wait(600)  # the cancelled one has had its time: it delivers nothing
    assert cancelled.cancelled and delivered == ["ok"]


def test_a_closed_journal_stays_closed_in_the_window_s_hands(qtbot, demo_path):
    from kizuna_desktop.errors import JournalClosedError

    j = Journal.open(demo_path)
    j.close()
    with pytest.raises(JournalClosedError):
        search.count(j, search.ContactFilter())


def test_three_real_passphrase_tries(qtbot, tmp_path):
    path = tmp_path / "secret.kizuna"
    with Journal.open(path, passphrase="the right passphrase") as j:
        contacts.create(j, contacts.ContactInput(family_name="秘密"))
    typed = iter(["wrong one", "wrong two", "the right passphrase"])
    prompts = []

    def type_next(dialog):
        assert isinstance(dialog, QInputDialog)
        prompts.append(dialog.labelText())
        dialog.setTextValue(next(typed))
        dialog.accept()
        if len(prompts) < 3:
            _when_modal(type_next, delay=50)

    _when_modal(type_next, delay=50)
    j = open_interactively(path, None, create=False)
    assert j is not None and j.encrypted  # the third one typed was tried, and opened it
    assert len(prompts) == 3 and prompts[1].startswith("Wrong passphrase")
    j.close()
    wrong = iter(["no", "nope", "still no"])
    said = []

    def type_wrong(widget):
        if isinstance(widget, QInputDialog):
            widget.setTextValue(next(wrong))
            widget.accept()
            _when_modal(type_wrong, delay=50)
        else:
            said.append(widget.text())
            widget.accept()

    _when_modal(type_wrong, delay=50)
    assert open_interactively(path, None, create=False) is None
    assert said and "3 passphrases were tried" in said[0]


def test_a_second_window_opens_read_only_and_says_so(qtbot, demo_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from kizuna_desktop.services import opening; "
         "o = opening.open_journal(sys.argv[1], for_window=True); print(o.status, flush=True); "
         "time.sleep(60)", str(demo_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "opened"
        said = []
        _when_modal(lambda box: (said.append(box.text()), box.accept()), delay=0)
        j = open_interactively(demo_path, None, create=False)
        assert j is not None and j.read_only
        assert said and "read-only" in said[0] and f"process {holder.pid}" in said[0]
        w = _window(qtbot, j)
        assert "read-only" in w.windowTitle()
        with pytest.raises(ValidationError) as e:
            cmd.push(w.undo_stack, cmd.CreateContact(
                j, w.notify, contacts.ContactInput(family_name="読取")))
        assert "read-only" in e.value.errors["journal"]
    finally:
        holder.kill()
        holder.wait()


def test_quit_after_closes_an_open_passphrase_dialog(tmp_path):
    path = tmp_path / "secret.kizuna"
    with Journal.open(path, passphrase="the right passphrase"):
        pass
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KIZUNA_PASSPHRASE", None)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path),
                           "--quit-after", "1500"], capture_output=True, text=True,
                          timeout=60, env=env)
    assert time.monotonic() - started < 30
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr


def test_an_unexpected_error_shows_a_dialog_naming_the_log(qtbot, monkeypatch):
    from kizuna_desktop import app, log

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_error_handlers(QApplication.instance())
    said = []
    _when_modal(lambda box: (said.append(box.text()), box.accept()), delay=0)
    try:
        raise LookupError("a contact's name that must not be logged: 山田")
    except LookupError as e:
        sys.excepthook(LookupError, e, e.__traceback__)
    assert said and "LookupError" in said[0] and str(log.log_file()) in said[0]
    assert "The window keeps running" in said[0]
    text = log.log_file().read_text("utf-8")
    assert "LookupError" in text and "山田" not in text.split("raise LookupError")[0]


def test_the_contact_editor_says_busy_and_keeps_the_typing(qtbot, demo_journal):
    from tests.ui.helpers import commit_ime_text

    w = _window(qtbot, demo_journal)
    editor = w.new_contact()
    editor.family_name.setFocus()
    commit_ime_text(editor.family_name, "混雑")
    holder = sqlite3.connect(demo_journal.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        editor.save()
        assert editor.isVisible() and editor.family_name.text() == "混雑"
        assert editor.summary.text().startswith("Not saved: ")
        assert "busy" in editor.summary.text()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    editor.save()  # the lock is free again: the same typing is saved
    assert not editor.isVisible()
    assert search.count(demo_journal, search.ContactFilter(text="混雑")) == 1


def test_damage_found_after_opening_offers_the_newest_good_backup(qtbot, demo_path):
    from kizuna_desktop.services import backup
    from tests.store.test_faults_journal import damage_table

    with Journal.open(demo_path) as j:
        good = backup.backup_now(j)
    damage_table(demo_path, "interactions")
    j = Journal.open(demo_path)  # the schema reads: the window opens, usable
    w = _window(qtbot, j)
    said = []
    _when_modal(lambda box: (said.append(box.text()), box.reject()), delay=0)
    w.start_daily_backup()  # the check after opening, in the background
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    created = next(b.created for b in backup.backup_infos(demo_path) if b.path == good)
    assert said[0].startswith("The journal is damaged; restore the newest good backup from "
                              f"{created:%Y-%m-%d %H:%M}?")
    assert backup.list_backups(demo_path) == [good]  # no copy of the damage was made
    qtbot.waitUntil(lambda: not w.backups_in_flight, timeout=10_000)


def test_damage_met_by_any_background_work_is_offered_its_restore_once(qtbot, demo_path):
    from kizuna_desktop.services import backup, timeline
    from tests.store.test_faults_journal import damage_table

    with Journal.open(demo_path) as j:
        backup.backup_now(j)
        someone = search.page(j, search.ContactFilter(), 0, 1)[0].id
    damage_table(demo_path, "interactions")
    j = Journal.open(demo_path)
    w = _window(qtbot, j)
    said, errors = [], []
    _when_modal(lambda box: (said.append(box.text()), box.reject()), delay=0)
    for _ in range(2):  # two pieces of work meet the damage: one offer
        jobs.run(w, lambda: timeline.page(j, someone, 0, limit=200), errors.append,
                 errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    qtbot.wait(300)
    assert len(said) == 1 and said[0].startswith("The journal is damaged; restore the newest")
