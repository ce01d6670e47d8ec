#!/usr/bin/env bash
# packaging/check-install-debian12.sh DEB: installs the package DEB with
# `apt-get install ./DEB` in a clean Debian 12 (bookworm, minbase) chroot made
# with debootstrap, then runs there what a user would first: `poolstudio
# --demo --screenshot` offscreen (the PNG must be written and not empty),
# `poolctl --help` and `poolsim --help`, and checks the desktop files landed.
# The base system is kept as a tarball under /var/cache/poolstudio and the
# downloaded packages beside it (apt-bookworm), so reruns are quick; the chroot
# itself is new every run. The screenshot is copied to
# build-package/debian12-screenshot.png. Needs root and debootstrap.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/chroot-lib.sh
chroot_can_run check-install-debian12 || exit 0
deb=$(realpath "${1:?usage: $0 poolstudio_VERSION_amd64.deb}")

tarball=$poolstudio_cache/bookworm-minbase-$(chroot_key bookworm minbase).tar.zst
apt_cache=$poolstudio_cache/apt-bookworm
mkdir -p "$apt_cache/partial"
root=$(mktemp -d /var/tmp/poolstudio-bookworm.XXXXXX)
chmod 755 "$root" # apt downloads as _apt
trap 'chroot_cleanup; chroot_remove "$root"' EXIT
trap 'exit 130' INT TERM

t0=$SECONDS
chroot_unpack bookworm "$tarball" "$root"
chroot_mount "$root"
chroot_bind "$apt_cache" "$root/var/cache/apt/archives"
# Keep what apt downloads for the next run (minbase deletes it otherwise).
rm -f "$root/etc/apt/apt.conf.d/docker-clean"
cp "$deb" "$root/tmp/"
chroot_run "$root" apt-get update -qq
if ! chroot_run "$root" sh -c "cd /tmp && apt-get install -y -q ./$(basename "$deb")" \
  >"$root/tmp/apt.log" 2>&1; then
  tail -30 "$root/tmp/apt.log" >&2
  echo "check-install-debian12: FAILED: apt-get install ./$(basename "$deb")" >&2
  exit 1
fi
echo "check-install-debian12: installed with $(grep -c '^Setting up ' "$root/tmp/apt.log") \
packages in $((SECONDS - t0)) s"

failed=0
check() { # check WHAT COMMAND...: runs COMMAND in the chroot, says how it went
  local what=$1
  shift
  if chroot_run "$root" "$@" >"$root/tmp/out.log" 2>&1; then
    echo "check-install-debian12: ok: $what"
  else
    echo "check-install-debian12: FAILED: $what; its output:" >&2
    tail -30 "$root/tmp/out.log" >&2
    failed=1
  fi
}
check "poolstudio --demo --screenshot (offscreen)" env HOME=/tmp/home \
  XDG_CONFIG_HOME=/tmp/home/.config XDG_DATA_HOME=/tmp/home/.local/share \
  XDG_CACHE_HOME=/tmp/home/.cache XDG_RUNTIME_DIR=/tmp/run QT_QPA_PLATFORM=offscreen \
  sh -c 'mkdir -p -m 700 /tmp/run && exec poolstudio --demo --screenshot /tmp/x.png'
if [[ -s $root/tmp/x.png ]]; then
  echo "check-install-debian12: ok: the screenshot has $(stat -c %s "$root/tmp/x.png") bytes"
  mkdir -p build-package
  cp "$root/tmp/x.png" build-package/debian12-screenshot.png
else
  echo "check-install-debian12: FAILED: no screenshot, or an empty one" >&2
  failed=1
fi
check "poolctl --help" poolctl --help
check "poolsim --help" poolsim --help
check "menu entry, metainfo, icons, manual pages and completion installed" sh -c '
  for f in /usr/share/applications/io.github.poolstudio.PoolStudio.desktop \
    /usr/share/metainfo/io.github.poolstudio.PoolStudio.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/poolstudio.svg \
    /usr/share/icons/hicolor/48x48/apps/poolstudio.png \
    /usr/share/man/man1/poolctl.1.gz /usr/share/man/man1/poolstudio.1.gz \
    /usr/share/bash-completion/completions/poolctl /usr/share/zsh/vendor-completions/_poolctl
  do [ -s "$f" ] || { echo "missing: $f"; exit 1; }; done'
exit "$failed"
