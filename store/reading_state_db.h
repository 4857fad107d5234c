// SPDX-License-Identifier: MIT
// Opening the reading-state database: its folder and file modes, its
// schema, the library's row and the one-time import of kanbao 0.x files.
// Internal to store/ (reading_state.cpp is the only user).
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "store/library.h"
#include "store/sqlite.h"

namespace kanbao::store::state_db {

// Creates `dir` (mode 0700, and tightens an existing one to 0700), then
// opens <dir>/state.db read-write with mode 0600 (SQLite gives the -wal and
// -shm files the database's mode; existing ones are tightened too), in WAL
// mode with the schema in place.
Result<sql::Db> open(const std::string& dir, std::string& db_path);

// The row id of the library `identity` in the `libraries` table, created if
// missing. State kept under identity.path_key is carried over to identity.key.
Result<std::int64_t> library_row(sql::Db& db, const LibraryIdentity& identity);

// Imports the kanbao 0.x files of `dir` into library `library` once (a meta
// row records that it was done, inside the same transaction), then renames
// them to <name>.migrated.
Status import_legacy_files(sql::Db& db, const std::string& dir, std::int64_t library);

}  // namespace kanbao::store::state_db
