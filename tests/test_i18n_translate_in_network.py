"""i18n.translate_in: a text in a named language whatever the interface's (the network
service's evidence in a briefing written in the other language)."""

from __future__ import annotations

import pytest

from kizuna_desktop import i18n


@pytest.fixture
def language():
    before = i18n.current()
    yield i18n.use
    i18n.use(before)


def test_translate_in_either_language_from_either_interface(language):
    for interface in ("en", "ja"):
        language(interface)
        assert i18n.translate_in("ja", "services", "you") == "あなた"
        assert i18n.translate_in("en", "services", "you") == "you"
        assert i18n.current() == interface  # asking does not switch the interface


def test_translate_in_unknown_text_is_the_english_with_n_filled(language):
    language("en")
    assert i18n.translate_in("ja", "services", "no such text %n", n=3) == "no such text 3"
