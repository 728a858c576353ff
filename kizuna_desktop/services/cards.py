"""Business card output: lays out a meishi profile and writes its proof or sheet PDF."""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kizuna_desktop.errors import KizunaError, NotFoundError, ValidationError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.services import meishi, validation
from kizuna_desktop.services.files import write_atomically
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import MeishiProfile

LOGO_LIMIT_MB = 2


def set_logo(journal: Journal, profile_id: int, data: bytes | None) -> None:
    """Set (or with None, remove) the profile's logo: a PNG or JPEG of at most 2 MB."""
    if data is not None:
        msg = validation.image(data, "logo", LOGO_LIMIT_MB)
        if msg is None and logo_size(data) is None:
            msg = "The logo is not a readable PNG or JPEG image."
        if msg:
            raise ValidationError.single("logo", msg)
    with journal.session() as s:
        p = s.get(MeishiProfile, profile_id)
        if p is None:
            raise NotFoundError(f"Meishi profile {profile_id} does not exist.")
        p.logo = data


def logo_size(data: bytes) -> tuple[int, int] | None:
    from reportlab.lib.utils import ImageReader

    if not data.startswith(validation.IMAGE_MAGIC):
        return None
    try:
        return ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - any decoding failure means "not a usable image"
        return None


def logo_of(journal: Journal, profile_id: int) -> bytes | None:
    with journal.session() as s:
        return s.scalar(select(MeishiProfile.logo).where(MeishiProfile.id == profile_id))


_KANJI_OR_HIRAGANA = re.compile(r"[\u3040-\u309f\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _vc(text: str) -> str:
    """A vCard 3.0 text value: backslash, comma, semicolon and newline escaped."""
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\n").replace("\n", "\\n"))


_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ff\u31f0-\u31ff 　]+")


def _two(name: str) -> tuple[str, str]:
    parts = [x for x in re.split(r"[ 　・]+", name.strip()) if x]
    if len(parts) < 2:
        return name.strip(), ""
    return parts[0], " ".join(parts[1:])


def qr_vcard(profile: meishi.MeishiView) -> str:
    """The vCard 3.0 the card's QR code carries: only what a phone's scanner needs, so the
    code stays small enough to print with modules of at least 0.26 mm.

    N is family;given: the Japanese name for a Japanese card holder (the Latin name as FN),
    the Latin name for a foreign one (given name first in the English way, family name
    last). The reading goes into X-PHONETIC-LAST-NAME and X-PHONETIC-FIRST-NAME, split at
    its space (a foreign name's reading is given name first, as the katakana name is); ORG
    carries the company and department, TITLE the title, in the language of
    the name. A foreign holder's Japanese name and company (アレックス・ハートマン / ノルド
    リヒト・センサーズ合同会社) go into NOTE, which every scanner keeps."""
    p = profile
    japanese = bool(p.name_ja and _KANJI_OR_HIRAGANA.search(p.name_ja)) or not p.name_en
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    if japanese:
        family, given = _two(p.name_ja)
        full = p.name_en or p.name_ja
    else:
        words = p.name_en.split()
        family, given = (words[-1], " ".join(words[:-1])) if len(words) > 1 else (p.name_en, "")
        full = p.name_en
    lines += [f"N:{_vc(family)};{_vc(given)};;;", f"FN:{_vc(full)}"]
    reading = p.reading_ja
    if not japanese and p.name_ja and _KATAKANA_NAME.fullmatch(p.name_ja):
        reading = p.name_ja  # a foreign name in katakana is its own reading: the Japanese name
    if reading:
        r_family, r_given = _two(reading)
        if not japanese:  # a foreign name's reading follows its own order: given name first
            r_given, r_family = (r_family, r_given) if r_given else (r_family, "")
        if r_family:
            lines.append(f"X-PHONETIC-LAST-NAME:{_vc(r_family)}")
        if r_given:
            lines.append(f"X-PHONETIC-FIRST-NAME:{_vc(r_given)}")
    ja_side = japanese and (p.company_ja or not p.company_en)
    company = (p.company_ja or p.company_en) if ja_side else (p.company_en or p.company_ja)
    department = ((p.department_ja or p.department_en) if ja_side
                  else (p.department_en or p.department_ja))
    title = (p.title_ja or p.title_en) if ja_side else (p.title_en or p.title_ja)
    if company or department:
        lines.append("ORG:" + ";".join(_vc(x) for x in (company, department) if x))
    if title:
        lines.append(f"TITLE:{_vc(title)}")
    if p.phone:
        lines.append(f"TEL;TYPE=WORK:{_vc(p.phone)}")
    if p.email:
        lines.append(f"EMAIL:{_vc(p.email)}")
    if p.web:
        lines.append("URL:" + _vc(p.web if "://" in p.web else f"https://{p.web}"))
    if not japanese:  # a foreign holder's Japanese name and company, which N and ORG are not
        known = reading == p.name_ja  # the katakana name is in the phonetic fields already
        note = " / ".join(x for x in ("" if known else p.name_ja, p.company_ja) if x)
        if note:
            lines.append(f"NOTE:{_vc(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def qr_matrix(profile: meishi.MeishiView):
    """The module matrix of a QR code carrying ``qr_vcard`` (segno, error level M, the
    smallest version that holds it): the text as UTF-8 bytes after an ECI designator (26,
    UTF-8), so a reader never guesses Shift_JIS or Latin-1."""
    return [list(row) for row in _qr_rows(qr_vcard(profile))]


@functools.lru_cache(maxsize=8)
def _qr_rows(text: str) -> tuple:
    import segno  # the preview asks on every keystroke: the same text makes the same code

    return tuple(tuple(row) for row in segno.make(text, error="m", micro=False,
                                                  boost_error=False, mode="byte",
                                                  encoding="utf-8", eci=True).matrix)


def card_layout(profile: meishi.MeishiView, options, logo: bytes | None = None):
    from kizuna_desktop.pdf.meishi_layout import layout

    logo_box = None
    if logo and (size := logo_size(logo)):
        logo_box = (size[0], size[1], logo)
    return layout(profile, options, qr_matrix(profile) if profile.include_qr else None, logo_box)


def render(profile: meishi.MeishiView, options, sheet: bool = False, paper: str = "a4",
           logo: bytes | None = None, band_bleed: bool = False) -> bytes:
    """The PDF/X-1a proof (or, with ``sheet``, the sheet of cards) as PDF bytes. Raises
    MeishiOverflowError naming each field that does not fit, each character no font has,
    a logo under 300 ppi and any text that would touch the logo or the QR code."""
    from kizuna_desktop.pdf import meishi as pdf_meishi

    card = card_layout(profile, options, logo)
    if sheet:
        return pdf_meishi.sheet_pdf(card, paper, bleed=band_bleed)
    return pdf_meishi.proof_pdf(card)


@dataclass(frozen=True)
class Export:
    """A checked card PDF: its bytes, the layout's warnings (printed anyway) and the
    preflight's lines."""

    data: bytes
    warnings: list[str]
    preflight: list[str]


class PreflightError(KizunaError):
    template = QT_TRANSLATE_NOOP("errors", "The PDF fails the print checks:\n  {failures}")

    def __init__(self, failures: list[str]):
        self.failures = failures
        super().__init__(failures="\n  ".join(failures))


def export(profile: meishi.MeishiView, options, sheet: bool = False, paper: str = "a4",
           logo: bytes | None = None, band_bleed: bool = False) -> Export:
    """``render``, then the same preflight a print shop runs (``kizuna preflight``) on the
    result; raises PreflightError naming every failed check, so a file that a shop would
    reject is never written."""
    from kizuna_desktop.pdf.preflight import preflight

    card = card_layout(profile, options, logo)
    data = render(profile, options, sheet, paper, logo, band_bleed)
    findings = preflight(data)
    failed = [f.line() for f in findings if not f.ok]
    if failed:
        raise PreflightError(failed)
    return Export(data, card.warnings, [f.line() for f in findings])


def write_pdf(journal: Journal, profile_id: int, path: Path, options, sheet: bool = False,
              paper: str = "a4", band_bleed: bool = False) -> tuple[Path, list[str]]:
    """Write the checked proof or sheet; returns the path and the layout's warnings."""
    profile = meishi.get(journal, profile_id)
    out = export(profile, options, sheet, paper, logo_of(journal, profile_id), band_bleed)
    return write_atomically(path, out.data), out.warnings
