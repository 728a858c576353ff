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
    return list(dict.fromkeys(found))


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
)
# --- generated: end
