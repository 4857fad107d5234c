// SPDX-License-Identifier: MIT
// The search index's stamp (store/index_stamp.h) on both backends: a library
// whose index another build made (here: an index emptied and unstamped, as a
// library from before the stamp with other folding would search wrongly) is
// refused by readers with the fix named, and rebuilt from the stored text by
// the next read-write open, the source files not needed.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include "backends_fixture.h"
#include "store/index_stamp.h"
#include "store/search_index.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

using testing::Kind;
using testing::request_for;
namespace fs = std::filesystem;

class SearchIndexStamp : public testing::Backends {
 protected:
  // What a stale index looks like: nothing indexed, no stamp.
  void make_index_stale() {
    if (GetParam() == Kind::kPostgres) {
      testing_pg::run_sql(location_,
                          "UPDATE articles SET tokens = '{}', ntokens = 0, folded_title = '';"
                          "DELETE FROM library_han; DELETE FROM kanbao_meta WHERE key = 'search_index'");
      return;
    }
    auto db = sql::Db::open(location_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(register_search_functions(*db));
    ASSERT_TRUE(
        db->exec("INSERT INTO article_fts(article_fts) VALUES ('delete-all');"
                 "INSERT INTO title_fts(title_fts) VALUES ('delete-all');"
                 "DELETE FROM search_han; DELETE FROM meta WHERE key = 'search_index'"));
  }

  // Every hit of each query, in order.
  std::vector<std::vector<std::int64_t>> hits(Library& lib) {
    std::vector<std::vector<std::int64_t>> all;
    for (const char* query : {"管城", "发展", "发展 -管城", "guancheng", "zuzhi"}) {
      auto page = lib.search(request_for(query, 0));
      EXPECT_TRUE(page) << query << ": " << page.error().message();
      std::vector<std::int64_t> ids;
      if (page)
        for (const auto& h : page->hits) ids.push_back(h.id);
      EXPECT_FALSE(ids.empty()) << query;
      all.push_back(std::move(ids));
    }
    return all;
  }
};

TEST_P(SearchIndexStamp, AStaleIndexIsRefusedByReadersAndRebuiltByTheNextIndexOpen) {
  std::vector<std::vector<std::int64_t>> before;
  {
    auto lib = open_rw();
    testing::index_ok(lib, {pages_});
    before = hits(lib);
  }
  make_index_stale();

  auto reader = Library::open(location_, OpenMode::kReadOnly);
  ASSERT_FALSE(reader) << "a stale index was opened for reading";
  const std::string& message = reader.error().message();
  EXPECT_NE(message.find("search index"), std::string::npos) << message;
  EXPECT_NE(message.find("once to rebuild it from the stored text"), std::string::npos) << message;

  fs::remove_all(pages_);  // rebuilt from the library's own text
  { auto writer = open_rw(); }
  auto rebuilt = Library::open(location_, OpenMode::kReadOnly);
  ASSERT_TRUE(rebuilt) << rebuilt.error().message();
  EXPECT_EQ(hits(*rebuilt), before);
}

TEST_P(SearchIndexStamp, ANewLibraryCarriesThisBuildsStamp) {
  { auto lib = open_rw(); }
  std::string stored;
  if (GetParam() == Kind::kPostgres) {
    auto rows = testing_pg::query_rows(location_, "SELECT value FROM kanbao_meta WHERE key = 'search_index'");
    ASSERT_EQ(rows.size(), 1U);
    stored = rows[0];
  } else {
    auto db = sql::Db::open(location_, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    auto stmt = db->prepare("SELECT value FROM meta WHERE key = 'search_index'");
    ASSERT_TRUE(stmt);
    auto row = stmt->step();
    ASSERT_TRUE(row && *row);
    stored = stmt->text(0);
  }
  // SQLite's index holds pinyin tokens as well (store/tokenizer.h).
  EXPECT_EQ(stored, GetParam() == Kind::kPostgres ? search_index_stamp() : sqlite_index_stamp());
  // The stamp names what the index depends on, readably.
  EXPECT_NE(stored.find("tokens 2; folding unihan 15."), std::string::npos) << stored;
}

INSTANTIATE_TEST_SUITE_P(Store, SearchIndexStamp, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         testing::kind_name);

}  // namespace
}  // namespace kanbao::store
