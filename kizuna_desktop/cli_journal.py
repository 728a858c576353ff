"""Commands about the journal file itself: ``kizuna backups``, and the bodies of backup,
restore, encrypt, decrypt and check (cli.py's handlers call these)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kizuna_desktop import paths
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kizuna_desktop.i18n import error as _err

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
        print(translate("cli", "No backups of {path} yet (they are kept in {folder}).").format(
            path=path, folder=backup.backups_dir(path)))
        return 0
    for b in infos:
        verified = {True: translate("cli", "verified"),
                    False: translate("cli", "FAILED its check"),
                    None: translate("cli", "not checked")}[b.verified]
        contacts = ("" if b.contacts is None
                    else translate("cli", "{n} contacts, ").format(n=b.contacts))
        encrypted = translate("cli", "encrypted, ") if b.encrypted else ""
        kind = {"daily": translate("cli", "daily"), "manual": translate("cli", "manual"),
                "before-import": translate("cli", "before-import"),
                "before-restore": translate("cli", "before-restore"),
                "before-encryption-change": translate("cli", "before-encryption-change"),
                "before-repair": translate("cli", "before-repair"),
                "damaged": translate("cli", "damaged")}.get(b.kind, b.kind)
        print(f"{b.created:%Y-%m-%d %H:%M}  {kind:<24} {contacts}"
              f"{encrypted}{verified}  {b.path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open
    from kizuna_desktop.services import backup

    with _open(args) as journal:
        made = backup.backup_now(journal, Path(args.output) if args.output else None)
    print(translate("cli", "Backup written to {path} and verified.").format(path=made))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import passphrase_for
    from kizuna_desktop.services import backup

    target = paths.journal_path(args.db).expanduser().absolute()
    source = Path(args.file)
    saved = backup.restore(target, source, passphrase_for(source))
    note = (translate("cli", " (the journal as it was is kept in {path})").format(path=saved)
            if saved else "")
    print(translate("cli", "{target} restored from {source}{note}.").format(
        target=target, source=source.name, note=note))
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
        print(translate("cli", "{path} was already encrypted; its {n} plain backups are now "
                        "encrypted too.").format(path=path, n=len(plain)))
        return 0
    new = _new_passphrase()
    backup.convert(path, None, new)
    print(translate("cli", "{path} is now encrypted. Keep the passphrase safe: without it the "
                    "journal cannot be read. Its older backups were encrypted too.").format(
        path=path))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import passphrase_for
    from kizuna_desktop.services import backup
    from kizuna_desktop.store import lock

    path = paths.journal_path(args.db).expanduser().absolute()
    lock.refuse_if_held(path, "decrypt")
    current = passphrase_for(path)
    if current is None:
        raise _err(KizunaError,
                   QT_TRANSLATE_NOOP("errors",
                                     "{path} is not encrypted (or no passphrase was given)."),
                   path=path)
    backup.convert(path, current, None)
    print(translate("cli", "{path} is no longer encrypted (its backups stay encrypted with the "
                    "old passphrase).").format(path=path))
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
                print(translate("cli", "Backed the journal up to {path} before repairing "
                                "it.").format(path=saved))
                for done in check.repair_schema(journal):
                    what = (translate("cli", "put back") if done.own_missing
                            or done.kind == "changed" else translate("cli", "removed"))
                    print(f"  {what}: {translate('errors', done.type)} “{done.name}”")
            n = check.repair(journal)
            print(translate("cli", "Rebuilt the search index and last-contact dates of {n} "
                            "contacts.").format(n=n))
            report = check.run(journal)
    print(translate("cli", "Checked {path}: {items}.").format(
        path=journal.path,
        items=translate("cli", ", ").join(translate("check", x) for x in report.checked)))
    for skipped in report.skipped:
        print("  " + translate("cli", "not checked now: {item}").format(item=skipped))
    if report.ok:
        print(translate("cli", "No problems found."))
        return 0
    for problem in report.problems:
        print("  " + translate("cli", "problem: {problem}").format(problem=problem))
    if report.damaged:
        good = backup.newest_good(journal.path)
        hint = (translate("cli", " Restore the newest good backup from {when}: "
                          "kizuna restore '{path}'").format(
                    when=f"{good.created:%Y-%m-%d %H:%M}", path=good.path)
                if good else translate("cli", " It has no good backup."))
        print(translate("cli", "kizuna: error: the journal is damaged.{hint}").format(
            hint=hint), file=sys.stderr)
        return EXIT_ERROR
    print(translate("cli", "{n} problem(s) found.").format(n=len(report.problems)),
          file=sys.stderr)
    return EXIT_ERROR
