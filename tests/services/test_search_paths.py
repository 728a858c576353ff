"""Search at scale takes different routes (the trigram index driven by a whole word or by its
rarest trigrams, a walk down the list, the index's vocabulary for one- or two-character words,
keyset pages). Whatever the route, a search must list exactly the contacts whose search text
holds every word, in list order; and list order must survive creating, renaming, deleting and
restoring contacts. Checked against a brute-force reading of the journal the bench generator
writes (Japanese and Latin names, companies, e-mails)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from bench.generate import generate
from kizuna_desktop.services import check, contacts, indexing, search, snapshots
from kizuna_desktop.services.contacts import ContactInput
from kizuna_desktop.services.search import ContactFilter
from kizuna_desktop.store import Journal
from tests.conftest import copy_journal

QUERIES = [
    "y", "ya", "や", "山", "q", "zq", ".", "d.", "|",  # one or two characters
    "yamada", "やまだ", "山田", "tanaka denki", "example1", "emily.smith", "co., ltd.",
    "yamada t", "t yamada", "田中 電機", "yamada zq", "example42.co.jp", "nomatchatall",
]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic") / "s.kizuna"
    generate(path, 400, interactions_per_contact=1, quiet=True)
    return path


@pytest.fixture
def big(synthetic, tmp_path):
    j = Journal.open(copy_journal(synthetic, tmp_path / "s.kizuna"))
    yield j
    j.close()


def _expected(path, query: str, archived: bool = False) -> list[int]:
    """Read by brute force: every contact whose search text holds every word, those holding
    them all among their names first, then the others, each part in list order."""
    tokens = search.query_tokens(query)
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT id, search_text, archived FROM contacts ORDER BY sort_rank")
        found = [(cid, st) for cid, st, arch in rows
                 if (archived or not arch) and all(t in st for t in tokens)]
    if not tokens:
        return [cid for cid, _st in found]
    return [cid for cid, st in sorted(found, key=lambda r: _section(r[1], tokens))]


def _section(st: str, tokens: list[str]) -> int:
    names = st.split(indexing.ORGS_MARK)[0]
    return 0 if all(t in names for t in tokens) else 1


def _all_pages(journal, f: ContactFilter, size: int) -> list[int]:
    out, after = [], None
    while True:
        rows = search.page(journal, f, 0, size, after=after)
        out += [r.id for r in rows]
        if len(rows) < size:
            return out
        after = rows[-1].sort_rank


# Small windows and probes make a 400-contact journal take the routes a 100,000-contact one
# takes: walks that come up short, vocabulary lookups, trigrams too common to drive.
ROUTES = {
    "as shipped": {},
    "short walks": {"WINDOW": 15, "COUNT_WINDOW": 25},
    "common trigrams": {"PROBE": 20, "PHRASE_TERMS": 1},
    "every trigram drives": {"PROBE": 100_000, "PHRASE_TERMS": 1, "DRIVERS": 1},
}


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_lists_exactly_the_matches_in_list_order(big, synthetic, monkeypatch, route):
    for name, value in ROUTES[route].items():
        monkeypatch.setattr(search, name, value)
    for query in QUERIES:
        want = _expected(synthetic, query)
        f = ContactFilter(text=query)
        assert _all_pages(big, f, 7) == want, query
        assert [r.id for r in search.page(big, f, 0, 10)] == want[:10], query
        assert search.count(big, f) == len(want), query
        assert search.count_upto(big, f, 10) == (min(len(want), 10), len(want) > 10), query


def test_queries_cover_common_rare_and_empty_results(synthetic):
    sizes = {q: len(_expected(synthetic, q)) for q in QUERIES}
    assert sizes["zq"] == sizes["nomatchatall"] == sizes["yamada zq"] == 0
    assert sizes["y"] > 100 and 0 < sizes["tanaka denki"] < 40 and sizes["田中 電機"] > 0
    assert 0 < sizes["example1"] < sizes["co., ltd."]


def test_archived_contacts_combine_with_every_route(big, monkeypatch):
    with big.session() as s:
        s.execute(text("UPDATE contacts SET archived = 1 WHERE id % 3 = 0"))
    monkeypatch.setattr(search, "WINDOW", 15)
    for query in ("ya", "yamada", "example1", "t yamada"):
        assert _all_pages(big, ContactFilter(text=query), 9) == _expected(big.path, query), query
        everyone = ContactFilter(text=query, include_archived=True)
        assert _all_pages(big, everyone, 9) == _expected(big.path, query, archived=True)


def _order_ok(journal) -> list[str]:
    with journal.session() as s:
        keys = s.execute(text("SELECT sort_key FROM contacts ORDER BY sort_rank")).scalars().all()
        ranks = s.execute(text("SELECT sort_rank FROM contacts")).scalars().all()
    assert len(set(ranks)) == len(ranks)
    return keys


def test_list_order_follows_names_through_create_rename_delete_and_restore(journal):
    def add(family, reading):
        return contacts.create(journal, ContactInput(family_name=family,
                                                     family_reading=reading)).id

    ids = {r: add(f, r) for f, r in [("佐藤", "さとう"), ("青木", "あおき"), ("渡辺", "わたなべ"),
                                     ("加藤", "かとう")]}
    names = lambda: [c.reading for c in search.page(journal, ContactFilter(), 0, 50)]  # noqa: E731
    assert names() == ["あおき", "かとう", "さとう", "わたなべ"]
    contacts.update(journal, ids["あおき"], ContactInput(family_name="山本",
                                                         family_reading="やまもと"))
    assert names() == ["かとう", "さとう", "やまもと", "わたなべ"]
    snap = snapshots.contact(journal, ids["かとう"])
    contacts.delete(journal, ids["かとう"])
    assert names() == ["さとう", "やまもと", "わたなべ"]
    snapshots.restore(journal, snap)  # undo of the delete
    assert names() == ["かとう", "さとう", "やまもと", "わたなべ"]
    keys = _order_ok(journal)
    assert keys == sorted(keys)
    assert check.run(journal).ok


def test_many_contacts_at_one_place_in_the_list_renumber_and_keep_order(journal):
    for family, reading in [("青木", "あおき"), ("渡辺", "わたなべ")]:
        contacts.create(journal, ContactInput(family_name=family, family_reading=reading))
    # Each new 佐藤 goes between the last 佐藤 and 渡辺, halving that gap: past about 60 the
    # gap is gone and the whole list is renumbered.
    made = [contacts.create(journal, ContactInput(family_name="佐藤", family_reading="さとう",
                                                  given_name=f"{i:03}")).id
            for i in range(80)]
    listed = [c.id for c in search.page(journal, ContactFilter(text="さとう"), 0, 100)]
    assert listed == made  # equal names keep the order they came in
    keys = _order_ok(journal)  # 80 halvings of a 62-bit gap: only a renumbering fits them
    assert keys == sorted(keys)
    assert check.run(journal).ok


def test_check_finds_a_contact_out_of_list_order_and_repair_mends_it(big, synthetic):
    with big.session() as s:
        first, last = s.execute(text(
            "SELECT id FROM contacts WHERE sort_rank IN ((SELECT min(sort_rank) FROM contacts), "
            "(SELECT max(sort_rank) FROM contacts)) ORDER BY sort_rank")).scalars().all()
        s.execute(text("UPDATE contacts SET sort_rank = -sort_rank WHERE id = :i"), {"i": last})
    report = check.run(big)
    assert not report.ok
    assert any("out of place in list order" in p for p in report.problems)
    check.repair(big)
    assert check.run(big).ok
    listed = _all_pages(big, ContactFilter(include_archived=True), 100)
    assert listed[0] == first and listed[-1] == last
    assert _all_pages(big, ContactFilter(text="ya"), 50) == _expected(big.path, "ya")


def test_bulk_work_leaves_the_search_index_in_one_segment(big):
    with big.session() as s:
        indexing.renumber(s)
        segments = s.execute(text("SELECT count(DISTINCT segid) FROM contacts_fts_idx")).scalar()
    assert segments == 1


def test_a_bulk_import_into_a_journal_is_indexed_ordered_and_merged(big, synthetic, tmp_path):
    """An import of hundreds of records, some new (their names all along the list), some the
    same person as a contact there (same e-mail), some the same person as an earlier record
    of the file: the new contacts take ranks between the old ones, the search index takes
    them in one statement at the end, and a record merged into a contact made by the same
    import is found by what it added."""
    from kizuna_desktop.formats import vcard
    from kizuna_desktop.formats.records import Person
    from kizuna_desktop.services import importing

    with sqlite3.connect(synthetic) as db:
        old_email, old_id = db.execute("SELECT value, contact_id FROM contact_methods "
                                       "WHERE kind = 'email' ORDER BY id LIMIT 1").fetchone()
        # The same person is the same name and an e-mail in common (an e-mail alone, a
        # shared address, is not).
        old_family, old_given = db.execute("SELECT family_name, given_name FROM contacts "
                                           "WHERE id = ?", (old_id,)).fetchone()
        org_ja, org_en = db.execute("SELECT name_ja, name_en FROM organizations "
                                    "ORDER BY id LIMIT 1").fetchone()
    kana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよわ"
    people = [Person(family_name=f"新{i}", given_name="様",
                     family_reading=kana[i % len(kana)] + "だ",
                     emails=[("work", f"new{i}@import.example")],
                     organization=[org_ja, org_en.upper(), f"新会社{i % 7}"][i % 3])
              for i in range(600)]
    people.append(Person(family_name=old_family, given_name=old_given,
                         emails=[("work", old_email)], tags=["再会"], organization="合併先商事"))
    people.append(Person(family_name=old_family, given_name=old_given,
                         emails=[("home", old_email.upper())], tags=["二回目"],
                         notes="二度目の名刺", organization="合併先商事"))
    people.append(Person(family_name="新5", given_name="様", tags=["twinmark"],
                         emails=[("home", "twin@import.example"), ("work", "new5@import.example")]))
    path = tmp_path / "import.vcf"
    path.write_text(vcard.write_vcards(people), "utf-8")
    result = importing.apply(big, importing.import_file(big, path))
    assert (result.created, result.merged) == (600, 3)
    assert check.run(big).ok
    keys = _order_ok(big)
    assert keys == sorted(keys)
    for query in QUERIES + ["import.example", "新会社3", "#twinmark", "twin@import", "#再会"]:
        assert _all_pages(big, ContactFilter(text=query), 50) == _expected(big.path, query), query
    (twin,) = search.page(big, ContactFilter(text="#twinmark"), 0, 10)
    assert twin.written == "新5 様"
    (again,) = search.page(big, ContactFilter(text="#再会"), 0, 10)
    assert again.id == old_id
    # Two records merged into one contact: both added to it, the new organisation too.
    merged = contacts.get(big, old_id)
    assert {"再会", "二回目"} <= set(merged.tags) and "二度目の名刺" in merged.notes
    # Both records bring the same new organisation: one position there, not two.
    assert [p.organization_ja for p in merged.positions].count("合併先商事") == 1
    assert [c.id for c in search.page(big, ContactFilter(text="合併先商事"), 0, 10)] == [old_id]
    with sqlite3.connect(big.path) as db:  # the organisations there were found, not doubled
        assert db.execute("SELECT count(*) FROM organizations WHERE name_ja = ? OR "
                          "lower(name_en) = lower(?)", (org_ja, org_en)).fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM organizations WHERE name_ja LIKE '新会社%'"
                          ).fetchone()[0] == 7


def test_setting_the_index_aside_is_undone_with_the_transaction(big):
    """Renumbering and bulk imports drop the search index's triggers and the unique rank
    index and put them back; when the transaction fails, the rollback must bring them back
    even when nothing had been written before the drop."""
    def schema() -> list[str]:
        with sqlite3.connect(big.path) as db:
            return sorted(r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'contacts'"))

    before = schema()
    for work in (lambda s: indexing.renumber(s),
                 lambda s: indexing.search_index_deferred(s, 1).__enter__()):
        with pytest.raises(RuntimeError), big.session() as s:
            work(s)
            raise RuntimeError("fails after the drop")
        assert schema() == before
    assert check.run(big).ok


def test_the_deferred_search_index_follows_new_and_changed_contacts(big):
    """A bulk write sets the index's triggers aside and writes the index once at the end:
    new contacts go in, changed ones lose their old entry and get their new one (also when
    they moved in the list), untouched ones keep theirs; a renumbering inside (it rebuilds
    the index) is followed by a rebuild at the end; SQLite's index settings are left as
    they were. ``check`` compares every entry of the index with the table."""
    from kizuna_desktop.store.models import Contact

    def config() -> list[tuple]:
        with sqlite3.connect(big.path) as db:
            return sorted(db.execute("SELECT k, v FROM contacts_fts_config"))

    settings = config()
    for renumbered in (False, True):
        with big.session() as s:
            first = s.scalar(text("SELECT max(id) FROM contacts")) + 1
            a, b = s.execute(text("SELECT id FROM contacts ORDER BY id LIMIT 2")).scalars()
            with indexing.search_index_deferred(s, first, [a, b]):
                for n in range(3):
                    c = Contact()
                    s.add(c)
                    contacts.apply_input(s, c, contacts.validate(ContactInput(
                        family_name=f"新規{n}", family_latin=f"Shinki{renumbered}{n}")))
                ca, cb = s.get(Contact, a), s.get(Contact, b)
                ca.notes, ca.family_latin = "changed", f"Zzzmoved{renumbered}"  # a new rank
                contacts.apply_input(s, ca, contacts.detail_of(ca).to_input())
                cb.tags = contacts.tags_named(s, [f"deferred{renumbered}"])
                indexing.refresh(s, cb)
                if renumbered:
                    indexing.renumber(s)
        assert check.run(big).ok
        for query, want in ((f"shinki{renumbered}", 3), (f"zzzmoved{renumbered}", 1),
                            (f"#deferred{renumbered}", 1)):
            assert _all_pages(big, ContactFilter(text=query), 10) == _expected(
                big.path, query), query
            assert len(_expected(big.path, query)) == want, query
        assert config() == settings


def test_import_finds_the_same_person_by_name_and_organisation_as_a_full_read_would(big):
    """Records with no e-mail match an existing contact of the same written name at the
    same current organisation (Japanese or English name), or, with no organisation, one
    with none and the same reading; the first in list order wins. Compared with reading
    every contact's list row, as the importer once did."""
    import random

    from kizuna_desktop.formats.records import Person
    from kizuna_desktop.services import importing

    for given in ("太郎", "次郎"):  # two of one name with no position, and one more
        contacts.create(big, ContactInput(family_name="無職", given_name=given,
                                          family_reading="むしょく", given_reading="たろう"))
    contacts.create(big, ContactInput(family_name="無職", given_name="太郎",
                                      family_reading="むしょく", given_reading="たろう"))
    with big.session() as s:
        ids = s.execute(text("SELECT id FROM contacts")).scalars().all()
        # A second open position, older than the current one, at another organisation:
        # not where these people work now.
        s.execute(text(
            "INSERT INTO positions (contact_id, organization_id, department_ja, department_en, "
            "title_ja, title_en, start_date, end_date) "
            "SELECT p.contact_id, (SELECT max(id) FROM organizations) - p.organization_id % 5, "
            "'', '', '', '', '2001-01-01', NULL FROM positions p "
            "WHERE p.end_date IS NULL AND p.contact_id % 3 = 0"))
        side = dict(s.execute(text(
            "SELECT p.contact_id, o.name_ja FROM positions p JOIN organizations o "
            "ON o.id = p.organization_id WHERE p.start_date = '2001-01-01'")).all())
        former = dict(s.execute(text(
            "SELECT p.contact_id, o.name_ja FROM positions p JOIN organizations o "
            "ON o.id = p.organization_id WHERE p.end_date IS NOT NULL")).all())
    everyone = search.by_ids(big, ids)
    rng = random.Random(5)
    people = []
    for c in rng.sample(everyone, 150):
        n = c.name
        org = rng.choice([c.organization_ja, c.organization_en, former.get(c.id, ""), "",
                          "どこにもない会社", side.get(c.id, "")])
        reading = rng.choice([(n.family_reading, n.given_reading), ("", "")])
        people.append(Person(family_name=n.family_name, given_name=n.given_name,
                             family_reading=reading[0], given_reading=reading[1],
                             organization=org))
    people.append(Person(family_name="無職", given_name="太郎", family_reading="むしょく",
                         given_reading="たろう"))

    with big.session() as s:
        open_at: dict[int, set[str]] = {}
        for cid, ja, en in s.execute(text(
                "SELECT p.contact_id, o.name_ja, o.name_en FROM positions p JOIN "
                "organizations o ON o.id = p.organization_id WHERE p.end_date IS NULL")):
            open_at.setdefault(cid, set()).update(x.casefold() for x in (ja, en) if x)
        bare = set(s.execute(text(
            "SELECT id FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM contact_methods m "
            "WHERE m.contact_id = c.id AND m.kind IN ('email', 'phone')) AND NOT EXISTS "
            "(SELECT 1 FROM positions p WHERE p.contact_id = c.id AND p.end_date IS NULL)"
        )).scalars())

    def expected(p: Person) -> int | None:
        """The same name and an organisation where they work now (any open position, in
        any case); for a record with none, a contact with nothing but the name whom the
        record tells nothing new (here: the same reading or none)."""
        for c in sorted(everyone, key=lambda c: c.id):  # the first one found wins
            n = c.name
            if (n.family_name, n.given_name) != (p.family_name, p.given_name):
                continue
            if p.organization and p.organization.casefold() in open_at.get(c.id, ()):
                return c.id
            if not p.organization and c.id in bare and (
                    (p.family_reading, p.given_reading) in (
                        ("", ""), (n.family_reading, n.given_reading))):
                return c.id
        return None

    plan = importing.plan(big, "x.vcf", "vcard", people, [])
    assert len(plan.items) == len(people)
    found = [i.duplicate_of for i in plan.items]
    assert found == [expected(p) for p in people]
    assert sum(x is not None for x in found) > 30 and found.count(None) > 30
    assert found[-1] == min((c for c in everyone if c.written == "無職 太郎"),
                            key=lambda c: c.sort_rank).id
