// SPDX-License-Identifier: MIT
// article_tally (store/article_tally.h): the groups of listed articles kept
// by triggers through every way the indexer changes a library - new pages,
// a changed page, a vanished page, a rebuild - and filled by the upgrade
// from schema 3; and the overviews and list counts read from it agree with
// the lists. (Continuations, which the triggers also follow, are checked in
// archive_test.cpp on both backends.)
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "library_test_util.h"
#include "overview_checks.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

void expect_consistent(const std::string& db) {
  testing::expect_tally_matches_articles(db);
  auto lib = Library::open(db, OpenMode::kReadOnly);
  ASSERT_TRUE(lib) << lib.error().message();
  testing::expect_overview_agrees_with_lists(*lib);
}

// The districts overview of the library at `db`, as a reader opens it.
std::vector<DistrictRow> districts_of(const std::string& db) {
  auto lib = Library::open(db, OpenMode::kReadOnly);
  if (!lib) {
    ADD_FAILURE() << lib.error().message();
    return {};
  }
  auto rows = lib->districts();
  if (!rows) {
    ADD_FAILURE() << rows.error().message();
    return {};
  }
  return *rows;
}

// The sample pages as two issues of one paper, a month apart.
struct TwoIssues {
  TempDir dir;
  const std::string db = dir / "k.db";
  const fs::path paper = dir.path() / "郑州日报";
  const std::vector<std::string> june = testing::copy_samples(paper / "2023" / "06" / "21");
  const std::vector<std::string> july = testing::copy_samples(paper / "2023" / "07" / "02");

  IndexReport index(const IndexOptions& options = {}) {
    auto lib = testing::open_rw(db);
    return testing::index_ok(lib, {paper.string()}, options);
  }
};

TEST(ArticleTally, FollowsNewChangedAndVanishedPagesAndARebuild) {
  TwoIssues lib;
  lib.index();
  SCOPED_TRACE("indexed");
  expect_consistent(lib.db);
  const auto districts = districts_of(lib.db);
  ASSERT_FALSE(districts.empty());
  ASSERT_EQ(districts[0].months.size(), 2u);  // June and July

  fs::remove(lib.july[0]);
  EXPECT_EQ(lib.index().files_removed, 1);
  SCOPED_TRACE("a page vanished");
  expect_consistent(lib.db);

  std::string text = testing::read_bytes(lib.june[1]);
  text.insert(text.rfind("。"), "，此段为测试所加");
  testing::write_bytes(lib.june[1], text);
  EXPECT_EQ(lib.index().files_indexed, 1);
  SCOPED_TRACE("a page changed");
  expect_consistent(lib.db);

  for (const auto& path : lib.july) fs::remove(path);
  lib.index();
  SCOPED_TRACE("a whole month vanished");
  expect_consistent(lib.db);
  const auto rows = districts_of(lib.db);
  ASSERT_FALSE(rows.empty());
  for (const auto& d : rows) {
    ASSERT_EQ(d.months.size(), 1u) << d.name;
    EXPECT_EQ(d.months[0].month, 6);
    EXPECT_EQ(d.last_date, (StoredDate{2023, 6, 21}));
  }

  IndexOptions rebuild;
  rebuild.rebuild = true;
  lib.index(rebuild);
  SCOPED_TRACE("rebuilt");
  expect_consistent(lib.db);
}

TEST(ArticleTally, IsFilledByTheUpgradeFromSchema3) {
  TwoIssues lib;
  lib.index();
  const std::string counted = testing::raw_rows(lib.db, "SELECT * FROM article_tally ORDER BY 1, 2, 3");
  {
    auto db = sql::Db::open(lib.db, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        db->exec("DROP TRIGGER article_tally_insert; DROP TRIGGER article_tally_delete; DROP TRIGGER "
                 "article_tally_update; DROP TABLE article_tally; PRAGMA user_version = 3; UPDATE meta SET "
                 "value = '3' "
                 "WHERE key = 'schema_version'"));
  }
  auto old = Library::open(lib.db, OpenMode::kReadOnly);
  ASSERT_FALSE(old);  // readers ask for the indexer to upgrade it
  EXPECT_NE(old.error().message().find("older kanbao (schema 3)"), std::string::npos)
      << old.error().message();
  { auto upgraded = testing::open_rw(lib.db); }
  EXPECT_EQ(testing::raw_rows(lib.db, "PRAGMA user_version"), std::to_string(schema::kSchemaVersion) + "\n");
  EXPECT_EQ(testing::raw_rows(lib.db, "SELECT * FROM article_tally ORDER BY 1, 2, 3"), counted);
  expect_consistent(lib.db);
  // And the triggers are back: the next change is followed.
  fs::remove(lib.june[0]);
  lib.index();
  expect_consistent(lib.db);
}

}  // namespace
}  // namespace kanbao::store
