"""The command line in Japanese (issue 22 fix round): under a Japanese interface the CLI's
errors (with their ``kizuna: error:`` prefix), result messages and table headers come from the
catalogue; the English stays as it was; the catalogue holds the CLI's strings."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from kizuna_desktop import i18n
from kizuna_desktop.cli import main
from kizuna_desktop.errors import NotFoundError
from kizuna_desktop.services import lookup


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.use("en")


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_errors_are_japanese_under_a_japanese_interface(demo_path, tmp_path, capsys):
    i18n.use("ja")
    code, _out, err = _run(capsys, "--db", str(demo_path), "show", "99999")
    assert code == 1
    assert err.strip() == "kizuna: エラー: ID 99999 の連絡先はありません。"
    code, _out, err = _run(capsys, "--db", str(demo_path), "import",
                           str(tmp_path / "missing.vcf"))
    assert code == 1 and err.startswith("kizuna: エラー: ") and "を読み込めません" in err, err
    code, _out, err = _run(capsys, "--db", str(demo_path), "decrypt")
    assert code == 1 and "は暗号化されていません" in err, err
    with pytest.raises(SystemExit):
        main(["--db", str(demo_path), "--no-such-option"])
    assert capsys.readouterr().err.startswith("kizuna: エラー: ")


def test_cli_results_and_headers_are_japanese(demo_path, tmp_path, capsys):
    i18n.use("ja")
    code, out, _err = _run(capsys, "--db", str(demo_path), "contacts")
    assert code == 0
    header = out.splitlines()[0].split()
    assert header == ["番号", "氏名", "よみがな", "ローマ字", "所属・役職", "最終連絡"]
    code, out, _err = _run(capsys, "--db", str(demo_path), "check")
    assert code == 0 and "を検査しました" in out and "問題は見つかりませんでした。" in out, out
    code, out, _err = _run(capsys, "--db", str(demo_path), "backup", "-o",
                           str(tmp_path / "b.kizuna"))
    assert code == 0 and out.startswith("バックアップを ") and "検証しました" in out, out
    code, out, _err = _run(capsys, "--db", str(demo_path), "home-zone")
    assert code == 0 and out.startswith("基準のタイムゾーン: "), out


def test_the_english_cli_is_unchanged(demo_path, capsys):
    i18n.use("en")
    code, _out, err = _run(capsys, "--db", str(demo_path), "show", "99999")
    assert err.strip() == "kizuna: error: There is no contact with id 99999."
    code, out, _err = _run(capsys, "--db", str(demo_path), "contacts")
    assert out.split()[:6] == ["ID", "NAME", "READING", "LATIN", "ROLE", "LAST"]


def test_the_error_stays_english_for_the_log_and_is_told_in_japanese(demo_journal):
    with pytest.raises(NotFoundError) as caught:
        lookup.resolve(demo_journal, "424242")
    assert str(caught.value) == "There is no contact with id 424242."
    i18n.use("ja")
    assert i18n.message(caught.value) == "ID 424242 の連絡先はありません。"


def test_a_japanese_locale_alone_makes_the_cli_japanese(demo_path):
    env = {**os.environ, "LANG": "ja_JP.UTF-8", "LC_ALL": "", "LANGUAGE": "",
           "LC_MESSAGES": "", "KIZUNA_LANGUAGE": ""}
    run = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(demo_path),
                          "show", "99999"], capture_output=True, text=True, env=env,
                         timeout=60)
    assert run.returncode == 1
    assert run.stderr.strip() == "kizuna: エラー: ID 99999 の連絡先はありません。"


def test_the_catalogue_holds_the_cli_strings_translated():
    """lupdate finds translate("cli", …) and QT_TRANSLATE_NOOP("errors", …) in the CLI and
    services (test_i18n_catalogue checks every one is finished); these are among them."""
    root = ET.parse(i18n.CATALOGUE).getroot()
    found = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
             for m in c.iter("message") if m.find("translation").get("type") is None}
    for key in [("cli", "kizuna: error: {message}"),
                ("cli", "Backup written to {path} and verified."),
                ("cli", "Briefing for {names} written to {path}."),
                ("cli", "No meetings in the next {n} days."),
                ("errors", "There is no contact with id {id}."),
                ("errors", "Cannot read {path}: {reason}.")]:
        assert key in found, key


def test_the_import_summary_is_japanese(demo_path, tmp_path, capsys):
    vcf = tmp_path / "one.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:佐々木;健;;;\r\nFN:佐々木 健\r\n"
                   "END:VCARD\r\n", "utf-8")
    i18n.use("ja")
    code, out, _err = _run(capsys, "--db", str(demo_path), "import", str(vcf), "--yes")
    assert code == 0
    assert "one.vcf: 取り込む連絡先 1 件 — 新規 1 件" in out, out


def test_a_search_matching_several_contacts_and_days_since_read_in_japanese(demo_path, capsys):
    """Review ja4 C3 (the commonest error: a name several contacts share) and D1 (「287日」
    reads as 'the 287th'; the last-contact column says 287日前)."""
    i18n.use("ja")
    code, _out, err = _run(capsys, "--db", str(demo_path), "show", "株式会社")
    assert code == 1
    assert "に当てはまる連絡先が" in err, err
    assert "ID を指定するか、検索語を絞り込んでください" in err, err
    assert "matches" not in err and "give an id" not in err, err
    code, out, _err = _run(capsys, "--db", str(demo_path), "contacts")
    assert code == 0
    lasts = [line.split()[-1] for line in out.splitlines()[1:] if line.strip()]
    assert any(x.endswith("日前") for x in lasts), lasts
    assert not [x for x in lasts if x.endswith("日") and not x.endswith("日前")], lasts
    i18n.use("en")
    assert i18n.days_text(287) == "287 d"


def test_seasons_name_the_region_in_japanese(demo_path, capsys):
    """Review ja4 C7: `kizuna seasons` printed 森田 花子 (Kanto); now 森田 花子（関東）."""
    i18n.use("ja")
    code, _out, _err = _run(capsys, "--db", str(demo_path), "edit", "1", "--region", "東京都")
    assert code == 0, _err
    code, out, _err = _run(capsys, "--db", str(demo_path), "seasons")
    assert code == 0
    assert "（関東）" in out, out
    assert not [x for x in ("Kanto", "Kansai", "Tohoku", "Hokkaido", "Chubu") if x in out], out
    i18n.use("en")
    assert i18n.region_label("Kanto") == " (Kanto)"


def test_restore_names_a_missing_or_damaged_backup_itself(demo_path, tmp_path, capsys):
    """Review ja4 B3/B4: a missing backup was 'the folder is missing' (the folder exists), and
    a damaged one named the .restoring staging copy with SQLite's English words."""
    i18n.use("ja")
    missing = tmp_path / "nothere.kizuna"
    code, _out, err = _run(capsys, "--db", str(demo_path), "restore", str(missing))
    assert code == 1
    assert f"{missing} が見つからないか、ファイルではありません。何も復元していません。" in err, err
    assert "フォルダー" not in err, err
    damaged = tmp_path / "damaged.kizuna"
    damaged.write_bytes(demo_path.read_bytes()[:70_000])  # a cut-off copy
    code, _out, err = _run(capsys, "--db", str(demo_path), "restore", str(damaged))
    assert code == 1
    assert f"バックアップ {damaged} は破損しているため復元できません" in err, err
    assert ".restoring" not in err and "malformed" not in err, err


def test_a_journal_with_a_table_kizuna_did_not_make_is_refused_in_japanese(demo_path, capsys):
    """Review ja4 C3: 'The journal … is not as Kizuna makes it: unknown table “evil” (not made
    by Kizuna). Restore a backup of it.' was English; each piece is now translated."""
    import sqlite3

    with sqlite3.connect(demo_path) as conn:
        conn.execute("CREATE TABLE evil (x)")
    conn.close()
    i18n.use("ja")
    code, _out, err = _run(capsys, "--db", str(demo_path), "contacts")
    assert code == 1
    assert "Kizuna が作成していないテーブル「evil」" in err, err
    assert "バックアップから復元してください" in err, err
    assert "unknown" not in err and "Restore" not in err, err


def test_export_confirmations_read_as_one_japanese_sentence(demo_path, tmp_path, capsys):
    """Review ja4 D6 and C10: the CSV export's note on organisations broke the sentence
    (「…書き出していません（…） を out.csv に」) and the calendar's was English."""
    i18n.use("ja")
    for fmt in ("csv", "ics"):
        code, out, _err = _run(capsys, "--db", str(demo_path), "export", "--format", fmt,
                               "-o", str(tmp_path / f"out.{fmt}"))
        assert code == 0
        first = out.splitlines()[0]
        assert first.endswith(f"を {tmp_path / f'out.{fmt}'} に書き出しました。"), first
        assert "left out" not in first and "e-mails" not in first, first
        assert "書き出していません" not in first, first


def test_a_word_given_as_the_meeting_time_is_not_a_date_at_all(demo_path, tmp_path, capsys):
    """Review ja4 D4: `--meeting 明日` said 「「明日」は存在しない日時です」 (a date that does not
    exist); it is not a date at all, and the message says how to write one."""
    i18n.use("ja")
    code, _out, err = _run(capsys, "--db", str(demo_path), "brief", "yamada taro", "-o",
                           str(tmp_path / "x.pdf"), "--meeting", "明日")
    assert code == 1
    assert "「明日」は日時ではありません。YYYY-MM-DD HH:MM の形式で" in err, err
    assert "存在しない" not in err, err
