// SPDX-License-Identifier: MIT
// A national paper (人民日报) in the browser: no district applies to its
// articles, so no screen calls their district unknown, and a library of
// one national paper opens on the papers (paper -> issue -> page). Pages
// invented here, filed as the archives file them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "english.h"
#include "tui/article_actions.h"
#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;
using testing::render;
using testing::screen_text;
namespace fs = std::filesystem;

constexpr const char* kUnknown = "未知地区";

// A page of `paper` on 2020-01-08 with two articles and no byline (so a
// row's tail would be its district).
void write_page(const fs::path& archive, const std::string& paper, const std::string& page) {
  const fs::path file = archive / paper / "2020/01/08" / (page + ".txt");
  fs::create_directories(file.parent_path());
  std::ofstream out(file);
  out << "冬季蔬菜供应充足\n\n　　本报北京1月7日电　连日来，各地蔬菜批发市场货源充足，价格总体平稳。\n\n"
      << "新建的图书馆开馆迎客\n\n　　本报上海1月7日电　新建的图书馆昨天开馆，藏书二十万册。\n";
}

// A library of the pages `papers` name (one page 01 each), in a new folder.
std::string library_of(const std::vector<std::string>& papers) {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_national_");
  for (const auto& paper : papers) write_page(dir / "archive", paper, "01");
  return testing::index_library(dir.string(), (dir / "archive").string());
}

bool shows_unknown(View& view) {
  return screen_text(render(view, 12, 100)).find(kUnknown) != std::string::npos;
}

TEST(NationalPaper, OpensOnThePapersAndNoRowSaysUnknownDistrict) {
  FakeContext ctx("", library_of({"人民日报"}));
  auto home = make_home_view(ctx);
  ASSERT_TRUE(home);
  EXPECT_EQ(home->title(), "报纸");
  EXPECT_NE(screen_text(render(*home, 12, 100)).find("人民日报"), std::string::npos);
  auto issue = make_issue_view(ctx, "人民日报", store::StoredDate{2020, 1, 8});
  ASSERT_TRUE(issue);
  const std::string rows = screen_text(render(*issue, 12, 100));
  EXPECT_NE(rows.find("冬季蔬菜供应充足"), std::string::npos) << rows;
  EXPECT_EQ(rows.find(kUnknown), std::string::npos) << rows;
  auto all = make_articles_view(ctx, std::nullopt, "全部");
  EXPECT_FALSE(shows_unknown(*all)) << screen_text(render(*all, 12, 100));
  auto search = make_search_view(ctx, std::nullopt, "蔬菜");
  const std::string hits = screen_text(render(*search, 12, 100));
  EXPECT_NE(hits.find("冬季蔬菜供应充足"), std::string::npos) << hits;
  EXPECT_EQ(hits.find(kUnknown), std::string::npos) << hits;
  // The districts screen (按地区浏览) offers 全部, not a lone 未知地区 group.
  auto districts = make_districts_view(ctx);
  const std::string screen = screen_text(render(*districts, 12, 100));
  EXPECT_NE(screen.find("全部"), std::string::npos) << screen;
  EXPECT_EQ(screen.find(kUnknown), std::string::npos) << screen;
}

// The papers screen's count columns are as wide as their words in the
// browser's language: English "art." and "issues" were cut to "art" and
// "issue" (a newcomer's test).
TEST(NationalPaper, ThePapersScreensCountsAreNotCutInEnglish) {
  testing::English english;
  ASSERT_EQ(english.error(), "");
  FakeContext ctx("", library_of({"人民日报", "郑州日报"}));
  auto home = make_home_view(ctx);
  ASSERT_TRUE(home);
  const std::string screen = screen_text(render(*home, 12, 100));
  EXPECT_NE(screen.find("2 art. "), std::string::npos) << screen;
  EXPECT_NE(screen.find("1 issues"), std::string::npos) << screen;
}

// A search hit of a city paper's article the parser could not place names
// its paper (a newcomer's test: 都市快报's hits said only 未知地区).
TEST(NationalPaper, ASearchHitOfNoDistrictNamesItsPaper) {
  FakeContext ctx("", library_of({"人民日报", "郑州日报"}));
  auto search = make_search_view(ctx, std::nullopt, "图书馆");
  search->on_key(key::kEnter, ctx);
  const std::string hits = screen_text(render(*search, 12, 100));
  EXPECT_NE(hits.find("· 郑州日报"), std::string::npos) << hits;
  EXPECT_NE(hits.find("· 人民日报"), std::string::npos) << hits;
  EXPECT_EQ(hits.find(kUnknown), std::string::npos) << hits;
}

// User test, session 30: `/` in 未知地区 said 出错：没有叫“”的地区. It finds
// that group's articles: the city paper's of no district, not the national
// paper's, which 未知地区 does not list.
TEST(NationalPaper, ASearchInTheUnknownDistrictFindsItsArticles) {
  FakeContext ctx("", library_of({"人民日报", "郑州日报"}));
  auto search = make_search_view(ctx, std::string(), "图书馆");
  const std::string hits = screen_text(render(*search, 12, 100));
  EXPECT_EQ(hits.find("出错"), std::string::npos) << hits;
  EXPECT_NE(hits.find("· 郑州日报"), std::string::npos) << hits;
  EXPECT_EQ(hits.find("· 人民日报"), std::string::npos) << hits;
  EXPECT_EQ(search->position(), "1/1 篇");
}

// A city paper's article without a district still says so, beside a
// national paper's that does not.
TEST(NationalPaper, ACityPapersArticleWithoutDistrictStillSaysUnknown) {
  FakeContext ctx("", library_of({"人民日报", "郑州日报"}));
  auto national = make_issue_view(ctx, "人民日报", store::StoredDate{2020, 1, 8});
  auto city = make_issue_view(ctx, "郑州日报", store::StoredDate{2020, 1, 8});
  ASSERT_TRUE(national && city);
  EXPECT_FALSE(shows_unknown(*national));
  EXPECT_TRUE(shows_unknown(*city)) << screen_text(render(*city, 12, 100));
}

// The first line of `screen` that holds `needle`, "" if none.
std::string line_with(const std::string& screen, const std::string& needle) {
  const std::size_t at = screen.find(needle);
  if (at == std::string::npos) return "";
  const std::size_t start = screen.rfind('\n', at);
  const std::size_t end = screen.find('\n', at);
  const std::size_t from = start == std::string::npos ? 0 : start + 1;
  return screen.substr(from, (end == std::string::npos ? screen.size() : end) - from);
}

// Beside a city paper, the districts screen's 未知地区 counts the city
// paper's articles without a district, not the national paper's: 全部
// counts all four, 未知地区 郑州日报's two.
TEST(NationalPaper, UnknownDistrictCountsOnlyCityPapersArticles) {
  FakeContext ctx("", library_of({"人民日报", "郑州日报"}));
  auto districts = make_districts_view(ctx);
  const std::string screen = screen_text(render(*districts, 12, 100));
  const std::string unknown = line_with(screen, kUnknown);
  const std::string all = line_with(screen, "全部");
  ASSERT_NE(unknown, "") << screen;
  EXPECT_NE(all.find(" 4 "), std::string::npos) << screen;
  EXPECT_NE(unknown.find(" 2 "), std::string::npos) << screen;
  EXPECT_EQ(unknown.find(" 4 "), std::string::npos) << screen;
  // Its list holds those two.
  auto list = make_articles_view(ctx, std::string(), kUnknown);
  EXPECT_EQ(list->position(), "1/2");
}

// Reading a national paper's article leaves 未知地区's unread count as it
// was (its article is none of 未知地区's) and lowers 全部's; reading a city
// paper's article without a district lowers both.
TEST(NationalPaper, ReadingANationalArticleLeavesUnknownDistrictsUnreadCount) {
  FakeContext ctx("", library_of({"人民日报", "郑州日报"}));
  auto national = ctx.library().list([] {
    store::ListQuery q;
    q.paper = "人民日报";
    return q;
  }());
  auto city = ctx.library().list([] {
    store::ListQuery q;
    q.paper = "郑州日报";
    return q;
  }());
  ASSERT_TRUE(national && city);
  ASSERT_FALSE(national->rows.empty());
  ASSERT_FALSE(city->rows.empty());
  ASSERT_TRUE(ctx.state().set_read(national->rows.front(), true));
  auto districts = make_districts_view(ctx);
  std::string screen = screen_text(render(*districts, 12, 100));
  EXPECT_NE(line_with(screen, kUnknown).find("2 篇 2 未读"), std::string::npos) << screen;
  EXPECT_NE(line_with(screen, "全部").find("4 篇 3 未读"), std::string::npos) << screen;
  ASSERT_TRUE(ctx.state().set_read(city->rows.front(), true));
  districts->reload(ctx);
  screen = screen_text(render(*districts, 12, 100));
  EXPECT_NE(line_with(screen, kUnknown).find("2 篇 1 未读"), std::string::npos) << screen;
  EXPECT_NE(line_with(screen, "全部").find("4 篇 2 未读"), std::string::npos) << screen;
}

// A bookmarked article of a national paper shows no 未知地区; a city
// paper's still does.
TEST(NationalPaper, ABookmarkOfANationalPapersArticleSaysNoUnknownDistrict) {
  FakeContext ctx;
  for (const char* paper : {"人民日报", "郑州日报"}) {
    store::ArticleRow row;
    row.path = std::string("/archive/") + paper + "/2020/01/08/01.txt";
    row.title = std::string(paper) + "的文章";
    row.paper = paper;
    auto added = ctx.state().toggle_bookmark(row);
    ASSERT_TRUE(added) << added.error().message();
  }
  auto view = make_bookmarks_view(ctx);
  const std::string text = screen_text(render(*view, 6, 60));
  const std::string national = line_with(text, "人民日报的文章");
  const std::string city = line_with(text, "郑州日报的文章");
  ASSERT_NE(national, "") << text;
  EXPECT_EQ(national.find(kUnknown), std::string::npos) << text;
  EXPECT_NE(city.find(kUnknown), std::string::npos) << text;
}

// The sample pages (郑州, no paper named) keep their districts screen:
// the districts, and 未知地区 for the articles without one.
TEST(NationalPaper, TheSampleLibraryStillOpensOnItsDistricts) {
  FakeContext ctx;
  auto home = make_home_view(ctx);
  ASSERT_TRUE(home);
  EXPECT_EQ(home->title(), "地区");
  auto rows = ctx.library().districts();
  ASSERT_TRUE(rows) << rows.error().message();
  ASSERT_GT(rows->size(), 1u);
  const bool unknown_held =
      std::any_of(rows->begin(), rows->end(), [](const auto& d) { return d.name.empty(); });
  EXPECT_EQ(screen_text(render(*home, 40, 100)).find(kUnknown) != std::string::npos, unknown_held);
}

// The papers screen ends, as the districts screen does, with 书签 (N): the
// bookmarks are reached from the first screen, and the count follows `m`.
TEST(NationalPaper, ThePapersScreensLastLineOpensTheBookmarks) {
  FakeContext ctx("", library_of({"人民日报", "郑州日报"}));
  auto home = make_home_view(ctx);
  ASSERT_EQ(home->title(), "报纸");
  const std::string before = screen_text(render(*home, 12, 100));
  EXPECT_NE(before.find("书签 (0)"), std::string::npos) << before;
  auto listed = ctx.library().list(store::ListQuery{});
  ASSERT_TRUE(listed && !listed->rows.empty());
  ASSERT_TRUE(ctx.state().toggle_bookmark(listed->rows.front()));
  const std::string after = screen_text(render(*home, 12, 100));
  EXPECT_NE(after.find("书签 (1)"), std::string::npos) << after;
  ASSERT_TRUE(home->on_action(Action::kBottom, ctx));
  ASSERT_TRUE(home->on_action(Action::kOpen, ctx));
  ASSERT_EQ(ctx.pushed.size(), 1u);
  EXPECT_EQ(ctx.pushed[0]->title(), "书签");
  // 按地区浏览 stays just above it.
  ASSERT_TRUE(home->on_action(Action::kUp, ctx));
  ASSERT_TRUE(home->on_action(Action::kOpen, ctx));
  ASSERT_EQ(ctx.pushed.size(), 2u);
  EXPECT_EQ(ctx.pushed[1]->title(), "地区");
}

// A page `page` of `paper` on `date` (YYYY/MM/DD) with two articles, in `archive`.
void write_dated_page(const fs::path& archive, const std::string& paper, const std::string& date,
                      const std::string& page, const std::string& first, const std::string& second) {
  const fs::path file = archive / paper / date / (page + ".txt");
  fs::create_directories(file.parent_path());
  std::ofstream out(file);
  out << first << "\n\n　　本报讯　连日来，各地蔬菜批发市场货源充足，价格总体平稳。\n\n"
      << second << "\n\n　　本报讯　新建的图书馆昨天开馆，藏书二十万册。\n";
}

// 人民日报 of 2020-05-31 and the newer 都市快报 of 2026-04-04.
std::string two_papers_library() {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_unread_");
  write_dated_page(dir / "archive", "人民日报", "2020/05/31", "01", "冬季蔬菜供应充足",
                   "新建的图书馆开馆迎客");
  write_dated_page(dir / "archive", "都市快报", "2026/04/04", "B08", "邀请百位市民品尝藕粉",
                   "城西公园花展开幕");
  return testing::index_library(dir.string(), (dir / "archive").string());
}

// `U` from a reader of 人民日报's issue went on, in place, to the newest
// unread article, 都市快报's: the header named the 人民日报 issue, and J/K
// said there was no next or previous. It opens from 全部 now, which holds it.
TEST(NextUnread, AnArticleOutsideTheIssueOpensFromAllArticles) {
  FakeContext ctx("", two_papers_library());
  auto all = ctx.library().list(store::ListQuery{});  // newest first: 都市快报's two
  ASSERT_TRUE(all && all->rows.size() == 4u);
  ASSERT_EQ(all->rows[0].paper, "都市快报");
  auto issue = make_issue_view(ctx, "人民日报", store::StoredDate{2020, 5, 31});
  ASSERT_TRUE(issue);
  ASSERT_TRUE(issue->on_action(Action::kOpen, ctx));
  ASSERT_EQ(ctx.pushed.size(), 1u);
  auto reader = std::move(ctx.pushed[0]);
  ctx.pushed.clear();
  render(*reader, 12, 80);
  ASSERT_EQ(reader->title(), "冬季蔬菜供应充足");
  ASSERT_TRUE(reader->on_action(Action::kNextUnread, ctx));
  EXPECT_EQ(ctx.pops, 1);  // this reader
  ASSERT_EQ(ctx.pushed.size(), 2u);
  EXPECT_EQ(ctx.pushed[0]->title(), "全部");
  View& next = *ctx.pushed[1];
  render(next, 12, 80);
  EXPECT_EQ(next.title(), all->rows[0].title);
  // J walks 全部, newest first: the other 都市快报 article.
  ASSERT_TRUE(next.on_action(Action::kNextArticle, ctx));
  EXPECT_EQ(next.title(), all->rows[1].title);
  EXPECT_EQ(ctx.pushed[0]->preview_id(), all->rows[1].id);
}

// An unread article the issue holds opens there: `U` in its reader loads it
// in place and J/K go on through the issue.
TEST(NextUnread, AnArticleOfTheIssueOpensInIt) {
  FakeContext ctx("", two_papers_library());
  auto dskb = ctx.library().issue("都市快报", store::StoredDate{2026, 4, 4});
  ASSERT_TRUE(dskb && *dskb);
  const auto& rows = (*dskb)->pages.front().articles;
  ASSERT_EQ(rows.size(), 2u);
  auto issue = make_issue_view(ctx, "都市快报", store::StoredDate{2026, 4, 4});
  ASSERT_TRUE(issue);
  ASSERT_TRUE(issue->on_action(Action::kDown, ctx));  // the second article
  ASSERT_TRUE(issue->on_action(Action::kOpen, ctx));
  ASSERT_EQ(ctx.pushed.size(), 1u);
  auto reader = std::move(ctx.pushed[0]);
  ctx.pushed.clear();
  render(*reader, 12, 80);
  ASSERT_EQ(reader->title(), rows[1].title);
  ASSERT_TRUE(reader->on_action(Action::kNextUnread, ctx));  // the first, unread
  EXPECT_EQ(ctx.pops, 0);
  EXPECT_TRUE(ctx.pushed.empty());
  EXPECT_EQ(reader->title(), rows[0].title);
  EXPECT_EQ(issue->preview_id(), rows[0].id);
  ASSERT_TRUE(reader->on_action(Action::kNextArticle, ctx));
  EXPECT_EQ(reader->title(), rows[1].title);
}

// `U` on a screen that does not list the article (the papers screen, an
// issue of another paper) opens it from 全部; a list that holds it opens it.
TEST(NextUnread, FromAScreenOpensInAListThatHoldsIt) {
  FakeContext ctx("", two_papers_library());
  const auto id = first_unread(ctx);
  ASSERT_TRUE(id);
  auto article = ctx.library().article(*id);
  ASSERT_TRUE(article && *article);
  auto home = make_home_view(ctx);
  open_unread(ctx, *id, home.get());
  ASSERT_EQ(ctx.pushed.size(), 2u);
  EXPECT_EQ(ctx.pushed[0]->title(), "全部");
  EXPECT_EQ(ctx.pushed[0]->preview_id(), id);
  EXPECT_EQ(ctx.pushed[1]->title(), (*article)->title);
  ctx.pushed.clear();
  auto all = make_articles_view(ctx, std::nullopt, "全部");
  render(*all, 12, 80);
  ASSERT_TRUE(all->on_action(Action::kBottom, ctx));
  open_unread(ctx, *id, all.get());
  ASSERT_EQ(ctx.pushed.size(), 1u);
  EXPECT_EQ(all->preview_id(), id);
  EXPECT_EQ(ctx.pushed[0]->title(), (*article)->title);
}

// The papers screen's 未知报纸 row (articles of no known paper: here a
// page filed under its date alone) did nothing on Enter, having no issue
// to open; it now opens those articles' list, as a paper's row opens.
TEST(NationalPaper, TheUnknownPapersRowOpensItsArticles) {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_unknown_paper_");
  write_page(dir / "archive", "人民日报", "01");
  const fs::path loose = dir / "archive/2020/01/09/01.txt";
  fs::create_directories(loose.parent_path());
  std::ofstream(loose) << "夜市重新开张\n\n　　本报讯　一条老街的夜市今天重新开张，摊主们早早摆好了摊位。\n";
  FakeContext ctx("", testing::index_library(dir.string(), (dir / "archive").string()));
  auto home = make_home_view(ctx);
  ASSERT_EQ(home->title(), "报纸");
  const std::string screen = screen_text(render(*home, 12, 100));
  ASSERT_NE(screen.find("未知报纸"), std::string::npos) << screen;
  // The rows: 人民日报 (two articles) first, then 未知报纸 (one).
  ASSERT_TRUE(home->on_action(Action::kDown, ctx));
  ASSERT_EQ(home->paper(), std::optional<std::string>("")) << screen;
  ASSERT_TRUE(home->on_action(Action::kOpen, ctx));
  ASSERT_EQ(ctx.pushed.size(), 1u) << ctx.last_message;
  EXPECT_EQ(ctx.pushed[0]->title(), "未知报纸");
  EXPECT_EQ(ctx.pushed[0]->position(), "1/1");
  const std::string rows = screen_text(render(*ctx.pushed[0], 12, 100));
  EXPECT_NE(rows.find("夜市重新开张"), std::string::npos) << rows;
  EXPECT_EQ(rows.find("冬季蔬菜供应充足"), std::string::npos) << rows;
}

// A library of several papers names each row's paper in the lists that mix
// them (a newcomer's test: 新民晚报's rows said 普陀区 and nothing of the
// paper): search hits and 全部 say "郑州日报 管城回族区", a national paper's row
// its paper alone; a library of one paper names none, and a list of one
// district names neither.
TEST(SeveralPapers, MixedListsNameEachRowsPaperBeforeItsDistrict) {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_papers_");
  write_page(dir / "archive", "人民日报", "01");
  const fs::path city = dir / "archive" / "郑州日报" / "2020/01/09" / "02.txt";
  fs::create_directories(city.parent_path());
  std::ofstream(city) << "管城区新建图书馆开馆\n\n　　本报讯　管城区新建的图书馆昨天开馆，藏书二十万册。\n";
  FakeContext ctx("", testing::index_library(dir.string(), (dir / "archive").string()));
  auto search = make_search_view(ctx, std::nullopt, "图书馆");
  const std::string hits = screen_text(render(*search, 12, 100));
  EXPECT_NE(line_with(hits, "管城区新建图书馆开馆").find("· 郑州日报 管城回族区"), std::string::npos) << hits;
  EXPECT_NE(line_with(hits, "新建的图书馆开馆迎客").find("· 人民日报"), std::string::npos) << hits;
  auto all = make_articles_view(ctx, std::nullopt, "全部");
  const std::string rows = screen_text(render(*all, 12, 100));
  EXPECT_NE(line_with(rows, "管城区新建图书馆开馆").find("郑州日报 管城回族区"), std::string::npos) << rows;
  EXPECT_NE(line_with(rows, "冬季蔬菜供应充足").find("人民日报"), std::string::npos) << rows;
  auto district = make_articles_view(ctx, std::string("管城回族区"), "管城回族区");
  const std::string one = line_with(screen_text(render(*district, 12, 100)), "管城区新建图书馆开馆");
  EXPECT_EQ(one.find("郑州日报"), std::string::npos) << one;
  EXPECT_EQ(one.find("管城回族区"), std::string::npos) << one;

  const fs::path single = testing::make_temp_dir("kanbao_tui_one_paper_");
  const fs::path page = single / "archive" / "郑州日报" / "2020/01/09" / "02.txt";
  fs::create_directories(page.parent_path());
  fs::copy_file(city, page);
  FakeContext alone("", testing::index_library(single.string(), (single / "archive").string()));
  auto only = make_articles_view(alone, std::nullopt, "全部");
  const std::string row = line_with(screen_text(render(*only, 12, 100)), "管城区新建图书馆开馆");
  EXPECT_NE(row.find("管城回族区"), std::string::npos) << row;
  EXPECT_EQ(row.find("郑州日报"), std::string::npos) << row;
}

}  // namespace
}  // namespace kanbao::tui
