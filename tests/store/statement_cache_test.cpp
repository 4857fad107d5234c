// SPDX-License-Identifier: MIT
// The statement cache (store/search/statement_cache.h): a lease stays valid
// and exclusive whatever the cache does meanwhile.
#include "store/search/statement_cache.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/sqlite.h"

namespace kanbao::store {
namespace {

// An in-memory database with a table n(value) holding 1..count.
sql::Db numbers_db(int count) {
  auto db = sql::Db::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db.ok());
  EXPECT_TRUE(db->exec("CREATE TABLE n(value INTEGER)").ok());
  for (int i = 1; i <= count; ++i)
    EXPECT_TRUE(db->exec(("INSERT INTO n VALUES (" + std::to_string(i) + ")").c_str()).ok());
  return std::move(*db);
}

// The rows of "SELECT value FROM n" stepped through a lease.
std::vector<std::int64_t> drain(StatementLease& s) {
  std::vector<std::int64_t> out;
  for (;;) {
    auto more = s->step();
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    out.push_back(s->int64(0));
  }
  return out;
}

TEST(StatementCache, ALeaseOutlivesTheCacheForgettingIt) {
  sql::Db db = numbers_db(3);
  StatementCache cache(db);
  auto held = cache.lease("SELECT value FROM n ORDER BY value");
  ASSERT_TRUE(held.ok());
  auto first = (*held)->step();
  ASSERT_TRUE(first.ok() && *first);
  EXPECT_EQ((*held)->int64(0), 1);
  // Fill the cache past its limit: it must drop entries, but not this one.
  for (std::size_t i = 0; i < StatementCache::kMaxCached * 2; ++i) {
    auto other = cache.lease("SELECT " + std::to_string(i));
    ASSERT_TRUE(other.ok());
  }
  EXPECT_LE(cache.size(), StatementCache::kMaxCached);
  EXPECT_EQ(drain(*held), (std::vector<std::int64_t>{2, 3}));
}

TEST(StatementCache, TheSameSqlLeasedTwiceGivesTwoStatements) {
  sql::Db db = numbers_db(2);
  StatementCache cache(db);
  auto outer = cache.lease("SELECT value FROM n ORDER BY value");
  ASSERT_TRUE(outer.ok());
  auto first = (*outer)->step();
  ASSERT_TRUE(first.ok() && *first);
  {
    auto inner = cache.lease("SELECT value FROM n ORDER BY value");
    ASSERT_TRUE(inner.ok());
    EXPECT_EQ(drain(*inner), (std::vector<std::int64_t>{1, 2}));
  }
  EXPECT_EQ((*outer)->int64(0), 1) << "the inner lease must not reset the outer one";
  EXPECT_EQ(drain(*outer), (std::vector<std::int64_t>{2}));
}

TEST(StatementCache, AReturnedStatementIsResetAndUnbound) {
  sql::Db db = numbers_db(2);
  StatementCache cache(db);
  {
    auto s = cache.lease("SELECT value FROM n WHERE value >= ?1 ORDER BY value");
    ASSERT_TRUE(s.ok());
    (*s)->bind(1, std::int64_t{2});
    EXPECT_EQ(drain(*s), (std::vector<std::int64_t>{2}));
  }
  auto again = cache.lease("SELECT value FROM n WHERE value >= ?1 ORDER BY value");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_TRUE(drain(*again).empty()) << "NULL bound: value >= NULL matches nothing";
}

TEST(StatementCache, APrepareFailureIsASearchError) {
  sql::Db db = numbers_db(0);
  StatementCache cache(db);
  auto s = cache.lease("SELECT * FROM no_such_table");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message().find("search failed: "), std::string::npos) << s.error().message();
  EXPECT_NE(s.error().message().find("no_such_table"), std::string::npos) << s.error().message();
}

}  // namespace
}  // namespace kanbao::store
