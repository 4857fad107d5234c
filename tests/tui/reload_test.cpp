// SPDX-License-Identifier: MIT
// `R` after another process re-indexed the library the browser has open:
// the reader shows its article as the library now holds it, found again by
// its key (file, position, title) when its row id changed, or says clearly
// that it is gone; the districts and papers screens keep their selection on
// the same district or paper when the new counts reorder them (the
// three-pane layout shows them in the left pane beside the list opened
// from the selected row).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "view_harness.h"

namespace kanbao::tui {
namespace {

namespace fs = std::filesystem;
using testing::FakeContext;
using testing::render;

std::vector<fs::path> sample_pages() {
  std::vector<fs::path> samples;
  for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR)) samples.push_back(e.path());
  std::sort(samples.begin(), samples.end());
  return samples;
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_all(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// The pages of `pages` indexed into `db` again, as another `kanbao index`
// run would while the browser is open.
void reindex(const std::string& db, const fs::path& pages) {
  auto lib = store::Library::open(db, store::OpenMode::kReadWrite);
  ASSERT_TRUE(lib) << lib.error().message();
  auto report = lib->index({pages.string()}, store::IndexOptions{});
  ASSERT_TRUE(report) << report.error().message();
}

// A copy of the sample pages, indexed: what the tests change under the browser.
struct Archive {
  fs::path dir, pages;
  std::string db;
};

Archive copied_samples(const std::string& prefix) {
  Archive a;
  a.dir = testing::make_temp_dir(prefix);
  a.pages = a.dir / "pages";
  fs::create_directories(a.pages);
  for (const auto& page : sample_pages()) fs::copy_file(page, a.pages / page.filename());
  a.db = testing::index_library(a.dir.string(), a.pages.string());
  return a;
}

// The newest article of 全部 and its reader, rendered once.
struct OpenArticle {
  store::Article article;
  std::unique_ptr<View> reader;
};

OpenArticle open_newest(FakeContext& ctx) {
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 10, 100);
  const auto id = list->preview_id();
  if (!id) throw std::runtime_error("an empty list");
  auto got = ctx.library().article(*id);
  if (!got || !*got) throw std::runtime_error("the newest article cannot be read");
  OpenArticle open{**got, make_reader_view(ctx, *id, ReaderOptions{})};
  render(*open.reader, 30, 100);
  return open;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// Its page taken away and indexed, then back with a word changed: the
// article is the same (same file, position, title) under a new row id.
// Before, `R` looked up the old id and said the article was gone (and to
// press R).
TEST(ReaderReload, FindsItsArticleAgainUnderANewId) {
  const Archive archive = copied_samples("kanbao_tui_reload_");
  FakeContext ctx("", archive.db);
  OpenArticle open = open_newest(ctx);
  const std::string page = read_all(open.article.path);
  ASSERT_NE(page.find("雄壮的国歌"), std::string::npos) << open.article.path;
  ASSERT_NE(testing::screen_text(render(*open.reader, 30, 100)).find("雄壮的国歌"), std::string::npos);

  fs::remove(open.article.path);
  reindex(archive.db, archive.pages);
  write_all(open.article.path, replaced(page, "雄壮的国歌", "嘹亮的国歌"));
  reindex(archive.db, archive.pages);
  auto old = ctx.library().article(open.article.id);
  ASSERT_TRUE(old);
  ASSERT_FALSE(old->has_value()) << "the old row id names no article any more";

  open.reader->reload(ctx);
  const std::string text = testing::screen_text(render(*open.reader, 30, 100));
  EXPECT_NE(text.find(open.article.title), std::string::npos) << text;
  EXPECT_NE(text.find("嘹亮的国歌"), std::string::npos) << text;
  EXPECT_EQ(text.find("已不在库中"), std::string::npos) << text;
}

// Its page gone: the reader says so, naming the article, and does not tell
// to press R (just pressed); once the page is back, `R` shows it again.
TEST(ReaderReload, SaysClearlyThatItsArticleIsGoneAndFindsItWhenBack) {
  const Archive archive = copied_samples("kanbao_tui_reload_gone_");
  FakeContext ctx("", archive.db);
  OpenArticle open = open_newest(ctx);
  const std::string page = read_all(open.article.path);
  fs::remove(open.article.path);
  reindex(archive.db, archive.pages);

  open.reader->reload(ctx);
  std::string text = testing::screen_text(render(*open.reader, 30, 100));
  EXPECT_NE(text.find("已不在库中"), std::string::npos) << text;
  EXPECT_NE(text.find(open.article.title.substr(0, 12)), std::string::npos) << text;
  EXPECT_EQ(text.find("按 R"), std::string::npos) << text;
  EXPECT_TRUE(ctx.last_error);

  write_all(open.article.path, page);
  reindex(archive.db, archive.pages);
  open.reader->reload(ctx);
  text = testing::screen_text(render(*open.reader, 30, 100));
  EXPECT_NE(text.find("雄壮的国歌"), std::string::npos) << text;
  EXPECT_EQ(text.find("已不在库中"), std::string::npos) << text;
}

// The row of `s` that holds `text`, -1 if none.
int row_with(const Screen& s, const std::string& text) {
  for (int r = 0; r < s.rows(); ++r)
    if (s.row_text(r).find(text) != std::string::npos) return r;
  return -1;
}

// Districts are ordered by their article counts. Before, `R` kept the
// selected row number: after a re-index that reordered them the left pane
// showed another district selected than the list beside it, and Enter
// opened that one.
TEST(DistrictsReload, KeepsTheSelectedDistrictWhenCountsReorderThem) {
  const Archive archive = copied_samples("kanbao_tui_districts_");
  FakeContext ctx("", archive.db);
  auto districts = make_districts_view(ctx);
  const Screen before = render(*districts, 10, 100);
  const int second = row_with(before, "二七区");
  ASSERT_GT(second, row_with(before, "管城回族区")) << testing::screen_text(before);
  ASSERT_TRUE(districts->go_to(second, ctx));

  // Another page of 二七区 puts it first.
  for (const auto& page : sample_pages()) {
    if (read_all(page).find("二七区") != std::string::npos &&
        read_all(page).find("管城") == std::string::npos)
      fs::copy_file(page, archive.pages / ("again-" + page.filename().string()));
  }
  reindex(archive.db, archive.pages);
  districts->reload(ctx);
  const Screen after = render(*districts, 10, 100);
  ASSERT_LT(row_with(after, "二七区"), row_with(after, "管城回族区")) << testing::screen_text(after);

  ASSERT_TRUE(districts->on_action(Action::kOpen, ctx));
  ASSERT_EQ(ctx.pushed.size(), 1u);
  EXPECT_EQ(ctx.pushed[0]->title(), "二七区");
}

// The same for the papers screen, ordered by article counts too.
TEST(PapersReload, KeepsTheSelectedPaperWhenCountsReorderThem) {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_papers_");
  const fs::path sample = sample_pages().front();
  for (const char* paper : {"大河报", "郑州晚报"})
    write_all(dir / "archive" / paper / "2020/01/24/01.txt", read_all(sample));
  const std::string db = testing::index_library(dir.string(), (dir / "archive").string());
  FakeContext ctx("", db);
  auto papers = make_home_view(ctx);
  render(*papers, 10, 100);
  ASSERT_EQ(papers->title(), "报纸");
  ASSERT_TRUE(papers->on_action(Action::kDown, ctx));
  const auto second = papers->paper();
  ASSERT_TRUE(second);

  write_all(dir / "archive" / *second / "2020/01/25/01.txt", read_all(sample));
  reindex(db, dir / "archive");
  papers->reload(ctx);
  const Screen after = render(*papers, 10, 100);
  ASSERT_EQ(row_with(after, *second), 0) << testing::screen_text(after);
  EXPECT_EQ(papers->paper(), second);
}

// A second paper indexed while the browser shows one paper's districts:
// the home view is stale, and the one made now lists the papers (a
// newcomer's R kept 看报 › 地区 until a restart).
TEST(PapersReload, ASecondPaperMakesTheDistrictsHomeStale) {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_home_");
  const fs::path sample = sample_pages().front();
  write_all(dir / "archive" / "郑州晚报" / "2020/01/24/01.txt", read_all(sample));
  const std::string db = testing::index_library(dir.string(), (dir / "archive").string());
  FakeContext ctx("", db);
  auto home = make_home_view(ctx);
  ASSERT_NE(home->title(), "报纸");
  EXPECT_FALSE(home_view_is_stale(*home, ctx));

  write_all(dir / "archive" / "大河报" / "2020/01/24/01.txt", read_all(sample));
  reindex(db, dir / "archive");
  FakeContext reopened("", db);  // what R reopens
  EXPECT_TRUE(home_view_is_stale(*home, reopened));
  auto now = make_home_view(reopened);
  EXPECT_EQ(now->title(), "报纸");
  EXPECT_FALSE(home_view_is_stale(*now, reopened));
}

}  // namespace
}  // namespace kanbao::tui
