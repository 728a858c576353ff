"""The dossier (kizuna show --json): every stored field of a contact, the career with dates,
partial dates in ISO form, and the interactions in the zone they happened in."""

from __future__ import annotations

from datetime import UTC, datetime

from kizuna_desktop.services import contacts, dossier, interactions, search
from kizuna_desktop.store.models import MethodKind


def test_partial_dates_in_iso_form():
    assert dossier.partial_date(1985, 4, 12) == "1985-04-12"
    assert dossier.partial_date(None, 2, 29) == "--02-29"
    assert dossier.partial_date(1985, 4, None) == "1985-04"
    assert dossier.partial_date(1985, None, None) == "1985"
    assert dossier.partial_date(None, None, None) is None


def test_the_whole_contact_as_plain_data(demo_journal):
    cid = search.resolve(demo_journal, "yamada taro").id
    d = contacts.get(demo_journal, cid).to_input()
    d.nickname = "タロさん"
    d.addresses = [contacts.AddressInput(label="work", postal_code="100-0005",
                                         region="東京都", city="千代田区",
                                         street="丸の内1-2-3")]
    d.methods.append(contacts.Method(kind=MethodKind.OTHER, label="skype work",
                                     value="yamada.t"))
    contacts.update(demo_journal, cid, d)
    data = dossier.dossier(demo_journal, cid)
    for key in ("id", "name", "family", "given", "family_reading", "given_reading",
                "family_latin", "given_latin", "honorific", "nickname", "emails", "phones",
                "urls", "handles", "addresses", "positions", "birthday", "tags",
                "interests", "notes", "cadence_days", "archived", "interactions", "gifts",
                "introductions"):
        assert key in data, key
    assert (data["name"], data["family"], data["given"]) == ("山田 太郎", "山田", "太郎")
    assert data["nickname"] == "タロさん" and data["birthday"] == "1971-05-12"
    assert data["emails"] == [{"value": "t.yamada@mitsuboshi-trading.example.co.jp",
                               "label": "work"}]
    assert {"value": "yamada.t", "label": "work", "service": "skype"} in data["handles"]
    (address,) = data["addresses"]
    assert address["postal_code"] == "100-0005" and address["city"] == "千代田区"
    assert address["text"] == "〒100-0005 東京都 千代田区 丸の内1-2-3"  # the parts joined
    current = [p for p in data["positions"] if p["current"]]
    assert [(p["organization"], p["title"], p["end"]) for p in current] == [
        ("三星商事株式会社", "部長", None)]
    assert data["positions"][0]["start"] == "2012-04-01"  # oldest first, dates ISO
    assert data["positions"][0]["organization_en"] == "Mitsuboshi Bank, Ltd."


def test_interactions_in_the_zone_they_happened_in(journal):
    a = contacts.create(journal, contacts.ContactInput(family_name="山田", given_name="太郎"))
    b = contacts.create(journal, contacts.ContactInput(given_latin="Anna",
                                                       family_latin="Schmidt"))
    interactions.create(journal, interactions.InteractionInput(
        kind="meeting", occurred_at=datetime(2026, 3, 2, 1, 30, tzinfo=UTC),
        summary="Kick-off", place="Otemachi", participant_ids=[a.id, b.id],
        zone="Asia/Tokyo"))
    (i,) = dossier.dossier(journal, a.id)["interactions"]
    assert (i["kind"], i["summary"], i["place"], i["people"]) == (
        "meeting", "Kick-off", "Otemachi", ["Anna SCHMIDT"])  # as the app writes it
    assert (i["local_time"], i["zone"]) == ("2026-03-02T10:30:00+09:00", "Asia/Tokyo")
