#!/bin/sh
# Runs the issue 16 benchmarks side by side and prints one table:
#   tests/bench/run.sh [BUILD_DIR] [RUNS]      (defaults: build, 5)
# Build first: cmake --build build --target poolstudio poolsim poolctl \
#   bench_start bench_bare bench_clusters
# Every figure is the median of RUNS runs (min in brackets), each a fresh
# process with its own HOME; the large account is a poolsim --seed-size
# 100x10x20 over a real socket, restarted for every run.
set -eu
B=${1:-build}
RUNS=${2:-5}
T=$(mktemp -d)
trap 'kill $(cat "$T"/sim.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$T"' EXIT
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software DIGITALOCEAN_ACCESS_TOKEN=

fresh_home() {
    rm -rf "$T/home"
    mkdir -p "$T/home/.config" "$T/home/.local/share" "$T/home/.cache" "$T/home/run"
    chmod 700 "$T/home/run"
    export HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" XDG_DATA_HOME="$T/home/.local/share"
    export XDG_CACHE_HOME="$T/home/.cache" XDG_RUNTIME_DIR="$T/home/run"
}

start_sim() { # a fresh 100x10x20 account; sets URL
    kill $(cat "$T"/sim.pid 2>/dev/null) 2>/dev/null || true
    : > "$T/url"
    "$B/bin/poolsim" --seed-size 100x10x20 --token T > "$T/url" 2>/dev/null &
    echo $! > "$T/sim.pid"
    while [ ! -s "$T/url" ]; do sleep 0.05; done
    URL=$(head -1 "$T/url")
}

# run NAME COMMAND...: appends "NAME key value" lines for each run
run() {
    name=$1; shift
    fresh_home
    BENCH_T0_NS=$(date +%s%N) "$@" 2>/dev/null | sed "s/^/$name /" >> "$T/figures" || true
}

: > "$T/figures"
for i in $(seq "$RUNS"); do
    run bare "$B/bench/bench_bare"
    run demo "$B/bench/bench_start" --demo
    start_sim
    run big "$B/bench/bench_start" --api-url "$URL" --token T --timeout 60
    start_sim
    run bigrefresh "$B/bench/bench_start" --api-url "$URL" --token T --timeout 60 \
        --change-nodes 100 --cost-page
done
kill $(cat "$T"/sim.pid) 2>/dev/null || true
fresh_home
"$B/bench/bench_clusters" "$RUNS" > "$T/clusters" 2>&1 || true

# median (min) of the figures NAME KEY
fig() {
    awk -v n="$1" -v k="$2" '$1 == n && $2 == k { print $3 }' "$T/figures" | sort -g |
        awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.1f (%.1f)", a[int((NR + 1) / 2)], a[1] }'
}
med() {
    awk -v n="$1" -v k="$2" '$1 == n && $2 == k { print $3 }' "$T/figures" | sort -g |
        awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else print a[int((NR + 1) / 2)] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "-" }'; }
clusters_ms() { # median ms of a bench_clusters row
    grep "^$1" "$T/clusters" | head -1 | awk -F'|' '{ gsub(/ /, "", $3); print $3 }'
}
clusters_requests() {
    grep "^$1" "$T/clusters" | head -1 | awk -F'|' '{ gsub(/ /, "", $4); print $4 }'
}

big=$(med big first_frame_ms); demo=$(med demo first_frame_ms); bare=$(med bare first_frame_ms)
poolctl=$(clusters_ms "poolctl clusters  "); curl=$(clusters_ms "curl, per_page=200")
printf '| measure | target | median (min) of %s runs |\n| --- | --- | --- |\n' "$RUNS"
printf '| start to first frame with every cluster, 100×10×20, ms | ≤ 1500, ≤ 3× demo | %s; %s the demo |\n' \
    "$(fig big first_frame_ms)" "$(ratio "$big" "$demo")"
printf '| start to first frame with data, demo seed, ms | ≤ 1.5× bare | %s; %s the bare window |\n' \
    "$(fig demo first_frame_ms)" "$(ratio "$demo" "$bare")"
printf '| bare Qt Quick Controls window to first frame, ms | - | %s |\n' "$(fig bare first_frame_ms)"
printf '| peak RSS, 20,000 nodes, after refresh and cost page, MB | ≤ 150 | %s |\n' "$(fig bigrefresh peak_rss_mb)"
printf '| peak RSS at the first frame, 20,000 nodes, MB | - | %s |\n' "$(fig big rss_after_first_frame_mb)"
printf '| 1 %% refresh (200 of 20,000 nodes): GUI-thread CPU, ms | ≤ 10 | %s |\n' "$(fig bigrefresh refresh_gui_thread_cpu_ms)"
printf '| 1 %% refresh: GUI-thread events, wall, ms | - | %s |\n' "$(fig bigrefresh refresh_gui_events_ms)"
printf '| 1 %% refresh: longest GUI-thread event, ms | - | %s |\n' "$(fig bigrefresh refresh_longest_event_ms)"
printf '| 1 %% refresh: model resets / selection kept / scroll kept | 0 / 1 / 1 | %s / %s / %s |\n' \
    "$(med bigrefresh refresh_model_resets)" "$(med bigrefresh refresh_selection_kept)" \
    "$(med bigrefresh refresh_scroll_kept)"
printf '| opening the cost page, 1,000 pools, ms | ≤ 300 | %s |\n' "$(fig bigrefresh cost_page_ms)"
printf '| `poolctl clusters` vs curl (same pages), ms | ≤ 1.5× | %s vs %s: %s |\n' \
    "$poolctl" "$curl" "$(ratio "${poolctl:-0}" "${curl:-0}")"
printf '| HTTP requests: poolctl clusters / curl, 100 clusters | 1 = ⌈100/200⌉ | %s / %s |\n' \
    "$(clusters_requests "poolctl clusters  ")" "$(clusters_requests "curl, per_page=200")"
echo
echo "bench_clusters:"
cat "$T/clusters"
