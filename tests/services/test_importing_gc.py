"""Python's cyclic collector stays paused through an import's reading and planning and through
its writing with the backup (each pause ended runs it once): between the reader's pause and
the plan's it used to scan every record read, 0.2-0.4 s at 10,000 cards into 100,000 contacts,
freeing nothing (docs/PERFORMANCE.md). It is on again afterwards."""

from __future__ import annotations

import gc

from kizuna_desktop.formats import vcard
from kizuna_desktop.formats.records import Person
from kizuna_desktop.services import importing, search


def test_no_collection_runs_inside_an_import_and_the_collector_is_on_after(journal, tmp_path):
    people = [Person(family_name="山田", given_name=f"太郎{n}", organization="三星商事",
                     emails=[("work", f"taro{n}@example.jp")], line=n) for n in range(3000)]
    src = tmp_path / "many.vcf"
    src.write_text(vcard.write_vcards(people), "utf-8")
    runs: list[int] = []

    def seen(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    assert gc.isenabled()
    gc.collect()
    gc.callbacks.append(seen)
    try:
        plan = importing.import_file(journal, src)
        during_plan = len(runs)
        result = importing.import_with_backup(journal, plan)
        during_import = len(runs)
    finally:
        gc.callbacks.remove(seen)
    # (the one run each pause leaves comes at the first allocation after it)
    assert during_plan <= 1 and during_import <= 2, runs
    assert gc.isenabled()
    assert result.created == 3000
    assert search.count(journal, search.ContactFilter(text="taro2999@example.jp")) == 1
