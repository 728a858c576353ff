#!/usr/bin/env bash
# Renders the application icon's PNGs from its SVGs into kizuna_desktop/resources/icons/
# (committed; run again after changing an SVG). 16 and 32 px come from kizuna-small.svg, the
# heavier-ringed drawing made for small sizes, 48 px and up from kizuna.svg.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../kizuna_desktop/resources/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons: install librsvg2-bin" >&2; exit 1; }
for size in 16 32; do
    rsvg-convert -w "$size" -h "$size" kizuna-small.svg -o "kizuna-$size.png"
done
for size in 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" kizuna.svg -o "kizuna-$size.png"
done
ls -l kizuna-*.png
