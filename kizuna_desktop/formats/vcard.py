"""vCard 3.0 and 4.0 in and out through vobject, with the Japanese phonetic fields phones and
address books write (X-PHONETIC-FIRST-NAME / X-PHONETIC-LAST-NAME, SORT-STRING,
SOUND;X-IRMC-N) and the files of older Japanese phones (vCard 2.1, CHARSET=SHIFT_JIS,
QUOTED-PRINTABLE, folded lines).

Reading takes each property through vobject's content-line parser (``parseLine``) and decodes
the values as its vCard behaviours do, without building vobject's component objects (half a
millisecond a card: five seconds for 10,000 cards, which this reads in about one). Writing is
in ``vcard_out`` (``write_vcards`` and ``meishi_vcard`` are found here too)."""

from __future__ import annotations

import base64
import binascii
import quopri
import re

import vobject
from vobject.base import ParseError, parseLine
from vobject.icalendar import stringToTextValues
from vobject.vcard import splitFields

from kizuna_desktop.formats.records import Person, Problem
from kizuna_desktop.formats.vcard_out import meishi_vcard, write_vcards  # noqa: F401 - vCards out
from kizuna_desktop.gcpause import paused_gc

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.I)
_END = re.compile(r"^END:VCARD\s*$", re.I)
_PARAM = re.compile(r";(?:ENCODING=)?QUOTED-PRINTABLE", re.I)
_QP_OR_CHARSET = re.compile(r"QUOTED-PRINTABLE|CHARSET=", re.I)
_CHARSET = re.compile(r";CHARSET=([A-Za-z0-9_\-]+)", re.I)
HANDLES = {"linkedin", "line", "x", "twitter", "instagram", "facebook"}


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Shift_JIS/CP932 as Japanese phones and Excel write."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp932", errors="replace")


def _unfold_21(lines: list[str]) -> list[tuple[int, str]]:
    """Join folded lines (a leading space or tab continues the line) and quoted-printable
    soft line breaks (a line ending in '='), keeping each line's first line number."""
    out: list[tuple[int, str]] = []
    for n, raw in enumerate(lines, 1):
        if out and (raw[:1] in (" ", "\t") or out[-1][1].endswith("=")):
            start, prev = out[-1]
            qp = _PARAM.search(prev) is not None
            if raw[:1] in (" ", "\t") and not qp:
                out[-1] = (start, prev + raw[1:])
                continue
            if qp and prev.endswith("="):
                out[-1] = (start, prev[:-1] + raw.lstrip())
                continue
        out.append((n, raw))
    return out


def _decode_qp(line: str) -> str:
    """A QUOTED-PRINTABLE property: decode its bytes in its CHARSET and write it back as a
    plain vCard 3.0 line (newlines escaped)."""
    name, _, value = line.partition(":")
    charset = _CHARSET.search(name)
    raw = quopri.decodestring(value.encode("ascii", errors="replace"))
    enc = charset.group(1).lower() if charset else "utf-8"
    enc = {"shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932"}.get(enc, enc)
    try:
        text = raw.decode(enc)
    except (UnicodeDecodeError, LookupError):
        text = raw.decode("cp932", errors="replace")
    text = text.replace("\r\n", "\n").replace("\n", "\\n")
    name = _CHARSET.sub("", _PARAM.sub("", name))
    return f"{name}:{text}"


def _params_21(line: str) -> str:
    """vCard 2.1 writes bare parameters (TEL;CELL;VOICE, SOUND;X-IRMC-N): make them TYPE=."""
    name, sep, value = line.partition(":")
    parts = name.split(";")
    parts = [parts[0]] + [p if "=" in p else f"TYPE={p}" for p in parts[1:]]
    return ";".join(parts) + sep + value


def _plain_line(line: str) -> str:
    """A property as vCard 3.0 writes it: quoted-printable decoded, CHARSET dropped (the
    text is already decoded)."""
    end = line.find(":")
    name = line if end < 0 else line[:end]
    if ";" not in name or not _QP_OR_CHARSET.search(name):  # most lines: nothing to do
        return line
    if _PARAM.search(name):
        return _decode_qp(line)
    return _CHARSET.sub("", name) + line[len(name):]


Block = tuple[int, list[tuple[int, str]]]  # first line, then each property with its line


def _blocks(text: str, filename: str) -> tuple[list[Block], list[Problem]]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    problems: list[Problem] = []
    current: list[tuple[int, str]] | None = None
    start = 0
    for n, line in _unfold_21(lines):
        head = line[:5].upper()
        if head == "BEGIN" and _BEGIN.match(line):
            if current is not None:
                problems.append(Problem(filename, start, "vCard without END:VCARD; skipped"))
            current, start = [], n
        elif head[:3] == "END" and _END.match(line):
            if current is None:
                problems.append(Problem(filename, n, "END:VCARD without BEGIN:VCARD"))
                continue
            fixed: list[tuple[int, str]] = []
            for k, x in current:
                if not x.strip():
                    continue
                if x[:1] in (" ", "\t") and fixed:  # a fold the quoted-printable join left
                    fixed[-1] = (fixed[-1][0], fixed[-1][1] + x[1:])
                else:
                    fixed.append((k, _plain_line(x)))
            if any(len(x) == 11 and x.upper() == "VERSION:2.1" for _, x in fixed):
                fixed = [(k, _params_21(x)) for k, x in fixed]
            blocks.append((start, fixed))
            current = None
        elif current is not None:
            current.append((n, line))
        elif line.strip():
            problems.append(Problem(filename, n, "text outside any vCard; ignored"))
    if current is not None:
        problems.append(Problem(filename, start, "vCard cut off (no END:VCARD); skipped"))
    return blocks, problems


class _Prop:
    """One property of a card: its parameters (names upper-cased) and its decoded value, as
    vobject's vCard 3.0 behaviours decode them."""

    __slots__ = ("params", "value")

    def __init__(self, params: dict[str, list[str]], value) -> None:
        self.params, self.value = params, value


_ESCAPE = re.compile(r'\\([\\;,Nn"])')
_STRUCTURED = {"N": "name", "ADR": "address", "ORG": "list", "CATEGORIES": "text list"}


def _unescape(value: str) -> str:
    """A text value: backslash escapes undone (``\\n`` is a new line). Unescaped commas are
    kept as they are (some exporters write them in notes), where vobject would cut there."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "Nn" else m[1], value)


def _items(value: str, sep: str) -> list[str]:
    items = value.split(sep)
    if len(items) > 1 and not items[-1]:  # as vobject reads them: no empty last item
        items.pop()
    return items


def _fields(value: str) -> list:
    """vobject's ``splitFields`` (fields split at ';', a field with commas becomes a list),
    without its character-by-character scan when nothing is escaped."""
    if "\\" in value:
        return splitFields(value)
    return [f[0] if len(f) == 1 else f for f in (_items(x, ",") for x in _items(value, ";"))]


def _decoded(name: str, params: dict[str, list[str]], singletons: list[str], value: str):
    kind = _STRUCTURED.get(name)
    if kind == "name":
        # fewer fields than the order (or more, which vobject also drops) are fine
        return vobject.vcard.Name(**dict(zip(vobject.vcard.NAME_ORDER, _fields(value),
                                             strict=False)))
    if kind == "address":
        return vobject.vcard.Address(**dict(zip(vobject.vcard.ADDRESS_ORDER, _fields(value),
                                                strict=False)))
    if kind == "list":
        return _fields(value)
    if kind == "text list":
        return stringToTextValues(value) if "\\" in value else _items(value, ",")
    if ("ENCODING" in params or singletons) and (
            {e.upper() for e in params.get("ENCODING", ())} & {"B", "BASE64"}
            or any(s.upper() == "BASE64" for s in singletons)):
        try:
            return base64.b64decode(value)
        except (binascii.Error, ValueError) as e:
            raise ValueError(f"{name} is not valid base64") from e
    return _unescape(value)


# A property name alone before the colon, as parseLine reads it (it would also turn "_" into
# "-": such names go through it).
_BARE_NAME = re.compile("[A-Za-z0-9-]+")


def _properties(lines: list[tuple[int, str]], filename: str
                ) -> tuple[dict[str, list[_Prop]], list[Problem]]:
    """The properties of one card by lower-case name (groups such as ``item1.`` dropped),
    through vobject's content-line parser; a line it cannot parse is reported and skipped."""
    contents: dict[str, list[_Prop]] = {}
    problems: list[Problem] = []
    for n, line in lines:
        head, colon, value = line.partition(":")
        if colon and _BARE_NAME.fullmatch(head):  # most lines: no group, no parameters
            name, raw_params = head, []
        else:
            try:
                name, raw_params, value, _group = parseLine(line, n)
            except ParseError:
                problems.append(Problem(filename, n, "line is not a vCard property; skipped"))
                continue
        name = name.upper()
        if name in ("BEGIN", "END", "VERSION"):
            continue
        params: dict[str, list[str]] = {}
        singletons: list[str] = []
        for p in raw_params:
            if len(p) == 1:
                singletons.append(p[0])
            else:
                params.setdefault(p[0].upper(), []).extend(p[1:])
        try:
            decoded = _decoded(name, params, singletons, value)
        except ValueError as e:  # a broken photo: the contact comes in without it
            problems.append(Problem(filename, n, f"{_short(e)}; left out"))
            continue
        contents.setdefault(name.lower(), []).append(_Prop(params, decoded))
    return contents, problems


def _param(prop, name: str) -> list[str]:
    return [v.lower() for v in prop.params.get(name.upper(), [])]


def _label(prop) -> str:
    types = [t.strip('"') for v in _param(prop, "TYPE") for t in v.split(",")]
    return ",".join(t for t in types if t not in ("internet", "pref", "voice", "x400", ""))


def _text(prop) -> str:
    v = prop.value
    return (" ".join(v) if isinstance(v, list) else str(v or "")).strip()


def _birthday(value: str) -> tuple[int | None, int, int] | None:
    """BDAY as 1971-05-12, 19710512, 1971-05-12T00:00:00, or without a year: --0512, --05-12."""
    v = value.strip()
    m = re.fullmatch(r"--(\d{2})-?(\d{2})", v)
    if m:
        return None, int(m[1]), int(m[2])
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?", v)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    return None


def _person(c: dict[str, list[_Prop]], line: int) -> Person:
    p = Person(line=line)
    if "n" in c:
        n = c["n"][0].value
        p.family_name, p.given_name = (n.family or "").strip(), (n.given or "").strip()
    if not (p.family_name or p.given_name) and "fn" in c:
        full = _text(c["fn"][0])
        parts = full.split()
        p.family_name, p.given_name = (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 \
            else (full, "")
    reading = {}
    for key, field in (("x-phonetic-last-name", "family"), ("x-phonetic-first-name", "given")):
        if key in c:
            reading[field] = _text(c[key][0])
    if "sound" in c:
        for s in c["sound"]:
            if "x-irmc-n" in _param(s, "TYPE") or "X-IRMC-N" in s.params:
                parts = s.value.split(";") if isinstance(s.value, str) else s.value
                reading.setdefault("family", (parts[0] if parts else "").strip())
                reading.setdefault("given", (parts[1] if len(parts) > 1 else "").strip())
    if "sort-string" in c and "family" not in reading:
        parts = _text(c["sort-string"][0]).split()
        reading["family"] = parts[0] if parts else ""
        if len(parts) > 1:
            reading.setdefault("given", " ".join(parts[1:]))
    p.family_reading, p.given_reading = reading.get("family", ""), reading.get("given", "")
    for e in c.get("email", []):
        p.emails.append((_label(e), _text(e)))
    for t in c.get("tel", []):
        p.phones.append((_label(t), re.sub(r"^tel:", "", _text(t), flags=re.I)))
    for a in c.get("adr", []):
        v = a.value
        parts = [v.street, v.city, v.region, v.code, v.country] if hasattr(v, "street") else [
            str(v)]
        flat = ", ".join(" ".join(x) if isinstance(x, list) else x for x in parts if x)
        if flat.strip():
            p.addresses.append((_label(a), flat.strip()))
    for u in c.get("url", []):
        value = _text(u)
        kind = "linkedin" if "linkedin.com" in value else "website"
        p.handles.append((kind, _label(u), value))
    for key in c:
        if key.startswith("x-") and key[2:] in HANDLES:
            for h in c[key]:
                p.handles.append((key[2:].replace("twitter", "x"), "", _text(h)))
    for s in c.get("x-socialprofile", []):
        kind = (_param(s, "TYPE") or ["other"])[0]
        p.handles.append((kind if kind in HANDLES else "other", "", _text(s)))
    if "org" in c:
        org = c["org"][0].value
        org = org if isinstance(org, list) else [org]
        p.organization = (org[0] if org else "").strip()
        p.department = " ".join(x for x in org[1:] if x).strip()
    if "title" in c:
        p.title = _text(c["title"][0])
    if "note" in c:
        p.notes = "\n".join(_text(x) for x in c["note"])
    if "bday" in c:
        p.birthday = _birthday(_text(c["bday"][0]))
        if p.birthday is None:
            raise ValueError(f"birthday “{_text(c['bday'][0])}” is not a date")
    if "photo" in c:
        v = c["photo"][0].value
        if isinstance(v, bytes):
            p.photo = v
        elif isinstance(v, str) and v.startswith("data:") and "," in v:
            p.photo = base64.b64decode(v.split(",", 1)[1])
    if "categories" in c:
        p.tags = [t.strip() for t in c["categories"][0].value if t.strip()]
    for key, attr in (("x-kizuna-interests", "interests"), ("x-kizuna-how-we-met", "how_we_met"),
                      ("x-kizuna-region", "region")):
        if key in c:
            setattr(p, attr, _text(c[key][0]))
    if "x-kizuna-cadence" in c and _text(c["x-kizuna-cadence"][0]).isdigit():
        p.cadence_days = int(_text(c["x-kizuna-cadence"][0]))
    for key, attr in (("x-kizuna-latin-family", "family_latin"),
                      ("x-kizuna-latin-given", "given_latin"),
                      ("x-kizuna-latin-order", "latin_order")):
        if key in c:
            setattr(p, attr, _text(c[key][0]))
    return p


def read_vcards(data: bytes, filename: str = "vCard") -> tuple[list[Person], list[Problem]]:
    """Every readable contact in a vCard file, and a problem (with its line) for each card or
    line that could not be read."""
    if b"\x00" in data[:4096]:
        return [], [Problem(filename, None, "this is a binary file, not a vCard")]
    blocks, problems = _blocks(decode_bytes(data), filename)
    if not blocks and not problems:
        problems.append(Problem(filename, None, "no vCard found (no BEGIN:VCARD line)"))
    with paused_gc():
        people, unreadable = _read_blocks(blocks, filename)
    return people, sorted(problems + unreadable, key=lambda p: p.line or 0)


def _read_blocks(blocks: list[Block], filename: str) -> tuple[list[Person], list[Problem]]:
    people, problems = [], []
    for line, lines in blocks:
        try:
            contents, skipped = _properties(lines, filename)
            people.append(_person(contents, line))
            problems += skipped
        except Exception as e:  # noqa: BLE001 - a card's values fail in many ways; go on
            problems.append(Problem(filename, line, f"unreadable vCard: {_short(e)}"))
    return people, problems


def _short(e: Exception) -> str:
    return str(e).splitlines()[0][:200] if str(e) else type(e).__name__
