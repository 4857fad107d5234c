# SPDX-License-Identifier: MIT
# kanbao_module(<target> <prefix> [DIR <dir>] PUBLIC_HEADERS <header>...)
#
# Each module shows the targets that link it only its public headers,
# included as "<prefix>/<header>" ("store/library.h"): they are linked into
# include/<target>/<prefix>/ in the build tree, and that folder is the
# target's public include directory. The module's own sources see its whole
# folder as "<prefix>/..." (include-private/<target>/<prefix> links to it).
# So `#include "store/sqlite.h"` from tui/ does not compile; what include
# paths cannot express (<sqlite3.h> outside store/, an upward include) the
# layering test checks (tests/layering/layering_test.sh).
function(kanbao_module target prefix)
  cmake_parse_arguments(ARG "" "DIR" "PUBLIC_HEADERS" ${ARGN})
  if(NOT ARG_DIR)
    set(ARG_DIR ${CMAKE_CURRENT_SOURCE_DIR})
  endif()
  set(public ${PROJECT_BINARY_DIR}/include/${target})
  set(private ${PROJECT_BINARY_DIR}/include-private/${target})
  file(REMOVE_RECURSE ${public} ${private})
  file(MAKE_DIRECTORY ${public}/${prefix} ${private})
  foreach(header ${ARG_PUBLIC_HEADERS})
    if(NOT EXISTS ${ARG_DIR}/${header})
      message(FATAL_ERROR "kanbao_module(${target}): no public header ${ARG_DIR}/${header}")
    endif()
    file(CREATE_LINK ${ARG_DIR}/${header} ${public}/${prefix}/${header} SYMBOLIC)
    set_property(GLOBAL APPEND PROPERTY KANBAO_PUBLIC_HEADERS ${prefix}/${header})
  endforeach()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE ${public})
  else()
    file(CREATE_LINK ${ARG_DIR} ${private}/${prefix} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${public} PRIVATE ${private})
  endif()
endfunction()
