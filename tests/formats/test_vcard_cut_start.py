"""A vCard whose BEGIN:VCARD was cut off (GNOME evolution-data-server tests such a file):
its properties up to END:VCARD are read as the card, named in one line, instead of every line
being ignored as text outside any vCard."""

from __future__ import annotations

from kizuna_desktop.formats import vcard

CUT = (b"VERSION:3.0\r\nFN:Frank Dawson\r\nORG:Lotus Development Corporation\r\n"
       b"ADR;TYPE=WORK,POSTAL,PARCEL:;;6544 Battleford Drive\r\n ;Raleigh;NC;27613-3502;U.S.A.\r\n"
       b"TEL;TYPE=VOICE,WORK:+1-919-676-9515\r\nEMAIL;TYPE=INTERNET:fdawson@example.net\r\n"
       b"END:vCard\r\n"
       b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nN:Berg;Anna;;;\r\nEND:VCARD\r\n"
       b"stray text\r\n")


def test_a_card_without_its_begin_is_read_and_named():
    people, problems = vcard.read_vcards(CUT, "cut.vcf")
    frank, anna = people
    assert (frank.given_name, frank.family_name, frank.organization) == (
        "Frank", "Dawson", "Lotus Development Corporation")
    assert frank.phones == [("work", "+1-919-676-9515")]
    assert frank.emails == [("", "fdawson@example.net")]
    (adr,) = frank.addresses
    assert (adr.street, adr.city, adr.region, adr.postal_code, adr.country) == (
        "6544 Battleford Drive", "Raleigh", "NC", "27613-3502", "U.S.A.")
    assert (anna.given_name, anna.family_name) == ("Anna", "Berg")
    assert [(p.line, p.message) for p in problems] == [
        (1, "vCard without BEGIN:VCARD (its start cut off); read from this line to its "
            "END:VCARD"),
        (14, "text outside any vCard; ignored")]
