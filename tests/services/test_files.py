"""Files the app writes are its owner's only: 0600 files, 0700 folders (missing parents
included) under a permissive umask; a failed write leaves nothing behind."""

from __future__ import annotations

import os
import stat

import pytest

from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import files


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def test_written_files_and_made_folders_are_private(tmp_path, loose_umask):
    target = tmp_path / "a" / "b" / "c" / "export.vcf"
    files.write_atomically(target, b"BEGIN:VCARD\r\n")
    assert target.read_bytes() == b"BEGIN:VCARD\r\n"
    assert _mode(target) == 0o600
    for d in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert _mode(d) == 0o700, d


def test_replacing_a_public_file_makes_it_private(tmp_path, loose_umask):
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    files.write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and _mode(target) == 0o600


def test_existing_folders_keep_their_mode(tmp_path, loose_umask):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    files.write_atomically(shared / "x.csv", b"a")
    assert _mode(shared) == 0o755


def test_a_failed_write_leaves_no_part_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(KizunaError, match="Cannot write"):
        files.write_atomically(blocker / "under-a-file.pdf", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_a_symlink_is_written_through_and_kept(tmp_path):
    real = tmp_path / "real.vcf"
    real.write_bytes(b"old")
    link = tmp_path / "link.vcf"
    link.symlink_to(real)
    files.write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_device_or_pipe_is_written_in_place_never_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        files.write_atomically(fifo, b"through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a pipe, not a file put in its place
    devnull = tmp_path / "null"
    devnull.symlink_to("/dev/null")
    files.write_atomically(devnull, b"x")
    assert devnull.is_symlink() and os.path.realpath(devnull) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(KizunaError, match="it is a folder"):
        files.write_atomically(tmp_path, b"x")
