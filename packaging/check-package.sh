#!/usr/bin/env bash
# packaging/check-package.sh DEB: the package's validators on what DEB holds:
# desktop-file-validate on its menu entry, `appstreamcli validate --no-net` on
# its AppStream metadata, and lintian on the package itself. Fails on any
# error; prints every warning and note (each is explained in
# docs/ARCHITECTURE.md, "Packaging"). Expects setup-debian.sh to have run.
set -euo pipefail
deb=$(realpath "${1:?usage: $0 poolstudio_VERSION_amd64.deb}")
contents=$(mktemp -d)
trap 'rm -rf "$contents"' EXIT
dpkg-deb -x "$deb" "$contents"

failed=0
run() { # run NAME COMMAND...: one validator, its output indented
  local name=$1 output status=0
  shift
  output=$("$@" 2>&1) || status=$?
  if ((status == 0)); then
    echo "check-package: $name: passed"
  else
    echo "check-package: $name: FAILED (exit $status)"
    failed=1
  fi
  [[ -z $output ]] || sed 's/^/    /' <<<"$output"
}
run desktop-file-validate desktop-file-validate \
  "$contents"/usr/share/applications/io.github.poolstudio.PoolStudio.desktop
run "appstreamcli validate --no-net" appstreamcli validate --no-net --no-color \
  "$contents"/usr/share/metainfo/io.github.poolstudio.PoolStudio.metainfo.xml
# lintian fails on errors only (its default); warnings and notes are shown too.
run lintian lintian --display-level '>=info' --fail-on error "$deb"
exit "$failed"
