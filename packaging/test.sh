#!/usr/bin/env bash
# Installs, builds and runs every test through ctest. GUI tests run offscreen;
# no display is needed. Benchmarks are separate targets and not run here.
# Then the sanitizer tree (build-asan: ASan + UBSan, no GUI libraries) runs
# the unit, api and keychain suites, and every fuzz target runs for a short
# while (POOLSTUDIO_FUZZ_SECONDS each, default 30). Arguments go to the
# first ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"

packaging/build-asan.sh
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" -L 'unit|api|keychain'
packaging/fuzz.sh "${POOLSTUDIO_FUZZ_SECONDS:-30}"
