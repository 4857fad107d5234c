// SPDX-License-Identifier: MIT
// Turns a current library back into what schema 2 was (without version 3's
// indexes and columns and version 4's article_tally; version 5's
// search_bigrams is gone since version 6), for the upgrade tests.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "store/search_index.h"
#include "store/sqlite.h"

namespace kanbao::store::testing {

inline void downgrade_to_2(const std::string& path) {
  auto db = sql::Db::open(path, SQLITE_OPEN_READWRITE);
  ASSERT_TRUE(db);
  ASSERT_TRUE(register_search_functions(*db));
  ASSERT_TRUE(
      db->exec("DROP TRIGGER article_tally_insert; DROP TRIGGER article_tally_delete;"
               "DROP TRIGGER article_tally_update; DROP TABLE article_tally;"));
  ASSERT_TRUE(
      db->exec("DROP INDEX articles_paper_date; DROP INDEX articles_joined; DROP INDEX files_issue;"));
  for (const char* column : {"paper", "issue_key", "page", "page_name", "furniture"}) {
    ASSERT_TRUE(db->exec(("ALTER TABLE files DROP COLUMN " + std::string(column)).c_str())) << column;
  }
  for (const char* column : {"paper", "pub_year", "pub_month", "pub_day", "page", "page_name", "kicker",
                             "continued_to", "continued_from", "joined_to", "own_paragraphs"}) {
    ASSERT_TRUE(db->exec(("ALTER TABLE articles DROP COLUMN " + std::string(column)).c_str())) << column;
  }
  ASSERT_TRUE(db->exec("PRAGMA user_version = 2; UPDATE meta SET value = '2' WHERE key = 'schema_version'"));
}

}  // namespace kanbao::store::testing
