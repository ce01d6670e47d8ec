#!/usr/bin/env bash
# Installs every Debian 12 package Pool Studio needs to build, run and test.
# Idempotent: when everything is present it only checks and returns.
# Run as root. Nothing is fetched from outside Debian's archive.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # the sanitizer and fuzz build (build-asan, packaging/fuzz.sh): clang and its
  # runtimes (libFuzzer, ASan, UBSan)
  clang libclang-rt-14-dev
  # Qt 6.4 modules (see ../README.md and ARCHITECTURE.md)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-l10n-tools qt6-qpa-plugins
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
  # translations (translations/, packaging/check-translations.sh): LinguistTools'
  # CMake package (qt_add_translations), Qt's own German and French catalogues
  # (qtbase_de.qm...), and Python for the translation scripts
  qt6-tools-dev qt6-translations-l10n python3
  # QML modules loaded at run time
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtcharts qml6-module-qttest qml6-module-qt-labs-platform
  # the non-native FileDialog (Qt Quick Dialogs) is built on it: without it, opening
  # a file dialog crashes where the desktop offers no native one
  qml6-module-qt-labs-folderlistmodel
  # libraries
  libyaml-cpp-dev qtkeychain-qt6-dev
  # a private D-Bus session and GNOME Keyring for the keychain tests (tests/accounts)
  dbus-daemon gnome-keyring libsecret-tools
  # headless display for GUI tests, screenshots and the demo on a server
  xvfb xauth x11-apps fonts-dejavu-core
  # compiler cache for the build trees and the Debian 13 chroot build
  ccache
  # the package and its checks (packaging/package.sh, check-*.sh): CPack's
  # shlibdeps needs file and dpkg-shlibdeps (dpkg-dev); the validators; the
  # chroots for the install test and the Debian 13 build; the icon renderer
  # (packaging/render-icons.sh)
  dpkg-dev file desktop-file-utils appstream lintian debootstrap zstd librsvg2-bin
)

# --list: print the packages (one a line) and stop; check-debian13.sh reads
# the list from here to install the same build dependencies in its chroot.
if [[ ${1:-} == --list ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

# One dpkg-query for all packages keeps the everything-present case quick. It
# exits non-zero when any package is unknown to dpkg, which is what we look for.
installed=$({ dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null || true; } |
  awk '$NF == "installed" { sub(/:.*/, "", $1); print $1 }')
missing=()
for p in "${packages[@]}"; do
  grep -qx -- "$p" <<<"$installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: run this script as root (sudo $0) to install them" >&2
  exit 1
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
