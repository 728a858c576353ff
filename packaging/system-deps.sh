#!/usr/bin/env bash
# Makes sure the system libraries Qt (PySide6) needs, and Python's venv module, are present.
#
#   packaging/system-deps.sh            the app's libraries, and the tools the tests use
#                                       (desktop-file-validate, appstreamcli; optional)
#   packaging/system-deps.sh --package  the same, and what `make package` needs (binutils)
#
# On Debian and its derivatives, only missing packages are installed, with apt-get, when we
# are root; otherwise the exact command to run is printed. A package manager already running
# (another apt-get, unattended-upgrades) is waited for, up to KIZUNA_APT_WAIT seconds (600),
# instead of failing. This script never fails a set-up: when it cannot install something it
# says what to install and exits 0 (pip may still succeed; the tests that need a missing tool
# say so and are skipped).
set -uo pipefail

PY="${PY:-python3}"
WAIT="${KIZUNA_APT_WAIT:-600}"
export LOCKS="${KIZUNA_APT_LOCKS:-/var/lib/dpkg/lock-frontend:/var/lib/dpkg/lock:/var/lib/apt/lists/lock:/var/cache/apt/archives/lock}"
want_package=0
[ "${1:-}" = "--package" ] && want_package=1

say() { echo "system-deps: $*" >&2; }

if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian-like system; make sure Qt 6's runtime libraries (OpenGL, EGL, fontconfig,"
    say "xkbcommon, the xcb libraries) are installed."
    exit 0
fi

# Libraries the Qt 6 wheels load: offscreen (tests) needs the first group, a real X11/Wayland
# window needs the xcb group as well. fontconfig is what lets Qt find our bundled Japanese font.
libs=(
    libgl1 libegl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxrender1 libxi6 libsm6 libice6
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
    fontconfig
)
# What tests/test_packaging.py validates the desktop entry and the metainfo with.
tools=(desktop-file-utils appstream)
# What the print tests render PDFs to PNG with (pdftoppm), to decode the meishi QR code.
tools+=(poppler-utils)
# PyInstaller reads the libraries' dependencies with objdump and ldd.
[ "$want_package" = 1 ] && tools+=(binutils)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

missing=()
for p in "${libs[@]}"; do installed "$p" || missing+=("$p"); done
# python3 -m venv needs ensurepip, which Debian ships apart.
if ! "$PY" -c "import ensurepip, venv" >/dev/null 2>&1; then
    ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    missing+=("python${ver}-venv")
fi
missing_tools=()
for p in "${tools[@]}"; do installed "$p" || missing_tools+=("$p"); done

all=("${missing[@]}" "${missing_tools[@]}")
[ ${#all[@]} -eq 0 ] && exit 0

advise() {
    say "missing Debian packages: ${all[*]}"
    say "run: sudo apt-get install ${all[*]}"
    [ ${#missing[@]} -eq 0 ] && say "(only test tools are missing: the tests that use them are skipped)"
}

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    advise
    exit 0
fi

# The package manager's locks are fcntl locks: see whether one is held without taking it for
# long (flock(1) would not see them). Prints the first one held, if any.
held_lock() {
    "$PY" - <<'EOF' 2>/dev/null
import fcntl, os
for path in os.environ["LOCKS"].split(":"):
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        continue
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.lockf(fd, fcntl.LOCK_UN)
    except OSError:
        print(path)
        break
    finally:
        os.close(fd)
EOF
}

wait_for_lock() {
    local waited=0 lock
    while lock=$(held_lock) && [ -n "$lock" ]; do
        if [ "$waited" -ge "$WAIT" ]; then
            say "the package manager has held $lock for ${WAIT} s; giving up for now"
            return 1
        fi
        [ $((waited % 30)) -eq 0 ] && say "another package manager holds $lock; waiting (up to ${WAIT} s)"
        sleep 2
        waited=$((waited + 2))
    done
    return 0
}

apt_get() {
    # The timeout makes apt itself wait too if another one takes the lock between our check
    # and its start.
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$WAIT" -qq "$@"
}

say "installing ${all[*]}"
if ! wait_for_lock; then advise; exit 0; fi
# Install from the lists there are; refresh them (once) only when that fails.
if ! apt_get install -y --no-install-recommends "${all[@]}" >/dev/null 2>&1; then
    if ! { wait_for_lock && apt_get update && apt_get install -y --no-install-recommends "${all[@]}" >/dev/null; }; then
        # The libraries matter more than the test tools: try them alone.
        if [ ${#missing[@]} -gt 0 ] && apt_get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
            all=("${missing_tools[@]}"); missing=()
        fi
        say "could not install everything (no network or no such package here)"
        advise
        exit 0
    fi
fi
exit 0
