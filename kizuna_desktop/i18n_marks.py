"""Strings lupdate cannot file under the context Qt asks for, marked for the catalogue: the
English forms given to ``ui/wording.plural(owner, one, many, n)``, which calls ``owner.tr()``
with one of them at run time, and ``view.tr("…")`` called on another object (lupdate files it
under "view"; Qt asks under the object's class: the class the variable is made from in the
same function, or OWNERS below for a parameter). Generated: ``python -m
kizuna_desktop.i18n_marks`` (run by ``make translations``) scans ui/ and writes MARKS below;
tests/test_i18n_catalogue.py fails when this file is not current. Nothing imports MARKS at
run time."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from kizuna_desktop.i18n import QT_TRANSLATE_NOOP

UI = Path(__file__).parent / "ui"
# (module, function, parameter) → the class of the object passed in
OWNERS = {("dependency_view", "buttons", "view"): "OrganizationsView"}
BEGIN, END = "# --- generated: begin", "# --- generated: end"


def scan(folder: Path = UI) -> list[tuple[str, str]]:
    """(class name, English form) of every literal plural() form under ``folder``."""
    found: list[tuple[str, str]] = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for cls in ast.walk(tree):
            if not isinstance(cls, ast.ClassDef):
                continue
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "plural"
                        and len(node.args) >= 3):
                    for arg in node.args[1:3]:
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            found.append((cls.name, arg.value))
        found += _other_objects(path.stem, tree)
    found += error_sentences()
    found += problem_sentences()
    found += import_targets()
    found += help_texts()
    found += undo_labels()
    return list(dict.fromkeys(found))


# the words filled into "Log {0}" and "New {0}"
UNDO_WORDS = ("meeting", "meal", "nomikai", "call", "email", "message", "event",
              "meishi exchange", "other", "business review", "gift", "favour")


def undo_labels(folder: Path = UI) -> list[tuple[str, str]]:
    """("undo", text) of each undo step's name given to ``super().__init__`` in ui/*commands*.py
    (``f"New contact {name}"`` as ``New contact {0}``): commands.Command shows it translated
    (Edit > Undo …, the status line's Undone: …) through i18n.translate_message."""
    found = [("undo", w) for w in UNDO_WORDS]
    for path in sorted(folder.glob("*commands*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "__init__"
                    and isinstance(node.func.value, ast.Call)
                    and getattr(node.func.value.func, "id", "") == "super" and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.Call) and getattr(first.func, "attr", "") == "strip":
                first = first.func.value  # f"New contact {n.family_name}".strip()
            for arg in ([first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]):
                text = _template(arg)
                if text and any(c.isalpha() for c in text):
                    found.append(("undo", text))
    return found


HELP_CALLS = {"add_argument", "add_parser", "add_argument_group", "ArgumentParser", "_Parser"}


def help_texts(folder: Path | None = None) -> list[tuple[str, str]]:
    """("cli-help", text) of every literal help, description, epilog and group title of the
    command line (cli*.py): ``kizuna … --help`` shows them translated (i18n.help_formatter)."""
    found = []
    for path in sorted((folder or PACKAGE).glob("cli*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
            if name not in HELP_CALLS:
                continue
            values = [k.value for k in node.keywords
                      if k.arg in ("help", "description", "epilog", "title")]
            if name == "add_argument_group" and node.args:
                values.append(node.args[0])
            for v in values:
                if isinstance(v, ast.Constant) and isinstance(v.value, str) and v.value.strip():
                    found.append(("cli-help", v.value))
    return found


PACKAGE = Path(__file__).parent
# Python's own errors are not shown as sentences of ours; the rest (KizunaError and its kind,
# ZoneError, ArgumentTypeError…) reach the user
NOT_SHOWN = {"TypeError", "RuntimeError", "AssertionError", "KeyError",
             "FileNotFoundError", "OSError", "NotImplementedError", "IndexError"}
# what the system says in an OSError, and what the store was doing ("Cannot {0} {1}: {2}."):
# words filled into one of our sentences, each translated too (i18n.translate_message)
SYSTEM_WORDS = ("No such file or directory", "Permission denied", "Is a directory",
                "Not a directory", "No space left on device", "Read-only file system",
                "File exists", "Directory not empty", "Disk quota exceeded",
                "read", "write", "open", "create", "encrypt", "decrypt",
                "import the archive into", "make the backups folder", "write the demo into",
                "deleted or moved away", "replaced by another file", "objects not Kizuna's",
                # what Python's datetime says of an impossible date or time
                "month must be in 1..12", "day is out of range for month",
                "hour must be in 0..23", "minute must be in 0..59", "second must be in 0..59",
                "year 0 is out of range")


def _template(node: ast.expr) -> str | None:
    """A literal sentence as it is; an f-string with its values numbered: f"Cannot read
    {path}: {e.strerror}." → 'Cannot read {0}: {1}.' (i18n.translate_message fills them)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    parts = _parts(node)
    if parts is None:
        return None
    out, n = [], 0
    for part in parts:
        if part is None:
            out.append(f"{{{n}}}")
            n += 1
        else:
            out.append(part.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def _parts(node: ast.expr) -> list[str | None] | None:
    """An f-string, or a sum of strings (``f"Unknown occasion “{text}”; use one of: " +
    ", ".join(…) + "."``), as its fixed texts and values (None); None when ``node`` is
    neither (a sum counts only when one side is a string)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [str(p.value) if isinstance(p, ast.Constant) else None for p in node.values]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _parts(node.left), _parts(node.right)
        if left is None and right is None:
            return None
        merged: list[str | None] = [*(left or [None]), *(right or [None])]
        out: list[str | None] = []
        for part in merged:  # adjacent values are one value
            if part is None and out and out[-1] is None:
                continue
            out.append(part)
        return out
    return None


def error_sentences(folder: Path = PACKAGE) -> list[tuple[str, str]]:
    """("errors", sentence) of every error raised with a literal or f-string sentence in the
    package (``raise NotFoundError(f"There is no follow-up with id {fid}.")``): filed in the
    catalogue so that the CLI and the window show it translated (errors.KizunaError.localized)."""
    found = [("errors", text) for text in SYSTEM_WORDS]
    for path in sorted(folder.rglob("*.py")):
        if "migrations" in path.parts or path.name == "i18n_marks.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = getattr(func, "id", None) or getattr(func, "attr", "")
            if not name.endswith("Error") or name in NOT_SHOWN:
                continue
            first = node.args[0]
            for arg in ([first.body, first.orelse] if isinstance(first, ast.IfExp)
                        else [first]):
                text = _template(arg)
                if text and text.strip() and any(c.isalpha() for c in text):
                    found.append(("errors", text))
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):  # ValidationError.single
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "single"
                    and len(node.args) == 2):
                text = _template(node.args[1])
                if text and any(c.isalpha() for c in text):
                    found.append(("errors", text))
    return found


# the calls that file a problem of an imported file (formats.records.Problem): the argument
# holding its sentence
PROBLEM_CALLS = {"Problem": 2, "problem": 0, "bad": 0}


def problem_sentences(folders: tuple[Path, ...] | None = None) -> list[tuple[str, str]]:
    """("problems", sentence) of every problem an import names with a literal or f-string
    sentence in formats/ and services/importing/ (``card.problem(f"{key} “{x}” is not a
    date; left out")`` as ``{0} “{1}” is not a date; left out``): formats.records.Problem
    shows it translated (i18n.translate_message with context "problems")."""
    found = []
    for folder in folders or (PACKAGE / "formats", PACKAGE / "services" / "importing"):
        for path in sorted(folder.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
                if name not in PROBLEM_CALLS:
                    continue
                at = PROBLEM_CALLS[name]
                arg = next((k.value for k in node.keywords if k.arg == "message"),
                           node.args[at] if len(node.args) > at else None)
                if arg is None:
                    continue
                for one in ([arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]):
                    text = _template(one)
                    if text and " " in text.strip() and any(c.isalpha() for c in text):
                        found.append(("problems", text))
    return found


# the words formats/csv_presets.py gives the window's import mapping (a column's target, a
# preset): the import dialog shows them through QCoreApplication.translate("ImportDialog", …)
IMPORT_WORDS = ("TARGETS", "PRESET_NAMES")


def import_targets(path: Path | None = None) -> list[tuple[str, str]]:
    """("ImportDialog", words) of each value of csv_presets' TARGETS and PRESET_NAMES."""
    tree = ast.parse((path or PACKAGE / "formats" / "csv_presets.py").read_text("utf-8"))
    found = []
    for node in tree.body:
        target = (node.target if isinstance(node, ast.AnnAssign)
                  else node.targets[0] if isinstance(node, ast.Assign) else None)
        if getattr(target, "id", None) in IMPORT_WORDS and isinstance(node.value, ast.Dict):
            found += [("ImportDialog", v.value) for v in node.value.values
                      if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return found


def _other_objects(module: str, tree: ast.Module) -> list[tuple[str, str]]:
    """``name.tr("…")`` in a function, ``name`` not self: the class ``name`` is made from."""
    found = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        made = {t.id: node.value.func.id for node in ast.walk(fn) if isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(fn):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id != "self" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                name = node.func.value.id
                owner = made.get(name) or OWNERS.get((module, fn.name, name))
                if owner:
                    found.append((owner, node.args[0].value))
    return found


def render(marks: list[tuple[str, str]]) -> str:
    lines = [BEGIN, "MARKS = ("]
    for ctx, text in marks:
        line = f"    QT_TRANSLATE_NOOP({ctx!r}, {text!r}),"
        lines.append(line if len(line) <= 100 else line + "  # noqa: E501")
    lines += [")", END]
    return "\n".join(lines)


def current_text() -> str:
    source = Path(__file__).read_text("utf-8")
    head, rest = source.split(BEGIN + "\n", 1)
    _block, tail = rest.split(END, 1)
    return head + render(scan()) + tail


def main() -> int:
    Path(__file__).write_text(current_text(), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

# fmt: off
# --- generated: begin
MARKS = (
    QT_TRANSLATE_NOOP('ContactCard', 'every %n day'),
    QT_TRANSLATE_NOOP('ContactCard', 'every %n days'),
    QT_TRANSLATE_NOOP('ContactCard', '%n day ago'),
    QT_TRANSLATE_NOOP('ContactCard', '%n days ago'),
    QT_TRANSLATE_NOOP('OrganizationsView', 'Dependency…'),
    QT_TRANSLATE_NOOP('OrganizationsView', 'Where the road to customers runs only through this partner'),  # noqa: E501
    QT_TRANSLATE_NOOP('OrganizationsView', 'Who can introduce me…'),
    QT_TRANSLATE_NOOP('ImportDialog', 'vCard, %n card'),
    QT_TRANSLATE_NOOP('ImportDialog', 'vCard, %n cards'),
    QT_TRANSLATE_NOOP('ImportDialog', 'CSV, {0}, %n row'),
    QT_TRANSLATE_NOOP('ImportDialog', 'CSV, {0}, %n rows'),
    QT_TRANSLATE_NOOP('JournalController', 'Imported %n new contact'),
    QT_TRANSLATE_NOOP('JournalController', 'Imported %n new contacts'),
    QT_TRANSLATE_NOOP('MainWindow', '%n follow-up overdue'),
    QT_TRANSLATE_NOOP('MainWindow', '%n follow-ups overdue'),
    QT_TRANSLATE_NOOP('MeetingsView', '%n meeting in the next %1 days'),
    QT_TRANSLATE_NOOP('MeetingsView', '%n meetings in the next %1 days'),
    QT_TRANSLATE_NOOP('MeetingsView', '%n open promise'),
    QT_TRANSLATE_NOOP('MeetingsView', '%n open promises'),
    QT_TRANSLATE_NOOP('MeetingsView', '%n day ago'),
    QT_TRANSLATE_NOOP('MeetingsView', '%n days ago'),
    QT_TRANSLATE_NOOP('HealthSection', '%n promise overdue'),
    QT_TRANSLATE_NOOP('HealthSection', '%n promises overdue'),
    QT_TRANSLATE_NOOP('NetworkView', 'Circle and introductions'),
    QT_TRANSLATE_NOOP('NetworkView', 'Who can introduce me…'),
    QT_TRANSLATE_NOOP('NetworkView', 'Chains of introductions to the selected contact'),
    QT_TRANSLATE_NOOP('NetworkView', 'Relationship health'),
    QT_TRANSLATE_NOOP('NewYearView', 'New Year cards'),
    QT_TRANSLATE_NOOP('OrganizationsView', '%n organisation'),
    QT_TRANSLATE_NOOP('OrganizationsView', '%n organisations'),
    QT_TRANSLATE_NOOP('RecordController', 'Add a follow-up to send a thank-you tomorrow to the person who was there?'),  # noqa: E501
    QT_TRANSLATE_NOOP('RecordController', 'Add a follow-up to send a thank-you tomorrow to each of the %n people who were there?'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'No such file or directory'),
    QT_TRANSLATE_NOOP('errors', 'Permission denied'),
    QT_TRANSLATE_NOOP('errors', 'Is a directory'),
    QT_TRANSLATE_NOOP('errors', 'Not a directory'),
    QT_TRANSLATE_NOOP('errors', 'No space left on device'),
    QT_TRANSLATE_NOOP('errors', 'Read-only file system'),
    QT_TRANSLATE_NOOP('errors', 'File exists'),
    QT_TRANSLATE_NOOP('errors', 'Directory not empty'),
    QT_TRANSLATE_NOOP('errors', 'Disk quota exceeded'),
    QT_TRANSLATE_NOOP('errors', 'read'),
    QT_TRANSLATE_NOOP('errors', 'write'),
    QT_TRANSLATE_NOOP('errors', 'open'),
    QT_TRANSLATE_NOOP('errors', 'create'),
    QT_TRANSLATE_NOOP('errors', 'encrypt'),
    QT_TRANSLATE_NOOP('errors', 'decrypt'),
    QT_TRANSLATE_NOOP('errors', 'import the archive into'),
    QT_TRANSLATE_NOOP('errors', 'make the backups folder'),
    QT_TRANSLATE_NOOP('errors', 'write the demo into'),
    QT_TRANSLATE_NOOP('errors', 'deleted or moved away'),
    QT_TRANSLATE_NOOP('errors', 'replaced by another file'),
    QT_TRANSLATE_NOOP('errors', "objects not Kizuna's"),
    QT_TRANSLATE_NOOP('errors', 'month must be in 1..12'),
    QT_TRANSLATE_NOOP('errors', 'day is out of range for month'),
    QT_TRANSLATE_NOOP('errors', 'hour must be in 0..23'),
    QT_TRANSLATE_NOOP('errors', 'minute must be in 0..59'),
    QT_TRANSLATE_NOOP('errors', 'second must be in 0..59'),
    QT_TRANSLATE_NOOP('errors', 'year 0 is out of range'),
    QT_TRANSLATE_NOOP('errors', 'There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Kizuna from a desktop session, or use its commands (kizuna --help).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'An archive is written to a file: give -o FILE.zip.'),
    QT_TRANSLATE_NOOP('errors', 'Set KIZUNA_NEW_PASSPHRASE or run in a terminal to give a passphrase.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'Use a passphrase of at least 8 characters.'),
    QT_TRANSLATE_NOOP('errors', 'The two passphrases differ; nothing was changed.'),
    QT_TRANSLATE_NOOP('errors', '“{0}” is not a date and time: write YYYY-MM-DD HH:MM (e.g. 2026-12-02 14:00).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', "--meeting-id takes the meeting's attendees, time, title and place: give no contacts, --meeting, --title or --place with it."),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '--day goes with --pdf.'),
    QT_TRANSLATE_NOOP('errors', '--days is between 1 and 366 (was {0}).'),
    QT_TRANSLATE_NOOP('errors', 'Name at least one contact, or give --meeting-id.'),
    QT_TRANSLATE_NOOP('errors', '--day “{0}” is not a date: use YYYY-MM-DD.'),
    QT_TRANSLATE_NOOP('errors', '{0} is already encrypted, and so are its backups.'),
    QT_TRANSLATE_NOOP('errors', '{0} is encrypted but {1} of its backups are not: give its passphrase (KIZUNA_PASSPHRASE) to encrypt them.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} backups of {1} are still plain.'),
    QT_TRANSLATE_NOOP('errors', 'Say what to mark: --send, --sent, --received, --mourning, --skip, --joint or --onchu.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', "An organisation's card has no person on it: --mourning, --joint and --onchu do not apply (it is always 御中)."),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', "--department is for an organisation as the recipient; a contact's department comes from their position."),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'Give both --name and --address.'),
    QT_TRANSLATE_NOOP('errors', 'Give --name and --address with the postal code: no sender is set yet.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} is not at least 1'),
    QT_TRANSLATE_NOOP('errors', 'Name a contact, or an organisation with --org (not both).'),
    QT_TRANSLATE_NOOP('errors', '--max-hops takes 1, 2 or 3.'),
    QT_TRANSLATE_NOOP('errors', 'Both --tick and --untick name {0}: choose one.'),
    QT_TRANSLATE_NOOP('errors', '{0} is not a whole number'),
    QT_TRANSLATE_NOOP('errors', '--on dates the ticks: give it with --tick SIGN.'),
    QT_TRANSLATE_NOOP('errors', '--on {0} is in the future: a sign is ticked when seen.'),
    QT_TRANSLATE_NOOP('errors', '--on {0}: use YYYY-MM-DD.'),
    QT_TRANSLATE_NOOP('errors', 'not the list Kizuna writes ({0})'),
    QT_TRANSLATE_NOOP('errors', 'timed items must be timezone-aware'),
    QT_TRANSLATE_NOOP('errors', 'not a whole date: {0}'),
    QT_TRANSLATE_NOOP('errors', 'vCard version {0} is not written; use 3.0 or 4.0'),
    QT_TRANSLATE_NOOP('errors', 'Unknown organisation kind “{0}”; use one of: {1}.'),
    QT_TRANSLATE_NOOP('errors', 'Unknown occasion “{0}”; use one of: {1}.'),
    QT_TRANSLATE_NOOP('errors', 'paper is one of {0}'),
    QT_TRANSLATE_NOOP('errors', 'Sheet {0}: rows, columns and a label larger than {1} mm are needed.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'Sheet {0}: the pitch is smaller than the label.'),
    QT_TRANSLATE_NOOP('errors', 'Sheet {0}: the labels run off the A4 page (right edge {1} mm, bottom {2} mm).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'a {0} × {1} mm card does not fit {2}'),
    QT_TRANSLATE_NOOP('errors', 'paper is one of a4, letter'),
    QT_TRANSLATE_NOOP('errors', 'A bilingual card carries both scripts on one horizontal face; for a vertical Japanese face choose the two-sided style (Japanese front, English back).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} is one of {1}'),
    QT_TRANSLATE_NOOP('errors', '{0} is not a readable Kizuna archive ({1}).'),
    QT_TRANSLATE_NOOP('errors', '{0} already has data; an archive is imported into a new or empty journal (use --db to choose one).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'Not enough free space in {0} to import {1}: its journal is {2} MB and {3} MB are free (Kizuna keeps {4} MB free); nothing was imported.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} is not a Kizuna archive (it lacks {1} or {2}).'),
    QT_TRANSLATE_NOOP('errors', '{0} holds a journal that is not as Kizuna makes it ({1}); it was not imported and {2} is unchanged.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} holds a journal that is not as Kizuna makes it ({1}); it was not imported.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The backups folder {0} is not a folder.'),
    QT_TRANSLATE_NOOP('errors', 'The backup {0} was written but failed its check, so it was removed; the journal itself is unchanged.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The journal {0} is damaged ({1}); no backup was made of it, so the good ones stay.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The backup is the journal itself.'),
    QT_TRANSLATE_NOOP('errors', '{0} does not exist or is not a file: nothing was restored.'),
    QT_TRANSLATE_NOOP('errors', 'The backup {0} was written but failed its check.'),
    QT_TRANSLATE_NOOP('errors', 'The backup {0} is damaged and cannot be restored; the journal is unchanged.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} has problems and was not restored: {1}'),
    QT_TRANSLATE_NOOP('errors', 'A briefing is written in one of: {0} (not “{1}”).'),
    QT_TRANSLATE_NOOP('errors', 'not a date or time: {0}'),
    QT_TRANSLATE_NOOP('errors', '--days is between 1 and {0} (was {1}).'),
    QT_TRANSLATE_NOOP('errors', 'Meishi profile {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', 'Choose or name the organisation.'),
    QT_TRANSLATE_NOOP('errors', 'Contact {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', '{0} already has data; the demo is only written into an empty journal.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'There is no organisation with id {0}.'),
    QT_TRANSLATE_NOOP('errors', 'Unknown warning sign “{0}”; use one of: {1}.'),
    QT_TRANSLATE_NOOP('errors', '{0} is in the future: a sign is ticked when it is seen.'),
    QT_TRANSLATE_NOOP('errors', 'Unknown export format {0}; use one of {1}.'),
    QT_TRANSLATE_NOOP('errors', 'Cannot write {0}: it is a folder.'),
    QT_TRANSLATE_NOOP('errors', 'Cannot write {0}: {1}.'),
    QT_TRANSLATE_NOOP('errors', 'Follow-up {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', 'interaction times must be timezone-aware'),
    QT_TRANSLATE_NOOP('errors', 'Interaction {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', '{0} in its zone falls outside the years 0001-9999 in UTC.'),
    QT_TRANSLATE_NOOP('errors', 'Introduction {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', 'Gift or favour {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', 'Name a contact (an id, an e-mail address or a name).'),
    QT_TRANSLATE_NOOP('errors', '“me” is you, not a contact: name the contact (an id, an e-mail address or a name).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'No contact has the e-mail address {0}.'),
    QT_TRANSLATE_NOOP('errors', 'now must be timezone-aware'),
    QT_TRANSLATE_NOOP('errors', 'There is no meeting with id {0}.'),
    QT_TRANSLATE_NOOP('errors', 'There is no unmatched attendee with id {0}.'),
    QT_TRANSLATE_NOOP('errors', 'Meeting {0} has no attendee among your contacts: match one first.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'There are no meetings on {0}.'),
    QT_TRANSLATE_NOOP('errors', '“{0}” matches several meishi profiles ({1}); give its id.'),
    QT_TRANSLATE_NOOP('errors', 'No meishi profile matches “{0}”.'),
    QT_TRANSLATE_NOOP('errors', 'A profile named “{0}” already exists.'),
    QT_TRANSLATE_NOOP('errors', 'Contact {0} no longer exists.'),
    QT_TRANSLATE_NOOP('errors', 'Choose two different contacts to merge.'),
    QT_TRANSLATE_NOOP('errors', '{0} is not a year to send New Year cards for.'),
    QT_TRANSLATE_NOOP('errors', '{0} is not a postal code of seven digits (NNN-NNNN).'),
    QT_TRANSLATE_NOOP('errors', 'No contact {0}.'),
    QT_TRANSLATE_NOOP('errors', 'A card cannot be both sent (or to send) and withheld for mourning (喪中) in one year; clear one of the marks first.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'No organisation {0}.'),
    QT_TRANSLATE_NOOP('errors', '{0} {1} mm is off the card.'),
    QT_TRANSLATE_NOOP('errors', 'No sheet {0}: {1} or custom:…'),
    QT_TRANSLATE_NOOP('errors', 'A custom sheet is custom:ROWS,COLS,W,H,PITCH_X,PITCH_Y,LEFT,TOP in mm, e.g. custom:6,2,86.4,42.3,86.4,42.3,18.6,21.6.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'give a contact or an organisation'),
    QT_TRANSLATE_NOOP('errors', 'There is no contact with id {0}.'),
    QT_TRANSLATE_NOOP('errors', 'Paths have 1 to 3 hops.'),
    QT_TRANSLATE_NOOP('errors', 'Organisation {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', 'Name an organisation (an id or a name).'),
    QT_TRANSLATE_NOOP('errors', 'No organisation matches “{0}”.'),
    QT_TRANSLATE_NOOP('errors', 'Name the organisation.'),
    QT_TRANSLATE_NOOP('errors', 'An organisation cannot be merged into itself.'),
    QT_TRANSLATE_NOOP('errors', '{0} is still in {1} position(s); move or delete them first.'),
    QT_TRANSLATE_NOOP('errors', "The merged organisation's id is in use again; cannot undo the merge."),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The photo is larger than {0} MB.'),
    QT_TRANSLATE_NOOP('errors', 'This file is not a PNG, JPEG or WebP image that can be read.'),
    QT_TRANSLATE_NOOP('errors', 'A photo must be PNG, JPEG or WebP, not {0}.'),
    QT_TRANSLATE_NOOP('errors', 'Position {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', 'A transfer needs the date it takes effect.'),
    QT_TRANSLATE_NOOP('errors', 'It starts before the current position, {0}. Give it an end date, or mark it 兼務 (concurrent) if both are held at once.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'It overlaps {0}. Change the dates, or mark it 兼務 (concurrent) if both are held at once.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The transfer date {0} is not after the start of the current position, {1}. Edit that position instead, or mark the new one 兼務 (concurrent).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'No contact matches “{0}”.'),
    QT_TRANSLATE_NOOP('errors', 'Tag {0} does not exist.'),
    QT_TRANSLATE_NOOP('errors', 'A tag needs a name.'),
    QT_TRANSLATE_NOOP('errors', '{0} = {1} is not a valid preference'),
    QT_TRANSLATE_NOOP('errors', 'Cannot convert {0}: {1}'),
    QT_TRANSLATE_NOOP('errors', 'Cannot start the backup {0}: {1}'),
    QT_TRANSLATE_NOOP('errors', 'Cannot write the backup {0}: {1}'),
    QT_TRANSLATE_NOOP('errors', 'The journal {0} is closed.'),
    QT_TRANSLATE_NOOP('errors', 'insert_many into {0}: give {1}'),
    QT_TRANSLATE_NOOP('errors', 'The journal {0} is damaged: its first page, which says what the file is, cannot be read.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} is not a Kizuna journal: it is not an SQLite database. If it is an encrypted journal, open it with its passphrase; otherwise it may be damaged or another kind of file.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} is an SQLite database but not a Kizuna journal (it has other tables).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The journal {0} was written by a newer version of Kizuna Desktop (schema {1}); update the app to open it.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'This window shows {0} read-only: it is open in another window. Nothing was saved.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The journal {0} was {1} after it was opened here. Nothing more is written into the old file: use File > Save a copy as… to keep what this window shows, then open the journal again.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} is a folder, not a journal file.'),
    QT_TRANSLATE_NOOP('errors', 'There is no journal at {0}.'),
    QT_TRANSLATE_NOOP('errors', 'The journal {0} cannot be opened ({1}).'),
    QT_TRANSLATE_NOOP('errors', 'The journal {0} is damaged and cannot be opened ({1}).'),
    QT_TRANSLATE_NOOP('errors', 'Cannot {0} {1}: {2}.'),
    QT_TRANSLATE_NOOP('errors', 'The journal {0} is damaged (SQLite reports {1}).'),
    QT_TRANSLATE_NOOP('errors', 'The disk holding {0} is full: nothing was saved. Free some space and try again.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The journal {0} is busy: another program is writing to it. Nothing was saved; try again in a moment.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The folder of the journal {0} is gone (moved, deleted or a removed drive). Nothing was saved.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The journal {0} cannot be written (a read-only file, folder or drive). Nothing was saved.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The journal {0} cannot be read or written: the drive reported an error ({1}). The journal was not changed; check the drive and try again.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The disk holding {0} is full: cannot {1} it. Free some space and try again.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} cannot be written (a read-only file, folder or drive): cannot {1} it.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The folder of {0} does not exist (moved, deleted or a removed drive): cannot {1} it.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', 'The journal {0} is being locked by another process; try again.'),
    QT_TRANSLATE_NOOP('errors', 'Cannot {0} {1}: it is open in {2}; close it there first.'),
    QT_TRANSLATE_NOOP('errors', 'The journal {0} is in use by {1}; close it there first.'),
    QT_TRANSLATE_NOOP('errors', "“{0}” could be {1}: give the zone's name."),
    QT_TRANSLATE_NOOP('errors', '“{0}” is not a time zone (an IANA name such as Asia/Tokyo).'),
    QT_TRANSLATE_NOOP('errors', 'instants must be timezone-aware'),
    QT_TRANSLATE_NOOP('errors', '“{0}” is not a UTC offset (from -14:00 to +14:00).'),
    QT_TRANSLATE_NOOP('errors', '“{0}” is not a time: write YYYY-MM-DD HH:MM, optionally with a zone (JST, Asia/Tokyo) or an offset (+09:00).'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '“{0}”: the year must have four digits, 0001 to 9999.'),
    QT_TRANSLATE_NOOP('errors', '“{0}” names {1} but the zone given is {2}.'),
    QT_TRANSLATE_NOOP('errors', '“{0}” is not a real date and time ({1}).'),
    QT_TRANSLATE_NOOP('errors', '“{0}”: {1} is not at {2} then (it is at {3}): give the offset or the zone, not both.'),  # noqa: E501
    QT_TRANSLATE_NOOP('errors', '{0} “{1}” was not done: what it would put back was changed since (in another window, by a script or an import), and doing it would write over that change.'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', '… and {0} more problems like these'),
    QT_TRANSLATE_NOOP('problems', '“{0}” in the e-mail column is a LinkedIn member id, not an e-mail; kept as a LinkedIn handle'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', '“{0}” is not an e-mail address; left out'),
    QT_TRANSLATE_NOOP('problems', 'the file is empty'),
    QT_TRANSLATE_NOOP('problems', 'a quote opened in this row is never closed; the row is read with its quote as text, so that the rows after it come in'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', "Google's label '{0}' (on {1} rows) not imported: Google puts it on every contact"),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', "Google's label '{0}' (on 1 row) not imported: Google puts it on every contact"),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', "column '{0}' ({1} values) kept in notes"),
    QT_TRANSLATE_NOOP('problems', "column '{0}' (1 value) kept in notes"),
    QT_TRANSLATE_NOOP('problems', '{0} cells where the header has {1}: a value holds a delimiter without quotes, so the values after it may sit {2} column(s) late; the row is kept as the header reads it (check the contact) and what is past the last column is kept in notes: {3}'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', 'no name, e-mail, phone or company; the row is left out ({0})'),
    QT_TRANSLATE_NOOP('problems', 'this is a binary file, not a CSV'),
    QT_TRANSLATE_NOOP('problems', 'some bytes are not {0}; they show as �'),
    QT_TRANSLATE_NOOP('problems', 'unreadable CSV from here on: {0}'),
    QT_TRANSLATE_NOOP('problems', "column '{0}' ({1} values) not imported"),
    QT_TRANSLATE_NOOP('problems', "column '{0}' (1 value) not imported"),
    QT_TRANSLATE_NOOP('problems', 'keep-in-touch days “{0}” is not a number; left out'),
    QT_TRANSLATE_NOOP('problems', 'birthday “{0}” is not a date; left out'),
    QT_TRANSLATE_NOOP('problems', '{0} “{1}” is not a whole date; this card exchange is left out'),
    QT_TRANSLATE_NOOP('problems', 'past positions: {0}; left out'),
    QT_TRANSLATE_NOOP('problems', 'joint name (連名) {0}: honorific “{1}” kept in notes; the New Year card writes 様 after every name'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', '{0} cells where the header has {1}: the last column ({2}) is read as empty and nothing is left out; if a delimiter is missing inside the row, check the contact'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', '{0} cells where the header has {1}: the last {2} columns ({3}) are read as empty and nothing is left out; if a delimiter is missing inside the row, check the contact'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', '{0}: {1}; kept in notes'),
    QT_TRANSLATE_NOOP('problems', "postal code {0} is not seven digits (NNN-NNNN); kept as written, a New Year card's postal-code boxes stay empty"),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', '{0}: {1}; left out'),
    QT_TRANSLATE_NOOP('problems', "the cell in column '{0}' holds lines that look like rows of their own (is a quote missing?); kept as written"),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', "the cell in column '{0}' is {1} KiB, over {2} KiB; left out"),
    QT_TRANSLATE_NOOP('problems', '{0} cells where the header has {1}: the company “{2}” has a comma but no quotes; read as one company, the values after it in their own columns (check the contact)'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', 'KIND:{0} card read as a person'),
    QT_TRANSLATE_NOOP('problems', 'organisation card {0}: {1} not imported (an organisation keeps its name, one address, one web address and notes)'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', '{0} “{1}” is not a kana reading of “{2}”; left out'),
    QT_TRANSLATE_NOOP('problems', 'a second PHOTO left out'),
    QT_TRANSLATE_NOOP('problems', 'PHOTO is not a JPEG, PNG, GIF or WebP image; left out'),
    QT_TRANSLATE_NOOP('problems', 'no vCard found (no BEGIN:VCARD line)'),
    QT_TRANSLATE_NOOP('problems', '{0} on {1} kept in notes'),
    QT_TRANSLATE_NOOP('problems', '{0} on {1} not imported'),
    QT_TRANSLATE_NOOP('problems', 'text that is not UTF-8 and names no CHARSET read as {0}'),
    QT_TRANSLATE_NOOP('problems', '{0} “{1}” is not a date; left out'),
    QT_TRANSLATE_NOOP('problems', 'PHOTO of {0} MB is over the {1} MB limit; left out'),
    QT_TRANSLATE_NOOP('problems', 'PHOTO data: URI is not base64; left out'),
    QT_TRANSLATE_NOOP('problems', 'X-KIZUNA-CADENCE “{0}” is not a number of days; left out'),
    QT_TRANSLATE_NOOP('problems', '{0}: not valid {1}; characters replaced by �'),
    QT_TRANSLATE_NOOP('problems', '{0}: characters in no known encoding replaced by �'),
    QT_TRANSLATE_NOOP('problems', 'line is not a vCard property; skipped'),
    QT_TRANSLATE_NOOP('problems', 'PHOTO at {0} not fetched (a link, not a picture); not imported'),
    QT_TRANSLATE_NOOP('problems', 'PHOTO is not valid base64; left out'),
    QT_TRANSLATE_NOOP('problems', 'unreadable vCard: {0}'),
    QT_TRANSLATE_NOOP('problems', '{0}: unknown CHARSET {1}; read as UTF-8'),
    QT_TRANSLATE_NOOP('problems', 'this is a binary file, not a vCard'),
    QT_TRANSLATE_NOOP('problems', 'text outside any vCard; ignored'),
    QT_TRANSLATE_NOOP('problems', 'vCard without BEGIN:VCARD (its start cut off); read from this line to its END:VCARD'),  # noqa: E501
    QT_TRANSLATE_NOOP('problems', 'END:VCARD without BEGIN:VCARD'),
    QT_TRANSLATE_NOOP('ImportDialog', '(not imported)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Full name'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Family name'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Given name'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Middle name'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Name prefix (Dr.)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Name suffix (Jr.)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Nickname'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Honorific (様)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Joint name (連名)'),
    QT_TRANSLATE_NOOP('ImportDialog', "Joint name's honorific"),
    QT_TRANSLATE_NOOP('ImportDialog', 'Reading (kana, full)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Family reading'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Given reading'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Latin family name'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Latin given name'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Latin name order'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Company'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Company (English)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Company reading'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Department'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Department (English)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Title (job)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Title (English)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'E-mail'),
    QT_TRANSLATE_NOOP('ImportDialog', 'E-mail label'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Phone'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Phone label'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address (whole)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address: postal code'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address: prefecture'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address: city'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address: street'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address: building'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address: PO box'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address: country'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address: in Latin letters'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Address label'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Web'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Web label'),
    QT_TRANSLATE_NOOP('ImportDialog', 'LinkedIn profile'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Handle (IM, social)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Handle kind'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Handle label'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Birthday'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Birth year'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Birth month'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Birth day'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Anniversary'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Date (event)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Date label'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Related person'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Relation of that person'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Tags'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Notes'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Notes, with column name'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Interests'),
    QT_TRANSLATE_NOOP('ImportDialog', 'How we met'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Met on (date)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Meishi exchanged on'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Region'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Keep in touch (days)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Archived'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Past positions (Kizuna)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Organisation card'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Google Contacts'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Google Contacts (older columns)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Outlook'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Outlook (日本語)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Thunderbird'),
    QT_TRANSLATE_NOOP('ImportDialog', 'Business-card app (Eight, Sansan…)'),
    QT_TRANSLATE_NOOP('ImportDialog', 'LinkedIn connections'),
    QT_TRANSLATE_NOOP('ImportDialog', "Kizuna's own CSV"),
    QT_TRANSLATE_NOOP('ImportDialog', "Kizuna's earlier CSV"),
    QT_TRANSLATE_NOOP('ImportDialog', 'Generic CSV'),
    QT_TRANSLATE_NOOP('cli-help', 'Kizuna Desktop: a relationship journal for business in Japan. With no command, opens the window.'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'the journal file (default: $KIZUNA_DB, else the user data folder)'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'when the journal does not exist yet, open (and if needed write) the demo journal instead'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'write the demo journal (only into an empty journal)'),
    QT_TRANSLATE_NOOP('cli-help', 'list contacts (in gojūon / alphabetical order)'),
    QT_TRANSLATE_NOOP('cli-help', 'kanji, kana, romaji, organisation, e-mail or #tag'),
    QT_TRANSLATE_NOOP('cli-help', 'only contacts with this tag'),
    QT_TRANSLATE_NOOP('cli-help', 'only contacts past their keep-in-touch cadence'),
    QT_TRANSLATE_NOOP('cli-help', 'include archived contacts'),
    QT_TRANSLATE_NOOP('cli-help', 'at most this many (default: all)'),
    QT_TRANSLATE_NOOP('cli-help', 'print JSON instead of a table'),
    QT_TRANSLATE_NOOP('cli-help', 'write a pre-meeting briefing PDF'),
    QT_TRANSLATE_NOOP('cli-help', 'an id, or a search that matches exactly one contact'),
    QT_TRANSLATE_NOOP('cli-help', "the meeting's date and local time (or just the date); ISO 8601 with an offset (2026-12-03T14:00+09:00) or a zone (… JST) too"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "the zone the meeting's time is in (default: the journal's home zone)"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "the meeting's title"),
    QT_TRANSLATE_NOOP('cli-help', 'where the meeting is'),
    QT_TRANSLATE_NOOP('cli-help', 'the paper (default: %(default)s, as set in Preferences)'),
    QT_TRANSLATE_NOOP('cli-help', "write the briefing in English or Japanese (default: the interface's language, LANG or Preferences)"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'write a print-ready business card proof or sheet'),
    QT_TRANSLATE_NOOP('cli-help', "a meishi profile's id or a unique name match"),
    QT_TRANSLATE_NOOP('cli-help', 'the Japanese face: yokogaki or tategaki'),
    QT_TRANSLATE_NOOP('cli-help', "91 × 55 mm, 3.5 × 2 in or 85 × 55 mm (default: Preferences')"),
    QT_TRANSLATE_NOOP('cli-help', 'default: portrait for vertical Japanese, else landscape'),
    QT_TRANSLATE_NOOP('cli-help', 'a page of cards for card stock (10 on A4, 8 Japanese-size on Letter)'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "for --sheet (default: Preferences')"),
    QT_TRANSLATE_NOOP('cli-help', "the vertical address's numbers: upright digits or kanji (一―二―三)"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'for --sheet: cards set apart so the colour band bleeds past each cut'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'import contacts (vCard, CSV) or a whole-journal archive'),
    QT_TRANSLATE_NOOP('cli-help', "default: from the file's name and content"),
    QT_TRANSLATE_NOOP('cli-help', 'import what is valid without asking (duplicates are merged)'),
    QT_TRANSLATE_NOOP('cli-help', 'export contacts, follow-ups or the whole journal'),
    QT_TRANSLATE_NOOP('cli-help', 'where to write (- for standard output, not for an archive)'),
    QT_TRANSLATE_NOOP('cli-help', 'back up the journal now'),
    QT_TRANSLATE_NOOP('cli-help', "where (default: the journal's backups folder)"),
    QT_TRANSLATE_NOOP('cli-help', 'replace the journal with a backup (after backing it up)'),
    QT_TRANSLATE_NOOP('cli-help', 'protect the journal with a passphrase (SQLCipher)'),
    QT_TRANSLATE_NOOP('cli-help', "remove the journal's passphrase"),
    QT_TRANSLATE_NOOP('cli-help', "check the journal's integrity"),
    QT_TRANSLATE_NOOP('cli-help', 'rebuild the search index and last-contact dates'),
    QT_TRANSLATE_NOOP('cli-help', 'import meetings from an iCalendar (.ics) file'),
    QT_TRANSLATE_NOOP('cli-help', 'events of the next days become planned meetings'),
    QT_TRANSLATE_NOOP('cli-help', 'Reads an iCalendar file (an Outlook or Google export, a .ics attachment, a subscribed calendar saved to disk). Events from today through --days become planned meetings, attendees matched to contacts by e-mail, then by name. Importing the same file again updates by UID and never doubles; cancelled events are removed. Without --yes nothing is written.'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'how many days ahead (default 14)'),
    QT_TRANSLATE_NOOP('cli-help', 'write the meetings (else a dry run)'),
    QT_TRANSLATE_NOOP('cli-help', 'also events with no attendee among your contacts'),
    QT_TRANSLATE_NOOP('cli-help', 'attendees of meetings ahead that match no contact'),
    QT_TRANSLATE_NOOP('cli-help', 'the meetings ahead (today, tomorrow, this week)'),
    QT_TRANSLATE_NOOP('cli-help', 'how many days ahead (default 7: a week)'),
    QT_TRANSLATE_NOOP('cli-help', 'JSON: id, title, start, zone, place, attendees'),
    QT_TRANSLATE_NOOP('cli-help', "write the day's meetings as one PDF: a roster page, then a briefing per meeting"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'with --pdf: the day (default today)'),
    QT_TRANSLATE_NOOP('cli-help', "with --pdf (default: Preferences' paper)"),
    QT_TRANSLATE_NOOP('cli-help', "with --pdf: the roster's and briefings' language (default: the interface's)"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'the briefing for this planned meeting (kizuna meetings lists them): its title, time, place and everyone in it'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "list the journal's backups (newest first)"),
    QT_TRANSLATE_NOOP('cli-help', 'print JSON: path, kind, created, encrypted, verified, contacts'),
    QT_TRANSLATE_NOOP('cli-help', 'log an interaction at its local time and zone'),
    QT_TRANSLATE_NOOP('cli-help', 'who was there: an id, an e-mail or a name matching exactly one'),
    QT_TRANSLATE_NOOP('cli-help', 'when it began, as the clocks there read (ISO 8601 with an offset, or a zone after the time, are taken too)'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'where it happened, e.g. Asia/Tokyo or JST (default: the home zone)'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'what it was about, in one line'),
    QT_TRANSLATE_NOOP('cli-help', 'where: their office, an izakaya in Shimbashi…'),
    QT_TRANSLATE_NOOP('cli-help', 'what was discussed, what was promised…'),
    QT_TRANSLATE_NOOP('cli-help', 'print the logged interaction as JSON'),
    QT_TRANSLATE_NOOP('cli-help', "show or set the journal's home zone (where new entries happen unless another zone is given)"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'the new home zone, e.g. Asia/Tokyo or JST'),
    QT_TRANSLATE_NOOP('cli-help', 'New Year cards: the list, marks, the sender, printing'),
    QT_TRANSLATE_NOOP('cli-help', 'New Year cards (nengajō) for a year: who to send to (contacts marked for it, plus everyone who sent one the year before), sent / received / mourning marks, the sender, and the address side of postcards.'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'who to send to for a year'),
    QT_TRANSLATE_NOOP('cli-help', 'the New Year the cards greet (default: the coming one)'),
    QT_TRANSLATE_NOOP('cli-help', 'one JSON object'),
    QT_TRANSLATE_NOOP('cli-help', "mark a contact's card for a year"),
    QT_TRANSLATE_NOOP('cli-help', 'an id, an e-mail, or a name matching exactly one; an organisation (its name, or org:ID) when no contact has that name'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'put the contact on the list'),
    QT_TRANSLATE_NOOP('cli-help', 'a card was sent'),
    QT_TRANSLATE_NOOP('cli-help', 'a card came from them'),
    QT_TRANSLATE_NOOP('cli-help', 'in mourning (喪中): no card; a 寒中見舞い is proposed'),
    QT_TRANSLATE_NOOP('cli-help', 'do not send this year (takes someone carried over from last year off the list; --send puts them back)'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'clear the marks named (or all)'),
    QT_TRANSLATE_NOOP('cli-help', 'CONTACT names an organisation: the card goes to the company (or --department) with 御中'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "with an organisation: the department the card is addressed to (総務部 御中); '' for the company itself"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "a joint name (連名) on the same card: a given name (under the family name) or a full name 'FAMILY GIVEN'; repeat for more"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'address the company or department alone (御中), not the person'),
    QT_TRANSLATE_NOOP('cli-help', 'show or set the sender printed on the cards'),
    QT_TRANSLATE_NOOP('cli-help', "the sender's name"),
    QT_TRANSLATE_NOOP('cli-help', "the sender's address on one line"),
    QT_TRANSLATE_NOOP('cli-help', 'the address side of postcards (100 × 148 mm) as PDF'),
    QT_TRANSLATE_NOOP('cli-help', 'move everything right by MM (remembered)'),
    QT_TRANSLATE_NOOP('cli-help', 'move everything down by MM (remembered)'),
    QT_TRANSLATE_NOOP('cli-help', "one card with the postal-code boxes' outlines, to hold against a real card"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "the left edge of the card's first sender postal-code box (default 5.7; remembered)"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'the top edge of the sender boxes (default 128.0; remembered)'),
    QT_TRANSLATE_NOOP('cli-help', 'address labels on A4 sheets (ochūgen, oseibo)'),
    QT_TRANSLATE_NOOP('cli-help', "Address labels for a year's New Year list or a tag, on a maker's A4 sheet or a custom layout, horizontal or vertical, with a calibration print of the labels' outlines."),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "the New Year list's cards to print"),
    QT_TRANSLATE_NOOP('cli-help', 'every contact with this tag'),
    QT_TRANSLATE_NOOP('cli-help', 'avery-l7160 (21 labels, 63.5 × 38.1 mm), avery-l7163 (14, 99.1 × 38.1 mm), a-one-28185 (エーワン, 18, 70 × 42.3 mm), kokuyo-kpc-e1121 (KOKUYO, 12, 86.4 × 42.3 mm) or custom:ROWS,COLS,W,H,PITCH_X,PITCH_Y,LEFT,TOP (mm)'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'vertical text (tategaki)'),
    QT_TRANSLATE_NOOP('cli-help', "draw every label's outline (hold the print against a sheet)"),
    QT_TRANSLATE_NOOP('cli-help', 'seasonal reminders (ochūgen, oseibo, nengajō, 寒中見舞い, birthdays)'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', "The year's seasonal reminders by each contact's region (ochūgen: Kantō 1–15 July, Kansai 15 July – 15 August; oseibo 1–20 December; nengajō posting 15–25 December; 寒中見舞い for contacts in mourning from 8 January, 16 January in Kansai; birthdays). Nothing is added until you accept a reminder with --accept KEY (the key each line shows) or --accept all."),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'the calendar year (default: this year)'),
    QT_TRANSLATE_NOOP('cli-help', "make the reminder with this key (CONTACT_ID:CUSTOM, as listed) a follow-up; repeat for more, or 'all'"),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'who can introduce you to a contact or to anyone at an organisation'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'Ranked chains from you to a contact, or to anyone now at an organisation (or in its group), strongest first: a chain is as strong as its weakest link; equal chains with fewer hops first. Each link shows its evidence.'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'an id, an e-mail, or a name matching exactly one'),
    QT_TRANSLATE_NOOP('cli-help', 'an organisation (id or name) instead'),
    QT_TRANSLATE_NOOP('cli-help', '1 to 3 (default 3)'),
    QT_TRANSLATE_NOOP('cli-help', 'at most N chains (default 10)'),
    QT_TRANSLATE_NOOP('cli-help', 'chains may run through archived contacts'),
    QT_TRANSLATE_NOOP('cli-help', 'how each relationship is doing (days since, cadence, balance)'),
    QT_TRANSLATE_NOOP('cli-help', 'One entry per contact, most in need of attention first: days since the last contact against the cadence (planned meetings do not count), interactions per quarter over the last year, given and received, overdue promises, and a hint when the balance leans to receiving.'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'only those due or past their cadence, the longest lapsed first'),
    QT_TRANSLATE_NOOP('cli-help', 'at most N entries (1 or more)'),
    QT_TRANSLATE_NOOP('cli-help', 'a JSON array'),
    QT_TRANSLATE_NOOP('cli-help', 'where the road to customers runs only through one partner'),
    QT_TRANSLATE_NOOP('cli-help', 'For a partner organisation (a distributor, say): the customers and people reached only through its people, the people it hangs on, the last business review, interactions per quarter and the warning signs.'),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'the partner organisation (id or name)'),
    QT_TRANSLATE_NOOP('cli-help', 'write the report as a PDF'),
    QT_TRANSLATE_NOOP('cli-help', 'tick a warning sign (dated today, or --on)'),
    QT_TRANSLATE_NOOP('cli-help', 'the date of the ticks'),
    QT_TRANSLATE_NOOP('cli-help', 'check a PDF as a print shop would (fonts, glyphs, CMYK, PDF/X)'),
    QT_TRANSLATE_NOOP('cli-help', "Checks a PDF as a print shop's preflight does: fonts embedded, no .notdef glyph drawn, CMYK only and no transparency, text at least 6 pt and small text solid black, images at least 300 ppi, TrimBox and BleedBox, PDF/X-1a version and OutputIntent. One line per check; exit status 1 when any fails."),  # noqa: E501
    QT_TRANSLATE_NOOP('cli-help', 'the findings as a JSON array'),
    QT_TRANSLATE_NOOP('cli-help', 'name'),
    QT_TRANSLATE_NOOP('cli-help', 'family name as written (山田)'),
    QT_TRANSLATE_NOOP('cli-help', 'given name as written (太郎)'),
    QT_TRANSLATE_NOOP('cli-help', 'family name in kana (やまだ)'),
    QT_TRANSLATE_NOOP('cli-help', 'given name in kana (たろう)'),
    QT_TRANSLATE_NOOP('cli-help', 'family name in Latin letters (Yamada)'),
    QT_TRANSLATE_NOOP('cli-help', 'given name in Latin letters (Taro)'),
    QT_TRANSLATE_NOOP('cli-help', '様 by default'),
    QT_TRANSLATE_NOOP('cli-help', 'details'),
    QT_TRANSLATE_NOOP('cli-help', 'prefecture or region (東京都)'),
    QT_TRANSLATE_NOOP('cli-help', 'notes'),
    QT_TRANSLATE_NOOP('cli-help', 'an e-mail address (repeat for more)'),
    QT_TRANSLATE_NOOP('cli-help', 'a phone number (repeat for more)'),
    QT_TRANSLATE_NOOP('cli-help', 'a tag (repeat)'),
    QT_TRANSLATE_NOOP('cli-help', 'a photo (PNG, JPEG or WebP)'),
    QT_TRANSLATE_NOOP('cli-help', 'the organisation (found by name, else made)'),
    QT_TRANSLATE_NOOP('cli-help', 'department in Japanese (営業部)'),
    QT_TRANSLATE_NOOP('cli-help', 'department in English'),
    QT_TRANSLATE_NOOP('cli-help', 'title in Japanese (部長)'),
    QT_TRANSLATE_NOOP('cli-help', 'title in English'),
    QT_TRANSLATE_NOOP('cli-help', 'when the position began (default: unknown)'),
    QT_TRANSLATE_NOOP('cli-help', 'print the contact as JSON'),
    QT_TRANSLATE_NOOP('cli-help', 'add a contact (with company and title, from a meishi)'),
    QT_TRANSLATE_NOOP('cli-help', "change a contact's fields (only those given)"),
    QT_TRANSLATE_NOOP('cli-help', 'add a follow-up or mark one done'),
    QT_TRANSLATE_NOOP('cli-help', 'a follow-up for a contact'),
    QT_TRANSLATE_NOOP('cli-help', 'what to do'),
    QT_TRANSLATE_NOOP('cli-help', 'by when (YYYY-MM-DD)'),
    QT_TRANSLATE_NOOP('cli-help', 'mark a follow-up done'),
    QT_TRANSLATE_NOOP('cli-help', 'list open follow-ups (soonest first)'),
    QT_TRANSLATE_NOOP('cli-help', 'done ones too'),
    QT_TRANSLATE_NOOP('cli-help', 'record a gift or favour given or received'),
    QT_TRANSLATE_NOOP('cli-help', 'you gave it'),
    QT_TRANSLATE_NOOP('cli-help', 'you received it'),
    QT_TRANSLATE_NOOP('cli-help', 'what it was (a sake set, help with a visa…)'),
    QT_TRANSLATE_NOOP('cli-help', 'its value, a whole number (5000)'),
    QT_TRANSLATE_NOOP('cli-help', 'three letters (default JPY)'),
    QT_TRANSLATE_NOOP('cli-help', 'the date (default: today)'),
    QT_TRANSLATE_NOOP('cli-help', 'another person involved (repeat)'),
    QT_TRANSLATE_NOOP('cli-help', 'record who introduced whom to whom'),
    QT_TRANSLATE_NOOP('cli-help', "who was introduced (a contact or 'me')"),
    QT_TRANSLATE_NOOP('cli-help', "to whom (a contact or 'me')"),
    QT_TRANSLATE_NOOP('cli-help', 'who made the introduction (default: me)'),
    QT_TRANSLATE_NOOP('cli-help', 'when (default: unknown)'),
    QT_TRANSLATE_NOOP('cli-help', "the context: a golf day, the chamber's party…"),
    QT_TRANSLATE_NOOP('cli-help', 'list organisations with kind, group and people'),
    QT_TRANSLATE_NOOP('cli-help', 'show, edit or merge an organisation'),
    QT_TRANSLATE_NOOP('cli-help', 'an organisation with its people now and before'),
    QT_TRANSLATE_NOOP('cli-help', "change an organisation's fields (only those given)"),
    QT_TRANSLATE_NOOP('cli-help', 'in kana'),
    QT_TRANSLATE_NOOP('cli-help', "its group or parent ('' for none)"),
    QT_TRANSLATE_NOOP('cli-help', 'merge ORG into INTO-ORG (its people follow)'),
    QT_TRANSLATE_NOOP('cli-help', 'record a transfer or promotion from a date'),
    QT_TRANSLATE_NOOP('cli-help', 'the organisation (default: the current one)'),
    QT_TRANSLATE_NOOP('cli-help', 'department in Japanese (default: the current one)'),
    QT_TRANSLATE_NOOP('cli-help', 'the new title in Japanese'),
    QT_TRANSLATE_NOOP('cli-help', 'when it takes effect'),
    QT_TRANSLATE_NOOP('cli-help', '兼務: held alongside the current position (ends nothing)'),
    QT_TRANSLATE_NOOP('cli-help', 'remove the photo'),
    QT_TRANSLATE_NOOP('cli-help', 'work'),
    QT_TRANSLATE_NOOP('cli-help', 'current position (corrects it)'),
    QT_TRANSLATE_NOOP('cli-help', 'everything about one contact (for scripts: --json)'),
    QT_TRANSLATE_NOOP('cli-help', 'an id, an e-mail, or a name in any script matching exactly one'),
    QT_TRANSLATE_NOOP('cli-help', 'one JSON object (UTF-8, characters as they are)'),
    QT_TRANSLATE_NOOP('undo', 'meeting'),
    QT_TRANSLATE_NOOP('undo', 'meal'),
    QT_TRANSLATE_NOOP('undo', 'nomikai'),
    QT_TRANSLATE_NOOP('undo', 'call'),
    QT_TRANSLATE_NOOP('undo', 'email'),
    QT_TRANSLATE_NOOP('undo', 'message'),
    QT_TRANSLATE_NOOP('undo', 'event'),
    QT_TRANSLATE_NOOP('undo', 'meishi exchange'),
    QT_TRANSLATE_NOOP('undo', 'other'),
    QT_TRANSLATE_NOOP('undo', 'business review'),
    QT_TRANSLATE_NOOP('undo', 'gift'),
    QT_TRANSLATE_NOOP('undo', 'favour'),
    QT_TRANSLATE_NOOP('undo', 'New contact {0}'),
    QT_TRANSLATE_NOOP('undo', 'Edit contact'),
    QT_TRANSLATE_NOOP('undo', 'Archive contact'),
    QT_TRANSLATE_NOOP('undo', 'Unarchive contact'),
    QT_TRANSLATE_NOOP('undo', 'Delete {0}'),
    QT_TRANSLATE_NOOP('undo', 'Log {0}'),
    QT_TRANSLATE_NOOP('undo', 'Edit interaction'),
    QT_TRANSLATE_NOOP('undo', 'Delete interaction'),
    QT_TRANSLATE_NOOP('undo', 'New follow-up “{0}”'),
    QT_TRANSLATE_NOOP('undo', 'Delete follow-up'),
    QT_TRANSLATE_NOOP('undo', 'Import {0}'),
    QT_TRANSLATE_NOOP('undo', 'Tick a warning sign'),
    QT_TRANSLATE_NOOP('undo', 'Untick a warning sign'),
    QT_TRANSLATE_NOOP('undo', 'New organisation {0}'),
    QT_TRANSLATE_NOOP('undo', 'Delete organisation {0}'),
    QT_TRANSLATE_NOOP('undo', 'Edit organisation'),
    QT_TRANSLATE_NOOP('undo', 'New {0}'),
    QT_TRANSLATE_NOOP('undo', 'Edit gift or favour'),
    QT_TRANSLATE_NOOP('undo', 'Delete gift or favour'),
    QT_TRANSLATE_NOOP('undo', 'Record an introduction'),
    QT_TRANSLATE_NOOP('undo', 'Edit introduction'),
    QT_TRANSLATE_NOOP('undo', 'Delete introduction'),
    QT_TRANSLATE_NOOP('undo', 'Remove photo'),
    QT_TRANSLATE_NOOP('undo', 'Set photo'),
)
# --- generated: end
