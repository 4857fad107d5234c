// SPDX-License-Identifier: MIT
// The kicker (引题, the line set above a headline) is searched as part of the
// heading on both backends: a term in it finds the article (by its words
// and by their pinyin), ranks in the title tier, shows in the hit's
// snippet, leaves the index when the page is indexed anew, and a library
// indexed before kickers were searched gets them on its upgrade. Text
// invented for this test.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "archive_pages.h"
#include "backends_fixture.h"
#include "library_test_util.h"
#include "pg_test_server.h"
#include "store/library.h"
#include "store/search_index.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

// Only in the first article's kicker: 晨跑队员聚首 (the second article's
// body has 翠湖晨跑 alone).
constexpr const char* kKicker = "翠湖晨跑队员聚首";
constexpr const char* kKickerOnly = "队员聚首";

class KickerSearch : public testing::Backends {
 protected:
  // Two articles on one page of 2023-06-21 and one on a later page: the
  // kicker's article is the oldest, so a newest-first order puts it last.
  void store_pages(const std::string& kicker = kKicker) {
    corpus::Page page = make_page("江北晚报", {2023, 6, 21}, "03");
    corpus::Article a = make_article("城东新建步道今日开放", {"本报讯 步道全长三公里，沿途设有驿站。"});
    a.kicker = kicker;
    page.articles.push_back(a);
    page.articles.push_back(make_article("社区书屋延长开放时间", {"本报讯 书屋每晚开放到九点。"}));
    store_page(location_, dir_ / "江北晚报/2023/06/21/03.txt", page);
    corpus::Page later = make_page("江北晚报", {2023, 6, 28}, "03");
    later.articles.push_back(make_article("市民健身热情高涨", {"本报讯 清晨，翠湖晨跑的人越来越多。"}));
    store_page(location_, dir_ / "江北晚报/2023/06/28/03.txt", later);
  }

  Library reader() {
    auto lib = Library::open(location_, OpenMode::kReadOnly);
    if (!lib) ADD_FAILURE() << lib.error().message();
    return std::move(lib).value();
  }

  // The titles of the hits of `query` in rank order, and the page's exact total.
  static std::vector<std::string> titles(Library& lib, const char* query, std::int64_t bm25_up_to = 3000) {
    SearchRequest request = testing::request_for(query, 0);
    request.bm25_up_to = bm25_up_to;
    auto page = lib.search(request);
    EXPECT_TRUE(page) << query << ": " << page.error().message();
    std::vector<std::string> out;
    if (!page) return out;
    EXPECT_FALSE(page->total_is_estimate) << query;
    EXPECT_EQ(page->total, static_cast<std::int64_t>(page->hits.size())) << query;
    for (const auto& hit : page->hits) out.push_back(hit.title);
    return out;
  }
};

using Titles = std::vector<std::string>;

TEST_P(KickerSearch, APhraseOfTheKickerFindsTheArticle) {
  store_pages();
  Library lib = reader();
  EXPECT_EQ(titles(lib, kKickerOnly), Titles{"城东新建步道今日开放"});
  EXPECT_EQ(titles(lib, kKicker), Titles{"城东新建步道今日开放"});
  EXPECT_EQ(titles(lib, "聚首 步道"), Titles{"城东新建步道今日开放"});  // kicker and title together
  EXPECT_TRUE(titles(lib, "队员聚首 -步道").empty());
  EXPECT_TRUE(titles(lib, "书屋 队员聚首").empty());  // the other article of the page
}

TEST_P(KickerSearch, ThePinyinOfTheKickerFindsTheArticle) {
  store_pages();
  Library lib = reader();
  EXPECT_EQ(titles(lib, "duiyuanjushou"), Titles{"城东新建步道今日开放"});
  EXPECT_EQ(titles(lib, "dyjs"), Titles{"城东新建步道今日开放"});
}

TEST_P(KickerSearch, AKickerMatchRanksInTheTitleTier) {
  store_pages();
  Library lib = reader();
  const Titles expected{"城东新建步道今日开放", "市民健身热情高涨"};
  EXPECT_EQ(titles(lib, "翠湖晨跑", 0), expected);  // broadly: the title tier first, then newest
  EXPECT_EQ(titles(lib, "翠湖晨跑"), expected);     // by bm25: the kicker weighs as a subtitle
}

TEST_P(KickerSearch, TheHitShowsTheKickerWithTheMatchHighlighted) {
  store_pages();
  Library lib = reader();
  auto page = lib.search(testing::request_for(kKickerOnly, 10));
  ASSERT_TRUE(page) << page.error().message();
  ASSERT_EQ(page->hits.size(), 1u);
  const SearchHit& hit = page->hits[0];
  EXPECT_EQ(hit.kicker, kKicker);
  EXPECT_EQ(hit.snippet, kKicker);
  ASSERT_EQ(hit.highlights.size(), 1u);
  EXPECT_EQ(hit.snippet.substr(hit.highlights[0].begin, hit.highlights[0].end - hit.highlights[0].begin),
            kKickerOnly);
  EXPECT_EQ(hit.hit_count, 1);
  // The reader highlights it too (Library::matches).
  auto in_article = lib.matches(hit.id, kKickerOnly);
  ASSERT_TRUE(in_article) << in_article.error().message();
  ASSERT_EQ(in_article->kicker.size(), 1u);
  EXPECT_EQ(std::string(kKicker).substr(in_article->kicker[0].begin,
                                        in_article->kicker[0].end - in_article->kicker[0].begin),
            kKickerOnly);
  EXPECT_EQ(in_article->total(), 1);
}

TEST_P(KickerSearch, IndexingThePageAnewReplacesTheKicker) {
  store_pages();
  store_pages("银杏大道落叶成景");
  Library lib = reader();
  EXPECT_TRUE(titles(lib, kKickerOnly).empty());
  EXPECT_EQ(titles(lib, "落叶成景"), Titles{"城东新建步道今日开放"});
  if (GetParam() == testing::Kind::kSqlite) {
    EXPECT_EQ(testing::integrity_check(location_), "ok");
    // The external-content index agrees with the stored text.
    auto db = sql::Db::open(location_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(register_search_functions(*db));
    EXPECT_TRUE(
        db->exec("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1);"
                 "INSERT INTO title_fts(title_fts, rank) VALUES ('integrity-check', 1);"));
  }
}

// What the previous schema left: SQLite's full-text tables without a kicker
// column, PostgreSQL's search columns without the kicker's tokens (here
// none at all, to show the rebuild).
void downgrade_search_index(const std::string& location, testing::Kind kind) {
  if (kind == testing::Kind::kPostgres) {
    testing_pg::run_sql(location,
                        "UPDATE articles SET tokens = '{}', title_tokens = '{}';"
                        " UPDATE kanbao_meta SET value = '7' WHERE key = 'schema_version'");
    return;
  }
  auto db = sql::Db::open(location, SQLITE_OPEN_READWRITE);
  ASSERT_TRUE(db);
  ASSERT_TRUE(register_search_functions(*db));
  ASSERT_TRUE(
      db->exec("DROP TABLE article_fts; DROP TABLE title_fts;"
               "CREATE VIRTUAL TABLE article_fts USING fts5(title, subtitle, body, byline, "
               "content='articles', content_rowid='id', tokenize='kanbao');"
               "INSERT INTO article_fts(article_fts) VALUES ('rebuild');"
               "CREATE VIRTUAL TABLE title_fts USING fts5(title, subtitle, "
               "content='articles', content_rowid='id', tokenize='kanbao literal');"
               "INSERT INTO title_fts(title_fts) VALUES ('rebuild');"
               "PRAGMA user_version = 6; UPDATE meta SET value = '6' WHERE key = 'schema_version'"));
}

TEST_P(KickerSearch, TheUpgradeMakesAnExistingLibrarysKickersSearchable) {
  store_pages();
  downgrade_search_index(location_, GetParam());
  {
    auto old = Library::open(location_, OpenMode::kReadOnly);
    ASSERT_FALSE(old);
    const int previous = GetParam() == testing::Kind::kSqlite ? 6 : 7;
    EXPECT_NE(old.error().message().find("older kanbao (schema " + std::to_string(previous) + ")"),
              std::string::npos)
        << old.error().message();
  }
  { auto writer = open_rw(); }  // the upgrade, as `kanbao index` opens the library
  Library lib = reader();
  EXPECT_EQ(titles(lib, kKickerOnly), Titles{"城东新建步道今日开放"});
  EXPECT_EQ(titles(lib, "dyjs"), Titles{"城东新建步道今日开放"});
  EXPECT_EQ(titles(lib, "翠湖晨跑", 0), (Titles{"城东新建步道今日开放", "市民健身热情高涨"}));
  EXPECT_EQ(titles(lib, "书屋"), Titles{"社区书屋延长开放时间"});  // the rest as before
  if (GetParam() == testing::Kind::kSqlite) {
    EXPECT_EQ(testing::integrity_check(location_), "ok");
  }
}

INSTANTIATE_TEST_SUITE_P(Store, KickerSearch,
                         ::testing::Values(testing::Kind::kSqlite, testing::Kind::kPostgres),
                         testing::kind_name);

}  // namespace
}  // namespace kanbao::store
