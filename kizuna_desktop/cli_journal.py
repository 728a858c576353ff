"""Commands about the journal file itself: ``kizuna backups``, and the bodies of backup,
restore, encrypt, decrypt and check (cli.py's handlers call these)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kizuna_desktop import paths
from kizuna_desktop.errors import KizunaError

EXIT_ERROR = 1


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    b = sub.add_parser("backups", help="list the journal's backups (newest first)")
    b.add_argument("--json", action="store_true",
                   help="print JSON: path, kind, created, encrypted, verified, contacts")
    return {"backups": cmd_backups}


def cmd_backups(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import backup

    path = paths.journal_path(args.db).expanduser().absolute()
    infos = backup.backup_infos(path)
    if args.json:
        print(json.dumps([b.as_json() for b in infos], ensure_ascii=False, indent=2))
        return 0
    if not infos:
        print(f"No backups of {path} yet (they are kept in {backup.backups_dir(path)}).")
        return 0
    for b in infos:
        verified = {True: "verified", False: "FAILED its check", None: "not checked"}[b.verified]
        contacts = "" if b.contacts is None else f"{b.contacts} contacts, "
        print(f"{b.created:%Y-%m-%d %H:%M}  {b.kind:<24} {contacts}"
              f"{'encrypted, ' if b.encrypted else ''}{verified}  {b.path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open
    from kizuna_desktop.services import backup

    with _open(args) as journal:
        made = backup.backup_now(journal, Path(args.output) if args.output else None)
    print(f"Backup written to {made} and verified.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import passphrase_for
    from kizuna_desktop.services import backup

    target = paths.journal_path(args.db).expanduser().absolute()
    source = Path(args.file)
    saved = backup.restore(target, source, passphrase_for(source))
    note = f" (the journal as it was is kept in {saved})" if saved else ""
    print(f"{target} restored from {source.name}{note}.")
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _new_passphrase, passphrase_for
    from kizuna_desktop.services import backup
    from kizuna_desktop.store import lock
    from kizuna_desktop.store.db import is_encrypted

    path = paths.journal_path(args.db).expanduser().absolute()
    lock.refuse_if_held(path, "encrypt")
    if is_encrypted(path):
        plain = backup.plain_backups(path)
        if not plain:
            raise KizunaError(f"{path} is already encrypted, and so are its backups.")
        current = passphrase_for(path)
        if current is None:
            raise KizunaError(f"{path} is encrypted but {len(plain)} of its backups are not: "
                              "give its passphrase (KIZUNA_PASSPHRASE) to encrypt them.")
        from kizuna_desktop.services import opening

        with opening.open_for_command(path, current):
            pass  # opening finishes the backups (and checks the passphrase)
        left = backup.plain_backups(path)
        if left:
            raise KizunaError(f"{len(left)} backups of {path} are still plain.")
        print(f"{path} was already encrypted; its {len(plain)} plain backups are now "
              "encrypted too.")
        return 0
    new = _new_passphrase()
    backup.convert(path, None, new)
    print(f"{path} is now encrypted. Keep the passphrase safe: without it the journal "
          "cannot be read. Its older backups were encrypted too.")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import passphrase_for
    from kizuna_desktop.services import backup
    from kizuna_desktop.store import lock

    path = paths.journal_path(args.db).expanduser().absolute()
    lock.refuse_if_held(path, "decrypt")
    current = passphrase_for(path)
    if current is None:
        raise KizunaError(f"{path} is not encrypted (or no passphrase was given).")
    backup.convert(path, current, None)
    print(f"{path} is no longer encrypted (its backups stay encrypted with the old "
          "passphrase).")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import passphrase_for
    from kizuna_desktop.services import backup, check, opening


    path = paths.journal_path(args.db)
    with opening.open_for_command(path, passphrase_for(path),
                                  allow_foreign_schema=True) as journal:
        report = check.run(journal)
        if args.repair and not report.damaged:
            if any(p.startswith("schema: ") for p in report.problems):
                saved = backup.backup_now(journal, tag="before-repair")
                print(f"Backed the journal up to {saved} before repairing it.")
                for done in check.repair_schema(journal):
                    what = ("put back" if done.own_missing or done.kind == "changed"
                            else "removed")
                    print(f"  {what}: {done.type} “{done.name}”")
            n = check.repair(journal)
            print(f"Rebuilt the search index and last-contact dates of {n} contacts.")
            report = check.run(journal)
    print(f"Checked {journal.path}: " + ", ".join(report.checked) + ".")
    for skipped in report.skipped:
        print(f"  not checked now: {skipped}")
    if report.ok:
        print("No problems found.")
        return 0
    for problem in report.problems:
        print(f"  problem: {problem}")
    if report.damaged:
        good = backup.newest_good(journal.path)
        hint = (f" Restore the newest good backup from {good.created:%Y-%m-%d %H:%M}: "
                f"kizuna restore '{good.path}'" if good else " It has no good backup.")
        print(f"kizuna: error: the journal is damaged.{hint}", file=sys.stderr)
        return EXIT_ERROR
    print(f"{len(report.problems)} problem(s) found.", file=sys.stderr)
    return EXIT_ERROR
