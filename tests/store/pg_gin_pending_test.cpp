// SPDX-License-Identifier: MIT
// After `kanbao index` on PostgreSQL, the GIN indexes of articles hold no
// fast-update pending list: every lookup would read it whole (tens of
// milliseconds a count after a big run) until autovacuum merged it.
#include <gtest/gtest.h>

#include "backends_fixture.h"

namespace kanbao::store {
namespace {

using PendingLists = testing::PostgresWithSamples;

// Pages moved out of the GIN indexes' pending lists now; 0 when empty.
constexpr const char* kCleanNow =
    "SELECT count(*), coalesce(sum(gin_clean_pending_list(i.indexrelid)), 0) FROM pg_index i "
    "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam "
    "WHERE am.amname = 'gin' AND i.indrelid = 'articles'::regclass";

TEST_F(PendingLists, AreEmptyAfterAnIndexRun) {
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages_});
  }
  // Three GIN indexes (tokens, token heads, title tokens), nothing pending.
  EXPECT_EQ(testing_pg::query_rows(uri_, kCleanNow).at(0), "3|0");
}

}  // namespace
}  // namespace kanbao::store
