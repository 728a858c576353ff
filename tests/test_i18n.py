"""The language without Qt (issue 22): which language the system asks for, the catalogue the
CLI reads, errors in the user's language, Japanese date/name conventions, and the plain
settings file the window and the CLI share."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kizuna_desktop import i18n, settings
from kizuna_desktop.errors import KizunaError, WrongPassphraseError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _english_after(monkeypatch):
    yield
    i18n.use("en")


@pytest.mark.parametrize("env, ui, expected", [
    ({"LANG": "ja_JP.UTF-8"}, None, "ja"),
    ({"LANG": "en_GB.UTF-8"}, ["ja-JP"], "en"),  # the environment speaks first
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, None, "ja"),
    ({"LANG": "ja_JP.UTF-8", "LC_ALL": "en_US.UTF-8"}, None, "en"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:ja:en"}, None, "ja"),  # first supported
    ({"LANG": "C.UTF-8", "LANGUAGE": "ja"}, None, "en"),  # LANGUAGE is ignored under C
    ({"LANG": "de_DE.UTF-8"}, None, "en"),  # unsupported: English
    ({"LANG": "ja_JP.eucJP@euro"}, None, "ja"),
    ({}, ["ja-JP", "en-US"], "ja"),  # nothing set: the platform's preferred languages
    ({}, ["fr-FR", "ja-JP"], "en"),  # the first preferred decides
    ({}, None, "en"),
])
def test_the_language_follows_the_system(env, ui, expected):
    assert i18n.system_language(env, ui) == expected


def test_preferences_override_the_system_and_a_bad_value_costs_only_itself(monkeypatch):
    monkeypatch.delenv("KIZUNA_LANGUAGE")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.chosen_language() == "en"
    settings.save_preferences({"language": "ja", "paper": "letter"})
    assert i18n.chosen_language() == "ja"
    # an edited file with one bad value: that value falls back, the others are kept
    data = settings.load()
    data["paper"] = "A3"
    settings.save(data)
    prefs = settings.preferences()
    assert prefs["language"] == "ja" and prefs["paper"] == "a4"
    assert settings.preference_problems() == [
        "settings: paper = 'A3' is not a valid value; 'a4' is used"]
    with pytest.raises(ValueError, match="card_size"):
        settings.save_preferences({"card_size": "a7"})


def test_the_settings_file_is_private_plain_json_and_keeps_other_keys():
    settings.remember_journal(Path(os.environ["XDG_DATA_HOME"]))
    settings.save_preferences({"cadence_days": 90, "backup_keep": 5})
    path = settings.settings_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    data = json.loads(path.read_text("utf-8"))
    assert data["cadence_days"] == 90 and data["backup_keep"] == 5 and data["last_journal"]


def test_the_catalogue_translates_without_qt_and_falls_back_to_english():
    source = "The journal {path} is damaged, and it has no good backup."
    i18n.use("en")
    assert i18n.translate("opening", source) == source
    i18n.use("ja")
    assert i18n.translate("opening", source).format(path="/j") == \
        "ジャーナル /j は破損しており、正常なバックアップがありません。"
    assert i18n.translate("opening", "A sentence nobody wrote") == "A sentence nobody wrote"
    assert i18n.translate("ImportDialog", "vCard, %n cards", None, 3) == "vCard、3件"


def test_an_error_is_told_in_the_users_language_and_decided_by_its_class():
    e = WrongPassphraseError(path="/tmp/a.kizuna")
    assert isinstance(e, KizunaError)
    assert str(e) == "Wrong passphrase for /tmp/a.kizuna (or it is not a Kizuna journal)."
    i18n.use("ja")
    assert e.localized() == ("/tmp/a.kizuna のパスフレーズが違います"
                             "(または Kizuna のジャーナルではありません)。")
    assert i18n.message(e) == e.localized()
    assert str(e).startswith("Wrong passphrase")  # the log stays English
    assert i18n.message(ValueError("x")) == "x"


def test_the_cli_speaks_japanese_under_a_japanese_locale(tmp_path):
    """A wrong passphrase through the real CLI, under LANG=ja_JP.UTF-8: the message comes
    from the catalogue (the CLI has no Qt)."""
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    path = tmp_path / "secret.kizuna"
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = 'right passphrase'")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    env = {**os.environ, "LANG": "ja_JP.UTF-8", "KIZUNA_PASSPHRASE": "wrong one",
           "LC_ALL": "", "LANGUAGE": "", "LC_MESSAGES": "", "KIZUNA_LANGUAGE": ""}
    run = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(path),
                          "contacts"], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode != 0
    assert "パスフレーズが違います" in run.stderr, run.stderr


def test_japanese_dates_eras_names_and_affiliations():
    day = date(2026, 12, 1)
    assert i18n.format_date(day, "ja") == "2026年12月1日(火)"
    assert i18n.format_date(day, "ja", era=True) == "令和8年12月1日(火)"
    assert i18n.format_date(day, "en") == "Tue 1 Dec 2026"
    assert i18n.era_year(date(2019, 5, 1)) == "令和元年"
    assert i18n.era_year(date(2019, 4, 30)) == "平成31年"
    assert i18n.era_year(date(1989, 1, 7)) == "昭和64年"
    assert i18n.person_name("Yamada", "Taro", "ja", latin=True) == "Yamada Taro"
    assert i18n.person_name("Yamada", "Taro", "en", latin=True) == "Taro Yamada"
    assert i18n.person_name("山田", "太郎", "en") == "山田 太郎"
    assert i18n.affiliation("北斗商事", "営業部", "部長", "ja") == "北斗商事 営業部 部長"
    assert i18n.affiliation("Hokuto Trading", "Sales", "Director", "en") == \
        "Director, Sales, Hokuto Trading"


def test_the_cli_takes_preferences_paper_and_card_size_as_defaults():
    from kizuna_desktop.cli import build_parser

    settings.save_preferences({"paper": "letter", "card_size": "eu"})
    args = build_parser().parse_args(["brief", "1", "-o", "x.pdf"])
    assert args.paper == "letter"
    args = build_parser().parse_args(["meishi", "1", "-o", "x.pdf"])
    assert args.size == "eu" and args.paper == "letter"
    args = build_parser().parse_args(["brief", "1", "-o", "x.pdf", "--paper", "a4"])
    assert args.paper == "a4"  # the command line still decides


def test_backups_go_to_the_preferences_folder_and_keep_its_number(journal, tmp_path):
    from kizuna_desktop.services import backup

    folder = tmp_path / "my backups"
    settings.save_preferences({"backup_dir": str(folder), "backup_keep": 3})
    made = backup.backup_now(journal)
    assert made.is_relative_to(folder)
    assert backup.default_keep() == 3


def test_a_briefing_from_the_cli_is_in_the_interfaces_language(demo_path, tmp_path):
    """kizuna brief under LANG=ja_JP.UTF-8 writes the Japanese briefing unless --language
    says otherwise."""
    from pypdf import PdfReader

    env = {**os.environ, "LANG": "ja_JP.UTF-8", "LC_ALL": "", "LANGUAGE": "",
           "LC_MESSAGES": "", "KIZUNA_LANGUAGE": ""}
    texts = {}
    for extra in ([], ["--language", "en"]):
        out = tmp_path / f"brief{len(extra)}.pdf"
        run = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(demo_path),
                              "brief", "yamada taro", "-o", str(out), *extra],
                             capture_output=True, text=True, env=env, timeout=120)
        assert run.returncode == 0, run.stderr
        texts[len(extra)] = PdfReader(out).pages[0].extract_text()
    assert "打ち合わせ資料" in texts[0] and "PRE-MEETING BRIEFING" not in texts[0]
    assert "PRE-MEETING BRIEFING" in texts[2]


def test_short_dates_for_lists():
    day = date(2026, 11, 22)
    assert i18n.short_date(day, "ja") == "11月22日(日)"
    assert i18n.short_date(day, "ja", weekday=False) == "11月22日"
    assert i18n.short_date(day, "en") == "Sun 22 Nov"
    assert i18n.short_date(day, "en", weekday=False) == "22 Nov"


def test_kizuna_language_overrides_preferences_and_system_for_one_run(monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    settings.save_preferences({"language": "en"})
    monkeypatch.setenv("KIZUNA_LANGUAGE", "ja")
    assert i18n.chosen_language() == "ja"
    monkeypatch.setenv("KIZUNA_LANGUAGE", "fr")  # not one we have: ignored
    assert i18n.chosen_language() == "en"


def test_a_contact_added_by_the_cli_gets_preferences_cadence(tmp_path):
    from kizuna_desktop.cli import main
    from kizuna_desktop.services import contacts, search
    from kizuna_desktop.store import Journal

    settings.save_preferences({"cadence_days": 45})
    db = tmp_path / "j.kizuna"
    assert main(["--db", str(db), "add", "--family", "佐藤", "--given", "花子"]) == 0
    with Journal.open(db) as j:
        assert contacts.get(j, search.resolve(j, "佐藤 花子").id).cadence_days == 45


def test_japanese_help_lines_fit_the_terminal_by_cells(monkeypatch, capsys):
    """Review ja4: argparse counted a kanji as one column, so Japanese help lines ran past the
    terminal's edge; they are wrapped by cells, no line starts with 。、）."""
    import unicodedata

    from kizuna_desktop.cli import main

    def cells(t):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in t)

    monkeypatch.setenv("COLUMNS", "60")
    i18n.use("ja")
    try:
        with pytest.raises(SystemExit):
            main(["brief", "--help"])
    finally:
        i18n.use("en")
    lines = capsys.readouterr().out.splitlines()
    assert any("面談の日付" in x for x in lines), lines
    assert max(cells(x) for x in lines) <= 60, [x for x in lines if cells(x) > 60]
    assert not [x for x in lines if x.strip() and x.strip()[0] in "。、）」"], lines
    wrapped = i18n.wrap_cells("面談の日付と現地時刻（日付のみも可）。", 10)
    assert "".join(wrapped) == "面談の日付と現地時刻（日付のみも可）。", wrapped
    assert max(map(cells, wrapped)) <= 10 and not [x for x in wrapped if x[0] in "。）"]
