# packaging/Install.cmake (included by the top-level CMakeLists.txt): what
# `cmake --install` puts where, under GNUInstallDirs, and how CPack makes the
# Debian package of it (packaging/package.sh). Only the three programs and
# their desktop files are installed: no library, header or test binary.
include(GNUInstallDirs)

# The AppStream id, also the name of the desktop file.
set(POOLSTUDIO_APP_ID io.github.poolstudio.PoolStudio)
set(POOLSTUDIO_HOMEPAGE "https://github.com/poolstudio/poolstudio"
    CACHE STRING "The project's web page (AppStream, the package's Homepage)")
set(POOLSTUDIO_SCREENSHOT_URL "https://raw.githubusercontent.com/poolstudio/poolstudio/main/resources/screenshots"
    CACHE STRING "Where software centres fetch resources/screenshots/*.png from")
set(POOLSTUDIO_MAINTAINER "Pool Studio developers <poolstudio@users.noreply.github.com>"
    CACHE STRING "The package's Maintainer field")
set(POOLSTUDIO_LICENSE "LicenseRef-proprietary" CACHE STRING "SPDX expression of the licence")

install(TARGETS poolctl poolsim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(POOLSTUDIO_ONLY_CORE)
  return()
endif()
install(TARGETS poolstudio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(generated_dir ${PROJECT_BINARY_DIR}/packaging)

# Menu entry and AppStream metadata.
install(FILES ${packaging_dir}/linux/${POOLSTUDIO_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${packaging_dir}/linux/${POOLSTUDIO_APP_ID}.metainfo.xml.in
               ${generated_dir}/${POOLSTUDIO_APP_ID}.metainfo.xml @ONLY)
install(FILES ${generated_dir}/${POOLSTUDIO_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG and the PNGs packaging/render-icons.sh made from it.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/poolstudio.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/poolstudio.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Shell completion for poolctl.
install(FILES ${packaging_dir}/completion/poolctl.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME poolctl)
install(FILES ${packaging_dir}/completion/_poolctl
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

# Manual pages and the Debian changelog, compressed as Debian wants them
# (gzip -9n: no name or time stamp, so the package is reproducible).
find_program(POOLSTUDIO_GZIP gzip REQUIRED)
set(compressed)
foreach(page poolstudio poolctl poolsim)
  configure_file(${packaging_dir}/man/${page}.1 ${generated_dir}/${page}.1 @ONLY)
  list(APPEND compressed ${generated_dir}/${page}.1)
endforeach()
# A native package (its version has no Debian revision): changelog, not
# changelog.Debian.
configure_file(${packaging_dir}/debian/changelog.in ${generated_dir}/changelog @ONLY)
list(APPEND compressed ${generated_dir}/changelog)
set(gzipped)
foreach(file ${compressed})
  add_custom_command(OUTPUT ${file}.gz
    COMMAND sh -c "\"$0\" -9n -c \"$1\" > \"$2\"" ${POOLSTUDIO_GZIP} ${file} ${file}.gz
    DEPENDS ${file} VERBATIM)
  list(APPEND gzipped ${file}.gz)
endforeach()
add_custom_target(poolstudio_packaging_files ALL DEPENDS ${gzipped})
foreach(page poolstudio poolctl poolsim)
  install(FILES ${generated_dir}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
# /usr/share/doc/<package>, not CMAKE_INSTALL_DOCDIR (named after the project).
install(FILES ${generated_dir}/changelog.gz ${packaging_dir}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/poolstudio)

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME poolstudio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Pool Studio developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop studio for DigitalOcean Kubernetes node pools")
set(CPACK_PACKAGE_DESCRIPTION "Pool Studio shows the node pools of DigitalOcean Kubernetes clusters and
changes them with a review first: sizes, node counts, autoscaling, labels,
taints and tags, each change shown with its monthly cost before it is sent.
Pools export as manifests, Terraform or doctl commands, and manifests can be
planned, applied and compared with the live pools.

The package holds the desktop application (poolstudio), the same operations
on the command line (poolctl), and a simulator of the DigitalOcean API for
trying and testing both without an account (poolsim).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # poolstudio_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${POOLSTUDIO_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${POOLSTUDIO_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the programs link come from dpkg-shlibdeps; the QML modules,
# loaded at run time, are named here: each `import` of src/app's QML (QtQuick,
# Controls with its Fusion style, Layouts, Dialogs, QtCharts) and what those
# import in turn (Templates, Window, Qt.labs.folderlistmodel for the
# non-native file dialog, QtQml's models and worker script); Qt SQL's SQLite
# driver is a plugin too (the cost history).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, \
qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, \
qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtquick-dialogs, \
qml6-module-qt-labs-folderlistmodel, qml6-module-qtcharts, libqt6sql6-sqlite")
# Tokens go to the desktop keychain through the Secret Service; without one
# the programs keep them in a file only the user may read.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
include(CPack)
