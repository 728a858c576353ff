#!/usr/bin/env bash
# Smoke test of the packaged app (make package-test): starts dist/kizuna/kizuna headless from
# outside the source tree, with a home of its own, and checks what a user would do first:
# --version, the demo journal written and opened in the window, a briefing and a meishi
# proof written (fonts inside), the journal encrypted and read back (SQLCipher inside).
set -euo pipefail

app="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/.." && pwd)"
[ -x "$app" ] || { echo "package-test: no built app at $1 (run make package)" >&2; exit 1; }
want="kizuna $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/kizuna_desktop/__init__.py")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# Nothing of the source tree or a virtual environment may help the app.
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV KIZUNA_DB KIZUNA_PASSPHRASE KIZUNA_NEW_PASSPHRASE
PATH="/usr/bin:/bin"
mkdir -p "$HOME"

fail() { echo "package-test: FAILED: $*" >&2; exit 1; }
step() { echo "package-test: $*"; }

start=$(date +%s%N)
got="$("$app" --version)"
[ "$got" = "$want" ] || fail "--version printed '$got', not '$want'"
step "--version: $got ($(( ($(date +%s%N) - start) / 1000000 )) ms)"

db="$work/demo.kizuna"
"$app" --db "$db" demo >/dev/null || fail "demo"
out="$("$app" --db "$db" contacts --search yamada)"
grep -q "山田 太郎" <<<"$out" || fail "contacts --search yamada did not find 山田 太郎: $out"
step "demo journal written (migrations ran); search finds 山田 太郎"

start=$(date +%s%N)
"$app" --db "$db" --quit-after 1500 || fail "the window on the demo journal"
step "window opened offscreen on the demo journal and closed ($(( ($(date +%s%N) - start) / 1000000 )) ms)"

"$app" --db "$db" brief "山田 太郎" -o brief.pdf >/dev/null || fail "brief"
head -c 5 brief.pdf | grep -q '%PDF-' || fail "brief.pdf is not a PDF"
grep -aq 'IPAex' brief.pdf || fail "brief.pdf does not embed the IPAex font"
step "briefing written: $(stat -c %s brief.pdf) bytes, IPAex embedded"

"$app" --db "$db" meishi "Main card" -o card.pdf >/dev/null || fail "meishi"
head -c 5 card.pdf | grep -q '%PDF-' || fail "card.pdf is not a PDF"
step "meishi proof written: $(stat -c %s card.pdf) bytes"
"$app" --db "$db" meishi "Main card" --sheet -o sheet.pdf >/dev/null || fail "meishi --sheet"
head -c 5 sheet.pdf | grep -q '%PDF-' || fail "sheet.pdf is not a PDF"
step "meishi sheet written: $(stat -c %s sheet.pdf) bytes"
"$app" --db "$db" meishi "Main card" --ja vertical -o vertical.pdf 2>vertical.err >/dev/null \
    || fail "meishi --ja vertical: $(cat vertical.err)"
if grep -rqi "budoux" vertical.err "$XDG_DATA_HOME" 2>/dev/null; then
    fail "vertical card made without BudouX's model (its data files are not in the bundle)"
fi
"$app" preflight vertical.pdf >/dev/null || fail "preflight of the vertical proof"
step "vertical meishi proof written with phrase-aware line breaks; preflight passed"

KIZUNA_NEW_PASSPHRASE=smoke "$app" --db "$db" encrypt >/dev/null || fail "encrypt"
! grep -aq 'SQLite format 3' "$db" || fail "the encrypted journal is still plain SQLite"
KIZUNA_PASSPHRASE=smoke "$app" --db "$db" contacts --search yamada | grep -q "山田 太郎" \
    || fail "the encrypted journal did not open with its passphrase"
step "journal encrypted with SQLCipher and read back"
echo "package-test: all passed"
