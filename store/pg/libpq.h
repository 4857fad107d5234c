// SPDX-License-Identifier: MIT
// libpq, loaded when a PostgreSQL library is first opened. Internal to store/.
//
// kanbao does not link libpq: with it come some twenty shared libraries
// (TLS, Kerberos, LDAP) that every process would map and relocate at start,
// a cost a `kanbao search` on a SQLite file should never pay (issue 15). The
// header gives the types; the functions are looked up in libpq.so.5 the
// first time a postgresql:// location is opened.
#pragma once

#include <libpq-fe.h>

#include "base/result.h"

namespace kanbao::store::pg {

// The libpq functions the backend calls.
#define KANBAO_LIBPQ_FUNCTIONS(X) \
  X(PQconnectdbParams)            \
  X(PQstatus)                     \
  X(PQerrorMessage)               \
  X(PQsetNoticeProcessor)         \
  X(PQfinish)                     \
  X(PQexec)                       \
  X(PQexecParams)                 \
  X(PQresultStatus)               \
  X(PQresultErrorMessage)         \
  X(PQntuples)                    \
  X(PQgetisnull)                  \
  X(PQgetvalue)                   \
  X(PQclear)

// The type of a pointer to `Function`: named through ::type so that the
// member a macro declares below follows an identifier (clang-tidy's
// bugprone-macro-parentheses then knows it for a declaration).
template <auto Function>
struct PointerTo {
  using type = decltype(Function);
};

struct LibPq {
#define KANBAO_LIBPQ_POINTER(name) PointerTo<& ::name>::type name = nullptr;
  KANBAO_LIBPQ_FUNCTIONS(KANBAO_LIBPQ_POINTER)
#undef KANBAO_LIBPQ_POINTER
};

// Loads libpq once per process (thread-safe). The error names the library
// and the Debian package that provides it.
Status load_libpq();

// The loaded functions. Precondition: load_libpq() succeeded (every Conn
// and Rows exists only after it has).
const LibPq& pq();

}  // namespace kanbao::store::pg
