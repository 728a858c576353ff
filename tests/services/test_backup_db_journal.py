"""Where a `--db` journal's backups go (issue 25 review, finding 14): beside that journal, in
`.<name>.backups`, not among the default journal's in the data folder; the default journal
keeps the data folder's; a backup folder chosen in Preferences takes them all; backups an
earlier version made in the data folder are still found. Real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys

from kizuna_desktop.services import backup
from kizuna_desktop.store import Journal


def _env(home):
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"), "PYTHONIOENCODING": "utf-8",
            "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LANG": "C.UTF-8"}


def _kizuna(home, *args):
    return subprocess.run([sys.executable, "-m", "kizuna_desktop", *args], env=_env(home),
                          capture_output=True, timeout=180)


def test_a_db_journals_backups_go_beside_it_and_the_default_ones_stay_in_the_data_folder(
        tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    elsewhere = tmp_path / "projects" / "client.kizuna"
    elsewhere.parent.mkdir()
    with Journal.open(elsewhere):
        pass
    r = _kizuna(home, "--db", str(elsewhere), "backup")
    assert r.returncode == 0, r.stderr.decode()
    beside = elsewhere.parent / ".client.kizuna.backups"
    assert len(list(beside.glob("*.kizuna"))) == 1
    data_backups = home / "data" / "Kizuna" / "backups"
    assert not list(data_backups.rglob("*.kizuna"))  # not among the default journal's
    listed = _kizuna(home, "--db", str(elsewhere), "backups").stdout.decode("utf-8")
    assert str(beside) in listed

    # the default journal (in the data folder) keeps the data folder's backups
    default = home / "data" / "Kizuna" / "journal.kizuna"
    default.parent.mkdir(parents=True, exist_ok=True)
    with Journal.open(default):
        pass
    r = _kizuna(home, "backup")
    assert r.returncode == 0, r.stderr.decode()
    assert len(list(data_backups.rglob("*.kizuna"))) == 1
    assert len(list(beside.glob("*.kizuna"))) == 1


def test_earlier_backups_in_the_data_folder_are_still_found_and_a_chosen_folder_wins(
        tmp_path, monkeypatch):
    from kizuna_desktop import settings

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    j = tmp_path / "old" / "j.kizuna"
    j.parent.mkdir()
    with Journal.open(j):
        pass
    assert backup.backups_dir(j) == j.parent / ".j.kizuna.backups"
    earlier = backup.backup_root() / backup.backups_dir(j).name  # not the same name
    assert earlier != backup.backups_dir(j)
    # an earlier version's folder for this journal in the data folder is kept in use
    import hashlib

    digest = hashlib.sha256(str(j.absolute()).encode()).hexdigest()[:8]
    made_before = backup.backup_root() / f"journal-{digest}"
    made_before.mkdir(parents=True)
    assert backup.backups_dir(j) == made_before
    monkeypatch.setattr(settings, "preference",
                        lambda key, _orig=settings.preference: str(tmp_path / "chosen")
                        if key == "backup_dir" else _orig(key))
    assert backup.backups_dir(j).parent == tmp_path / "chosen"
