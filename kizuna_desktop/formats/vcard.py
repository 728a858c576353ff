"""vCard 2.1, 3.0 and 4.0 in: the files phones, mail programs and address books really write.

Reading works on the file's bytes, in linear time whatever the length of a line (a folded 50 MB
photo is joined from its pieces once, never re-copied per fold):

* lines end in CR LF, LF, CR or iOS 6's CR CR LF; folded lines (a leading space or tab),
  quoted-printable soft line breaks (a line ending in ``=``) and vCard 2.1 base64 lines
  without a leading space are joined;
* each property's value is decoded on its own: ``ENCODING=QUOTED-PRINTABLE`` / ``BASE64`` /
  ``b``, its ``CHARSET`` (ISO-8859-1, Shift_JIS, ...; a value not valid in it keeps what reads,
  named), else UTF-8, else the file's legacy encoding, judged once from all such lines and
  named: Windows-1252 when that reads as letters, else Shift_JIS as Japanese phones write;
* parameters as 2.1 (bare ``TEL;CELL;VOICE``), 3.0 and 4.0 write them (quoted values,
  RFC 6868 ``^n``/``^'``/``^^``), groups (``item1.TEL`` with Apple's ``item1.X-ABLabel``);
* values as the text they are: ``\\n`` a new line, ``\\,`` ``\\;`` ``\\:`` (``http\\://``) the
  character; unescaped commas kept (``ORG:Smith, Jones & Co``).

What reaches a ``Person``: names (N with middle name, prefix and suffix; FN split family first
when Japanese and N is empty; ALTID/LANGUAGE pairs: the English one as the Latin name), readings
in kana (X-PHONETIC-*, SOUND;X-IRMC-N, SORT-STRING, 4.0 SORT-AS; a Latin "reading" of a
Japanese name becomes its Latin name, of a Latin name it is named and left out), NICKNAME,
e-mails (``"Name" <addr>`` and ``mailto:`` reduced to the address), phones as written (``tel:``
dropped, ``;ext=``, ``p``/``w``/``,`` dial strings and ``sip:`` kept), addresses with every part
(PO box, extended address), URLs, handles (IMPP, X-SKYPE, X-LINE, X-AIM..., X-SOCIALPROFILE,
LinkedIn URLs), organisation (ORG with departments, ALTID en pair, X-PHONETIC-ORG / SORT-AS
reading), TITLE, further ORG/TITLE pairs as roles, BDAY and ANNIVERSARY (with or without year:
``--03-09``, X-APPLE-OMIT-YEAR, ``1985``, ``1985-04``), CATEGORIES, INTEREST/HOBBY (RFC 6715),
KIND:org, PHOTO (JPEG, PNG, GIF, WebP; base64 with or without ENCODING, data: URIs; a URL is
named, not fetched; past PHOTO_LIMIT named and left out), NOTE, and Kizuna's own X-KIZUNA-*
properties (vcard_out writes them).

Nothing is dropped in silence: a value that cannot be read costs that value (a problem with the
card's line), never the card; a property with no field is kept in the notes where that is
useful (KEPT_IN_NOTES: related names, role, expertise, ...) and reported once per file with the
number of cards ("X-ABRELATEDNAMES on 14 cards kept in notes"); any other property is reported
the same way as not imported. Only the file's own bookkeeping (VERSION, PRODID, REV, ...: see
BOOKKEEPING) goes unnamed. Writing is in ``vcard_out`` (``write_vcards`` and ``meishi_vcard``
are found here too)."""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
import unicodedata
from collections import Counter

from kizuna_desktop.formats.records import Address, Person, Problem, Role
from kizuna_desktop.formats.vcard_lines import (  # noqa: F401 - lines and cards (tests use them)
    Block,
    Line,
    _blocks,
    _logical_lines,
    _unfolded,
)
from kizuna_desktop.formats.vcard_out import (  # noqa: F401 - vCards out, found here too
    image_type,
    meishi_vcard,
    write_vcards,
)
from kizuna_desktop.gcpause import paused_gc

HANDLES = {"linkedin", "line", "x", "twitter", "instagram", "facebook"}
PHOTO_LIMIT = 20 * 1024 * 1024  # as the journal takes a photo file (photos.LIMIT_MB; scaled)

# Properties that only describe the file or the program that wrote it.
BOOKKEEPING = {"version", "prodid", "rev", "clientpidmap", "x-abuid", "profile", "name",
               "x-ablabel", "x-abadr", "x-abshowas", "x-mozilla-html", "x-ms-ol-design",
               "x-ms-carddav", "x-evolution-file-as", "x-kizuna-version", "x-gno",
               "x-ms-ol-default-postal-address", "x-kaddressbook-cryptoencryptpref",
               "x-kaddressbook-cryptoprotopref", "x-kaddressbook-cryptosignpref"}
# Properties with no field of their own whose text is worth keeping: "LABEL: value" in notes.
KEPT_IN_NOTES = {"x-abrelatednames": "Related", "related": "Related", "role": "Role",
                 "x-assistant": "Assistant", "x-manager": "Manager", "x-spouse": "Spouse",
                 "x-ms-manager": "Manager", "x-ms-assistant": "Assistant",
                 "x-ms-spouse": "Spouse", "x-evolution-spouse": "Spouse",
                 "x-evolution-manager": "Manager", "x-evolution-assistant": "Assistant",
                 "expertise": "Expertise", "x-abdate": "Date", "gender": "Gender",
                 "x-gender": "Gender", "x-kaddressbook-x-office": "Office",
                 "x-kaddressbook-x-profession":
                 "Profession", "x-kaddressbook-x-assistantsname": "Assistant",
                 "x-kaddressbook-x-managersname": "Manager",
                 "x-kaddressbook-x-spousesname": "Spouse"}
# Other addresses on the web: a URL with this label.
_MORE_URLS = {"x-kaddressbook-blogfeed": "blog", "fburl": "free/busy", "caluri": "calendar",
              "caladruri": "calendar requests"}
# Instant-messaging and social properties: the service each one is (a handle's kind: the
# journal's own kinds, line, x, linkedin, instagram, facebook, or the service's name, which
# the import keeps with the label).
IM_PROPERTIES = {"x-skype": "skype", "x-skype-username": "skype", "x-line": "line",
                 "x-aim": "aim", "x-icq": "icq", "x-jabber": "jabber", "x-msn": "msn",
                 "x-yahoo": "yahoo", "x-gtalk": "gtalk", "x-google-talk": "gtalk",
                 "x-qq": "qq", "x-gadugadu": "gadugadu", "x-groupwise": "groupwise",
                 "x-sip": "sip", "x-twitter": "x", "x-linkedin": "linkedin",
                 "x-instagram": "instagram", "x-facebook": "facebook", "x-wechat": "wechat",
                 "x-kakaotalk": "kakaotalk", "x-telegram": "telegram",
                 "x-ms-imaddress": "other", "x-kaddressbook-x-imaddress": "other"}
_IM_SCHEMES = {"skype", "aim", "ymsgr", "msnim", "icq", "line", "qq", "gtalk", "x-apple",
               "x-kizuna"}
_SOCIAL = {"twitter": "x", "x": "x", "line": "line", "linkedin": "linkedin",
           "instagram": "instagram", "facebook": "facebook"}
_STANDARD_SKIP = {"internet", "pref", "voice", "x400", ""}

_HEAD_QUOTED = re.compile(rb'(?:[^:"]|"[^"]*")*')
_NAME = re.compile(r"[A-Za-z0-9_/-]+")  # (KDE's old X-messaging/xmpp-All has a slash)
_ESCAPE = re.compile(r"\\(.)", re.S)
_FIELD = re.compile(r"(?:\\.|[^\\;])*", re.S)
_ITEM = re.compile(r"(?:\\.|[^\\,])*", re.S)
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u30fc\s・=＝0-9０-９]+")
_KANA_CHAR = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_LATIN = re.compile(r"[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff.,'’\-]+")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_CODECS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
           "windows-31j": "cp932", "ms_kanji": "cp932", "iso-8859-1": "cp1252",
           "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Shift_JIS/CP932 as Japanese phones and Excel write."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp932", errors="replace")


# --- properties --------------------------------------------------------------------------


class _Prop:
    """One property of a card: its group, parameters (names upper-cased, values split at
    commas), its value as text (escapes still in) or bytes (base64), and its line."""

    __slots__ = ("group", "params", "value", "line")

    def __init__(self, group: str, params: dict[str, list[str]], value: str | bytes,
                 line: int) -> None:
        self.group, self.params, self.value, self.line = group, params, value, line

    def param(self, name: str) -> list[str]:
        return [v.lower() for v in self.params.get(name, ())]

    @property
    def text(self) -> str:
        """The value as plain text: escapes undone, trimmed."""
        v = self.value
        if isinstance(v, bytes):
            return ""
        return _unescape(v).strip()

    def fields(self) -> list[str]:
        """A structured value (N, ADR, ORG, X-KIZUNA-POSITION): fields at unescaped ';'."""
        v = self.value if isinstance(self.value, str) else ""
        return [_unescape(x).strip() for x in _split(v, ";")]

    def items(self) -> list[str]:
        """A list value (CATEGORIES, NICKNAME): items at unescaped ','."""
        v = self.value if isinstance(self.value, str) else ""
        return [x for x in (_unescape(x).strip() for x in _split(v, ",")) if x]


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "Nn" else m[1], value)


def _split(value: str, sep: str) -> list[str]:
    if "\\" not in value:
        return value.split(sep)
    pattern = _FIELD if sep == ";" else _ITEM
    out, pos = [], 0
    while True:
        m = pattern.match(value, pos)
        out.append(m.group())
        pos = m.end() + 1
        if pos > len(value):
            return out


def _split_unquoted(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    out, cur, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return out


def _caret(value: str) -> str:
    """RFC 6868 parameter escapes."""
    if "^" not in value:
        return value
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "'": '"', "^": "^"}.get(m[1], m[0]), value)


_LISTS = {"TYPE", "SORT-AS"}
_ONE_VALUE = {"LABEL", "X-SERVICE-TYPE", "X-KIZUNA-LABEL", "X-USER", "GEO", "TZ"}
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


def _params(parts: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for p in parts:
        key, eq, value = p.partition("=")
        if not eq:  # vCard 2.1: TEL;CELL;VOICE, PHOTO;JPEG;BASE64
            bare = key.strip()
            if not bare:
                continue
            key = "ENCODING" if bare.upper() in _BARE_ENCODINGS else "TYPE"
            values = [bare]
        else:
            key = key.strip().upper()
            if key in _LISTS:  # TYPE="work,voice", SORT-AS="やまだ,たろう": lists
                values = [_caret(v.strip().strip('"')) for v in value.split(",")]
            else:  # LABEL="1-2-3, Tokyo", X-SERVICE-TYPE: one value
                values = [_caret(v.strip('"')) for v in _split_unquoted(value, ",")] if (
                    key not in _ONE_VALUE) else [_caret(value.strip('"'))]
        params.setdefault(key, []).extend(values)
    return params


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _guess_legacy(sample: bytes) -> str:
    """Windows-1252 when it reads the text as letters (Müller, Renée), else Shift_JIS (CP932)
    as Japanese phones write, when that reads it."""
    try:
        latin = sample.decode("cp1252")
        if all(ch.isalpha() for ch in latin if ord(ch) > 127):
            return "cp1252"
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp932")
        return "cp932"
    except UnicodeDecodeError:
        return "cp1252"


_NO_PARAMS: dict[str, list[str]] = {}
_SKIP = {"begin", "end", "version"}


class _Reader:
    """One file's reading: its legacy encoding (found when first needed) and problems."""

    def __init__(self, data: bytes, filename: str) -> None:
        self.data, self.filename = data, filename
        self._legacy: str | None = None
        self.heads: dict[bytes, tuple[str, str, dict[str, list[str]]] | bool] = {}
        self.problems: list[Problem] = []

    def head(self, head: bytes, n: int) -> tuple[str, str, dict[str, list[str]]] | bool:
        """A property's group, name (lower case) and parameters; False when it is not one.
        Kept per distinct head: a file has a few hundred of them."""
        try:
            text = head.decode("ascii")
        except UnicodeDecodeError:
            text = self.text(head, None, n, "property name")
        if ";" not in text and "." not in text:  # most lines: a name alone
            group, name, params = "", text, _NO_PARAMS
        else:
            parts = _split_unquoted(text, ";") if '"' in text else text.split(";")
            group, _, name = parts[0].strip().rpartition(".")
            params = _params(parts[1:]) if len(parts) > 1 else _NO_PARAMS
        if not _NAME.fullmatch(name):
            return False
        return group.lower(), name.lower(), params

    def legacy(self) -> str:
        """The encoding of text that is not UTF-8 and names no CHARSET, found once from all
        such lines, and named once."""
        if self._legacy is None:
            self._legacy = _guess_legacy(b"\n".join(
                x for x in self.data.split(b"\n") if not _is_utf8(x)))
            self.problems.append(Problem(
                self.filename, None, "text that is not UTF-8 and names no CHARSET read as "
                + ("Shift_JIS" if self._legacy == "cp932" else "Windows-1252 (Latin-1)"),
                "kept_as_text"))
        return self._legacy

    def text(self, raw: bytes, charset: str | None, line: int, what: str) -> str:
        """A value's text: in its CHARSET, else UTF-8, else the file's legacy encoding; any
        guess or replaced character named."""
        if charset:
            enc = _CODECS.get(charset.lower(), charset.lower())
            try:
                codecs.lookup(enc)
            except LookupError:
                self.problems.append(Problem(self.filename, line,
                                             f"{what}: unknown CHARSET {charset}; read as UTF-8"))
                enc = ""
            if enc:
                try:
                    return raw.decode(enc)
                except UnicodeDecodeError:
                    pass
                self.problems.append(Problem(
                    self.filename, line, f"{what}: not valid {charset}; characters replaced "
                    "by �", "kept_as_text"))
                return raw.decode(enc, errors="replace")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        try:
            return raw.decode(self.legacy())
        except UnicodeDecodeError:
            self.problems.append(Problem(
                self.filename, line, f"{what}: characters in no known encoding replaced by �",
                kind="kept_as_text"))
            return raw.decode(self.legacy(), errors="replace")

    def properties(self, lines: list[Line], version: str) -> dict[str, list[_Prop]]:
        """The card's properties by lower-case name; a line that is not a property is reported
        and skipped."""
        contents: dict[str, list[_Prop]] = {}
        problems = self.problems
        heads = self.heads
        last: _Prop | None = None
        pending: list[str] | None = None  # the pieces of a backslash-continued value
        for n, line in lines:
            head, colon, raw = line.partition(b":")
            if colon and b'"' in head:
                m = _HEAD_QUOTED.match(line)
                if m and m.end() < len(line):
                    head, raw = line[:m.end()], line[m.end() + 1:]
                else:
                    colon = b""
            parsed = None
            if colon:
                parsed = heads.get(head)
                if parsed is None:
                    parsed = heads[head] = self.head(head, n)
            if not colon or parsed is False:
                tail = pending[-1] if pending else (
                    last.value if last is not None and isinstance(last.value, str) else "")
                if tail.endswith("\\") and not tail.endswith("\\\\"):
                    # Android's 2.1 multi-line values: a backslash ends the line, the text goes
                    # on (the pieces joined once, when the property is done)
                    if pending is None:
                        pending = [tail[:-1]]
                    else:
                        pending[-1] = tail[:-1]
                    pending.append("\\n" + self.text(line, None, n, ""))
                    continue
                problems.append(Problem(self.filename, n, "line is not a vCard property; skipped"))
                continue
            group, name, params = parsed
            if name in _SKIP:
                continue
            value: str | bytes
            if params is _NO_PARAMS:
                try:
                    value = raw.decode("utf-8")
                except UnicodeDecodeError:
                    value = self.text(raw, None, n, name.upper())
            else:
                encoding = {e.upper() for e in params.get("ENCODING", ())}
                if encoding & {"B", "BASE64"}:
                    value = raw
                else:
                    if "QUOTED-PRINTABLE" in encoding:
                        raw = quopri.decodestring(raw)
                    charset = params.get("CHARSET", [None])[0]
                    value = self.text(raw, charset, n, name.upper())
                    if "QUOTED-PRINTABLE" in encoding:  # decoded text: escaped as 3.0 writes it
                        if version == "2.1":  # (2.1 has no backslash escapes in decoded text)
                            value = value.replace("\\", "\\\\")
                        value = value.replace("\r\n", "\n").replace("\n", "\\n")
            if pending is not None:
                last.value, pending = "".join(pending), None
            last = _Prop(group, params, value, n)
            got = contents.get(name)
            if got is None:
                contents[name] = [last]
            else:
                got.append(last)
        if pending is not None:
            last.value = "".join(pending)
        return contents


# --- values ------------------------------------------------------------------------------


def _date(value: str, omit_year: bool = False) -> tuple[int | None, int | None, int | None] | None:
    """A date as vCards write it: 1971-05-12, 19710512, 1971-05-12T00:00:00Z, --05-12, --0512,
    ---12, 1985, 1985-04; Apple's 1604 (or X-APPLE-OMIT-YEAR) and year 0 mean no year."""
    v = value.strip()
    m = (re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*(?:Z|[+-][\d:]+)?)?", v)
         or re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", v)
         or re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", v))
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"--(\d{2})-?(\d{2})", v):
        y, mo, d = None, int(m[1]), int(m[2])
    elif m := re.fullmatch(r"---(\d{2})", v):
        y, mo, d = None, None, int(m[1])
    elif m := re.fullmatch(r"--(\d{2})", v):
        y, mo, d = None, int(m[1]), None
    elif m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo, d = int(m[1]), int(m[2]), None
    elif m := re.fullmatch(r"(\d{4})", v):
        y, mo, d = int(m[1]), None, None
    else:
        return None
    if mo is not None and not 1 <= mo <= 12 or d is not None and not 1 <= d <= 31:
        return None
    if mo == 2 and d is not None and d > 29 or mo in (4, 6, 9, 11) and d == 31:
        return None
    if omit_year or y in (0, 1604):
        y = None
    if y is not None and mo == 2 and d == 29 and not (y % 4 == 0 and (y % 100 or y % 400 == 0)):
        return None
    return y, mo, d


def _is_kana(text: str) -> bool:
    return bool(text) and _KANA.fullmatch(text) is not None and bool(_KANA_CHAR.search(text))


def _is_latin(text: str) -> bool:
    return bool(text) and _LATIN.fullmatch(text) is not None


def _email(value: str) -> str:
    v = value.strip()
    m = re.fullmatch(r'(?:"?([^"<]*)"?\s*)?<([^<>\s@]+@[^<>\s@]+)>', v)
    if m:
        v = m[2].strip()
    if v.lower().startswith("mailto:"):
        v = v[7:]
    return v


# --- a card into a Person ----------------------------------------------------------------


class _Card:
    def __init__(self, reader: _Reader, c: dict[str, list[_Prop]], line: int) -> None:
        self.r, self.c, self.line = reader, c, line
        self.p = Person(line=line)
        self.notes_extra: list[str] = []
        self.labels = {x.group: _ablabel(x.text) for x in c.get("x-ablabel", ()) if x.group}
        self.sort_as: list[str] | None = None

    def problem(self, message: str, line: int | None = None, kind: str = "problem") -> None:
        self.r.problems.append(Problem(self.r.filename, line or self.line, message, kind))

    def label(self, prop: _Prop) -> str:
        if prop.group and self.labels.get(prop.group):
            return self.labels[prop.group]
        types = prop.params.get("TYPE")
        if not types:
            return ""
        return ",".join(t for t in (t.lower() for v in types for t in v.split(","))
                        if t not in _STANDARD_SKIP)


def _ablabel(text: str) -> str:
    """Apple's labels: ``_$!<Mobile>!$_`` is its own "mobile"; a custom label as written."""
    m = re.fullmatch(r"_\$!<(.*)>!\$_", text)
    return m[1].lower() if m else text


def _first(props: list[_Prop]) -> _Prop:
    """The preferred one of several (PREF=1 or TYPE=PREF), else the first."""
    for p in props:
        if "1" in p.param("PREF") or "pref" in p.param("TYPE"):
            return p
    return props[0]


def _languages(props: list[_Prop]) -> tuple[_Prop | None, _Prop | None, list[_Prop]]:
    """Of a property written in several languages (4.0 ALTID, or LANGUAGE alone): the main
    one, the English one when there is also another, and the rest."""
    if not props:
        return None, None, []
    if len(props) == 1:
        return props[0], None, []
    main = _first(props)
    alt = main.params.get("ALTID")
    if alt:
        group = [p for p in props if p.params.get("ALTID") == alt]
    elif main.params.get("LANGUAGE"):
        group = [p for p in props if p.params.get("LANGUAGE") and not p.params.get("ALTID")]
    else:
        group = [main]
    grouped = {id(g) for g in group}
    rest = [p for p in props if id(p) not in grouped]
    english = [p for p in group if _lang(p).startswith("en")]
    others = [p for p in group if not _lang(p).startswith("en")]
    if english and others:
        return (main if not _lang(main).startswith("en") else others[0]), english[0], rest
    return main, None, [p for p in group if p is not main] + rest


def _lang(p: _Prop) -> str:
    return (p.param("LANGUAGE") or [""])[0]


def _address_in_japanese(a: Address) -> bool:
    return any(ord(ch) > 0x2E7F for ch in "".join((
        a.po_box, a.extended, a.street, a.city, a.region, a.country, a.text)))


def _address_in_latin(a: Address) -> bool:
    return not _address_in_japanese(a) and any(ch.isalpha() for ch in a.text or a.joined())


def _digits(code: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", code) if ch.isdigit())


_JAPAN = {"japan", "jp", "jpn", "nippon", "nihon"}


def _one_place(ja: Address, la: Address) -> bool:
    """Two ADRs of a 2.1/3.0 card with the same TYPE, one in Japanese and one in Latin
    letters, that say they are one place: the same postal code, or the Latin one in Japan
    with no other postal code (else two addresses, as written); never a Latin one with a PO
    box the Japanese one has not got (review 7: the box in its field, not in a Latin
    form's text)."""
    if la.po_box.strip() and not ja.po_box.strip():
        return False  # mail to a PO box goes elsewhere: the Latin one kept as written
    a, b = _digits(ja.postal_code), _digits(la.postal_code)
    if a and b:
        return a == b
    country = re.sub(r"[^a-z]", "", la.country.casefold())
    text_says_japan = bool(re.search(r"\bjapan\b", (la.text or la.joined()).casefold()))
    return country in _JAPAN or (not la.country and text_says_japan)


def _address_pairs(read: list[tuple[_Prop, Address]]) -> list[tuple[Address, Address]]:
    """The ADRs that are one address written twice: (the Japanese one, the Latin one).
    RFC 6350's ALTID pairs (one with LANGUAGE=en), LANGUAGE=ja beside LANGUAGE=en of the
    same TYPE, and a 3.0 card's second ADR of the same TYPE in Latin letters for the same
    place (:func:`_one_place`)."""
    pairs: list[tuple[Address, Address]] = []
    used: set[int] = set()

    def take(main: Address, latin: Address) -> None:
        pairs.append((main, latin))
        used.update((id(main), id(latin)))

    by_altid: dict[str, list[tuple[_Prop, Address]]] = {}
    for prop, addr in read:
        alt = (prop.params.get("ALTID") or [""])[0]
        if alt:
            by_altid.setdefault(alt, []).append((prop, addr))
    for group in by_altid.values():
        if len(group) != 2:
            continue
        english = [a for pr, a in group if _lang(pr).lower().startswith("en")]
        others = [a for pr, a in group if not _lang(pr).lower().startswith("en")]
        if len(english) != 1 or len(others) != 1:  # no language said: by the script
            english = [a for _, a in group if _address_in_latin(a)]
            others = [a for _, a in group if _address_in_japanese(a)]
        if len(english) == 1 and len(others) == 1:
            take(others[0], english[0])
    rest = [(pr, a) for pr, a in read
            if id(a) not in used and not (pr.params.get("ALTID") or [""])[0]]
    for pr, la in rest:  # LANGUAGE=en beside LANGUAGE=ja (or another) of the same TYPE
        if id(la) in used or not _lang(pr).lower().startswith("en"):
            continue
        main = next((a for q, a in rest if id(a) not in used and a is not la
                     and _lang(q) and not _lang(q).lower().startswith("en")
                     and a.label == la.label), None)
        if main is not None:
            take(main, la)
    for _pr, la in rest:  # the 2.1/3.0 habit: no language said, the script tells
        if id(la) in used or not _address_in_latin(la):
            continue
        same = [a for _, a in rest if id(a) not in used and a.label == la.label
                and _address_in_japanese(a)]
        if len(same) == 1 and _one_place(same[0], la):
            take(same[0], la)
    return pairs


def _person(reader: _Reader, c: dict[str, list[_Prop]], line: int) -> Person:
    card = _Card(reader, c, line)
    p = card.p
    kind = c["kind"][0].text.lower() if "kind" in c else ""
    # Apple's X-ABShowAs:COMPANY only says how the card is listed: with a person's name in
    # N it is that person at the company (a contact with the organisation), without one the
    # company's own card
    p.is_organization = kind == "org" or (any(
        x.text.upper() == "COMPANY" for x in c.get("x-abshowas", ())) and not any(
        any((n.fields() + ["", ""])[:2]) for n in c.get("n", ())))
    if kind and kind not in ("individual", "org"):
        card.problem(f"KIND:{kind} card read as a person", kind="kept_as_text")
    _methods(card)
    _organization(card)
    _names(card)
    _readings(card)
    _dates(card)
    _photo(card)
    _kizuna(card)
    if "categories" in c:
        p.tags = [t for x in c["categories"] for t in x.items()]
    for x in c.get("x-gn", ()):  # Japanese phones' group name
        if x.text and x.text not in p.tags:
            p.tags.append(x.text)
    if "x-android-custom" in c:
        _android_custom(card)
    if "nickname" in c:
        p.nickname = ", ".join(t for x in c["nickname"] for t in x.items())
    if not p.interests and ("interest" in c or "hobby" in c):
        p.interests = ", ".join(x.text for k in ("interest", "hobby") for x in c.get(k, ())
                                if x.text)
    # a note as written: the value after the colon whole (a leading tab or indent is the
    # user's; vCard has no formula to neutralise), only one that is all blank left out
    notes = [_unescape(x.value) for x in c.get("note", ()) if x.text]
    for key in [k for k in c if k in KEPT_IN_NOTES]:
        label = KEPT_IN_NOTES[key]
        for x in c[key]:
            value = " ".join(f for f in x.fields() if f) if key == "gender" else x.text
            if value:
                sub = card.labels.get(x.group) or ",".join(x.param("TYPE"))
                notes.append(f"{label}{f' ({sub})' if sub else ''}: {value}")
    notes += card.notes_extra
    p.notes = "\n".join(notes)
    if p.is_organization and not p.organization:
        p.organization = _name_text(c)
    if p.is_organization:
        _organization_card_losses(card)
    return p


# What an organisation card gives the organisation (services.importing.write): its names and
# reading, one web address, one address (as text), the notes; e-mails and phones go to its
# notes (named by the plan). The other properties read for a person are named as left out.
_ORG_CARD_KEEPS = {"fn", "n", "kind", "org", "x-phonetic-org", "x-phonetic-company", "url",
                   "adr", "label", "note", "email", "tel", "x-kizuna-org-en",
                   "x-kizuna-org-reading", *KEPT_IN_NOTES}


def _organization_card_losses(card: _Card) -> None:
    """Name, once for the card, what its organisation has no field for."""
    p, c = card.p, card.c
    left: list[str] = []
    more_adr = max(len(p.addresses) - 1, 0) + sum(1 for a in p.addresses[:1] if a.latin)
    if more_adr:
        left.append(f"ADR ×{more_adr}" if more_adr > 1 else "ADR")
    if len(p.urls) > 1:
        left.append(f"URL ×{len(p.urls) - 1}" if len(p.urls) > 2 else "URL")
    if p.department:
        left.append("ORG " + p.department)
    for key in c:
        if key in READ and key not in _ORG_CARD_KEEPS and any(
                x.value for x in c[key]) and key.upper() not in left:
            left.append(key.upper())
    if left:
        card.problem(f"organisation card {p.label}: {', '.join(left)} not imported (an "
                     "organisation keeps its name, one address, one web address and notes)",
                     kind="not_imported")


def _name_text(c: dict[str, list[_Prop]]) -> str:
    return c["fn"][0].text if "fn" in c else ""


def _names(card: _Card) -> None:
    p, c = card.p, card.c
    main, english, _ = _languages(c.get("n", []))
    named = False
    if main is not None:
        f = main.fields() + [""] * 5
        named = any(f)
        p.family_name, p.given_name, p.middle_name, p.name_prefix, p.name_suffix = f[:5]
        sort_as = main.params.get("SORT-AS")
        if sort_as and len(sort_as) == 1 and ";" in sort_as[0]:  # as some Android versions
            sort_as = sort_as[0].split(";")
        if sort_as:
            card.sort_as = sort_as
    if english is not None:
        f = english.fields() + [""] * 2
        p.family_latin, p.given_latin = f[0], f[1]
    if named or p.is_organization or "fn" not in c:
        return
    fn_main, fn_en, _ = _languages(c["fn"])
    full = fn_main.text
    # FN stands for the name only when N says nothing; not when it is what Kizuna (or Apple)
    # writes for a card without one: the organisation, nickname, e-mail, phone, Latin name
    lf, lg = (c[k][0].text if k in c else "" for k in ("x-kizuna-latin-family",
                                                        "x-kizuna-latin-given"))
    not_a_name = {p.organization, p.organization_en, p.nickname, "(no name)",
                  *(v for _, v in p.emails), *(v for _, v in p.phones),
                  f"{lg} {lf}".strip(), f"{lf} {lg}".strip()}
    if full and full not in not_a_name:
        parts = full.split()
        if _CJK.search(full):  # Japanese: family name first (山田 太郎)
            p.family_name, p.given_name = (parts[0], " ".join(parts[1:])) if parts else ("", "")
        elif len(parts) > 1:
            p.family_name, p.given_name = parts[-1], " ".join(parts[:-1])
        else:
            p.family_name = full
        if fn_en is not None and not (p.family_latin or p.given_latin):
            en = fn_en.text.split()
            p.family_latin, p.given_latin = (en[-1], " ".join(en[:-1])) if len(en) > 1 else (
                fn_en.text, "")


def _readings(card: _Card) -> None:
    p, c = card.p, card.c
    found: dict[str, tuple[str, str]] = {}  # which -> (reading, where)

    def offer(which: str, value: str, where: str) -> None:
        if value and which not in found:
            found[which] = (value, where)

    for key, which in (("x-phonetic-last-name", "family"), ("x-phonetic-first-name", "given")):
        for x in c.get(key, ()):
            offer(which, x.text, key.upper())
    for s in c.get("sound", ()):
        if "x-irmc-n" in s.param("TYPE") or "X-IRMC-N" in s.params:
            f = s.fields() + ["", ""]
            offer("family", f[0], "SOUND;X-IRMC-N")
            offer("given", f[1], "SOUND;X-IRMC-N")
    sort_as = card.sort_as
    if sort_as:
        offer("family", sort_as[0].strip(), "N;SORT-AS")
        if len(sort_as) > 1:
            offer("given", sort_as[1].strip(), "N;SORT-AS")
    if "sort-string" in c and not found:  # (the reading of both names, when nothing else is)
        text = c["sort-string"][0].text
        parts = text.split()
        if _is_kana(text) and len(parts) > 1:
            offer("family", parts[0], "SORT-STRING")
            offer("given", " ".join(parts[1:]), "SORT-STRING")
        elif text:
            offer("family", text, "SORT-STRING")
    for which, (reading, where) in found.items():
        name = p.family_name if which == "family" else p.given_name
        if _is_kana(reading):
            setattr(p, f"{which}_reading", reading)
            continue
        if name and reading.casefold().replace(" ", "") == name.casefold().replace(" ", ""):
            continue  # the name itself, as sort key: nothing lost
        if where == "SORT-STRING" and name and _is_latin(name) and reading.casefold() \
                .startswith(name.casefold()):
            continue  # "Doe John" sorting "Doe": nothing lost
        if _is_latin(reading) and name and _CJK.search(name):
            latin = f"{which}_latin"
            if not getattr(p, latin):
                setattr(p, latin, reading)
                continue
        card.problem(f"{where} “{reading}” is not a kana reading of “{name or p.label}”; "
                     "left out")
    for key in ("x-phonetic-org", "x-phonetic-company"):
        for x in c.get(key, ()):
            if x.text and not p.organization_reading:
                p.organization_reading = x.text


def _methods(card: _Card) -> None:
    p, c = card.p, card.c
    for e in c.get("email", ()):
        value = _email(e.text)
        if value:
            p.emails.append((card.label(e), value))
    for t in c.get("tel", ()):
        value = t.text
        if value.lower().startswith("tel:"):
            value = value[4:]
        if value:
            p.phones.append((card.label(t), value))
    grouped: dict[str, Address] = {}
    read: list[tuple[_Prop, Address]] = []
    for a in c.get("adr", ()):
        f = a.fields() + [""] * 7
        addr = Address(label=card.label(a), po_box=f[0], extended=f[1], street=f[2],
                       city=f[3], region=f[4], postal_code=f[5], country=f[6],
                       text=_unescape((a.params.get("LABEL") or [""])[0]).strip())
        if not addr.is_empty():
            p.addresses.append(addr)
            read.append((a, addr))
            if a.group:
                grouped[a.group] = addr
    for lab in c.get("label", ()):  # 3.0 LABEL: the address as printed
        text, kind = lab.text, card.label(lab)
        if not text:
            continue
        same = [grouped[lab.group]] if lab.group in grouped else [
            a for a in p.addresses if not a.text and a.label == kind]
        if same:
            same[0].text = text
        elif not any(a.text == text for a in p.addresses):
            p.addresses.append(Address(label=kind, text=text))
    for a in p.addresses:  # only a text, which the writer also gave as the street
        if a.text and a.street == a.text and not any((
                a.po_box, a.extended, a.city, a.region, a.postal_code, a.country)):
            a.street = ""
    for main, latin in _address_pairs(read):
        # One address in Japanese and in Latin letters: the Latin form is the first's.
        main.latin = latin.text or latin.joined()
        p.addresses = [a for a in p.addresses if a is not latin]
    handles: list[tuple[int, tuple[str, str, str]]] = []
    for u in c.get("url", ()):
        value = u.text
        if not value:
            continue
        if "linkedin.com/" in value.lower():
            handles.append((u.line, ("linkedin", card.label(u), value)))
        else:
            p.urls.append((card.label(u), value))
    for key in c:  # one pass for the messengers' own properties and KDE's older form
        if key in IM_PROPERTIES:
            kind = IM_PROPERTIES[key]
            for h in c[key]:
                if h.text:
                    value = h.text
                    m = _SCHEME.match(value)
                    if m and m[1].lower() in _IM_SCHEMES | {"xmpp"}:
                        value = value[m.end():]
                    handles.append((h.line, (kind, card.label(h), value)))
        elif key.startswith("x-messaging/"):
            service = key[12:].rsplit("-", 1)[0]
            for h in c[key]:
                if h.text:
                    handles.append((h.line, (_SOCIAL.get(service, service), "", h.text)))
    for h in c.get("impp", ()):
        if got := _impp(card, h):
            handles.append((h.line, got))
    for s in c.get("x-socialprofile", ()):
        types = s.param("TYPE")
        service = types[0] if types else ""
        kind = _SOCIAL.get(service, service or "other")
        value = s.text or (s.params.get("X-USER") or [""])[0]
        if not value:
            continue
        if "linkedin.com/" in value.lower():
            kind = "linkedin"
        label = (s.params.get("X-KIZUNA-LABEL") or [""])[0] or card.labels.get(s.group, "")
        handles.append((s.line, (kind, label, value)))
    for key, label in _MORE_URLS.items():
        for u in c.get(key, ()):
            if u.text:
                p.urls.append((card.label(u) or label, u.text))
    if handles:
        handles.sort(key=lambda x: x[0])  # as the file has them
        p.handles += [h for _, h in handles]


def _impp(card: _Card, h: _Prop) -> tuple[str, str, str] | None:
    value = h.text
    if not value:
        return None
    service = (h.params.get("X-SERVICE-TYPE") or [""])[0].strip().lower()
    m = _SCHEME.match(value)
    scheme = m[1].lower() if m else ""
    name = service or scheme
    kind = _SOCIAL.get(name) or {"x-apple": "imessage", "x-kizuna": "other", "": "other",
                                 "ymsgr": "yahoo", "msnim": "msn"}.get(name, name)
    if scheme in _IM_SCHEMES:
        value = value[m.end():]
    return kind, card.label(h), value


def _org_in_japanese(org: _Prop) -> bool:
    f = org.fields()
    return any(ord(ch) > 0x2E80 for ch in (f[0] if f else ""))


def _organization(card: _Card) -> None:
    p, c = card.p, card.c
    orgs, titles = list(c.get("org", ())), list(c.get("title", ()))
    main, english, rest = _languages(orgs)
    pair = (english is None and len(rest) == 1 and not main.params.get("ALTID")
            and not rest[0].params.get("ALTID")
            and _org_in_japanese(main) != _org_in_japanese(rest[0]))
    if pair:
        # Two ORGs, one in Japanese and one in Latin letters, with no ALTID to say so (a
        # 3.0 card): one job in two scripts, never a second position.
        english, rest = rest[0], []
        if _org_in_japanese(english):
            main, english = english, main
        if len(titles) == 2 and not any(t.params.get("ALTID") for t in titles):
            # each TITLE goes with the ORG in its place: the Japanese one's first
            titles = titles if _org_in_japanese(orgs[0]) else titles[::-1]
    if main is not None:
        f = [x for x in main.fields()]
        p.organization = f[0] if f else ""
        p.department = " ".join(x for x in f[1:] if x)
        sort_as = main.params.get("SORT-AS")
        if sort_as and sort_as[0].strip():
            p.organization_reading = sort_as[0].split(";")[0].strip()
        if english is not None:
            fe = english.fields()
            p.organization_en = fe[0] if fe else ""
            p.department_en = " ".join(x for x in fe[1:] if x)
    for x in c.get("x-kaddressbook-x-department", ()):
        if x.text and not p.department:
            p.department = x.text
        elif x.text and x.text != p.department:
            card.notes_extra.append(f"Department: {x.text}")
    tmain, tenglish, trest = _languages(titles)
    if pair and len(titles) == 2 and tenglish is None:
        tmain, tenglish, trest = titles[0], titles[1], []
    if tmain is not None:
        p.title = tmain.text
        if tenglish is not None:
            p.title_en = tenglish.text
    # more organisations (Android writes one ORG and TITLE per company): open roles
    for i, o in enumerate(rest):
        f = o.fields()
        title = trest[i].text if i < len(trest) else ""
        p.past_positions.append(Role(organization=f[0] if f else "",
                                     department=" ".join(x for x in f[1:] if x), title=title))
    for t in trest[len(rest):]:
        if t.text and not p.title:
            p.title = t.text
        elif t.text:
            p.past_positions.append(Role(title=t.text))


def _dates(card: _Card) -> None:
    p, c = card.p, card.c
    for key, attr in (("bday", "birthday"), ("anniversary", "anniversary"),
                      ("x-anniversary", "anniversary"), ("x-ms-anniversary", "anniversary"),
                      ("x-evolution-anniversary", "anniversary"),
                      ("x-kaddressbook-x-anniversary", "anniversary")):
        for x in c.get(key, ()):
            if getattr(p, attr) is not None:
                continue
            omit = bool(x.params.get("X-APPLE-OMIT-YEAR"))
            got = _date(x.text, omit)
            if got is None and x.text:
                card.problem(f"{key.upper()} “{x.text}” is not a date; left out",
                             x.line)
            else:
                setattr(p, attr, got)
    for x in c.get("x-abdate", ()):  # Apple: the anniversary is a labelled date
        if card.labels.get(x.group) == "anniversary" and p.anniversary is None:
            p.anniversary = _date(x.text)
            x.value = ""


def _android_custom(card: _Card) -> None:
    """Android's X-ANDROID-CUSTOM rows: nickname, events (1 anniversary, 3 birthday) and
    relations (to the notes); other rows are counted as not imported."""
    p = card.p
    left = []
    for x in card.c["x-android-custom"]:
        f = x.fields() + ["", ""]
        kind = f[0].rpartition("/")[2].lower()
        if kind == "nickname" and f[1]:
            p.nickname = ", ".join(v for v in (p.nickname, f[1]) if v)
        elif kind == "contact_event" and f[1]:
            attr = {"1": "anniversary", "3": "birthday"}.get(f[2])
            got = _date(f[1])
            if attr and got and getattr(p, attr) is None:
                setattr(p, attr, got)
            elif got or f[1]:
                card.notes_extra.append(f"Date{f' ({f[3]})' if f[3:4] and f[3] else ''}: "
                                        f"{f[1]}")
        elif kind == "relation" and f[1]:
            card.notes_extra.append(f"Related: {f[1]}")
        else:
            left.append(x)
    card.c["x-android-custom"] = left


def _photo(card: _Card) -> None:
    p = card.p
    for x in card.c.get("photo", ()):
        if p.photo is not None:
            card.problem("a second PHOTO left out", x.line, "not_imported")
            continue
        data = _photo_bytes(card, x)
        if data is None:
            continue
        kind = image_type(data)
        if not kind:
            card.problem("PHOTO is not a JPEG, PNG, GIF or WebP image; left out", x.line)
        elif len(data) > PHOTO_LIMIT:
            card.problem(f"PHOTO of {len(data) / 1e6:.1f} MB is over the "
                         f"{PHOTO_LIMIT // (1024 * 1024)} MB limit; left out", x.line)
        else:
            p.photo, p.photo_type = data, kind


def _photo_bytes(card: _Card, x: _Prop) -> bytes | None:
    v = x.value
    if isinstance(v, str):
        v = v.strip()
        if v.lower().startswith("data:"):
            head, _, body = v.partition(",")
            if ";base64" not in head.lower():
                card.problem("PHOTO data: URI is not base64; left out", x.line)
                return None
            v = body
        elif _SCHEME.match(v) or not v:
            if v:
                card.problem(f"PHOTO at {v[:200]} not fetched (a link, not a picture); "
                             "not imported", x.line, "not_imported")
            return None
        # else: base64 without ENCODING (some 4.0 writers)
        v = v.encode("ascii", errors="replace")
    try:
        return binascii.a2b_base64(v.translate(None, b" \t\r\n"), strict_mode=True)
    except (binascii.Error, ValueError):
        try:
            return base64.b64decode(v, validate=False)
        except (binascii.Error, ValueError):
            card.problem("PHOTO is not valid base64; left out", x.line)
            return None


def _kizuna(card: _Card) -> None:
    """Kizuna's own properties (vcard_out writes them)."""
    p, c = card.p, card.c

    def text(key: str) -> str:
        return c[key][0].text if key in c else ""

    for key, attr in (("x-kizuna-interests", "interests"), ("x-kizuna-how-we-met", "how_we_met"),
                      ("x-kizuna-region", "region"), ("x-kizuna-honorific", "honorific"),
                      ("x-kizuna-latin-family", "family_latin"),
                      ("x-kizuna-latin-given", "given_latin"),
                      ("x-kizuna-latin-order", "latin_order"),
                      ("x-kizuna-title-en", "title_en")):
        if key in c:
            setattr(p, attr, text(key))
    if "x-kizuna-org-en" in c:
        f = c["x-kizuna-org-en"][0].fields() + [""]
        p.organization_en, p.department_en = f[0], " ".join(x for x in f[1:] if x)
    if "x-kizuna-org-reading" in c:
        p.organization_reading = text("x-kizuna-org-reading")
    if "x-kizuna-cadence" in c:
        v = text("x-kizuna-cadence")
        if v.isdigit():
            p.cadence_days = int(v)
        elif v:
            card.problem(f"X-KIZUNA-CADENCE “{v}” is not a number of days; left out")
    if "x-kizuna-archived" in c:
        p.archived = text("x-kizuna-archived").upper() in ("TRUE", "1", "YES")
    if "x-kizuna-position" in c:
        roles = []
        for x in c["x-kizuna-position"]:
            f = x.fields() + [""] * 11
            roles.append(Role(*f[:9], concurrent=f[9].casefold() in ("concurrent", "兼務"),
                              as_written=f[10].casefold() == "as-written"))
        # written as the whole career: these replace what extra ORGs gave
        p.past_positions = roles
    for x in c.get("x-kizuna-joint-name", ()):  # 連名, one a property, as written
        if x.text and x.text not in p.joint_names:
            p.joint_names.append(x.text)


# What each known property feeds (the others are counted and reported).
READ = {"fn", "n", "kind", "x-phonetic-last-name", "x-phonetic-first-name", "sort-string",
        "x-phonetic-middle-name", "email", "tel", "adr", "label", "url", "impp",
        "x-socialprofile", "org", "title", "bday", "anniversary", "x-anniversary",
        "x-ms-anniversary", "x-evolution-anniversary", "photo", "categories", "nickname",
        "interest", "hobby", "note", "x-phonetic-org", "x-phonetic-company",
        "x-kizuna-interests", "x-kizuna-how-we-met", "x-kizuna-region", "x-kizuna-honorific",
        "x-kizuna-latin-family", "x-kizuna-latin-given", "x-kizuna-latin-order",
        "x-kizuna-title-en", "x-kizuna-org-en", "x-kizuna-org-reading", "x-kizuna-cadence",
        "x-kizuna-archived", "x-kizuna-position", "x-kizuna-joint-name", "x-gn",
        "x-kaddressbook-x-anniversary", "x-kaddressbook-x-department", *IM_PROPERTIES,
        *_MORE_URLS}


def read_vcards(data: bytes, filename: str = "vCard") -> tuple[list[Person], list[Problem]]:
    """Every readable contact in a vCard file, and a problem (with its line) for each card,
    line or value that could not be read, and one for each property not imported (with the
    number of cards that have it)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM
        data = data.decode("utf-16").encode("utf-8")
    elif b"\x00" in data[:4096]:
        head = data[:4096]
        if len(head) >= 4 and head.count(b"\x00") * 3 > len(head):  # UTF-16 without a BOM
            odd = head[1::2].count(b"\x00") > head[0::2].count(b"\x00")
            try:
                data = data.decode("utf-16-le" if odd else "utf-16-be").encode("utf-8")
            except UnicodeDecodeError:
                return [], [Problem(filename, None, "this is a binary file, not a vCard")]
        elif sum(head.count(bytes([b])) for b in (*range(9), *range(14, 32))) * 100 > len(
                head):  # many NULs and other control bytes: not text
            return [], [Problem(filename, None, "this is a binary file, not a vCard")]
        # else a few stray NULs: taken out of the values they are in, and named there
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    reader = _Reader(data, filename)
    blocks, problems = _blocks(_logical_lines(data), filename)
    if not blocks and not problems:
        problems.append(Problem(filename, None, "no vCard found (no BEGIN:VCARD line)"))
    with paused_gc():
        people, unused, kept = _read_blocks(reader, blocks)
    problems = sorted(problems + reader.problems, key=lambda p: p.line or 0)
    for name, count in sorted(kept.items()):
        problems.append(Problem(filename, None, f"{name.upper()} on {_cards(count)} kept in "
                                "notes", "kept_as_text"))
    for name, count in sorted(unused.items()):
        problems.append(Problem(filename, None, f"{name.upper()} on {_cards(count)} not "
                                "imported", "not_imported"))
    return people, problems


def _cards(n: int) -> str:
    from kizuna_desktop.i18n import translate

    return (translate("problems", "1 card") if n == 1
            else translate("problems", "{n} cards").format(n=f"{n:,}"))


def _version(lines: list[Line]) -> str:
    for _, x in lines:
        if x[:8].upper() == b"VERSION:":
            return x[8:].strip().decode("ascii", errors="replace")
    return "3.0"


def _read_blocks(reader: _Reader, blocks: list[Block]
                 ) -> tuple[list[Person], Counter, Counter]:
    people: list[Person] = []
    unused: Counter = Counter()
    kept: Counter = Counter()
    for line, lines in blocks:
        try:
            contents = reader.properties(lines, _version(lines))
            people.append(_person(reader, contents, line))
        except Exception as e:  # noqa: BLE001 - a card's values fail in many ways; go on
            reader.problems.append(Problem(reader.filename, line,
                                           f"unreadable vCard: {_short(e)}"))
            continue
        for name, props in contents.items():
            if name in READ or name in BOOKKEEPING or name.startswith("x-messaging/"):
                continue
            if name in KEPT_IN_NOTES:
                if any(x.text for x in props):
                    kept[name] += 1
            elif name == "sound" and all("x-irmc-n" in x.param("TYPE") for x in props):
                continue
            elif any(x.value for x in props):
                unused[name] += 1
    return people, unused, kept


def _short(e: Exception) -> str:
    return str(e).splitlines()[0][:200] if str(e) else type(e).__name__
