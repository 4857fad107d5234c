// SPDX-License-Identifier: MIT
// Where a library lives: a SQLite file (a path) or a PostgreSQL database (a
// libpq connection URI). Public: the CLI asks before it looks for a file.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace kanbao::store {

enum class Backend {
  kSqlite,    // a path: one SQLite file
  kPostgres,  // postgresql://... or postgres://... (libpq connection URI)
};

// The backend `location` selects. "postgresql://" and "postgres://" (any
// letter case) select PostgreSQL; any other "scheme://" is an error naming
// the value (never a folder named "scheme:"); everything else is a path.
Result<Backend> backend_of(std::string_view location);

// `location` fit for messages: a URI's password ("user:secret@") shown as
// "user:***@", and a "password=" parameter's value likewise.
std::string shown_location(std::string_view location);

}  // namespace kanbao::store
