"""Text a person could not have typed never reaches the journal: control characters are
removed from every contact field, line breaks in notes are kept as newlines (CRLF and CR
alike), and a line break in a one-line field becomes a space."""

from __future__ import annotations

from kizuna_desktop.services import contacts, validation
from kizuna_desktop.services.contacts import ContactInput, Method
from kizuna_desktop.store.models import MethodKind


def test_clean_text_rules():
    assert validation.clean_text("a\x00b\x1b[31mc\x7f") == ("ab[31mc", True)
    assert validation.clean_text("line1\r\nline2\rline3", multiline=True) == (
        "line1\nline2\nline3", False)
    assert validation.clean_text("two\nlines") == ("two lines", False)
    assert validation.clean_text("tab\tkept", multiline=True) == ("tab\tkept", False)
    assert validation.clean_text("山田\u0085太郎")[0] == "山田太郎"  # C1 NEL
    assert validation.control_characters("a\x00\x07") == (
        "Holds control characters (U+0000, U+0007), which were removed.")
    assert validation.control_characters("plain 山田\tand\nlines") is None


def test_contacts_are_stored_without_control_characters(journal):
    made = contacts.create(journal, ContactInput(
        family_name="山\x00田", given_name="太郎\x1b[2J", notes="first\r\nsecond\rthird\x00",
        methods=[Method(kind=MethodKind.EMAIL, value="taro\x00@example.jp", label="wo\x07rk")],
        tags=["\x00vip"]))
    d = contacts.get(journal, made.id)
    assert (d.family_name, d.given_name) == ("山田", "太郎[2J")
    assert d.notes == "first\nsecond\nthird"
    assert [(m.value, m.label) for m in d.methods] == [("taro@example.jp", "work")]
    assert d.tags == ["vip"]


def test_phones_are_kept_as_people_write_them():
    for ok in ("+1-555-555-5555;ext=5555", "03-5555-0101", "０３－５５５５－０１０１",
               "+81 3 5555 0101 ext. 12", "555-1234 x99", "03-5555-0101 内線 204",
               "0355550101p1234", "0355550101w#12", "*611", "sip:taro@example.jp",
               "(03) 5555-0101", "+49 (0)30 1234567"):
        assert validation.phone(ok) is None, ok
    for bad in ("taro@example.jp", "call me", "12", "http://example.jp", "0" * 81,
                "03-5555-0101 ext. 1234567890123"):
        assert validation.phone(bad), bad
