"""The CSV exports people really have, by their header names: which column goes to which field
of a contact (a *target*), for Google Contacts (current and older columns), Outlook (English and
Japanese), Thunderbird, business-card apps (Eight, Sansan and the like), LinkedIn and Kizuna's
own CSV. Headers are compared by ``header_key`` (NFKC, case and spaces folded), so
``姓（ふりがな）`` and ``姓 (ふりがな)`` are one name.

A preset is a list of ``(pattern, target)``: the pattern is a regular expression matched in
full against the header key; its first group, when it has one, is the column's *group* (the
N of ``E-mail N - Value`` or the ``Business`` of ``Business Street``), which pairs a label
column with its value and the parts of one address."""

from __future__ import annotations

import re
import unicodedata

from kizuna_desktop.formats.csv_own import OWN_MARK

# Every target a column can go to, with the words the window shows.
TARGETS: dict[str, str] = {
    "": "(not imported)",
    "full_name": "Full name",
    "family_name": "Family name", "given_name": "Given name", "middle_name": "Middle name",
    "name_prefix": "Name prefix (Dr.)", "name_suffix": "Name suffix (Jr.)",
    "nickname": "Nickname", "honorific": "Honorific (様)",
    "joint_name": "Joint name (連名)", "joint_honorific": "Joint name's honorific",
    "reading": "Reading (kana, full)", "family_reading": "Family reading",
    "given_reading": "Given reading", "family_latin": "Latin family name",
    "given_latin": "Latin given name", "latin_order": "Latin name order",
    "organization": "Company", "organization_en": "Company (English)",
    "organization_reading": "Company reading", "department": "Department",
    "department_en": "Department (English)", "title": "Title (job)",
    "title_en": "Title (English)",
    "email": "E-mail", "email_label": "E-mail label",
    "phone": "Phone", "phone_label": "Phone label",
    "addr_text": "Address (whole)", "addr_postal": "Address: postal code",
    "addr_region": "Address: prefecture", "addr_city": "Address: city",
    "addr_street": "Address: street", "addr_extended": "Address: building",
    "addr_pobox": "Address: PO box", "addr_country": "Address: country",
    "addr_latin": "Address: in Latin letters",
    "addr_label": "Address label",
    "url": "Web", "url_label": "Web label", "linkedin": "LinkedIn profile",
    "handle": "Handle (IM, social)", "handle_kind": "Handle kind", "handle_label": "Handle label",
    "birthday": "Birthday", "birth_year": "Birth year", "birth_month": "Birth month",
    "birth_day": "Birth day", "anniversary": "Anniversary",
    "event": "Date (event)", "event_label": "Date label",
    "relation": "Related person", "relation_label": "Relation of that person",
    "tags": "Tags", "notes": "Notes", "note_line": "Notes, with column name",
    "interests": "Interests", "how_we_met": "How we met", "met_on": "Met on (date)",
    "card_exchanged": "Meishi exchanged on", "region": "Region",
    "cadence_days": "Keep in touch (days)", "archived": "Archived",
    "past_positions": "Past positions (Kizuna)",
    "is_organization": "Organisation card",
}

PRESET_NAMES: dict[str, str] = {
    "google": "Google Contacts", "google_old": "Google Contacts (older columns)",
    "outlook": "Outlook", "outlook_ja": "Outlook (日本語)", "thunderbird": "Thunderbird",
    "cards": "Business-card app (Eight, Sansan…)", "linkedin": "LinkedIn connections",
    "kizuna": "Kizuna's own CSV", "kizuna_old": "Kizuna's earlier CSV",
    "generic": "Generic CSV",
}


def header_key(header: str) -> str:
    """A header as compared: NFKC (full-width to half-width), case folded, no spaces and no
    underscores (``last_name`` is ``Last Name``)."""
    return re.sub(r"[\s_]+", "", unicodedata.normalize("NFKC", header)).casefold().lstrip(
        "\ufeff")


_N = r"(\d+)"
_ADDR_PARTS = [("formatted", "addr_text"), ("street", "addr_street"), ("city", "addr_city"),
               ("pobox", "addr_pobox"), ("region", "addr_region"),
               ("postalcode", "addr_postal"), ("country", "addr_country"),
               ("extendedaddress", "addr_extended"), ("neighborhood", "addr_extended")]

GOOGLE: list[tuple[str, str]] = [
    ("firstname", "given_name"), ("middlename", "middle_name"), ("lastname", "family_name"),
    ("phoneticfirstname", "given_reading"), ("phoneticlastname", "family_reading"),
    ("nameprefix", "name_prefix"), ("namesuffix", "name_suffix"), ("nickname", "nickname"),
    ("organizationname", "organization"), ("organizationtitle", "title"),
    ("organizationdepartment", "department"), ("phoneticorganizationname",
                                               "organization_reading"),
    ("birthday", "birthday"), ("notes", "notes"), ("labels", "tags"),
    (rf"e-mail{_N}-label", "email_label"), (rf"e-mail{_N}-value", "email"),
    (rf"phone{_N}-label", "phone_label"), (rf"phone{_N}-value", "phone"),
    (rf"website{_N}-label", "url_label"), (rf"website{_N}-value", "url"),
    (rf"address{_N}-label", "addr_label"),
    *[(rf"address{_N}-{part}", target) for part, target in _ADDR_PARTS],
    (rf"event{_N}-label", "event_label"), (rf"event{_N}-value", "event"),
    (rf"relation{_N}-label", "relation_label"), (rf"relation{_N}-value", "relation"),
    (rf"im{_N}-value", "handle"), (rf"im{_N}-service", "handle_kind"),
    (rf"im{_N}-label", "handle_label"),
]

GOOGLE_OLD: list[tuple[str, str]] = [
    ("name", "full_name"), ("givenname", "given_name"), ("additionalname", "middle_name"),
    ("familyname", "family_name"), ("givennameyomi", "given_reading"),
    ("familynameyomi", "family_reading"), ("nameprefix", "name_prefix"),
    ("namesuffix", "name_suffix"), ("nickname", "nickname"), ("birthday", "birthday"),
    ("notes", "notes"), ("groupmembership", "tags"), ("hobby", "interests"),
    (rf"e-mail{_N}-type", "email_label"), (rf"e-mail{_N}-value", "email"),
    (rf"phone{_N}-type", "phone_label"), (rf"phone{_N}-value", "phone"),
    (rf"website{_N}-type", "url_label"), (rf"website{_N}-value", "url"),
    (rf"address{_N}-type", "addr_label"),
    *[(rf"address{_N}-{part}", target) for part, target in _ADDR_PARTS],
    ("organization1-name", "organization"), ("organization1-yominame", "organization_reading"),
    ("organization1-title", "title"), ("organization1-department", "department"),
    (rf"im{_N}-value", "handle"), (rf"im{_N}-service", "handle_kind"),
    (rf"im{_N}-type", "handle_label"),
    (rf"event{_N}-type", "event_label"), (rf"event{_N}-value", "event"),
    (rf"relation{_N}-type", "relation_label"), (rf"relation{_N}-value", "relation"),
]

_PLACE = r"(business|home|other)"
OUTLOOK: list[tuple[str, str]] = [
    ("title", "name_prefix"), ("firstname", "given_name"), ("middlename", "middle_name"),
    ("lastname", "family_name"), ("suffix", "name_suffix"), ("name", "full_name"),
    ("givennameyomi", "given_reading"), ("familynameyomi", "family_reading"),
    ("givenyomi", "given_reading"), ("surnameyomi", "family_reading"),
    ("companyyomi", "organization_reading"),
    ("company", "organization"), ("department", "department"), ("jobtitle", "title"),
    (rf"{_PLACE}street\d?", "addr_street"), (rf"{_PLACE}city", "addr_city"),
    (rf"{_PLACE}state", "addr_region"), (rf"{_PLACE}postalcode", "addr_postal"),
    (rf"{_PLACE}country(?:/region)?", "addr_country"),
    (rf"{_PLACE}(?:address)?pobox", "addr_pobox"),  # Business Address PO Box
    (rf"{_PLACE}address", "addr_text"),
    (r"(?:assistant's|business|callback|car|companymain|home|isdn|mobile|other|primary|radio|"
     r"tty/tdd)phone\d?", "phone"), (r"(?:business|home|other)fax", "phone"),
    ("pager", "phone"), ("telex", "phone"),
    (r"e-mail\d?address", "email"), ("birthday", "birthday"), ("anniversary", "anniversary"),
    ("notes", "notes"), ("categories", "tags"), ("webpage", "url"), ("personalwebpage", "url"),
    ("nickname", "nickname"), ("hobby", "interests"), ("spouse", "note_line"),
    ("children", "note_line"), ("assistant'sname", "note_line"), ("manager'sname", "note_line"),
    ("officelocation", "note_line"), ("profession", "note_line"), (r"user\d", "note_line"),
    # The same job in Japanese beside the English columns: one position, in two scripts
    ("会社名", "organization"), (r"部署名?", "department"), ("役職", "title"),
]

_JPLACE = r"(勤務先|自宅|その他)"
_JPLACE2 = r"\((会社|自宅|その他)\)"  # Outlook's own Japanese export: 番地 (会社), 市町村 (自宅)
OUTLOOK_JA: list[tuple[str, str]] = [
    ("姓", "family_name"), ("名", "given_name"), ("ミドルネーム", "middle_name"),
    ("肩書き", "name_prefix"), ("タイトル", "name_prefix"), ("敬称", "honorific"),
    ("サフィックス", "name_suffix"),
    (r"姓フリガナ|姓\((?:ふりがな|フリガナ)\)|ふりがな\(姓\)|フリガナ\(姓\)", "family_reading"),
    (r"名前?フリガナ|名\((?:ふりがな|フリガナ)\)|ふりがな\(名\)|フリガナ\(名\)", "given_reading"),
    (r"会社名フリガナ|会社名\((?:ふりがな|フリガナ)\)|会社名ふりがな", "organization_reading"),
    (rf"番地\d?{_JPLACE2}", "addr_street"), (rf"住所[23]{_JPLACE2}", "addr_street"),
    (rf"市区?町村{_JPLACE2}", "addr_city"), (rf"都道府県{_JPLACE2}", "addr_region"),
    (rf"郵便番号{_JPLACE2}", "addr_postal"), (rf"国(?:/地域)?{_JPLACE2}(?:/地域)?", "addr_country"),
    (r"(会社|自宅|その他)住所私書箱", "addr_pobox"),
    (r"会社電話\d?|会社代表電話|会社fax|自宅fax|自宅電話\d?|その他のfax|その他の電話|通常の電話|"
     r"無線電話|秘書の電話|コールバック|tty/tdd|テレックス|isdn", "phone"),
    (r"配偶者|子供|秘書の氏名|マネージャー|職業|事業所|ユーザー\d", "note_line"),
    # 会社 alone is Japanese Outlook's Company column (会社 FAX, 番地 (会社) are its places)
    (r"会社名?", "organization"), ("部署", "department"), ("部署名", "department"),
    ("役職", "title"), ("ニックネーム", "nickname"),
    (rf"{_JPLACE}番地\d?", "addr_street"), (rf"{_JPLACE}市区町村", "addr_city"),
    (rf"{_JPLACE}都道府県", "addr_region"), (rf"{_JPLACE}郵便番号", "addr_postal"),
    (rf"{_JPLACE}国(?:/地域)?", "addr_country"), (rf"{_JPLACE}私書箱", "addr_pobox"),
    (r"(?:勤務先|自宅|その他の?)電話\d?|携帯電話|会社電話|電話\(代表\)|ポケットベル|自動車電話|"
     r"(?:勤務先|自宅|その他の?)ファックス|(?:勤務先|自宅)fax", "phone"),
    (r"電子メール\d?アドレス", "email"), ("誕生日", "birthday"), ("記念日", "anniversary"),
    ("メモ", "notes"), ("分類", "tags"), ("webページ", "url"), ("個人webページ", "url"),
    ("趣味", "interests"),
    # The same job in English beside the Japanese columns: one position, in two scripts
    ("company", "organization"), ("department", "department"), ("jobtitle", "title"),
    ("companyyomi", "organization_reading"), ("givenyomi", "given_reading"),
    ("surnameyomi", "family_reading"),
]

THUNDERBIRD: list[tuple[str, str]] = [
    ("firstname", "given_name"), ("lastname", "family_name"), ("displayname", "full_name"),
    ("nickname", "nickname"), ("primaryemail", "email"), ("secondaryemail", "email"),
    ("screenname", "handle"), ("chatname", "handle"),
    ("workphone", "phone"), ("homephone", "phone"), ("faxnumber", "phone"),
    ("pagernumber", "phone"), ("mobilenumber", "phone"),
    (r"(home|work)address", "addr_street"), (r"(home|work)address2", "addr_extended"),
    (r"(home|work)city", "addr_city"), (r"(home|work)state", "addr_region"),
    (r"(home|work)zipcode", "addr_postal"), (r"(home|work)country", "addr_country"),
    ("jobtitle", "title"), ("department", "department"), ("organization", "organization"),
    (r"webpage\d", "url"), ("birthyear", "birth_year"), ("birthmonth", "birth_month"),
    ("birthday", "birth_day"), (r"custom\d", "note_line"), ("notes", "notes"),
]

_JOINT: list[tuple[str, str]] = [
    (r"連名(\d*)", "joint_name"),
    (r"連名(\d*)(?:フリガナ|ふりがな|かな|カナ|よみ|読み)", "note_line"),
    (r"連名(\d*)敬称", "joint_honorific"), (r"敬称(\d+)", "joint_honorific"),
]

CARDS: list[tuple[str, str]] = [
    ("氏名", "full_name"), ("名前", "full_name"), ("姓", "family_name"), ("名", "given_name"),
    (r"フリガナ|ふりがな|氏名\(カナ\)|氏名カナ", "reading"),
    (r"姓(?:カナ|かな|フリガナ|ふりがな)|姓\((?:カナ|かな|フリガナ|ふりがな)\)|セイ",
     "family_reading"),
    (r"名(?:カナ|かな|フリガナ|ふりがな)|名\((?:カナ|かな|フリガナ|ふりがな)\)|メイ",
     "given_reading"),
    (r"会社名|企業名|会社", "organization"),
    (r"会社名カナ|会社名\(カナ\)|会社名かな|会社名フリガナ", "organization_reading"),
    (r"部署名|部署|部署名\d", "department"), (r"役職|役職名", "title"),
    (r"e-mail|email|メールアドレス|eメール|メール", "email"),
    # 筆まめ-style 自宅〒 / 自宅住所1 / 自宅住所2 (and 会社…): one address per place
    (r"(自宅|会社)〒", "addr_postal"), (r"(自宅|会社)住所1?", "addr_text"),
    (r"(自宅|会社)住所2", "addr_extended"),
    ("都道府県", "addr_region"), ("市区町村", "addr_city"), (r"番地|町名番地", "addr_street"),
    ("郵便番号", "addr_postal"), (r"住所|会社住所|所在地", "addr_text"),
    (r"住所1", "addr_text"), (r"住所2|建物名", "addr_extended"),
    (r"(自宅|会社)(?:電話|fax|携帯)\d?", "phone"),  # 筆まめ's 自宅電話 / 会社FAX
    (r"tel会社|tel部門|tel直通|電話番号|tel|会社電話番号|fax|携帯電話|携帯番号|携帯", "phone"),
    (r"url|ホームページ", "url"), (r"名刺交換日|交換日", "card_exchanged"),
    (r"メモ\d?|備考\d?", "notes"), ("誕生日", "birthday"), ("趣味", "interests"),
    ("敬称", "honorific"), ("タグ", "tags"),
    # 筆まめ / 筆王 / 宛名職人: 連名 (joint names at the one address, for the New Year card),
    # 連名1…連名N, each with its reading and 敬称 (連名1敬称, or 敬称1 beside 連名1)
    *_JOINT,
    # English columns beside the Japanese ones (the same job in Latin letters)
    (r"name|fullname", "full_name"), (r"company|organi[sz]ation", "organization"),
    ("department", "department"), (r"title|jobtitle|position", "title"),
]

LINKEDIN: list[tuple[str, str]] = [
    ("firstname", "given_name"), ("lastname", "family_name"), (r"url|profileurl", "linkedin"),
    ("emailaddress", "email"), ("company", "organization"), ("position", "title"),
    ("connectedon", "met_on"),
]

GENERIC: list[tuple[str, str]] = [
    (r"name|fullname|displayname|氏名|名前|お名前", "full_name"),
    (r"lastname|familyname|surname|姓", "family_name"),
    (r"firstname|givenname|名", "given_name"), (r"middlename", "middle_name"),
    (r"フリガナ|ふりがな|よみ|読み", "reading"), (r"せい|セイ|姓(?:カナ|かな|フリガナ|ふりがな)",
                                         "family_reading"),
    (r"めい|メイ|名(?:カナ|かな|フリガナ|ふりがな)", "given_reading"),
    (r"姓\((?:カナ|かな|フリガナ|ふりがな)\)", "family_reading"),
    (r"名\((?:カナ|かな|フリガナ|ふりがな)\)", "given_reading"),
    (r"address2|住所2|建物名?", "addr_extended"), ("敬称", "honorific"),
    (r"company|organi[sz]ation|org|会社名?|勤務先|所属", "organization"),
    (r"department|部署名?", "department"), (r"title|jobtitle|position|役職名?", "title"),
    (r"e-?mail\d*|e-?mailaddress\d*|mail|メールアドレス|メール", "email"),
    (r"phone\d*|telephone|phonenumber|mobile|tel|cell|電話番号?|携帯電話?|fax", "phone"),
    (r"address|住所", "addr_text"), (r"street|番地", "addr_street"),
    (r"city|市区町村", "addr_city"), (r"state|province|都道府県", "addr_region"),
    (r"zip|zipcode|postalcode|postcode|pcode|郵便番号|〒", "addr_postal"),
    (r"country|国", "addr_country"), (r"website|url|web|homepage|profileurl|ホームページ", "url"),
    (r"birthday|dateofbirth|dob|誕生日|生年月日", "birthday"),
    (r"notes?|comments?|メモ|備考", "notes"),
    (r"tags?|labels?|groups?|categories|グループ|分類", "tags"),
    (r"nickname|ニックネーム", "nickname"),
    *_JOINT,
]

# What Kizuna wrote before its CSV had every field (several values joined with "; ")
KIZUNA_OLD: list[tuple[str, str]] = [
    ("familyname", "family_name"), ("givenname", "given_name"),
    ("familyreading", "family_reading"), ("givenreading", "given_reading"),
    ("latinfamily", "family_latin"), ("latingiven", "given_latin"), ("company", "organization"),
    ("department", "department"), ("title", "title"), ("e-mail", "email"), ("phone", "phone"),
    ("address", "addr_text"), ("tags", "tags"), ("notes", "notes"),
]

PRESETS: dict[str, list[tuple[str, str]]] = {
    "kizuna_old": KIZUNA_OLD, "google": GOOGLE, "google_old": GOOGLE_OLD, "outlook": OUTLOOK,
    "outlook_ja": OUTLOOK_JA,
    "thunderbird": THUNDERBIRD, "cards": CARDS, "linkedin": LINKEDIN, "generic": GENERIC,
}
_COMPILED = {name: [(re.compile(p), t) for p, t in pairs] for name, pairs in PRESETS.items()}


def preset_target(preset: str, header: str) -> tuple[str, str] | None:
    """(target, group) of a header in a preset, or None when the preset does not know it."""
    key = header_key(header)
    for pattern, target in _COMPILED.get(preset, ()):
        m = pattern.fullmatch(key)
        if m:
            return target, (m.group(1) if m.groups() and m.group(1) else "")
    return None


def guess_preset(headers: list[str]) -> str:
    """The preset whose columns the header row has, from the columns only that export has."""
    keys = {header_key(h) for h in headers}
    if header_key(OWN_MARK) in keys:
        return "kizuna"
    if {"latinfamily", "latingiven", "familyreading"} <= keys:
        return "kizuna_old"
    if {"e-mail1-value", "phone1-value", "organizationname", "labels",
        "phoneticfirstname", "firstname"} & keys and ("givenname" not in keys) and (
            any(k.startswith(("e-mail1-", "phone1-", "address1-")) for k in keys)
            or "phoneticfirstname" in keys or "labels" in keys):
        return "google"
    if {"givenname", "familyname", "groupmembership", "givennameyomi"} & keys and (
            "givenname" in keys or "groupmembership" in keys):
        return "google_old"
    if {"primaryemail", "secondaryemail", "workzipcode", "birthyear", "mobilenumber"} & keys:
        return "thunderbird"
    if "connectedon" in keys or ({"firstname", "lastname", "url", "position"} <= keys):
        return "linkedin"
    if {"自宅〒", "会社〒", "自宅住所1", "会社住所1", "部署名1"} & keys or (
            "氏名" in keys and "電子メールアドレス" not in keys and "姓" not in keys):
        return "cards"  # 筆まめ / 筆王 (their 自宅電話 and 会社電話 are Outlook's words too)
    if {"電子メールアドレス", "勤務先電話", "勤務先番地", "自宅電話", "会社電話", "番地(会社)",
        "姓フリガナ"} & keys:
        return "outlook_ja"
    if {"e-mailaddress", "businessphone", "mobilephone", "jobtitle", "businessstreet",
        "homestreet", "e-mail2address"} & keys:
        return "outlook"
    if {"tel会社", "tel部門", "tel直通", "名刺交換日", "会社名", "氏名", "フリガナ", "部署名",
        "役職"} & keys:
        return "cards"
    return "generic"
