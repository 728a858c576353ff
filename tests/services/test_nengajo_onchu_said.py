"""御中 said aloud (review 5): a contact whose card goes to the company (御中) prints no
person and no joint names, which is right (never 御中 and 様 together), but nothing said
so. `nengajo list`, `nengajo print`, `labels` and the New Year view now name every card
whose 様 is dropped or stands for something else: the card to the company (御中), its joint
names then not printed, 御中 asked for with no company (the card keeps 様), a contact's own
honorific (先生) that the card writes as 様. Real journal, the CLI in process, the real
window."""

from __future__ import annotations

import json

from kizuna_desktop.cli import main
from kizuna_desktop.services import contacts, nengajo
from kizuna_desktop.services.contacts import AddressInput, ContactInput
from kizuna_desktop.store.db import Journal
from tests.services import nengajo_journal as nj


def _journal(path):
    with Journal.open(path) as j:
        ids = nj.build(j)
        # 木村 (御中 to 総務部) with joint names; 伊藤 asked 御中 with no company; 先生
        nengajo.mark(j, ids["kimura"], nj.YEAR, joint_names=["花子"])
        nengajo.mark(j, ids["never"], nj.YEAR, send=True, onchu=True)
        sensei = contacts.create(j, ContactInput(
            family_name="小林", given_name="誠", honorific="先生",
            addresses=[AddressInput(label="home", text="〒150-0002 東京都渋谷区渋谷2-21-1")])).id
        nengajo.mark(j, sensei, nj.YEAR, send=True)
    return ids


def test_list_print_and_labels_say_where_sama_is_dropped(tmp_path, capsys):
    db = tmp_path / "j.kizuna"
    _journal(db)
    assert main(["--db", str(db), "nengajo", "list", "--year", str(nj.YEAR)]) == 0
    out = capsys.readouterr().out
    assert "木村 拓也: joint names not printed on a 御中 card (花子)" in out, out
    assert "木村 拓也: the card is addressed to 総務部 御中, without the person's name or 様" in out
    assert "伊藤 誠: 御中 needs a company or department; the card goes to the person, with 様" \
        in out
    assert "小林 誠: the card writes 様 (the contact's honorific 先生 is not used on a card)" \
        in out
    # the others are addressed as usual: nothing said about them
    assert "山田 太郎:" not in out and "佐藤 一郎:" not in out
    assert main(["--db", str(db), "nengajo", "list", "--year", str(nj.YEAR), "--json"]) == 0
    cards = {c["family_name"]: c for c in json.loads(capsys.readouterr().out)["to_print"]}
    assert cards["木村"]["names"] == ["総務部 御中"]
    assert cards["木村"]["wording_notes"][1] == \
        "木村 拓也: joint names not printed on a 御中 card (花子)"
    assert cards["伊藤"]["names"] == ["伊藤 誠 様"] and cards["山田"]["wording_notes"] == []
    pdf = tmp_path / "cards.pdf"
    main(["--db", str(db), "nengajo", "print", "--year", str(nj.YEAR), "-o", str(pdf)])
    out = capsys.readouterr().out
    assert "Note: 木村 拓也: joint names not printed on a 御中 card (花子)" in out, out
    assert "Note: 伊藤 誠: 御中 needs a company" in out
    main(["--db", str(db), "labels", "--year", str(nj.YEAR), "-o", str(tmp_path / "l.pdf")])
    out = capsys.readouterr().out
    assert "Note: 木村 拓也: joint names not printed on a 御中 card (花子)" in out, out


def test_the_list_says_it_in_japanese(tmp_path, capsys, monkeypatch):
    from kizuna_desktop import i18n

    db = tmp_path / "j.kizuna"
    _journal(db)
    monkeypatch.setenv("KIZUNA_LANGUAGE", "ja")
    i18n.use("ja")
    try:
        assert main(["--db", str(db), "nengajo", "list", "--year", str(nj.YEAR)]) == 0
        out = capsys.readouterr().out
        assert "木村 拓也: 御中のはがきには連名（花子）を印刷しません" in out, out
    finally:
        i18n.use("en")


def test_the_view_names_it_for_the_selected_card(qtbot, tmp_path):
    from kizuna_desktop.ui.main_window import MainWindow

    db = tmp_path / "j.kizuna"
    _journal(db)
    with Journal.open(db) as j:
        w = MainWindow(j)
        qtbot.addWidget(w)
        w.show()
        [a for a in w.view_menu.actions() if a.text() == "New Year cards"][0].trigger()
        v = w.new_year
        qtbot.waitUntil(v.isVisible)
        v.year.setValue(nj.YEAR)
        row = next(i for i, r in enumerate(v.rows) if r.family_name == "木村")
        v.table.selectRow(row)
        qtbot.waitUntil(v.wording.isVisible)
        assert "joint names not printed on a 御中 card (花子)" in v.wording.text()
        assert "(花子)" in v.table.item(row, 0).toolTip()
        plain = next(i for i, r in enumerate(v.rows) if r.family_name == "山田")
        v.table.selectRow(plain)
        qtbot.waitUntil(lambda: not v.wording.isVisible())
        v.parentWidget().hide()
        w.save_layout()
        w.close()  # before the journal is
