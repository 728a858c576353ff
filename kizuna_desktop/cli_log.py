"""`kizuna log`: record an interaction at its local time and zone.

    kizuna log CONTACT [CONTACT…] --kind nomikai --when "2026-11-20 19:00" [--zone Asia/Tokyo]
               [--summary …] [--place …] [--notes …] [--json]

The time is the wall-clock time where it happened, in ``--zone`` (an IANA name or a common
abbreviation such as JST), else in a zone written after the time, else in the journal's home
zone. Every problem is named on a line of its own (``kizuna: error: …``), exit 1, and nothing
is written.
"""

from __future__ import annotations

import argparse
import json
import sys

from kizuna_desktop.i18n import current, message, translate
from kizuna_desktop.store.models import InteractionKind

# an interaction's kind as the window names it (context "Kinds", ui/icons.LABELS)
KIND_WORDS = {"meeting": "Meeting", "meal": "Meal", "nomikai": "Nomikai", "call": "Call",
              "email": "E-mail", "message": "Message", "event": "Event",
              "meishi_exchange": "Meishi exchange", "other": "Other",
              "business_review": "Business review"}

KINDS = [k.value for k in InteractionKind]
FIELDS = {"kind": "--kind", "occurred_at": "--when", "zone": "--zone", "place": "--place",
          "summary": "--summary", "notes": "--notes", "participant_ids": "CONTACT"}


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    p = sub.add_parser("log", help="log an interaction at its local time and zone")
    p.add_argument("contacts", nargs="+", metavar="CONTACT",
                   help="who was there: an id, an e-mail or a name matching exactly one")
    p.add_argument("--kind", required=True, metavar="KIND",
                   help=translate("cli-help", "what it was: {0}").format(", ".join(KINDS)))
    p.add_argument("--when", required=True, metavar="'YYYY-MM-DD HH:MM'",
                   help="when it began, as the clocks there read (ISO 8601 with an offset, "
                        "or a zone after the time, are taken too)")
    p.add_argument("--zone", default=None, metavar="ZONE",
                   help="where it happened, e.g. Asia/Tokyo or JST (default: the home zone)")
    p.add_argument("--summary", default="", help="what it was about, in one line")
    p.add_argument("--place", default="", help="where: their office, an izakaya in Shimbashi…")
    p.add_argument("--notes", default="", help="what was discussed, what was promised…")
    p.add_argument("--json", action="store_true", help="print the logged interaction as JSON")
    z = sub.add_parser("home-zone", help="show or set the journal's home zone (where new "
                                         "entries happen unless another zone is given)")
    z.add_argument("zone", nargs="?", metavar="ZONE",
                   help="the new home zone, e.g. Asia/Tokyo or JST")
    return {"log": cmd_log, "home-zone": cmd_home_zone}


def cmd_home_zone(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open
    from kizuna_desktop.services import clock
    from kizuna_desktop.text import zones

    with _open(args) as journal:
        if args.zone is not None:
            home = clock.set_home_zone(journal, args.zone)
            print(translate("cli", "Home zone set to {zone}: new entries happen there unless "
                            "told otherwise.").format(zone=home))
        else:
            home = clock.home_zone(journal)
            print(translate("cli", "Home zone: {home}; this computer: {system}; used lately: "
                            "{recent}.").format(
                home=home, system=zones.system_zone_name(),
                recent=", ".join(clock.recent_zones(journal)) or translate("cli", "none")))
    return 0


def _resolve(journal, spec: str):
    try:
        from kizuna_desktop.services import lookup
    except ImportError:  # the wider naming rules arrive with the records commands
        from kizuna_desktop.services import search as lookup
    return lookup.resolve(journal, spec)


def interaction_json(view, contact_id: int | None = None) -> dict:
    """An interaction as ``kizuna log --json`` and ``kizuna show --json`` print it: its
    instant in UTC, its local time and zone where it happened, and who was there."""
    from kizuna_desktop.text import zones

    local = view.local
    return {
        "id": view.id,
        "kind": view.kind.value,
        "local_time": local.isoformat(timespec="minutes"),
        "zone": view.zone,
        "zone_abbreviation": zones.abbreviation(local),
        "utc": view.occurred_at.isoformat(timespec="minutes").replace("+00:00", "Z"),
        "summary": view.summary,
        "place": view.place,
        "notes": view.notes,
        "people": [{"id": p.id, "name": p.name} for p in view.participants
                   if p.id != contact_id],
    }


def cmd_log(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import EXIT_ERROR, _open
    from kizuna_desktop.errors import KizunaError, ValidationError
    from kizuna_desktop.services import clock, interactions
    from kizuna_desktop.text import zones

    errors: list[str] = []
    kind = args.kind.strip().lower().replace("-", "_").replace(" ", "_")
    if kind not in KINDS:
        errors.append(translate("cli", "--kind: “{kind}” is not a kind of interaction (one of "
                                "{kinds}).").format(kind=args.kind, kinds=", ".join(KINDS)))
    with _open(args) as journal:
        ids: list[int] = []
        for spec in args.contacts:
            try:
                ids.append(_resolve(journal, spec).id)
            except KizunaError as e:
                errors.append(f"CONTACT “{spec}”: {message(e)}")
        zone = None
        if args.zone is not None:
            try:
                zone = zones.canonical(args.zone)
            except zones.ZoneError as e:
                errors.append(f"--zone: {message(e)}")
        parsed = None
        try:
            parsed = zones.parse(args.when, zone, clock.home_zone(journal))
        except zones.ZoneError as e:
            errors.append(f"--when: {message(e)}")
        if parsed is not None and zone is None and args.zone is None:
            # A zone written after the time, or the home zone; a bare offset that is no
            # zone's there keeps its clock time as the fixed zone Etc/GMT±N.
            zone = (parsed.zone_name if zones.is_zone(parsed.zone_name)
                    else zones.offset_zone(parsed.when.utcoffset()))
        if not errors and parsed.note:  # a clock time moved out of a gap, or one of two
            print(translate("cli", "kizuna: note: {note}").format(note=parsed.note),
                  file=sys.stderr)
        if not errors:
            data = interactions.InteractionInput(
                kind=InteractionKind(kind), occurred_at=parsed.when, zone=zone,
                participant_ids=ids, place=args.place, summary=args.summary,
                notes=args.notes)
            try:
                view = interactions.create(journal, data)
            except ValidationError as e:
                errors += [f"{FIELDS.get(k, k)}: {m}" for k, m in e.errors.items()]
    if errors:
        if len(errors) == 1:  # one error, one line (issue 19.7)
            print(translate("cli", "kizuna: error: {message} Nothing was logged.").format(
                message=errors[0]), file=sys.stderr)
            return EXIT_ERROR
        for line in errors:
            print(translate("cli", "kizuna: error: {message}").format(message=line),
                  file=sys.stderr)
        print(translate("cli", "kizuna: nothing was logged."), file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps(interaction_json(view), ensure_ascii=False, indent=2))
    else:
        names = ", ".join(p.name for p in view.participants)
        print(translate("cli", "Logged {kind} with {names} on {when} ({zone}).").format(
            kind=(translate("Kinds", KIND_WORDS[view.kind.value]) if current() == "ja"
                  and view.kind.value in KIND_WORDS else view.kind.value.replace("_", " ")),
            names=names, when=zones.label(view.local, "%Y-%m-%d %H:%M", always=True),
            zone=view.zone))
    return 0
