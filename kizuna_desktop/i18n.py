"""The interface's language, and the one catalogue every layer translates through.

One mechanism for the whole app (issue 22.1): every user-visible English string is written
once, in the source, inside a call that ``pyside6-lupdate`` finds —

- in Qt widgets ``self.tr("…")`` or ``QCoreApplication.translate("Context", "…")``;
- everywhere else (services, PDF, store, CLI: no Qt there) ``translate("Context", "…")`` from
  this module, and ``QT_TRANSLATE_NOOP("Context", "…")`` for a template kept in a constant
  (the error classes of errors.py carry theirs so).

``make translations`` collects them all into ``resources/translations/kizuna_ja.ts`` and
compiles ``kizuna_ja.qm``. The window loads the ``.qm`` through QTranslator (with Qt's own
``qtbase_ja.qm`` for standard buttons and dialogs); code without Qt reads the same ``.ts``
(XML, parsed once with the standard library), so the command line and the window say the same
sentence. Placeholders are ``{name}`` (str.format) in non-Qt code and ``%1``/``%n`` in Qt code.

The language follows the system — ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` in the
POSIX order, then the platform's preferred languages (QLocale.system().uiLanguages(), when a
Qt app runs) — never Python's ``locale`` module (it fails where the locale is not generated).
Preferences > Language overrides it (settings key ``language``: ``system``, ``en`` or ``ja``),
applied at the next start; ``KIZUNA_LANGUAGE=ja`` (or ``en``) overrides both for one run.

Japanese conventions when the interface is Japanese (issue 22.4) live here too: dates
``2026年12月1日(火)``, the era (令和8年) on request, family name first, company → department →
title. Times are 24-hour in both languages."""

from __future__ import annotations

import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

SUPPORTED = ("en", "ja")
LANGUAGE_NAMES = {"system": "System", "en": "English", "ja": "日本語"}
TRANSLATIONS_DIR = Path(__file__).parent / "resources" / "translations"
CATALOGUE = TRANSLATIONS_DIR / "kizuna_ja.ts"
COMPILED = TRANSLATIONS_DIR / "kizuna_ja.qm"

_current: str | None = None  # set by install() or use(); else worked out on first need


def QT_TRANSLATE_NOOP(context: str, text: str,  # noqa: N802 (the name lupdate knows)
                      disambiguation: str | None = None) -> str:
    """Marks a template for the catalogue without translating it now."""
    return text


def _code(value: str) -> str | None:
    """'ja_JP.UTF-8' → 'ja'; 'C', 'POSIX' and empty → None (no preference)."""
    value = (value or "").strip()
    if not value or value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
        return None
    return value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower() or None


def system_language(env: Mapping[str, str] | None = None,
                    ui_languages: Iterable[str] | None = None) -> str:
    """The language the system asks for, among SUPPORTED; English otherwise.

    POSIX order: LC_ALL, else LC_MESSAGES, else LANG decide the locale; when that locale is
    not C/POSIX, LANGUAGE (a colon list) takes precedence over it, first supported wins. With
    none of them set, the platform's preferred languages (``ui_languages``, from
    QLocale.system().uiLanguages()) decide."""
    env = os.environ if env is None else env
    locale_value = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    locale_code = _code(locale_value)
    if locale_value and locale_code is None:
        return "en"  # C / POSIX: the untranslated interface, as every program does
    if locale_code is not None:
        for item in (env.get("LANGUAGE") or "").split(":"):
            code = _code(item)
            if code in SUPPORTED:
                return code
        return locale_code if locale_code in SUPPORTED else "en"
    for item in ui_languages or ():
        code = _code(item)
        if code is not None:
            return code if code in SUPPORTED else "en"
    return "en"


def chosen_language(ui_languages: Iterable[str] | None = None) -> str:
    """``$KIZUNA_LANGUAGE`` (en or ja: one run, scripts, the test suite), else the
    Preferences choice when it names a language, else the system's."""
    from kizuna_desktop import settings

    forced = os.environ.get("KIZUNA_LANGUAGE", "")
    if forced in SUPPORTED:
        return forced
    choice = settings.preferences()["language"]
    if choice in SUPPORTED:
        return choice
    return system_language(ui_languages=ui_languages)


def current() -> str:
    """The interface's language now: what install()/use() set, else the chosen one."""
    global _current
    if _current is None:
        _current = chosen_language()
    return _current


def use(language: str) -> None:
    """Sets the language non-Qt code translates into (the CLI at start, tests)."""
    global _current
    _current = language if language in SUPPORTED else "en"


# the catalogue without Qt ------------------------------------------------------------------
@lru_cache(maxsize=1)
def _catalogue(path: Path = CATALOGUE) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) → translation forms, finished entries only."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in tr.findall("numerusform")) or (tr.text or "",)
            if any(forms):
                table[(name, source)] = forms
    return table


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (``%n`` filled from ``n``), else the English: the
    signature of QCoreApplication.translate, so lupdate finds the calls. Fill placeholders
    after it: ``translate("opening", "The journal {path} is closed.").format(path=p)`` —
    lupdate skips a call with keyword arguments, and an f-string inside is never found."""
    out = text
    if current() == "ja":
        forms = _catalogue().get((context, text))
        if forms:
            out = forms[0]  # Japanese has one plural form
    if n >= 0:
        out = out.replace("%n", str(n))
    return out


def translate_in(language: str, context: str, text: str, n: int = -1) -> str:
    """``text`` in ``language`` whatever the interface's language (a document written in the
    other one, e.g. a briefing in Japanese from an English window), else the English."""
    out = text
    if language == "ja":
        forms = _catalogue().get((context, text))
        if forms:
            out = forms[0]
    if n >= 0:
        out = out.replace("%n", str(n))
    return out


def message(error: BaseException) -> str:
    """The sentence to show for an error, in the interface's language (errors.KizunaError
    knows its template; anything else is shown as it is)."""
    localized = getattr(error, "localized", None)
    return localized() if callable(localized) else translate_message(str(error))


# Qt ----------------------------------------------------------------------------------------
_installed: list = []  # the translators stay alive as long as the app


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(app, language: str | None = None) -> str:
    """Loads the translators for the chosen language into ``app`` (before any window is
    made): ours (kizuna_ja.qm) and Qt's own (qtbase_ja.qm: OK/Cancel, file dialogs…), and
    sets the default QLocale so Qt's dates and numbers follow. Returns the language used."""
    from PySide6.QtCore import QLocale, QTranslator

    if language is None:
        language = chosen_language(QLocale.system().uiLanguages())
    use(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "ja":
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
        for folder, name in ((TRANSLATIONS_DIR, "kizuna_ja"),
                             (qt_translations_dir(), "qtbase_ja")):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                _installed.append(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language


# Japanese conventions ----------------------------------------------------------------------
_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")
# the eras since Meiji's calendar reform: (first day, name); 元年 is year 1
ERAS = ((dt.date(2019, 5, 1), "令和"), (dt.date(1989, 1, 8), "平成"),
        (dt.date(1926, 12, 25), "昭和"), (dt.date(1912, 7, 30), "大正"),
        (dt.date(1873, 1, 1), "明治"))


def era_year(day: dt.date) -> str | None:
    """'令和8年' for 2026-12-01, '令和元年' for 2019-05-01; None before 1873. A moment
    (datetime) counts by its day: a datetime does not compare with a date."""
    if isinstance(day, dt.datetime):
        day = day.date()
    for start, name in ERAS:
        if day >= start:
            year = day.year - start.year + 1
            return f"{name}{'元' if year == 1 else year}年"
    return None


_era: bool | None = None  # Preferences > "Japanese era in dates", read once per run


def era_wanted() -> bool:
    """The Preferences switch (settings key ``era``), read on first need."""
    global _era
    if _era is None:
        from kizuna_desktop import settings

        _era = bool(settings.preferences()["era"])
    return _era


def format_date(day: dt.date, language: str | None = None, *, weekday: bool = True,
                era: bool | None = None) -> str:
    """'2026年12月1日(火)' in Japanese ('令和8年12月1日(火)' with ``era``, by default the
    Preferences switch), 'Tue 1 Dec 2026' in English."""
    language = language or current()
    if language == "ja":
        era = era_wanted() if era is None else era
        year = era_year(day) if era else None
        head = f"{year or f'{day.year}年'}{day.month}月{day.day}日"
        return head + (f"({_WEEKDAYS_JA[day.weekday()]})" if weekday else "")
    text = f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year:04d}"
    return f"{_WEEKDAYS_EN[day.weekday()]} {text}" if weekday else text


def short_date(day: dt.date, language: str | None = None, *, weekday: bool = True) -> str:
    """Within the year, for lists: '12月1日(火)' in Japanese, 'Tue 01 Dec' in English."""
    language = language or current()
    if language == "ja":
        return f"{day.month}月{day.day}日" + (f"({_WEEKDAYS_JA[day.weekday()]})" if weekday
                                             else "")
    text = f"{day.day:02d} {_MONTHS_EN[day.month - 1]}"
    return f"{_WEEKDAYS_EN[day.weekday()]} {text}" if weekday else text


def format_time(moment: dt.datetime | dt.time) -> str:
    """24-hour in both languages: '19:00'."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_datetime(moment: dt.datetime, language: str | None = None) -> str:
    return f"{format_date(moment.date(), language)} {format_time(moment)}"


def person_name(family: str, given: str, language: str | None = None, *,
                latin: bool = False) -> str:
    """Family name first in Japanese ('山田 太郎'); a Latin name in English reads given
    first ('Taro Yamada'). A Japanese name written in kanji stays family-first in both."""
    family, given = (family or "").strip(), (given or "").strip()
    if not (family and given):
        return family or given
    language = language or current()
    if latin and language != "ja":
        return f"{given} {family}"
    return f"{family} {given}"


def affiliation(company: str = "", department: str = "", title: str = "",
                language: str | None = None) -> str:
    """Company → department → title in Japanese ('北斗商事 営業部 部長'); title, department,
    company in English ('Director, Sales, Hokuto Trading')."""
    parts = [p.strip() for p in (company, department, title) if p and p.strip()]
    if (language or current()) == "ja":
        return " ".join(parts)
    return ", ".join(reversed(parts))


# errors raised with parameters -------------------------------------------------------------
def error(cls: type, template: str, **params):
    """An error of ``cls`` (errors.KizunaError or a subclass taking one message) whose English
    sentence is ``template`` filled from ``params`` — ``str(e)`` stays English for the log —
    and whose ``localized()`` translates the template first, then fills it: ``raise
    error(NotFoundError, QT_TRANSLATE_NOOP("errors", "There is no contact with id {id}."),
    id=spec)``."""
    values = {k: str(v) for k, v in params.items()}
    e = cls(template.format(**values))
    e.template, e.params, e._from_template = template, values, True
    return e


def format_month(year: int, month: int, language: str | None = None, *,
                 era: bool | None = None) -> str:
    """A timeline's month header: '2026年7月' ('令和8年7月' with the era), 'July 2026'."""
    language = language or current()
    if language == "ja":
        era = era_wanted() if era is None else era
        head = era_year(dt.date(year, month, 1)) if era else None
        return f"{head or f'{year}年'}{month}月"
    return f"{dt.date(year, month, 1):%B} {year}"


def format_birthday(day: dt.date, today: dt.date, language: str | None = None) -> str:
    """'1968年7月7日 (58歳)' in Japanese, '7 Jul 1968 (58)' in English; the age as of
    ``today`` (no weekday: a birthday is not an appointment)."""
    language = language or current()
    age = today.year - day.year - ((today.month, today.day) < (day.month, day.day))
    text = format_date(day, language, weekday=False)
    return f"{text} ({age}歳)" if language == "ja" else f"{text} ({age})"


def format_span(start: dt.date | None, end: dt.date | None,
                language: str | None = None) -> str:
    """A career line's dates: '2020年4月1日 – 現在' / '1 Apr 2020 – now'; an unknown start is
    '?'."""
    language = language or current()
    ja = language == "ja"
    first = format_date(start, language, weekday=False) if start else "?"
    last = (format_date(end, language, weekday=False) if end
            else ("現在" if ja else "now"))
    return f"{first} – {last}"


# messages written as finished sentences -----------------------------------------------------
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=8)
def _patterns(context: str = "errors") -> list[tuple[re.Pattern, str]]:
    """(regex of the English sentence, Japanese template) for every finished "errors" entry
    with placeholders, the longest fixed text first. An error raised from an f-string
    (``KizunaError(f"Cannot read {path}: {reason}.")``) is filed in the catalogue by
    ``i18n_marks`` as ``Cannot read {0}: {1}.``; its sentence is matched against it to find
    the values, which fill the translation."""
    found, wanted = [], context
    for (context, source), forms in _catalogue().items():  # noqa: B020 (each entry's own)
        names = _PLACEHOLDER.findall(source)
        if context != wanted or not names or len(set(names)) != len(names):
            continue
        pieces = _PLACEHOLDER.split(source)  # text, name, text, name, …, text
        fixed = [pieces[i].replace("{{", "{").replace("}}", "}") for i in range(0, len(pieces),
                                                                                 2)]
        if sum(len(p.strip()) for p in fixed) < (8 if wanted == "errors" else 3):
            continue  # too little fixed text to tell one sentence from another
        body = "".join(re.escape(text) + (f"(?P<p_{pieces[2 * i + 1]}>.+?)"
                                          if 2 * i + 1 < len(pieces) else "")
                       for i, text in enumerate(fixed))
        found.append((sum(map(len, fixed)), re.compile(f"^{body}$", re.DOTALL), forms[0]))
    found.sort(key=lambda item: -item[0])
    return [(pattern, target) for _length, pattern, target in found]


def translate_message(text: str, context: str = "errors") -> str:
    """A finished English sentence (an error's ``str()``, argparse's) in the interface's
    language: the catalogue's entry for it as it is, else the entry it was filled from (its
    values put into the translation, each translated too when the catalogue has it, such as
    the system's 'No such file or directory'), else the English unchanged. For showing only:
    code never decides by what this returns."""
    if current() != "ja" or not text:
        return text
    forms = _catalogue().get((context, text))
    if forms:
        return forms[0]
    for pattern, target in _patterns(context):
        match = pattern.match(text)
        if match:
            values = {k[2:]: (_catalogue().get((context, v))
                              or _catalogue().get(("errors", v))
                              or (translate_message(v, context) if len(v) < len(text)
                                  else v,))[0]  # a value itself a filled sentence
                      for k, v in match.groupdict().items()}
            return _PLACEHOLDER.sub(lambda m, v=values: v.get(m.group(1), m.group(0)), target)
    return text


# the meishi proof's slug (pdf/meishi.py): meishi_layout.FACE_TITLES, and its two lines
MEISHI_SLUG = (
    QT_TRANSLATE_NOOP("pdf", "Japanese"), QT_TRANSLATE_NOOP("pdf", "English"),
    QT_TRANSLATE_NOOP("pdf", "Bilingual"), QT_TRANSLATE_NOOP("pdf", "Japanese (vertical)"),
    QT_TRANSLATE_NOOP("pdf", "{0} face · proof"),
    QT_TRANSLATE_NOOP("pdf", "{0} × {1} mm, bleed 3 mm"),
)


# store/schema.py's refusal of a journal Kizuna did not make as it is (its words, filled)
SCHEMA_WORDS = (
    QT_TRANSLATE_NOOP("errors", "The journal {path} is not as Kizuna makes it: {shown}. "
                      "Restore a backup of it."),
    QT_TRANSLATE_NOOP("errors", "The journal {path} is not as Kizuna makes it: {shown}. Run: "
                      "kizuna check --repair (it backs the journal up first), or restore a "
                      "backup."),
    QT_TRANSLATE_NOOP("errors", "unknown {type} “{name}” (not made by Kizuna)"),
    QT_TRANSLATE_NOOP("errors", "missing {type} “{name}”"),
    QT_TRANSLATE_NOOP("errors", "{type} “{name}” differs from Kizuna's"),
    QT_TRANSLATE_NOOP("errors", "table"), QT_TRANSLATE_NOOP("errors", "index"),
    QT_TRANSLATE_NOOP("errors", "trigger"), QT_TRANSLATE_NOOP("errors", "view"),
)


# argparse's own words ("usage:", "invalid choice: …") ----------------------------------------
ARGPARSE = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
)


def _argparse_gettext(text: str) -> str:
    return translate("argparse", text)


def _argparse_ngettext(one: str, many: str, n: int) -> str:
    return translate("argparse", one if n == 1 else many)


def argparse_in_language() -> None:
    """argparse's own words (usage, 'the following arguments are required', …) in the
    interface's language: argparse looks them up through its module's ``_``/``ngettext``
    (gettext) on each use, which are pointed at the catalogue here. Called by cli.main."""
    import argparse

    argparse._ = _argparse_gettext
    argparse.ngettext = _argparse_ngettext


# the labels vCards and the CLI give an e-mail, phone or address --------------------------
METHOD_LABELS = {
    "work": QT_TRANSLATE_NOOP("labels", "work"), "home": QT_TRANSLATE_NOOP("labels", "home"),
    "office": QT_TRANSLATE_NOOP("labels", "office"),
    "mobile": QT_TRANSLATE_NOOP("labels", "mobile"), "cell": QT_TRANSLATE_NOOP("labels", "cell"),
    "fax": QT_TRANSLATE_NOOP("labels", "fax"), "private": QT_TRANSLATE_NOOP("labels", "private"),
    "business": QT_TRANSLATE_NOOP("labels", "business"),
    "other": QT_TRANSLATE_NOOP("labels", "other"), "voice": QT_TRANSLATE_NOOP("labels", "voice"),
    "line": QT_TRANSLATE_NOOP("labels", "line"),
}


# the services a handle is on, as they write their names (the same in both languages)
SERVICE_NAMES = {"line": "LINE", "linkedin": "LinkedIn", "x": "X", "instagram": "Instagram",
                 "facebook": "Facebook", "wechat": "WeChat", "kakaotalk": "KakaoTalk"}


def service_name(service: str) -> str:
    """'line' (a handle's kind as stored) as the service writes it: LINE; others as they are."""
    return SERVICE_NAMES.get((service or "").strip().lower(), service)


def method_label(label: str) -> str:
    """A stored label as the interface shows it: the usual English ones ('work', 'mobile'…,
    as vCards and ``kizuna add`` write them) in the interface's language ('勤務先', '携帯'),
    any other label (the user's own words) as it is."""
    key = METHOD_LABELS.get((label or "").strip().lower())
    return translate("labels", key) if key else label


def help_formatter(base: type) -> type:
    """``base`` (an argparse HelpFormatter class) showing ``kizuna … --help`` in the
    interface's language: each help text, description, epilog and section title is looked up
    in the catalogue (context "cli-help", filed by i18n_marks from cli*.py), else shown as
    written. cli._Parser makes its formatters from it."""

    class Translated(base):
        def add_text(self, text):
            if isinstance(text, str) and text.strip():
                text = translate("cli-help", text)
            super().add_text(text)

        def start_section(self, heading):
            super().start_section(translate("cli-help", heading) if heading else heading)

        def _get_help_string(self, action):
            text = action.help
            if isinstance(text, str) and text.strip():
                # argparse's own (--version's "show program's version number and exit")
                # are in the "argparse" context
                found = translate("cli-help", text)
                action.help = found if found != text else translate("argparse", text)
            try:
                return super()._get_help_string(action)
            finally:
                action.help = text

        # Japanese: wrap by the terminal's cells (a kanji takes two), not by characters
        def _split_lines(self, text, width):
            if current() != "ja" or is_ascii(text):
                return super()._split_lines(text, width)
            return wrap_cells(text, width)

        def _fill_text(self, text, width, indent):
            if current() != "ja" or is_ascii(text):
                return super()._fill_text(text, width, indent)
            return "\n".join(indent + line for line in wrap_cells(text, width - len(indent)))

    Translated.__name__ = f"Translated{base.__name__}"
    return Translated


_NO_LINE_START = "）」』】〕。、，．・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ:：;；!！?？)]"


def is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def cells(text: str) -> int:
    """How many terminal columns ``text`` takes (wide and full-width characters two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_cells(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells: Latin words are kept whole when they fit a line,
    Japanese breaks between any two characters."""
    text, width = " ".join(text.split()), max(width, 10)
    lines, cur = [], ""
    for ch in text:
        if cells(cur + ch) <= width:
            cur += ch
            continue
        # the Latin word being cut (after a space, or right after Japanese: 、CMYK) moves
        # down whole
        word = re.search(r"[（「『【〔(\[]?[!-~]+$", cur) if "!" <= ch <= "~" else None
        if word and word.start() > 0 and cur[:word.start()].strip():  # （ goes along
            lines.append(cur[:word.start()].rstrip())
            cur = word.group() + ch
        elif ch in _NO_LINE_START and len(cur) > 1:  # 「可\n）」: the last one goes along
            k = len(cur) - 1  # with those before it that cannot start a line either (す）:)
            while k > 1 and cur[k] in _NO_LINE_START:
                k -= 1
            lines.append(cur[:k].rstrip())
            cur = cur[k:] + ch
        else:
            lines.append(cur.rstrip())
            cur = ch.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def evidence_text(link) -> str:
    """A chain link's evidence (services.network.Link) in the interface's language: its
    Japanese wording (同席9回（最終 2026年8月7日）、…) in Japanese, else the English."""
    if current() == "ja" and getattr(link, "evidence_ja", None):
        return "、".join(link.evidence_ja)
    return "; ".join(link.evidence)


# Qt's own qtbase_ja lacks these two of Qt 6's file dialog (its catalogue still has "Look in:"
# without the shortcut): ours supplies them; Qt asks the translators installed last first, so
# qtbase_ja answers everything it has and ours fills the gap.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # the file dialog's Type column for a folder (Qt 6's QAbstractFileIconProvider)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive", "All other platforms"),
)


def occasion_label(occasion: str, short: bool = False) -> str:
    """An occasion in the interface's language: '年賀 / nengajō (New Year)' (short '年賀
    nengajō') in English, '年賀' in Japanese ('' for Other when short). (Here, not in kinds.py:
    kinds and text/ depend on nothing of ours — DESIGN.md's layers.)"""
    from kizuna_desktop.kinds import OCCASION_JA, OCCASION_LABELS, OCCASION_SHORT, Occasion

    try:
        o = Occasion(occasion)
    except ValueError:
        return str(occasion)
    if current() == "ja":
        return "" if short and o is Occasion.OTHER else OCCASION_JA[o]
    return (OCCASION_SHORT if short else OCCASION_LABELS)[o]


REGION_NAMES = (  # services/regions.py's keys, as `kizuna seasons` names a contact's region
    QT_TRANSLATE_NOOP("regions", "Hokkaido"), QT_TRANSLATE_NOOP("regions", "Tohoku"),
    QT_TRANSLATE_NOOP("regions", "Kanto"), QT_TRANSLATE_NOOP("regions", "Chubu"),
    QT_TRANSLATE_NOOP("regions", "Kansai"), QT_TRANSLATE_NOOP("regions", "Chugoku"),
    QT_TRANSLATE_NOOP("regions", "Shikoku"), QT_TRANSLATE_NOOP("regions", "Kyushu-Okinawa"),
)


def region_label(region: str) -> str:
    """' (Kanto)' in English, '（関東）' in Japanese: a region after a name."""
    name = translate("regions", region)
    return f"（{name}）" if current() == "ja" else f" ({name})"


def days_text(days: int | None) -> str:
    """How "days since" reads: "today", "1 d", "12 d" ("今日", "12日"); "—" for never."""
    if days is None:
        return "—"
    return (translate("zones", "today") if days == 0
            else translate("zones", "{n} d").format(n=days))


def occasion_choices() -> str:
    """``kizuna gift --occasion``'s help: each value to type with its meaning, in the
    interface's language ('nengajo（年賀）、ochugen（お中元）…' in Japanese)."""
    from kizuna_desktop.kinds import Occasion

    default = translate("cli", " (default: other)")
    if current() == "ja":  # spaces between the items: argparse wraps a line only at spaces
        return " ".join(f"{o.value}（{occasion_label(o.value)}）" for o in Occasion) + default
    return "; ".join(f"{o.value}: {occasion_label(o.value)}" for o in Occasion) + default
