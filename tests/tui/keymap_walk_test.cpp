// SPDX-License-Identifier: MIT
// Every key help lists for a screen works on that screen: each screen is
// walked with every action its help shows (through the view, or the
// application's own handling of the global actions).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>

#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;
using testing::render;
namespace fs = std::filesystem;

// A sample page filed as 郑州日报's page 01 of 2020-01-25, indexed once.
const std::string& issue_library() {
  static const std::string* db = [] {
    const fs::path dir = testing::make_temp_dir("kanbao_tui_walk_issue_");
    const fs::path page = dir / "archive/郑州日报/2020/01/25/01.txt";
    fs::create_directories(page.parent_path());
    std::vector<fs::path> samples;
    for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR)) samples.push_back(e.path());
    fs::copy_file(*std::min_element(samples.begin(), samples.end()), page);
    return new std::string(testing::index_library(dir.string(), (dir / "archive").string()));
  }();
  return *db;  // left for the process to reclaim
}

// The issue view of that page; its context must be on issue_library().
std::unique_ptr<View> issue_view(FakeContext& ctx) {
  return make_issue_view(ctx, "郑州日报", store::StoredDate{2020, 1, 25});
}

struct ScreenCase {
  const char* name;
  std::function<std::unique_ptr<View>(FakeContext&)> make;
  bool on_issue_library = false;  // else on the sample library
};

std::unique_ptr<FakeContext> context_for(const ScreenCase& screen) {
  return screen.on_issue_library ? std::make_unique<FakeContext>("", issue_library())
                                 : std::make_unique<FakeContext>();
}

std::vector<ScreenCase> screens() {
  return {
      {"districts", [](FakeContext& ctx) { return make_districts_view(ctx); }},
      {"articles", [](FakeContext& ctx) { return make_articles_view(ctx, std::nullopt, "全部"); }},
      {"results",
       [](FakeContext& ctx) {
         auto v = make_search_view(ctx, std::nullopt, "社区");
         v->on_key(key::kEnter, ctx);
         return v;
       }},
      {"reader",
       [](FakeContext& ctx) {
         auto list = make_articles_view(ctx, std::nullopt, "全部");
         render(*list, 10, 80);
         ReaderOptions options;
         options.query = "社区";
         return make_reader_view(ctx, *list->preview_id(), options);
       }},
      {"bookmarks", [](FakeContext& ctx) { return make_bookmarks_view(ctx); }},
      {"issue", issue_view, true},
      {"help", [](FakeContext& ctx) { return make_help_view(ctx.keymap(), key_table(kAnywhere | kLists)); }},
  };
}

TEST(KeymapWalk, EveryActionHelpListsWorksOnItsScreen) {
  const Keymap keymap;
  for (const auto& screen : screens()) {
    const auto probe = context_for(screen);
    auto probed = screen.make(*probe);
    ASSERT_NE(probed, nullptr) << screen.name;
    const KeyTable table = probed->key_table();
    const auto listed = keymap.help_lines(table);
    int walked = 0;
    for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
      const auto action = static_cast<Action>(a);
      if (!in_key_table(table, action)) continue;
      // Help shows it here...
      const std::string desc(Keymap::description(action));
      bool in_help = false;
      for (const auto& l : listed) in_help = in_help || l.find(desc) != std::string::npos;
      EXPECT_TRUE(in_help) << screen.name << ": " << desc;
      // ...and it does something here.
      const auto ctx = context_for(screen);
      auto view = screen.make(*ctx);
      ASSERT_NE(view, nullptr) << screen.name;
      render(*view, 20, 80);
      const bool handled = view->on_action(action, *ctx) || is_app_action(action);
      EXPECT_TRUE(handled) << screen.name << ": " << Keymap::name(action) << " does nothing";
      ++walked;
    }
    EXPECT_GE(walked, 10) << screen.name;
    // Help does not list what does not work here.
    for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
      const auto action = static_cast<Action>(a);
      if (in_key_table(table, action)) continue;
      const std::string desc(Keymap::description(action));
      for (const auto& l : listed) EXPECT_EQ(l.find(desc), std::string::npos) << screen.name << ": " << desc;
    }
  }
}

// Tester: the help of the bookmarks and of an issue's pages left out keys
// that work there (m removes a bookmark, or adds one on an issue's page).
TEST(KeymapWalk, TheArticleKeysOfBookmarksAndIssuesAreInTheirHelp) {
  const Keymap keymap;
  FakeContext ctx("", issue_library());
  const auto bookmarks = make_bookmarks_view(ctx);
  const auto issue = issue_view(ctx);
  ASSERT_NE(issue, nullptr);
  for (const View* view : {bookmarks.get(), issue.get()}) {
    std::string help;
    for (const auto& line : keymap.help_lines(view->key_table())) help += line + "\n";
    for (const Action action :
         {Action::kBookmark, Action::kToggleRead, Action::kMarkAllRead, Action::kCopy, Action::kPager}) {
      EXPECT_NE(help.find(std::string(Keymap::description(action))), std::string::npos)
          << view->title() << ": " << Keymap::name(action) << "\n"
          << help;
    }
  }
}

}  // namespace
}  // namespace kanbao::tui
