#!/usr/bin/env bash
# Configures and builds the sanitizer tree build-asan/: clang, ASan + UBSan,
# only the libraries without a GUI (src/core, api, accounts, sim, cli) with
# their unit, api and accounts tests, and the libFuzzer targets (tests/fuzz).
# Shared by fuzz.sh and test.sh; expects setup-debian.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

generator=()
[[ -f build-asan/CMakeCache.txt ]] || generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-asan "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DPOOLSTUDIO_ONLY_CORE=ON -DPOOLSTUDIO_SANITIZE=ON \
  -DPOOLSTUDIO_FUZZ=ON >/dev/null
cmake --build build-asan --parallel "$(nproc)" "$@"
