"""Meetings from the calendar (issue 23):

    kizuna calendar import FILE.ics [--days 14] [--yes] [--all]
    kizuna calendar unmatched [--json]
    kizuna meetings [--days N] [--json]
    kizuna meetings --pdf FILE.pdf [--day YYYY-MM-DD]   (the morning's meetings: roster, briefings)
    kizuna brief --meeting-id ID -o FILE.pdf

``calendar import`` without ``--yes`` is a dry run: it says what it would do and writes
nothing. ``brief --meeting-id`` is added to the ``brief`` command here (its contacts are then
the meeting's attendees), so cli.py keeps its own handler for the rest.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from kizuna_desktop.i18n import QT_TRANSLATE_NOOP, translate


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    c = sub.add_parser("calendar", help="import meetings from an iCalendar (.ics) file")
    csub = c.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    i = csub.add_parser("import", help="events of the next days become planned meetings",
                        description="Reads an iCalendar file (an Outlook or Google export, a "
                        ".ics attachment, a subscribed calendar saved to disk). Events from "
                        "today through --days become planned meetings, attendees matched to "
                        "contacts by e-mail, then by name. Importing the same file again "
                        "updates by UID and never doubles; cancelled events are removed. "
                        "Without --yes nothing is written.")
    i.add_argument("file", metavar="FILE.ics")
    i.add_argument("--days", type=int, default=14, help="how many days ahead (default 14)")
    i.add_argument("--yes", action="store_true", help="write the meetings (else a dry run)")
    i.add_argument("--all", action="store_true", dest="include_unknown",
                   help="also events with no attendee among your contacts")
    u = csub.add_parser("unmatched", help="attendees of meetings ahead that match no contact")
    u.add_argument("--json", action="store_true")

    m = sub.add_parser("meetings", help="the meetings ahead (today, tomorrow, this week)")
    m.add_argument("--days", type=int, default=7, help="how many days ahead (default 7: a week)")
    m.add_argument("--json", action="store_true", help="JSON: id, title, start, zone, place, "
                                                        "attendees")
    m.add_argument("--pdf", metavar="FILE.pdf", default=None,
                   help="write the day's meetings as one PDF: a roster page, then a briefing "
                        "per meeting")
    m.add_argument("--day", default=None, metavar="YYYY-MM-DD",
                   help="with --pdf: the day (default today)")
    m.add_argument("--paper", choices=["a4", "letter"], default=None,
                   help="with --pdf (default: Preferences' paper)")
    m.add_argument("--language", choices=["en", "ja"], default=None,
                   help="with --pdf: the roster's and briefings' language (default: the "
                        "interface's)")

    _extend_brief(sub)
    return {"calendar": cmd_calendar, "meetings": cmd_meetings, "brief": cmd_brief}


def _extend_brief(sub: argparse._SubParsersAction) -> None:
    brief = sub.choices.get("brief")
    if brief is None:
        return
    for action in brief._actions:
        if action.dest == "contacts":
            action.nargs = "*"  # with --meeting-id the meeting says who is there
            action.help = QT_TRANSLATE_NOOP(  # one sentence, as the catalogue has it
                "cli-help",
                "an id, or a search that matches exactly one contact (none with --meeting-id)")
    brief.add_argument("--meeting-id", type=int, default=None, metavar="ID",
                       help="the briefing for this planned meeting (kizuna meetings lists "
                            "them): its title, time, place and everyone in it")


def cmd_brief(args: argparse.Namespace) -> int:
    from kizuna_desktop import cli
    from kizuna_desktop.errors import KizunaError

    if getattr(args, "meeting_id", None) is None:
        if not args.contacts:
            raise KizunaError("Name at least one contact, or give --meeting-id.")
        return cli.cmd_brief(args)
    if args.contacts or args.meeting or args.title or args.place:
        raise KizunaError("--meeting-id takes the meeting's attendees, time, title and place: "
                          "give no contacts, --meeting, --title or --place with it.")
    from kizuna_desktop.services import meetings

    with cli._open(args) as journal:
        path, m = meetings.write_brief(journal, args.meeting_id, Path(args.output), args.paper,
                                       language=args.language)
    print(cli.terminal_safe(f"Briefing for “{m.title}” ({_when(m)}; "
                            f"{', '.join(a.name for a in m.attendees)}) written to {path}."))
    return 0


def _when(m) -> str:
    from kizuna_desktop.text import zones

    if m.all_day:  # (several days: 2026-12-03–12-05)
        return translate("cli", "{day}, all day").format(day=m.time_text)
    return f"{zones.fmt(m.start, '%Y-%m-%d %H:%M')} {m.zone_label}"


def _here(m, tz=None) -> str:
    """" (19:00 EST here)" when the laptop's zone shows another clock time (as the window)."""
    from kizuna_desktop.text import zones

    if m.all_day:
        return ""
    here = m.start.astimezone(tz or zones.laptop())
    if zones.abbreviation(here) == m.zone_label and here.utcoffset() == m.start.utcoffset():
        return ""
    day = f"{here:%m-%d} " if here.date() != m.start.date() else ""
    return translate("cli", " ({time} here)").format(
        time=f"{day}{here:%H:%M} {zones.abbreviation(here)}")


def cmd_calendar(args: argparse.Namespace) -> int:
    from kizuna_desktop import cli

    if args.calendar_command == "import":
        return _import(args, cli)
    return _unmatched(args, cli)


def _import(args, cli) -> int:
    from kizuna_desktop.services import calendar_import

    path = Path(args.file)
    data = calendar_import.read_file(path)  # at most MAX_BYTES (never /dev/zero whole)
    with cli._open(args) as journal:
        report = calendar_import.import_calendar(journal, data, days=args.days,
                                                 apply=args.yes,
                                                 include_unknown=args.include_unknown)
    for line in report.lines():
        print(cli.terminal_safe(line))
    print(report.summary)
    if not args.yes:
        print(translate("cli", "Nothing was written: run again with --yes to import."))
    return 0


def _unmatched(args, cli) -> int:
    from kizuna_desktop.services import meetings

    with cli._open(args) as journal:
        guests = meetings.pending_guests(journal)
        titles = {m.id: m for m in (meetings.get(journal, i)
                                    for i in dict.fromkeys(g.meeting_id for g in guests))}
    if args.json:
        out = [{"id": g.id, "meeting_id": g.meeting_id, "meeting": titles[g.meeting_id].title,
                "name": g.name, "email": g.email} for g in guests]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return 0
    for g in guests:
        m = titles[g.meeting_id]
        safe = cli.terminal_safe  # the fields, not the tabs between them
        meeting = translate("cli", "(meeting {0})").format(m.id)
        print(f"{g.id}\t{safe(g.label)}\t{_when(m)} “{safe(m.title)}” {meeting}")
    print((translate("cli", "1 attendee matches no contact; review them in the window's "
                     "Meetings view (create a contact, match by hand, ignore).")
           if len(guests) == 1 else
           translate("cli", "{n} attendees match no contact; review them in the window's "
                     "Meetings view (create a contact, match by hand, ignore).")).format(
        n=len(guests)))
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from kizuna_desktop import cli
    from kizuna_desktop.errors import KizunaError
    from kizuna_desktop.services import meetings
    from kizuna_desktop.text import zones

    if args.pdf:
        try:
            day = date.fromisoformat(args.day) if args.day else zones.today()
        except ValueError:
            raise KizunaError(f"--day “{args.day}” is not a date: use YYYY-MM-DD.") from None
        if args.language:  # the roster's words too (this process writes only this)
            from kizuna_desktop import i18n

            i18n.use(args.language)
        with cli._open(args) as journal:
            path, found = meetings.write_morning(journal, day, Path(args.pdf),
                                                       args.paper or args_paper())
        said = (translate("cli", "1 meeting on {day} (a roster, then its briefing) "
                          "written to {path}.") if len(found) == 1 else
                translate("cli", "{n} meetings on {day} (a roster, then a briefing each) "
                          "written to {path}."))
        print(said.format(n=len(found), day=f"{day:%Y-%m-%d}", path=path))
        return 0
    if args.day:
        raise KizunaError("--day goes with --pdf.")
    if not 1 <= args.days <= 366:
        raise KizunaError(f"--days is between 1 and 366 (was {args.days}).")
    with cli._open(args) as journal:
        found = meetings.ahead(journal, args.days)
    if args.json:
        out = [{"id": m.id, "title": m.title, "start": m.start.isoformat(),
                "end": m.end.isoformat(), "zone": m.zone, "all_day": m.all_day,
                "place": m.place, "agenda": m.agenda,
                "attendees": [{"id": a.id, "name": a.name} for a in m.attendees],
                "unmatched": [g.label for g in m.guests]} for m in found]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return 0
    groups = meetings.group(found)
    names = {"today": translate("cli", "Today"), "tomorrow": translate("cli", "Tomorrow"),
             "week": translate("cli", "This week") if args.days <= 7 else
             translate("cli", "Later")}  # (the window's groups: a week)
    for key, items in groups.items():
        if not items:
            continue
        print(f"{names[key]}:")
        for m in items:
            safe = cli.terminal_safe  # the fields, not the tabs between them
            people = ", ".join(safe(a.name) for a in m.attendees)
            where = f" @ {safe(m.place)}" if m.place else ""
            print(f"  {m.id}\t{_when(m)}{_here(m)}\t{safe(m.title)}{where}\t{people}")
    if not found:
        print(translate("cli", "No meetings in the next {n} days.").format(n=args.days))
    return 0


def args_paper() -> str:
    from kizuna_desktop import settings

    try:
        return settings.preferences()["paper"]
    except Exception:  # noqa: BLE001 - Preferences unreadable: the default paper
        return "a4"
