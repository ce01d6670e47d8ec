#!/usr/bin/env bash
# Installs, builds and opens Pool Studio in demo mode: the DigitalOcean
# simulator runs inside the app on a loopback port with realistic seed data.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "demo: no display found; running on a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" build/bin/poolstudio --demo "$@"
fi
exec build/bin/poolstudio --demo "$@"
