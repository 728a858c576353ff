#!/usr/bin/env bash
# make install-desktop: puts Kizuna Desktop in your desktop's application menu with its icon,
# and makes .kizuna journals open with it, for you alone (under ${XDG_DATA_HOME:-~/.local/share}).
#
#   packaging/install-desktop.sh /absolute/path/to/kizuna    install, launching that executable
#   packaging/install-desktop.sh --uninstall                 remove what was installed
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../kizuna_desktop/resources/icons"
id="jp.kizuna.Desktop"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
sizes=(16 32 48 64 128 256 512)

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
    command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
    # No icon cache is written for the user's own icons: a stale one would hide later icons.
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.xml" \
        "$data/metainfo/$id.metainfo.xml" "$data/icons/hicolor/scalable/apps/$id.svg"
    for s in "${sizes[@]}"; do rm -f "$data/icons/hicolor/${s}x${s}/apps/$id.png"; done
    refresh
    echo "install-desktop: removed Kizuna Desktop's menu entry, icon and file type from $data"
    exit 0
fi

exe="${1:?usage: install-desktop.sh /absolute/path/to/kizuna | --uninstall}"
case "$exe" in /*) ;; *) echo "install-desktop: give the executable's absolute path" >&2; exit 2;; esac
[ -x "$exe" ] || { echo "install-desktop: $exe is not an executable (make setup or make package first)" >&2; exit 1; }

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" \
    "$data/icons/hicolor/scalable/apps"
# The entry launches this executable, written as the Desktop Entry spec says: Exec's program
# quoted, with " ` $ \ escaped inside the quotes and every backslash escaped again as the
# value is a string, % as %%; TryExec a plain string (backslashes escaped). awk takes both
# from the environment, so no character of the path is special to it (sed took & and |).
bs='\'
q="${exe//"$bs"/"$bs$bs$bs$bs"}"
q="${q//\"/"$bs$bs\""}"
q="${q//\`/"$bs$bs\`"}"
q="${q//\$/"$bs$bs\$"}"
q="${q//%/%%}"
KIZUNA_EXEC="\"$q\"" KIZUNA_TRYEXEC="${exe//"$bs"/"$bs$bs"}" awk '
    /^Exec=kizuna / { print "Exec=" ENVIRON["KIZUNA_EXEC"] substr($0, 12); next }
    /^TryExec=kizuna$/ { print "TryExec=" ENVIRON["KIZUNA_TRYEXEC"]; next }
    { print }' "$here/linux/$id.desktop" > "$data/applications/$id.desktop.part"
mv "$data/applications/$id.desktop.part" "$data/applications/$id.desktop"
cp "$here/linux/$id.mime.xml" "$data/mime/packages/$id.xml"
cp "$here/linux/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
cp "$icons/kizuna.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for s in "${sizes[@]}"; do
    mkdir -p "$data/icons/hicolor/${s}x${s}/apps"
    cp "$icons/kizuna-$s.png" "$data/icons/hicolor/${s}x${s}/apps/$id.png"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$data/applications/$id.desktop" || {
        rm -f "$data/applications/$id.desktop"
        echo "install-desktop: the menu entry did not validate; nothing was left in the menu" >&2
        exit 1
    }
fi
refresh
if command -v xdg-mime >/dev/null; then
    xdg-mime default "$id.desktop" application/x-kizuna-journal || true
fi
echo "install-desktop: Kizuna Desktop is in your application menu (launching $exe);"
echo "install-desktop: .kizuna journals open with it. Remove with: make uninstall-desktop"
