"""`kizuna show --json` holds every address and contact field the journal holds: the
address's Latin form (and its 町域 / 丁目・番・号 parts) as Kizuna's own CSV and the vCards
carry it, read back through a real `kizuna show --json` process after a CSV round trip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

from kizuna_desktop.services import contacts, dossier, export, importing
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, PostalAddress

LATIN = "12F Mitsuboshi Bldg., 1-1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan"

# What the journal keeps for itself (ids, derived sort and search columns, times of the
# row) or shows under another name: not fields of the contact.
CONTACT_ELSEWHERE = {
    "id", "photo", "created_at", "updated_at", "sort_key", "sort_rank", "search_text",
    "last_interaction_at", "last_interaction_zone", "last_interaction_offset", "cold_after",
    "family_name", "given_name",  # family, given
    "birth_year", "birth_month", "birth_day", "anniversary_year", "anniversary_month",
    "anniversary_day"}  # birthday, anniversary (ISO, partial)


def _show(db) -> dict:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), "show",
                          "山田 太郎", "--json"], capture_output=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr.decode()
    return json.loads(out.stdout.decode("utf-8"))


def test_show_json_has_the_address_in_latin_letters_after_a_csv_round_trip(tmp_path):
    a, b = tmp_path / "a.kizuna", tmp_path / "b.kizuna"
    with Journal.open(a) as j:
        contacts.create(j, contacts.ContactInput(
            family_name="山田", given_name="太郎", addresses=[contacts.AddressInput(
                label="work", postal_code="100-0005", region="東京都", city="千代田区",
                street="丸の内1-1-1", extended="三星ビル 12F", country="日本",
                text="〒100-0005 東京都千代田区丸の内1-1-1 三星ビル 12F", latin=LATIN)]))
        data, _said = export.export_bytes(j, "csv", date(2026, 12, 2))
    (tmp_path / "out.csv").write_bytes(data)
    with Journal.open(b) as j:
        importing.import_with_backup(j, importing.import_file(j, tmp_path / "out.csv"))
    first, second = _show(a), _show(b)
    (address,) = first["addresses"]
    assert address["latin"] == LATIN
    assert {"label", "postal_code", "region", "city", "street", "extended", "country",
            "text", "po_box", "town", "block", "latin"} <= set(address)
    assert dossier.comparable(first) == dossier.comparable(second)


def test_show_json_leaves_out_no_column_of_the_contact_or_its_addresses(journal):
    c = contacts.create(journal, contacts.ContactInput(
        family_name="山田", given_name="太郎",
        addresses=[contacts.AddressInput(text="東京都千代田区丸の内1-1-1", latin=LATIN)]))
    data = dossier.dossier(journal, c.id)
    columns = {col.key for col in Contact.__table__.columns} - CONTACT_ELSEWHERE
    assert columns <= set(data), columns - set(data)
    address_columns = {col.key for col in PostalAddress.__table__.columns} \
        - {"id", "contact_id", "position"}  # the list's order is the position
    assert address_columns <= set(data["addresses"][0]), \
        address_columns - set(data["addresses"][0])
    assert data["addresses"][0]["latin"] == LATIN
