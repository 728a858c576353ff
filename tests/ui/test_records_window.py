"""Issue 16 in the window, with real widgets over the demo journal: organisations (new, an
English name and a group, merge, undo), a new contact with company and title in one dialog,
a position edited, a promotion cancelled (nothing changes) and saved (timeline shows it, undo
removes it), a gift and an introduction seen in the timeline and the briefing, then undone."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image
from PySide6.QtCore import QDate

from kizuna_desktop.services import (
    briefing,
    contacts,
    introductions,
    ledger,
    organizations,
    photos,
    positions,
    search,
)
from kizuna_desktop.services.careers import Role
from tests.pdf.pdfcheck import text as pdf_text


def _org(w, name):
    return next(o for o in organizations.list_all(w.journal, name) if name in o.both_names)


def test_organisations_view_new_edit_group_merge_and_undo(qtbot, window):
    w = window
    view = w.show_organizations()
    assert view.isVisible() and view.table.rowCount() == len(organizations.list_all(w.journal))
    editor = view.new()
    editor.name_ja.setText("三星物流株式会社")
    editor.kind.setCurrentIndex(editor.kind.findData("supplier"))
    editor.save()
    made = _org(w, "三星物流")
    assert made.kind_label == "Supplier" and made.name_en == ""
    # Give it an English name and a group (the holding) through the editor.
    view.select(made.id)
    editor = view.edit()
    editor.name_en.setText("Mitsuboshi Logistics")
    holding = _org(w, "三星ホールディングス")
    editor.group.setCurrentIndex(editor.group.findData(holding.id))
    editor.save()
    got = organizations.get(w.journal, made.id)
    assert (got.name_en, got.group_name) == ("Mitsuboshi Logistics", holding.name_ja)
    # The view filters by kind and by the group's name.
    view.kind.setCurrentIndex(view.kind.findData("supplier"))
    shown = [(view.table.item(r, 0).text(), view.table.item(r, 2).text())
             for r in range(view.table.rowCount())]
    assert ("三星物流株式会社", "Supplier") in shown and {k for _, k in shown} == {"Supplier"}
    view.kind.setCurrentIndex(0)
    # Merge the trading company into the new one: its people follow; undo splits them.
    trading = _org(w, "三星商事")
    people = trading.people_now + trading.people_before
    view.select(trading.id)
    view.merge(made.id, confirm=False)
    assert organizations.get(w.journal, made.id).people_now + organizations.get(
        w.journal, made.id).people_before == people
    assert all(o.id != trading.id for o in organizations.list_all(w.journal, limit=1000))
    w.undo_action.trigger()
    assert organizations.get(w.journal, trading.id).people_now == trading.people_now
    w.undo_action.trigger()  # the edit
    assert organizations.get(w.journal, made.id).name_en == ""
    w.undo_action.trigger()  # the creation
    assert all(o.id != made.id for o in organizations.list_all(w.journal, limit=1000))
    w.redo_action.trigger()
    assert organizations.get(w.journal, made.id).name_ja == "三星物流株式会社"
    # An organisation nobody is at can be deleted (undoable); one with people cannot.
    empty = _org(w, "大和精密部品")
    view.reload()
    view.select(empty.id)
    assert view.delete()
    assert all(o.id != empty.id for o in organizations.list_all(w.journal, limit=1000))
    w.undo_action.trigger()
    assert organizations.get(w.journal, empty.id).kind_label == "Supplier"


def test_a_new_contact_with_company_title_and_photo_in_one_dialog(qtbot, window, tmp_path):
    w = window
    editor = w.new_contact()
    editor.family_name.setText("村上")
    editor.given_name.setText("春樹")
    editor.work.org.setEditText("北海道ワイナリー株式会社")  # a new organisation
    editor.work.department_ja.setText("営業部")
    editor.work.title_ja.setText("部長")
    editor.work.title_en.setText("General Manager")
    pic = tmp_path / "face.png"
    Image.new("RGB", (1200, 800), (180, 60, 40)).save(pic)
    assert editor.photo_box.set_file(str(pic))
    assert editor.photo_box.image.pixmap().width() == 96
    editor.save()
    assert not editor.isVisible()
    cid = search.resolve(w.journal, "村上 春樹").id
    d = contacts.get(w.journal, cid)
    p = d.current_position
    assert (p.organization_ja, p.department_ja, p.title_en, p.start_date) == (
        "北海道ワイナリー株式会社", "営業部", "General Manager", None)
    with Image.open(io.BytesIO(photos.get_photo(w.journal, cid))) as im:
        assert im.size == (512, 341)
    assert "部長" in w.contacts.model.rows[w.contacts.model.row_of(cid)].role
    w.undo_action.trigger()  # one step: the contact, its position and the new organisation
    assert not search.by_ids(w.journal, [cid])
    assert not organizations.list_all(w.journal, "北海道ワイナリー")


def test_new_contact_bad_input_names_every_field_and_writes_nothing(qtbot, window):
    w = window
    editor = w.new_contact()
    editor.work.title_ja.setText("部長")  # a title but no name and no organisation
    n = search.count(w.journal, search.ContactFilter(include_archived=True))
    editor.save()
    assert editor.isVisible()
    assert editor.rows["family_name"].error.isVisibleTo(editor)
    assert editor.rows["organization"].error.text().startswith("Name the organisation")
    assert search.count(w.journal, search.ContactFilter(include_archived=True)) == n
    editor._saved = True  # close without the unsaved-changes question
    editor.reject()


def test_edit_a_position_then_promotion_cancelled_then_saved_and_undone(qtbot, window):
    w = window
    cid = search.resolve(w.journal, "yamada taro").id
    w.contacts.select(cid)
    before = positions.history(w.journal, cid)
    editor = w.edit_contact()
    assert editor.work.org.currentText() == before[0].organization_ja + " / " + \
        before[0].organization_en
    # Edit a position: the English title of the current one.
    role = Role.of(before[0])
    role.title_en = "Senior General Manager"
    assert editor.career.edit_position(row=0, role=role)
    # A promotion is one field in the transfer, prefilled with the current position.
    promo = Role.of(editor.career.current)
    promo.title_ja, promo.title_en = "取締役", "Director"
    promo.start_date, promo.end_date = date(2026, 10, 1), None
    assert editor.career.record_transfer(data=promo)
    assert editor.career.table.item(0, 3).text() == "取締役 / Director"
    assert editor.work.title_ja.text() == "取締役"  # the first tab shows it too
    assert positions.history(w.journal, cid) == before  # nothing written yet
    # A transfer dated before the current position is refused with a message.
    early = Role.of(editor.career.current)
    early.start_date = date(2000, 1, 1)
    assert not editor.career.record_transfer(data=early)
    assert "not after the start" in editor.career.error.text()
    editor._saved = True  # Cancel (its "discard?" question is covered elsewhere)
    editor.reject()
    assert positions.history(w.journal, cid) == before
    # Again, and saved: the timeline shows the promotion; one undo removes all of it.
    editor = w.edit_contact()
    assert editor.career.edit_position(row=0, role=role)
    assert editor.career.record_transfer(data=promo)
    editor.save()
    hist = positions.history(w.journal, cid)
    assert (hist[0].title_en, hist[1].title_en, hist[1].end_date) == (
        "Director", "Senior General Manager", date(2026, 9, 30))
    w.contacts.select(cid)
    items = w.timeline.record_items("career")
    assert items and "Promoted to 取締役 / Director" in items[0].text(0)
    w.undo_action.trigger()
    assert positions.history(w.journal, cid) == before
    assert not any("取締役" in i.text(0) for i in w.timeline.record_items("career"))


def test_a_gift_and_an_introduction_in_the_timeline_and_briefing_then_undone(
        qtbot, window, tmp_path):
    w = window
    cid = search.resolve(w.journal, "kobayashi naoki").id
    w.contacts.select(cid)
    gifts_before = len(ledger.for_contact(w.journal, cid))
    dialog = w.new_gift()
    dialog.what.setText("北海道のワイン")
    dialog.value.setText("-30")
    dialog.save()
    assert dialog.isVisible() and "negative" in dialog.rows["value"].error.text()
    dialog.value.setText("12,000")
    dialog.occasion.setCurrentIndex(dialog.occasion.findData("oseibo"))
    dialog.date.setDate(QDate(2026, 12, 10))
    dialog.add_name.setText("池田 美穂")
    dialog.add_typed()
    assert dialog.people.count() == 2
    dialog.save()
    assert not dialog.isVisible()
    entries = ledger.for_contact(w.journal, cid)
    assert len(entries) == gifts_before + 1
    g = entries[0]
    assert (g.value, g.occasion.value, g.other_names) == (12000, "oseibo", ("池田 美穂",))
    shown = [i.text(0) for i in w.timeline.record_items("ledger")]
    assert any("お歳暮 oseibo" in t and "北海道のワイン" in t for t in shown)
    assert not any("oseibo" == t.split("·")[-1].strip() for t in shown)  # words, not values

    dialog = w.new_introduction()
    sato = search.resolve(w.journal, "佐藤 花子")
    dialog.introducer.setEditText("佐藤 花子")
    dialog.date.setDate(QDate(2026, 11, 1))
    dialog.note.setPlainText("chamber's autumn reception")
    dialog.save()
    assert not dialog.isVisible()
    intro = [v for v in introductions.for_contact(w.journal, cid) if v.introducer_id == sato.id]
    assert intro and intro[0].sentence() == "佐藤 花子 introduced 小林 直樹 to me"
    assert any("佐藤 花子 introduced 小林 直樹 to me" in i.text(0)
               for i in w.timeline.record_items("introduction"))

    pdf = briefing.write_pdf(w.journal, [cid], tmp_path / "b.pdf", briefing.Meeting(
        day=date(2026, 12, 20)))
    text = pdf_text(pdf.read_bytes()).replace("\n", " ")
    assert "佐藤 花子" in text and "Introduced by" in text
    assert "12,000 JPY" in text and "お歳暮" in text

    # Double-click edits: the gift dialog opens on the entry.
    item = next(i for i in w.timeline.record_items("ledger") if "北海道のワイン" in i.text(0))
    w.timeline._activated(item)
    assert w.gift_dialog.what.text() == "北海道のワイン" and w.gift_dialog.value.text() == "12000"
    w.gift_dialog.reject()

    w.undo_action.trigger()  # the introduction
    assert not [v for v in introductions.for_contact(w.journal, cid)
                if v.introducer_id == sato.id]
    w.undo_action.trigger()  # the gift
    assert len(ledger.for_contact(w.journal, cid)) == gifts_before
    assert not any("北海道のワイン" in i.text(0) for i in w.timeline.record_items("ledger"))
    w.redo_action.trigger()
    assert ledger.for_contact(w.journal, cid)[0].other_names == ("池田 美穂",)


def test_photo_set_in_the_editor_shows_by_the_timeline_and_undo_removes_it(
        qtbot, window, tmp_path):
    w = window
    cid = search.resolve(w.journal, "yamada taro").id
    w.contacts.select(cid)
    assert not w.timeline.photo.isVisible()
    editor = w.edit_contact()
    pic = tmp_path / "face.webp"
    Image.new("RGB", (640, 640), (20, 120, 60)).save(pic, "WEBP")
    assert editor.photo_box.set_file(str(pic))
    editor.save()
    qtbot.waitUntil(lambda: w.timeline.photo.isVisible(), timeout=3000)
    assert w.timeline.photo.pixmap().width() == 48
    w.undo_action.trigger()
    assert photos.get_photo(w.journal, cid) is None
    qtbot.waitUntil(lambda: not w.timeline.photo.isVisible(), timeout=3000)
    editor = w.edit_contact()
    assert not editor.photo_box.set_file(str(tmp_path / "missing.png"))
    (tmp_path / "x.gif").write_bytes(b"GIF89a....")
    assert not editor.photo_box.set_file(str(tmp_path / "x.gif"))
    assert "PNG, JPEG or WebP" in editor.photo_box.error.text()
    editor._saved = True
    editor.reject()


def test_a_gift_recorded_on_the_command_line_shows_in_the_open_window(qtbot, window,
                                                                       demo_path, capsys):
    from kizuna_desktop.cli import main

    w = window
    cid = search.resolve(w.journal, "kobayashi naoki").id
    w.contacts.select(cid)
    assert main(["--db", str(demo_path), "gift", "kobayashi naoki", "--received", "--what",
                 "夕張メロン", "--occasion", "ochugen", "--on", "2026-07-10"]) == 0
    capsys.readouterr()
    qtbot.waitUntil(lambda: any("夕張メロン" in i.text(0)
                                for i in w.timeline.record_items("ledger")), timeout=5000)
