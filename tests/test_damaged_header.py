"""A journal whose first page (the header: "SQLite format 3", the page size, the schema's
root) is zeroed or overwritten is the user's journal, damaged: `kizuna --db FILE …` says so
and names the newest good backup with the command that restores it, as for a damaged inner
page, never "another kind of file"; the window offers that restore. Whole pages of nothing
recognisable are "damaged or not a Kizuna journal". Files of other kinds are still named as
they are, and a file of random-looking bytes throughout could be an encrypted journal: still
asked its passphrase (tests/test_not_a_journal.py). Real files; the command in real
processes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kizuna_desktop.services import backup
from kizuna_desktop.store import Journal
from kizuna_desktop.store.db import file_kind

PAGE = 4096
DAMAGE = {"zeroed magic": lambda data: b"\x00" * 16 + data[16:],
          "zeroed first page": lambda data: b"\x00" * PAGE + data[PAGE:],
          "random first page": lambda data: os.urandom(PAGE) + data[PAGE:]}


def _kizuna(*args, language="en"):
    env = {**os.environ, "KIZUNA_LANGUAGE": language}
    env.pop("KIZUNA_PASSPHRASE", None)
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", *args], env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout, r.stderr


def _backed_up(path):
    with Journal.open(path) as j:
        made = backup.backup_now(j)
    return made, f"{backup.newest_good(path).created:%Y-%m-%d %H:%M}"


def _damage(path, how):
    data = path.read_bytes()
    path.write_bytes(DAMAGE[how](data))
    return path.read_bytes()


@pytest.mark.parametrize("how", sorted(DAMAGE))
def test_the_command_says_the_journal_is_damaged_and_names_its_newest_good_backup(
        demo_path, how):
    made, when = _backed_up(demo_path)
    damaged = _damage(demo_path, how)
    code, out, err = _kizuna("--db", str(demo_path), "contacts")
    assert code == 1 and out == ""
    assert err == (f"kizuna: error: The journal {demo_path} is damaged; restore the newest "
                   f"good backup from {when}? Run: kizuna restore '{made}'\n")
    code, _, err = _kizuna("--db", str(demo_path), "contacts", language="ja")
    assert code == 1 and f"ジャーナル {demo_path} は破損しています。" in err
    assert "の最新の正常なバックアップから復元しますか？" in err
    assert err.rstrip().endswith(
        f"？ 復元するには、次のコマンドを実行してください: kizuna restore '{made}'")
    assert "別の種類" not in err and "パスフレーズ" not in err
    assert demo_path.read_bytes() == damaged  # nothing written into it
    if how == "zeroed first page":  # the command it names restores the journal
        code, out, err = _kizuna("--db", str(demo_path), "restore", str(made))
        assert code == 0, err
        assert "_damaged.kizuna" in out  # the damaged bytes are kept beside the backups
        code, out, _ = _kizuna("--db", str(demo_path), "contacts")
        assert code == 0 and "山田 太郎" in out


def test_without_a_backup_it_is_damaged_with_no_good_backup(demo_path):
    _damage(demo_path, "zeroed first page")
    code, _, err = _kizuna("--db", str(demo_path), "contacts")
    assert code == 1
    assert err == (f"kizuna: error: The journal {demo_path} is damaged, and it has no good "
                   "backup.\n")


def test_a_journal_zeroed_throughout_with_backups_is_damaged(demo_path):
    made, when = _backed_up(demo_path)
    demo_path.write_bytes(b"\x00" * demo_path.stat().st_size)  # nothing left to recognise
    code, _, err = _kizuna("--db", str(demo_path), "contacts")
    assert code == 1 and f"is damaged; restore the newest good backup from {when}?" in err
    assert f"kizuna restore '{made}'" in err


def test_whole_pages_of_nothing_known_are_damaged_or_not_a_journal(tmp_path):
    path = tmp_path / "disk.img"
    data = b"\x7fELF\x02\x01\x01\x00" * 512 + b"\x00" * PAGE * 3
    path.write_bytes(data)
    code, out, err = _kizuna("--db", str(path), "contacts")
    assert code == 1 and out == ""
    assert err == (f"kizuna: error: {path} is damaged or not a Kizuna journal: it does not "
                   "begin as a journal does. Nothing in it was changed.\n")
    code, _, err = _kizuna("--db", str(path), "contacts", language="ja")
    assert err == (f"kizuna: エラー: {path} は破損しているか、Kizuna のジャーナルではありません"
                   "（先頭がジャーナルの形式になっていません）。ファイルには何も変更を加えていません。\n")
    assert path.read_bytes() == data
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(("disk.img", ".disk"))
                and p.name != "disk.img"]  # no -wal, -shm, lock or backups made beside it


def test_a_backup_whose_first_page_is_lost_is_not_restored(demo_path, tmp_path):
    copy = tmp_path / "copy.kizuna"
    copy.write_bytes(demo_path.read_bytes())
    _damage(copy, "zeroed first page")
    before = demo_path.read_bytes()
    code, _, err = _kizuna("--db", str(demo_path), "restore", str(copy))
    assert code == 1
    assert err == (f"kizuna: error: The backup {copy} is damaged and cannot be restored; the "
                   "journal is unchanged.\n")
    assert demo_path.read_bytes() == before


def test_other_kinds_of_file_are_still_named_as_they_are(tmp_path, demo_path):
    """Whole pages of text, a PDF, an image or a ZIP are not taken for a damaged journal,
    nor is a real encrypted journal (its pages are random to anyone without the key)."""
    lines = "会議のメモ: 山田様と来週。\r\n".encode() * 400
    files = {"notes.txt": (lines + b"\n" * PAGE)[:2 * PAGE],
             # every 512 bytes begins as an index page's type byte would (0x0a, 0x0d)
             "blocks.txt": (b"\r\n" * 8 + b"a note  " * 62)[:512] * 24,
             "blocks-lf.txt": (b"\n" * 16 + b"\n\t12\n" * 124)[:512] * 24,
             "report.pdf": (b"%PDF-1.4\n" + b"\x00" * PAGE)[:PAGE],
             "card.png": (b"\x89PNG\r\n\x1a\n" + demo_path.read_bytes()[8:])[:8 * PAGE],
             "all.zip": (b"PK\x03\x04" + demo_path.read_bytes()[4:])[:8 * PAGE],
             "noise.bin": os.urandom(16 * PAGE)}
    kinds = {"notes.txt": "text", "blocks.txt": "text", "blocks-lf.txt": "text",
             "report.pdf": "pdf",
             "card.png": "image", "all.zip": "zip", "noise.bin": "encrypted"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        assert file_kind(tmp_path / name) == kinds[name], name
    secret = tmp_path / "secret.kizuna"
    with Journal.open(secret, passphrase="correct-horse"):
        pass
    assert file_kind(secret) == "encrypted"
    for _ in range(200):  # random pages never read as a journal's
        (tmp_path / "noise.bin").write_bytes(os.urandom(4 * PAGE))
        assert file_kind(tmp_path / "noise.bin") == "encrypted"
    code, _, err = _kizuna("--db", str(tmp_path / "card.png"), "contacts")
    assert code == 1 and "is not a Kizuna journal: it is an image." in err


def test_the_window_offers_the_newest_good_backup_for_a_zeroed_header(qtbot, demo_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kizuna_desktop.app import open_journal_interactively
    from kizuna_desktop.services import search

    made, when = _backed_up(demo_path)
    _damage(demo_path, "zeroed magic")
    seen = []

    def choose_restore():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, choose_restore)
            return
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Restore latest backup").click()

    QTimer.singleShot(0, choose_restore)
    j = open_journal_interactively(demo_path, create=False)
    assert seen == [(f"The journal {demo_path} is damaged; restore the newest good backup "
                     f"from {when}?\n\nThe damaged file is kept beside the backups.",
                     ["Restore latest backup", "Cancel"])]
    assert j is not None and search.resolve(j, "yamada taro")
    j.close()
    assert any("damaged" in p.name for p in backup.list_backups(demo_path))


def test_the_window_restores_an_encrypted_journal_whose_first_page_is_lost(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from kizuna_desktop.app import open_journal_interactively
    from kizuna_desktop.services import contacts

    path = tmp_path / "secret.kizuna"
    with Journal.open(path, passphrase="correct-horse") as j:
        made = contacts.create(j, contacts.ContactInput(family_name="山田", given_name="太郎"))
        backup.backup_now(j)
    _damage(path, "zeroed first page")
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(type(box).__name__)
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text() == "Restore latest backup").click()
        else:
            assert isinstance(box, QInputDialog) and "Passphrase for" in box.labelText()
            box.setTextValue("correct-horse")
            box.accept()
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    j = open_journal_interactively(path, create=False)
    assert seen == ["QMessageBox", "QInputDialog"]
    assert j is not None and j.encrypted
    assert contacts.get(j, made.id).family_name == "山田"
    j.close()
