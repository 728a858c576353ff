"""Strings lupdate cannot see, marked for the catalogue: the English forms given to
``ui/wording.plural(owner, one, many, n)``, which calls ``owner.tr()`` with one of them at run
time. Generated: ``python -m kizuna_desktop.i18n_marks`` (run by ``make translations``) scans
ui/ for plural() calls and writes MARKS below with the context each call's class gives;
tests/test_i18n_catalogue.py fails when this file is not current. Nothing imports MARKS at
run time."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from kizuna_desktop.i18n import QT_TRANSLATE_NOOP

UI = Path(__file__).parent / "ui"
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
    return list(dict.fromkeys(found))


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
    QT_TRANSLATE_NOOP('ImportDialog', 'vCard, %n card'),
    QT_TRANSLATE_NOOP('ImportDialog', 'vCard, %n cards'),
    QT_TRANSLATE_NOOP('ImportDialog', 'CSV, {0}, %n row'),
    QT_TRANSLATE_NOOP('ImportDialog', 'CSV, {0}, %n rows'),
    QT_TRANSLATE_NOOP('JournalController', 'Imported %n new contact'),
    QT_TRANSLATE_NOOP('JournalController', 'Imported %n new contacts'),
    QT_TRANSLATE_NOOP('MainWindow', '%n follow-up overdue'),
    QT_TRANSLATE_NOOP('MainWindow', '%n follow-ups overdue'),
    QT_TRANSLATE_NOOP('OrganizationsView', '%n organisation'),
    QT_TRANSLATE_NOOP('OrganizationsView', '%n organisations'),
    QT_TRANSLATE_NOOP('RecordController', 'Add a follow-up to send a thank-you tomorrow to the person who was there?'),  # noqa: E501
    QT_TRANSLATE_NOOP('RecordController', 'Add a follow-up to send a thank-you tomorrow to each of the %n people who were there?'),  # noqa: E501
)
# --- generated: end
