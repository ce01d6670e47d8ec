#!/usr/bin/env bash
# Installs, builds and runs every test through ctest. GUI tests run offscreen;
# no display is needed. Benchmarks are separate targets and not run here.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
