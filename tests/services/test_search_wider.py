"""The search box finds people by what a user remembers of them (issue 18.4): phone digits
however typed, titles in either language, notes, interests, region; name matches first,
then the rest; an older journal's search text is brought up to date."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from kizuna_desktop.services import contacts, indexing, opening, organizations, positions, search
from kizuna_desktop.services.contacts import ContactInput, Method
from kizuna_desktop.services.organizations import OrganizationInput
from kizuna_desktop.services.positions import PositionInput
from kizuna_desktop.services.search import ContactFilter
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, JournalSetting, MethodKind


def _ids(journal, query, size=50):
    return [r.id for r in search.page(journal, ContactFilter(text=query), 0, size)]


@pytest.fixture
def kato(journal):
    """One person with every kind of detail, and a namesake-free bystander."""
    org = organizations.create(journal, OrganizationInput(name_ja="北斗物流", name_en="Hokuto"))
    cid = contacts.create(journal, ContactInput(
        family_name="加藤", given_name="誠", family_reading="かとう", given_reading="まこと",
        family_latin="Kato", given_latin="Makoto", region="東京都", interests="sake, golf",
        notes="Prefers calls before ten.", how_we_met="Trade fair in Osaka",
        methods=[Method(kind=MethodKind.PHONE, value="03-5555-0101"),
                 Method(kind=MethodKind.PHONE, value="+81 90 1234 5678")])).id
    positions.add(journal, cid, PositionInput(organization_id=org.id, department_ja="営業部",
                                              title_ja="部長", title_en="General Manager"))
    other = contacts.create(journal, ContactInput(family_name="森", given_name="愛",
                                                  family_latin="Mori", given_latin="Ai",
                                                  region="大阪府")).id
    return cid, other


@pytest.mark.parametrize("query", [
    "03-5555", "0355550101", "03 5555 0101", "+81 3 5555", "+81-3-5555-0101", "5555-0101",
    "０３－５５５５", "090-1234", "+81 90 1234 5678", "09012345678",
    "部長", "general manager", "General", "営業部",
    "sake", "before ten", "calls", "東京", "東京都", "osaka",
])
def test_found_by_what_a_user_remembers(journal, kato, query):
    cid, other = kato
    assert _ids(journal, query) == [cid], query


def test_a_phone_number_is_not_matched_by_unrelated_digits(journal, kato):
    assert _ids(journal, "03-5556") == []
    assert _ids(journal, "+82 3 5555") == []


def test_new_details_are_found_after_an_edit(journal, kato):
    cid, _ = kato
    data = contacts.get(journal, cid)
    contacts.update(journal, cid, ContactInput(
        family_name=data.family_name, given_name=data.given_name, notes="Loves karaoke",
        methods=[Method(kind=MethodKind.PHONE, value="06-1111-2222")]))
    assert _ids(journal, "karaoke") == [cid]
    assert _ids(journal, "06-1111") == [cid]
    assert _ids(journal, "03-5555") == [] and _ids(journal, "before ten") == []


def test_name_matches_come_first_then_the_rest_in_list_order(journal):
    # List order alone (gojūon by reading) would be 青木, 井上, 山田.
    note = contacts.create(journal, ContactInput(
        family_name="青木", family_reading="あおき", family_latin="Aoki",
        notes="Old friend of Yamada")).id
    org = organizations.create(journal, OrganizationInput(name_ja="山田商事",
                                                          name_en="Yamada Shoji"))
    works = contacts.create(journal, ContactInput(family_name="井上", family_reading="いのうえ",
                                                  family_latin="Inoue")).id
    positions.add(journal, works, PositionInput(organization_id=org.id, title_en="Buyer"))
    named = contacts.create(journal, ContactInput(family_name="山田", family_reading="やまだ",
                                                  family_latin="Yamada")).id
    assert _ids(journal, "yamada") == [named, note, works]
    assert _ids(journal, "山田") == [named, works]  # the note has it in Latin letters only
    # Pages of one, each after the last: the same order, none twice, none left out.
    out, after = [], None
    while rows := search.page(journal, ContactFilter(text="yamada"), 0, 1, after=after):
        out.append(rows[0].id)
        after = rows[0].sort_rank
    assert out == [named, note, works]
    assert search.count(journal, ContactFilter(text="yamada")) == 3
    # Every word must match: "yamada buyer" is Inoue's (company and title), nobody's name.
    assert _ids(journal, "yamada buyer") == [works]
    # A namesake of the company's founder: by name, before the people who work there.
    founder = contacts.create(journal, ContactInput(family_name="山田", given_name="商事",
                                                    family_latin="Yamada",
                                                    given_latin="Shoji")).id
    assert _ids(journal, "yamada shoji") == [founder, works]


def test_an_older_search_text_is_brought_up_to_date_on_opening(tmp_path):
    path = tmp_path / "old.kizuna"
    with Journal.open(path) as j:
        cid = contacts.create(j, ContactInput(family_name="加藤", notes="Loves sake",
                                              methods=[Method(kind=MethodKind.PHONE,
                                                              value="03-5555-0101")])).id
        with j.session() as s:  # as version 1 wrote it: names only, no sections
            s.execute(Contact.__table__.update().values(search_text="加藤 | "))
            s.execute(delete(JournalSetting).where(
                JournalSetting.key == indexing.SEARCH_TEXT_KEY))
        assert _ids(j, "sake") == []
    opened = opening.open_journal(path)
    j = opened.journal_or_raise()
    try:
        assert _ids(j, "sake") == [cid] and _ids(j, "03-5555") == [cid]
        with j.session() as s:
            assert s.scalar(select(JournalSetting.value).where(
                JournalSetting.key == indexing.SEARCH_TEXT_KEY)) == \
                str(indexing.SEARCH_TEXT_VERSION)
            assert indexing.bring_up_to_date(s) == 0  # once only
    finally:
        j.close()


def test_check_names_an_older_search_text_and_repair_brings_it_up_to_date(journal):
    from kizuna_desktop.services import check

    cid = contacts.create(journal, ContactInput(family_name="加藤", notes="Loves sake")).id
    with journal.session() as s:
        indexing.mark_search_text_current(s)
    assert check.run(journal).ok
    with journal.session() as s:
        s.execute(Contact.__table__.update().values(search_text="加藤 | "))
        s.execute(delete(JournalSetting).where(JournalSetting.key == indexing.SEARCH_TEXT_KEY))
    assert any("older version" in p for p in check.run(journal).problems)
    check.repair(journal)
    assert check.run(journal).ok and _ids(journal, "sake") == [cid]
