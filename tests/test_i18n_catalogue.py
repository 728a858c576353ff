"""The Japanese catalogue is complete (issue 22, "Done means"): lupdate is run over the
package into a temporary file, as `make translations` runs it, and every string it finds must
be in the committed kizuna_ja.ts, translated and finished, with its placeholders; a
translation that is just its English source fails unless what is left is a name (Kizuna,
LINE, PDF…); the compiled .qm is not older than the catalogue; the glossary's terms are the
ones the catalogue uses."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kizuna_desktop"
TS = PACKAGE / "resources" / "translations" / "kizuna_ja.ts"
QM = TS.with_suffix(".qm")
GLOSSARY = PACKAGE / "resources" / "translations" / "glossary-ja.tsv"
BIN = Path(sys.executable).parent

# Words that stay as they are in Japanese: names, formats, keys.
ALLOWED = ("Kizuna Desktop", "Kizuna", "LINE ID", "LINE", "PDF", "vCard", "CSV", "Excel",
           "LinkedIn", "SQLCipher", "Space", "Ctrl", "Shift", "pdf", "png", "jpg", "jpeg",
           "webp", "ics", "A4", "Enter", "Esc", "Tab")
KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+")  # key sequences stay as they are
# The contexts of i18n.translate() in code without Qt (README "Languages"); any other
# lower-case context is a variable's .tr() (e.g. combo.tr), which Qt never asks for.
NON_QT_CONTEXTS = ("errors", "opening", "validation", "cli", "services", "pdf", "store",
                   "argparse", "check", "dossier", "zones", "calendar", "labels", "fields",
                   "cli-help", "meetings", "roster", "import", "undo", "preflight", "positions",
                   "problems", "regions", "dependency_report")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%n|%\d")


def entries(path: Path) -> dict[tuple[str, str], dict]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            out[(name, m.findtext("source") or "")] = {"type": tr.get("type"),
                                                       "forms": forms}
    return out


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> dict:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate (PySide6) is needed"
    out = tmp_path_factory.mktemp("ts") / "scan.ts"
    subprocess.run([str(lupdate), "-extensions", "py", "-no-obsolete", "-locations", "none",
                    "-target-language", "ja_JP", str(PACKAGE), "-ts", str(out)],
                   check=True, capture_output=True, timeout=120)
    return entries(out)


@pytest.fixture(scope="module")
def committed() -> dict:
    return entries(TS)


def test_every_source_string_is_in_the_catalogue_and_finished(scanned, committed):
    missing = [key for key in scanned if key not in committed]
    unfinished = [key for key, e in committed.items()
                  if key in scanned and (e["type"] is not None or not all(e["forms"]))]
    assert not missing, f"{len(missing)} strings not in kizuna_ja.ts (make translations, " \
        f"then translate them): {missing[:10]}"
    assert not unfinished, f"{len(unfinished)} unfinished: {unfinished[:10]}"


def test_no_string_has_a_context_qt_cannot_find(scanned):
    """A bare tr() (or a widget's .tr() from outside its class) lands in a context the
    running code does not ask for: the string would never be translated."""
    from kizuna_desktop import i18n_marks

    marked = {src for _ctx, src in i18n_marks.scan()}  # view.tr(…) filed under its class
    wrong = [src for (ctx, src) in scanned if (not ctx or ctx[0].islower()
             and ctx not in NON_QT_CONTEXTS) and src not in marked]
    assert not wrong, wrong


def _left_after_names(text: str) -> str:
    text = KEYS.sub("", PLACEHOLDER.sub("", text))
    for word in ALLOWED:
        text = text.replace(word, "")
    return re.sub(r"[^A-Za-z]", "", text)


def test_no_translation_is_just_its_english_source(committed):
    same = [src for (_ctx, src), e in committed.items()
            if e["type"] is None and any(f == src for f in e["forms"])
            and _left_after_names(src)]
    assert not same, same


def test_translations_keep_their_placeholders(committed):
    wrong = []
    for (_ctx, src), e in committed.items():
        wanted = sorted(PLACEHOLDER.findall(src))
        for form in e["forms"]:
            if e["type"] is None and sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append((src, form))
    assert not wrong, wrong[:10]


def test_the_compiled_catalogue_is_shipped_and_current(tmp_path):
    assert QM.exists() and QM.stat().st_size > 1000
    rebuilt = tmp_path / "kizuna_ja.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(rebuilt)],
                   check=True, timeout=60)
    assert rebuilt.read_bytes() == QM.read_bytes(), "run make translations and commit the .qm"


def test_the_glossary_terms_are_the_catalogues(committed):
    """Each glossary term: where its English word is a whole source string, the catalogue
    says the Japanese term (e.g. Transfer → 異動, Meishi proofs… → 名刺…)."""
    rows = [line.split("\t") for line in GLOSSARY.read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) >= 15
    by_source = {}
    for (_ctx, src), e in committed.items():
        by_source.setdefault(src.replace("&", "").rstrip("…:").lower(), set()).update(
            e["forms"])
    checked = 0
    for english, japanese, *_ in rows:
        forms = by_source.get(english.lower())
        if forms:
            checked += 1
            assert any(japanese in f for f in forms), (english, japanese, forms)
    assert checked >= 8


def test_the_plural_marks_are_current():
    """ui/wording.plural() forms reach the catalogue through i18n_marks.py (lupdate cannot
    see them): a plural() call added without `make translations` fails here."""
    from kizuna_desktop import i18n_marks

    assert (PACKAGE / "i18n_marks.py").read_text("utf-8") == i18n_marks.current_text(), \
        "run make translations (python -m kizuna_desktop.i18n_marks) and translate"
