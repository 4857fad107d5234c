// SPDX-License-Identifier: MIT
// The PostgreSQL library's schema: creating it, recognising it, refusing a
// newer one. Internal to store/.
#pragma once

#include "base/result.h"
#include "store/library.h"
#include "store/pg/conn.h"

namespace kanbao::store::pg {

// Bumped whenever the tables change.
inline constexpr int kSchemaVersion = 1;

// kReadWrite: creates the tables in an empty database (under an advisory
// lock, so two first indexers create them once) and gives the library its
// UUID. Both modes: fails unless the database holds a kanbao library of a
// version this build understands; a read-only open sets every later
// transaction read-only. Returns the identity.
Result<LibraryIdentity> prepare_schema(Conn& conn, OpenMode mode);

// The advisory lock keys: the schema's, and a file's (by its path).
inline constexpr std::int64_t kSchemaLock = 0x4B4E424F00000001;  // "KNBO"...

}  // namespace kanbao::store::pg
