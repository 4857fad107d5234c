// SPDX-License-Identifier: MIT
// The library's schema: creating it, recognising a kanbao library, and
// migrating an older one. Internal to store/.
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "store/library.h"
#include "store/sqlite.h"

namespace kanbao::store::schema {

// PRAGMA application_id of every kanbao library: "KNBO".
inline constexpr int kApplicationId = 0x4B4E424F;
// Bumped whenever the tables change; migrate() knows every older version.
inline constexpr int kSchemaVersion = 8;

// Cheap checks on the file's bytes before SQLite touches it: refuses a file
// that is not SQLite at all, or whose header promises more pages than the
// file holds (a truncated copy). A missing or empty file passes.
Status check_file(const std::string& path);

// What opening the library file `path` read-write (to index) says when this
// user may not write the file or its folder: both named, and what to do.
std::string read_only_library(const std::string& path);

// Opens the connection for `mode` with kanbao's connection settings (search
// functions registered, foreign keys, WAL, synchronous=NORMAL), then makes sure
// it is a kanbao library of a version this build understands; in kReadWrite
// mode an empty database gets the schema and an older one is migrated.
Result<sql::Db> open_library(const std::string& path, OpenMode mode);

// Library::pending_upgrade for a library file (store/library.h).
std::optional<std::string> pending_upgrade(const std::string& path);

}  // namespace kanbao::store::schema
