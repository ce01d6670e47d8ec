#!/bin/sh
# freshhome.sh DIR PROGRAM [ARGS...]: runs a test with a home of its own.
# DIR is emptied first, so nothing (caches, history.sqlite, editor drafts,
# Qt's ~/.qttest) carries from one test, or one run, to the next; HOME and
# every XDG folder point inside it.
set -e
dir=$1
shift
rm -rf "$dir"
mkdir -p "$dir/home" "$dir/config" "$dir/cache" "$dir/data" "$dir/state"
mkdir -m 0700 "$dir/runtime"
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache" \
       XDG_DATA_HOME="$dir/data" XDG_STATE_HOME="$dir/state" XDG_RUNTIME_DIR="$dir/runtime"
exec "$@"
