# packaging/chroot-lib.sh: sourced by check-install-debian12.sh and
# check-debian13.sh. Makes Debian chroots with debootstrap from Debian's
# archive, keeps them as tarballs under the cache folder so reruns skip the
# download, and mounts /proc, /sys, /dev and a private /tmp into them; every
# mount is undone on exit (chroot_cleanup, called from the scripts' trap).

poolstudio_cache=${POOLSTUDIO_CACHE:-/var/cache/poolstudio}
debian_mirror=${POOLSTUDIO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
chroot_mounts=()

# chroot_can_run NAME: succeeds when this machine can make chroots (root and
# debootstrap); otherwise prints why NAME is skipped and fails.
chroot_can_run() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "$1: SKIPPED: needs root to make and enter a chroot (running as $(id -un))" >&2
    return 1
  fi
  if ! command -v debootstrap >/dev/null; then
    echo "$1: SKIPPED: debootstrap is not installed (packaging/setup-debian.sh installs it)" >&2
    return 1
  fi
}

chroot_mount() { # chroot_mount ROOT: the file systems programs expect
  local root=$1
  mount -t proc proc "$root/proc" && chroot_mounts+=("$root/proc")
  mount -t sysfs sysfs "$root/sys" && chroot_mounts+=("$root/sys")
  mount --bind /dev "$root/dev" && chroot_mounts+=("$root/dev")
  mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts" && chroot_mounts+=("$root/dev/pts")
  mount -t tmpfs tmpfs "$root/dev/shm" && chroot_mounts+=("$root/dev/shm")
  mount -t tmpfs tmpfs "$root/tmp" && chroot_mounts+=("$root/tmp")
  cp /etc/resolv.conf "$root/etc/resolv.conf"
}

chroot_bind() { # chroot_bind FROM ROOT/TO [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  chroot_mounts+=("$2")
  if [[ ${3:-} == ro ]]; then
    mount -o remount,bind,ro "$2"
  fi
}

chroot_cleanup() { # undoes the mounts, newest first
  local i
  for ((i = ${#chroot_mounts[@]} - 1; i >= 0; i--)); do
    umount "${chroot_mounts[i]}" 2>/dev/null || umount -l "${chroot_mounts[i]}" || true
  done
  chroot_mounts=()
}

# chroot_run ROOT COMMAND...: runs COMMAND in ROOT with a clean environment.
chroot_run() {
  local root=$1
  shift
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# chroot_unpack SUITE TARBALL ROOT [PACKAGE...]: fills the empty folder ROOT
# with Debian SUITE (minbase) plus PACKAGEs, from TARBALL when it exists,
# otherwise with debootstrap, then saves TARBALL for the next run.
chroot_unpack() {
  local suite=$1 tarball=$2 root=$3
  shift 3
  if [[ -f $tarball ]]; then
    tar -C "$root" --zstd -xf "$tarball"
    return
  fi
  echo "chroot: debootstrap $suite from $debian_mirror (first run; cached as $tarball)" >&2
  local t0=$SECONDS
  debootstrap --variant=minbase "$suite" "$root" "$debian_mirror" >"$root.debootstrap.log" 2>&1 ||
    {
      tail -20 "$root.debootstrap.log" >&2
      return 1
    }
  rm -f "$root.debootstrap.log"
  echo "chroot: base system in $((SECONDS - t0)) s" >&2
  if (($#)); then
    t0=$SECONDS
    chroot_mount "$root"
    chroot_run "$root" apt-get update -qq
    chroot_run "$root" apt-get install -y -qq --no-install-recommends "$@" >"$root.apt.log" 2>&1 ||
      {
        tail -20 "$root.apt.log" >&2
        chroot_cleanup
        return 1
      }
    rm -f "$root.apt.log"
    chroot_run "$root" apt-get clean
    chroot_cleanup
    echo "chroot: $# packages in $((SECONDS - t0)) s" >&2
  fi
  mkdir -p "$(dirname "$tarball")"
  tar -C "$root" --zstd -cf "$tarball.partial" . && mv "$tarball.partial" "$tarball"
  # Older chroots of the same kind (another package list) are not used again.
  local other
  for other in "${tarball%-*}"-*.tar.zst; do
    [[ $other == "$tarball" ]] || rm -f "$other"
  done
}

# chroot_key WORD...: a short hash naming a tarball by what is in it, so a
# changed package list makes a new chroot instead of reusing an old one.
chroot_key() {
  printf '%s\n' "$@" | sha256sum | cut -c1-12
}

# chroot_remove ROOT: deletes an unpacked chroot, but never while anything is
# still mounted below it (a bound /dev or source tree would go with it).
chroot_remove() {
  local root=$1
  [[ -n $root && -d $root ]] || return 0
  if grep -q " $root/" /proc/mounts; then
    echo "chroot: $root still has mounts; left in place" >&2
    return 1
  fi
  rm -rf --one-file-system "$root"
}
