"""The CSV exports people have, written here from their documented column names: each preset is
recognised from the header, and every field that must arrive does; what is not imported is
named with its count, and a bad value costs only that value."""

from __future__ import annotations

from datetime import date

from kizuna_desktop.formats import table
from kizuna_desktop.formats.records import Address


def _read(text: str, name: str = "x.csv", encoding: str = "utf-8"):
    t = table.read_table(text.encode(encoding), name)
    preset = table.guess_preset(t.headers)
    people, problems = table.to_people(t, table.guess_mapping(t.headers, preset))
    return preset, people, problems


def _not_imported(problems) -> list[str]:
    return [p.message for p in problems if p.kind == "not_imported"]


GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Phone 3 - Label,"
    "Phone 3 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,"
    "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
    "Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value,"
    "Relation 1 - Label,Relation 1 - Value,Event 1 - Label,Event 1 - Value,Event 2 - Label,"
    "Event 2 - Value,Custom Field 1 - Label,Custom Field 1 - Value\n"
    "太郎,,山田,タロウ,,ヤマダ,,,タロ,,三星商事株式会社,部長,機械プラント部,--03-09,"
    "\"ゴルフ好き。\n娘さんはバイオリン。\",,* myContacts ::: 取引先 ::: * starred,"
    "* Work,t.yamada@mitsuboshi.example.jp ::: taro@example.jp,Home,taro.home@example.jp,"
    "Mobile,090-1234-5678,Work,03-5555-0101 ::: 03-5555-0102,Work Fax,03-5555-0199,"
    "Work,,丸の内1-1-1,千代田区,,東京都,100-0005,日本,三星ビル 12F,Profile,"
    "https://example.jp/taro,Spouse,山田 花子,Anniversary,2001-06-01,入社,1995-04-01,Golf,"
    "Handicap 12\n"
    "Emily,Jane,Smith,,,,Dr.,PhD,,,Smith & Co,,,1985-04-03,,,* myContacts,"
    ",emily@example.com,,,,,,,,,Home,\"1 Main St\nSpringfield\",,,,,,,,,,,,,,,,,,\n")


def test_google_contacts_current_columns():
    preset, (yamada, smith), problems = _read(GOOGLE, "google.csv")
    assert preset == "google"
    assert (yamada.family_name, yamada.given_name, yamada.family_reading,
            yamada.given_reading, yamada.nickname) == ("山田", "太郎", "ヤマダ", "タロウ", "タロ")
    assert (yamada.organization, yamada.title, yamada.department) == (
        "三星商事株式会社", "部長", "機械プラント部")
    assert yamada.birthday == (None, 3, 9)
    assert yamada.notes == "ゴルフ好き。\n娘さんはバイオリン。\nSpouse: 山田 花子\n入社: 1995-04-01"
    assert yamada.anniversary == (2001, 6, 1)
    assert yamada.tags == ["取引先", "starred"]
    assert yamada.emails == [("work", "t.yamada@mitsuboshi.example.jp"),
                             ("work", "taro@example.jp"), ("home", "taro.home@example.jp")]
    assert yamada.phones == [("mobile", "090-1234-5678"), ("work", "03-5555-0101"),
                             ("work", "03-5555-0102"), ("work fax", "03-5555-0199")]
    assert yamada.addresses == [Address(label="work", postal_code="100-0005", region="東京都",
                                        city="千代田区", street="丸の内1-1-1",
                                        extended="三星ビル 12F", country="日本")]
    assert yamada.urls == [("profile", "https://example.jp/taro")]
    assert (smith.given_name, smith.middle_name, smith.family_name, smith.name_prefix,
            smith.name_suffix) == ("Emily", "Jane", "Smith", "Dr.", "PhD")
    assert smith.birthday == (1985, 4, 3) and smith.organization == "Smith & Co"
    assert smith.emails == [("", "emily@example.com")] and smith.tags == []
    assert smith.addresses == [Address(label="home", text="1 Main St\nSpringfield")]
    assert _not_imported(problems) == [
        "Google's label '* myContacts' (on 2 rows) not imported: Google puts it on every "
        "contact",
        "column 'Custom Field 1 - Label' (1 value) not imported",
        "column 'Custom Field 1 - Value' (1 value) not imported"]
    # what goes to the notes is named with its column (issue 14: nothing in silence)
    assert [p.message for p in problems if p.kind != "not_imported"] == [
        f"column '{h}' (1 value) kept in notes" for h in (
            "Relation 1 - Label", "Relation 1 - Value", "Event 2 - Label", "Event 2 - Value")]


def test_google_contacts_older_columns_with_several_values_in_one_cell():
    text = (
        "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
        "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,"
        "Birthday,Gender,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
        "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,"
        "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
        "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
        "Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,"
        "Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,"
        "Website 1 - Type,Website 1 - Value\n"
        "佐藤 花子,花子,,佐藤,,ハナコ,,サトウ,,,,はな,1990-11-02,female,メモ,"
        "* My Contacts ::: 大学,* Home ::: Work,hanako@example.jp ::: h.sato@work.example.jp,"
        "Mobile,080-1111-2222,Work,06-5555-0303,Home ::: Work,,本町1-2 ::: 梅田3-4,"
        "大阪市中央区 ::: 大阪市北区,,大阪府 ::: 大阪府,541-0053 ::: 530-0001,:::,:::,"
        ",株式会社浪速テック,ナニワテック,課長,営業部,Blog,https://hanako.example.jp\n")
    preset, (sato,), problems = _read(text)
    assert preset == "google_old"
    assert (sato.family_name, sato.given_name, sato.family_reading, sato.given_reading,
            sato.nickname, sato.birthday, sato.notes) == (
        "佐藤", "花子", "サトウ", "ハナコ", "はな", (1990, 11, 2), "メモ")
    assert (sato.organization, sato.organization_reading, sato.title, sato.department) == (
        "株式会社浪速テック", "ナニワテック", "課長", "営業部")
    assert sato.tags == ["大学"]  # Google's system group, as the current columns' myContacts
    assert sato.emails == [("home", "hanako@example.jp"), ("work", "h.sato@work.example.jp")]
    assert sato.phones == [("mobile", "080-1111-2222"), ("work", "06-5555-0303")]
    assert sato.addresses == [
        Address(label="home", postal_code="541-0053", region="大阪府", city="大阪市中央区",
                street="本町1-2"),
        Address(label="work", postal_code="530-0001", region="大阪府", city="大阪市北区",
                street="梅田3-4")]
    assert sato.urls == [("blog", "https://hanako.example.jp")]
    assert _not_imported(problems) == [
        "Google's label '* My Contacts' (on 1 row) not imported: Google puts it on every "
        "contact", "column 'Gender' (1 value) not imported"]


OUTLOOK = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business Street 2,Business City,Business State,Business Postal Code,"
    "Business Country/Region,Home Street,Home City,Home State,Home Postal Code,"
    "Home Country/Region,Business Fax,Business Phone,Business Phone 2,Home Phone,"
    "Mobile Phone,Pager,Birthday,Categories,E-mail Address,E-mail Type,E-mail Display Name,"
    "E-mail 2 Address,E-mail 3 Address,Notes,Nickname,Web Page,Priority,Sensitivity,Private,"
    "Gender\n"
    "Dr.,John,Q,Public,Jr.,Acme Corp,R&D,Chief Engineer,1 Infinite Loop,Suite 200,"
    "Cupertino,CA,95014,United States,12 Oak Ave,Springfield,IL,62701,United States,"
    "+1 408 555 0199,+1 408 555 0100,+1 408 555 0101,+1 217 555 0102,+1 217 555 0103,"
    "+1 217 555 0104,4/3/1985,VIP;Golf,john@acme.example,SMTP,John Public (john@acme.example),"
    "jq@home.example,john.public@example.org,\"=HYPERLINK(\"\"x\"\")\",Johnny,"
    "https://acme.example,Normal,Normal,False,Unspecified\n"
    ",Mary,,Major,,,,,,,,,,,,,,,,,,,,,,0/0/00,,mary@example.com,SMTP,,,,,,,Normal,Normal,"
    "False,Unspecified\n")


def test_outlook_english_title_is_the_name_prefix():
    preset, (john, mary), problems = _read(OUTLOOK, "outlook.csv")
    assert preset == "outlook"
    assert (john.name_prefix, john.given_name, john.middle_name, john.family_name,
            john.name_suffix, john.nickname) == ("Dr.", "John", "Q", "Public", "Jr.", "Johnny")
    assert (john.organization, john.department, john.title) == (
        "Acme Corp", "R&D", "Chief Engineer")
    assert john.addresses == [
        Address(label="work", street="1 Infinite Loop, Suite 200", city="Cupertino",
                region="CA", postal_code="95014", country="United States"),
        Address(label="home", street="12 Oak Ave", city="Springfield", region="IL",
                postal_code="62701", country="United States")]
    assert john.phones == [("work fax", "+1 408 555 0199"), ("work", "+1 408 555 0100"),
                           ("work", "+1 408 555 0101"), ("home", "+1 217 555 0102"),
                           ("mobile", "+1 217 555 0103"), ("pager", "+1 217 555 0104")]
    assert john.emails == [("", "john@acme.example"), ("", "jq@home.example"),
                           ("", "john.public@example.org")]
    assert john.birthday == (1985, 4, 3) and john.tags == ["VIP", "Golf"]
    assert john.notes == '=HYPERLINK("x")' and john.urls == [("", "https://acme.example")]
    assert mary.birthday is None and mary.emails == [("", "mary@example.com")]
    # Outlook's "nothing" values (Normal, False, Unspecified, 0/0/00) are not values
    assert _not_imported(problems) == [
        "column 'E-mail Type' (2 values) not imported",
        "column 'E-mail Display Name' (1 value) not imported"]


def test_outlook_japanese_column_names():
    text = ("姓,名,姓 (ふりがな),名 (ふりがな),会社名,部署,役職,勤務先 郵便番号,勤務先 都道府県,"
            "勤務先 市区町村,勤務先 番地,電子メール アドレス,電子メール 2 アドレス,勤務先 電話,"
            "携帯電話,自宅電話,誕生日,メモ,分類\n"
            "田中,一郎,たなか,いちろう,東西物産,営業部,課長,530-0001,大阪府,大阪市北区,"
            "梅田1-1-1,tanaka@tozai.example.jp,ichiro@home.example.jp,06-5555-0404,"
            "090-5555-0505,06-5555-0606,1975/8/15,釣りが趣味,取引先;大阪\n")
    preset, (tanaka,), problems = _read(text, encoding="cp932")
    assert preset == "outlook_ja"
    assert (tanaka.family_name, tanaka.given_name, tanaka.family_reading,
            tanaka.given_reading) == ("田中", "一郎", "たなか", "いちろう")
    assert (tanaka.organization, tanaka.department, tanaka.title) == ("東西物産", "営業部", "課長")
    assert tanaka.addresses == [Address(label="work", postal_code="530-0001", region="大阪府",
                                        city="大阪市北区", street="梅田1-1-1")]
    assert tanaka.emails == [("", "tanaka@tozai.example.jp"), ("", "ichiro@home.example.jp")]
    assert tanaka.phones == [("work", "06-5555-0404"), ("mobile", "090-5555-0505"),
                             ("home", "06-5555-0606")]
    assert tanaka.birthday == (1975, 8, 15) and tanaka.notes == "釣りが趣味"
    assert tanaka.tags == ["取引先", "大阪"] and problems == []


def test_outlook_japanese_export_with_its_own_column_names():
    text = ("肩書き,名,ミドル ネーム,姓,敬称,会社名,部署,役職,番地 (会社),住所 2 (会社),"
            "市町村 (会社),都道府県 (会社),郵便番号 (会社),国 (会社)/地域,番地 (自宅),"
            "市町村 (自宅),会社 FAX,会社電話,会社代表電話,自宅電話,携帯電話,記念日,誕生日,"
            "電子メール アドレス,電子メールの種類,電子メール表示名,電子メール 2 アドレス,"
            "姓フリガナ,名前フリガナ,会社名フリガナ,メモ,分類,性別,秘密度,優先度,プライベート,"
            "配偶者\r\n"
            "Dr.,花子,,佐藤,様,浪速テック株式会社,開発部,部長,梅田3-4,梅田ビル 5F,大阪市北区,"
            "大阪府,530-0001,日本,本町1-2,大阪市中央区,06-5555-0199,06-5555-0101,06-5555-0100,"
            "06-5555-0102,090-5555-0103,00/0/0,1980/2/29,hanako@naniwa.example.jp,SMTP,"
            "佐藤 花子 (hanako@naniwa.example.jp),hanako@home.example.jp,さとう,はなこ,"
            "なにわてっく,長女は大学生,取引先;大阪,指定なし,標準,標準,False,佐藤 一郎\r\n")
    preset, (sato,), problems = _read(text, "outlook-ja.csv", "cp932")
    assert preset == "outlook_ja"
    assert (sato.name_prefix, sato.given_name, sato.family_name, sato.honorific) == (
        "Dr.", "花子", "佐藤", "様")
    assert (sato.family_reading, sato.given_reading, sato.organization_reading) == (
        "さとう", "はなこ", "なにわてっく")
    assert (sato.organization, sato.department, sato.title) == (
        "浪速テック株式会社", "開発部", "部長")
    assert sato.addresses == [
        Address(label="work", street="梅田3-4 梅田ビル 5F", city="大阪市北区", region="大阪府",
                postal_code="530-0001", country="日本"),
        Address(label="home", street="本町1-2", city="大阪市中央区")]
    assert sato.phones == [("work fax", "06-5555-0199"), ("work", "06-5555-0101"),
                           ("main", "06-5555-0100"), ("home", "06-5555-0102"),
                           ("mobile", "090-5555-0103")]
    assert sato.emails == [("", "hanako@naniwa.example.jp"), ("", "hanako@home.example.jp")]
    assert sato.birthday == (1980, 2, 29) and sato.anniversary is None
    assert sato.notes == "長女は大学生\n配偶者: 佐藤 一郎" and sato.tags == ["取引先", "大阪"]
    # Outlook's defaults (00/0/0, 指定なし, 標準, False) are not values; the e-mail's type and
    # display name are named
    assert _not_imported(problems) == ["column '電子メールの種類' (1 value) not imported",
                                       "column '電子メール表示名' (1 value) not imported"]
    assert [p.message for p in problems if p.kind != "not_imported"] == [
        "column '配偶者' (1 value) kept in notes"]


def test_thunderbird_with_a_trailing_comma_and_split_birthday():
    text = ("First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,"
            "Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,"
            "Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,"
            "Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,"
            "Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,"
            "Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,\r\n"
            "Anna,Berg,Anna Berg,Annie,anna@berg.example,anna.b@mail.example,annab,"
            "+49 30 555 01,+49 30 555 02,+49 30 555 03,,+49 170 555 04,Lindenstr. 1,"
            "Hinterhaus,Berlin,,10969,Germany,Hauptstr. 5,,Potsdam,BB,14467,Germany,"
            "Engineer,QA,Berg GmbH,https://berg.example,https://anna.example,,7,14,"
            "Prefers tea,,,,Met at FOSDEM,\r\n"
            ",,Ben Ode,,ben@ode.example,,,,,,,,,,,,,,,,,,,,,,,,,1980,,,,,,,,\r\n")
    preset, (anna, ben), problems = _read(text, "tb.csv")
    assert preset == "thunderbird"
    assert (anna.given_name, anna.family_name, anna.nickname) == ("Anna", "Berg", "Annie")
    assert anna.emails == [("", "anna@berg.example"), ("", "anna.b@mail.example")]
    assert anna.handles == [("other", "", "annab")]
    assert anna.phones == [("work", "+49 30 555 01"), ("home", "+49 30 555 02"),
                           ("fax", "+49 30 555 03"), ("mobile", "+49 170 555 04")]
    assert anna.addresses == [
        Address(label="home", street="Lindenstr. 1", extended="Hinterhaus", city="Berlin",
                postal_code="10969", country="Germany"),
        Address(label="work", street="Hauptstr. 5", city="Potsdam", region="BB",
                postal_code="14467", country="Germany")]
    assert (anna.title, anna.department, anna.organization) == ("Engineer", "QA", "Berg GmbH")
    assert anna.urls == [("", "https://berg.example"), ("", "https://anna.example")]
    assert anna.birthday == (None, 7, 14)
    assert anna.notes == "Met at FOSDEM\nCustom 1: Prefers tea"
    assert (ben.given_name, ben.family_name, ben.birthday) == ("Ben", "Ode", (1980, None, None))
    # the trailing comma is not a stray cell; Custom 1 in the notes is named
    assert [p.message for p in problems] == ["column 'Custom 1' (1 value) kept in notes"]


def test_card_app_csv_eight_style():
    text = ("会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,"
            "URL,名刺交換日,Eightでつながっている人\n"
            "三星商事株式会社,機械プラント部,部長,山田,太郎,t.yamada@mitsuboshi.example.jp,"
            "100-0005,東京都千代田区丸の内1-1-1 三星ビル,03-5555-0100,03-5555-0101,"
            "03-5555-0102,03-5555-0199,090-5555-0103,https://mitsuboshi.example.jp,"
            "2025/04/10,つながっている\n")
    preset, (yamada,), problems = _read(text, "eight.csv", "cp932")
    assert preset == "cards"
    assert (yamada.family_name, yamada.given_name, yamada.organization, yamada.department,
            yamada.title) == ("山田", "太郎", "三星商事株式会社", "機械プラント部", "部長")
    assert yamada.emails == [("work", "t.yamada@mitsuboshi.example.jp")]
    assert yamada.phones == [("work", "03-5555-0100"), ("department", "03-5555-0101"),
                             ("direct", "03-5555-0102"), ("fax", "03-5555-0199"),
                             ("mobile", "090-5555-0103")]
    assert yamada.addresses == [Address(label="work", postal_code="100-0005",
                                        text="東京都千代田区丸の内1-1-1 三星ビル")]
    assert yamada.urls == [("", "https://mitsuboshi.example.jp")]
    assert yamada.card_exchanges == [date(2025, 4, 10)] and yamada.how_we_met == ""
    assert _not_imported(problems) == ["column 'Eightでつながっている人' (1 value) not imported"]


def test_card_app_csv_sansan_style_with_readings():
    text = ("会社名,部署名,役職,姓,名,セイ,メイ,メールアドレス,郵便番号,住所,電話番号,携帯電話\n"
            "株式会社浪速テック,開発部,主任,鈴木,一郎,スズキ,イチロウ,suzuki@naniwa.example.jp,"
            "530-0001,大阪府大阪市北区梅田3-4,06-5555-0303,080-5555-0304\n")
    preset, (suzuki,), problems = _read(text)
    assert preset == "cards"
    assert (suzuki.family_reading, suzuki.given_reading) == ("スズキ", "イチロウ")
    assert suzuki.phones == [("work", "06-5555-0303"), ("mobile", "080-5555-0304")]
    assert suzuki.addresses[0].text == "大阪府大阪市北区梅田3-4" and problems == []


def test_linkedin_with_its_notes_preamble_and_a_member_urn():
    text = ("Notes:\n\"When exporting your connection data, you may notice that some of the "
            "email addresses are missing, see https://www.linkedin.com/help\"\n\n"
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Emily,Smith,https://www.linkedin.com/in/emily-smith,emily@example.com,Acme,"
            "CTO,11 Jun 2021\n"
            "Marco,Rossi,https://www.linkedin.com/in/marco-rossi,urn:li:member:123456,"
            "\"Rossi, Bianchi & Co\",Partner,07 May 2021\n"
            ",,,,,,02 Jun 2022\n")
    preset, (emily, marco), problems = _read(text, "Connections.csv")
    assert preset == "linkedin"
    assert (emily.given_name, emily.family_name, emily.organization, emily.title) == (
        "Emily", "Smith", "Acme", "CTO")
    assert emily.emails == [("work", "emily@example.com")] and emily.line == 5
    assert emily.handles == [("linkedin", "", "https://www.linkedin.com/in/emily-smith")]
    assert emily.how_we_met == "Connected on 11 Jun 2021"
    assert marco.emails == [] and marco.organization == "Rossi, Bianchi & Co"
    assert marco.handles == [("linkedin", "", "urn:li:member:123456"),
                             ("linkedin", "", "https://www.linkedin.com/in/marco-rossi")]
    assert [(p.line, p.kind, p.message) for p in problems] == [
        (6, "kept_as_text", "“urn:li:member:123456” in the e-mail column is a LinkedIn member "
                            "id, not an e-mail; kept as a LinkedIn handle"),
        (7, "problem", "no name, e-mail, phone or company; the row is left out "
                       "(Connected On: 02 Jun 2022)")]


def test_a_bad_value_costs_only_that_value():
    text = ("Name,E-mail,Phone,Birthday,Company\n"
            "伊藤 誠,\"\"\"Makoto Ito\"\" <makoto@example.jp>\",03-5555-0707,2023-02-30,伊藤商店\n"
            ",info@example.jp,,,代表\n"
            "Partial Year,,,1985,\n"
            "Partial Month,,,1985-04,\n"
            ",,,,\n"
            "Bad Mail,not-an-email,+81 3 5555 0808;ext=12,04/31,\n")
    preset, people, problems = _read(text, "g.csv")
    assert preset == "generic"
    ito, info, year, month, bad = people
    assert (ito.family_name, ito.given_name, ito.emails, ito.phones, ito.birthday) == (
        "伊藤", "誠", [("", "makoto@example.jp")], [("", "03-5555-0707")], None)
    assert (info.family_name, info.emails, info.organization) == (
        "", [("", "info@example.jp")], "代表")
    assert year.birthday == (1985, None, None) and month.birthday == (1985, 4, None)
    assert bad.emails == [] and bad.phones == [("", "+81 3 5555 0808;ext=12")]
    assert [(p.line, p.message) for p in problems] == [
        (2, "Birthday: “2023-02-30” is not a real date; left out"),
        (7, "“not-an-email” is not an e-mail address; left out"),
        (7, "Birthday: “04/31” is not a real date; left out")]


def test_dates_in_the_forms_exports_write():
    parse = table.parse_date
    assert parse("1985-04-03") == parse("19850403") == parse("1985/4/3") == (1985, 4, 3)
    assert parse("4/3/1985") == parse("1985年4月3日") == parse("3.4.1985") == (1985, 4, 3)
    assert parse("13/4/1985") == (1985, 4, 13)  # day first when the first is over 12
    assert parse("--04-03") == parse("4月3日") == parse("Apr 3") == (None, 4, 3)
    assert parse("11 Jun 2021") == (2021, 6, 11) and parse("1985") == (1985, None, None)
    assert parse("0/0/00") is None and parse("") is None
    for bad in ("someday", "2023-02-30", "1985-13"):
        try:
            parse(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_a_japanese_address_book_and_a_snake_case_list_are_guessed():
    text = ("№,姓,名,せい,めい,敬称,郵便番号,都道府県,住所,電話番号,勤務先,メールアドレス\n"
            "1,佐藤,太郎,さとう,たろう,様,960-8001,福島県,福島市天神町1-2,024-555-0101,"
            "福島物産,taro@fukushima.example.jp\n")
    preset, (sato,), problems = _read(text, "nenga.csv")
    assert preset == "generic"
    assert (sato.family_name, sato.given_name, sato.family_reading, sato.given_reading,
            sato.honorific, sato.organization) == (
        "佐藤", "太郎", "さとう", "たろう", "様", "福島物産")
    assert sato.addresses == [Address(postal_code="960-8001", region="福島県",
                                      street="福島市天神町1-2")]
    assert sato.phones == [("", "024-555-0101")]
    assert sato.emails == [("", "taro@fukushima.example.jp")]
    assert _not_imported(problems) == ["column '№' (1 value) not imported"]
    text = ("last_name,first_name,title,org,phone,email,website,street,city,p_code,country\n"
            "Gump,Forrest,Shrimp Man,Bubba Gump Shrimp Co.,+1 555 0100,forrest@example.com,"
            "https://example.com,42 Plantation St.,Baytown,30314,USA\n")
    preset, (gump,), problems = _read(text)
    assert (gump.family_name, gump.given_name, gump.title, gump.organization) == (
        "Gump", "Forrest", "Shrimp Man", "Bubba Gump Shrimp Co.")
    assert gump.addresses == [Address(street="42 Plantation St.", city="Baytown",
                                      postal_code="30314", country="USA")]
    assert gump.urls == [("", "https://example.com")] and problems == []


def test_the_csv_earlier_kizuna_versions_wrote():
    text = ("\ufeffFamily name,Given name,Family reading,Given reading,Latin family,Latin given,"
            "Company,Department,Title,E-mail,Phone,Address,Tags,Notes\n"
            "山田,太郎,やまだ,たろう,Yamada,Taro,三星商事,機械プラント部,部長,"
            "t@mitsuboshi.example.jp; taro@example.jp,03-5555-0101; 090-1234-5678;ext=2,"
            "東京都千代田区丸の内1-1-1,\"golf, key account\",メモ\n")
    preset, (yamada,), problems = _read(text)
    assert preset == "kizuna_old"
    assert (yamada.family_reading, yamada.given_reading, yamada.family_latin,
            yamada.given_latin, yamada.department) == (
        "やまだ", "たろう", "Yamada", "Taro", "機械プラント部")
    assert yamada.emails == [("", "t@mitsuboshi.example.jp"), ("", "taro@example.jp")]
    assert yamada.phones == [("", "03-5555-0101"), ("", "090-1234-5678;ext=2")]
    assert yamada.addresses == [Address(text="東京都千代田区丸の内1-1-1")]
    assert yamada.tags == ["golf", "key account"] and problems == []
