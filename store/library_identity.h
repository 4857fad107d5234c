// SPDX-License-Identifier: MIT
// The library's identity for per-library reading state. Internal to store/.
#pragma once

#include <string>

#include "base/result.h"
#include "store/library.h"
#include "store/sqlite.h"

namespace kanbao::store {

// A version 4 (random) UUID, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
std::string random_uuid();

// Gives the library a random UUID in its meta table unless it has one.
// Called on every read-write open: a new library gets it at creation, an
// older one on its next read-write open (`kanbao index`). Idempotent and
// safe against a concurrent writer (INSERT OR IGNORE, then whatever won).
Status ensure_library_uuid(sql::Db& db);

// "uuid:<uuid>" from the meta table, or "path:<canonical path>" for a
// library that has no UUID yet (an old library opened read-only: the browser
// opens read-only and must not write the library just to be identified).
// path_key is always the canonical-path identity, so state recorded under
// it can be carried over once the library has its UUID.
Result<LibraryIdentity> read_library_identity(sql::Db& db, const std::string& path);

}  // namespace kanbao::store
