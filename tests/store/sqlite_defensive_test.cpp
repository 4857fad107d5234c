// SPDX-License-Identifier: MIT
// Every connection kanbao opens (sql::Db::open is the only sqlite3_open in
// store/) is hardened: defensive mode, an untrusted schema, no extension
// loading. Checked by querying each setting, and by what it forbids.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "library_test_util.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

using testing::TempDir;

int setting(sqlite3* db, int op) {
  int value = -1;
  EXPECT_EQ(sqlite3_db_config(db, op, -1, &value), SQLITE_OK);  // -1: query without changing
  return value;
}

void expect_hardened(sql::Db& db, const std::string& what) {
  EXPECT_EQ(setting(db.get(), SQLITE_DBCONFIG_DEFENSIVE), 1) << what;
  EXPECT_EQ(setting(db.get(), SQLITE_DBCONFIG_TRUSTED_SCHEMA), 0) << what;
  EXPECT_EQ(setting(db.get(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION), 0) << what;
  auto stmt = db.prepare("PRAGMA trusted_schema");
  ASSERT_TRUE(stmt) << stmt.error().message();
  auto row = stmt->step();
  ASSERT_TRUE(row && *row);
  EXPECT_EQ(stmt->int64(0), 0) << what;
}

TEST(SqliteDefensive, ReadWriteAndReadOnlyConnectionsAreHardened) {
  TempDir dir;
  const std::string path = dir / "kanbao.db";
  {
    // A real library, so the read-only open below sees kanbao's schema.
    auto lib = Library::open(path, OpenMode::kReadWrite);
    ASSERT_TRUE(lib) << lib.error().message();
  }
  auto rw = sql::Db::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  ASSERT_TRUE(rw) << rw.error().message();
  expect_hardened(*rw, "read-write");
  auto ro = sql::Db::open(path, SQLITE_OPEN_READONLY);
  ASSERT_TRUE(ro) << ro.error().message();
  expect_hardened(*ro, "read-only");
  auto memory = sql::Db::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  ASSERT_TRUE(memory) << memory.error().message();
  expect_hardened(*memory, "in memory");
}

TEST(SqliteDefensive, TheSchemaCannotBeRewrittenOrExtensionsLoaded) {
  TempDir dir;
  auto db = sql::Db::open(dir / "x.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  ASSERT_TRUE(db) << db.error().message();
  ASSERT_TRUE(db->exec("CREATE TABLE t (x)").ok());
  // Defensive mode: writable_schema is ignored, sqlite_master stays read-only.
  (void)db->exec("PRAGMA writable_schema = ON");
  EXPECT_FALSE(db->exec("UPDATE sqlite_master SET sql = 'CREATE TABLE t (y)' WHERE name = 't'").ok());
  // No SQL-level extension loading.
  EXPECT_FALSE(db->exec("SELECT load_extension('/nonexistent/libx.so')").ok());
  // An untrusted schema: views and triggers stored in the file may not call
  // application functions that are not marked innocuous (a hostile library
  // file cannot make kanbao run them); a direct call still works.
  ASSERT_EQ(sqlite3_create_function_v2(
                db->get(), "side_effect", 0, SQLITE_UTF8, nullptr,
                [](sqlite3_context* ctx, int, sqlite3_value**) { sqlite3_result_int(ctx, 42); }, nullptr,
                nullptr, nullptr),
            SQLITE_OK);
  auto direct = db->prepare("SELECT side_effect()");
  ASSERT_TRUE(direct) << direct.error().message();
  auto direct_row = direct->step();
  ASSERT_TRUE(direct_row && *direct_row);
  EXPECT_EQ(direct->int64(0), 42);
  ASSERT_TRUE(db->exec("CREATE VIEW v AS SELECT side_effect() AS r").ok());
  auto viewed = db->prepare("SELECT r FROM v");
  const bool blocked = !viewed || !viewed->step().ok();
  EXPECT_TRUE(blocked) << "a view in the schema ran an application function";
}

}  // namespace
}  // namespace kanbao::store
