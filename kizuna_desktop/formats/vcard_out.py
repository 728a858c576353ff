"""vCards out: contacts as vCard 3.0 (RFC 2426) or a real vCard 4.0 (RFC 6350), and the
user's own meishi as the vCard its QR code carries. Reading is in ``vcard``; it reads back
everything written here, so that a round trip loses nothing.

Both versions:

* lines end in CR LF and are folded at 75 octets, never inside a UTF-8 character;
* TYPE parameters carry standard values only (work, home, cell, voice, fax, pager, text; a
  journal label such as "mobile", "office" or "private" is written as its standard type, cell,
  work or home); a label that the standard type does not say exactly is kept in Apple's
  grouped form (``item1.TEL;TYPE=cell:…`` with ``item1.X-ABLabel:mobile``), which Apple's,
  Google's and most other readers show as the label;
* readings as X-PHONETIC-LAST-NAME / X-PHONETIC-FIRST-NAME (and X-PHONETIC-ORG), which
  iPhone and Android address books read; handles as X-SOCIALPROFILE;TYPE=line (and the like),
  other messengers as IMPP;X-SERVICE-TYPE=…;
* the journal's own data in X-KIZUNA-* properties: Latin names and their order, the honorific,
  the English organisation and title where the version has no standard place for them,
  every earlier position (X-KIZUNA-POSITION: organisation;English;reading;department;
  English;title;English;start;end;concurrent;as-written: department and title each where the
  journal has it), archived, interests, cadence, how we met, region, and
  the joint names (連名) of the contact's New Year card, one X-KIZUNA-JOINT-NAME each.

3.0 only: SORT-STRING (the reading), PHOTO;ENCODING=b;TYPE=JPEG, X-ANNIVERSARY,
X-ABShowAs:COMPANY for an organisation's card. 4.0 only: N;SORT-AS and ORG;SORT-AS (the
readings), ALTID/LANGUAGE pairs for the English name, organisation and department, and title
(``ORG;ALTID=1;LANGUAGE=ja:…`` and ``ORG;ALTID=1;LANGUAGE=en:…``), PHOTO as a data: URI,
TEL as a tel: URI where the number is one (else VALUE=text), ANNIVERSARY, KIND:org."""

from __future__ import annotations

import base64
import re
from typing import TYPE_CHECKING

import vobject

from kizuna_desktop.formats.records import Address, Person

if TYPE_CHECKING:
    from kizuna_desktop.services.meishi import MeishiView

# Journal labels and the standard TYPE each one is written as.
_STANDARD = {"work", "home", "cell", "voice", "fax", "pager", "text"}
_PLACES = {"work", "home"}  # the types an e-mail, address or URL may have
_SYNONYMS = {"mobile": "cell", "携帯": "cell", "携帯電話": "cell", "iphone": "cell",
             "office": "work", "business": "work", "company": "work", "会社": "work",
             "勤務先": "work", "直通": "work", "private": "home", "personal": "home",
             "自宅": "home", "facsimile": "fax", "ファックス": "fax", "beeper": "pager"}
_READ_SKIPS = {"internet", "pref", "voice", "x400", ""}  # what the reader leaves out of labels
_GLOBAL_TEL = re.compile(r"\+[0-9][0-9().\-]*(?:;[a-z-]+=[^;:]+)*")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_IM_SCHEMES = {"skype", "aim", "ymsgr", "msnim", "icq", "line", "qq", "gtalk"}
_SOCIAL = {"line", "x", "linkedin", "instagram", "facebook"}
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9f]")


_IMAGE_TYPES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"),
                (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"))


def image_type(data: bytes) -> str:
    """The media type of a JPEG, PNG, GIF or WebP image, "" for anything else."""
    for magic, kind in _IMAGE_TYPES:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""


def write_vcards(people: list[Person], version: str = "3.0") -> str:
    """vCards for ``people``; ``version`` is '3.0' or '4.0'."""
    if version not in ("3.0", "4.0"):
        raise ValueError(f"vCard version {version} is not written; use 3.0 or 4.0")
    return "".join(_Card(p, version).text() for p in people)


def escape(text: str) -> str:
    """A text value: backslash, new line, comma and semicolon escaped."""
    if not any(ch in text for ch in "\\\n\r,;"):
        return text
    return (text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
            .replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


def escape_uri(text: str) -> str:
    """A URI value (URL, IMPP, tel:): only backslashes and new lines escaped (a comma is part
    of a URI, and readers of URI values do not undo ``\\,``)."""
    if "\\" not in text and "\n" not in text and "\r" not in text:
        return text
    return (text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
            .replace("\n", "\\n"))


def _param(value: str) -> str:
    """A parameter value, quoted when it must be (RFC 6868 escapes for ^, " and new lines)."""
    value = value.replace("^", "^^").replace("\r\n", "\n").replace("\n", "^n").replace('"', "^'")
    return f'"{value}"' if any(ch in value for ch in ",;:") else value


def fold(line: str) -> str:
    """One content line folded at 75 octets without splitting a UTF-8 character, with CR LF."""
    if line.isascii():
        if len(line) <= 75:
            return line + "\r\n"
        parts = [line[:75]] + [line[i:i + 74] for i in range(75, len(line), 74)]
        return "\r\n ".join(parts) + "\r\n"
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    out, cur, size, limit = [], [], 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(cur))
            cur, size, limit = [], 0, 74
        cur.append(ch)
        size += n
    out.append("".join(cur))
    return "\r\n ".join(out) + "\r\n"


def _date(d: tuple[int | None, int | None, int | None]) -> str:
    y, m, day = d
    if y is not None and m is not None and day is not None:
        return f"{y:04d}-{m:02d}-{day:02d}"
    if y is not None and m is not None:
        return f"{y:04d}-{m:02d}"
    if y is not None:
        return f"{y:04d}"
    if m is not None and day is not None:
        return f"--{m:02d}{day:02d}"
    if m is not None:
        return f"--{m:02d}"
    return f"---{day:02d}"


def _types(label: str, tel: bool = False) -> tuple[list[str], bool]:
    """The standard TYPE values for a label, and whether the label needs X-ABLabel too (the
    reader would not give it back from the types alone)."""
    if not label:
        return [], False
    types: list[str] = []
    for piece in label.split(","):
        t = piece.strip().lower()
        t = t if t in _STANDARD else _SYNONYMS.get(t, "")
        if t and t not in types and (tel or t in _PLACES):  # cell, fax...: phones only
            types.append(t)
    back = ",".join(t for t in types if t not in _READ_SKIPS)
    return types, back != label


def _japanese(*texts: str) -> bool:
    return any(_CJK.search(t) for t in texts if t)


class _Card:
    def __init__(self, p: Person, version: str) -> None:
        self.p, self.v4 = p, version == "4.0"
        self.lines = ["BEGIN:VCARD", f"VERSION:{version}"]
        self.groups = 0

    def add(self, name: str, value: str, params: list[tuple[str, str]] | None = None,
            group: str = "") -> None:
        head = f"{group}.{name}" if group else name
        for k, v in params or ():
            head += f";{k}={v}"
        self.lines.append(f"{head}:{value}")

    def labelled(self, name: str, value: str, label: str,
                 params: list[tuple[str, str]] | None = None) -> None:
        types, custom = _types(label, tel=name == "TEL")
        params = list(params or [])
        if types:
            params.append(("TYPE", ",".join(types)))
        group = ""
        if custom:
            self.groups += 1
            group = f"item{self.groups}"
        self.add(name, value, params, group)
        if custom:
            self.add("X-ABLabel", escape(label), group=group)

    def text(self) -> str:
        p = self.p
        self.names()
        self.methods()
        self.organization()
        self.dates()
        if p.photo:
            kind = image_type(p.photo) or p.photo_type or "image/jpeg"
            data = base64.b64encode(p.photo).decode("ascii")
            if self.v4:
                self.add("PHOTO", f"data:{kind};base64,{data}")
            else:
                self.add("PHOTO", data, [("ENCODING", "b"),
                                         ("TYPE", kind.split("/")[1].upper())])
        if p.tags:
            self.add("CATEGORIES", ",".join(escape(t) for t in p.tags))
        if p.notes:
            self.add("NOTE", escape(p.notes))
        for key, value in (("X-KIZUNA-HONORIFIC", p.honorific),
                           ("X-KIZUNA-INTERESTS", p.interests),
                           ("X-KIZUNA-HOW-WE-MET", p.how_we_met),
                           ("X-KIZUNA-REGION", p.region),
                           ("X-KIZUNA-CADENCE", str(p.cadence_days)
                            if p.cadence_days is not None else ""),
                           ("X-KIZUNA-ARCHIVED", "TRUE" if p.archived else "")):
            if value:
                self.add(key, escape(value))
        for name in p.joint_names:  # 連名: one property a name, as the New Year card has them
            if name.strip():
                self.add("X-KIZUNA-JOINT-NAME", escape(name))
        self.lines.append("END:VCARD")
        return "".join(fold(x) for x in self.lines)

    def names(self) -> None:
        p = self.p
        if self.v4 and p.is_organization:
            self.add("KIND", "org")
        n = ";".join(escape(x) for x in (p.family_name, p.given_name, p.middle_name,
                                         p.name_prefix, p.name_suffix))
        reading = [x for x in (p.family_reading, p.given_reading)]
        latin = p.family_latin or p.given_latin
        pair = self.v4 and latin and (p.family_name or p.given_name) and (
            (p.family_latin, p.given_latin) != (p.family_name, p.given_name))
        params: list[tuple[str, str]] = []
        if pair:
            params += [("ALTID", "1"), ("LANGUAGE", "ja" if _japanese(
                p.family_name, p.given_name) else "und")]
        if self.v4 and any(reading):
            params.append(("SORT-AS", _param(",".join(x.replace(",", " ") for x in reading))))
        self.add("N", n, params)
        if pair:
            self.add("N", ";".join(escape(x) for x in (p.family_latin, p.given_latin, "", "",
                                                          "")),
                     [("ALTID", "1"), ("LANGUAGE", "en")])
        if _japanese(p.family_name, p.given_name):
            full = " ".join(x for x in (p.family_name, p.given_name) if x)
        else:
            full = " ".join(x for x in (p.name_prefix, p.given_name, p.middle_name,
                                        p.family_name, p.name_suffix) if x)
        if not full:
            full = " ".join(x for x in (p.given_latin, p.family_latin) if x)
        if not full or p.is_organization:
            full = (p.organization or p.organization_en or full or p.nickname
                    or (p.emails[0][1] if p.emails else "")
                    or (p.phones[0][1] if p.phones else "") or "(no name)")
        self.add("FN", escape(full))
        if p.is_organization and not self.v4:
            self.add("X-ABShowAs", "COMPANY")
        if p.family_reading:
            self.add("X-PHONETIC-LAST-NAME", escape(p.family_reading))
        if p.given_reading:
            self.add("X-PHONETIC-FIRST-NAME", escape(p.given_reading))
        if any(reading) and not self.v4:
            self.add("SORT-STRING", escape(" ".join(x for x in reading if x)))
        for key, value in (("X-KIZUNA-LATIN-FAMILY", p.family_latin),
                           ("X-KIZUNA-LATIN-GIVEN", p.given_latin)):
            if value:
                self.add(key, escape(value))
        if p.latin_order and (p.family_latin or p.given_latin
                              or p.latin_order != "given_first"):
            self.add("X-KIZUNA-LATIN-ORDER", escape(p.latin_order))
        if p.nickname:
            self.add("NICKNAME", escape(p.nickname))

    def methods(self) -> None:
        p = self.p
        for label, value in p.emails:
            self.labelled("EMAIL", escape(value), label)
        for label, value in p.phones:
            params: list[tuple[str, str]] = []
            if self.v4:
                if _GLOBAL_TEL.fullmatch(value):
                    value = f"tel:{value}"
                    params = [("VALUE", "uri")]
                elif value.lower().startswith("sip:"):
                    params = [("VALUE", "uri")]
                else:
                    params = [("VALUE", "text")]
            self.labelled("TEL", escape_uri(value) if params[:1] == [("VALUE", "uri")]
                          else escape(value), label, params)
        for n, a in enumerate(p.addresses, 1):
            if not isinstance(a, Address):
                label, text = a
                a = Address(label=label, text=text)
            parts = [a.po_box, a.extended, a.street, a.city, a.region, a.postal_code,
                     a.country]
            if a.text and not any(parts):
                parts[2] = a.text  # only the text: readers show it as the street
            # RFC 6350's own example writes the label's new lines as \n
            params = [("LABEL", _param(escape_uri(a.text)))] if self.v4 and a.text else []
            # The same address in Latin letters: a second ADR in English, an ALTID pair in
            # 4.0 (LANGUAGE=ja / en beside each other in 3.0), which the reader makes one.
            latin = a.latin.strip() if isinstance(getattr(a, "latin", None), str) else ""
            pair = ([("ALTID", f"a{n}")] if self.v4 else []) if latin else []
            params = pair + params + ([("LANGUAGE", "ja")] if latin else [])
            types, custom = _types(a.label)
            group = ""
            if custom or (a.text and not self.v4):
                self.groups += 1
                group = f"item{self.groups}"
            if types:
                params.append(("TYPE", ",".join(types)))
            self.add("ADR", ";".join(escape(x) for x in parts), params, group)
            if custom:
                self.add("X-ABLabel", escape(a.label), group=group)
            if a.text and not self.v4:
                self.add("LABEL", escape(a.text), [("TYPE", ",".join(types))] if types else [],
                         group)
            if latin:
                group = ""
                if custom:
                    self.groups += 1
                    group = f"item{self.groups}"
                self.add("ADR", ";".join(escape(x) for x in ("", "", latin, "", "", "", "")),
                         pair + [("LANGUAGE", "en")]
                         + ([("TYPE", ",".join(types))] if types else []), group)
                if custom:
                    self.add("X-ABLabel", escape(a.label), group=group)
        for label, url in p.urls:
            self.labelled("URL", escape_uri(url), label)
        for kind, label, value in p.handles:
            if kind == "website":
                self.labelled("URL", escape_uri(value), label)
            elif kind in _SOCIAL:
                params = [("TYPE", kind)]
                if label:
                    params.append(("X-KIZUNA-LABEL", _param(label)))
                self.add("X-SOCIALPROFILE", escape(value), params)
            else:  # Skype, SIP, Telegram...: the kind is the service
                service = "" if kind == "other" else kind
                scheme = _SCHEME.match(value)
                if not scheme or scheme.group()[:-1].lower() in _IM_SCHEMES | {"x-kizuna"}:
                    value = (f"{service.lower()}:{value}" if service.lower() in _IM_SCHEMES
                             else f"x-kizuna:{value}")
                self.labelled("IMPP", escape_uri(value), label,
                              [("X-SERVICE-TYPE", _param(service))] if service else [])

    def organization(self) -> None:
        p = self.p
        main = [p.organization, p.department]
        english = [p.organization_en, p.department_en]
        pair = self.v4 and any(main) and any(english)
        if any(main):
            params: list[tuple[str, str]] = []
            if pair:
                params += [("ALTID", "1"), ("LANGUAGE", "ja" if _japanese(*main) else "und")]
            if self.v4 and p.organization_reading and p.organization:
                params.append(("SORT-AS", _param(p.organization_reading)))
            self.add("ORG", ";".join(escape(x) for x in main if x) if p.organization else
                     ";" + escape(p.department), params)
            if pair:
                self.add("ORG", escape(p.organization_en) + (
                    f";{escape(p.department_en)}" if p.department_en else ""),
                    [("ALTID", "1"), ("LANGUAGE", "en")])
        if any(english) and not pair:
            self.add("X-KIZUNA-ORG-EN", escape(p.organization_en) + (
                f";{escape(p.department_en)}" if p.department_en else ""))
        if p.organization_reading:
            if not self.v4:
                self.add("X-PHONETIC-ORG", escape(p.organization_reading))
            elif not p.organization:
                self.add("X-KIZUNA-ORG-READING", escape(p.organization_reading))
        title_pair = self.v4 and p.title and p.title_en
        if p.title:
            self.add("TITLE", escape(p.title),
                     [("ALTID", "2"), ("LANGUAGE", "ja" if _japanese(p.title) else "und")]
                     if title_pair else [])
            if title_pair:
                self.add("TITLE", escape(p.title_en), [("ALTID", "2"), ("LANGUAGE", "en")])
        if p.title_en and not title_pair:
            self.add("X-KIZUNA-TITLE-EN", escape(p.title_en))
        for r in p.past_positions:
            self.add("X-KIZUNA-POSITION", ";".join(escape(x) for x in (
                r.organization, r.organization_en, r.organization_reading, r.department,
                r.department_en, r.title, r.title_en, r.start, r.end)) + (
                ";concurrent" if r.concurrent else ";" if r.as_written else "")  # 兼務
                + (";as-written" if r.as_written else ""))

    def dates(self) -> None:
        p = self.p
        if p.birthday:
            self.add("BDAY", _date(p.birthday))
        if p.anniversary:
            self.add("ANNIVERSARY" if self.v4 else "X-ANNIVERSARY", _date(p.anniversary))


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
