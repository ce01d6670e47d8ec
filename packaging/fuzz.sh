#!/usr/bin/env bash
# packaging/fuzz.sh [SECONDS]: builds the libFuzzer targets (build-asan, with
# ASan + UBSan) and runs each for SECONDS (default 60), starting from the seed
# corpus in tests/data/fuzz/<target>. Inputs the fuzzer finds go to
# build-asan/fuzz-corpus/<target> (kept between runs, never committed); a
# crash leaves its input in build-asan/fuzz-artifacts/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=(yamlblock yamlcpp manifest dojson doctlconfig clusterpagescan)

packaging/build-asan.sh --target fuzz_all >/dev/null

mkdir -p build-asan/fuzz-artifacts
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
printf '%-12s %12s %8s  %s\n' target executions exec/s result
for name in "${targets[@]}"; do
  corpus=build-asan/fuzz-corpus/$name
  log=build-asan/fuzz-artifacts/$name.log
  mkdir -p "$corpus"
  result=ok
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a blow-up.
  if ! "build-asan/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="build-asan/fuzz-artifacts/$name-" \
    "$corpus" "tests/data/fuzz/$name" >"$log" 2>&1; then
    result="FAILED (see $log)"
    failed+=("$name")
  fi
  runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log")
  rate=$(awk '/stat::average_exec_per_sec/ { print $2 }' "$log")
  printf '%-12s %12s %8s  %s\n' "$name" "${runs:-?}" "${rate:-?}" "$result"
done
if ((${#failed[@]})); then
  echo "fuzz: crashes, hangs or leaks in: ${failed[*]}" >&2
  exit 1
fi
