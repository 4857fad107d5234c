// SPDX-License-Identifier: MIT
// Issue 14 (the browser as a daily reader): each defect through the views
// and the screen model, on the sample library.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "english.h"
#include "text/utf8.h"
#include "text/width.h"
#include "tui/article_export.h"
#include "tui/count_prefix.h"
#include "tui/help_wrap.h"
#include "tui/message_lines.h"
#include "tui/panes.h"
#include "tui/row_fit.h"
#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;
using testing::has_style;
using testing::render;
using testing::screen_text;

// Defect 2: at 160-200 columns with an article open, every column is used.
TEST(Panes, AnOpenArticleTakesTheRightPaneAndNoColumnIsLeftBlank) {
  for (int cols : {160, 180, 200}) {
    const PanePlan open = plan_panes(3, TopKind::kReader, cols);  // districts, list, reader
    EXPECT_EQ(open.left, 0);
    EXPECT_EQ(open.middle, 1);
    EXPECT_EQ(open.right, 2);
    EXPECT_FALSE(open.preview);
    EXPECT_EQ(open.left_rect.cols + 1 + open.middle_rect.cols + 1 + open.right_rect.cols, cols);
    EXPECT_GT(open.right_rect.cols, open.middle_rect.cols);
    const PanePlan list = plan_panes(2, TopKind::kList, cols);  // districts, list (+ preview)
    EXPECT_TRUE(list.preview);
    EXPECT_EQ(list.right_rect.col + list.right_rect.cols, cols);
    const PanePlan two = plan_panes(2, TopKind::kReader, cols);  // bookmarks -> reader
    EXPECT_EQ(two.middle, -1);
    EXPECT_EQ(two.left_rect.cols + 1 + two.right_rect.cols, cols);
    const PanePlan help = plan_panes(4, TopKind::kOther, cols);  // help over a reader
    EXPECT_EQ(help.left, 2);
    EXPECT_EQ(help.right, 3);
    EXPECT_EQ(help.middle, -1);
  }
}

// Defect 2: the districts pane marks cut dates with "…".
TEST(Districts, ANarrowPaneMarksEveryCut) {
  FakeContext ctx;
  auto view = make_districts_view(ctx);
  const Screen s = render(*view, 8, 26);
  bool cut = false;
  for (int r = 1; r < 6; ++r) {
    const std::string row = s.row_text(r);
    if (row.find("…") != std::string::npos) cut = true;
    // A date range is either whole or ends in "…": never "06-1" at the edge.
    const auto dash = row.find("–");
    if (dash != std::string::npos && row.find("…") == std::string::npos) {
      const std::string tail = row.substr(dash + std::string("–").size());
      EXPECT_GE(tail.find_first_of(' ') == std::string::npos ? tail.size() : tail.find(' '), 5u) << row;
    }
  }
  EXPECT_TRUE(cut) << screen_text(s);
}

// Defect 7: at 20x6 and 40x12 the title gets the space; cuts end in "…";
// a year-less date takes 5 columns, not 10.
TEST(ArticlesList, NarrowRowsKeepTheTitleAndMarkCuts) {
  FakeContext ctx;
  auto view = make_articles_view(ctx, std::nullopt, "全部");
  for (auto [rows, cols] : {std::pair{4, 19}, std::pair{10, 40}}) {
    const Screen s = render(*view, rows, cols);
    for (int r = 0; r < rows; ++r) {
      const std::string row = s.row_text(r);
      int han = 0;
      for (std::size_t i = 0; i < row.size();) {
        const char32_t c = text::decode(row, i);
        if (c >= 0x4E00 && c <= 0x9FFF) ++han;
      }
      EXPECT_GE(han, cols / 4) << "row " << r << " at " << cols << ": " << row;
      EXPECT_NE(row.find("…"), std::string::npos) << row;  // sample titles are longer than 40 columns
      EXPECT_EQ(row.find("    "), std::string::npos) << "padding wasted: " << row;
    }
  }
}

TEST(RowFit, MetadataShrinksFirstAndGoesWhenTooSmall) {
  EXPECT_EQ(split_row(80, 30, 20).meta, 20);
  EXPECT_EQ(split_row(80, 30, 20).title, 60);
  EXPECT_EQ(split_row(40, 60, 20).meta, 10);  // a quarter when the title needs it all
  EXPECT_EQ(split_row(19, 60, 20).meta, 0);   // too little for metadata
  EXPECT_EQ(split_row(19, 60, 20).title, 19);
  EXPECT_EQ(split_row(30, 10, 0).title, 30);
}

// Defect 7 and 16: search results give the title the space, and a
// filter-only query shows no "0 处".
TEST(SearchResults, FilterOnlyQueryShowsNoZeroHitsAndTitlesComeFirst) {
  FakeContext ctx;
  auto view = make_search_view(ctx, std::nullopt, "district:管城回族区");
  view->on_key(key::kEnter, ctx);
  const Screen s = render(*view, 12, 40);
  const std::string text = screen_text(s);
  EXPECT_EQ(text.find("0 处"), std::string::npos) << text;
  EXPECT_NE(text.find("…"), std::string::npos) << text;
}

Screen reader_at(View& view, int rows, int cols) { return render(view, rows, cols); }

// Defect 5: after a resize the current hit stays on screen.
TEST(Reader, TheCurrentHitStaysVisibleAcrossAResize) {
  FakeContext ctx;
  auto search = make_search_view(ctx, std::nullopt, "持之以恒");
  search->on_key(key::kEnter, ctx);
  ASSERT_TRUE(search->preview_id());
  ReaderOptions options;
  options.query = "持之以恒";
  options.start_at_first_hit = true;
  auto reader = make_reader_view(ctx, *search->preview_id(), options);
  EXPECT_TRUE(has_style(reader_at(*reader, 28, 100), Style::kCurrentHit));
  EXPECT_TRUE(has_style(reader_at(*reader, 10, 40), Style::kCurrentHit))
      << screen_text(reader_at(*reader, 10, 40));
  EXPECT_TRUE(has_style(reader_at(*reader, 4, 30), Style::kCurrentHit));
  EXPECT_TRUE(has_style(reader_at(*reader, 28, 100), Style::kCurrentHit));
}

// Defect 16: `n` past the last hit of the last result says it is the last hit.
TEST(Reader, NextHitOnTheLastHitSaysSo) {
  FakeContext ctx;
  auto search = make_search_view(ctx, std::nullopt, "持之以恒");
  search->on_key(key::kEnter, ctx);
  search->on_action(Action::kBottom, ctx);
  ReaderOptions options;
  options.query = "持之以恒";
  options.start_at_last_hit = true;
  options.sequence = dynamic_cast<ArticleSequence*>(search.get());
  ASSERT_NE(options.sequence, nullptr);
  auto reader = make_reader_view(ctx, *search->preview_id(), options);
  render(*reader, 20, 80);
  reader->on_action(Action::kNextHit, ctx);
  EXPECT_EQ(ctx.last_message, "已是最后一处命中");
  EXPECT_NE(reader->position().find("命中"), std::string::npos);
}

// Space at the end of an article goes on to the next one; (END) is shown.
TEST(Reader, SpaceAtTheEndGoesToTheNextArticleAndTheEndIsShown) {
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 20, 80);
  list->on_action(Action::kOpen, ctx);
  ASSERT_EQ(ctx.pushed.size(), 1u);
  auto reader = std::move(ctx.pushed.back());
  ctx.pushed.clear();
  const std::string first = reader->title();
  Screen s = render(*reader, 20, 80);
  for (int i = 0; i < 200 && screen_text(s).find("(END)") == std::string::npos; ++i) {
    reader->on_action(Action::kPageDown, ctx);
    s = render(*reader, 20, 80);
  }
  EXPECT_NE(screen_text(s).find("(END)"), std::string::npos) << screen_text(s);
  EXPECT_EQ(reader->title(), first);
  EXPECT_NE(reader->position().find("100%"), std::string::npos);
  reader->on_action(Action::kPageDown, ctx);
  render(*reader, 20, 80);
  EXPECT_NE(reader->title(), first);
  EXPECT_EQ(list->position(), "2/" + std::to_string(list->length()));
}

// `/` in the reader searches the article; Tab widens to the library.
TEST(Reader, SlashSearchesThisArticleAndTabWidens) {
  FakeContext ctx;
  auto search = make_search_view(ctx, std::nullopt, "持之以恒");
  search->on_key(key::kEnter, ctx);
  auto reader = make_reader_view(ctx, *search->preview_id(), ReaderOptions{});
  render(*reader, 20, 80);
  EXPECT_TRUE(reader->on_action(Action::kSearch, ctx));
  EXPECT_TRUE(ctx.pushed.empty());  // no new library search stacked
  testing::type(*reader, ctx, U"持之以恒");
  reader->on_key(key::kEnter, ctx);
  const Screen s = render(*reader, 20, 80);
  EXPECT_TRUE(has_style(s, Style::kCurrentHit)) << screen_text(s);
  EXPECT_NE(reader->position().find("命中 1/"), std::string::npos);
  reader->on_action(Action::kWiden, ctx);
  ASSERT_EQ(ctx.pushed.size(), 1u);
  EXPECT_EQ(ctx.pushed[0]->search_query(), "持之以恒");
}

// `/` again offers the last query; what is typed replaces it (a newcomer
// typed "/guojia", then "/xx", and Tab searched the library for "guojiaxx"),
// and Enter alone keeps it.
TEST(Reader, SlashAgainReplacesTheLastQueryAsYouType) {
  FakeContext ctx;
  auto search = make_search_view(ctx, std::nullopt, "持之以恒");
  search->on_key(key::kEnter, ctx);
  ReaderOptions options;
  options.query = "持之以恒";
  auto reader = make_reader_view(ctx, *search->preview_id(), options);
  render(*reader, 20, 80);
  reader->on_action(Action::kSearch, ctx);
  EXPECT_TRUE(has_style(render(*reader, 20, 80), Style::kSelected));  // shown as going
  testing::type(*reader, ctx, U"人民");
  reader->on_key(key::kEnter, ctx);
  reader->on_action(Action::kWiden, ctx);
  ASSERT_EQ(ctx.pushed.size(), 1u);
  EXPECT_EQ(ctx.pushed[0]->search_query(), "人民");
}

// Defect 8: `f` folds like search, ignores subtitles, highlights, has
// history; `q` clears the filter before leaving.
TEST(ArticlesList, FilterFoldsHighlightsRemembersAndQClearsIt) {
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 20, 80);
  const auto all = list->length();
  list->on_action(Action::kFilter, ctx);
  testing::type(*list, ctx, U"區");  // traditional for 区
  list->on_key(key::kEnter, ctx);
  const Screen s = render(*list, 20, 80);
  EXPECT_GT(list->length(), 0) << screen_text(s);
  EXPECT_LT(list->length(), all);
  EXPECT_TRUE(has_style(s, Style::kHighlight) || has_style(s, Style::kSelectedHighlight)) << screen_text(s);
  EXPECT_EQ(ctx.filter_history(), std::vector<std::string>{"區"});
  // ↑ in the filter prompt brings it back.
  list->on_action(Action::kFilter, ctx);
  list->on_key(key::ctrl('u'), ctx);
  list->on_key(key::kUp, ctx);
  list->on_key(key::kEnter, ctx);
  EXPECT_NE(list->title().find("區"), std::string::npos);
  // q: the filter goes, the list stays.
  EXPECT_TRUE(list->on_action(Action::kBack, ctx));
  EXPECT_EQ(ctx.pops, 0);
  EXPECT_EQ(list->length(), all);
  EXPECT_FALSE(list->on_action(Action::kBack, ctx));  // the next q leaves (the app pops)
}

// Defect 10: `s` cycles the orders and keeps the selected article selected.
TEST(ArticlesList, SortingKeepsTheSelection) {
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 20, 80);
  list->on_action(Action::kDown, ctx);
  list->on_action(Action::kDown, ctx);
  list->on_action(Action::kDown, ctx);
  const auto id = list->preview_id();
  for (int i = 0; i < 4; ++i) {
    list->on_action(Action::kSort, ctx);
    EXPECT_EQ(list->preview_id(), id) << ctx.last_message;
  }
  EXPECT_EQ(list->title(), "全部");  // back to newest first
}

// Tester: sorting by title takes about a second on 10,000 articles: the
// list says 排序中… before it starts (and so for the reporter), not for
// the dates, which an index orders at once.
TEST(ArticlesList, TheSlowSortsSaySortingFirst) {
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 20, 80);
  list->on_action(Action::kSort, ctx);  // oldest first
  EXPECT_TRUE(ctx.said_now.empty());
  list->on_action(Action::kSort, ctx);  // title
  EXPECT_EQ(ctx.said_now, std::vector<std::string>{"排序中…"});
  EXPECT_EQ(ctx.last_message, "排序：按标题拼音");
  list->on_action(Action::kSort, ctx);  // reporter
  EXPECT_EQ(ctx.said_now.size(), 2u);
  testing::English english;
  ASSERT_EQ(english.error(), "");
  list->on_action(Action::kSort, ctx);  // newest first
  list->on_action(Action::kSort, ctx);  // oldest first
  list->on_action(Action::kSort, ctx);  // title
  ASSERT_EQ(ctx.said_now.size(), 3u);
  EXPECT_EQ(ctx.said_now.back(), "Sorting…");
}

// Defect 20: `R` keeps the cursor; a click on the selected row opens it.
TEST(ArticlesList, RefreshKeepsTheCursorAndAClickOnTheSelectionOpens) {
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 20, 80);
  list->on_action(Action::kDown, ctx);
  list->on_action(Action::kDown, ctx);
  const auto id = list->preview_id();
  list->reload(ctx);
  EXPECT_EQ(list->preview_id(), id);
  list->on_click(0, ctx);
  EXPECT_TRUE(ctx.pushed.empty());
  list->on_click(0, ctx);
  EXPECT_EQ(ctx.pushed.size(), 1u);
}

// Defect 20: Tab widens the search and narrows it back.
TEST(SearchResults, TabWidensAndNarrowsBack) {
  FakeContext ctx;
  auto view = make_search_view(ctx, std::string("管城回族区"), "社区");
  view->on_key(key::kEnter, ctx);
  EXPECT_EQ(view->scope(), std::optional<std::string>("管城回族区"));
  view->on_action(Action::kWiden, ctx);
  EXPECT_EQ(view->scope(), std::nullopt);
  view->on_action(Action::kWiden, ctx);
  EXPECT_EQ(view->scope(), std::optional<std::string>("管城回族区"));
}

// Reopening a finished article starts at the top.
TEST(Reader, AFinishedArticleReopensAtTheTop) {
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 20, 80);
  const auto id = *list->preview_id();
  auto reader = make_reader_view(ctx, id, ReaderOptions{});
  render(*reader, 10, 60);
  reader->on_action(Action::kBottom, ctx);
  render(*reader, 10, 60);
  reader->on_action(Action::kBack, ctx);
  auto again = make_reader_view(ctx, id, ReaderOptions{});
  render(*again, 10, 60);
  EXPECT_EQ(again->position().substr(0, 1) == "1" ? again->position() : std::string("top"), "top")
      << again->position();
  EXPECT_EQ(render(*again, 10, 60).row_text(0).find(reader->title().substr(0, 6)), 0u);
}

// Count prefixes.
TEST(CountPrefix, DigitsBeforeAKey) {
  Keymap keymap;
  CountPrefix count;
  EXPECT_FALSE(count.feed('0', keymap));  // 0 alone is not a count
  EXPECT_TRUE(count.feed('1', keymap));
  EXPECT_TRUE(count.feed('2', keymap));
  EXPECT_EQ(count.take(), 12);
  EXPECT_FALSE(count.take());
  keymap.bind(Action::kTop, {'5'});
  EXPECT_FALSE(count.feed('5', keymap));  // bound digits are keys
  EXPECT_EQ(count_use(Action::kBottom), CountUse::kGoTo);
  EXPECT_EQ(count_use(Action::kPercent), CountUse::kPercent);
  EXPECT_EQ(count_use(Action::kDown), CountUse::kRepeat);
  EXPECT_EQ(count_use(Action::kOpen), CountUse::kOnce);
}

TEST(CountPrefix, ViewsGoToARow) {
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 10, 80);
  EXPECT_TRUE(list->go_to(4, ctx));
  EXPECT_EQ(list->position(), "5/" + std::to_string(list->length()));
  // 5j: four repetitions here, the fifth as the key's own action.
  EXPECT_FALSE(apply_count(*list, ctx, Action::kDown, 5, [] { return true; }));
  list->on_action(Action::kDown, ctx);
  EXPECT_EQ(list->position(), "10/" + std::to_string(list->length()));
  // 1G and 50% in the reader.
  auto reader = make_reader_view(ctx, *list->preview_id(), ReaderOptions{});
  render(*reader, 10, 80);
  EXPECT_TRUE(apply_count(*reader, ctx, Action::kPercent, 50, [] { return true; }));
  const std::string half = reader->position();
  EXPECT_NE(half, "0%");
  EXPECT_TRUE(apply_count(*reader, ctx, Action::kBottom, 1, [] { return true; }));
  render(*reader, 10, 80);
  EXPECT_NE(reader->position(), half);
}

// Saving an article: the name comes from date and title; never overwrites.
TEST(SaveArticle, ProposedNameTextMarkdownAndNoOverwrite) {
  store::Article a;
  a.title = "管城区/召开 会议";
  a.date = store::StoredDate{0, 6, 20};
  a.district = "管城回族区";
  a.paragraphs = {"第一段。", "第二段。"};
  EXPECT_EQ(proposed_file_name(a), "06-20-管城区_召开-会议.txt");
  EXPECT_EQ(proposed_file_name(a, true), "06-20-管城区_召开-会议.md");
  const auto dir = std::filesystem::temp_directory_path() / ("kanbao_save_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string md = (dir / "a.md").string();
  ASSERT_TRUE(save_article(a, md));
  std::ifstream in(md);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text.rfind("# 管城区/召开 会议\n", 0), 0u);
  EXPECT_NE(text.find("第二段。"), std::string::npos);
  const Status again = save_article(a, md);
  ASSERT_FALSE(again);
  EXPECT_NE(again.error().message().find("已存在"), std::string::npos);
  // A folder that is not there is said in the browser's language, not strerror's.
  const std::string nowhere = (dir / "nodir" / "a.md").string();
  const Status no_folder = save_article(a, nowhere);
  ASSERT_FALSE(no_folder);
  EXPECT_EQ(no_folder.error().message(), "无法创建 " + nowhere + "：文件夹不存在");
  std::filesystem::remove_all(dir);
}

// The Markdown saved by `w` keeps the kicker, and a subtitle of two printed
// lines is two headings, not one heading and a stray line of text.
TEST(SaveArticle, MarkdownKeepsTheKickerAndEverySubtitleLine) {
  store::Article a;
  a.kicker = "“胸口疼得厉害”";
  a.title = "长途客车司机 突发急病";
  a.subtitle = "半天前医生劝他住院\n送医及时已脱离危险";
  a.paragraphs = {"客车停在应急车道上。"};
  const std::string md = article_markdown(a);
  EXPECT_EQ(md.rfind("### “胸口疼得厉害”\n\n# 长途客车司机 突发急病\n\n", 0), 0u) << md;
  EXPECT_NE(md.find("## 半天前医生劝他住院\n\n## 送医及时已脱离危险\n\n"), std::string::npos) << md;
}

// The Markdown saved by `w` is the text the archive holds: a title's * or
// #, a paragraph starting "- ", read as themselves, not as emphasis, a
// heading or a list (the same writer as `kanbao export`'s).
TEST(SaveArticle, MarkdownEscapesTheArchivesText) {
  store::Article a;
  a.title = "*重要*通知 #1";
  a.paragraphs = {"- 第一条：<注>", "1.5亿元投入使用。"};
  const std::string md = article_markdown(a);
  EXPECT_EQ(md.rfind("# \\*重要\\*通知 \\#1\n\n", 0), 0u) << md;
  EXPECT_NE(md.find("\n\\- 第一条：\\<注\\>\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n1\\.5亿元投入使用。\n"), std::string::npos) << md;
}

// A photo item (no paragraph) says so, as the reader does.
TEST(SaveArticle, MarkdownOfAPhotoItemSaysItHasNoBody) {
  store::Article a;
  a.title = "春色";
  EXPECT_NE(article_markdown(a).find("*图片新闻（档案中无正文）*"), std::string::npos) << article_markdown(a);
}

TEST(Reader, SaveProposesANameAndEditorOpensTheSourceLine) {
  FakeContext ctx;
  auto reader = testing::first_article_reader(ctx);
  reader->on_action(Action::kSave, ctx);
  const Screen s = render(*reader, 10, 80);
  EXPECT_NE(s.row_text(9).find(".txt"), std::string::npos) << s.row_text(9);
  reader->on_key(key::kEscape, ctx);
  reader->on_action(Action::kEditor, ctx);
  ASSERT_EQ(ctx.externals.size(), 1u);
  EXPECT_NE(ctx.externals[0].find(" +"), std::string::npos);
  EXPECT_NE(ctx.externals[0].find(KANBAO_SAMPLE_DIR), std::string::npos);
}

// Defect 12: a long error wraps instead of being cut at the screen edge.
TEST(Messages, LongErrorsWrap) {
  const std::string error = "date:abc is not a date this search understands; use date:MM-DD, date:YYYY-MM-DD";
  const auto lines = wrap_message(error, 38, 6);
  ASSERT_GT(lines.size(), 1u);
  std::string joined;
  for (const auto& l : lines) {
    EXPECT_LE(text::display_width(l), 38);
    joined += l;
  }
  EXPECT_NE(joined.find("YYYY-MM-DD"), std::string::npos);
  const auto few = wrap_message(error, 20, 2);
  ASSERT_EQ(few.size(), 2u);
  EXPECT_NE(few[1].find("…"), std::string::npos);
}

// Defect 15: help at 40 columns wraps; nothing is cut.
TEST(Help, WrapsAtFortyColumns) {
  testing::English english;  // descriptions of words, the last one checked
  ASSERT_EQ(english.error(), "");
  Keymap keymap;
  const auto lines = keymap.help_lines();
  const auto wrapped = wrap_help(lines, 39);
  EXPECT_GT(wrapped.size(), lines.size());
  std::string all;
  for (const auto& l : wrapped) {
    EXPECT_LE(text::display_width(l), 39) << l;
    all += l + " ";
  }
  for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
    // The last word of every description is on screen.
    const std::string d(Keymap::description(static_cast<Action>(a)));
    const std::string last = d.substr(d.rfind(' ') + 1);
    EXPECT_NE(all.find(last), std::string::npos) << last;
  }
}

// Every cut the screen makes is marked.
TEST(Screen, CutsAreMarked) {
  Screen s(1, 8);
  s.put(0, 0, "管城回族区召开");
  EXPECT_EQ(s.row_text(0), "管城回… ");  // the "…" takes one column of the last two
  s.put(0, 0, "abc", Style::kNormal, 2);
  EXPECT_EQ(s.row_text(0).substr(0, 4), "a…");
}

// `ambiguous_width = 2`: the one width function counts them two wide and no
// reader line overflows.
TEST(AmbiguousWidth, HonouredByTheWidthFunctionAndTheLayout) {
  EXPECT_EQ(text::display_width("“…”"), 3);
  text::set_ambiguous_width(2);
  EXPECT_EQ(text::display_width("“…”"), 6);
  EXPECT_EQ(text::display_width("abc"), 3);
  EXPECT_EQ(text::display_width("看报"), 4);
  FakeContext ctx;
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  for (int cols : {20, 41, 80}) {
    const Screen s = render(*list, 10, cols);
    for (int r = 0; r < 10; ++r) EXPECT_LE(text::display_width(s.row_text(r)), cols) << s.row_text(r);
    auto reader = make_reader_view(ctx, *list->preview_id(), ReaderOptions{});
    for (int i = 0; i < 6; ++i) {
      const Screen page = render(*reader, 10, cols);
      for (int r = 0; r < 10; ++r) EXPECT_LE(text::display_width(page.row_text(r)), cols) << page.row_text(r);
      reader->on_action(Action::kPageDown, ctx);
    }
  }
  text::set_ambiguous_width(1);
}

// User test: a long title is cut with … and the right-hand column (hits ·
// date · paper) stays whole, ending at the right edge on every row.
TEST(SearchResults, ALongTitleIsCutNotTheRightColumn) {
  FakeContext ctx;
  auto search = make_search_view(ctx, std::nullopt, "管城");
  search->on_key(key::kEnter, ctx);
  const Screen s = render(*search, 20, 100);
  int rows = 0, cut_titles = 0;
  for (int r = 1; r < s.rows(); ++r) {
    std::string line = s.row_text(r);
    line.erase(line.find_last_not_of(' ') + 1);
    if (line.find(" 处 · ") == std::string::npos) continue;  // a snippet row
    ++rows;
    EXPECT_NE(line.substr(line.size() - 3), "…") << line;  // the column is whole
    EXPECT_EQ(text::display_width(line), 99) << line;      // and ends at the edge
    if (line.find("… ") != std::string::npos) ++cut_titles;
  }
  EXPECT_GT(rows, 0) << screen_text(s);
  EXPECT_GT(cut_titles, 0) << screen_text(s);  // the sample's long title
}

// A newcomer's test: the English browser said "1 hits".
TEST(SearchResults, OneHitIsOneHitInEnglish) {
  testing::English english;
  ASSERT_EQ(english.error(), "");
  FakeContext ctx;
  auto once = make_search_view(ctx, std::nullopt, "持之以恒");
  once->on_key(key::kEnter, ctx);
  const std::string one = screen_text(render(*once, 20, 100));
  EXPECT_NE(one.find(" 1 hit · "), std::string::npos) << one;
  EXPECT_EQ(one.find("1 hits"), std::string::npos) << one;
  auto many = make_search_view(ctx, std::nullopt, "管城");
  many->on_key(key::kEnter, ctx);
  const std::string more = screen_text(render(*many, 20, 100));
  EXPECT_NE(more.find(" hits · "), std::string::npos) << more;
}

// User test: a help screen longer than the window says so on its last row,
// with the keys that scroll it, and every movement key scrolls it.
TEST(Help, SaysWhatIsBelowTheFoldAndScrolls) {
  FakeContext ctx;
  auto help = make_help_view(ctx.keymap_);
  Screen s = render(*help, 12, 100);
  const std::string first = s.row_text(0);
  EXPECT_NE(s.row_text(11).find("下面还有"), std::string::npos) << screen_text(s);
  EXPECT_NE(s.row_text(11).find("j Space"), std::string::npos) << screen_text(s);
  EXPECT_TRUE(help->on_action(Action::kHalfPageDown, ctx));
  s = render(*help, 12, 100);
  EXPECT_NE(s.row_text(0), first);
  EXPECT_TRUE(help->on_action(Action::kBottom, ctx));
  s = render(*help, 12, 100);
  EXPECT_NE(screen_text(s).find("key.down"), std::string::npos) << screen_text(s);  // the last line
  EXPECT_EQ(screen_text(s).find("下面还有"), std::string::npos) << screen_text(s);
  EXPECT_TRUE(help->on_action(Action::kTop, ctx));
  EXPECT_EQ(render(*help, 12, 100).row_text(0), first);
}

// User test: the bookmarks' unread mark is set off from the date.
TEST(Bookmarks, TheUnreadMarkHasAColumnOfItsOwn) {
  FakeContext ctx;
  store::ArticleRow row;
  row.id = 1;
  row.path = "/archive/郑州日报/2020/01/31/01.txt";
  row.title = "会议召开";
  row.published = store::StoredDate{2020, 1, 31};
  ASSERT_TRUE(ctx.state().toggle_bookmark(row));
  auto view = make_bookmarks_view(ctx);
  const std::string text = screen_text(render(*view, 6, 60));
  EXPECT_NE(text.find("• 2020-01-31"), std::string::npos) << text;
}

// The titles of 全部 newest first, and the rows whose title has `c`.
std::vector<std::string> all_titles(FakeContext& ctx) {
  store::ListQuery q;
  q.limit = 0;
  auto page = ctx.library().list(q);
  std::vector<std::string> titles;
  if (page) {
    for (const auto& r : page->rows) titles.push_back(r.title);
  }
  return titles;
}

// User test: `f` from the middle of a list selects the first match after
// the selected row (like less's search), not the row number clamped to the
// end of the shorter list.
TEST(ArticlesList, FilterSelectsTheFirstMatchAfterTheSelection) {
  FakeContext ctx;
  const auto titles = all_titles(ctx);
  // A character in several titles, and a row without it that has a match
  // before it and more than one after it.
  std::string c;
  std::int64_t from = -1, expected = -1;
  for (std::size_t t = 0; t < titles.size() && from < 0; ++t) {
    for (std::size_t i = 0; i < titles[t].size() && from < 0;) {
      const std::size_t start = i;
      if (text::decode(titles[t], i) < 0x4E00) continue;  // a Han character
      const std::string ch = titles[t].substr(start, i - start);
      std::vector<std::int64_t> has;
      for (std::size_t j = 0; j < titles.size(); ++j) {
        if (titles[j].find(ch) != std::string::npos) has.push_back(static_cast<std::int64_t>(j));
      }
      for (std::int64_t k = 1; k < static_cast<std::int64_t>(titles.size()) && from < 0; ++k) {
        const auto after = std::upper_bound(has.begin(), has.end(), k);
        const auto before = after - has.begin();
        if (std::find(has.begin(), has.end(), k) == has.end() && before > 0 && has.end() - after > 1 &&
            before != std::min<std::int64_t>(k, static_cast<std::int64_t>(has.size()) - 1)) {
          c = ch, from = k, expected = before;
        }
      }
    }
  }
  ASSERT_GE(from, 0) << "no title character fits the sample library";
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 10, 80);
  ASSERT_TRUE(list->go_to(from, ctx));
  list->on_action(Action::kFilter, ctx);
  std::size_t at = 0;
  testing::type(*list, ctx, std::u32string(1, text::decode(c, at)));
  list->on_key(key::kEnter, ctx);
  EXPECT_EQ(list->position(), std::to_string(expected + 1) + "/" + std::to_string(list->length()))
      << "filter 「" << c << "」 from row " << from + 1;
}

// User test: `n` past the last hit of a search in this article says there
// is no next hit, opened from a list or with no list at all.
TEST(Reader, NextHitOfASearchHereEndsAtTheLastHit) {
  FakeContext ctx;
  auto search = make_search_view(ctx, std::nullopt, "持之以恒");
  search->on_key(key::kEnter, ctx);
  const auto id = *search->preview_id();
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 10, 80);
  ReaderOptions from_list;
  from_list.sequence = dynamic_cast<ArticleSequence*>(list.get());
  from_list.from_list = true;
  for (const ReaderOptions& options : {ReaderOptions{}, from_list}) {
    auto reader = make_reader_view(ctx, id, options);
    render(*reader, 20, 80);
    const std::string title = reader->title();
    reader->on_action(Action::kSearch, ctx);
    testing::type(*reader, ctx, U"持之以恒");
    reader->on_key(key::kEnter, ctx);
    render(*reader, 20, 80);
    ctx.last_message.clear();
    for (int i = 0; i < 50 && ctx.last_message.empty(); ++i) reader->on_action(Action::kNextHit, ctx);
    EXPECT_EQ(ctx.last_message, "已是最后一处命中");
    EXPECT_EQ(reader->title(), title);
  }
}

// Tester: `n` after a search in this article that found nothing says there
// is no hit, as the search did, not that this is the last hit; in English too.
TEST(Reader, NextHitAfterASearchHereWithNoHitSaysThereIsNone) {
  FakeContext ctx;
  auto search = make_search_view(ctx, std::nullopt, "持之以恒");
  search->on_key(key::kEnter, ctx);
  auto reader = make_reader_view(ctx, *search->preview_id(), ReaderOptions{});
  render(*reader, 20, 80);
  reader->on_action(Action::kSearch, ctx);
  testing::type(*reader, ctx, U"没有这样的词语");
  reader->on_key(key::kEnter, ctx);
  const std::string said = ctx.last_message;
  EXPECT_EQ(said, "本文没有「没有这样的词语」：按 Tab 在全库搜索");
  for (const Action action : {Action::kNextHit, Action::kPrevHit}) {
    ctx.last_message.clear();
    reader->on_action(action, ctx);
    EXPECT_EQ(ctx.last_message, said);
  }
  testing::English english;
  ASSERT_EQ(english.error(), "");
  ctx.last_message.clear();
  reader->on_action(Action::kNextHit, ctx);
  EXPECT_EQ(ctx.last_message, "“没有这样的词语” is not in this article: Tab searches the library");
}

}  // namespace
}  // namespace kanbao::tui
