# Installation of everything but the binary and the sample pages (the manual,
# shell completions) and the Debian package (cpack -G DEB).
#
# Installed under the prefix:
#   bin/kanbao
#   share/man/man1/kanbao.1.gz                 (gzip -9n, as Debian ships manuals)
#   share/kanbao/sample/*.txt
#   share/bash-completion/completions/kanbao   (loaded on demand by bash-completion)
#   share/zsh/vendor-completions/_kanbao       (on Debian's default zsh fpath)

# The manual, compressed at build time. -n leaves out the name and time stamp,
# so the same page always gives the same bytes (reproducible packages).
set(KANBAO_MAN_SOURCE ${PROJECT_SOURCE_DIR}/man/kanbao.1)
set(KANBAO_MAN_GZ ${PROJECT_BINARY_DIR}/man/kanbao.1.gz)
find_program(KANBAO_GZIP gzip REQUIRED)
add_custom_command(
  OUTPUT ${KANBAO_MAN_GZ}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
  COMMAND sh -c "\"$1\" -9n -c \"$2\" > \"$3\"" sh ${KANBAO_GZIP} ${KANBAO_MAN_SOURCE} ${KANBAO_MAN_GZ}
  DEPENDS ${KANBAO_MAN_SOURCE}
  COMMENT "Compressing the manual page"
  VERBATIM)
add_custom_target(kanbao_man ALL DEPENDS ${KANBAO_MAN_GZ})
install(FILES ${KANBAO_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${PROJECT_SOURCE_DIR}/completions/kanbao.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME kanbao)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_kanbao DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

# The Debian package. Depends: is computed by dpkg-shlibdeps (from dpkg-dev)
# from the libraries the binary links.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kanbao)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "kanbao developers")
set(CPACK_PACKAGE_CONTACT "kanbao developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME kanbao)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "kanbao developers")
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
