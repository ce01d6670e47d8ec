#!/usr/bin/env bash
# packaging/check-debian13.sh: builds Pool Studio in a clean Debian 13 (trixie)
# chroot, where Qt 6.8 and KDE Syntax Highlighting (KF6) are packaged, and
# runs every test there. The chroot (base system plus the build dependencies
# of setup-debian.sh, with trixie's names, plus libkf6syntaxhighlighting-dev)
# is made once with debootstrap and kept as a tarball under
# /var/cache/poolstudio; the compiler cache lives beside it (ccache-trixie),
# so a rerun unpacks, rebuilds from the cache and tests. Fails when KF6 is not
# found, when the build prints a compiler or CMake warning, or when a test
# fails. Needs root and debootstrap (test.sh skips it otherwise).
# The working tree is bound read-only at /src; with --committed[=REV], the
# last commit (or REV; git archive) is copied there instead, leaving out edits
# in progress. The build's output stays in /var/cache/poolstudio. Other
# arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/chroot-lib.sh
chroot_can_run check-debian13 || exit 0
committed=
case ${1:-} in
  --committed) committed=HEAD && shift ;;
  --committed=*) committed=${1#--committed=} && shift ;;
esac

# Trixie's names: the same list as Debian 12's; the sanitizer and fuzz
# toolchain (clang, its runtimes) and the packaging tools are not used here.
mapfile -t packages < <(packaging/setup-debian.sh --list |
  grep -vxE 'clang|libclang-rt-.*|lintian|debootstrap|appstream|desktop-file-utils|librsvg2-bin|zstd')
packages+=(libkf6syntaxhighlighting-dev)

tarball=$poolstudio_cache/trixie-$(chroot_key trixie "${packages[@]}").tar.zst
ccache_dir=$poolstudio_cache/ccache-trixie
mkdir -p "$poolstudio_cache" "$ccache_dir"
root=$(mktemp -d /var/tmp/poolstudio-trixie.XXXXXX)
chmod 755 "$root" # apt downloads as _apt
trap 'chroot_cleanup; chroot_remove "$root"' EXIT
trap 'exit 130' INT TERM

t0=$SECONDS
chroot_unpack trixie "$tarball" "$root" "${packages[@]}"
echo "check-debian13: chroot ready in $((SECONDS - t0)) s"

chroot_mount "$root"
if [[ -n $committed ]]; then
  mkdir "$root/src"
  git archive "$committed" | tar -C "$root/src" -x
  echo "check-debian13: source: commit $(git rev-parse --short "$committed")"
else
  chroot_bind "$PWD" "$root/src" ro
fi
chroot_bind "$ccache_dir" "$root/ccache"
# dbus-daemon (the keychain tests' private session bus) wants a machine id.
chroot_run "$root" dbus-uuidgen --ensure=/etc/machine-id

# The build's output is kept beside the cache, where a failure can be read.
log=$poolstudio_cache/debian13-build.log
t0=$SECONDS
chroot_run "$root" env CCACHE_DIR=/ccache CCACHE_MAXSIZE=2G sh -c '
  ccache -z >/dev/null &&
  cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache 2>&1 &&
  cmake --build /build --parallel "$(nproc)" 2>&1' >"$log" || {
  grep -E -A12 '^FAILED:|error:' "$log" | head -80 >&2
  echo "check-debian13: FAILED: the build (first errors above; all of it in $log)" >&2
  exit 1
}
echo "check-debian13: configured and built in $((SECONDS - t0)) s ($(chroot_run "$root" \
  env CCACHE_DIR=/ccache ccache --print-stats 2>/dev/null | awk -F'\t' '
    $1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { h += $2 }
    $1 == "cache_miss" { m = $2 } END { printf "ccache since zeroed: %d hits, %d misses", h, m }'))"

if ! grep -q '^KF6SyntaxHighlighting_DIR:PATH=/' "$root/build/CMakeCache.txt"; then
  echo "check-debian13: FAILED: KF6SyntaxHighlighting was not found" >&2
  exit 1
fi
if grep -nE 'warning:|CMake (Deprecation )?Warning' "$log" >&2; then
  echo "check-debian13: FAILED: the build printed warnings (above)" >&2
  exit 1
fi
qt=$(chroot_run "$root" dpkg-query -W -f='${Version}' qt6-base-dev)
kf=$(chroot_run "$root" dpkg-query -W -f='${Version}' libkf6syntaxhighlighting-dev)
echo "check-debian13: Qt $qt, KF6 Syntax Highlighting $kf, no warnings"

t0=$SECONDS
chroot_run "$root" ctest --test-dir /build --output-on-failure --parallel "$(nproc)" "$@"
echo "check-debian13: tests in $((SECONDS - t0)) s"
