// SPDX-License-Identifier: MIT
// The statistics bm25 needs of a PostgreSQL library - the articles a
// search sees (those not joined to a head) and their tokens - which the
// server keeps exact in library_counts (schema version 4, pg_schema.cpp):
// a trigger adds one row of differences per statement that changes the
// articles, in that statement's transaction. Internal to store/.
#pragma once

#include <cstdint>

#include "base/result.h"
#include "store/pg/conn.h"

namespace kanbao::store::pg {

struct LibraryCounts {
  std::int64_t articles = 0;  // not joined to a head
  std::int64_t tokens = 0;    // their ntokens, summed
};

// The counts as the caller's transaction sees them (a sum of a few rows).
Result<LibraryCounts> library_counts(Conn& conn);

// Folds library_counts into one row, in a transaction of its own; does
// nothing while another writer is folding. Writers only ever add rows, so
// they never wait for one another; this keeps the rows few.
Status compact_counts(Conn& conn);

}  // namespace kanbao::store::pg
