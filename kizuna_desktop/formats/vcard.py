"""vCard 3.0 and 4.0 in and out through vobject, with the Japanese phonetic fields phones and
address books write (X-PHONETIC-FIRST-NAME / X-PHONETIC-LAST-NAME, SORT-STRING,
SOUND;X-IRMC-N) and the files of older Japanese phones (vCard 2.1, CHARSET=SHIFT_JIS,
QUOTED-PRINTABLE, folded lines)."""

from __future__ import annotations

import base64
import quopri
import re
from typing import TYPE_CHECKING

import vobject

from kizuna_desktop.formats.records import Person, Problem

if TYPE_CHECKING:
    from kizuna_desktop.services.meishi import MeishiView

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.I)
_END = re.compile(r"^END:VCARD\s*$", re.I)
_PARAM = re.compile(r";(?:ENCODING=)?QUOTED-PRINTABLE", re.I)
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
        if out and raw[:1] in (" ", "\t") and not _PARAM.search(out[-1][1]):
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        elif out and _PARAM.search(out[-1][1]) and out[-1][1].endswith("="):
            out[-1] = (out[-1][0], out[-1][1][:-1] + raw.lstrip())
        else:
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


def _blocks(text: str, filename: str) -> tuple[list[tuple[int, str]], list[Problem]]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks, problems, current, start = [], [], None, 0
    for n, line in _unfold_21(lines):
        if _BEGIN.match(line):
            if current is not None:
                problems.append(Problem(filename, start, "vCard without END:VCARD; skipped"))
            current, start = [], n
        elif _END.match(line):
            if current is None:
                problems.append(Problem(filename, n, "END:VCARD without BEGIN:VCARD"))
                continue
            fixed = [_decode_qp(x) if _PARAM.search(x.partition(":")[0]) else
                     _CHARSET.sub("", x.partition(":")[0]) + ":" + x.partition(":")[2]
                     for x in current if x.strip()]
            if any(re.match(r"^VERSION:2\.1$", x, re.I) for x in fixed):
                fixed = [_params_21(x) for x in fixed]
            body = [re.sub(r"^VERSION:2\.1$", "VERSION:3.0", x, flags=re.I) for x in fixed]
            blocks.append((start, "BEGIN:VCARD\r\n" + "\r\n".join(body) + "\r\nEND:VCARD\r\n"))
            current = None
        elif current is not None:
            current.append(line)
        elif line.strip():
            problems.append(Problem(filename, n, "text outside any vCard; ignored"))
    if current is not None:
        problems.append(Problem(filename, start, "vCard cut off (no END:VCARD); skipped"))
    return blocks, problems


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


def _person(card, line: int) -> Person:
    p = Person(line=line)
    c = card.contents
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
    people, unreadable = (_read_in_parallel(blocks, filename) if len(blocks) >= PARALLEL_FROM
                          else _read_blocks(blocks, filename))
    return people, problems + unreadable


# vobject takes about half a millisecond a card: a large file is read by one process per core
# (the cards are independent), this one included.
PARALLEL_FROM = 2000
MAX_PROCESSES = 4


def _read_blocks(blocks: list[tuple[int, str]], filename: str
                 ) -> tuple[list[Person], list[Problem]]:
    people, problems = [], []
    for line, block in blocks:
        try:
            card = vobject.readOne(block, ignoreUnreadable=True)
            people.append(_person(card, line))
        except Exception as e:  # noqa: BLE001 - vobject raises many kinds; report and go on
            problems.append(Problem(filename, line, f"unreadable vCard: {_short(e)}"))
    return people, problems


def _read_in_parallel(blocks: list[tuple[int, str]], filename: str
                      ) -> tuple[list[Person], list[Problem]]:
    """The same as ``_read_blocks``, in order, with the work shared between processes; where
    processes cannot be started, this one reads everything."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    n = max(1, min(os.cpu_count() or 1, MAX_PROCESSES))
    if n == 1:
        return _read_blocks(blocks, filename)
    size = -(-len(blocks) // n)
    parts = [blocks[i:i + size] for i in range(0, len(blocks), size)]
    results: list[tuple[list[Person], list[Problem]] | None] = [None] * len(parts)
    try:
        # spawn: safe from a thread of a Qt app (fork would copy its threads' locks)
        with ProcessPoolExecutor(len(parts) - 1,
                                 mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = [pool.submit(_read_blocks, part, filename) for part in parts[1:]]
            results[0] = _read_blocks(parts[0], filename)  # meanwhile, here
            for i, future in enumerate(futures, 1):
                results[i] = future.result()
    except Exception:  # noqa: BLE001 - no processes here (a sandbox, a broken pool): read on
        for i, part in enumerate(parts):
            if results[i] is None:
                results[i] = _read_blocks(part, filename)
    people = [x for r in results if r for x in r[0]]
    problems = [x for r in results if r for x in r[1]]
    return people, problems


def _short(e: Exception) -> str:
    return str(e).splitlines()[0][:200] if str(e) else type(e).__name__


def write_vcards(people: list[Person], version: str = "3.0") -> str:
    """vCards for ``people``; ``version`` is '3.0' or '4.0'."""
    return "".join(_card(p, version) for p in people)


def _card(p: Person, version: str) -> str:
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=p.family_name, given=p.given_name)
    japanese = any(ord(ch) > 0x2E80 for ch in p.family_name + p.given_name)
    full = (f"{p.family_name} {p.given_name}" if japanese else
            f"{p.given_name} {p.family_name}").strip()
    card.add("fn").value = full or "(no name)"
    if p.family_reading:
        card.add("x-phonetic-last-name").value = p.family_reading
    if p.given_reading:
        card.add("x-phonetic-first-name").value = p.given_reading
    if p.family_reading or p.given_reading:
        card.add("sort-string").value = " ".join(x for x in (p.family_reading, p.given_reading)
                                                 if x)
    for kind, items in (("email", p.emails), ("tel", p.phones)):
        for label, value in items:
            prop = card.add(kind)
            prop.value = value
            if label:
                prop.type_param = label.upper()
    for label, value in p.addresses:
        prop = card.add("adr")
        prop.value = vobject.vcard.Address(street=value)
        if label:
            prop.type_param = label.upper()
    for kind, _, value in p.handles:
        if kind in ("website", "linkedin") and ("." in value or "/" in value):
            card.add("url").value = value
        else:
            card.add(f"x-{kind}").value = value
    if p.organization or p.department:
        card.add("org").value = [x for x in (p.organization, p.department) if x]
    if p.title:
        card.add("title").value = p.title
    if p.notes:
        card.add("note").value = p.notes
    if p.birthday:
        y, m, d = p.birthday
        card.add("bday").value = f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}{d:02d}"
    if p.photo:
        photo = card.add("photo")
        photo.encoding_param = "b"
        photo.type_param = "PNG" if p.photo.startswith(b"\x89PNG") else "JPEG"
        photo.value = p.photo
    if p.tags:
        card.add("categories").value = p.tags
    for key, value in (("x-kizuna-interests", p.interests),
                       ("x-kizuna-how-we-met", p.how_we_met), ("x-kizuna-region", p.region),
                       ("x-kizuna-cadence", str(p.cadence_days or "")),
                       ("x-kizuna-latin-family", p.family_latin),
                       ("x-kizuna-latin-given", p.given_latin),
                       ("x-kizuna-latin-order", p.latin_order)):
        if value:
            card.add(key).value = value
    text = card.serialize()
    if version == "4.0":
        text = text.replace("VERSION:3.0", "VERSION:4.0", 1)
    return text


def meishi_vcard(p: MeishiView) -> str:
    """A vCard 3.0 of the user's own card, as a QR code on the card carries it."""
    card = vobject.vCard()
    full = p.name_en or p.name_ja
    card.add("fn").value = full
    parts = full.split()
    family, given = (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 else (full, "")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if p.name_ja and p.name_en:
        card.add("x-phonetic-last-name").value = p.reading_ja or p.name_ja
    org = [x for x in (p.company_en or p.company_ja, p.department_en or p.department_ja) if x]
    if org:
        card.add("org").value = org
    if p.title_en or p.title_ja:
        card.add("title").value = p.title_en or p.title_ja
    if p.phone:
        tel = card.add("tel")
        tel.value = p.phone
        tel.type_param = "WORK"
    if p.email:
        email = card.add("email")
        email.value = p.email
        email.type_param = "INTERNET"
    if p.web:
        card.add("url").value = p.web if "://" in p.web else f"https://{p.web}"
    if p.address_en:
        card.add("label").value = p.address_en
    return card.serialize()
