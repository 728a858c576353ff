"""File > Import / Export / Backup / Restore and encryption in the window, with real files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from kizuna_desktop.app import open_journal_interactively
from kizuna_desktop.services import backup, search
from kizuna_desktop.store import Journal
from kizuna_desktop.ui.main_window import MainWindow

CORPUS = Path(__file__).parents[1] / "formats" / "corpus"


def _window(qtbot, journal) -> MainWindow:
    w = MainWindow(journal)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.follow_ups.pane is not None, timeout=10_000)
    return w


def _when_modal(action, delay=150):
    def run():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(50, run)
        else:
            action(widget)
    QTimer.singleShot(delay, run)


def test_import_csv_with_preview_mapping_and_progress(qtbot, demo_journal):
    w = _window(qtbot, demo_journal)
    d = w.import_contacts(CORPUS / "cards-sjis.csv")
    # Read and checked in the background: nothing is done before the event loop runs.
    assert d.info.text() == "Reading cards-sjis.csv…" and not d.import_btn.isEnabled()
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    assert d.info.text().startswith("CSV, Shift_JIS (Windows, as Excel in Japan writes), 3 rows")
    assert d.preset.currentData() == "cards"
    # 鈴木's e-mail is not one: it is named and left out, and 鈴木 still comes in
    assert d.preview.rowCount() == 3 and d.preview.item(0, 5).text().startswith("merged")
    assert any("not-an-email" in d.problems.item(i).text() for i in range(d.problems.count()))
    # Unmapping the e-mail column: 鈴木's row becomes valid, matched by name and company.
    email_row = [d.mapping.item(i, 0).text() for i in range(d.mapping.rowCount())].index(
        "メールアドレス")
    combo = d.mapping.cellWidget(email_row, 1)
    phone_row = [d.mapping.item(i, 0).text() for i in range(d.mapping.rowCount())].index(
        "電話番号")
    phone = d.mapping.cellWidget(phone_row, 1)
    # Two changes at once: the plan for the first may come back after the second was asked
    # for; only the last one's shows.
    phone.setCurrentIndex(phone.findData(""))
    combo.setCurrentIndex(combo.findData(""))
    assert not d.ready and not d.import_btn.isEnabled()
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    assert d.preview.rowCount() == 3
    # (then the values that differ from the journal's: named as conflicts, kept in notes)
    assert [d.problems.item(i).text() for i in range(d.problems.count())][:3] == [
        "Not imported (no field for it): 2",  # grouped by what became of them
        "  cards-sjis.csv: column 'メールアドレス' (3 values) not imported",
        "  cards-sjis.csv: column '電話番号' (3 values) not imported"]
    assert d.plan.items[0].data.methods == []  # neither e-mail nor phone mapped
    d.start()
    qtbot.waitUntil(lambda: d.result is not None, timeout=20_000)
    assert (d.result.created, d.result.merged + d.result.unchanged) == (0, 3)
    assert backup.list_backups(demo_journal.path)[0].name.endswith("_before-import.kizuna")


def test_import_vcard_into_the_window_then_find_it(qtbot, journal):
    w = _window(qtbot, journal)
    d = w.import_contacts(CORPUS / "iphone-3.0.vcf")
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    assert d.info.text() == "vCard, 2 cards"
    d.start()
    qtbot.waitUntil(lambda: d.result is not None, timeout=20_000)
    qtbot.waitUntil(lambda: w.contacts.model.total == 2, timeout=5000)
    assert search.resolve(journal, "やまだ").written == "山田 太郎"
    # The backup written alongside the import is the journal as it was: still empty.
    (saved,) = backup.list_backups(journal.path)
    with Journal.open(saved, create=False) as b:
        assert search.count(b, search.ContactFilter(include_archived=True)) == 0


def test_export_formats_from_the_window(qtbot, demo_journal, tmp_path):
    w = _window(qtbot, demo_journal)
    for fmt, name in (("vcard", "a.vcf"), ("csv", "a.csv"), ("ics", "a.ics"),
                      ("archive", "a.zip")):
        w.export(fmt, tmp_path / name)
        qtbot.waitUntil(lambda name=name: (tmp_path / name).exists(), timeout=20_000)
    # 42 contacts, and the organisations with details as organisation cards
    cards = (tmp_path / "a.vcf").read_text("utf-8")
    assert cards.count("BEGIN:VCARD") == 42 + cards.count("X-ABShowAs:COMPANY") > 42
    assert b"BEGIN:VCALENDAR" in (tmp_path / "a.ics").read_bytes()


def test_restore_from_the_window(qtbot, demo_path):
    j = Journal.open(demo_path)
    w = _window(qtbot, j)
    good = backup.backup_now(j)
    answer = QMessageBox.StandardButton.Yes
    w.contacts.select(search.resolve(w.journal, "yamada taro").id)
    _when_modal(lambda box: box.button(answer).click())
    w.delete_contact()
    assert search.count(w.journal, search.ContactFilter(text="yamada taro")) == 0
    shown = []  # the event loop runs during the restore (off the UI thread): a dialog says so
    _when_modal(lambda dialog: shown.append(dialog.labelText()), delay=0)
    assert w.restore_backup(good, confirm=False)
    assert shown and shown[0].startswith(f"Checking {good.name}, backing up the journal")
    assert QApplication.activeModalWidget() is None
    assert search.resolve(w.journal, "yamada taro").written == "山田 太郎"
    assert w.contacts.model.total == 41


def test_encrypt_from_the_window_then_reopen_with_the_passphrase(qtbot, demo_path):
    j = Journal.open(demo_path)
    w = _window(qtbot, j)
    shown = []
    _when_modal(lambda dialog: shown.append(dialog.labelText()), delay=0)
    assert w.encrypt_journal("a good passphrase")
    assert shown == ["Encrypting the journal and its backups…"]
    assert w.journal.encrypted and "山田".encode() not in demo_path.read_bytes()
    assert w.contacts.model.total == 41
    w.journal.close()

    def type_passphrase(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("a good passphrase")
        dialog.accept()

    _when_modal(type_passphrase)
    reopened = open_journal_interactively(demo_path, create=False)
    assert reopened is not None and reopened.encrypted
    reopened.close()


def test_damaged_journal_offers_the_latest_backup(qtbot, demo_path):
    with Journal.open(demo_path) as j:
        backup.backup_now(j)
    data = bytearray(demo_path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    demo_path.write_bytes(bytes(data))

    def choose_restore(box):
        restore = next(b for b in box.buttons() if b.text() == "Restore latest backup")
        restore.click()

    _when_modal(choose_restore)
    j = open_journal_interactively(demo_path, create=False)
    assert j is not None and search.resolve(j, "yamada taro")
    j.close()
    assert any("damaged" in p.name for p in backup.list_backups(demo_path))


def test_cancelling_while_the_file_is_read_checks_nothing(qtbot, journal):
    from kizuna_desktop.ui import jobs

    w = _window(qtbot, journal)
    d = w.import_contacts(CORPUS / "iphone-3.0.vcf")
    d.reject()  # Cancel before the file has been read
    qtbot.waitUntil(lambda: d.job not in jobs._running, timeout=10_000)
    qtbot.wait(50)
    assert d.plan is None and not d.ready and d.vcard_people is None


def test_the_daily_backup_is_written_while_the_window_is_in_use(qtbot, demo_journal):
    from kizuna_desktop.services import contacts

    w = _window(qtbot, demo_journal)
    w.start_daily_backup()
    # The window is not held back: the call returns before the backup is written (it is
    # taken off the list only by the event loop, once written).
    assert len(w.backups_in_flight) == 1
    assert not w.backup_action.isEnabled()  # one at a time from the window
    qtbot.waitUntil(lambda: not w.backups_in_flight, timeout=20_000)
    assert w.backup_action.isEnabled()
    contacts.create(demo_journal, contacts.ContactInput(family_name="新井", given_name="一郎"))
    (daily,) = backup.list_backups(demo_journal.path)
    assert w.statusBar().currentMessage() == f"The daily backup was written to {daily}"
    with Journal.open(daily, create=False) as b:
        assert search.count(b, search.ContactFilter()) == 41
    assert search.count(demo_journal, search.ContactFilter()) == 42
    w.start_daily_backup()  # at most daily: the second one writes nothing
    qtbot.waitUntil(lambda: not w.backups_in_flight, timeout=20_000)
    assert backup.list_backups(demo_journal.path) == [daily]
    w.backup_now()  # File > Back up now: always, and in the background too
    qtbot.waitUntil(lambda: not w.backups_in_flight, timeout=20_000)
    assert len(backup.list_backups(demo_journal.path)) == 2


def test_a_daily_backup_that_cannot_be_written_says_why_and_the_journal_stays_open(
        qtbot, demo_journal):
    folder = backup.backups_dir(demo_journal.path)  # beside this journal (not the default)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups folder should be")
    w = _window(qtbot, demo_journal)
    said = []

    def read_and_close(box):
        said.append(box.text())
        box.accept()

    _when_modal(read_and_close, delay=0)
    w.start_daily_backup()
    qtbot.waitUntil(lambda: bool(said) and not w.backups_in_flight, timeout=20_000)
    assert said[0].startswith("The daily backup could not be written: The backups folder")
    assert str(folder) in said[0] and "The journal itself is unchanged" in said[0]
    assert w.backup_action.isEnabled() and search.count(w.journal, search.ContactFilter()) == 41


def test_encrypting_just_after_opening_waits_for_the_daily_backup_and_encrypts_it(
        qtbot, demo_path):
    from kizuna_desktop.store.db import is_encrypted

    j = Journal.open(demo_path)
    w = _window(qtbot, j)
    w.start_daily_backup()  # as on opening; still being written when Encrypt is chosen
    assert w.encrypt_journal("a good passphrase")
    kept = backup.list_backups(demo_path)
    assert [p.name.endswith("_before-encryption-change.kizuna") for p in kept].count(False) == 1
    assert all(is_encrypted(p) for p in kept)
    qtbot.waitUntil(lambda: not w.backups_in_flight, timeout=20_000)
    w.journal.close()
