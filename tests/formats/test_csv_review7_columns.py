"""Review 7 (issue 14 §1-3), the CSV side: Japanese Outlook's 会社 column and its English
beside it (Company Yomi); every column whose values go to the notes named with its count, as
the vCard plans name theirs; a row with one cell more or fewer than the header said as it
really is on its line, the contact kept (a company's unquoted comma read back as one company);
Outlook's "… Address PO Box" into the address's PO box; Google's system group, old and new
spelling, never a tag and named once. Files written here from the documented column names,
imported into a real journal and read back with the dossier `kizuna show` prints."""

from __future__ import annotations

from kizuna_desktop.services import dossier, importing, search

# Japanese Outlook's own export (Shift_JIS as it writes it): 会社 is the company (会社 FAX and
# 番地 (会社) are its places), 会社名フリガナ its reading
OUTLOOK_JA = (
    "姓,名,会社,部署,役職,会社名フリガナ,番地 (会社),市区町村 (会社),都道府県 (会社),"
    "郵便番号 (会社),会社 FAX,会社電話,電子メール アドレス,配偶者\r\n"
    "鈴木,一郎,北斗電機株式会社,開発本部,部長,ホクトデンキ,西新宿2-8-1,新宿区,東京都,"
    "163-8001,03-1111-2223,03-1111-2222,ichiro@hokuto.example,鈴木 花子\r\n")


def _plan(journal, tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return importing.import_file(journal, path)


def _messages(plan, kind: str) -> list[str]:
    return [p.message for p in plan.problems if p.kind == kind]


def _contact(journal, who: str) -> dict:
    return dossier.dossier(journal, search.resolve(journal, who).id)


def test_japanese_outlook_company_column_arrives_with_its_reading(journal, tmp_path):
    plan = _plan(journal, tmp_path, "outlook_ja.csv", OUTLOOK_JA.encode("cp932"))
    assert _messages(plan, "not_imported") == []
    assert _messages(plan, "kept_as_text") == ["column '配偶者' (1 value) kept in notes"]
    assert _messages(plan, "problem") == []
    importing.apply(journal, plan)
    suzuki = _contact(journal, "鈴木 一郎")
    (position,) = suzuki["positions"]
    assert (position["organization"], position["organization_reading"],
            position["department"], position["title"]) == (
        "北斗電機株式会社", "ホクトデンキ", "開発本部", "部長")
    assert suzuki["notes"] == "配偶者: 鈴木 花子"  # no "Title (no organisation)" line
    assert [(p["label"], p["value"]) for p in suzuki["phones"]] == [
        ("work fax", "03-1111-2223"), ("work", "03-1111-2222")]
    (address,) = suzuki["addresses"]
    assert (address["postal_code"], address["region"], address["city"], address["street"]) == (
        "163-8001", "東京都", "新宿区", "西新宿2-8-1")


def test_outlook_english_company_yomi_and_po_boxes(journal, tmp_path):
    data = (
        "First Name,Last Name,Given Yomi,Surname Yomi,Company,Company Yomi,Job Title,"
        "Department,E-mail Address,Business Street,Business Address PO Box,Business City,"
        "Business Postal Code,Business Country/Region,Home Street,Home Address PO Box,"
        "Home City,Other Address PO Box,Other City,Spouse,Assistant's Name,Office Location,"
        "User 1\r\n"
        "Ichiro,Suzuki,イチロウ,スズキ,北斗電機株式会社,ホクトデンキ,部長,開発本部,"
        "ichiro@hokuto.example,Friedrichstr. 100,PF 1234,Berlin,10117,Germany,"
        "Hauptstr. 1,PF 99,Potsdam,PO Box 7,Hamburg,Anna,Bob,Raum 3,golf\r\n").encode()
    plan = _plan(journal, tmp_path, "outlook.csv", data)
    assert _messages(plan, "not_imported") == []  # PO boxes are the address's own field
    assert _messages(plan, "kept_as_text") == [
        f"column '{h}' (1 value) kept in notes"
        for h in ("Spouse", "Assistant's Name", "Office Location", "User 1")]
    importing.apply(journal, plan)
    suzuki = _contact(journal, "ichiro@hokuto.example")
    assert (suzuki["family_reading"], suzuki["given_reading"]) == ("スズキ", "イチロウ")
    (position,) = suzuki["positions"]
    assert (position["organization"], position["organization_reading"]) == (
        "北斗電機株式会社", "ホクトデンキ")
    assert sorted((a["label"], a["po_box"], a["city"]) for a in suzuki["addresses"]) == [
        ("home", "PF 99", "Potsdam"), ("other", "PO Box 7", "Hamburg"),
        ("work", "PF 1234", "Berlin")]
    assert suzuki["notes"] == (
        "Spouse: Anna\nAssistant's Name: Bob\nOffice Location: Raum 3\nUser 1: golf")


def test_google_columns_kept_in_notes_are_named_with_their_counts(journal, tmp_path):
    data = (
        "First Name,Last Name,E-mail 1 - Value,Labels,Relation 1 - Label,Relation 1 - Value,"
        "Event 1 - Label,Event 1 - Value,Event 2 - Label,Event 2 - Value\n"
        "太郎,山田,taro@example.jp,* myContacts ::: 取引先,Spouse,山田 花子,Anniversary,"
        "2001-06-01,入社,1995-04-01\n"
        "花子,佐藤,hanako@example.jp,* myContacts,,,,,Wedding,2010-10-10\n"
        "Emily,Smith,emily@example.com,* myContacts,Manager,John Doe,,,,\n").encode()
    plan = _plan(journal, tmp_path, "google.csv", data)
    assert _messages(plan, "kept_as_text") == [
        "column 'Relation 1 - Label' (2 values) kept in notes",
        "column 'Relation 1 - Value' (2 values) kept in notes",
        "column 'Event 2 - Label' (2 values) kept in notes",
        "column 'Event 2 - Value' (2 values) kept in notes"]
    # the anniversary has its field: its columns are not in the notes
    assert _messages(plan, "not_imported") == [
        "Google's label '* myContacts' (on 3 rows) not imported: Google puts it on every "
        "contact"]
    importing.apply(journal, plan)
    yamada = _contact(journal, "山田 太郎")
    assert yamada["anniversary"] == "2001-06-01" and yamada["tags"] == ["取引先"]
    assert yamada["notes"] == "Spouse: 山田 花子\n入社: 1995-04-01"
    assert _contact(journal, "佐藤 花子")["notes"] == "Wedding: 2010-10-10"
    assert _contact(journal, "emily@example.com")["notes"] == "Manager: John Doe"


def test_googles_system_group_in_both_spellings_is_no_tag(journal, tmp_path):
    old = ("Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value\n"
           "佐藤 花子,花子,佐藤,* My Contacts ::: 大学,* Home,hanako@example.jp\n"
           "鈴木 一郎,一郎,鈴木,* My Contacts,* Work,ichiro@example.jp\n").encode()
    new = ("First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\n"
           "花子,佐藤,* myContacts ::: 大学 ::: * starred,Home,hanako@example.jp\n").encode()
    plan = _plan(journal, tmp_path, "old.csv", old)
    assert _messages(plan, "not_imported") == [
        "Google's label '* My Contacts' (on 2 rows) not imported: Google puts it on every "
        "contact"]
    importing.apply(journal, plan)
    assert _contact(journal, "佐藤 花子")["tags"] == ["大学"]
    assert _contact(journal, "鈴木 一郎")["tags"] == []
    plan = _plan(journal, tmp_path, "new.csv", new)
    assert _messages(plan, "not_imported") == [
        "Google's label '* myContacts' (on 1 row) not imported: Google puts it on every "
        "contact"]
    importing.apply(journal, plan)
    assert sorted(_contact(journal, "佐藤 花子")["tags"]) == ["starred", "大学"]


HEADER = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value," \
         "Phone 1 - Value,Notes\n"


def test_a_company_with_an_unquoted_comma_is_read_as_one_company(journal, tmp_path):
    data = (HEADER + "Mary,Shift,Acme, Inc.,CFO,mary@acme.example,03-1111-2222,note\n"
            "Tom,Kato,Tanaka Co., Ltd.,CTO,tom@tanaka.example,03-2222-3333,\n").encode()
    plan = _plan(journal, tmp_path, "stray.csv", data)
    assert [(p.line, p.message) for p in plan.problems] == [
        (2, "8 cells where the header has 7: the company “Acme, Inc.” has a comma but no "
            "quotes; read as one company, the values after it in their own columns (check "
            "the contact)"),
        (3, "8 cells where the header has 7: the company “Tanaka Co., Ltd.” has a comma but "
            "no quotes; read as one company, the values after it in their own columns "
            "(check the contact)")]
    importing.apply(journal, plan)
    for who, org, title, email, phone, notes in (
            ("Mary Shift", "Acme, Inc.", "CFO", "mary@acme.example", "03-1111-2222", "note"),
            ("Tom Kato", "Tanaka Co., Ltd.", "CTO", "tom@tanaka.example", "03-2222-3333",
             "")):
        c = _contact(journal, email)
        (position,) = c["positions"]
        assert (c["name"], position["organization"], position["title"],
                [e["value"] for e in c["emails"]], [p["value"] for p in c["phones"]],
                c["notes"]) == (who, org, title, [email], [phone], notes)


def test_a_row_longer_or_shorter_than_the_header_is_kept_and_said(journal, tmp_path):
    data = (HEADER + "Mary,Shift,Acme,Sales, Marketing,mary@acme.example,03-1111-2222,note\n"
            "Hanako,Sato,Acme Japan,経理,hanako@acme.example\n").encode()
    plan = _plan(journal, tmp_path, "odd.csv", data)
    kept = [(p.line, p.message) for p in plan.problems if p.kind == "kept_as_text"]
    assert (2, "8 cells where the header has 7: a value holds a delimiter without quotes, so "
               "the values after it may sit 1 column(s) late; the row is kept as the header "
               "reads it (check the contact) and what is past the last column is kept in "
               "notes: 'note'") in kept
    assert (3, "5 cells where the header has 7: the last 2 columns ('Phone 1 - Value', "
               "'Notes') are read as empty and nothing is left out; if a delimiter is missing "
               "inside the row, check the contact") in kept
    assert not [p for p in plan.problems if "left out past" in p.message]
    assert len(plan.items) == 2  # no contact dropped
    importing.apply(journal, plan)
    mary = _contact(journal, "Mary Shift")
    assert mary["notes"].endswith("Past the last column: note")  # nothing lost
    hanako = _contact(journal, "hanako@acme.example")
    (position,) = hanako["positions"]
    assert (hanako["name"], position["organization"], position["title"], hanako["phones"]) == (
        "Hanako Sato", "Acme Japan", "経理", [])
