"""The wheel a user installs works on its own: built from the package's files, installed
without its dependencies into a folder of its own (nothing is downloaded again: the
dependencies are this environment's), and run from outside the source tree, where nothing of
the source tree can help it. Issue 21: `kizuna demo` died with FileNotFoundError and
`kizuna brief` with ReportLab's TTFError when the fonts and demo data lay outside the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from kizuna_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    """Build the wheel from a copy of what an sdist holds, install it with --no-deps --target."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "kizuna_desktop", src / "kizuna_desktop",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = base / "dist"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                        "--disable-pip-version-check", "-w", str(dist), str(src)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    (wheel,) = dist.glob("kizuna_desktop-*.whl")
    target = base / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
                        "--quiet", "--disable-pip-version-check", "--target", str(target),
                        str(wheel)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    home = base / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "KIZUNA_DB", "KIZUNA_PASSPHRASE")}
    env.update(PYTHONPATH=str(target), HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1")
    return {"wheel": wheel, "target": target, "kizuna": target / "bin" / "kizuna",
            "env": env, "cwd": home}


def run(inst: dict, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([str(inst["kizuna"]), *args], cwd=inst["cwd"], env=inst["env"],
                          capture_output=True, text=True, timeout=timeout)


def test_the_wheel_holds_the_resources_and_migrations_and_one_version(installed):
    assert installed["wheel"].name == f"kizuna_desktop-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for needed in ("kizuna_desktop/resources/fonts/ipaexg.ttf",
                   "kizuna_desktop/resources/fonts/ipaexm.ttf",
                   "kizuna_desktop/resources/fonts/IPA_Font_License.txt",
                   "kizuna_desktop/resources/demo/demo.json",
                   "kizuna_desktop/resources/icons/kizuna-16.png",
                   "kizuna_desktop/resources/icons/kizuna.svg",
                   "kizuna_desktop/store/migrations/env.py",
                   "kizuna_desktop/store/migrations/script.py.mako",
                   "kizuna_desktop/store/migrations/versions/0001_initial.py",
                   "kizuna_desktop/store/migrations/versions/0011_stable_ids.py"):
        assert needed in names, needed
    # and every file of resources/, whatever is added there later
    resources = ROOT / "kizuna_desktop" / "resources"
    shipped = {f.relative_to(ROOT).as_posix() for f in resources.rglob("*")
               if f.is_file() and "__pycache__" not in f.parts}
    assert shipped - names == set()
    meta = zipfile.ZipFile(installed["wheel"]).read(
        f"kizuna_desktop-{__version__}.dist-info/METADATA").decode()
    assert f"\nVersion: {__version__}\n" in meta


def test_the_installed_package_is_the_one_that_runs(installed):
    r = subprocess.run([sys.executable, "-c",
                        "import kizuna_desktop, kizuna_desktop.paths as p; "
                        "print(kizuna_desktop.__file__); print(p.resource('fonts', 'ipaexg.ttf'))"],
                       cwd=installed["cwd"], env=installed["env"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    package_file, font = r.stdout.split()
    assert Path(package_file).is_relative_to(installed["target"])
    assert Path(font).is_relative_to(installed["target"]) and Path(font).stat().st_size > 1e6


def test_version_demo_brief_and_meishi_from_the_installed_wheel(installed, tmp_path):
    r = run(installed, "--version")
    assert (r.returncode, r.stdout.strip()) == (0, f"kizuna {__version__}"), r.stderr

    db = str(tmp_path / "demo.kizuna")
    r = run(installed, "--db", db, "demo")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    r = run(installed, "--db", db, "contacts", "--search", "yamada")
    assert r.returncode == 0 and "山田 太郎" in r.stdout, r.stderr

    pdf = tmp_path / "brief.pdf"
    r = run(installed, "--db", db, "brief", "山田 太郎", "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    reader = PdfReader(pdf)
    assert "山田" in "".join(page.extract_text() for page in reader.pages)
    fonts = {str(f["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("IPAex" in f for f in fonts), fonts

    card = tmp_path / "card.pdf"
    r = run(installed, "--db", db, "meishi", "Main card", "-o", str(card))
    assert r.returncode == 0, r.stderr
    text = "".join(page.extract_text() for page in PdfReader(card).pages)
    assert "Alex Hartmann" in text and "ハートマン" in text


def test_the_window_opens_offscreen_from_the_installed_wheel(installed, tmp_path):
    db = str(tmp_path / "w.kizuna")
    assert run(installed, "--db", db, "demo").returncode == 0
    r = run(installed, "--db", db, "--quit-after", "800")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr, r.stderr


def _exec_line(file: str | None) -> list[str]:
    """The desktop entry's Exec= as a desktop runs it: %f is the file opened, or removed."""
    desktop = ROOT / "packaging" / "linux" / "jp.kizuna.Desktop.desktop"
    (line,) = [x for x in desktop.read_text("utf-8").splitlines() if x.startswith("Exec=")]
    args = line.removeprefix("Exec=").split()
    assert args[0] == "kizuna"
    return [a.replace("%f", file or "") for a in args[1:]]


def test_the_desktop_entry_starts_the_app_with_and_without_a_journal(installed, tmp_path):
    # A user of their own: no journal yet, no journal opened before (the window reopens the
    # last one it opened, and the tests before this one opened theirs).
    home = tmp_path / "home"
    installed = {**installed, "env": {**installed["env"], "XDG_DATA_HOME": str(home / "data"),
                                      "XDG_CONFIG_HOME": str(home / "config")}}
    # From the menu, with no journal yet: the demo journal is written in the data folder.
    r = run(installed, *_exec_line(None), "--quit-after", "1500")
    assert r.returncode == 0, r.stderr
    demo = Path(installed["env"]["XDG_DATA_HOME"]) / "Kizuna" / "demo.kizuna"
    assert demo.exists()
    # A journal double-clicked in the file manager is the one opened.
    mine = tmp_path / "mine.kizuna"
    assert run(installed, "--db", str(mine), "demo").returncode == 0
    r = run(installed, *_exec_line(str(mine)), "--quit-after", "1500")
    assert r.returncode == 0, r.stderr
    # The window files the journal it opened first among the recent ones (settings.json).
    import json

    config = Path(installed["env"]["XDG_CONFIG_HOME"])
    (found,) = config.rglob("settings.json")
    recent = json.loads(found.read_text("utf-8"))["recent"]
    assert recent[0] == str(mine), recent
    assert not (Path(installed["env"]["XDG_DATA_HOME"]) / "Kizuna" / "journal.kizuna").exists()


def test_the_desktop_entry_reopens_the_journal_opened_last(installed, tmp_path):
    home = tmp_path / "home"
    installed = {**installed, "env": {**installed["env"], "XDG_DATA_HOME": str(home / "data"),
                                      "XDG_CONFIG_HOME": str(home / "config")}}
    mine = tmp_path / "mine.kizuna"
    assert run(installed, "--db", str(mine), "demo").returncode == 0
    assert run(installed, *_exec_line(str(mine)), "--quit-after", "1500").returncode == 0
    r = run(installed, *_exec_line(None), "--quit-after", "1500")  # from the menu again
    assert r.returncode == 0, r.stderr
    assert not (home / "data" / "Kizuna" / "demo.kizuna").exists()  # not the demo: mine
