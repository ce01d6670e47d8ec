#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), then configures and builds
# Pool Studio into build/. Shared by demo.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -eq 0 ]]; then
  packaging/setup-debian.sh
elif ! packaging/setup-debian.sh 2>/dev/null; then
  sudo packaging/setup-debian.sh
fi

generator=()
[[ -f build/CMakeCache.txt ]] || generator=(-G Ninja)
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)"
