// SPDX-License-Identifier: MIT
// Reprints: an article printed in full on two pages of one issue (a
// front-page story repeated on its section's page) is listed and found once,
// as the copy on the earlier page, with both page numbers; the join is
// undone when either file changes or goes. On both backends.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "archive_pages.h"
#include "backends_fixture.h"
#include "library_test_util.h"
#include "overview_checks.h"

namespace kanbao::store {
namespace {

using testing::TempDir;

const std::vector<std::string> kStory = {"本报北京6月20日电 全国夏粮收购进度过半，收购价格总体平稳。",
                                         "各地粮库延长开放时间，方便农民就近售粮。"};

// Page `code` of 人民日报 of 2023-06-21 with the reprinted story and a story of its own.
corpus::Page page_with_story(const std::string& code, const std::string& own_title) {
  corpus::Page p = make_page("人民日报", {2023, 6, 21}, code);
  p.articles.push_back(make_article(own_title, {"本报讯 这是" + own_title + "的正文。"}));
  p.articles.push_back(make_article("夏粮收购进度过半", kStory, 5));
  return p;
}

Library reader(const std::string& location) { return testing::open_ro(location); }

std::vector<std::int64_t> hits(Library& lib, const std::string& query) {
  return testing::all_hit_ids(lib, query);
}

// The library lists 3 articles: the story once, on page `kept`, with both pages.
void expect_listed_once(Library& lib, const std::vector<std::string>& pages) {
  const auto rows = testing::all_rows(lib);
  ASSERT_EQ(rows.size(), 3u);
  auto count = lib.count({});
  ASSERT_TRUE(count);
  EXPECT_EQ(*count, 3);
  const auto ids = hits(lib, "夏粮收购");
  ASSERT_EQ(ids.size(), 1u);
  auto article = lib.article(ids[0]);
  ASSERT_TRUE(article && *article);
  EXPECT_EQ((*article)->page, pages.front());
  EXPECT_EQ((*article)->pages, pages);
  EXPECT_EQ((*article)->paragraphs, kStory);  // the text once, not twice
  testing::expect_overview_agrees_with_lists(lib);
  if (!on_postgres(lib.path())) testing::expect_tally_matches_articles(lib.path());
}

// The story is found once, as an article on `pages`, with its text once.
void expect_story_on(Library& lib, const std::vector<std::string>& pages) {
  const auto ids = hits(lib, "夏粮收购");
  ASSERT_EQ(ids.size(), 1u);
  auto article = lib.article(ids[0]);
  ASSERT_TRUE(article && *article);
  EXPECT_EQ((*article)->pages, pages);
  EXPECT_EQ((*article)->paragraphs, kStory);
}

class Reprints : public testing::Backends {};

TEST_P(Reprints, AStoryPrintedTwiceInAnIssueIsListedOnceWithBothPages) {
  for (const bool front_first : {true, false}) {
    SCOPED_TRACE(front_first ? "page 01 indexed first" : "page 04 indexed first");
    TempDir dir;
    const std::string db = GetParam() == testing::Kind::kSqlite ? dir / "k.db" : testing_pg::fresh_database();
    if (front_first) store_page(db, dir / "01.txt", page_with_story("01", "头版另一篇"));
    store_page(db, dir / "04.txt", page_with_story("04", "四版另一篇"));
    if (!front_first) store_page(db, dir / "01.txt", page_with_story("01", "头版另一篇"));
    auto lib = reader(db);
    expect_listed_once(lib, {"01", "04"});
  }
}

// The issue shows the later copy on its own page, after that page's own
// article, as the story kept on page 01.
TEST_P(Reprints, TheIssueShowsTheCopyOnItsPageAsAReprintOfTheKeptOne) {
  const std::string db = location_;
  TempDir& dir = dir_;
  store_page(db, dir / "01.txt", page_with_story("01", "头版另一篇"));
  store_page(db, dir / "04.txt", page_with_story("04", "四版另一篇"));
  auto lib = reader(db);
  auto issue = lib.issue("人民日报", StoredDate{2023, 6, 21});
  ASSERT_TRUE(issue && *issue);
  const auto& pages = (*issue)->pages;
  ASSERT_EQ(pages.size(), 2u);
  ASSERT_EQ(pages[0].articles.size(), 2u);
  EXPECT_TRUE(pages[0].joined.empty());
  ASSERT_EQ(pages[1].articles.size(), 1u);
  EXPECT_EQ(pages[1].articles[0].title, "四版另一篇");
  ASSERT_EQ(pages[1].joined.size(), 1u);
  const JoinedPart& copy = pages[1].joined[0];
  EXPECT_EQ(copy.head.id, pages[0].articles[1].id);
  EXPECT_EQ(copy.head.page, "01");
  EXPECT_TRUE(copy.reprint);
  EXPECT_EQ(copy.after_articles, 1u);
}

TEST_P(Reprints, OnlyTheSameTextInTheSameIssueIsAReprint) {
  const std::string db = location_;
  TempDir& dir = dir_;
  store_page(db, dir / "01.txt", page_with_story("01", "头版另一篇"));
  corpus::Page next_day = page_with_story("04", "次日四版");
  next_day.origin.issue = corpus::Date{2023, 6, 22};
  store_page(db, dir / "22/04.txt", next_day);
  corpus::Page edited = page_with_story("05", "五版另一篇");
  edited.articles[1].paragraphs.back() = "各地粮库延长开放时间。";
  store_page(db, dir / "05.txt", edited);
  auto lib = reader(db);
  EXPECT_EQ(testing::all_rows(lib).size(), 6u);
  EXPECT_EQ(hits(lib, "夏粮收购").size(), 3u);
}

TEST_P(Reprints, ReindexingOrRemovingEitherCopyKeepsTheStoryOnce) {
  const std::string db = location_;
  TempDir& dir = dir_;
  store_page(db, dir / "01.txt", page_with_story("01", "头版另一篇"));
  store_page(db, dir / "04.txt", page_with_story("04", "四版另一篇"));
  store_page(db, dir / "04.txt", page_with_story("04", "四版另一篇"));  // the copy's file changed
  {
    auto lib = reader(db);
    expect_listed_once(lib, {"01", "04"});
  }
  store_page(db, dir / "01.txt", page_with_story("01", "头版另一篇"));  // the kept one's file changed
  {
    auto lib = reader(db);
    expect_listed_once(lib, {"01", "04"});
  }
  remove_file(db, dir / "01.txt");  // the kept copy is gone: page 04's stands alone
  auto lib = reader(db);
  ASSERT_EQ(testing::all_rows(lib).size(), 2u);
  expect_story_on(lib, {"04"});
}

// A long report printed in full on each of the four pages it fills (as the
// crawl of 人民日报 holds 2020-05-31's reports on 02, 05, 06 and 07),
// indexed out of order: one article on the first page, with all four.
TEST_P(Reprints, AReportOnFourPagesIsOneArticleUntilItsPagesGo) {
  const std::string db = location_;
  TempDir& dir = dir_;
  for (const char* code : {"06", "02", "07", "05"})
    store_page(db, dir / (std::string(code) + ".txt"),
               page_with_story(code, std::string("第") + code + "版另一篇"));
  {
    SCOPED_TRACE("all four stored");
    auto lib = reader(db);
    ASSERT_EQ(testing::all_rows(lib).size(), 5u);
    expect_story_on(lib, {"02", "05", "06", "07"});
    testing::expect_overview_agrees_with_lists(lib);
  }
  store_page(db, dir / "06.txt", page_with_story("06", "第06版另一篇"));  // a copy's file changed
  remove_file(db, dir / "02.txt");  // the kept copy goes: the other three are one again, on 05
  {
    SCOPED_TRACE("02 removed");
    auto lib = reader(db);
    ASSERT_EQ(testing::all_rows(lib).size(), 4u);
    expect_story_on(lib, {"05", "06", "07"});
    testing::expect_overview_agrees_with_lists(lib);
    if (!on_postgres(lib.path())) testing::expect_tally_matches_articles(lib.path());
  }
  store_page(db, dir / "02.txt", page_with_story("02", "第02版另一篇"));  // and comes back first
  auto lib = reader(db);
  expect_story_on(lib, {"02", "05", "06", "07"});
  if (GetParam() == testing::Kind::kSqlite) {
    EXPECT_EQ(testing::integrity_check(db), "ok");
  }
}

INSTANTIATE_TEST_SUITE_P(Store, Reprints, ::testing::Values(testing::Kind::kSqlite, testing::Kind::kPostgres),
                         testing::kind_name);

}  // namespace
}  // namespace kanbao::store
