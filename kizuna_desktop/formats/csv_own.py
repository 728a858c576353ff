"""Kizuna's own CSV: every field of a contact record in columns a spreadsheet shows (several
e-mails, phones, web addresses, handles and addresses as numbered columns, the past positions
as one cell of JSON, tags and joint names (連名) one a line in one cell), UTF-8 with a BOM so
Excel opens it right. A cell beginning with = + - @, a tab or a CR is written with a ' in
front, so no spreadsheet runs it as a formula (and one beginning with ' gets another);
reading Kizuna's own CSV takes that ' off again."""

from __future__ import annotations

import csv
import io
import json
import re

from kizuna_desktop.formats.records import Address, Person, Role

OWN_MARK = "Latin name order"  # a column only Kizuna's CSV has: the header says it is ours
# 連名: the joint names of the contact's New Year card, one a line in one cell (as the tags);
# read as the import's joint-name target (筆まめ's 連名 columns), but as written
JOINT = "Joint names (連名)"

SINGLE: list[tuple[str, str]] = [
    ("Family name", "family_name"), ("Given name", "given_name"),
    ("Family reading", "family_reading"), ("Given reading", "given_reading"),
    ("Latin family name", "family_latin"), ("Latin given name", "given_latin"),
    (OWN_MARK, "latin_order"), ("Middle name", "middle_name"), ("Name prefix", "name_prefix"),
    ("Name suffix", "name_suffix"), ("Nickname", "nickname"), ("Honorific", "honorific"),
    (JOINT, "joint_names"),
    ("Organisation's card", "is_organization"),
    ("Company", "organization"), ("Company (English)", "organization_en"),
    ("Company reading", "organization_reading"), ("Department", "department"),
    ("Department (English)", "department_en"), ("Title", "title"),
    ("Title (English)", "title_en"), ("Past positions", "past_positions"),
    ("Birthday", "birthday"), ("Anniversary", "anniversary"), ("Tags", "tags"),
    ("Interests", "interests"), ("How we met", "how_we_met"), ("Region", "region"),
    ("Keep in touch every (days)", "cadence_days"), ("Archived", "archived"),
    ("Notes", "notes"),
]
ADDRESS_PARTS = [("label", "addr_label"), ("postal code", "addr_postal"),
                 ("prefecture or state", "addr_region"), ("city", "addr_city"),
                 ("street", "addr_street"), ("building", "addr_extended"),
                 ("PO box", "addr_pobox"), ("country", "addr_country"),
                 ("as written", "addr_text"), ("in Latin letters", "addr_latin")]
_ADDRESS_FIELDS = ["label", "postal_code", "region", "city", "street", "extended", "po_box",
                   "country", "text", "latin"]
_SINGLE_KEYS = {re.sub(r"\s+", "", h).casefold(): t for h, t in SINGLE}
_SINGLE_KEYS[re.sub(r"\s+", "", JOINT).casefold()] = "joint_name"
# The journal's earlier CSV (before every field had a column): read as well
_SINGLE_KEYS.update({"latinfamily": "family_latin", "latingiven": "given_latin",
                     "e-mail": "email", "phone": "phone", "address": "addr_text"})
_NUMBERED = [(re.compile(r"e-mail\d+"), "email"), (re.compile(r"e-mail\d+label"), "email_label"),
             (re.compile(r"phone\d+"), "phone"), (re.compile(r"phone\d+label"), "phone_label"),
             (re.compile(r"web\d+"), "url"), (re.compile(r"web\d+label"), "url_label"),
             (re.compile(r"handle\d+"), "handle"), (re.compile(r"handle\d+kind"), "handle_kind"),
             (re.compile(r"handle\d+label"), "handle_label")]
_NUMBERED += [(re.compile(r"address\d+" + re.escape(re.sub(r"\s+", "", w).casefold())), t)
              for w, t in ADDRESS_PARTS]

_RISKY = ("=", "+", "-", "@", "\t", "\r", "'")


def own_target(header: str) -> str:
    """The target of one of Kizuna's own columns ("" for one it does not know)."""
    key = re.sub(r"\s+", "", header).casefold().lstrip("\ufeff")
    if key in _SINGLE_KEYS:
        return _SINGLE_KEYS[key]
    return next((t for pattern, t in _NUMBERED if pattern.fullmatch(key)), "")


def neutral(value: str) -> str:
    """A cell a spreadsheet shows as text: ' before = + - @ tab CR (and before '). An
    international phone number gets it too: Excel reads +81-90-8765-4321 as a sum (-13095)."""
    return "'" + value if value.startswith(_RISKY) else value


def unescape(value: str) -> str:
    """The value as it was before ``neutral``."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_RISKY) else value


def iso_date(value: tuple[int | None, int | None, int | None] | None) -> str:
    """(1985, 4, 3) → 1985-04-03; (None, 4, 3) → --04-03; (1985, 4, None) → 1985-04;
    (1985, None, None) → 1985; (None, None, 3) → ---03."""
    if not value:
        return ""
    y, m, d = value
    if y and m and d:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if m and d:
        return f"--{m:02d}-{d:02d}"
    if y and m:
        return f"{y:04d}-{m:02d}"
    if y:
        return f"{y:04d}"
    if m:
        return f"--{m:02d}"
    return f"---{d:02d}" if d else ""


def read_list(value: str) -> list[str]:
    """A cell of several values (tags, joint names): one a line, as ``write_csv`` writes
    them (each trimmed, as the tags are)."""
    return [x.strip() for x in value.split("\n") if x.strip()]


def write_roles(roles: list[Role]) -> str:
    if not roles:
        return ""
    return json.dumps([{k: v for k, v in vars(r).items() if v} for r in roles],
                      ensure_ascii=False)


def read_roles(text: str) -> list[Role]:
    if not text.strip():
        return []
    try:
        data = json.loads(text)
        return [Role(**{k: (v is True or str(v).casefold() in ("true", "yes", "1"))
                        if k == "concurrent" else str(v)
                        for k, v in d.items() if k in Role.__dataclass_fields__
                        and k != "as_written"}, as_written=d.get("as_written") is True)
                for d in data]
    except (ValueError, TypeError, AttributeError) as e:
        raise ValueError(f"not the list Kizuna writes ({e})") from None


def _address(a) -> Address:
    if isinstance(a, Address):
        return a
    label, text = a
    return Address(label=label, text=text)


def write_csv(people: list[Person]) -> bytes:
    """Every field of every record (the photo is left to vCard), UTF-8 with a BOM."""
    n_email = max((len(p.emails) for p in people), default=0) or 1
    n_phone = max((len(p.phones) for p in people), default=0) or 1
    n_url = max((len(p.urls) for p in people), default=0)
    n_handle = max((len(p.handles) for p in people), default=0)
    n_addr = max((len(p.addresses) for p in people), default=0) or 1
    header = [h for h, _ in SINGLE]
    for i in range(1, n_email + 1):
        header += [f"E-mail {i}", f"E-mail {i} label"]
    for i in range(1, n_phone + 1):
        header += [f"Phone {i}", f"Phone {i} label"]
    for i in range(1, n_url + 1):
        header += [f"Web {i}", f"Web {i} label"]
    for i in range(1, n_handle + 1):
        header += [f"Handle {i}", f"Handle {i} kind", f"Handle {i} label"]
    for i in range(1, n_addr + 1):
        header += [f"Address {i} {w}" for w, _ in ADDRESS_PARTS]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for p in people:
        row = []
        for _, name in SINGLE:
            value = getattr(p, name)
            if name in ("birthday", "anniversary"):
                value = iso_date(value)
            elif name in ("tags", "joint_names"):
                value = "\n".join(value)
            elif name == "past_positions":
                value = write_roles(value)
            elif name in ("archived", "is_organization"):
                value = "yes" if value else ""
            elif name == "cadence_days":
                value = "" if value is None else str(value)
            row.append(value or "")
        for items, n in ((p.emails, n_email), (p.phones, n_phone), (p.urls, n_url)):
            for i in range(n):
                label, value = items[i] if i < len(items) else ("", "")
                row += [value, label]
        for i in range(n_handle):
            kind, label, value = p.handles[i] if i < len(p.handles) else ("", "", "")
            row += [value, kind, label]
        addresses = [_address(a) for a in p.addresses]
        for i in range(n_addr):
            a = addresses[i] if i < len(addresses) else Address()
            row += [getattr(a, f) for f in _ADDRESS_FIELDS]
        w.writerow([neutral(str(c)) for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
