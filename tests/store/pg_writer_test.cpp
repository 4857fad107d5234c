// SPDX-License-Identifier: MIT
// The PostgreSQL writer sends a page's articles in multi-row INSERTs of at
// most 1,000 rows (store/pg/pg_writer.cpp): a page of more comes back whole,
// each article with the id SQLite gives it (in the page's order), and the
// counts bm25 reads follow.
#include <gtest/gtest.h>

#include <string>

#include "archive_pages.h"
#include "backends_fixture.h"

namespace kanbao::store {
namespace {

using testing::TempDir;

class PgWriter : public testing_pg::PostgresTest {
 protected:
  TempDir dir_;
};

TEST_F(PgWriter, APageTooLongForOneInsertComesBackWhole) {
  constexpr int kArticles = 2345;  // three INSERTs
  corpus::Page page = make_page("郑州日报", {2024, 7, 1}, "08", "简讯");
  for (int i = 0; i < kArticles; ++i) {
    page.articles.push_back(make_article("第" + std::to_string(i) + "条简讯",
                                         {"本报讯 社区志愿者开展第" + std::to_string(i) + "次义诊。"}, i));
  }
  const std::string sqlite = dir_ / "lib.db";
  for (const std::string& location : {sqlite, uri_}) store_page(location, dir_ / "08.txt", page);
  auto pg = Library::open(uri_, OpenMode::kReadOnly);
  auto lite = Library::open(sqlite, OpenMode::kReadOnly);
  ASSERT_TRUE(pg && lite);
  EXPECT_EQ(*pg->count({}), kArticles);
  const auto pg_rows = testing::all_rows(*pg), lite_rows = testing::all_rows(*lite);
  ASSERT_EQ(pg_rows.size(), lite_rows.size());
  for (std::size_t i = 0; i < pg_rows.size(); ++i) {
    EXPECT_EQ(pg_rows[i].id, lite_rows[i].id) << i;
    EXPECT_EQ(pg_rows[i].title, lite_rows[i].title) << i;
    EXPECT_EQ(pg_rows[i].position, lite_rows[i].position) << i;
  }
  EXPECT_EQ(testing_pg::query_rows(uri_,
                                   "SELECT count(*) FROM (SELECT position, lag(position) OVER (ORDER BY id)"
                                   " AS before FROM articles) x WHERE before >= position"),
            std::vector<std::string>{"0"});  // ids in the page's order
  EXPECT_EQ(testing_pg::query_rows(uri_, "SELECT sum(articles), sum(tokens) FROM library_counts"),
            testing_pg::query_rows(uri_, "SELECT count(*), sum(ntokens) FROM articles"));
  SearchRequest request;
  request.query = "第2344条简讯";
  auto hit = pg->search(request);
  ASSERT_TRUE(hit) << hit.error().message();
  EXPECT_EQ(hit->total, 1);
}

}  // namespace
}  // namespace kanbao::store
