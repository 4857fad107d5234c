// SPDX-License-Identifier: MIT
// The PostgreSQL library's schema: creating it, recognising it, refusing a
// newer one. Internal to store/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/result.h"
#include "store/library.h"
#include "store/pg/conn.h"

namespace kanbao::store::pg {

// Bumped whenever the tables change; an older library is migrated by a
// read-write open (pg_schema.cpp lists the steps), a newer one refused.
inline constexpr int kSchemaVersion = 9;

// kReadWrite: creates the tables in an empty database (under an advisory
// lock, so two first indexers create them once) and gives the library its
// UUID, or migrates an older library's tables to this version. kReadOnly:
// an older library is refused with the command that upgrades it. Both modes: fails unless the database holds
// a kanbao library of a version this build understands; a read-only open sets every later transaction
// read-only. Returns the identity.
Result<LibraryIdentity> prepare_schema(Conn& conn, OpenMode mode);

// Creates the trigger that keeps the parser note's record true
// (store/parser_note.h) if the library lacks it, deleting the record then;
// inside prepare_schema's
// transaction, under the schema lock (pg_parser_note.cpp).
Status guard_parser_note(Conn& conn);

// The value of `key` in kanbao_meta, if it has one.
Result<std::optional<std::string>> meta(Conn& conn, const char* key);

// The advisory lock keys: the schema's, and a file's (by its path).
inline constexpr std::int64_t kSchemaLock = 0x4B4E424F00000001;  // "KNBO"...

}  // namespace kanbao::store::pg
