"""A backup written by a run that was killed before it recorded it (an import's backup made
alongside) is checked and recorded at the next opening, so no backup stays "not checked"
for good (review of issue 15)."""

from __future__ import annotations

import os
import time

from kizuna_desktop.services import backup, opening
from kizuna_desktop.store import Journal
from kizuna_desktop.store.copying import backup_to


def test_an_unrecorded_backup_is_checked_at_the_next_opening(demo_path):
    with Journal.open(demo_path) as j:
        made = backup_to(j, backup._new_backup_path(j, "before-import"))
    old = time.time() - 300
    os.utime(made, (old, old))
    (info,) = [i for i in backup.backup_infos(demo_path) if i.path == made]
    assert info.verified is None  # what the killed run left
    o = opening.open_journal(demo_path)
    o.journal.close()
    (info,) = [i for i in backup.backup_infos(demo_path) if i.path == made]
    assert info.verified is True and info.contacts and info.contacts > 30
    assert info.kind == "before-import"


def test_a_backup_being_written_now_is_left_for_later(demo_path):
    with Journal.open(demo_path) as j:
        made = backup_to(j, backup._new_backup_path(j, "before-import"))
    assert backup.verify_unrecorded(demo_path, None) == []
    (info,) = [i for i in backup.backup_infos(demo_path) if i.path == made]
    assert info.verified is None
