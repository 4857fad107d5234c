// SPDX-License-Identifier: MIT
// The rows of a continued article (下转/上接 within one issue) carry every
// page it is printed on, as the article does: in lists, in search results,
// and past the first batch of a long list; on both backends.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "archive_pages.h"
#include "backends_fixture.h"
#include "library_test_util.h"

namespace kanbao::store {
namespace {

const std::vector<std::string> kBothPages = {"02", "05"};

// Page 02 holds the head of a report continued on page 05 and `others`
// short articles of their own; page 05 its rest and an article of its own.
corpus::Page report_head(int others) {
  corpus::Page p = make_page("郑州日报", {2024, 3, 12}, "02", "城建");
  corpus::Article head =
      make_article("黄河滩区新村落成", {"本报讯 滩区三千户群众搬进新居，村口修起了文化广场。"});
  head.continued_to = "05";
  p.articles.push_back(head);
  for (int i = 0; i < others; ++i)
    p.articles.push_back(make_article("短讯" + std::to_string(i), {"本报讯 社区换了新路灯。"}, 10 + i));
  return p;
}

corpus::Page report_tail() {
  corpus::Page p = make_page("郑州日报", {2024, 3, 12}, "05");
  corpus::Article tail = make_article("黄河滩区新村落成", {"新村配套的卫生室和幼儿园下月启用。"});
  tail.continued_from = "02";
  p.articles.push_back(tail);
  p.articles.push_back(make_article("五版的农机新闻", {"本报讯 春耕农机检修完毕。"}, 9));
  return p;
}

class ContinuedRows : public testing::Backends {
 protected:
  // Stores both pages, the head with `others` articles beside it.
  Library stored(int others = 1) {
    const std::string db = GetParam() == testing::Kind::kSqlite ? dir_ / "k.db" : location_;
    store_page(db, dir_ / "02.txt", report_head(others));
    store_page(db, dir_ / "05.txt", report_tail());
    return testing::open_ro(db);
  }
};

const ArticleRow* row_titled(const std::vector<ArticleRow>& rows, const std::string& title) {
  for (const auto& row : rows)
    if (row.title == title) return &row;
  return nullptr;
}

TEST_P(ContinuedRows, AListRowCarriesEveryPageOfItsArticle) {
  Library lib = stored();
  const auto rows = testing::all_rows(lib);
  ASSERT_EQ(rows.size(), 3u);  // the part on 05 is listed as its head
  const ArticleRow* report = row_titled(rows, "黄河滩区新村落成");
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(report->page, "02");
  EXPECT_EQ(report->pages, kBothPages);
  const ArticleRow* alone = row_titled(rows, "五版的农机新闻");
  ASSERT_NE(alone, nullptr);
  EXPECT_EQ(alone->pages, std::vector<std::string>{"05"});
  // As the article itself is read.
  auto article = lib.article(report->id);
  ASSERT_TRUE(article && *article);
  EXPECT_EQ((*article)->pages, report->pages);
}

// A listing longer than one batch of the pages query (kPartPagesBatch ids)
// still finds the parts of an article after the first batch, and a page of
// a keyset listing carries them too.
TEST_P(ContinuedRows, EveryRowOfALongListingCarriesItsPages) {
  Library lib = stored(600);
  ListQuery by_title;
  by_title.sort = ListSort::kTitle;
  const auto rows = testing::all_rows(lib, by_title);
  ASSERT_EQ(rows.size(), 602u);
  const ArticleRow* report = row_titled(rows, "黄河滩区新村落成");
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(report->pages, kBothPages);
  std::size_t at = 0;
  while (rows[at].id != report->id) ++at;
  EXPECT_GT(at, 500u) << "the continued article should come after the first batch";
  ListQuery q;
  q.title_filter = "新村";
  q.limit = 1;
  auto page = lib.list(q);
  ASSERT_TRUE(page) << page.error().message();
  ASSERT_EQ(page->rows.size(), 1u);
  EXPECT_EQ(page->rows[0].pages, kBothPages);
}

TEST_P(ContinuedRows, ASearchHitCarriesEveryPageOfItsArticle) {
  Library lib = stored();
  // Words of either part, and a query that finds it among others.
  for (const char* query : {"文化广场", "幼儿园", "本报讯"}) {
    SearchRequest r;
    r.query = query;
    r.limit = 0;
    auto found = lib.search(r);
    ASSERT_TRUE(found) << query << ": " << found.error().message();
    bool seen = false;
    for (const SearchHit& hit : found->hits) {
      if (hit.title != "黄河滩区新村落成") {
        EXPECT_EQ(hit.pages, std::vector<std::string>{hit.page}) << query << ": " << hit.title;
        continue;
      }
      seen = true;
      EXPECT_EQ(hit.page, "02") << query;
      EXPECT_EQ(hit.pages, kBothPages) << query;
    }
    EXPECT_TRUE(seen) << query;
  }
}

// The article names the lines of its part on page 05 after its own, in the
// form of `source` (path:first-last), on both backends.
TEST_P(ContinuedRows, AnArticleNamesTheSourceOfEachPart) {
  Library lib = stored();
  const auto rows = testing::all_rows(lib);
  const ArticleRow* report = row_titled(rows, "黄河滩区新村落成");
  ASSERT_NE(report, nullptr);
  auto article = lib.article(report->id);
  ASSERT_TRUE(article && *article);
  const Article& a = **article;
  EXPECT_EQ(a.source.rfind(dir_ / "02.txt" + ":", 0), 0u) << a.source;
  ASSERT_EQ(a.part_sources.size(), 1u);
  const std::string tail = dir_ / "05.txt" + ":";
  EXPECT_EQ(a.part_sources[0].rfind(tail, 0), 0u) << a.part_sources[0];
  EXPECT_NE(a.part_sources[0].find('-', tail.size()), std::string::npos) << a.part_sources[0];
  EXPECT_EQ(sources_label(a), a.source + ", " + a.part_sources[0]);
  const ArticleRow* alone = row_titled(rows, "五版的农机新闻");
  ASSERT_NE(alone, nullptr);
  auto single = lib.article(alone->id);
  ASSERT_TRUE(single && *single);
  EXPECT_TRUE((*single)->part_sources.empty());
  EXPECT_EQ(sources_label(**single), (*single)->source);
}

INSTANTIATE_TEST_SUITE_P(Store, ContinuedRows,
                         ::testing::Values(testing::Kind::kSqlite, testing::Kind::kPostgres),
                         testing::kind_name);

}  // namespace
}  // namespace kanbao::store
