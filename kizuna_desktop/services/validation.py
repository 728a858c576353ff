"""Field checks shared by the services. Each returns a message, or None when the value is fine."""

from __future__ import annotations

import re
from datetime import date

from kizuna_desktop.i18n import translate  # messages in the interface's language (README)
from kizuna_desktop.services.japanese import is_kana

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]{2,}$")
# A number as people write it: digits with separators, a pause or wait of a dial string
# (Android's p/w, or a comma and semicolon), # and * for menus, then an optional extension
# (;ext=5555 of RFC 3966, "ext. 12", "x12", 内線12). Or a SIP address.
_PHONE = re.compile(r"^\+?[0-9０-９()（）\-‐－ .,;#*pPwW]{3,60}$")
_EXTENSION = re.compile(r"(?:;\s*ext=|\s*(?:ext\.?|extn\.?|x|内線)\s*)[0-9０-９]{1,10}$",
                        re.IGNORECASE)
_SIP = re.compile(r"^sips?:[^@\s]+@[^@\s]+$", re.IGNORECASE)
_DIGIT = re.compile(r"[0-9０-９]")
MAX_TEXT = 1_000_000  # 1 MB of text in one note field is already far more than a person types
# The same limits from every path (window, command line, import); named in the README.
NAME_LIMIT = 200  # a family, given, reading or Latin name
ROLE_LIMIT = 300  # an organisation's name, a department, a title

# C0 controls but tab and newline, DEL, C1 controls: never part of what a person typed.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str, multiline: bool = False) -> tuple[str, bool]:
    """``value`` with control characters removed (a line break in a one-line field becomes a
    space; CRLF and CR become newlines in notes), and whether anything was removed or changed
    besides the line ends."""
    if value.isprintable():  # most values: no control character, no line break at all
        return value, False
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    else:
        value = value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    cleaned = _CONTROLS.sub("", value)
    return cleaned, cleaned != value


def control_characters(value: str) -> str | None:
    """A message when ``value`` holds control characters (other than tab and newline)."""
    found = sorted({f"U+{ord(ch):04X}" for ch in _CONTROLS.findall(value)})
    if found:
        return translate("validation", "Holds control characters ({0}), which were "
                         "removed.").format(", ".join(found[:5]))
    return None


def kana(value: str) -> str | None:
    if value and not is_kana(value):
        return translate("validation", "Use kana only (hiragana or katakana).")
    return None


def email(value: str) -> str | None:
    if not _EMAIL.match(value):
        return translate("validation", "“{0}” does not look like an e-mail address.").format(
            value)
    return None


def phone(value: str) -> str | None:
    """A phone number as written (kept so): extensions, dial strings and SIP addresses too."""
    if _SIP.match(value):
        return None
    body = _EXTENSION.sub("", value)
    if len(value) > 80 or not _PHONE.match(body) or len(_DIGIT.findall(body)) < 3:
        return translate("validation", "“{0}” does not look like a phone number.").format(
            value)
    return None


def length(value: str, limit: int) -> str | None:
    if len(value) > limit:
        return translate("validation", "Too long ({0:,} characters; at most {1:,}).").format(
            len(value), limit)
    return None


def birthday(year: int | None, month: int | None, day: int | None) -> str | None:
    """A real date as far as it is known: any part may be missing (a year alone, a year and
    month, a month and day without a year, when 29 February is allowed), but not the month
    of a day that is given."""
    if year is not None and not (1900 <= year <= date.today().year):
        return translate("validation", "{0} is not a plausible year of birth.").format(year)
    return _partial_date(year, month, day)


def anniversary(year: int | None, month: int | None, day: int | None) -> str | None:
    """As ``birthday``, for any year from 1900 to 100 years ahead."""
    if year is not None and not (1900 <= year <= date.today().year + 100):
        return translate("validation", "{0} is not a plausible year for an anniversary.").format(
            year)
    return _partial_date(year, month, day)


def _partial_date(year: int | None, month: int | None, day: int | None) -> str | None:
    if month is None and day is None:
        return None
    if month is None:
        return translate("validation", "Give the month of the day.")
    if not 1 <= month <= 12:
        return translate("validation", "{0} is not a month.").format(month)
    if day is None:  # a year and month; a month alone says too little
        return None if year is not None else translate(
            "validation", "Give the day or the year with the month.")
    probe_year = year if year is not None else 2000  # a leap year
    try:
        date(probe_year, month, day)
    except ValueError:
        return (translate("validation", "{0}/{1} is not a real date.").format(month, day)
                if year is None else translate("validation", "{0} is not a real date.").format(
                    f"{year:04d}-{month:02d}-{day:02d}"))
    return None


def parse_date(text: str) -> date:
    """YYYY-MM-DD to a date, with a clear message for an impossible one."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(translate("validation", "“{0}” is not a real date (use YYYY-MM-DD).")
                         .format(text)) from None


IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def image(data: bytes, what: str, limit_mb: int) -> str | None:
    """A PNG or JPEG of at most ``limit_mb`` megabytes."""
    if len(data) > limit_mb * 1024 * 1024:
        return f"The {what} is larger than {limit_mb} MB."
    if not data.startswith(IMAGE_MAGIC):
        return f"The {what} must be a PNG or JPEG image."
    return None
