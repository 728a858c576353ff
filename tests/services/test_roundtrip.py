"""Round trips: the demo journal written as vCard 3.0, vCard 4.0 and the journal's own CSV,
read into a new journal, gives every contact back field by field — compared as
``kizuna show --json`` gives them (services.dossier), minus ids and what contact files do
not carry (interactions, gifts, introductions)."""

from __future__ import annotations

import json

import pytest

from kizuna_desktop.services import contacts, dossier, export, importing, search
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import MethodKind

# Fields a format does not carry yet, with whose writer or reader that is: these are left
# out of the comparison (and named in the closing note), everything else must be equal.
KNOWN_GAPS: dict[str, set[str]] = {"vcard": set(), "vcard4": set(), "csv": set()}


def dossiers(journal: Journal) -> list[dict]:
    ids = [c.id for c in export._all(journal)]
    return [dossier.comparable(dossier.dossier(journal, cid)) for cid in ids]


def differences(before: list[dict], after: list[dict]) -> dict[str, int]:
    """Per field, how many contacts differ (contacts paired by their whole JSON where equal,
    else by name and e-mails)."""
    def key(d: dict) -> tuple:
        return (d["name"], tuple(e["value"] for e in d["emails"]))

    theirs = {key(d): d for d in after}
    out: dict[str, int] = {}
    for d in before:
        other = theirs.get(key(d))
        if other is None:
            out["(contact missing)"] = out.get("(contact missing)", 0) + 1
            continue
        for field in d:
            if d[field] != other.get(field):
                out[field] = out.get(field, 0) + 1
    if len(after) != len(before):
        out["(contact count)"] = len(after) - len(before)
    return out


def _richer(journal: Journal) -> None:
    """The demo with what it lacks: structured and text-only addresses, a nickname, middle
    name, prefix and suffix, web addresses, a Skype handle, partial birthdays, an
    anniversary, an archived contact."""
    yamada = search.resolve(journal, "yamada taro").id
    d = contacts.get(journal, yamada).to_input()
    d.nickname, d.middle_name, d.name_prefix, d.name_suffix = "Taro-san", "K.", "Dr.", "Jr."
    d.addresses = [
        contacts.AddressInput(label="work", postal_code="100-0005", region="東京都",
                              city="千代田区", street="丸の内1-2-3", extended="三星ビル 12階"),
        contacts.AddressInput(label="home", text="〒530-0001 大阪府大阪市北区梅田3-1")]
    d.methods += [contacts.Method(kind=MethodKind.WEBSITE, label="work",
                                  value="https://mitsuboshi.example.co.jp/"),
                  contacts.Method(kind=MethodKind.OTHER, label="skype", value="yamada.t")]
    d.birth_year, d.birth_month, d.birth_day = 1971, None, None  # the year alone
    d.anniversary_year, d.anniversary_month, d.anniversary_day = 2001, 6, 2
    contacts.update(journal, yamada, d)
    sato = search.resolve(journal, "sato hanako").id
    d = contacts.get(journal, sato).to_input()
    d.birth_year, d.birth_month, d.birth_day = 1980, 4, None  # a year and month
    contacts.update(journal, sato, d)
    contacts.set_archived(journal, sato)


@pytest.mark.parametrize("fmt", ["vcard", "vcard4", "csv"])
def test_demo_through_a_file_into_a_new_journal_gives_every_contact_back(
        demo_journal, tmp_path, fmt):
    _richer(demo_journal)
    data, _ = export.export_bytes(demo_journal, fmt, None)
    path = tmp_path / ("all.csv" if fmt == "csv" else "all.vcf")
    path.write_bytes(data)
    with Journal.open(tmp_path / "new.kizuna") as fresh:
        plan = importing.import_file(fresh, path)
        importing.apply(fresh, plan)
        before, after = dossiers(demo_journal), dossiers(fresh)
        assert search.count(fresh, search.ContactFilter(include_archived=True)) == len(before)
    gaps = KNOWN_GAPS[fmt]
    strip = [{k: v for k, v in d.items() if k not in gaps} for d in before]
    got = [{k: v for k, v in d.items() if k not in gaps} for d in after]
    diff = differences(strip, got)
    assert diff == {}, json.dumps(diff, ensure_ascii=False)
    assert sorted(json.dumps(d, ensure_ascii=False, sort_keys=True) for d in strip) == sorted(
        json.dumps(d, ensure_ascii=False, sort_keys=True) for d in got)
