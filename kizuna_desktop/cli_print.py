"""Print commands: `kizuna preflight FILE.pdf` (the checks a print shop makes)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.i18n import error as _err


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    p = sub.add_parser(
        "preflight", help="check a PDF as a print shop would (fonts, glyphs, CMYK, PDF/X)",
        description="Checks a PDF as a print shop's preflight does: fonts embedded, no "
                    ".notdef glyph drawn, CMYK only and no transparency, text at least 6 pt "
                    "and small text solid black, images at least 300 ppi, TrimBox and "
                    "BleedBox, PDF/X-1a version and OutputIntent. One line per check; exit "
                    "status 1 when any fails.")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true", help="the findings as a JSON array")
    return {"preflight": cmd_preflight}


def cmd_preflight(args: argparse.Namespace) -> int:
    from kizuna_desktop.errors import KizunaError
    from kizuna_desktop.pdf.preflight import preflight

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise _err(KizunaError,
                   QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}."), path=path,
                   reason=e.strerror or e) from e
    findings = preflight(data)
    if args.json:
        sys.stdout.write(json.dumps([{"check": f.check, "ok": f.ok, "message": f.message}
                                     for f in findings], ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("".join(f.line() + "\n" for f in findings))
    failed = [f for f in findings if not f.ok]
    if not args.json:
        from kizuna_desktop.i18n import translate

        sys.stdout.write((translate("cli", "{name}: {failed} of {n} checks failed.")
                          if failed else translate("cli", "{name}: all {n} checks passed."))
                         .format(name=path.name, failed=len(failed), n=len(findings)) + "\n")
    return 1 if failed else 0
