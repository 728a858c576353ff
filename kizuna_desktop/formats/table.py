"""CSV in and out: encodings detected (UTF-8 with or without BOM, Shift_JIS/CP932 as Excel in
Japan writes), the dialect sniffed, column mappings with presets for LinkedIn's Connections
export and for card-scanning apps' Japanese business-card CSV."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from kizuna_desktop.formats.records import Person, Problem

TARGETS = {
    "": "(ignore)", "full_name": "Full name (family first for Japanese)",
    "family_name": "Family name", "given_name": "Given name",
    "reading": "Reading (kana, full)", "family_reading": "Family reading",
    "given_reading": "Given reading", "organization": "Company", "department": "Department",
    "title": "Title", "email": "E-mail", "phone": "Phone", "mobile": "Mobile phone",
    "address": "Address", "notes": "Notes", "linkedin": "LinkedIn URL", "tags": "Tags",
    "met_on": "Met on (date)",
}

PRESETS: dict[str, dict[str, list[str]]] = {
    # LinkedIn > Settings > Get a copy of your data > Connections.csv
    "linkedin": {"given_name": ["First Name"], "family_name": ["Last Name"],
                 "linkedin": ["URL", "Profile URL"], "email": ["Email Address"],
                 "organization": ["Company"], "title": ["Position"],
                 "met_on": ["Connected On"]},
    # Business-card scanning apps (Eight, CamCard, Sansan exports and the like)
    "cards": {"full_name": ["氏名", "名前", "Name"],
              "reading": ["フリガナ", "ふりがな", "氏名（カナ）"],
              "family_name": ["姓"], "given_name": ["名"],
              "family_reading": ["姓（カナ）", "セイ"], "given_reading": ["名（カナ）", "メイ"],
              "organization": ["会社名", "企業名"], "department": ["部署名", "部署"],
              "title": ["役職", "役職名"],
              "email": ["メールアドレス", "E-mail", "Eメール", "メール"],
              "phone": ["電話番号", "TEL", "会社電話番号"], "mobile": ["携帯電話", "携帯番号"],
              "address": ["住所", "会社住所"], "notes": ["メモ", "備考"],
              "met_on": ["名刺交換日", "交換日"]},
    "generic": {"full_name": ["Name", "Full Name"], "family_name": ["Last Name", "Family Name"],
                "given_name": ["First Name", "Given Name"], "organization": ["Company",
                                                                            "Organization"],
                "title": ["Title", "Job Title"], "email": ["Email", "E-mail", "Email Address"],
                "phone": ["Phone", "Telephone"], "notes": ["Notes"]},
}


@dataclass
class Table:
    filename: str
    encoding: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number, cells)
    problems: list[Problem] = field(default_factory=list)


def detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp932")
        return "cp932"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return best.encoding if best else "cp932"


def read_table(data: bytes, filename: str = "CSV") -> Table:
    """Header and rows of a CSV file. LinkedIn's preamble lines before the header are
    skipped; rows with a different number of cells are reported with their line."""
    if b"\x00" in data[:4096]:
        return Table(filename, "", [], [], [Problem(filename, None,
                                                    "this is a binary file, not a CSV")])
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    lines = text.splitlines(keepends=True)
    start = 0
    for i, line in enumerate(lines[:20]):  # LinkedIn: "Notes:" and a paragraph first
        if line.count(",") >= 2 or line.count("\t") >= 2 or line.count(";") >= 2:
            start = i
            break
    body = "".join(lines[start:])
    try:
        dialect = csv.Sniffer().sniff(body[:8192], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(body), dialect)
    table = Table(filename, encoding, [], [])
    try:
        for cells in reader:
            line = start + reader.line_num
            if not table.headers:
                table.headers = [c.strip().lstrip("\ufeff") for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(table.headers):
                table.problems.append(Problem(
                    filename, line, f"{len(cells)} cells where the header has "
                    f"{len(table.headers)}; the row was cut off or has a stray delimiter"))
                if len(cells) < len(table.headers):
                    cells = cells + [""] * (len(table.headers) - len(cells))
            table.rows.append((line, cells[: len(table.headers)]))
    except csv.Error as e:
        table.problems.append(Problem(filename, start + reader.line_num, f"unreadable CSV: {e}"))
    if not table.headers:
        table.problems.append(Problem(filename, None, "the file is empty"))
    return table


def guess_mapping(headers: list[str], preset: str | None = None) -> dict[int, str]:
    """Column index → target field, from a preset (or from all presets when none given)."""
    presets = [PRESETS[preset]] if preset else list(PRESETS.values())
    mapping: dict[int, str] = {}
    for i, h in enumerate(headers):
        for p in presets:
            target = next((t for t, names in p.items()
                           if h.strip().casefold() in (n.casefold() for n in names)), None)
            if target and target not in mapping.values():
                mapping[i] = target
                break
    return mapping


def guess_preset(headers: list[str]) -> str:
    if {"First Name", "Last Name"} <= set(headers) and ("Connected On" in headers
                                                        or "URL" in headers):
        return "linkedin"
    if any(h in headers for h in ("氏名", "会社名", "フリガナ", "部署名", "役職")):
        return "cards"
    return "generic"


def _split(full: str) -> tuple[str, str]:
    parts = re.split(r"[ \u3000]+", full.strip(), maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (full.strip(), "")


def to_people(table: Table, mapping: dict[int, str]) -> tuple[list[Person], list[Problem]]:
    people: list[Person] = []
    problems = list(table.problems)
    for line, cells in table.rows:
        v = {target: cells[i].strip() for i, target in mapping.items()
             if target and i < len(cells) and cells[i].strip()}
        p = Person(line=line)
        if "full_name" in v:
            first, second = _split(v["full_name"])
            japanese = any(ord(ch) > 0x2E80 for ch in v["full_name"])
            p.family_name, p.given_name = (first, second) if japanese else (second, first)
            if not p.family_name:
                p.family_name, p.given_name = p.given_name, ""
        p.family_name = v.get("family_name", p.family_name)
        p.given_name = v.get("given_name", p.given_name)
        if "reading" in v:
            p.family_reading, p.given_reading = _split(v["reading"])
        p.family_reading = v.get("family_reading", p.family_reading)
        p.given_reading = v.get("given_reading", p.given_reading)
        p.organization = v.get("organization", "")
        p.department = v.get("department", "")
        p.title = v.get("title", "")
        p.notes = v.get("notes", "")
        if "email" in v:
            p.emails.append(("work", v["email"]))
        if "phone" in v:
            p.phones.append(("work", v["phone"]))
        if "mobile" in v:
            p.phones.append(("mobile", v["mobile"]))
        if "address" in v:
            p.addresses.append(("work", v["address"]))
        if "linkedin" in v:
            p.handles.append(("linkedin", "", v["linkedin"]))
        if "tags" in v:
            p.tags = [t.strip() for t in re.split(r"[,、;]", v["tags"]) if t.strip()]
        if "met_on" in v:
            p.how_we_met = f"Connected on {v['met_on']}"
        if not (p.family_name or p.given_name or p.emails):
            problems.append(Problem(table.filename, line, "no name and no e-mail; skipped"))
            continue
        people.append(p)
    return people, problems


def write_csv(people: list[Person]) -> bytes:
    """UTF-8 with a BOM, so Excel (in Japan too) opens it with the right encoding."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Family name", "Given name", "Family reading", "Given reading", "Latin family",
                "Latin given", "Company", "Department", "Title", "E-mail", "Phone", "Address",
                "Tags", "Notes"])
    for p in people:
        w.writerow([p.family_name, p.given_name, p.family_reading, p.given_reading,
                    p.family_latin, p.given_latin, p.organization, p.department, p.title,
                    "; ".join(v for _, v in p.emails), "; ".join(v for _, v in p.phones),
                    "; ".join(v for _, v in p.addresses), ", ".join(p.tags), p.notes])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
