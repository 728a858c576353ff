"""The organisation's dependency view (issue 24), from View > Organisations: the same
figures as the service, the checklist ticked and kept in the journal, the PDF exported, and
who can introduce you to an organisation."""

from __future__ import annotations

from kizuna_desktop.services import dependency
from kizuna_desktop.text import zones
from kizuna_desktop.ui import dependency_view
from kizuna_desktop.ui.main_window import MainWindow
from kizuna_desktop.ui.organizations_view import OrganizationsView
from tests.pdf import pdfcheck
from tests.services import network_journal as nj
from tests.ui.test_network_view import SHOTS


def test_dependency_view_shows_ticks_and_exports(qtbot, journal, tmp_path):
    ids = nj.build(journal)
    w = MainWindow(journal)
    qtbot.addWidget(w)
    orgs = OrganizationsView(w)
    qtbot.addWidget(orgs)
    orgs.select(ids.hokuto)
    dep_button, intro_button = [b for b in orgs.findChildren(dependency_view.QPushButton)
                                if b.text() in ("Dependency…", "Who can introduce me…")]
    dep_button.click()
    dlg = orgs.last_network_dialog
    assert isinstance(dlg, dependency_view.DependencyDialog)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.data is not None)  # read off the UI thread
    assert dlg.heading.text() == "Partner dependency: 北斗商会"
    assert dlg.review.text() == "Last business review: 2026-06-15"
    rows = [(dlg.customers.topLevelItem(i).text(0), dlg.customers.topLevelItem(i).text(1))
            for i in range(dlg.customers.topLevelItemCount())]
    assert rows == [("大和工業", "小林 翔")]
    assert dlg.hangs.topLevelItem(0).text(0) == "佐藤 一郎"
    assert dlg.hangs.topLevelItem(0).text(1) == "小林 翔"
    assert dlg.hangs.topLevelItem(0).text(2) == ""  # not one of several roads: lost entirely
    assert dlg.hangs.headerItem().text(1) == "Lost entirely if they leave"
    assert dlg.hangs.headerItem().text(2) == "One of several roads to"
    assert len(dlg.bars.counts) == 4
    # the chart of ties, as the report draws it (review 6): 佐藤 the one road to 小林
    assert [p.name for p in dlg.ties.staff] == ["中村 恵", "佐藤 一郎"]
    assert [p.name for p in dlg.ties.only] == ["小林 翔"]
    assert dlg.ties.breaks[ids.sato] == [ids.kobayashi] and not dlg.ties.shared[ids.sato]
    assert dlg.ties.accessibleName() == "Chart of ties: 2 at the partner, 1 only through them"
    box = dlg.checks["one_person"]
    box.setChecked(True)
    kept = {s.key: s for s in dependency.signs(journal, ids.hokuto)}
    assert kept["one_person"].checked and kept["one_person"].checked_on == zones.today()
    assert dlg.dates["one_person"].text() == f"ticked {zones.today().isoformat()}"
    out = dlg.export_dialog(str(tmp_path / "hokuto.pdf"))
    text = pdfcheck.text(out.read_bytes())
    assert "大和工業" in text and "佐藤 一郎" in text
    dlg.show()
    qtbot.waitUntil(dlg.isVisible)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "dependency-view.png"))
    orgs.select(ids.shirasagi)
    intro_button.click()
    paths = orgs.last_network_dialog
    qtbot.addWidget(paths)
    qtbot.waitUntil(lambda: paths.found is not None)  # searched off the UI thread
    assert paths.windowTitle() == "Who can introduce you to 白鷺重工"
    assert paths.tree.topLevelItem(0).text(0) == "you → 井上 真一 → 上田 香織"


def test_dependency_view_in_japanese_writes_japanese_dates(qtbot, qapp, journal, monkeypatch):
    from datetime import date

    from kizuna_desktop import i18n

    monkeypatch.setenv("KIZUNA_LANGUAGE", "ja")
    assert i18n.install(qapp) == "ja"
    try:
        ids = nj.build(journal)
        dependency.tick(journal, ids.hokuto, "one_person", on=date(2026, 11, 28))
        dlg = dependency_view.DependencyDialog(journal, ids.hokuto)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: dlg.data is not None)
        assert "2026年6月15日" in dlg.review.text() and "2026-" not in dlg.review.text()
        # the quarters too (review 6): 2025年12月3日 – / 2026年3月2日, never ISO
        assert len(dlg.bars.labels) == 4
        assert all("年" in lab and "月" in lab and "-" not in lab for lab in dlg.bars.labels)
        ticked = [lab.text() for lab in dlg.findChildren(dependency_view.QLabel)
                  if "2026年11月28日" in lab.text()]
        assert ticked, "the tick's date in Japanese"
    finally:
        i18n.install(qapp, "en")
