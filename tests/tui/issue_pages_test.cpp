// SPDX-License-Identifier: MIT
// The issue view as a digital newspaper (数字报) shows an issue: every page,
// a page holding only a part of an article listed on another page included;
// rows marked and columned as the other lists'; `:` jumps in place. And
// search results on a narrow screen, on the same small archive.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;
using testing::render;
using testing::screen_text;
namespace fs = std::filesystem;

// One article a page of 郑州日报 of 2021-03-05 (our own text): page 01 a
// story, page 02 the same story printed again (a reprint, joined to page
// 01's), page 03 a story of its own; and page 01 of 2021-03-06.
void write_page(const fs::path& path, const std::string& title, const std::string& body) {
  fs::create_directories(path.parent_path());
  std::ofstream page(path);
  page << title << "\n";
  for (int i = 1; i <= 3; ++i) page << "　　" << body << "第" << i << "段。\n";
}

const std::string& reprint_archive() {
  static const std::string* db = [] {
    const fs::path dir = testing::make_temp_dir("kanbao_tui_reprint_");
    const fs::path issue = dir / "archive" / "郑州日报" / "2021" / "03";
    const std::string story = "本报讯 市区新开通三条公交线路，方便居民出行，";
    write_page(issue / "05" / "01.txt", "市区新开三条公交线路", story);
    write_page(issue / "05" / "02.txt", "市区新开三条公交线路", story);
    write_page(issue / "05" / "03.txt", "城东公园春季花展开幕",
               "本报讯（记者 王刚）城东公园春季花展昨日开幕，");
    write_page(issue / "06" / "01.txt", "全市春耕备耕有序推进", "本报讯 全市春耕备耕工作有序推进，");
    return new std::string(testing::index_library(dir.string(), (dir / "archive").string()));
  }();
  return *db;  // left for the process to reclaim
}

constexpr store::StoredDate kMar5{2021, 3, 5};

// The row of `s` that holds `text`, -1 if none.
int row_with(const Screen& s, const std::string& text) {
  for (int r = 0; r < s.rows(); ++r)
    if (s.row_text(r).find(text) != std::string::npos) return r;
  return -1;
}

// Defect 1: a page whose only article is a reprint (or the rest of an
// article continued from another page) is a page of the issue: shown, its
// row opening the article it repeats, marked as such; counted once.
TEST(IssuePages, APageHoldingOnlyAPartOfAnotherPagesArticleIsShown) {
  FakeContext ctx("", reprint_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  EXPECT_EQ(issue->position(), "3 版 · 2 篇");
  const Screen s = render(*issue, 12, 80);
  const std::string text = screen_text(s);
  const int page2 = row_with(s, "02版");
  ASSERT_GE(page2, 0) << text;
  EXPECT_LT(row_with(s, "01版"), page2) << text;
  EXPECT_LT(page2, row_with(s, "03版")) << text;
  // The row under page 02's heading is the story of page 01, marked.
  EXPECT_NE(s.row_text(page2 + 1).find("市区新开三条公交线路（同第01版）"), std::string::npos) << text;
  const auto head = issue->preview_id();  // page 01's story, selected first
  ASSERT_TRUE(head);
  for (int i = 0; i < page2; ++i) issue->on_action(Action::kDown, ctx);
  EXPECT_EQ(issue->preview_id(), head) << text;
  EXPECT_TRUE(issue->on_action(Action::kOpen, ctx));
  ASSERT_EQ(ctx.pushed.size(), 1u);
  // The reader of the story, with both its pages.
  const std::string reader = screen_text(render(*ctx.pushed[0], 12, 80));
  EXPECT_NE(reader.find("市区新开三条公交线路"), std::string::npos) << reader;
  EXPECT_NE(reader.find("第01、02版"), std::string::npos) << reader;  // a Chinese list
}

// The one view pushed since ctx.pushed was last emptied, taken off it.
std::unique_ptr<View> take_pushed(FakeContext& ctx) {
  EXPECT_EQ(ctx.pushed.size(), 1u);
  if (ctx.pushed.size() != 1) return nullptr;
  auto view = std::move(ctx.pushed[0]);
  ctx.pushed.clear();
  return view;
}

// `:` in `from`, then `typed` and Enter at the prompt; whether `:` was taken.
bool go_to(View& from, FakeContext& ctx, const std::string& typed) {
  if (!from.on_action(Action::kGoTo, ctx)) return false;
  auto prompt = take_pushed(ctx);
  if (!prompt) return false;
  std::u32string keys;
  for (char c : typed) keys += static_cast<char32_t>(c);
  testing::type(*prompt, ctx, keys);
  EXPECT_TRUE(prompt->on_key(key::kEnter, ctx));
  return true;
}

// Defect 2: a date typed at `:` in an issue shows that issue in this view,
// as `]` does, instead of stacking a second issue view.
TEST(IssuePages, GoingToADateFromAnIssueReplacesIt) {
  FakeContext ctx("", reprint_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  ASSERT_TRUE(go_to(*issue, ctx, "2021-03-06"));
  EXPECT_EQ(ctx.pops, 1);  // the prompt
  EXPECT_TRUE(ctx.pushed.empty());
  EXPECT_EQ(issue->title(), "郑州日报 2021-03-06");
  EXPECT_NE(screen_text(render(*issue, 6, 80)).find("全市春耕备耕有序推进"), std::string::npos);
}

// An article's number typed at `:` in an issue opens it inside its own
// issue, shown in this view: a newcomer's `:9924` in the issue of 01-25
// showed "人民日报 2020-01-25 › <an article of 05-27>" in the breadcrumb.
TEST(IssuePages, GoingToAnArticleOfAnotherIssueShowsItsIssue) {
  FakeContext ctx("", reprint_archive());
  auto next_day = make_issue_view(ctx, "郑州日报", store::StoredDate{2021, 3, 6});
  ASSERT_TRUE(next_day);
  const auto id = next_day->preview_id();  // 03-06's one story
  ASSERT_TRUE(id);
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  ASSERT_TRUE(go_to(*issue, ctx, std::to_string(*id)));
  EXPECT_EQ(ctx.pops, 1);  // the prompt
  EXPECT_EQ(issue->title(), "郑州日报 2021-03-06");
  auto reader = take_pushed(ctx);
  ASSERT_TRUE(reader);
  EXPECT_NE(screen_text(render(*reader, 12, 80)).find("全市春耕备耕有序推进"), std::string::npos);
  EXPECT_EQ(issue->preview_id(), id);  // its row selected, as Enter would have opened it
}

// `:2021年3月6日`, the Chinese form of a date, goes to that issue as
// `:2021-03-06` does (a newcomer's test: it was refused), and a day the
// calendar lacks is said so in that form too.
TEST(IssuePages, GoingToAChineseDateShowsThatIssue) {
  EXPECT_EQ(parse_date_key("2021年3月6日"), (store::StoredDate{2021, 3, 6}));
  EXPECT_EQ(parse_date_key("2021年3月"), std::nullopt);  // an issue is a day
  FakeContext ctx("", reprint_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  const auto type_at_prompt = [&](const std::u32string& keys) {
    ASSERT_TRUE(issue->on_action(Action::kGoTo, ctx));
    auto prompt = take_pushed(ctx);
    ASSERT_TRUE(prompt);
    testing::type(*prompt, ctx, keys);
    EXPECT_TRUE(prompt->on_key(key::kEnter, ctx));
  };
  type_at_prompt(U"2021年3月6日");
  EXPECT_EQ(ctx.pops, 1);  // the prompt
  EXPECT_EQ(issue->title(), "郑州日报 2021-03-06");
  type_at_prompt(U"2021年2月30日");
  EXPECT_EQ(ctx.last_message, "2021年2月30日 不是日历上的一天（2021 年 2 月有 28 天）");
}

// Every form of a day a Chinese user types goes to that issue at `:`, as
// a search's date: and --from read them (base/typed_date.h; a newcomer's
// test: `:2021-3-6` and `:２０２１－０３－０６` were refused).
TEST(IssuePages, EveryTypedFormOfADayIsThatIssue) {
  for (const char* typed : {"2021-03-06", "2021-3-6", "20210306", "2021/3/6", "2021.3.6", "2021年3月6日",
                            "２０２１－０３－０６", "２０２１／３／６", "２０２１年３月６日"})
    EXPECT_EQ(parse_date_key(typed), (store::StoredDate{2021, 3, 6})) << typed;
  FakeContext ctx("", reprint_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  ASSERT_TRUE(go_to(*issue, ctx, "2021-3-6"));
  EXPECT_EQ(issue->title(), "郑州日报 2021-03-06");
  ASSERT_TRUE(go_to(*issue, ctx, "2021.3.5"));
  EXPECT_EQ(issue->title(), "郑州日报 2021-03-05");
  EXPECT_EQ(date_key_problem("２０２１－０２－２９"),
            "２０２１－０２－２９ 不是日历上的一天（2021 年 2 月有 28 天）");
  EXPECT_EQ(date_key_problem("2021-2-29"), "2021-2-29 不是日历上的一天（2021 年 2 月有 28 天）");
  EXPECT_EQ(date_key_problem("20210229"), std::nullopt);  // maybe an article's ID
}

// A date typed at `:` in a reader opened from an issue goes back to the
// issue and shows that issue there; before, it stacked a second issue view
// on the reader, and q walked back through the reader and the old issue.
TEST(IssuePages, GoingToADateFromAnIssuesReaderReplacesTheIssue) {
  FakeContext ctx("", reprint_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  ASSERT_TRUE(issue->on_action(Action::kOpen, ctx));
  auto reader = take_pushed(ctx);
  ASSERT_TRUE(reader);
  render(*reader, 12, 80);
  ASSERT_TRUE(go_to(*reader, ctx, "2021-03-06"));
  EXPECT_EQ(ctx.pops, 2) << "the prompt and the reader";
  EXPECT_TRUE(ctx.pushed.empty());
  EXPECT_EQ(issue->title(), "郑州日报 2021-03-06");
  EXPECT_NE(screen_text(render(*issue, 6, 80)).find("全市春耕备耕有序推进"), std::string::npos);
}

// An article number typed there still opens that article over the reader.
TEST(IssuePages, GoingToAnArticleFromAnIssuesReaderOpensIt) {
  FakeContext ctx("", reprint_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  const auto id = issue->preview_id();
  ASSERT_TRUE(id);
  ASSERT_TRUE(issue->on_action(Action::kOpen, ctx));
  auto reader = take_pushed(ctx);
  ASSERT_TRUE(reader);
  ASSERT_TRUE(go_to(*reader, ctx, std::to_string(*id)));
  EXPECT_EQ(ctx.pops, 1);  // the prompt only
  EXPECT_TRUE(take_pushed(ctx));
  EXPECT_EQ(issue->title(), "郑州日报 2021-03-05");
}

// Defect 3: issue rows carry the lists' unread • and bookmark * markers.
TEST(IssuePages, RowsShowUnreadAndBookmarkMarkers) {
  FakeContext ctx("", reprint_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  const Screen before = render(*issue, 12, 80);
  const int row = row_with(before, "城东公园春季花展开幕");
  ASSERT_GE(row, 0);
  EXPECT_EQ(before.row_text(row).rfind("• ", 0), 0u) << before.row_text(row);
  auto found = ctx.library().issue("郑州日报", kMar5);
  ASSERT_TRUE(found && *found);
  const store::ArticleRow& park = (*found)->pages.back().articles.front();
  ASSERT_TRUE(ctx.state().set_read(park, true));
  ASSERT_TRUE(ctx.state().toggle_bookmark(park));
  const Screen after = render(*issue, 12, 80);
  EXPECT_EQ(after.row_text(row).rfind(" *", 0), 0u) << after.row_text(row);
}

// `A` in an issue marks its articles read, as in the other lists; it said
// that A does not apply here.
TEST(IssuePages, MarkAllReadMarksTheIssuesArticles) {
  FakeContext ctx("", reprint_archive());
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  auto found = ctx.library().issue("郑州日报", kMar5);
  ASSERT_TRUE(found && *found);
  std::vector<store::ArticleRow> rows;
  for (const auto& page : (*found)->pages)
    rows.insert(rows.end(), page.articles.begin(), page.articles.end());
  ASSERT_GE(rows.size(), 2u);
  ASSERT_TRUE(ctx.state().set_read(rows.front(), true));
  EXPECT_TRUE(issue->on_action(Action::kMarkAllRead, ctx));
  EXPECT_EQ(ctx.last_message, "已将 " + std::to_string(rows.size() - 1) + " 篇标为已读");
  for (const auto& row : rows) EXPECT_TRUE(ctx.state().is_read(row)) << row.title;
  EXPECT_EQ(screen_text(render(*issue, 12, 80)).find("•"), std::string::npos);
  // Another issue's articles stay unread.
  auto next = ctx.library().issue("郑州日报", store::StoredDate{2021, 3, 6});
  ASSERT_TRUE(next && *next);
  EXPECT_FALSE(ctx.state().is_read((*next)->pages.front().articles.front()));
}

// Defect 3: the right-hand column means one thing on every row, as in the
// other lists: the district (where one applies), then the reporter.
TEST(IssuePages, TheRightColumnIsDistrictThenReporter) {
  FakeContext ctx("", reprint_archive());
  auto found = ctx.library().issue("郑州日报", kMar5);
  ASSERT_TRUE(found && *found);
  const store::ArticleRow& park = (*found)->pages.back().articles.front();
  ASSERT_EQ(park.reporters, std::vector<std::string>{"王刚"});
  const std::string where = district_label(park.district, park.paper, ctx.papers());
  ASSERT_FALSE(where.empty());  // a city paper's article: its district, or 未知地区
  auto issue = make_issue_view(ctx, "郑州日报", kMar5);
  ASSERT_TRUE(issue);
  const Screen s = render(*issue, 12, 80);
  const int row = row_with(s, "城东公园春季花展开幕");
  ASSERT_GE(row, 0);
  std::string line = s.row_text(row);
  while (!line.empty() && line.back() == ' ') line.pop_back();
  const std::string tail = where + " 王刚";
  ASSERT_GE(line.size(), tail.size());
  EXPECT_EQ(line.substr(line.size() - tail.size()), tail) << line;
}

// Defect 4: a search result row too narrow for title, hits, date and place
// drops the date and keeps the title whole.
TEST(SearchResults, NarrowRowsDropTheDateBeforeCuttingTheTitle) {
  FakeContext ctx("", reprint_archive());
  auto search = make_search_view(ctx, std::nullopt, "花展");
  search->on_key(key::kEnter, ctx);
  const std::string wide = screen_text(render(*search, 12, 100));
  EXPECT_NE(wide.find("2021-03-05"), std::string::npos) << wide;
  const Screen narrow = render(*search, 12, 40);
  const int row = row_with(narrow, "城东公园春季花展开幕");
  ASSERT_GE(row, 0) << screen_text(narrow);
  EXPECT_EQ(narrow.row_text(row).find("2021"), std::string::npos) << narrow.row_text(row);
  EXPECT_NE(narrow.row_text(row).find("处"), std::string::npos) << narrow.row_text(row);
}

// Search results carry the lists' unread • and bookmark * marks, and keep
// the title whole at 40 columns; they showed neither mark.
TEST(SearchResults, RowsShowUnreadAndBookmarkMarkers) {
  FakeContext ctx("", reprint_archive());
  auto search = make_search_view(ctx, std::nullopt, "花展");
  search->on_key(key::kEnter, ctx);
  const Screen before = render(*search, 12, 40);
  const int row = row_with(before, "城东公园春季花展开幕");
  ASSERT_GE(row, 0) << screen_text(before);
  EXPECT_EQ(before.row_text(row).rfind("•  城东公园春季花展开幕", 0), 0u) << before.row_text(row);
  auto found = ctx.library().issue("郑州日报", kMar5);
  ASSERT_TRUE(found && *found);
  const store::ArticleRow& park = (*found)->pages.back().articles.front();
  ASSERT_EQ(park.title, "城东公园春季花展开幕");
  ASSERT_TRUE(ctx.state().set_read(park, true));
  ASSERT_TRUE(ctx.state().toggle_bookmark(park));
  const Screen after = render(*search, 12, 40);
  EXPECT_EQ(after.row_text(row).rfind(" * 城东公园春季花展开幕", 0), 0u) << after.row_text(row);
  EXPECT_NE(after.row_text(row).find("处"), std::string::npos) << after.row_text(row);
}

}  // namespace
}  // namespace kanbao::tui
