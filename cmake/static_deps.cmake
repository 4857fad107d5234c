# SPDX-License-Identifier: MIT
# KANBAO_STATIC_DEPS: link ICU (its code and its data), SQLite and the C++
# runtime into the binaries, and fmt as a header-only library.
#
# Why: a `kanbao search` from the shell is a whole process, and most of a
# fast query's time used to be the dynamic loader - twelve shared libraries
# to map and about 5,000 symbols to look up by name (libstdc++'s, ICU's,
# fmt's) before main() - 5.3 million instructions for `kanbao --version`,
# against 2.2 million for a whole `sqlite3` shell query (bench/run measures it).
# Linked statically, those references are resolved by the linker once; what
# stays shared is libc, libm, ncursesw and libpq. ICU's data (30 MB) is linked in as well:
# static ICU code refers to it as a variable, and against the shared
# libicudata the linker would make that a copy relocation - the loader
# copying all 30 MB into the process at every start. In the binary it is
# read-only data, mapped from the file and paged in only where used.
#
# Only the static archives of the system's own -dev packages are used
# (Debian ships them: libicu-dev, libsqlite3-dev, libncurses-dev); a missing
# one leaves that library shared. Sanitizer builds stay fully shared (the
# sanitizers' runtimes want the shared C++ runtime).
option(KANBAO_STATIC_DEPS "Link ICU, SQLite and the C++ runtime statically (faster start)" ON)

# Linker flags for every build: resolve what is needed, drop libraries that
# nothing references (libformw, and libfmt once it is header-only), and
# sort symbol tables for the loader's lookups (-O1).
add_link_options(LINKER:-O1,--as-needed)

if(NOT KANBAO_STATIC_DEPS OR KANBAO_SANITIZE OR KANBAO_FUZZ)
  return()
endif()

# A static archive next to an imported target's shared library, or "".
function(kanbao_static_archive shared out)
  set(${out} "" PARENT_SCOPE)
  if(shared MATCHES "\\.so(\\.[0-9.]+)?$")
    string(REGEX REPLACE "\\.so(\\.[0-9.]+)?$" ".a" archive "${shared}")
    if(EXISTS "${archive}")
      set(${out} "${archive}" PARENT_SCOPE)
    endif()
  endif()
endfunction()

# Points an UNKNOWN IMPORTED target at its static archive, in every
# configuration it names; `deps` are what the archive needs after it.
function(kanbao_make_static target)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  get_target_property(location ${target} IMPORTED_LOCATION)
  kanbao_static_archive("${location}" archive)
  if(NOT archive)
    message(STATUS "KANBAO_STATIC_DEPS: no static archive for ${target} (${location}); linked shared")
    return()
  endif()
  set_target_properties(${target} PROPERTIES IMPORTED_LOCATION "${archive}")
  foreach(config RELEASE DEBUG)
    get_target_property(loc ${target} IMPORTED_LOCATION_${config})
    if(loc)
      set_target_properties(${target} PROPERTIES IMPORTED_LOCATION_${config} "${archive}")
    endif()
  endforeach()
  set_property(TARGET ${target} APPEND PROPERTY INTERFACE_LINK_LIBRARIES ${ARG_DEPS})
  message(STATUS "KANBAO_STATIC_DEPS: ${target} from ${archive}")
endfunction()

find_package(Threads REQUIRED)
kanbao_make_static(SQLite::SQLite3 DEPS m ${CMAKE_DL_LIBS} Threads::Threads)
# ICU: i18n needs uc, uc needs the data and libdl/pthreads.
kanbao_make_static(ICU::data)
kanbao_make_static(ICU::uc DEPS ICU::data ${CMAKE_DL_LIBS} Threads::Threads)
kanbao_make_static(ICU::i18n DEPS ICU::uc)

# ncursesw stays shared: Debian's policy (and lintian's embedded-library
# error) wants the terminal library from its package, where security fixes
# and terminfo handling reach every program at once; it costs a search
# process a few hundred symbol lookups.

# fmt: Debian ships it shared only, so it is used header-only; with
# --as-needed the unused libfmt.so then drops out of the binaries.
set_property(TARGET fmt::fmt APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY=1)

# The C++ runtime.
add_link_options(-static-libstdc++ -static-libgcc)
