# SPDX-License-Identifier: MIT
# The version kanbao reports and packages: KANBAO_VERSION_FULL.
#
#   0.2.0                a release: HEAD is tagged v0.2.0 (PROJECT_VERSION)
#   0.2.0+git.1a2b3c4    any other commit (sorts after the release it follows)
#   0.2.0                no git (a source tarball)
#
# Only cli/version.cpp and the package see it, so a new commit rebuilds
# one file, not the tree. CMake re-runs when HEAD moves (logs/HEAD changes on
# every commit and checkout).
set(KANBAO_VERSION_FULL ${PROJECT_VERSION})
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(
    COMMAND ${GIT_EXECUTABLE} rev-parse --short=7 HEAD
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    OUTPUT_VARIABLE kanbao_git_sha
    OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE kanbao_git_failed
    ERROR_QUIET)
  if(NOT kanbao_git_failed)
    execute_process(
      COMMAND ${GIT_EXECUTABLE} tag --points-at HEAD --list v${PROJECT_VERSION}
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      OUTPUT_VARIABLE kanbao_release_tag
      OUTPUT_STRIP_TRAILING_WHITESPACE
      ERROR_QUIET)
    if(NOT kanbao_release_tag STREQUAL "v${PROJECT_VERSION}")
      set(KANBAO_VERSION_FULL "${PROJECT_VERSION}+git.${kanbao_git_sha}")
    endif()
    execute_process(
      COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute --git-path logs/HEAD
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      OUTPUT_VARIABLE kanbao_head_log
      OUTPUT_STRIP_TRAILING_WHITESPACE
      ERROR_QUIET)
    if(EXISTS "${kanbao_head_log}")
      set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${kanbao_head_log}")
    endif()
  endif()
endif()
message(STATUS "kanbao version ${KANBAO_VERSION_FULL}")
