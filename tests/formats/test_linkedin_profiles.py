"""A LinkedIn profile is a LinkedIn handle in every reader, and a handle goes out as
X-SOCIALPROFILE: a contact from a CSV keeps one method for it through vCard and back (it
was a web address in the CSV, a handle after a vCard, and a second method on re-import)."""

from __future__ import annotations

from kizuna_desktop.formats import table, vcard, vcard_out

GOOGLE = (b"First Name,Last Name,E-mail 1 - Value,Website 1 - Label,Website 1 - Value,"
          b"Website 2 - Value\n"
          b"Taro,Yamada,taro@example.jp,Profile,https://www.linkedin.com/in/taro-yamada,"
          b"https://yamada.example/\n")


def test_a_linkedin_website_column_is_a_handle_and_survives_vcard():
    t = table.read_table(GOOGLE, "google.csv")
    (p,), problems = table.to_people(t, table.guess_mapping(t.headers))
    assert p.handles == [("linkedin", "profile", "https://www.linkedin.com/in/taro-yamada")]
    assert p.urls == [("", "https://yamada.example/")]
    for version in ("3.0", "4.0"):
        text = vcard_out.write_vcards([p], version)
        assert "X-SOCIALPROFILE" in text and "URL:https://www.linkedin" not in text
        (back,), _ = vcard.read_vcards(text.encode(), "out.vcf")
        assert back.handles == p.handles and back.urls == p.urls, version


def test_another_programs_linkedin_url_is_read_as_the_same_handle():
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yamada;Taro;;;\r\nFN:Taro Yamada\r\n"
            b"URL:https://www.linkedin.com/in/taro-yamada\r\nEND:VCARD\r\n")
    (p,), _ = vcard.read_vcards(card, "other.vcf")
    assert [(k, v) for k, _label, v in p.handles] == [
        ("linkedin", "https://www.linkedin.com/in/taro-yamada")]
    assert p.urls == []
