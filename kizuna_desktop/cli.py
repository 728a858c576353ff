"""``kizuna``: with no subcommand it opens the window; subcommands reach the same services
headless. Errors print one line (``kizuna: error: ...``) and exit non-zero."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from kizuna_desktop import __version__, paths
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.i18n import days_text as i18n_days_text
from kizuna_desktop.i18n import translate

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    from kizuna_desktop import settings

    prefs = settings.preferences()  # Preferences' paper and card size are the defaults
    p = _Parser(
        prog="kizuna",
        description="Kizuna Desktop: a relationship journal for business in Japan. "
        "With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"kizuna {__version__}")
    p.add_argument("--db", metavar="PATH",
                   help="the journal file (default: $KIZUNA_DB, else the user data folder)")
    p.add_argument("--demo-if-missing", action="store_true",
                   help="when the journal does not exist yet, open (and if needed write) "
                   "the demo journal instead")
    p.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("demo", help="write the demo journal (only into an empty journal)")

    c = sub.add_parser("contacts", help="list contacts (in gojūon / alphabetical order)")
    c.add_argument("--search", "-s", default="", metavar="TEXT",
                   help="kanji, kana, romaji, organisation, e-mail or #tag")
    c.add_argument("--tag", default="", help="only contacts with this tag")
    c.add_argument("--going-cold", action="store_true",
                   help="only contacts past their keep-in-touch cadence")
    c.add_argument("--archived", action="store_true", help="include archived contacts")
    c.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")
    c.add_argument("--json", action="store_true", help="print JSON instead of a table")

    b = sub.add_parser("brief", help="write a pre-meeting briefing PDF")
    b.add_argument("contacts", nargs="+", metavar="CONTACT",
                   help="an id, or a search that matches exactly one contact")
    b.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    b.add_argument("--meeting", metavar="'YYYY-MM-DD HH:MM'",
                   help="the meeting's date and local time (or just the date); ISO 8601 "
                        "with an offset (2026-12-03T14:00+09:00) or a zone (… JST) too")
    b.add_argument("--zone", metavar="ZONE", default=None,
                   help="the zone the meeting's time is in (default: the journal's home zone)")
    b.add_argument("--title", default="", help="the meeting's title")
    b.add_argument("--place", default="", help="where the meeting is")
    b.add_argument("--paper", choices=["a4", "letter"], default=prefs["paper"],
                   help="the paper (default: %(default)s, as set in Preferences)")
    b.add_argument("--language", choices=["en", "ja"], default=None,
                   help="write the briefing in English or Japanese (default: the "
                        "interface's language, LANG or Preferences)")

    m = sub.add_parser("meishi", help="write a print-ready business card proof or sheet")
    m.add_argument("profile", metavar="PROFILE",
                   help="a meishi profile's id or a unique name match")
    m.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    m.add_argument("--style", choices=["two-sided", "bilingual"], default="two-sided")
    m.add_argument("--ja", choices=["horizontal", "vertical"], default="horizontal",
                   help="the Japanese face: yokogaki or tategaki")
    m.add_argument("--size", choices=["jp", "us", "eu"], default=prefs["card_size"],
                   help="91 × 55 mm, 3.5 × 2 in or 85 × 55 mm (default: Preferences')")
    m.add_argument("--orientation", choices=["landscape", "portrait"], default="",
                   help="default: portrait for vertical Japanese, else landscape")
    m.add_argument("--sheet", action="store_true",
                   help="a page of cards for card stock (10 on A4, 8 Japanese-size on Letter)")
    m.add_argument("--paper", choices=["a4", "letter"], default=prefs["paper"],
                   help="for --sheet (default: Preferences')")
    m.add_argument("--numerals", choices=["arabic", "kanji"], default="arabic",
                   help="the vertical address's numbers: upright digits or kanji (一―二―三)")
    m.add_argument("--band-bleed", action="store_true",
                   help="for --sheet: cards set apart so the colour band bleeds past each cut")

    i = sub.add_parser("import", help="import contacts (vCard, CSV) or a whole-journal archive")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--format", choices=["vcard", "csv", "linkedin", "cards", "archive"],
                   help="default: from the file's name and content")
    i.add_argument("--yes", action="store_true",
                   help="import what is valid without asking (duplicates are merged)")

    e = sub.add_parser("export", help="export contacts, follow-ups or the whole journal")
    e.add_argument("--format", required=True,
                   choices=["vcard", "vcard4", "csv", "ics", "archive"])
    e.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="where to write (- for standard output, not for an archive)")

    b = sub.add_parser("backup", help="back up the journal now")
    b.add_argument("-o", "--output", metavar="FILE",
                   help="where (default: the journal's backups folder)")
    r = sub.add_parser("restore", help="replace the journal with a backup (after backing it up)")
    r.add_argument("file", metavar="FILE")
    sub.add_parser("encrypt", help="protect the journal with a passphrase (SQLCipher)")
    sub.add_parser("decrypt", help="remove the journal's passphrase")

    k = sub.add_parser("check", help="check the journal's integrity")
    k.add_argument("--repair", action="store_true",
                   help="rebuild the search index and last-contact dates")
    for module in _extensions():
        COMMANDS.update(module.register(sub))
    return p


# Subcommands that live in modules of their own (kizuna_desktop/cli_*.py), one per area, so
# that each area's commands and their argument parsing stay together. Each module has
# ``register(sub) -> dict[name, handler]``; handlers take the parsed args and return an exit code.
EXTENSIONS = ("cli_show", "cli_records", "cli_log", "cli_journal", "cli_print", "cli_calendar",
              "cli_network", "cli_nengajo")


def _extensions():
    import importlib

    return [importlib.import_module(f"kizuna_desktop.{name}") for name in EXTENSIONS]


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line (``kizuna: error: …``), exit 2."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, translate("cli", "kizuna: error: {message} (see: {prog} --help)")
                  .format(message=message, prog=self.prog) + "\n")

    def _get_formatter(self):  # help texts in the interface's language (i18n.help_formatter)
        from kizuna_desktop.i18n import help_formatter

        return help_formatter(self.formatter_class)(prog=self.prog)


def _check_display() -> None:
    """On Linux and the BSDs the window needs an X11 or Wayland display; without one Qt
    aborts the process with several lines about plugins. Say it in one line instead."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") \
            or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise KizunaError("There is no display to open the window on (neither DISPLAY nor "
                      "WAYLAND_DISPLAY is set). Start Kizuna from a desktop session, or use "
                      "its commands (kizuna --help).")


def _output_encoding(json_out: bool) -> None:
    """``--json`` output is UTF-8 whatever the locale says (a Windows shell redirecting to a
    file in cp932, PYTHONIOENCODING=cp932): a program reading it expects JSON's own encoding.
    Text output keeps the locale's encoding; a character it cannot write is written as a
    \\u escape instead of ending the command with an encoding error."""
    out = sys.stdout
    if not hasattr(out, "reconfigure"):
        return
    import codecs

    try:
        utf8 = codecs.lookup(out.encoding or "ascii").name == "utf-8"
    except LookupError:
        utf8 = False
    if utf8:
        return
    if json_out:
        out.reconfigure(encoding="utf-8")
    else:
        out.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """The one top-level handler: every error is one line ``kizuna: error: …`` with exit 1
    (usage errors exit 2); an unexpected one's traceback goes to the log file only; a closed
    pipe (``kizuna contacts | head``) ends quietly."""
    from kizuna_desktop import log
    from kizuna_desktop.i18n import argparse_in_language
    from kizuna_desktop.store.faults import classify

    argparse_in_language()  # argparse's own words (usage, required…) in the interface's language
    parser = build_parser()
    args = parser.parse_args(argv)
    _output_encoding(json_out=bool(getattr(args, "json", False)))
    try:
        if args.command is None:
            from kizuna_desktop.app import run_app

            _check_display()
            return run_app(args.db, demo_if_missing=args.demo_if_missing,
                           quit_after_ms=args.quit_after)
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except KizunaError as e:
        from kizuna_desktop.i18n import message  # in the interface's language (README)

        print(translate("cli", "kizuna: error: {message}").format(message=message(e)),
              file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(translate("cli", "kizuna: interrupted"), file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - the one place every other error ends
        from kizuna_desktop.i18n import message as i18n_message

        typed = classify(e, paths.journal_path(args.db))
        if typed is not None:
            print(translate("cli", "kizuna: error: {message}").format(message=i18n_message(typed)),
                  file=sys.stderr)
            return EXIT_ERROR
        where = log.log_error(f"kizuna {args.command}", e)
        print(translate("cli", "kizuna: error: an unexpected {kind}; nothing more was done. "
                        "Details for a bug report are in {where}.").format(
            kind=type(e).__name__,
            where=where or translate("cli", "no log (it cannot be written)")), file=sys.stderr)
        return EXIT_ERROR


def _quiet_stdout() -> None:
    """After a broken pipe: further output (and the interpreter's last flush) goes nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def passphrase_for(path: Path) -> str | None:
    """The passphrase of an encrypted journal: $KIZUNA_PASSPHRASE, else asked on the terminal.
    None for a plain journal (or when nobody can be asked: opening then says what to do)."""
    from kizuna_desktop.store.db import is_encrypted

    if not path.exists() or not is_encrypted(path):
        return None
    from kizuna_desktop.hardening import no_core_dumps

    no_core_dumps()  # before the passphrase is in memory
    if os.environ.get("KIZUNA_PASSPHRASE"):
        return os.environ["KIZUNA_PASSPHRASE"]
    if sys.stdin.isatty():
        return getpass.getpass(translate("cli", "Passphrase for {0}: ").format(path.name))
    return None


def _open(args: argparse.Namespace, create: bool = False):
    """The journal for a command, by the one opening policy (services/opening.py): each
    fault its own error; a damaged one names the newest good backup to restore."""
    from kizuna_desktop.services import opening

    path = paths.journal_path(args.db)
    return opening.open_for_command(path, passphrase_for(path), create=create)


def cmd_demo(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import demo
    from kizuna_desktop.store import lock

    lock.refuse_if_held(paths.journal_path(args.db).expanduser().absolute(),
                        "write the demo into")
    with _open(args, create=True) as journal:
        counts = demo.write_demo(journal)
    words = {"contacts": translate("cli", "{n} contacts"),
             "organizations": translate("cli", "{n} organizations"),
             "interactions": translate("cli", "{n} interactions"),
             "follow_ups": translate("cli", "{n} follow ups"),
             "introductions": translate("cli", "{n} introductions"),
             "ledger": translate("cli", "{n} ledger"),
             "meishi_profiles": translate("cli", "{n} meishi profiles")}
    summary = translate("cli", ", ").join(
        words.get(what, f"{{n}} {what.replace('_', ' ')}").format(n=n)
        for what, n in counts.items())
    print(translate("cli", "Demo journal written to {path}: {summary}.").format(
        path=journal.path, summary=summary))
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def terminal_safe(text: str) -> str:
    """``text`` for a terminal: control characters (an ANSI escape in a name, a line break)
    shown as visible escapes, never obeyed."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or unicodedata.category(ch) == "Zs" else
                   f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
                   for ch in text)


def cmd_contacts(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import search

    f = search.ContactFilter(text=args.search, tag=args.tag, going_cold=args.going_cold,
                             include_archived=args.archived)
    with _open(args) as journal:
        rows: list[search.ContactSummary] = []
        page = 500
        while True:
            want = page if not args.limit else min(page, args.limit - len(rows))
            batch = search.page(journal, f, 0, want, after=rows[-1].sort_rank if rows else None)
            rows.extend(batch)
            if len(batch) < want or (args.limit and len(rows) >= args.limit):
                break
    from kizuna_desktop.text import zones

    today = zones.today()  # the laptop's date; each last contact dated where it happened
    if args.json:
        print(json.dumps([{
            "id": r.id, "name": r.written, "reading": r.reading, "latin": r.latin,
            "title": r.title_ja or r.title_en, "title_en": r.title_en,
            "organization": r.organization_ja or r.organization_en,
            "organization_en": r.organization_en,
            "last_interaction": r.last_interaction_at.isoformat()
            if r.last_interaction_at else None,
            "days_since": r.days_since(today), "archived": r.archived,
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(translate("cli", "No contacts match.") if args.search or args.tag
              or args.going_cold else translate("cli", "No contacts yet."))
        return 0
    table = [(str(r.id), *(terminal_safe(x) for x in (r.written, r.reading, r.latin, r.role)),
              "" if r.days_since(today) is None else i18n_days_text(r.days_since(today)))
             for r in rows]
    header = (translate("cli", "ID"), translate("cli", "NAME"), translate("cli", "READING"),
              translate("cli", "LATIN"), translate("cli", "ROLE"), translate("cli", "LAST"))
    widths = [max(_width(x) for x in col) for col in zip(header, *table, strict=True)]
    for line in (header, *table):
        print("  ".join(_pad(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import archive, importing

    source = Path(args.file)
    if args.format == "archive" or (args.format is None and archive.is_archive(source)):
        target = paths.journal_path(args.db)
        manifest = archive.import_archive(source, target, passphrase_for(source))
        counts = manifest.get("counts", {})
        print(translate("cli", "Journal {target} made from {source}: {contacts} contacts, "
                        "{interactions} interactions.").format(
            target=target, source=source.name, contacts=counts.get("contacts", "?"),
            interactions=counts.get("interactions", "?")))
        return 0
    if args.format is None and not paths.journal_path(args.db).exists():
        # a file that cannot be imported leaves no new empty journal behind
        from kizuna_desktop.services.importing.read import detect_format, read_bytes, read_file

        # (detect_format itself refuses a file of no kind it knows)
        if detect_format(source, read_bytes(source, 4096)) == "archive":
            read_file(source, "archive")  # refuses: a zip that is not ours
    made = not paths.journal_path(args.db).exists()
    attempted: list[bool] = []
    try:
        return _import_into(args, source, attempted)
    finally:
        if made and not attempted:  # a look at the plan alone leaves no new journal behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{paths.journal_path(args.db)}{suffix}").unlink(missing_ok=True)


def _import_into(args: argparse.Namespace, source: Path, attempted: list[bool]) -> int:
    """`kizuna import` of a contacts file: the plan, then (asked or --yes) the import;
    ``attempted`` gets True once the import itself begins."""
    from kizuna_desktop.services import importing

    with _open(args, create=True) as journal:
        plan = importing.import_file(journal, source, args.format)
        print(plan.summary())
        for line in plan.report_lines(limit=200):
            print(f"  {line}")
        if plan.duplicates:
            print("  " + translate("cli", "To be merged: {n}").format(n=len(plan.duplicates)))
        for item in plan.duplicates[:50]:
            print("    " + translate("cli", "line {line}: {label} ({reason})").format(
                line=item.person.line, label=item.person.label, reason=item.reason))
        if len(plan.duplicates) > 50:
            print("    " + translate("cli", "… and {n} more").format(n=len(plan.duplicates) - 50))
        if not plan.items and not plan.organizations:
            print(translate("cli", "Nothing to import; the journal is unchanged."))
            return EXIT_ERROR if plan.problems else 0
        if not args.yes:
            if not sys.stdin.isatty():
                print(translate("cli", "Nothing imported: run again with --yes to import the "
                                "{n} valid contact(s).").format(n=len(plan.items)),
                      file=sys.stderr)
                return EXIT_ERROR
            if input(f"Import {len(plan.items)} contact(s)? [y/N] ").strip().lower() != "y":
                print(translate("cli", "Nothing imported."))
                return EXIT_ERROR
        attempted.append(True)
        result = importing.import_with_backup(journal, plan)
    print(translate("cli", "Imported: {created} new, {merged} merged into existing contacts")
          .format(created=result.created, merged=result.merged)
          + (translate("cli", ", {n} unchanged").format(n=result.unchanged)
             if result.unchanged else "")
          + (translate("cli", ", {n} organisation(s)").format(n=result.organizations)
             if result.organizations else "")
          + (translate("cli", ", {n} meishi exchange(s) recorded").format(n=result.exchanges)
             if result.exchanges else "") + translate("cli", "."))
    print(translate("cli", "The journal as it was before is backed up in {path}.").format(
        path=result.backup))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import archive, export, files

    to_stdout = args.output == "-"
    if to_stdout and args.format == "archive":
        raise KizunaError("An archive is written to a file: give -o FILE.zip.")
    out = Path(args.output)
    with _open(args) as journal:
        if args.format == "archive":
            archive.export_archive(journal, out)
            print(translate("cli", "Whole journal written to {path}.").format(path=out))
            return 0
        data, what = export.export_bytes(journal, args.format, datetime.now(UTC).date())
    if args.format == "ics":  # say which kinds the calendar leaves out
        from kizuna_desktop.store.models import InteractionKind

        plural = {"email": translate("cli", "e-mails"), "message": translate("cli", "messages")}
        left = [plural.get(k.value, k.value.replace("_", " ") + "s") for k in InteractionKind
                if k.value not in export.MINUTES]
        what += (translate("cli", " ({0} left out: not calendar events)").format(
            translate("cli", " and ").join(left)) if left else "")
    if to_stdout:  # -o -: the export itself on standard output, the report on standard error
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        print(translate("cli", "{what} written to standard output.").format(what=what),
              file=sys.stderr)
    else:
        files.write_atomically(out, data)
        print(translate("cli", "{what} written to {path}.").format(what=what, path=out))
    if args.format == "csv":
        print(translate("cli", "Photos are not part of CSV; export as vCard to carry them."),
              file=sys.stderr if to_stdout else sys.stdout)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from kizuna_desktop import cli_journal

    return cli_journal.cmd_backup(args)


def cmd_restore(args: argparse.Namespace) -> int:
    from kizuna_desktop import cli_journal

    return cli_journal.cmd_restore(args)


def _new_passphrase() -> str:
    if os.environ.get("KIZUNA_NEW_PASSPHRASE"):
        return os.environ["KIZUNA_NEW_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise KizunaError("Set KIZUNA_NEW_PASSPHRASE or run in a terminal to give a passphrase.")
    first = getpass.getpass(translate("cli", "New passphrase: "))
    if len(first) < 8:
        raise KizunaError("Use a passphrase of at least 8 characters.")
    if getpass.getpass(translate("cli", "Repeat it: ")) != first:
        raise KizunaError("The two passphrases differ; nothing was changed.")
    return first


def cmd_encrypt(args: argparse.Namespace) -> int:
    from kizuna_desktop import cli_journal

    return cli_journal.cmd_encrypt(args)


def cmd_decrypt(args: argparse.Namespace) -> int:
    from kizuna_desktop import cli_journal

    return cli_journal.cmd_decrypt(args)


def cmd_check(args: argparse.Namespace) -> int:
    from kizuna_desktop import cli_journal

    return cli_journal.cmd_check(args)


def parse_meeting_time(text: str, zone: str | None = None, home: str = "UTC",
                       notes: list[str] | None = None
                       ) -> tuple[datetime | None, date | None, str]:
    """The meeting's time in its own zone, or only its date: 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM'
    (in ``zone``, else ``home``), ISO 8601 with an offset, or a time followed by a zone or a
    common abbreviation (JST). Returns (time, date, zone name); what was made of a clock time
    that does not exist or happens twice is added to ``notes``."""
    import re

    from kizuna_desktop.text import zones

    text = text.strip()
    try:
        if zone is not None:
            zones.get(zone)
        if len(text) <= 10 and "T" not in text and ":" not in text:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError
            return None, date.fromisoformat(text), ""
        parsed = zones.parse(text, zone, home)
        if parsed.note and notes is not None:
            notes.append(parsed.note)
        return parsed.when, None, parsed.zone_name
    except zones.ZoneError as e:
        raise KizunaError(str(e)) from None
    except ValueError:
        raise KizunaError(
            f"“{text}” is not a date and time: write YYYY-MM-DD HH:MM (e.g. 2026-12-02 14:00)."
        ) from None


def cmd_brief(args: argparse.Namespace) -> int:
    from kizuna_desktop import i18n
    from kizuna_desktop.services import briefing, clock, search

    with _open(args) as journal:
        notes: list[str] = []
        when, day, zone = (parse_meeting_time(args.meeting, args.zone, clock.home_zone(journal),
                                              notes)
                           if args.meeting else (None, None, ""))
        for note in notes:
            print(translate("cli", "kizuna: note: {note}").format(note=note), file=sys.stderr)
        meeting = briefing.Meeting(title=args.title, when=when, day=day, place=args.place,
                                   zone_name=zone)
        people = [search.resolve(journal, spec) for spec in args.contacts]
        path = briefing.write_pdf(journal, [p.id for p in people], Path(args.output),
                                  meeting, args.paper,
                                  language=args.language or i18n.current())
    print(translate("cli", "Briefing for {names} written to {path}.").format(
        names=", ".join(p.written or p.latin for p in people), path=path))
    return 0


def cmd_meishi(args: argparse.Namespace) -> int:
    from kizuna_desktop.pdf.meishi_layout import SIZE_NAMES, MeishiOptions
    from kizuna_desktop.services import cards, meishi

    options = MeishiOptions(style=args.style, ja=args.ja, size=args.size,
                            orientation=args.orientation, numerals=args.numerals).resolved()
    with _open(args) as journal:
        profile = meishi.resolve(journal, args.profile)
        path, warnings = cards.write_pdf(journal, profile.id, Path(args.output), options,
                                         sheet=args.sheet, paper=args.paper,
                                         band_bleed=args.band_bleed)
    for warning in warnings:
        print(translate("cli", "kizuna: warning: {warning}").format(warning=warning),
              file=sys.stderr)
    paper = {"a4": "A4", "letter": "Letter"}.get(args.paper, args.paper)
    what = (translate("cli", "sheet on {paper}").format(paper=paper) if args.sheet
            else translate("cli", "proof"))
    words = {"two-sided": translate("cli", "two-sided"), "bilingual": translate("cli", "bilingual"),
             "horizontal": translate("cli", "horizontal"),
             "vertical": translate("cli", "vertical"),
             "landscape": translate("cli", "landscape"),
             "portrait": translate("cli", "portrait"),
             "jp": translate("cli", "Japan 91 × 55 mm"), "us": translate("cli", "US 3.5 × 2 in"),
             "eu": translate("cli", "Europe 85 × 55 mm")}  # pdf.meishi_layout's SIZE_NAMES
    print(translate("cli", "Meishi {what} ({style}, Japanese {ja}, {size}, {orientation}) for "
                    "“{profile}” written to {path}.").format(
        what=what, style=words.get(options.style, options.style),
        ja=words.get(options.ja, options.ja),
        size=words.get(options.size, SIZE_NAMES[options.size]),
        orientation=words.get(options.orientation, options.orientation),
        profile=profile.profile_name, path=path))
    return 0


COMMANDS = {"demo": cmd_demo, "contacts": cmd_contacts, "check": cmd_check, "brief": cmd_brief,
            "meishi": cmd_meishi, "import": cmd_import, "export": cmd_export,
            "backup": cmd_backup, "restore": cmd_restore, "encrypt": cmd_encrypt,
            "decrypt": cmd_decrypt}

