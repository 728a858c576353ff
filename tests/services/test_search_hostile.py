"""Search survives whatever is typed or passed on a command line: control characters, the
last code point, lone surrogates (invalid UTF-8), and variation selectors (葛󠄀城 is found by
葛城), on the walk, the trigram and the vocabulary routes alike."""

from __future__ import annotations

import pytest

from bench.generate import generate
from kizuna_desktop.services import contacts, search
from kizuna_desktop.services.contacts import ContactInput
from kizuna_desktop.services.search import ContactFilter
from kizuna_desktop.store import Journal
from tests.conftest import copy_journal

HOSTILE = ["ya\x00mada", "\x00", "a\x00", "\U0010ffff", "a\U0010ffff", "山\U0010ffff",
           "\udcff\udcfe", "yama\udcffda", "\x1b[31m", "\ufeff", "\ufe00", "\"", "''",
           "*", "NEAR(", "a OR b", "\\", "%_", "^"]


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    # Past the list walk's reach, so that one- and two-character words are expanded
    # through the index's vocabulary (where the last code point once raised ValueError).
    path = tmp_path_factory.mktemp("large") / "l.kizuna"
    generate(path, 2500, interactions_per_contact=1, quiet=True)
    return path


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_answer_without_error(large, tmp_path, query):
    with Journal.open(copy_journal(large, tmp_path / "l.kizuna")) as j:
        rows = search.page(j, ContactFilter(text=query), 0, 50)
        assert isinstance(rows, list)
        assert search.count(j, ContactFilter(text=query)) >= len(rows)


def test_a_nul_inside_a_word_is_ignored(journal):
    cid = contacts.create(journal, ContactInput(family_name="山田", given_name="太郎",
                                                family_latin="Yamada", given_latin="Taro")).id
    assert [r.id for r in search.page(journal, ContactFilter(text="yama\x00da"), 0, 10)] == [cid]


def test_variation_selectors_are_folded_both_ways(journal):
    with_ivs = contacts.create(journal, ContactInput(family_name="葛\U000e0100城",
                                                     given_name="一郎")).id
    for query in ("葛城", "葛\U000e0100城", "葛城 一郎"):
        assert [r.id for r in search.page(journal, ContactFilter(text=query), 0, 10)] == \
            [with_ivs], query
    # The name itself keeps its variant: only matching ignores it.
    assert contacts.get(journal, with_ivs).family_name == "葛\U000e0100城"


def test_invalid_utf8_on_the_command_line_is_searched_not_fatal(tmp_path):
    """`kizuna contacts --search` with bytes that are not UTF-8 (Python hands them over as
    lone surrogates): the rest of the word is searched, one line of results, exit 0."""
    import os
    import subprocess
    import sys

    path = tmp_path / "j.kizuna"
    with Journal.open(path) as j:
        contacts.create(j, ContactInput(family_name="山田", family_latin="Yamada"))
    env = dict(os.environ, LC_ALL="C.UTF-8", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    for raw in (b"yama\xffda", b"\xff\xfe", b"\xed\xa0\x80"):
        r = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path),
                            "contacts", "--search", raw], env=env, capture_output=True,
                           timeout=120)
        assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
        assert b"Traceback" not in r.stderr
        if raw == b"yama\xffda":
            assert "山田" in r.stdout.decode("utf-8")
