"""A quick run of the benchmark harness at a tiny size, so that `make bench` keeps working
(the real sizes run only under `make bench`)."""

from __future__ import annotations

import os

from bench import run
from bench.generate import generate
from kizuna_desktop import paths
from kizuna_desktop.services import check, search
from kizuna_desktop.store import Journal


def test_generator_writes_a_sound_journal_of_the_asked_shape(tmp_path):
    path = tmp_path / "s.kizuna"
    stats = generate(path, 300, interactions_per_contact=4, quiet=True)
    assert stats["contacts"] == 300 and stats["interactions"] == 300 * 4 + 5 * 1200
    with Journal.open(path) as j:
        assert check.run(j).ok
        assert search.count(j, search.ContactFilter(include_archived=True)) == 300
        assert search.page(j, search.ContactFilter(text="やまだ"), 0, 5)


def test_measurements_run_and_report_medians(tmp_path):
    path = tmp_path / "s.kizuna"
    generate(path, 200, interactions_per_contact=2, quiet=True)
    result = run.measure(path, 2, dict(os.environ))
    for key in ("cold start", "search keystroke (p95)", "open heavy contact", "follow-ups pane",
                "briefing PDF", "meishi sheet"):
        assert result[key]["median"] > 0 and result[key]["p95"] >= result[key]["median"]


def test_the_import_measure_runs_into_a_new_and_a_full_journal(tmp_path):
    path = tmp_path / "s.kizuna"
    generate(path, 150, interactions_per_contact=1, quiet=True)
    result = run.vcard_import(1, path, n=120)
    assert list(result) == ["import 120 vCards (new journal)", "import 120 vCards (into 150)",
                            "  … with its backup, as in the app"]
    assert all(v["median"] > 0 for v in result.values())
    with Journal.open(path) as j:  # the bench journal itself is left as it was
        assert search.count(j, search.ContactFilter(include_archived=True)) == 150
    # The backups the measure with backup made were removed after each run.
    assert not list((paths.data_dir() / "backups").rglob("*.kizuna"))
