# SPDX-License-Identifier: MIT
# The browser's English message catalog: po/en.po compiled with msgfmt (Debian
# package gettext) into <build>/locale/en/LC_MESSAGES/kanbao.mo, the layout
# bindtextdomain() expects, so the tests read it from the build tree
# (KANBAO_LOCALEDIR=<build>/locale); installed as
# share/locale/en/LC_MESSAGES/kanbao.mo, the folder compiled into the binary.
find_program(KANBAO_MSGFMT msgfmt REQUIRED)
set(KANBAO_LOCALE_BUILD_DIR ${PROJECT_BINARY_DIR}/locale)
set(KANBAO_EN_MO ${KANBAO_LOCALE_BUILD_DIR}/en/LC_MESSAGES/kanbao.mo)
add_custom_command(
  OUTPUT ${KANBAO_EN_MO}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${KANBAO_LOCALE_BUILD_DIR}/en/LC_MESSAGES
  COMMAND ${KANBAO_MSGFMT} --check --output-file=${KANBAO_EN_MO} ${PROJECT_SOURCE_DIR}/po/en.po
  DEPENDS ${PROJECT_SOURCE_DIR}/po/en.po
  COMMENT "Compiling the English message catalog"
  VERBATIM)
add_custom_target(kanbao_catalogs ALL DEPENDS ${KANBAO_EN_MO})
install(FILES ${KANBAO_EN_MO} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/en/LC_MESSAGES)
