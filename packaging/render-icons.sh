#!/usr/bin/env bash
# packaging/render-icons.sh: renders resources/icons/poolstudio.svg to the PNG
# sizes desktops ask for (resources/icons/hicolor/NxN/apps/poolstudio.png).
# The PNGs are committed, so building the package needs no renderer; run
# this after changing the SVG (needs rsvg-convert: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x$size/apps"
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "hicolor/${size}x$size/apps/poolstudio.png" poolstudio.svg
done
