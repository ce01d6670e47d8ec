#!/usr/bin/env bash
# Installs, builds and runs every test through ctest. GUI tests run offscreen;
# no display is needed. Benchmarks are separate targets and not run here.
# Then the sanitizer tree (build-asan: ASan + UBSan, no GUI libraries) runs
# the unit, api and keychain suites, and every fuzz target runs for a short
# while (POOLSTUDIO_FUZZ_SECONDS each, default 30). Then the Debian package is
# built and validated (package.sh, check-package.sh) and, where the machine
# allows (root and debootstrap; the scripts say so when they skip), installed
# in a clean Debian 12 chroot and the project built and tested in a Debian 13
# chroot with KF6. Each stage's time is printed at the end. Arguments go to
# the first ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

timings=()
stage() { # stage NAME COMMAND...: runs one stage and keeps how long it took
  local name=$1 t0=$SECONDS
  shift
  "$@"
  timings+=("$(printf '%-24s %5d s' "$name" $((SECONDS - t0)))")
}
report() { printf 'test: %s\n' "${timings[@]}" "$(printf '%-24s %5d s' total "$SECONDS")"; }
trap report EXIT

stage build packaging/build.sh
stage ctest ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
stage translations packaging/check-translations.sh

stage build-asan packaging/build-asan.sh
stage ctest-asan env ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" -L 'unit|api|keychain'
stage fuzz packaging/fuzz.sh "${POOLSTUDIO_FUZZ_SECONDS:-30}"

stage package packaging/package.sh
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build-package/CMakeCache.txt)
deb=poolstudio_${version}_$(dpkg --print-architecture).deb
stage validators packaging/check-package.sh "$deb"
stage install-debian12 packaging/check-install-debian12.sh "$deb"
stage debian13 packaging/check-debian13.sh
