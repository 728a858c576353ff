"""The whole command line under LANG=ja_JP.UTF-8 (issue 22, last round): every subcommand's
usual success and error, run against a real journal holding Japanese data, says nothing in
English — no English word reaches stdout or stderr except names, e-mail addresses, paths,
numbers, option names and the few proper names in ALLOWED. The language is worked out from
the environment as a user's shell gives it (no KIZUNA_LANGUAGE)."""

from __future__ import annotations

import re

import pytest

from kizuna_desktop import i18n
from kizuna_desktop.cli import main

# proper names, formats and codes a Japanese text names as they are
ALLOWED = {
    "kizuna", "Kizuna", "Desktop", "SQLite", "PDF", "pdf", "JSON", "UTC", "Asia", "Tokyo",
    "Etc", "IANA", "JST", "YYYY", "vCard", "CSV", "iCalendar", "VCALENDAR", "URL", "JPY",
    "KIZUNA_PASSPHRASE", "KIZUNA_NEW_PASSPHRASE", "NAME", "ADDRESS", "ORG", "CONTACT", "DATE",
    "TITLE", "SIGN", "help", "avery", "custom", "meeting", "add", "done", "show", "edit",
    "merge", "list", "mark", "sender", "print", "Yamada", "Taro", "Sato", "Hanako", "YAMADA",
    "SATO", "Suzuki", "Ichiro", "SUZUKI",
    # the values an option takes, listed to type (organisation kinds, occasions)
    "client", "distributor", "partner", "supplier", "competitor", "association", "chamber",
    "university", "public_body", "public", "body", "other", "nengajo", "ochugen", "oseibo",
    "omiyage", "thanks", "congratulations", "condolence",
}
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")
NOT_WORDS = re.compile(r"--?[a-z][a-z-]*"  # option names
                       r"|\S+@\S+"  # e-mail addresses
                       r"|\S*[/|]\S*|\{[^}]*\}"  # paths, zones (Asia/Tokyo), a|b choices
                       r"|\S+\.(?:kizuna|vcf|pdf|zip|ics|csv|json|jpg|png)\b"  # file names
                       r"|「[^」]*」"  # what the user typed, quoted back
                       r"|\([a-z]+(?:_[a-z]+)+\)"  # a key to type: (controls_access)
                       r"|'[a-z|]+'"  # a quoted choice: 'show'
                       r"|`[^`]*`"  # a command quoted to type
                       r"|kizuna [a-z-]+(?: [a-z]+)? --help")  # where to read more


def english_words(text: str) -> list[str]:
    return [w for w in WORD.findall(NOT_WORDS.sub(" ", text)) if w not in ALLOWED]


@pytest.fixture
def japanese_shell(monkeypatch):
    """LANG=ja_JP.UTF-8 and nothing else that decides the language."""
    for name in ("KIZUNA_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.setattr(i18n, "_current", None)  # worked out again, from the environment
    yield
    i18n.use("en")


def run(capsys, db, *argv) -> tuple[int, str]:
    try:
        code = main(["--db", str(db), *argv])
    except SystemExit as e:  # argparse's usage errors
        code = e.code
    out = capsys.readouterr()
    return code, out.out + out.err


SUCCESS = [
    ("add", "--family", "山田", "--given", "太郎", "--family-reading", "やまだ",
     "--given-reading", "たろう", "--family-latin", "Yamada", "--given-latin", "Taro",
     "--org", "三星商事", "--title", "部長", "--email", "t.yamada@example.jp"),
    ("add", "--family", "佐藤", "--given", "花子", "--family-latin", "Sato",
     "--given-latin", "Hanako", "--org", "北斗物流", "--title", "課長"),
    ("add", "--family", "鈴木", "--given", "一郎", "--org", "三星商事", "--department",
     "営業部"),
    ("edit", "1", "--title", "本部長"),
    ("log", "--kind", "meeting", "--when", "2026-11-20 10:00", "--zone", "Asia/Tokyo",
     "--summary", "打ち合わせ", "--place", "丸の内", "1", "2"),
    ("log", "--kind", "nomikai", "--when", "2026-11-25 19:00", "--summary", "懇親会", "1",
     "3"),
    ("followup", "add", "1", "--title", "資料を送る", "--due", "2026-12-10"),
    ("followups",),
    ("followup", "done", "1"),
    ("gift", "1", "--given", "--what", "日本酒", "--value", "5000", "--occasion", "oseibo",
     "--on", "2026-11-30"),
    ("introduce", "2", "--to", "3", "--by", "1", "--on", "2026-10-01"),
    ("introduce", "me", "--to", "2", "--by", "1"),
    ("transfer", "2", "--org", "北斗物流", "--department", "物流部", "--title", "部長",
     "--on", "2026-11-01"),
    ("show", "1"),
    ("show", "2"),
    ("contacts",),
    ("orgs",),
    ("org", "show", "三星商事"),
    ("org", "edit", "三星商事", "--kind", "client"),
    ("home-zone",),
    ("backup",),
    ("backups",),
    ("check",),
    ("health",),
    ("paths", "2"),
    ("dependency", "北斗物流"),
    ("meetings",),
    ("nengajo", "list"),
    ("nengajo", "mark", "1", "--send"),
    ("nengajo", "sender"),
]

FAILURE = [
    ("show", "99999"),
    ("show", "存在しない人"),
    ("import", "missing.vcf"),
    ("decrypt",),
    ("log", "--kind", "meeting", "--when", "2026-13-40 10:00", "1"),
    ("followup", "done", "x1"),
    ("followup", "add", "1", "--title", "電話", "--due", "2026-02-30"),
    ("gift", "1", "--given", "--what", "花", "--on", "明日"),
    ("org", "show", "存在しない会社"),
    ("paths", "99999"),
    ("contacts", "--no-such-option"),
    ("org", "1"),
    ("nengajo",),
    ("nengajo", "mark", "1"),
    ("labels", "-o", "x.pdf", "--sheet", "no-such-sheet"),
    ("meetings", "--days", "999"),
    ("home-zone", "Mars/Base"),
    # cli_records' own problem lines
    ("add", "--family", "田中", "--since", "2026-01-01"),
    ("add", "--family", "田中", "--photo", "missing.jpg"),
    ("gift", "1", "--given", "--what", "花", "--value", "abc", "--with", "me"),
    ("gift", "1", "--given", "--what", "花", "--value", "-5", "--occasion", "foo"),
    ("orgs", "--kind", "foo"),
    ("transfer", "2", "--org", "三星商事", "--on", "2026-10-01"),
    ("preflight", "missing.pdf"),
]


def test_every_subcommand_speaks_japanese_under_a_japanese_locale(japanese_shell, tmp_path,
                                                                    capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # labels -o x.pdf, import missing.vcf: relative to here
    db = tmp_path / "journal.kizuna"
    assert i18n.current() == "ja"
    english, wrong = {}, {}
    for argv in SUCCESS:
        code, text = run(capsys, db, *argv)
        if code != 0 or not text.strip():
            wrong[argv] = text
        if english_words(text):
            english[argv] = (english_words(text), text[:300])
    for argv in FAILURE:
        code, text = run(capsys, db, *argv)
        if code == 0 or "エラー" not in text:
            wrong[argv] = text
        if english_words(text):
            english[argv] = (english_words(text), text[:300])
    assert not wrong, wrong
    assert not english, "\n".join(f"{argv}: {words} in {text!r}"
                                   for argv, (words, text) in english.items())


def test_a_journal_that_is_not_one_is_named_in_japanese(japanese_shell, tmp_path, capsys):
    other = tmp_path / "memo.kizuna"
    other.write_text("これはメモです", "utf-8")
    code, text = run(capsys, other, "contacts")
    assert code == 1
    assert "は Kizuna のジャーナルではありません" in text, text
    assert not english_words(text), text
    folder = tmp_path / "folder.kizuna"
    folder.mkdir()
    code, text = run(capsys, folder, "contacts")
    assert code == 1 and not english_words(text), text


def test_the_heuristic_finds_english(japanese_shell):
    """The check above can fail: an English sentence is found, names and options are not."""
    assert english_words("kizuna: エラー: There is no contact with id 5.") == [
        "There", "contact", "with"]
    assert english_words("山田 太郎 (Taro YAMADA) --title-en t.yamada@example.jp "
                         "/tmp/a/journal.kizuna Asia/Tokyo 287日") == []


def test_help_is_japanese_under_a_japanese_locale(japanese_shell, tmp_path, capsys):
    """argparse's own words and the help texts of kizuna's options (cli-help)."""
    for argv in (("--help",), ("add", "--help"), ("nengajo", "mark", "--help")):
        code, text = run(capsys, tmp_path / "j.kizuna", *argv)
        assert code == 0 and text.startswith("使い方: kizuna"), (argv, text[:200])
        assert "このヘルプを表示して終了します" in text, argv
    code, text = run(capsys, tmp_path / "j.kizuna", "add", "--help")
    assert "姓のよみがな（やまだ）" in text and "family name in kana" not in text, text
    code, text = run(capsys, tmp_path / "j.kizuna", "--help")
    assert "連絡先の一覧（五十音順・アルファベット順）" in text, text


# a PDF's own key names and what a PDF holds (font names, operators) as the check names them
PDF_WORDS = {"TrimBox", "BleedBox", "MediaBox", "GTS", "PDFXVersion", "PDFXConformance",
             "PDFX", "OutputIntent", "OutputConditionIdentifier", "Info", "Trapped",
             "False", "CMYK", "RGB", "Helvetica", "rgb", "notdef", "ppi", "color", "org",
             "http", "www", "JC200103"}


def test_preflight_reports_each_check_in_japanese(japanese_shell, tmp_path, capsys):
    """kizuna preflight's check lines and summary: a card that passes, a PDF that fails most
    checks, a file that is not a PDF."""
    from reportlab.pdfgen import canvas

    db = tmp_path / "journal.kizuna"
    assert run(capsys, db, "demo")[0] == 0
    card = tmp_path / "card.pdf"
    assert run(capsys, db, "meishi", "1", "-o", str(card))[0] == 0
    plain = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(plain))
    c.setFillColorRGB(1, 0, 0)
    c.setFont("Helvetica", 4)
    c.drawString(100, 100, "hello")
    c.save()
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    for path, code, summary in ((card, 0, "card.pdf: 全 12 項目に合格しました。"),
                                (plain, 1, "plain.pdf: 12 項目中 7 項目が不合格です。"),
                                (junk, 1, "junk.pdf: 1 項目中 1 項目が不合格です。")):
        got, text = run(capsys, db, "preflight", str(path))
        lines = text.strip().splitlines()
        assert got == code and lines[-1] == summary, text
        for line in lines[:-1]:
            assert line.startswith(("合格   ", "不合格 ")), line
        words = [w for w in english_words(text) if w not in PDF_WORDS]
        assert not words, (words, text)
    text = run(capsys, db, "preflight", str(plain))[1]
    assert "不合格 フォント: 埋め込まれていないフォント: Helvetica" in text, text
    assert "不合格 文字サイズ: 1 ページ: Helvetica の 4.00 pt の文字" in text, text
    assert "PDF ではありません" in run(capsys, db, "preflight", str(junk))[1]
    # what a script reads stays the same in every language
    import json

    got = json.loads(run(capsys, db, "preflight", "--json", str(card))[1])
    assert [f["check"] for f in got][:3] == ["version", "pdfx", "trapped"]


def test_gift_help_names_each_occasion_in_japanese(japanese_shell, tmp_path, capsys):
    code, text = run(capsys, tmp_path / "j.kizuna", "gift", "--help")
    assert code == 0
    flat = " ".join(text.split())
    for value, word in (("nengajo", "年賀"), ("oseibo", "お歳暮"), ("condolence", "お悔やみ"),
                        ("other", "その他")):
        assert f"{value}（{word}）" in flat, flat
    assert "New Year" not in text and "year-end gift" not in text, text
    values = {"nengajo", "ochugen", "oseibo", "omiyage", "thanks", "congratulations",
              "condolence", "other", "gift", "favour"}
    assert [w for w in english_words(text) if w not in values | {"WHAT", "AMOUNT",
                                                                  "CURRENCY", "OCCASION"}] \
        == [], text


def test_version_help_is_japanese(japanese_shell, tmp_path, capsys):
    text = run(capsys, tmp_path / "j.kizuna", "--help")[1]
    assert "バージョンを表示して終了します" in text
    assert "show program's version" not in text
