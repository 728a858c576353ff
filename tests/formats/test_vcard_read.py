"""Reading the vCards people really have: one test per class of failure of issue 14, on small
cards written here from RFC 2426 (3.0), RFC 6350 (4.0), RFC 6715 and vCard 2.1, and from what
iPhone, Android, Outlook and Japanese phones are documented to write. Each asserts every field
that must arrive, and what is said about what does not."""

from __future__ import annotations

import base64

from kizuna_desktop.formats import vcard
from kizuna_desktop.formats.records import Address, Person, Problem, Role

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(range(200))


def card(*lines: str, version: str = "3.0") -> bytes:
    return ("BEGIN:VCARD\r\nVERSION:" + version + "\r\n" + "\r\n".join(lines)
            + "\r\nEND:VCARD\r\n").encode("utf-8")


def one(data: bytes) -> tuple[Person, list[str]]:
    (p,), problems = vcard.read_vcards(data, "x.vcf")
    return p, [str(x) for x in problems]


def test_birthdays_with_and_without_year_and_partial():
    data = b"".join([
        card("N:Apple;A;;;", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-09"),
        card("N:Plain;B;;;", "BDAY:--03-09"),
        card("N:Basic;C;;;", "BDAY:--0309", version="4.0"),
        card("N:Year;D;;;", "BDAY:1985", version="4.0"),
        card("N:Month;E;;;", "BDAY:1985-04", version="4.0"),
        card("N:Time;F;;;", "BDAY:1971-05-12T00:00:00Z"),
        card("N:Bad;G;;;", "EMAIL:g@example.jp", "BDAY:next spring"),
        card("N:Leap;H;;;", "BDAY:--02-29", "ANNIVERSARY:20090808T1430-0500", version="4.0")])
    people, problems = vcard.read_vcards(data, "x.vcf")
    assert [p.birthday for p in people] == [
        (None, 3, 9), (None, 3, 9), (None, 3, 9), (1985, None, None), (1985, 4, None),
        (1971, 5, 12), None, (None, 2, 29)]
    assert people[6].emails == [("", "g@example.jp")]  # the card comes in without it
    assert people[7].anniversary == (2009, 8, 8)
    assert [str(p) for p in problems] == ["x.vcf:35: BDAY “next spring” is not a date; left out"]


def test_rfc_6350_example_card_comes_in_whole():
    """RFC 6350 section 8: refused before because of its phone's extension."""
    data = card(
        "FN:Simon Perreault", "N:Perreault;Simon;;;ing. jr,M.Sc.", "BDAY:--0203",
        "ANNIVERSARY:20090808T1430-0500", "GENDER:M", "LANG;PREF=1:fr", "LANG;PREF=2:en",
        "ORG;TYPE=work:Viagenie",
        "ADR;TYPE=work:;Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada",
        'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102',
        'TEL;VALUE=uri;TYPE="work,cell,voice,video,text":tel:+1-418-262-6501',
        "EMAIL;TYPE=work:simon.perreault@viagenie.ca", "GEO;TYPE=work:geo:46.772673,-71.282945",
        "KEY;TYPE=work;VALUE=uri:http://www.viagenie.ca/simon.perreault/simon.asc",
        "TZ:-0500", "URL;TYPE=home:http://nomis80.org", version="4.0")
    p, problems = one(data)
    assert (p.family_name, p.given_name, p.name_suffix) == ("Perreault", "Simon",
                                                            "ing. jr,M.Sc.")
    assert (p.birthday, p.anniversary) == ((None, 2, 3), (2009, 8, 8))
    assert p.organization == "Viagenie"
    assert p.addresses == [Address(label="work", extended="Suite D2-630", street="2875 Laurier",
                                   city="Quebec", region="QC", postal_code="G1V 2M2",
                                   country="Canada")]
    assert p.phones == [("work", "+1-418-656-9254;ext=102"),
                        ("work,cell,video,text", "+1-418-262-6501")]
    assert p.emails == [("work", "simon.perreault@viagenie.ca")]
    assert p.urls == [("home", "http://nomis80.org")]
    assert p.notes == "Gender: M"
    assert problems == ["x.vcf: GENDER on 1 card kept in notes",
                        "x.vcf: GEO on 1 card not imported", "x.vcf: KEY on 1 card not imported",
                        "x.vcf: LANG on 1 card not imported", "x.vcf: TZ on 1 card not imported"]


def test_phones_keep_extensions_dial_strings_sip_and_pagers_as_written():
    p, problems = one(card(
        "N:Tel;Many;;;", "TEL;TYPE=CELL:090-1234-5678p123w45", "TEL;TYPE=WORK:03-5555-0101,,22",
        "TEL:sip:taro@voip.example.jp", "TEL;TYPE=PAGER:0120-55-5555",
        "TEL;VALUE=uri:tel:+81-3-5555-0101;ext=12"))
    assert problems == []
    assert p.phones == [("cell", "090-1234-5678p123w45"), ("work", "03-5555-0101,,22"),
                        ("", "sip:taro@voip.example.jp"), ("pager", "0120-55-5555"),
                        ("", "+81-3-5555-0101;ext=12")]


def test_emails_written_with_a_name_or_mailto():
    p, problems = one(card("N:Mail;M;;;", 'EMAIL;TYPE=INTERNET:"Taro Yamada" <taro@example.jp>',
                           "EMAIL:Hanako <hanako@example.jp>", "EMAIL:mailto:m@example.jp"))
    assert problems == []
    assert p.emails == [("", "taro@example.jp"), ("", "hanako@example.jp"),
                        ("", "m@example.jp")]


def test_organisations_with_commas_in_2_1_quoted_printable_and_3_0():
    data = b"".join([
        card("N:Comma;A;;;", "ORG:Smith, Jones & Co", version="2.1"),
        card("N:Qp;B;;;", "ORG;ENCODING=QUOTED-PRINTABLE:Smith=2C Jones & Co;Sales=2C Tokyo",
             version="2.1"),
        card("N:Escaped;C;;;", "ORG:Acme\\, Inc.;Sales, Tokyo;Team 2")])
    people, problems = vcard.read_vcards(data, "x.vcf")
    assert problems == []
    assert [(p.organization, p.department) for p in people] == [
        ("Smith, Jones & Co", ""), ("Smith, Jones & Co", "Sales, Tokyo"),
        ("Acme, Inc.", "Sales, Tokyo Team 2")]


def test_each_property_in_its_own_charset():
    """A German card in ISO-8859-1 inside a UTF-8 file, and one in Windows-1252 without a
    CHARSET in a file that is not UTF-8."""
    data = (card("N:山田;太郎;;;") + b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
            b"N;CHARSET=ISO-8859-1:M\xfcller;J\xfcrgen;;;\r\n"
            b"ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller GmbH\r\n"
            b"NOTE;CHARSET=UTF-8:Gr\xc3\xbc\xc3\x9fe\r\nEND:VCARD\r\n")
    (yamada, muller), problems = vcard.read_vcards(data, "x.vcf")
    assert problems == []
    assert (yamada.family_name, yamada.given_name) == ("山田", "太郎")
    assert (muller.family_name, muller.given_name, muller.organization, muller.notes) == (
        "Müller", "Jürgen", "Müller GmbH", "Grüße")
    (latin,), problems = vcard.read_vcards(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dupont;Ren\xe9e;;;\r\nEND:VCARD\r\n", "x.vcf")
    assert (latin.family_name, latin.given_name) == ("Dupont", "Renée")  # (not Ren鴇)
    assert [(str(p), p.kind) for p in problems] == [
        ("x.vcf: text that is not UTF-8 and names no CHARSET read as Windows-1252 (Latin-1)",
         "kept_as_text")]
    # a value that is not what its CHARSET says: what can be read is kept, the rest named
    (bad,), problems = vcard.read_vcards(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Bad;B;;;\r\n"
        b"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=C3=91=80\r\nEND:VCARD\r\n",
        "x.vcf")
    assert bad.organization == "ÑÑ\ufffd"
    assert [(str(p), p.kind) for p in problems] == [
        ("x.vcf:4: ORG: not valid UTF-8; characters replaced by �", "kept_as_text")]
    # Shift_JIS without a CHARSET, as Japanese phones write it: 田中 (no kana to tell it by)
    (tanaka,), problems = vcard.read_vcards(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:" + "田中;一郎".encode("cp932")
        + b";;;\r\nEND:VCARD\r\n", "x.vcf")
    assert (tanaka.family_name, tanaka.given_name) == ("田中", "一郎")
    assert [str(p) for p in problems] == [
        "x.vcf: text that is not UTF-8 and names no CHARSET read as Shift_JIS"]


def test_escapes_are_undone():
    p, problems = one(card("N:Esc;E;;;", "URL:http\\://example.com/a\\,b", "NOTE:a\\;b\\\\c\\Nd"))
    assert problems == []
    assert p.urls == [("", "http://example.com/a,b")]
    assert p.notes == "a;b\\c\nd"


def test_ios_6_cr_cr_lf_line_ends_with_a_folded_photo():
    b64 = base64.b64encode(JPEG).decode()
    folded = "\r\r\n ".join(b64[i:i + 72] for i in range(0, len(b64), 72))
    data = ("BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Doe;John;;;\r\r\nFN:John Doe\r\r\n"
            "NOTE:line one\r\r\n  continued\r\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\r\n"
            "TEL;type=CELL:555-1234\r\r\nEND:VCARD\r\r\n").encode()
    p, problems = one(data)
    assert problems == []
    assert (p.family_name, p.given_name, p.notes) == ("Doe", "John", "line one continued")
    assert (p.photo, p.photo_type, p.phones) == (JPEG, "image/jpeg", [("cell", "555-1234")])


def test_latin_phonetic_fields_never_replace_a_latin_name():
    data = b"".join([
        card("N:Doe;John;;;", "X-PHONETIC-FIRST-NAME:Jon", "X-PHONETIC-LAST-NAME:Dow"),
        card("N:Doe;Jane;;;", "SORT-STRING:Doe"),
        card("N:山田;太郎;;;", "X-PHONETIC-LAST-NAME:Yamada", "X-PHONETIC-FIRST-NAME:Taro"),
        card("N:佐藤;花子;;;", "SORT-STRING:さとう はなこ")])
    (john, jane, yamada, sato), problems = vcard.read_vcards(data, "x.vcf")
    assert (john.family_name, john.given_name, john.family_reading, john.given_reading,
            john.family_latin) == ("Doe", "John", "", "", "")
    assert (jane.family_name, jane.family_reading) == ("Doe", "")
    assert (yamada.family_reading, yamada.family_latin, yamada.given_latin) == (
        "", "Yamada", "Taro")
    assert (sato.family_reading, sato.given_reading) == ("さとう", "はなこ")
    assert [(str(p), p.kind) for p in problems] == [
        ("x.vcf:1: X-PHONETIC-LAST-NAME “Dow” is not a kana reading of “Doe”; left out",
         "problem"),
        ("x.vcf:1: X-PHONETIC-FIRST-NAME “Jon” is not a kana reading of “John”; left out",
         "problem")]


def test_formatted_name_split_family_first_when_japanese():
    data = b"".join([card("N:;;;;", "FN:山田 太郎"), card("FN:John Smith"),
                     card("N:;;;;", "FN:info@example.jp", "EMAIL:info@example.jp")])
    (yamada, smith, info), problems = vcard.read_vcards(data, "x.vcf")
    assert problems == []
    assert (yamada.family_name, yamada.given_name) == ("山田", "太郎")
    assert (smith.family_name, smith.given_name) == ("Smith", "John")
    assert (info.family_name, info.given_name, info.label) == ("", "", "info@example.jp")


def test_address_parts_extended_address_and_po_box_kept():
    p, problems = one(card(
        "N:住所;多;;;",
        "ADR;TYPE=HOME:;東京都千代田区丸の内1-1-1 三星ビル12階;;;;;",  # as Android writes it
        "ADR;TYPE=WORK:私書箱12号;3F;丸の内2-2-2;千代田区;東京都;100-0005;日本",
        "ADR;TYPE=WORK:;;;;;;",
        "item1.ADR:;;1 Main St;Springfield;IL;62701;USA",
        "item1.X-ABLabel:_$!<Other>!$_",
        "item1.LABEL:1 Main St\\nSpringfield IL 62701"))
    assert problems == []
    assert p.addresses == [
        Address(label="home", extended="東京都千代田区丸の内1-1-1 三星ビル12階"),
        Address(label="work", po_box="私書箱12号", extended="3F", street="丸の内2-2-2",
                city="千代田区", region="東京都", postal_code="100-0005", country="日本"),
        Address(label="other", street="1 Main St", city="Springfield", region="IL",
                postal_code="62701", country="USA", text="1 Main St\nSpringfield IL 62701")]


def test_title_without_an_organisation_and_more_organisations_as_roles():
    data = b"".join([
        card("N:Title;Only;;;", "TITLE:Freelance translator"),
        card("N:Multi;Org;;;", "ORG:Company", "TITLE:Engineer", "ORG:Mystery;Night shift",
             "TITLE:Blogger", version="2.1")])
    (only, multi), problems = vcard.read_vcards(data, "x.vcf")
    assert problems == []
    assert (only.title, only.organization) == ("Freelance translator", "")
    assert (multi.organization, multi.title) == ("Company", "Engineer")
    assert multi.past_positions == [Role(organization="Mystery", department="Night shift",
                                         title="Blogger")]


def test_vcard_4_sort_as_readings_and_altid_language_pairs():
    p, problems = one(card(
        'N;ALTID=1;LANGUAGE=ja;SORT-AS="やまだ,たろう":山田;太郎;;;',
        "N;ALTID=1;LANGUAGE=en:Yamada;Taro;;;",
        "FN:山田 太郎",
        "ORG;ALTID=1;LANGUAGE=en:Mitsuboshi Trading;Machinery Division",
        "ORG;ALTID=1;LANGUAGE=ja;SORT-AS=みつぼししょうじ:三星商事;機械部",
        "TITLE;ALTID=2;LANGUAGE=ja:部長", "TITLE;ALTID=2;LANGUAGE=en:General Manager",
        version="4.0"))
    assert problems == []
    assert (p.family_name, p.given_name, p.family_reading, p.given_reading) == (
        "山田", "太郎", "やまだ", "たろう")
    assert (p.family_latin, p.given_latin) == ("Yamada", "Taro")
    assert (p.organization, p.department, p.organization_reading) == ("三星商事", "機械部",
                                                                      "みつぼししょうじ")
    assert (p.organization_en, p.department_en) == ("Mitsuboshi Trading", "Machinery Division")
    assert (p.title, p.title_en) == ("部長", "General Manager")


def test_apple_phonetic_organisation_and_name_parts_and_nickname():
    p, problems = one(card("N:Smith;Emily;Jane;Dr.;PhD", "NICKNAME:Em,Emmy",
                           "ORG:三星商事", "X-PHONETIC-ORG:みつぼししょうじ"))
    assert problems == []
    assert (p.family_name, p.given_name, p.middle_name, p.name_prefix, p.name_suffix) == (
        "Smith", "Emily", "Jane", "Dr.", "PhD")
    assert (p.nickname, p.organization_reading) == ("Em, Emmy", "みつぼししょうじ")


def test_handles_from_impp_and_x_properties_in_file_order():
    p, problems = one(card(
        "N:Handle;H;;;", "IMPP;X-SERVICE-TYPE=Skype:skype:taro.yamada", "X-SKYPE;TYPE=WORK:taro2",
        "X-LINE:yamada.line", "IMPP:xmpp:taro@jabber.example", "IMPP:sip:taro@voip.example",
        "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/taro_y",
        "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/taro",
        "URL:https://www.linkedin.com/in/taro-yamada", "URL;TYPE=WORK:https://example.co.jp/"))
    assert problems == []
    assert p.handles == [
        ("skype", "", "taro.yamada"), ("skype", "work", "taro2"),
        ("line", "", "yamada.line"), ("xmpp", "", "xmpp:taro@jabber.example"),
        ("sip", "", "sip:taro@voip.example"), ("x", "", "https://twitter.com/taro_y"),
        ("linkedin", "", "https://www.linkedin.com/in/taro"),
        ("linkedin", "", "https://www.linkedin.com/in/taro-yamada")]
    assert p.urls == [("work", "https://example.co.jp/")]


def test_interests_and_hobbies_rfc_6715():
    p, problems = one(card("N:Hobby;H;;;", "INTEREST;LEVEL=high:Golf", "HOBBY:Sake brewing",
                           "INTEREST:Violin", version="4.0"))
    assert problems == []
    assert p.interests == "Golf, Violin, Sake brewing"


def test_an_organisations_card():
    data = b"".join([
        card("KIND:org", "FN:株式会社浪速テック", "ORG:株式会社浪速テック",
             "TEL;TYPE=work:06-5555-0303", version="4.0"),
        card("N:;;;;", "FN:Acme Inc.", "ORG:Acme Inc.", "X-ABShowAs:COMPANY")])
    (naniwa, acme), problems = vcard.read_vcards(data, "x.vcf")
    assert problems == []
    assert (naniwa.is_organization, naniwa.organization, naniwa.family_name) == (
        True, "株式会社浪速テック", "")
    assert naniwa.phones == [("work", "06-5555-0303")]
    assert (acme.is_organization, acme.organization, acme.family_name) == (True, "Acme Inc.", "")


def test_photos_of_every_kind():
    b64 = base64.b64encode
    data = b"".join([
        card("N:Jpeg;A;;;", f"PHOTO;ENCODING=b;TYPE=JPEG:{b64(JPEG).decode()}"),
        # vCard 2.1: base64 lines that do not start with a space, ended by a blank line
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Png;B;;;\r\nPHOTO;PNG;BASE64:\r\n"
        + b"\r\n".join(b64(PNG)[i:i + 76] for i in range(0, len(b64(PNG)), 76))
        + b"\r\n\r\nTEL:1\r\nEND:VCARD\r\n",
        card("N:Webp;C;;;", f"PHOTO:data:image/webp;base64,{b64(WEBP).decode()}",
             version="4.0"),
        card("N:Bare;D;;;", f"PHOTO;TYPE=JPEG:{b64(JPEG).decode()}"),
        card("N:Link;E;;;", "PHOTO;VALUE=uri:https://example.com/photo.jpg"),
        card("N:Text;F;;;", f"PHOTO;ENCODING=b:{b64(b'hello, not a picture').decode()}")])
    people, problems = vcard.read_vcards(data, "x.vcf")
    assert [(p.photo, p.photo_type) for p in people] == [
        (JPEG, "image/jpeg"), (PNG, "image/png"), (WEBP, "image/webp"), (JPEG, "image/jpeg"),
        (None, ""), (None, "")]
    assert people[1].phones == [("", "1")]
    assert [(str(p), p.kind) for p in problems] == [
        ("x.vcf:40: PHOTO at https://example.com/photo.jpg not fetched (a link, not a picture); "
         "not imported", "not_imported"),
        ("x.vcf:45: PHOTO is not a JPEG, PNG, GIF or WebP image; left out", "problem")]


def test_a_photo_past_the_limit_is_named():
    big = JPEG + bytes(vcard.PHOTO_LIMIT)
    p, problems = one(card("N:Big;Photo;;;", "EMAIL:big@example.jp",
                           f"PHOTO;ENCODING=b;TYPE=JPEG:{base64.b64encode(big).decode()}"))
    assert (p.photo, p.emails) == (None, [("", "big@example.jp")])
    assert vcard.PHOTO_LIMIT == 20 * 1024 * 1024
    assert problems == ["x.vcf:5: PHOTO of 21.0 MB is over the 20 MB limit; left out"]


def test_apple_labels_in_groups():
    p, problems = one(card("N:Label;L;;;", "item1.TEL;type=CELL:090-1",
                           "item1.X-ABLabel:_$!<Mobile>!$_",
                           "item2.EMAIL;type=INTERNET:a@example.jp", "item2.X-ABLabel:直通",
                           "item3.URL:https://blog.example", "item3.X-ABLabel:_$!<HomePage>!$_"))
    assert problems == []
    assert p.phones == [("mobile", "090-1")]
    assert p.emails == [("直通", "a@example.jp")]
    assert p.urls == [("homepage", "https://blog.example")]


def test_properties_not_imported_are_named_once_per_file_with_their_count():
    data = b"".join([
        card("N:A;A;;;", "item1.X-ABRELATEDNAMES:花子", "item1.X-ABLabel:_$!<Spouse>!$_",
             "X-FOO:bar", "UID:1", "PRODID:-//Apple Inc.//iPhone OS 17.0//EN", "NOTE:memo"),
        card("N:B;B;;;", "X-ABRELATEDNAMES:Jiro", "X-FOO:baz", "ROLE:Project lead"),
        card("N:C;C;;;", "X-FOO:", "LOGO;ENCODING=b:" + base64.b64encode(PNG).decode())])
    people, problems = vcard.read_vcards(data, "x.vcf")
    assert [p.notes for p in people] == ["memo\nRelated (spouse): 花子",
                                         "Related: Jiro\nRole: Project lead", ""]
    assert problems == [
        Problem("x.vcf", None, "ROLE on 1 card kept in notes", "kept_as_text"),
        Problem("x.vcf", None, "X-ABRELATEDNAMES on 2 cards kept in notes", "kept_as_text"),
        Problem("x.vcf", None, "LOGO on 1 card not imported", "not_imported"),
        Problem("x.vcf", None, "UID on 1 card not imported", "not_imported"),
        Problem("x.vcf", None, "X-FOO on 2 cards not imported", "not_imported")]


def test_utf16_file_and_nested_2_1_card():
    data = card("N:山田;太郎;;;", "TEL:03-1").decode().encode("utf-16")
    p, problems = one(data)
    assert (p.family_name, p.phones, problems) == ("山田", [("", "03-1")], [])
    nested = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Boss;B;;;\r\nAGENT:\r\nBEGIN:VCARD\r\n"
              b"VERSION:2.1\r\nN:Agent;A;;;\r\nEND:VCARD\r\nTEL:1\r\nEND:VCARD\r\n")
    people, problems = vcard.read_vcards(nested, "x.vcf")
    assert [(p.family_name, p.phones) for p in people] == [("Boss", [("", "1")]),
                                                            ("Agent", [])]
    assert problems == []  # (the empty AGENT: is the nested card itself)


def test_android_kde_and_japanese_phone_quirks():
    """Android 2.1's backslash-continued address lines, its X-ANDROID-CUSTOM rows and
    SORT-AS written with a semicolon; KDE's X-KADDRESSBOOK-* and X-messaging/*; a Japanese
    phone's group (X-GN) as a tag; web addresses in FBURL."""
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Bogus;B;;;\r\n"
            b"ADR;HOME:;;Hermann v. Brevern\\\r\n9999999\\\r\nPackstation 999;Hamburg;;99999;DE\r\n"
            b"X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Nick;1;;;;;;;;;;;;;\r\n"
            b"X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;1999-07-10;1;;;;;;;;;;;;;\r\n"
            b"X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Hanako;1;;;;;;;;;;;;;\r\n"
            b"X-ANDROID-CUSTOM:custom_mime1;1;2;3\r\n"
            b"X-GNO:0\r\nX-GN:\xe5\x8f\x96\xe5\xbc\x95\xe5\x85\x88\r\nEND:VCARD\r\n"
            + card('N;SORT-AS="あんどう;ろいど":安藤;ロイド;;;',
                   'ORG;SORT-AS="ぐーぐる;けんさくぶもん":グーグル;検索部門', version="4.0")
            + card("N:Name;My;;;", "X-messaging/twitter-All:kdecommunity",
                   "X-KADDRESSBOOK-X-Department:Sales", "X-KADDRESSBOOK-X-Anniversary:2001-05-06",
                   "X-KADDRESSBOOK-X-AssistantsName:Ann", "X-KADDRESSBOOK-BlogFeed:https://b.example",
                   "FBURL:https://cal.example/fb"))
    (bogus, ando, kde), problems = vcard.read_vcards(data, "x.vcf")
    assert bogus.addresses == [Address(label="home", street="Hermann v. Brevern\n9999999\n"
                                       "Packstation 999", city="Hamburg", postal_code="99999",
                                       country="DE")]
    assert (bogus.nickname, bogus.anniversary, bogus.tags) == ("Nick", (1999, 7, 10), ["取引先"])
    assert bogus.notes == "Related: Hanako"
    assert (ando.family_reading, ando.given_reading, ando.organization_reading) == (
        "あんどう", "ろいど", "ぐーぐる")
    assert (kde.handles, kde.department, kde.anniversary) == (
        [("x", "", "kdecommunity")], "Sales", (2001, 5, 6))
    assert kde.urls == [("blog", "https://b.example"), ("free/busy", "https://cal.example/fb")]
    assert kde.notes == "Assistant: Ann"
    assert [str(p) for p in problems] == [
        "x.vcf: X-KADDRESSBOOK-X-ASSISTANTSNAME on 1 card kept in notes",
        "x.vcf: X-ANDROID-CUSTOM on 1 card not imported"]


def test_quoted_printable_soft_line_breaks_keep_the_next_lines_spaces():
    """RFC 2045: a soft line break (= at the end of a line) joins the next line as it is."""
    p, problems = one(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Qp;Q;;;\r\n"
                      b"NOTE;ENCODING=QUOTED-PRINTABLE:Now's the time =\r\n"
                      b"for all folk to come=\r\n to the aid of=0D=0Atheir country.\r\n"
                      b"END:VCARD\r\n")
    assert problems == []
    assert p.notes == "Now's the time for all folk to come to the aid of\ntheir country."


def test_old_mac_line_ends_lower_case_keywords_and_an_unknown_charset():
    data = (b"begin:vcard\rversion:3.0\rn;charset=x-klingon:Kor;Dahar;;;\r"
            b"email;type=work:kor@example.org\rend:vcard\r")
    p, problems = one(data)
    assert (p.family_name, p.given_name, p.emails) == ("Kor", "Dahar",
                                                        [("work", "kor@example.org")])
    assert problems == ["x.vcf:3: N: unknown CHARSET x-klingon; read as UTF-8"]
