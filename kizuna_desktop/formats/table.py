"""CSV in: the encoding found (UTF-8 with or without BOM, UTF-16 with BOM as Excel's "Unicode
text" writes, Shift_JIS as Excel in Japan writes), the delimiter taken from the header row,
the column mapping guessed from the header (presets in csv_presets), and the rows turned into
records with every e-mail, phone, address and web address they hold. Nothing is dropped in
silence: a column nothing reads is named with its count, a bad value is named with its line
and costs only itself. CSV out (Kizuna's own columns) is csv_own.write_csv."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from charset_normalizer import from_bytes

from kizuna_desktop.formats.csv_own import (
    own_target,
    read_list,
    read_roles,
    unescape,
    write_csv,
)
from kizuna_desktop.formats.csv_presets import (  # noqa: F401 - the window's lists
    PRESET_NAMES,
    PRESETS,
    TARGETS,
    guess_preset,
    header_key,
    preset_target,
)
from kizuna_desktop.formats.records import Address, Person, Problem
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kizuna_desktop.text.postal_parts import normal_code

CELL_LIMIT = 128 * 1024  # characters; a longer cell is reported and left out
csv.field_size_limit(256 * 1024 * 1024)  # so that one long cell never swallows later rows

# An encoding in words, for the interface (marked for the catalogue, translated when
# shown: Shift_JIS（Windows・日本の Excel の形式）in Japanese).
ENCODING_NAMES = {
    "utf-8": "UTF-8",  # the same in every language
    "utf-8-sig": QT_TRANSLATE_NOOP("import", "UTF-8 (with BOM)"),
    "utf-16": QT_TRANSLATE_NOOP("import", "UTF-16 (with BOM)"),
    "utf-16-le": QT_TRANSLATE_NOOP("import", "UTF-16 little-endian"),
    "utf-16-be": QT_TRANSLATE_NOOP("import", "UTF-16 big-endian"),
    "cp932": QT_TRANSLATE_NOOP("import", "Shift_JIS (Windows, as Excel in Japan writes)"),
    "shift_jis": "Shift_JIS",  # the same in every language
    "euc_jp": "EUC-JP",  # the same in every language
    "iso2022_jp": QT_TRANSLATE_NOOP("import", "ISO-2022-JP (JIS)"),
    "cp1252": QT_TRANSLATE_NOOP("import", "Western (Windows-1252)"),
    "latin_1": QT_TRANSLATE_NOOP("import", "Western (ISO-8859-1)"),
    "iso8859_15": QT_TRANSLATE_NOOP("import", "Western (ISO-8859-15)"),
    "cp1250": QT_TRANSLATE_NOOP("import", "Central European (Windows-1250)"),
    "cp1251": QT_TRANSLATE_NOOP("import", "Cyrillic (Windows-1251)"),
    "big5": QT_TRANSLATE_NOOP("import", "Traditional Chinese (Big5)"),
    "gb18030": QT_TRANSLATE_NOOP("import", "Simplified Chinese (GB18030)"),
    "euc_kr": QT_TRANSLATE_NOOP("import", "Korean (EUC-KR)"),
    "cp949": QT_TRANSLATE_NOOP("import", "Korean (Windows-949)"),
}


def encoding_name(encoding: str) -> str:
    """An encoding in words for messages ("Shift_JIS (Windows, …)", not "cp932"), in the
    interface's language."""
    name = ENCODING_NAMES.get(encoding.lower().replace("-", "_").replace("utf_", "utf-"),
                              ENCODING_NAMES.get(encoding.lower()))
    return translate("import", name) if name else encoding.upper()


@dataclass
class Table:
    filename: str
    encoding: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number where the row starts, cells)
    problems: list[Problem] = field(default_factory=list)
    # A row with more cells than the header: line → every cell of it (its row in ``rows``
    # has the header's width). to_people, knowing the mapping, reads it (a company's
    # unquoted comma) and names it on its line when it holds values past the last column.
    wide: dict[int, list[str]] = field(default_factory=dict)

    @property
    def encoding_name(self) -> str:
        return encoding_name(self.encoding) if self.encoding else ""


def detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") * 3 > len(head):  # UTF-16 without a BOM
        odd_zeros = head[1::2].count(b"\x00")
        return "utf-16-le" if odd_zeros > head[0::2].count(b"\x00") else "utf-16-be"
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


def _delimiter(header_line: str) -> str:
    """The delimiter the header row uses most, outside quotes (comma when none)."""
    counts = Counter()
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in ",\t;":
            counts[ch] += 1
    return counts.most_common(1)[0][0] if counts else ","


def _open_quote_at(body: str, delimiter: str) -> int | None:
    """The index of the line where a record starts whose quote is still open at the end of
    the file (a strict reader stops there; a lenient one reads every later row into it)."""
    reader = csv.reader(io.StringIO(body), delimiter=delimiter, strict=True)
    ended = 0
    try:
        for _ in reader:
            ended = reader.line_num
    except csv.Error:
        # Only the end of the data inside a quote leaves the reader past the last line;
        # other strict complaints (a stray quote inside a cell) stop it within the file.
        if reader.line_num >= len(body.splitlines()) and ended < reader.line_num:
            return ended
    return None


def _holds_rows(cell: str, delimiter: str, width: int) -> bool:
    """Whether a multi-line cell carries lines with a whole row's worth of delimiters."""
    return any(line.count(delimiter) >= width - 1 for line in cell.split("\n")[1:])


def _close_open_quotes(body: str, delimiter: str, most: int = 100) -> tuple[str, list[int]]:
    """``body`` with each row whose quote never closes read with that quote as text (and
    written back as one properly quoted line), and the indexes of those lines."""
    fixed: list[int] = []
    while len(fixed) < most and (at := _open_quote_at(body, delimiter)) is not None:
        lines = body.splitlines(keepends=True)
        cells = next(csv.reader([lines[at].rstrip("\r\n")], delimiter=delimiter,
                                quoting=csv.QUOTE_NONE))
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow(cells)
        lines[at] = out.getvalue()
        body = "".join(lines)
        fixed.append(at)
    return body, fixed


def read_table(data: bytes, filename: str = "CSV") -> Table:
    """Header and rows of a CSV file. LinkedIn's "Notes:" preamble before the header is
    skipped; a row with fewer cells than the header is reported with its line (and kept whole,
    its missing last columns empty), a trailing empty cell (Thunderbird ends every line with a
    comma) is not a problem; a row with values past the header's last column is kept in
    ``wide`` (to_people names it)."""
    encoding = detect_encoding(data)
    if not encoding.startswith("utf-16") and b"\x00" in data[:4096]:
        return Table(filename, "", [], [], [Problem(filename, None,
                                                    "this is a binary file, not a CSV")])
    table = Table(filename, encoding, [], [])
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        table.problems.append(Problem(
            filename, None, f"some bytes are not {encoding_name(encoding)}; they show as �",
            "kept_as_text"))
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start < len(lines) and lines[start].strip().casefold() == "notes:":  # LinkedIn
        start += 1
        while start < len(lines) and lines[start].strip():
            start += 1
        while start < len(lines) and not lines[start].strip():
            start += 1
    if start >= len(lines):
        table.problems.append(Problem(filename, None, "the file is empty"))
        return table
    body = "".join(lines[start:])
    delimiter = _delimiter(lines[start])
    body, unclosed = _close_open_quotes(body, delimiter)
    for at in unclosed:
        table.problems.append(Problem(
            filename, start + at + 1, "a quote opened in this row is never closed; the row "
            "is read with its quote as text, so that the rows after it come in", "kept_as_text"))
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    ended = 0  # the line the previous record ended on
    try:
        for cells in reader:
            line = start + ended + 1
            ended = reader.line_num
            if not table.headers:
                headers = [c.strip().lstrip("\ufeff") for c in cells]
                while headers and not headers[-1]:
                    headers.pop()
                table.headers = [h or f"(column {i + 1})" for i, h in enumerate(headers)]
                continue
            if not any(c.strip() for c in cells):
                continue
            n = len(table.headers)
            if len(cells) < n:
                missing = table.headers[len(cells):]
                named = ", ".join(f"'{h}'" for h in missing[:3]) + (
                    ", …" if len(missing) > 3 else "")
                table.problems.append(Problem(
                    filename, line, (
                        f"{len(cells)} cells where the header has {n}: the last column "
                        f"({named}) is read as empty and nothing is left out; if a delimiter "
                        "is missing inside the row, check the contact" if len(missing) == 1
                        else f"{len(cells)} cells where the header has {n}: the last "
                        f"{len(missing)} columns ({named}) are read as empty and nothing is "
                        "left out; if a delimiter is missing inside the row, check the "
                        "contact"), "kept_as_text"))
                cells = cells + [""] * (n - len(cells))
            elif len(cells) > n:
                table.wide[line] = cells
                cells = cells[:n]
            for i, c in enumerate(cells):
                if "\n" in c and n > 2 and _holds_rows(c, delimiter, n):
                    table.problems.append(Problem(
                        filename, line, f"the cell in column '{table.headers[i]}' holds lines "
                        "that look like rows of their own (is a quote missing?); kept as "
                        "written", "kept_as_text"))
                if len(c) > CELL_LIMIT:
                    table.problems.append(Problem(
                        filename, line, f"the cell in column '{table.headers[i]}' is "
                        f"{len(c) // 1024:,} KiB, over {CELL_LIMIT // 1024} KiB; left out"))
                    cells[i] = ""
            table.rows.append((line, cells))
    except csv.Error as e:
        table.problems.append(Problem(filename, start + reader.line_num,
                                      f"unreadable CSV from here on: {e}"))
    if not table.headers:
        table.problems.append(Problem(filename, None, "the file is empty"))
    return table


def guess_mapping(headers: list[str], preset: str | None = None) -> dict[int, str]:
    """Column index → target, from a preset (the one the header row shows when none given).
    Columns the preset does not know are not imported (and named when they hold values);
    the generic preset guesses from common words."""
    preset = preset or guess_preset(headers)
    if preset == "kizuna":
        return {i: t for i, h in enumerate(headers) if (t := own_target(h))}
    mapping: dict[int, str] = {}
    for i, h in enumerate(headers):
        found = preset_target(preset, h)
        if found:
            mapping[i] = found[0]
    # 住所 beside its own 都道府県 / 市区町村 columns is the rest of the address, not all of it
    if preset in ("generic", "cards") and {"addr_region", "addr_city"} & set(mapping.values()):
        mapping = {i: "addr_street" if t == "addr_text" and header_key(headers[i]) == "住所"
                   else t for i, t in mapping.items()}
    return mapping


# ---------------------------------------------------------------------------------------------
# Rows into records

_PLACES = {"business": "work", "work": "work", "home": "home", "other": "other",
           "勤務先": "work", "会社": "work", "自宅": "home", "その他": "other"}
_PHONE_WORDS = [("fax", "fax"), ("ファックス", "fax"), ("pager", "pager"),
                ("ポケットベル", "pager"), ("mobile", "mobile"), ("携帯", "mobile"),
                ("cell", "mobile"), ("tel直通", "direct"), ("tel部門", "department"),
                ("tel会社", "work"), ("代表", "main"), ("秘書", "assistant"), ("無線", "radio"),
                ("会社", "work"), ("companymain", "main"), ("primary", "main"),
                ("assistant", "assistant"), ("car", "car"), ("自動車", "car"), ("isdn", "isdn"),
                ("telex", "telex"), ("radio", "radio"), ("tty", "tty"), ("callback", "callback")]
_LABEL_WORDS = {"home": "home", "work": "work", "mobile": "mobile", "other": "other",
                "main": "main", "pager": "pager", "home fax": "home fax",
                "work fax": "work fax", "business": "work", "personal": "home",
                "private": "home", "cell": "mobile", "fax": "fax", "blog": "blog",
                "homepage": "homepage", "profile": "profile", "custom": ""}
_METHODS = {"email", "phone", "url", "handle", "linkedin"}
_ADDRESS = {"addr_text", "addr_postal", "addr_region", "addr_city", "addr_street",
            "addr_extended", "addr_pobox", "addr_country", "addr_latin"}
# Values exporters write for "nothing": a dash, and Outlook's defaults in every row
_NOTHING = {"-", "0/0/00", "00/00/00", "0/0/0000", "00/0/0"}
_OUTLOOK_NOTHING = _NOTHING | {"unspecified", "normal", "false", "指定なし", "標準"}


def _nothing(preset: str) -> set[str]:
    return _OUTLOOK_NOTHING if preset in ("outlook", "outlook_ja") else _NOTHING
_EMAIL_IN_ANGLES = re.compile(r'^\s*"?([^"<]*)"?\s*<([^<>@\s]+@[^<>\s]+)>\s*$')


def _column_group(header: str, target: str, preset: str) -> str:
    found = preset_target(preset, header)
    if found and found[1]:
        return found[1]
    key = header_key(header)
    place = next((w for w in _PLACES if key.startswith(w)), "")
    # 住所2 / Address 2 is the second line (building) of the one address, not a second address
    number = None if re.fullmatch(r"住所2|address2", key) else re.search(r"\d+", key)
    if target in _ADDRESS or target == "addr_label":
        return place or (number.group() if number else "")
    return number.group() if number else place


def _header_label(header: str, target: str, preset: str) -> str:
    """The label a column's header gives its values (Business Phone → work, 携帯電話 → mobile)."""
    key = header_key(header)
    if target == "phone":
        words = [lbl for w, lbl in _PHONE_WORDS if w in key]
        place = next((_PLACES[w] for w in _PLACES if key.startswith(w)), "")
        if "fax" in words and place in ("work", "home"):
            return f"{place} fax"
        return words[0] if words else (place or ("work" if preset == "cards" else ""))
    if target in ("email", "url"):
        place = next((_PLACES[w] for w in _PLACES if key.startswith(w)), "")
        return place or ("work" if preset in ("cards", "linkedin") and target == "email"
                         else "")
    return ""


def _clean_label(label: str) -> str:
    label = label.strip().lstrip("*").strip()
    return _LABEL_WORDS.get(label.casefold(), label)


_MULTI = re.compile(r"\s*:::\s*")  # Google: several values in one cell ("a ::: b", ":::")


def _positions(value: str) -> list[str]:
    """Google's several values of one cell by position, empty ones kept (":::" is two)."""
    return _MULTI.split(value) if ":::" in value else [value]


def _split_values(value: str, target: str) -> list[str]:
    if ":::" not in value and "\n" not in value and ";" not in value:  # most cells
        return [] if value.casefold() in _NOTHING else [value]
    parts = _MULTI.split(value)
    if target == "email":
        parts = [x for p in parts for x in re.split(r"[;\n]", p)]
    elif target in ("phone", "url"):  # not at ";" alone: +1 555 0100;ext=12 is one number
        parts = [x for p in parts for x in re.split(r"\n|; ", p)]
    return [p.strip() for p in parts if p.strip() and p.strip().casefold() not in _NOTHING]


MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}


def parse_date(text: str) -> tuple[int | None, int | None, int | None] | None:
    """A date as (year, month, day), each None when not given, from the forms exports write:
    1985-04-03, --04-03, 1985-04, 1985, 19850403, 1985/4/3, 1985年4月3日, 4月3日, 4/3/1985
    (month first, as Outlook in English writes; day first when the first number is over 12),
    3.4.1985, 11 Jun 2021, Jun 11, 2021. None for a value meaning "no date" (0/0/00); a
    ValueError for what is not a date."""
    v = text.strip()
    if not v or v.casefold() in _NOTHING:
        return None
    v = re.sub(r"T.*$", "", v) if re.match(r"\d{4}-\d\d-\d\dT", v) else v
    y = m = d = None
    if mt := re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", v):
        y, m, d = map(int, mt.groups())
    elif mt := re.fullmatch(r"--(\d{2})-?(\d{2})", v):
        m, d = int(mt[1]), int(mt[2])
    elif mt := re.fullmatch(r"---(\d{2})", v):
        d = int(mt[1])
    elif mt := re.fullmatch(r"--(\d{2})", v):
        m = int(mt[1])
    elif mt := re.fullmatch(r"(\d{4})-(\d{1,2})", v):
        y, m = int(mt[1]), int(mt[2])
    elif mt := re.fullmatch(r"(\d{4})", v):
        y = int(mt[1])
    elif mt := re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", v):
        y, m, d = map(int, mt.groups())
    elif mt := re.fullmatch(r"(?:(\d{4})年)?\s*(\d{1,2})月\s*(\d{1,2})日", v):
        y = int(mt[1]) if mt[1] else None
        m, d = int(mt[2]), int(mt[3])
    elif mt := re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?", v):
        a, b = int(mt[1]), int(mt[2])
        m, d = (b, a) if a > 12 else (a, b)
        if mt[3]:
            y = int(mt[3])
            y = y if len(mt[3]) == 4 else (1900 + y if y > 30 else 2000 + y)
    elif mt := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", v):
        d, m, y = map(int, mt.groups())
    elif mt := re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})", v):
        d, m, y = int(mt[1]), MONTHS.get(mt[2].casefold()), int(mt[3])
    elif mt := re.fullmatch(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?(?:\s+(\d{4}))?", v):
        m, d = MONTHS.get(mt[1].casefold()), int(mt[2])
        y = int(mt[3]) if mt[3] else None
    else:
        raise ValueError(translate("problems", "“{value}” is not a date").format(value=v))
    if m is not None and not 1 <= m <= 12 or d is not None and not 1 <= d <= 31:
        raise ValueError(_not_real(v))
    if y is not None and m and d:
        from datetime import date

        try:
            date(y, m, d)
        except ValueError:
            raise ValueError(_not_real(v)) from None
    elif m and d:
        from datetime import date

        try:
            date(2000, m, d)
        except ValueError:
            raise ValueError(_not_real(v)) from None
    if y is not None and not 1800 <= y <= 2200:
        raise ValueError(translate("problems", "“{value}” is not a date (the year {year} is "
                                   "not between 1800 and 2200)").format(value=v, year=y))
    return y, m, d


def _not_real(v: str) -> str:
    return translate("problems", "“{value}” is not a real date").format(value=v)


def _split_name(full: str) -> tuple[str, str]:
    parts = re.split(r"[ \u3000]+", full.strip(), maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (full.strip(), "")


def _japanese(text: str) -> bool:
    return any(ord(ch) > 0x2E80 for ch in text)


@dataclass
class _Column:
    index: int
    header: str
    target: str
    group: str
    label: str  # what the header says about its values' label


def _columns(table: Table, mapping: dict[int, str], preset: str) -> list[_Column]:
    return [_Column(i, table.headers[i], t, _column_group(table.headers[i], t, preset),
                    _header_label(table.headers[i], t, preset))
            for i, t in sorted(mapping.items()) if t and i < len(table.headers)]


def to_people(table: Table, mapping: dict[int, str]) -> tuple[list[Person], list[Problem]]:
    """The records the rows describe under ``mapping`` (column index → target), with the
    problems: the table's own, each bad value (with its line), and every column holding
    values that nothing imports (with its count)."""
    preset = guess_preset(table.headers)
    own = preset == "kizuna"
    columns = _columns(table, mapping, preset)
    people: list[Person] = []
    problems = list(table.problems)
    system_labels: Counter[str] = Counter()
    in_notes: Counter[int] = Counter()  # column index → rows whose value it put in notes
    width = len(table.headers)
    for line, cells in table.rows:
        past: list[str] = []
        if line in table.wide:
            cells, past, said = _wide_row(table.filename, line, table.wide[line], width,
                                          columns)
            problems += said
        if own:
            cells = [unescape(c) for c in cells]
        p, row_problems = _row(table.filename, line, cells, columns, preset, system_labels,
                               in_notes)
        problems += row_problems
        if p is not None:
            if past:
                p.notes = "\n".join(x for x in (
                    p.notes, "Past the last column: " + ", ".join(past)) if x)
            people.append(p)
    for name, n in system_labels.items():
        problems.append(Problem(table.filename, None, (
            f"Google's label '{name}' (on {n:,} rows) not imported: Google puts it on every "
            "contact" if n != 1 else f"Google's label '{name}' (on 1 row) not imported: Google "
            "puts it on every contact"), "not_imported"))
    mapped = {c.index for c in columns}
    nothing = _nothing(preset)
    for i, h in enumerate(table.headers):
        if i in mapped:
            continue
        n = sum(1 for _, cells in table.rows
                if i < len(cells) and cells[i].strip()
                and cells[i].strip().casefold() not in nothing)
        if n:
            name = h if len(h) <= 60 else h[:59] + "…"
            problems.append(Problem(table.filename, None,
                                    f"column '{name}' ({n:,} values) not imported" if n != 1
                                    else f"column '{name}' (1 value) not imported",
                                    "not_imported"))
    # A column whose values have no field of their own and go to the notes (Spouse, Relation
    # N, Custom 1, an event date): named with its count, as the vCard reader names them
    for i, n in sorted(in_notes.items()):
        h = table.headers[i]
        name = h if len(h) <= 60 else h[:59] + "…"
        problems.append(Problem(table.filename, None,
                                f"column '{name}' ({n:,} values) kept in notes" if n != 1
                                else f"column '{name}' (1 value) kept in notes",
                                "kept_as_text"))
    return people, problems


# The legal form after a company name's comma ("Acme, Inc.", "Tanaka Co., Ltd.", "Müller,
# GmbH"): a cell that is only this, right after the company's cell, is the company's own
# second half when a row has one cell too many.
_LEGAL_FORM = re.compile(
    r"\s*(?:inc|incorporated|ltd|limited|llc|llp|lp|plc|co|corp|corporation|company|gmbh|"
    r"ag|kg|sa|s\.a|sas|sarl|srl|spa|s\.p\.a|nv|bv|ab|oy|as|a/s|pty|pte|k\.k|kk|"
    r"co\.,?\s*ltd|pty\.?\s*ltd|pte\.?\s*ltd)\.?\s*", re.IGNORECASE)


def _wide_row(filename: str, line: int, cells: list[str], width: int,
              columns: list[_Column]) -> tuple[list[str], list[str], list[Problem]]:
    """(the cells read, values past the header's last column, what to say) for a row of more
    cells than the header (``width``). When the cells past a company's cell are only a legal
    form ("Acme" + " Inc."), the company had a comma and no quotes: the cells are joined back
    and the rest stay in their columns, said on the row's line. Otherwise the row is read as
    the header has it and what is past the last column goes to the notes, said too: its
    values may sit one column late from the split one on. A row whose extra cells are all
    empty (a trailing delimiter) is read as it is, with nothing to say."""
    n = len(cells)
    orgs = [c.index for c in columns if c.target in ("organization", "organization_en")]
    kept = _without_trailing_empty(cells, width)
    # the extra cells with and without the empty ones at the end (a trailing delimiter)
    for extra in dict.fromkeys((n - width, len(kept) - width)):
        if extra <= 0:
            continue
        found = [i for i in orgs if cells[i].strip() and i + extra < n and all(
            _LEGAL_FORM.fullmatch(c) for c in cells[i + 1:i + 1 + extra])]
        if len(found) == 1:
            i = found[0]
            company = ",".join(cells[i:i + 1 + extra]).strip()
            joined = cells[:i] + [company] + cells[i + 1 + extra:]
            rest = [c for c in joined[width:] if c.strip()]
            if not rest:
                return joined[:width], [], [Problem(
                    filename, line, f"{n} cells where the header has {width}: the company "
                    f"“{company}” has a comma but no quotes; read as one company, the values "
                    "after it in their own columns (check the contact)", "kept_as_text")]
    past = [c.strip() for c in cells[width:] if c.strip()]
    if not past:
        return cells[:width], [], []
    shown = ", ".join(repr(c if len(c) <= 60 else c[:59] + "…") for c in past[:5])
    return cells[:width], past, [Problem(
        filename, line, f"{n} cells where the header has {width}: a value holds a delimiter "
        f"without quotes, so the values after it may sit {len(kept) - width} column(s) late; "
        "the row is kept as the header reads it (check the contact) and what is past the "
        f"last column is kept in notes: {shown}", "kept_as_text")]


def _without_trailing_empty(cells: list[str], width: int) -> list[str]:
    """``cells`` without the empty cells at its end past ``width``."""
    end = len(cells)
    while end > width and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _row(filename: str, line: int, cells: list[str], columns: list[_Column], preset: str,
         system_labels: Counter, in_notes: Counter | None = None,
         ) -> tuple[Person | None, list[Problem]]:
    problems: list[Problem] = []
    own = preset == "kizuna"  # Kizuna's own CSV: values as written, one per cell
    nothing = set() if own else _nothing(preset)
    clean = str.strip if own else _clean_label
    split = (lambda v, _t: [v]) if own else _split_values
    positions = (lambda v: [v]) if own else _positions
    single: dict[str, list[tuple[_Column, str]]] = defaultdict(list)
    labels: dict[tuple[str, str], str] = {}
    label_columns: dict[tuple[str, str], _Column] = {}
    in_notes = Counter() if in_notes is None else in_notes
    for c in columns:
        value = cells[c.index] if c.index < len(cells) else ""
        if not value.strip():
            continue
        value = value if own else value.strip()  # Kizuna's own: as written
        if c.target.endswith("_label") or c.target == "handle_kind":
            key = (c.target.removesuffix("_label").removesuffix("_kind")
                   + ("_kind" if c.target == "handle_kind" else ""), c.group)
            labels[key] = value
            label_columns[key] = c
            continue
        single[c.target].append((c, value))

    def bad(message: str, kind: str = "problem") -> None:
        problems.append(Problem(filename, line, message, kind))

    def text(target: str, sep: str = " ") -> str:
        values = single.get(target)
        if not values:
            return ""
        if len(values) == 1:
            v = values[0][1]
            return "" if v.casefold() in nothing else v
        return sep.join(v for _, v in values if v.casefold() not in nothing)

    p = Person(line=line)
    if full := text("full_name"):
        first, second = _split_name(full)
        p.family_name, p.given_name = (first, second) if _japanese(full) else (second, first)
        if not p.family_name:
            p.family_name, p.given_name = p.given_name, ""
    p.family_name = text("family_name") or p.family_name
    p.given_name = text("given_name") or p.given_name
    if reading := text("reading"):
        p.family_reading, p.given_reading = _split_name(reading)
    p.family_reading = text("family_reading") or p.family_reading
    p.given_reading = text("given_reading") or p.given_reading
    for name in ("family_latin", "given_latin", "middle_name", "name_prefix", "name_suffix",
                 "nickname", "honorific", "organization", "organization_en",
                 "organization_reading", "department", "department_en", "title", "title_en",
                 "interests", "region"):
        setattr(p, name, text(name))
    for name in ("organization", "department", "title"):
        # One job in two scripts (Outlook's Company and 会社名, Job Title and 役職 in one
        # file): the Japanese value is the field, the Latin one its English name.
        values = [v for _, v in single.get(name, ()) if v.casefold() not in nothing]
        if len(values) == 2 and not getattr(p, name + "_en") \
                and _japanese(values[0]) != _japanese(values[1]):
            ja, en = sorted(values, key=lambda v: not _japanese(v))
            setattr(p, name, ja)
            setattr(p, name + "_en", en)
    if text("latin_order") in ("given_first", "family_first"):
        p.latin_order = text("latin_order")
    p.is_organization = text("is_organization").casefold() in ("yes", "true", "1")
    p.archived = text("archived").casefold() in ("yes", "true", "1")
    if cadence := text("cadence_days"):
        try:
            p.cadence_days = int(cadence)
        except ValueError:
            bad(f"keep-in-touch days “{cadence}” is not a number; left out")
    def to_notes(c: _Column, kind: str) -> None:
        """Count ``c`` (and the label column paired with it) as put in the notes."""
        in_notes[c.index] += 1
        if (label_column := label_columns.get((kind, c.group))) is not None:
            in_notes[label_column.index] += 1

    notes = [v for _, v in single.get("notes", [])]
    for c, v in single.get("note_line", []):
        if v.casefold() not in nothing:
            notes.append(f"{c.header}: {v}")
            in_notes[c.index] += 1
    notes += _joint_names(p, single, nothing, bad, own)
    for c, v in single.get("relation", []):  # Google: Relation N - Label / Value
        notes.append(f"{clean(labels.get(('relation', c.group), '')) or 'Related'}: {v}")
        to_notes(c, "relation")
    for c, v in single.get("event", []):  # Google: Event N; an anniversary has its field
        label = clean(labels.get(("event", c.group), ""))
        if label.casefold() in ("anniversary", "記念日") and p.anniversary is None:
            try:
                p.anniversary = parse_date(v)
                continue
            except ValueError as e:
                bad(f"{c.header}: {e}; kept in notes", "kept_as_text")
        notes.append(f"{label or 'Date'}: {v}")
        to_notes(c, "event")
    p.notes = "\n".join(notes)

    # Methods: every value of every column, with the label its label column or header gives
    for target in ("email", "phone", "url"):
        for c, value in single.get(target, []):
            values = split(value, target)
            paired = labels.get((target, c.group), "")
            paired_list = split(paired, "label") if paired else []
            for k, v in enumerate(values):
                label = clean(paired_list[min(k, len(paired_list) - 1)]
                              if paired_list else ("" if own else c.label))
                if target == "email":
                    v = v if own else _email(v, label, p, bad)
                    if v:
                        p.emails.append((label, v))
                elif target == "phone":
                    p.phones.append((label, v))
                elif not own and "linkedin.com/" in v.lower():
                    # A LinkedIn profile is a LinkedIn handle, as the vCard reader has it (a
                    # web address here came back as a second method through a vCard).
                    p.handles.append(("linkedin", label, v))
                else:
                    p.urls.append((label, v))
    for _c, value in single.get("linkedin", []):
        p.handles.append(("linkedin", "", value))
    for c, value in single.get("handle", []):
        kinds = labels.get(("handle_kind", c.group), "")
        label = clean(labels.get(("handle", c.group), "" if own else c.label))
        for k, v in enumerate(split(value, "handle")):
            kind_list = split(kinds, "kind") if kinds else []
            kind = kind_list[min(k, len(kind_list) - 1)] if kind_list else "other"
            kind = kind if own else kind.strip().lstrip("*").strip().casefold()
            p.handles.append((kind or "other", label, v))

    # Addresses: the parts of one group make one address (Google's " ::: " makes several)
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    order: list[str] = []
    for c, value in sorted((cv for t in _ADDRESS for cv in single.get(t, [])),
                           key=lambda cv: cv[0].index):  # in the file's column order
        if value.casefold() in nothing:
            continue
        if c.group not in groups:
            order.append(c.group)
        groups[c.group][c.target].append(value)
    for g in order:
        parts = groups[g]
        label_text = labels.get(("addr", g), "")
        count = max(len(positions(v)) for vs in parts.values() for v in vs)
        label_list = split(label_text, "label") if label_text else []
        for k in range(count):
            def part(target: str, k: int = k, parts: dict = parts) -> str:
                pieces = []
                for v in parts.get(target, []):
                    values = positions(v)
                    if k < len(values) and values[k].strip():
                        pieces.append(values[k].strip())
                sep = " " if any(_japanese(x) for x in pieces) else ", "
                return sep.join(pieces)
            label = (clean(label_list[min(k, len(label_list) - 1)]) if label_list
                     else "" if own else _PLACES.get(g, "work" if preset == "cards" else ""))
            a = Address(label=label, postal_code=part("addr_postal"),
                        region=part("addr_region"), city=part("addr_city"),
                        street=part("addr_street"), extended=part("addr_extended"),
                        po_box=part("addr_pobox"), country=part("addr_country"),
                        text=part("addr_text"), latin=part("addr_latin"))
            if not a.is_empty():
                p.addresses.append(a)
                if a.postal_code and not normal_code(a.postal_code) and _japanese(
                        a.region + a.city + a.street + a.text):  # issue 25: named, kept
                    bad(f"postal code {a.postal_code!r} is not seven digits (NNN-NNNN); kept "
                        "as written, a New Year card's postal-code boxes stay empty")

    # Dates
    for target in ("birthday", "anniversary"):
        for c, value in single.get(target, [])[:1]:
            if target == "anniversary" and p.anniversary:
                break
            try:
                setattr(p, target, parse_date(value))
            except ValueError as e:
                bad(f"{c.header}: {e}; left out")
    ymd = [text(t) for t in ("birth_year", "birth_month", "birth_day")]
    if any(ymd) and p.birthday is None:
        try:
            y, m, d = (int(x) if x else None for x in ymd)
            p.birthday = parse_date(f"{y:04d}-{m:02d}-{d:02d}") if y and m and d else (
                parse_date(f"--{m:02d}-{d:02d}") if m and d else (y, m, d))
        except (ValueError, TypeError):
            bad(f"birthday “{'/'.join(x or '?' for x in ymd)}” is not a date; left out")
    met = [f"Connected on {v}" for _, v in single.get("met_on", [])]
    for c, v in single.get("card_exchanged", []):
        try:
            when = exchange_date(v)
        except ValueError:
            bad(f"{c.header} “{v}” is not a whole date; this card exchange is left out")
            continue
        if when is not None and when not in p.card_exchanges:
            p.card_exchanges.append(when)
    p.how_we_met = "\n".join([text("how_we_met", "\n"), *met]).strip()

    # Tags: Google's labels (" ::: "), Outlook's categories (";"), card apps' lists
    tags: list[str] = []
    for _, value in single.get("tags", []):
        for t in (value.split("\n") if own else re.split(r"\s*:::\s*|[;,、\n]", value)):
            t = t.strip()
            if not t:
                continue
            if t.startswith("* ") and not own:
                # Google's system group, on every contact: "* My Contacts" in the older
                # columns, "* myContacts" in the current ones; neither is a tag
                if t[2:].replace(" ", "").casefold() == "mycontacts":
                    system_labels[t] += 1
                    continue
                t = t[2:]
            if t not in tags:
                tags.append(t)
    p.tags = tags
    if single.get("past_positions"):
        try:
            p.past_positions = read_roles(single["past_positions"][0][1])
        except ValueError as e:
            bad(f"past positions: {e}; left out")

    if not (p.family_name or p.given_name or p.family_latin or p.given_latin or p.nickname
            or p.emails or p.phones or p.organization or p.organization_en or p.handles
            or p.urls):
        if single:
            bad("no name, e-mail, phone or company; the row is left out ("
                + ", ".join(f"{c.header}: {v[:40]}" for vs in single.values()
                            for c, v in vs[:3]) + ")")
        return None, problems
    return p, problems


_JOINT_SPLIT = re.compile(r"\s*[・、,，;；/／]\s*")
_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ff\s]+")


def _joint_names(p: Person, single: dict, nothing: set[str], bad,
                 own: bool = False) -> list[str]:
    """連名 columns into ``p.joint_names`` (「花子」, 「花子・一郎」, 連名1/連名2…; a name
    written with the contact's family name keeps its given name only); returns the note
    lines for what the card cannot keep (an honorific other than 様: the card writes 様
    after every name), each also named in the plan. Kizuna's own CSV (``own``) gives the
    card's joint names one a line, each as written (trimmed)."""
    if own:
        for _, value in single.get("joint_name", []):
            p.joint_names += [n for n in read_list(value) if n not in p.joint_names]
        return []
    honorifics = {c.group: v for c, v in single.get("joint_honorific", [])
                  if v.casefold() not in nothing}
    notes: list[str] = []
    for c, value in single.get("joint_name", []):
        if value.casefold() in nothing:
            continue
        value = " ".join(value.replace("\u3000", " ").split())
        # a foreign name in katakana keeps its own middle dot (ジョン・スミス is one name)
        names = [value] if _KATAKANA_NAME.fullmatch(value) else _JOINT_SPLIT.split(value)
        for name in names:
            name = name.strip()
            family = p.family_name.strip()
            if family and name.startswith(family + " "):
                name = name[len(family):].strip()  # 「山田 花子」 under 山田: 花子
            if not name or name in p.joint_names or name == p.given_name:
                continue
            p.joint_names.append(name)
            honorific = honorifics.get(c.group, "").strip()
            if honorific and honorific != "様":
                notes.append(f"連名 {name}: {honorific}")
                bad(f"joint name (連名) {name}: honorific “{honorific}” kept in notes; the "
                    "New Year card writes 様 after every name", "kept_as_text")
    return notes


def exchange_date(value: str) -> date | None:
    """The day a card was exchanged, as a card app writes it (2025/04/10, 2025-04-10,
    2025年4月10日, with or without a time after it); None for a cell meaning "no date", a
    ValueError for anything that is not a whole date (a year alone cannot be put on a day)."""
    v = re.sub(r"[ T]\d{1,2}:\d{2}(?::\d{2})?$", "", value.strip())
    parts = parse_date(v)
    if parts is None:
        return None
    y, m, d = parts
    if not (y and m and d):
        raise ValueError(f"not a whole date: {value!r}")
    return date(y, m, d)


def _email(value: str, label: str, p: Person, bad) -> str:
    """An e-mail as written in a cell: "Name" <addr> gives addr; a LinkedIn member URN is kept
    as a LinkedIn handle (with a problem line); anything without an @ is left out, named."""
    v = value.strip()
    if v.casefold().startswith("mailto:"):
        v = v[7:]
    if m := _EMAIL_IN_ANGLES.match(v):
        v = m.group(2)
    if v.casefold().startswith("urn:li:"):
        p.handles.append(("linkedin", "", v))
        bad(f"“{v}” in the e-mail column is a LinkedIn member id, not an e-mail; kept as a "
            "LinkedIn handle", "kept_as_text")
        return ""
    if "@" not in v or " " in v.strip():
        bad(f"“{v}” is not an e-mail address; left out")
        return ""
    return v


__all__ = ["Table", "read_table", "guess_mapping", "guess_preset", "to_people",
           "write_csv", "parse_date", "encoding_name", "TARGETS", "PRESETS", "PRESET_NAMES"]
