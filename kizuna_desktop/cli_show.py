"""`kizuna show CONTACT [--json]`: the whole contact (issue: contact files in and out)."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    s = sub.add_parser("show", help="everything about one contact (for scripts: --json)")
    s.add_argument("contact", metavar="CONTACT",
                   help="an id, an e-mail, or a name in any script matching exactly one")
    s.add_argument("--json", action="store_true",
                   help="one JSON object (UTF-8, characters as they are)")
    return {"show": cmd_show}


def cmd_show(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open
    from kizuna_desktop.services import dossier, lookup, search

    with _open(args) as journal:
        if args.contact.strip().lower() == lookup.ME:
            lookup.resolve(journal, args.contact)  # refuses: “me” is you, not a contact
        found = search.resolve(journal, args.contact)
        data = dossier.dossier(journal, found.id)
    _mark_planned(data)
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("\n".join(dossier.text_lines(_with_marks(data))) + "\n")
    return 0


def _mark_planned(data: dict) -> None:
    """An interaction still ahead is a planned meeting (issue 23), not contact yet:
    ``"planned": true`` in the JSON."""
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    for i in data.get("interactions", []):
        try:
            i["planned"] = datetime.fromisoformat(i["local_time"]) > now
        except (KeyError, TypeError, ValueError):
            i["planned"] = False


def _with_marks(data: dict) -> dict:
    """The text's copy: "(planned)" before the summary of a planned meeting."""
    from kizuna_desktop.i18n import translate

    mark = translate("cli", "(planned)")
    return {**data, "interactions": [
        {**i, "summary": f"{mark} {i['summary']}".rstrip()} if i.get("planned") else i
        for i in data.get("interactions", [])]}
