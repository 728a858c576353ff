"""An archive import expands no further than a journal can be (issue 19.3): a zip bomb is
refused with nothing left behind, the counts printed are the journal's own (a manifest's are
only a claim), an encrypted journal's archive stays encrypted, and an archive is known by
its content whatever its name."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from kizuna_desktop.errors import JournalError
from kizuna_desktop.services import archive
from kizuna_desktop.store import Journal


def _bomb(path, size: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(archive.MANIFEST, json.dumps({"counts": {"contacts": 10**9}}))
        with z.open(archive.MEMBER, "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(size // len(block)):
                member.write(block)


def test_a_zip_bomb_is_refused_and_leaves_nothing(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.zip"
    _bomb(bomb, 64 << 20)  # 64 MB of zeros in a zip of about 64 KB
    assert bomb.stat().st_size < 200_000
    monkeypatch.setattr(archive, "MAX_JOURNAL", 16 << 20)
    target = tmp_path / "new" / "j.kizuna"
    target.parent.mkdir()
    with pytest.raises(JournalError, match="expands to more than 16 MB"):
        archive.import_archive(bomb, target)
    assert sorted(p.name for p in target.parent.iterdir()) == []  # no staging, no lock


def test_no_more_than_the_free_space_less_a_margin(tmp_path, monkeypatch):
    from tests.store.test_faults_journal import mounted_tmpfs

    bomb = tmp_path / "bomb.zip"
    _bomb(bomb, 8 << 20)  # under the 4 GiB cap, over what the small disk can hold
    monkeypatch.setattr(archive, "FREE_MARGIN", 1 << 20)
    small = tmp_path / "small"
    small.mkdir()
    with mounted_tmpfs(small, "4m"):
        with pytest.raises(JournalError, match="free space"):
            archive.import_archive(bomb, small / "j.kizuna")
        assert list(small.iterdir()) == []


def test_a_disk_with_less_than_the_margin_free_is_named_as_such(tmp_path, monkeypatch):
    """Attacker review: "expands to more than 0 MB" when the disk had less than the margin."""
    from tests.store.test_faults_journal import mounted_tmpfs

    bomb = tmp_path / "bomb.zip"
    _bomb(bomb, 2 << 20)
    monkeypatch.setattr(archive, "FREE_MARGIN", 64 << 20)  # more than the disk holds
    small = tmp_path / "small"
    small.mkdir()
    with mounted_tmpfs(small, "4m"):
        with pytest.raises(JournalError, match="Not enough free space") as caught:
            archive.import_archive(bomb, small / "j.kizuna")
        assert "0 MB" not in str(caught.value).split("free")[0]
        assert list(small.iterdir()) == []


def test_counts_are_the_journals_own_and_the_name_does_not_matter(demo_journal, tmp_path):
    made = archive.export_archive(demo_journal, tmp_path / "journal.archive")
    with zipfile.ZipFile(made) as z:  # a manifest that claims far more
        entries = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(entries[archive.MANIFEST])
    manifest["counts"] = {"contacts": 999999, "interactions": 5}
    forged = tmp_path / "forged.bin"
    with zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(archive.MANIFEST, json.dumps(manifest))
        z.writestr(archive.MEMBER, entries[archive.MEMBER])
    assert archive.is_archive(forged) and not archive.is_archive(tmp_path)
    target = tmp_path / "restored.kizuna"
    r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(target), "import",
                        str(forged)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    with Journal.open(target) as j:
        from kizuna_desktop.services import search

        real = search.count(j, search.ContactFilter(include_archived=True))
    assert f": {real} contacts" in r.stdout and "999999" not in r.stdout


def test_an_encrypted_journals_archive_stays_encrypted(tmp_path):
    src = tmp_path / "secret.kizuna"
    with Journal.open(src, passphrase="correct horse") as j:
        from kizuna_desktop.services import contacts
        from kizuna_desktop.services.contacts import ContactInput

        contacts.create(j, ContactInput(family_name="秘密", given_name="花子",
                                        notes="confidential note"))
        made = archive.export_archive(j, tmp_path / "secret.zip")
    with zipfile.ZipFile(made) as z:
        member = z.read(archive.MEMBER)
    assert not member.startswith(b"SQLite format 3")
    for secret in ("秘密", "confidential note"):
        assert secret.encode("utf-8") not in member and secret.encode("utf-16-le") not in member
    target = tmp_path / "restored.kizuna"
    archive.import_archive(made, target, passphrase="correct horse")
    with Journal.open(target, passphrase="correct horse") as j, j.session() as s:
        from kizuna_desktop.store.models import Contact

        assert s.query(Contact).one().notes == "confidential note"
