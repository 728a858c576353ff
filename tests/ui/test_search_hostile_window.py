"""The contacts list after hostile search input (issue 19.5): every query answers, and the
list then shows that query's rows, never the previous query's."""

from __future__ import annotations

import pytest

from kizuna_desktop.services import contacts, search
from kizuna_desktop.services.contacts import ContactInput
from kizuna_desktop.services.search import ContactFilter
from kizuna_desktop.ui.contacts_pane import ContactsModel

HOSTILE = ["ya\x00mada", "\x00", "\U0010ffff", "山\U0010ffff", "\udcff\udcfe", "yama\udcffda",
           "\x1b[31m", "\ufe00", "\"", "NEAR(", "a OR b", "%_", "*", "\x1e", "\x1f",
           "\U000f0079\U000f0061\U000f006d"]  # the last: "yam" as the names' copy holds it


@pytest.mark.parametrize("query", HOSTILE)
def test_the_list_shows_the_hostile_query_s_own_rows(qtbot, journal, query):
    yamada = contacts.create(journal, ContactInput(family_name="山田", family_latin="Yamada")).id
    contacts.create(journal, ContactInput(family_name="森", family_latin="Mori"))
    model = ContactsModel(journal)
    model.set_filter(ContactFilter(text="mori"))
    assert [r.family_name for r in (row.name for row in model.rows)] == ["森"]
    model.set_filter(ContactFilter(text=query))
    assert [r.id for r in model.rows] == \
        [r.id for r in search.page(journal, ContactFilter(text=query), 0, 50)]
    if not search.query_tokens(query):  # nothing left to look for: the whole list
        assert len(model.rows) == 2
    else:
        assert all(r.name.family_name != "森" for r in model.rows)
    if "yama" in query:  # NUL and lone surrogates are ignored inside a word
        assert [r.id for r in model.rows] == [yamada]
    qtbot.waitUntil(lambda: not model.counting)
