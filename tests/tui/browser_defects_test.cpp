// SPDX-License-Identifier: MIT
// Defects a user reported on real pages (after 78e5e63), through the views
// and the screen model, on the sample library.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "text/width.h"
#include "tui/count_prefix.h"
#include "tui/message_lines.h"
#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;
using testing::render;
using testing::screen_text;
namespace fs = std::filesystem;

// The sample pages filed as issues of a paper (郑州日报 of 2020-01-24, -25
// with two pages, -27 with a page of our own), indexed once per test binary.
std::string make_issue_archive() {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_issues_");
  std::vector<fs::path> samples;
  for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR)) samples.push_back(e.path());
  std::sort(samples.begin(), samples.end());
  const char* const places[] = {"郑州日报/2020/01/24/01.txt", "郑州日报/2020/01/25/01.txt",
                                "郑州日报/2020/01/25/02.txt", "郑州日报/2020/01/27/01.txt"};
  for (std::size_t i = 0; i < std::size(places) && i < samples.size(); ++i) {
    const fs::path target = dir / "archive" / places[i];
    fs::create_directories(target.parent_path());
    fs::copy_file(samples[i], target);
  }
  // A page of our own whose article has a kicker and is longer than a screen.
  std::ofstream page(dir / "archive" / "郑州日报/2020/01/27/02.txt");
  page << "市统计局发布上半年经济数据\n上半年全市经济运行稳中向好主要指标好于预期\n";
  for (int i = 1; i <= 12; ++i)
    page << "　　市统计局昨天发布数据，上半年全市经济稳中向好，第" << i << "项指标好于预期。\n";
  page.close();
  return testing::index_library(dir.string(), (dir / "archive").string());
}

const std::string& issue_archive() {
  static const std::string* db = new std::string(make_issue_archive());
  return *db;  // left for the process to reclaim
}

constexpr store::StoredDate kJan25{2020, 1, 25};

// The first article of the archive with a kicker (引题).
std::optional<store::Article> article_with_kicker(FakeContext& ctx) {
  for (std::int64_t id = 1; id < 100; ++id) {
    auto got = ctx.library().article(id);
    if (got && *got && !(**got).kicker.empty()) return **got;
  }
  return std::nullopt;
}

// Defect 1: an article longer than the screen opens at its top, the kicker
// first, not at the title under it.
TEST(ReaderOpens, AtTheKickerOfALongArticle) {
  FakeContext ctx("", issue_archive());
  const auto article = article_with_kicker(ctx);
  ASSERT_TRUE(article);
  auto reader = make_reader_view(ctx, article->id, ReaderOptions{});
  const Screen s = render(*reader, 8, 60);
  EXPECT_EQ(s.row_text(0).find(article->kicker.substr(0, 6)), 0u) << screen_text(s);
  EXPECT_NE(reader->position(), "100%");  // longer than the screen
  // Left at its top and opened again, it is at its top again.
  reader->on_action(Action::kBack, ctx);
  auto again = make_reader_view(ctx, article->id, ReaderOptions{});
  EXPECT_EQ(render(*again, 8, 60).row_text(0).find(article->kicker.substr(0, 6)), 0u);
}

// Defect 2: an issue opens with its first article selected and the first
// page's heading above it on screen (it was scrolled off the top).
TEST(IssueOpens, WithTheFirstPageHeadingInView) {
  FakeContext ctx("", issue_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kJan25);
  ASSERT_TRUE(issue);
  // Fewer rows than the issue has: the heading is not simply scrolled back.
  const Screen s = render(*issue, 3, 80);
  EXPECT_NE(s.row_text(0).find("01版"), std::string::npos) << screen_text(s);
  EXPECT_NE(s.row_text(2), "") << screen_text(s);
  EXPECT_TRUE(issue->preview_id());  // an article, not the heading, is selected
  // So after `]` to the next issue.
  issue->on_action(Action::kNextIssue, ctx);
  EXPECT_EQ(issue->title(), "郑州日报 2020-01-27");
  EXPECT_NE(render(*issue, 3, 80).row_text(0).find("01版"), std::string::npos);
  // Where there is room for one row only, the selected article shows.
  auto tiny = make_issue_view(ctx, "郑州日报", kJan25);
  EXPECT_EQ(render(*tiny, 1, 80).row_text(0).find("01版"), std::string::npos);
}

// Defect 3: `[` / `]` in the reader open the previous / next issue of the
// article's paper over the reader; at the ends and without a paper or date
// a message says why not.
TEST(ReaderIssueSteps, OpenTheAdjacentIssueOrSayWhyNot) {
  FakeContext ctx("", issue_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kJan25);
  ASSERT_TRUE(issue);
  auto reader = make_reader_view(ctx, *issue->preview_id(), ReaderOptions{});
  render(*reader, 20, 80);
  EXPECT_TRUE(reader->on_action(Action::kNextIssue, ctx));
  ASSERT_EQ(ctx.pushed.size(), 1u);
  EXPECT_EQ(ctx.pushed[0]->title(), "郑州日报 2020-01-27");
  EXPECT_EQ(ctx.pops, 0);  // q comes back to the article
  EXPECT_TRUE(reader->on_action(Action::kPrevIssue, ctx));
  ASSERT_EQ(ctx.pushed.size(), 2u);
  EXPECT_EQ(ctx.pushed[1]->title(), "郑州日报 2020-01-24");
  // From the first issue's article there is no earlier one.
  auto first = make_reader_view(ctx, *ctx.pushed[1]->preview_id(), ReaderOptions{});
  render(*first, 20, 80);
  first->on_action(Action::kPrevIssue, ctx);
  EXPECT_EQ(ctx.pushed.size(), 2u);
  EXPECT_EQ(ctx.last_message, "已是最早一期");
  // The sample library files no page under a paper and a date.
  FakeContext plain;
  auto list = make_articles_view(plain, std::nullopt, "全部");
  render(*list, 20, 80);
  auto undated = make_reader_view(plain, *list->preview_id(), ReaderOptions{});
  render(*undated, 20, 80);
  EXPECT_TRUE(undated->on_action(Action::kNextIssue, plain));
  EXPECT_TRUE(plain.pushed.empty());
  EXPECT_NE(plain.last_message.find("不详，没有上一期/下一期"), std::string::npos) << plain.last_message;
}

// Defect 3: the reader's help lists [ and ], as the manual says.
TEST(ReaderIssueSteps, TheReadersHelpListsThem) {
  const Keymap keymap;
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 20, 80);
  auto reader = make_reader_view(ctx, *list->preview_id(), ReaderOptions{});
  std::string help;
  for (const auto& line : keymap.help_lines(reader->key_table())) help += line + "\n";
  EXPECT_NE(help.find(std::string(Keymap::description(Action::kPrevIssue))), std::string::npos) << help;
  EXPECT_NE(help.find(std::string(Keymap::description(Action::kNextIssue))), std::string::npos) << help;
}

// The reader of the article selected in `issue` (Enter there), taken off
// ctx.pushed and rendered once.
std::unique_ptr<View> open_from(View& issue, FakeContext& ctx) {
  EXPECT_TRUE(issue.on_action(Action::kOpen, ctx));
  EXPECT_EQ(ctx.pushed.size(), 1u);
  if (ctx.pushed.size() != 1) return nullptr;
  auto reader = std::move(ctx.pushed[0]);
  ctx.pushed.clear();
  render(*reader, 20, 80);
  return reader;
}

// `[` / `]` in a reader opened from an issue go back to the issue view and
// show the other issue there, as `:DATE` does: they stacked an issue view
// on the reader, and q walked back through the reader and the old issue.
TEST(ReaderIssueSteps, FromAnIssuesReaderReplaceTheIssue) {
  FakeContext ctx("", issue_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kJan25);
  ASSERT_TRUE(issue);
  auto reader = open_from(*issue, ctx);
  ASSERT_TRUE(reader);
  EXPECT_TRUE(reader->on_action(Action::kNextIssue, ctx));
  EXPECT_TRUE(ctx.pushed.empty());
  EXPECT_EQ(ctx.pops, 1);  // the reader
  EXPECT_EQ(issue->title(), "郑州日报 2020-01-27");
  EXPECT_EQ(ctx.last_message, "郑州日报 2020-01-27");
  auto again = open_from(*issue, ctx);
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->on_action(Action::kPrevIssue, ctx));
  EXPECT_TRUE(ctx.pushed.empty());
  EXPECT_EQ(ctx.pops, 2);
  EXPECT_EQ(issue->title(), "郑州日报 2020-01-25");
}

// A count before `]` / `[` moves that many issues, stopping at the last /
// first; it moved one.
TEST(IssueSteps, ACountMovesThatManyIssues) {
  FakeContext ctx("", issue_archive());
  auto issue = make_issue_view(ctx, "郑州日报", store::StoredDate{2020, 1, 24});
  ASSERT_TRUE(issue);
  const auto still_here = [] { return true; };
  EXPECT_TRUE(apply_count(*issue, ctx, Action::kNextIssue, 2, still_here));
  EXPECT_EQ(issue->title(), "郑州日报 2020-01-27");
  EXPECT_TRUE(apply_count(*issue, ctx, Action::kPrevIssue, 9, still_here));
  EXPECT_EQ(issue->title(), "郑州日报 2020-01-24");
  EXPECT_TRUE(apply_count(*issue, ctx, Action::kPrevIssue, 3, still_here));
  EXPECT_EQ(issue->title(), "郑州日报 2020-01-24");
  EXPECT_EQ(ctx.last_message, "已是最早一期");
  // From the issue's reader, the issue view moves that many.
  auto reader = open_from(*issue, ctx);
  ASSERT_TRUE(reader);
  EXPECT_TRUE(apply_count(*reader, ctx, Action::kNextIssue, 2, still_here));
  EXPECT_EQ(ctx.pops, 1);
  EXPECT_EQ(issue->title(), "郑州日报 2020-01-27");
  // From a reader of a list, the issue stacked on it is that many on.
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 20, 80);
  ASSERT_TRUE(list->on_action(Action::kBottom, ctx));
  auto oldest = make_reader_view(ctx, *list->preview_id(), ReaderOptions{});
  render(*oldest, 20, 80);
  EXPECT_TRUE(apply_count(*oldest, ctx, Action::kNextIssue, 2, still_here));
  ASSERT_EQ(ctx.pushed.size(), 1u);
  EXPECT_EQ(ctx.pushed[0]->title(), "郑州日报 2020-01-27");
}

// Defect 4: a failed `:` jump closes the prompt and says why in the status
// line, so what is typed next is not added to the old text.
TEST(GoToPrompt, AFailedJumpClosesThePromptWithTheError) {
  FakeContext ctx("", issue_archive());
  for (const auto& [typed, said] :
       {std::pair{U"2020-02-01", "没有 2020-02-01 这一期"},
        std::pair{U"abc", "“abc” 既不是文章编号也不是日期（YYYY-MM-DD）"},
        std::pair{U"2020-02-30", "2020-02-30 不是日历上的一天（2020 年 2 月有 29 天）"},
        std::pair{U"2021/02/29", "2021/02/29 不是日历上的一天（2021 年 2 月有 28 天）"},
        std::pair{U"2020-13-01", "2020-13-01 不是日历上的一天（一年只有 12 个月）"},
        std::pair{U"99999", "没有编号为 99999 的文章"}}) {
    auto prompt = make_goto_view(std::optional<std::string>("郑州日报"));
    const int pops = ctx.pops;
    testing::type(*prompt, ctx, typed);
    EXPECT_TRUE(prompt->on_key(key::kEnter, ctx));
    EXPECT_EQ(ctx.pops, pops + 1) << said;
    EXPECT_EQ(ctx.last_message, said);
    EXPECT_TRUE(ctx.last_error);
    EXPECT_TRUE(ctx.pushed.empty());
  }
  // A jump that works replaces the prompt with the issue.
  auto prompt = make_goto_view(std::optional<std::string>("郑州日报"));
  testing::type(*prompt, ctx, U"20200125");
  prompt->on_key(key::kEnter, ctx);
  ASSERT_EQ(ctx.pushed.size(), 1u);
  EXPECT_EQ(ctx.pushed[0]->title(), "郑州日报 2020-01-25");
}

// Defect 5: the too-small notice fits every width down to one column, and
// keeps the sizes whole wherever they fit.
TEST(TooSmall, TheNoticeFitsEveryWidth) {
  for (int cols = 1; cols < 40; ++cols) {
    for (int rows = 1; rows < 6; ++rows) {
      const std::string notice = too_small_notice(cols, rows, 20, 6);
      EXPECT_LE(text::display_width(notice), cols) << notice;
      const std::string size = std::to_string(cols) + "x" + std::to_string(rows);
      if (cols >= 4) {
        EXPECT_NE(notice.find("20x6"), std::string::npos) << cols << ": " << notice;
      }
      if (cols >= 9) {
        EXPECT_NE(notice.find(size), std::string::npos) << cols << ": " << notice;
      }
      if (cols >= 24) {
        EXPECT_EQ(notice.find("窗口太小"), 0u) << notice;
      }
    }
  }
  EXPECT_EQ(too_small_notice(20, 5, 20, 6), "20x5，至少 20x6");
  EXPECT_EQ(too_small_notice(10, 3, 20, 6), "10x3<20x6");
}

// A library of 90 articles that all hold 蔬菜, on 45 pages (more than three
// of the search view's pages of results).
std::string many_hits_library() {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_many_hits_");
  for (int page = 0; page < 45; ++page) {
    const fs::path file =
        dir / "archive" / "郑州日报" / fmt::format("2020/03/{:02}/{:02}.txt", page / 3 + 1, page % 3 + 1);
    fs::create_directories(file.parent_path());
    std::ofstream out(file);
    for (int k = 0; k < 2; ++k) {
      const int n = page * 2 + k + 1;
      out << "第" << n << "号蔬菜基地开工\n\n　　本报讯　第" << n << "号蔬菜基地昨天开工，占地" << n
          << "亩，供应全市蔬菜。\n\n";
    }
  }
  return testing::index_library(dir.string(), (dir / "archive").string());
}

// Tester: G in search results stopped at the last result loaded so far
// (30/349); it goes to the last result, as G in a full list does.
TEST(SearchResults, GGoesToTheLastResultNotTheLastLoaded) {
  FakeContext ctx("", many_hits_library());
  auto search = make_search_view(ctx, std::nullopt, "蔬菜");
  search->on_key(key::kEnter, ctx);
  render(*search, 20, 80);
  ASSERT_EQ(search->position(), "1/90 篇");
  ASSERT_TRUE(search->on_action(Action::kBottom, ctx));
  render(*search, 20, 80);
  EXPECT_EQ(search->position(), "90/90 篇");
  EXPECT_EQ(search->length(), 90);
  search->on_action(Action::kTop, ctx);
  search->on_action(Action::kBottom, ctx);
  EXPECT_EQ(search->position(), "90/90 篇");
}

}  // namespace
}  // namespace kanbao::tui
