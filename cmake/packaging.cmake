# SPDX-License-Identifier: MIT
# Installation of everything but the binary and the sample pages (the
# manuals, shell completions, systemd units, licence and changelog) and the
# Debian package (cpack -G DEB).
#
# Installed under the prefix:
#   bin/kanbao
#   share/man/man1/kanbao.1.gz                 (gzip -9n, as Debian ships manuals)
#   share/man/zh_CN/man1/kanbao.1.gz           (the manual in Chinese)
#   share/kanbao/sample/*.txt
#   share/bash-completion/completions/kanbao   (loaded on demand by bash-completion)
#   share/zsh/vendor-completions/_kanbao       (on Debian's default zsh fpath)
#   share/fish/vendor_completions.d/kanbao.fish (on fish's default path)
#   lib/systemd/system/kanbao-index.{service,timer}  (disabled until an admin enables them)
#   share/doc/kanbao/copyright                 (machine-readable, as Debian wants it)
#   share/doc/kanbao/changelog.gz

# Compresses SOURCE to OUTPUT at build time. -n leaves out the name and time
# stamp, so the same input always gives the same bytes (reproducible packages).
find_program(KANBAO_GZIP gzip REQUIRED)
function(kanbao_gzip source output)
  get_filename_component(dir ${output} DIRECTORY)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND sh -c "\"$1\" -9n -c \"$2\" > \"$3\"" sh ${KANBAO_GZIP} ${source} ${output}
    DEPENDS ${source}
    COMMENT "Compressing ${source}"
    VERBATIM)
endfunction()

set(KANBAO_MAN_GZ ${PROJECT_BINARY_DIR}/man/kanbao.1.gz)
set(KANBAO_MAN_ZH_GZ ${PROJECT_BINARY_DIR}/man/zh_CN/kanbao.1.gz)
kanbao_gzip(${PROJECT_SOURCE_DIR}/man/kanbao.1 ${KANBAO_MAN_GZ})
kanbao_gzip(${PROJECT_SOURCE_DIR}/man/zh_CN/kanbao.1 ${KANBAO_MAN_ZH_GZ})
install(FILES ${KANBAO_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${KANBAO_MAN_ZH_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/zh_CN/man1)

install(FILES ${PROJECT_SOURCE_DIR}/completions/kanbao.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME kanbao)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_kanbao DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/completions/kanbao.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# The changelog: packaging/debian/changelog, headed between releases by an
# entry for the snapshot (0.2.0+git.<sha>), so its top entry always names the
# package's version. Dated by the commit, so the bytes stay reproducible.
set(KANBAO_CHANGELOG ${PROJECT_BINARY_DIR}/doc/changelog)
file(READ ${PROJECT_SOURCE_DIR}/packaging/debian/changelog kanbao_changelog)
if(NOT KANBAO_VERSION_FULL STREQUAL PROJECT_VERSION)
  execute_process(
    COMMAND ${GIT_EXECUTABLE} log -1 --format=%aD HEAD
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    OUTPUT_VARIABLE kanbao_commit_date
    OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REGEX REPLACE "^.*\\+git\\." "" kanbao_sha ${KANBAO_VERSION_FULL})
  set(kanbao_changelog "kanbao (${KANBAO_VERSION_FULL}) UNRELEASED; urgency=medium

  * Development snapshot of commit ${kanbao_sha}.

 -- kanbao maintainers <kanbao@users.noreply.github.com>  ${kanbao_commit_date}

${kanbao_changelog}")
endif()
file(GENERATE OUTPUT ${KANBAO_CHANGELOG} CONTENT "${kanbao_changelog}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog)
kanbao_gzip(${KANBAO_CHANGELOG} ${PROJECT_BINARY_DIR}/doc/changelog.gz)
add_custom_target(kanbao_docs ALL DEPENDS ${KANBAO_MAN_GZ} ${KANBAO_MAN_ZH_GZ} ${PROJECT_BINARY_DIR}/doc/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/doc/changelog.gz ${PROJECT_SOURCE_DIR}/packaging/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The systemd units. ExecStart names the binary under the prefix the
# installation (or cpack, with /usr) actually uses, so the service file is
# written at install time.
set(KANBAO_SERVICE_IN ${PROJECT_SOURCE_DIR}/packaging/systemd/kanbao-index.service.in)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/systemd/kanbao-index.timer DESTINATION lib/systemd/system)
install(CODE "
  set(KANBAO_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  set(unit \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/systemd/system/kanbao-index.service\")
  message(STATUS \"Installing: \${unit}\")
  configure_file(\"${KANBAO_SERVICE_IN}\" \"\${unit}\" @ONLY)
  file(CHMOD \"\${unit}\" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)")

# The Debian package. Depends: is computed by dpkg-shlibdeps (from dpkg-dev)
# from the libraries the binary links.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kanbao)
set(CPACK_PACKAGE_VERSION ${KANBAO_VERSION_FULL})
set(CPACK_PACKAGE_VENDOR "kanbao maintainers")
set(CPACK_PACKAGE_CONTACT "kanbao maintainers <kanbao@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME kanbao)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# less: the browser's `o` key and man; postgresql-client once that backend
# exists. systemd runs the indexing timer; cron does as well.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "less")
# libpq5: loaded at run time for postgresql:// libraries (store/pg/libpq.h).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "systemd | cron, libpq5")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY, this the extended part.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "kanbao indexes pages of Chinese local newspapers (plain text in UTF-8, UTF-16
or GB18030) into a library, one SQLite file, splits them into articles with
title, district, date, reporters and correspondents, and lets you page through
districts, articles and search hits in a full-screen terminal interface with
correct double-width rendering of Chinese text.
.
The same library can be listed, shown and searched from the command line,
with output as text or JSON. A few sample pages are included, so a first run
has something to read.")
include(CPack)
