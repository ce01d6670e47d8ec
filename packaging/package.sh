#!/usr/bin/env bash
# packaging/package.sh: builds the Debian package poolstudio_<version>_amd64.deb
# in the project's top folder. Its own build tree (build-package: Release,
# Debian's hardening flags, ccache), only the programs it ships, then CPack's
# DEB generator over what `cmake --install` installs (packaging/Install.cmake).
# Prints the package's path. Installs what is missing first, as build.sh does.
# --committed: builds the last commit (git archive HEAD, unpacked in
# build-package-committed/) instead of the working tree, leaving out edits in
# progress.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
source=.
build=build-package
if [[ ${1:-} == --committed ]]; then
  source=build-package-committed/source
  build=build-package-committed/build
  rm -rf "$source"
  mkdir -p "$source"
  git archive HEAD | tar -C "$source" -x
fi
if [[ $(id -u) -eq 0 ]]; then
  packaging/setup-debian.sh
elif ! packaging/setup-debian.sh 2>/dev/null; then
  sudo packaging/setup-debian.sh
fi
umask 022 # the package's files and folders: 0644 and 0755

generator=()
[[ -f $build/CMakeCache.txt ]] || generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# The flags dpkg-buildpackage would give a Debian package (-O2; hardening:
# PIE, stack protector, fortify, RELRO and immediate binding), without -g:
# CPack strips the programs anyway, and debug information doubles the
# compile time. Release adds only -DNDEBUG to them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
cxxflags=${cxxflags//-g /}
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S "$source" -B "$build" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG \
  -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
# Only what is installed; the tests are built and run by test.sh in build/.
cmake --build "$build" --parallel "$(nproc)" \
  --target poolstudio poolctl poolsim poolstudio_packaging_files
(cd "$build" && cpack -G DEB -C Release >cpack.log) || {
  cat "$build/cpack.log" >&2
  exit 1
}
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb=poolstudio_${version}_$(dpkg --print-architecture).deb
mv "$build/$deb" "$top/"
echo "$top/$deb"
