#!/usr/bin/env bash
# Makes sure the system libraries Qt (PySide6) needs, and Python's venv module, are present.
# On Debian and its derivatives, missing packages are installed with apt-get when we are root;
# otherwise the exact command to run is printed and the set-up goes on (pip may still succeed).
set -euo pipefail

PY="${PY:-python3}"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian-like system; make sure Qt 6's runtime libraries are installed."
    exit 0
fi

# Libraries the Qt 6 wheels load: offscreen (tests) needs the first group, a real X11/Wayland
# window needs the xcb group as well. fontconfig is what lets Qt find our bundled Japanese font.
pkgs=(
    libgl1 libegl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxrender1 libxi6 libsm6 libice6
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
    fontconfig
)

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing+=("$p")
    fi
done
# python3 -m venv needs ensurepip, which Debian ships apart.
if ! "$PY" -c "import ensurepip, venv" >/dev/null 2>&1; then
    ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    missing+=("python${ver}-venv")
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "system-deps: missing Debian packages: ${missing[*]}" >&2
    echo "system-deps: run: sudo apt-get install ${missing[*]}" >&2
fi
