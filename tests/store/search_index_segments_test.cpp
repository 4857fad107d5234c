// SPDX-License-Identifier: MIT
// The indexer writes a file's index entries together (SearchIndexWriter::
// write_queued): FTS5 writes its pending entries out as a segment whenever
// another statement of the transaction opens a statement journal, which
// every INSERT INTO articles does, so a file written article by article
// left a segment per article in each full-text table, for FTS5's merges to
// rewrite. A file is one segment per table; and a file indexed again (its
// old entries removed, the new ones added in the same transaction) is still
// found exactly once.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

#include "library_test_util.h"
#include "overview_checks.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

// The sample page with the most articles (six).
constexpr const char* kSixArticlePage = "003_8b5a061d728f5a52.txt";

std::string segments(const std::string& db, const std::string& table) {
  const std::string sql_text = "SELECT count(DISTINCT segid) FROM " + table + "_idx";
  return testing::raw_rows(db, sql_text.c_str());
}

TEST(SearchIndexSegments, AFileIsOneSegmentPerTable) {
  TempDir dir;
  fs::create_directories(dir.path() / "pages");
  fs::copy_file(fs::path(KANBAO_SAMPLE_DIR) / kSixArticlePage, dir.path() / "pages" / kSixArticlePage);
  const std::string db = (dir.path() / "lib.db").string();
  {
    auto lib = testing::open_rw(db);
    auto report = lib.index({(dir.path() / "pages").string()}, {});
    ASSERT_TRUE(report) << report.error().message();
    ASSERT_EQ(report->articles_added, 6);
  }
  EXPECT_EQ(segments(db, "article_fts"), "1\n");
  EXPECT_EQ(segments(db, "title_fts"), "1\n");
}

TEST(SearchIndexSegments, AChangedFileIsFoundOnceWithItsNewText) {
  TempDir dir;
  fs::create_directories(dir.path() / "pages");
  const fs::path page = dir.path() / "pages" / kSixArticlePage;
  fs::copy_file(fs::path(KANBAO_SAMPLE_DIR) / kSixArticlePage, page);
  auto lib = testing::open_rw((dir.path() / "lib.db").string());
  ASSERT_TRUE(lib.index({(dir.path() / "pages").string()}, {}));
  {
    std::ofstream out(page, std::ios::app);
    out << "\n补记：渤澥桑田，本页文字有所改动。\n";
  }
  auto report = lib.index({(dir.path() / "pages").string()}, {});
  ASSERT_TRUE(report) << report.error().message();
  EXPECT_EQ(report->files_indexed, 1);
  for (const char* query : {"渤澥", "郑州"}) {
    SearchRequest request;
    request.query = query;
    request.limit = 0;
    auto found = lib.search(request);
    ASSERT_TRUE(found) << query << ": " << found.error().message();
    std::set<std::int64_t> ids;
    for (const auto& hit : found->hits) ids.insert(hit.id);
    EXPECT_EQ(ids.size(), found->hits.size()) << query << ": an article found twice";
    EXPECT_EQ(found->total, static_cast<std::int64_t>(found->hits.size())) << query;
    EXPECT_GE(found->total, 1) << query;
  }
  SearchRequest added;
  added.query = "渤澥";
  auto found = lib.search(added);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->total, 1);
}

}  // namespace
}  // namespace kanbao::store
