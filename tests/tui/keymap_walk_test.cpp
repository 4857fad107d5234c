// SPDX-License-Identifier: MIT
// Every key help lists for a screen works on that screen: each screen is
// walked with every action its help shows (through the view, or the
// application's own handling of the global actions).
#include <gtest/gtest.h>

#include <functional>

#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;
using testing::render;

struct ScreenCase {
  const char* name;
  std::function<std::unique_ptr<View>(FakeContext&)> make;
};

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
      {"help", [](FakeContext& ctx) { return make_help_view(ctx.keymap(), kAnywhere | kLists); }},
  };
}

TEST(KeymapWalk, EveryActionHelpListsWorksOnItsScreen) {
  const Keymap keymap;
  for (const auto& screen : screens()) {
    FakeContext probe;
    const unsigned where = screen.make(probe)->where();
    const auto listed = keymap.help_lines(where);
    int walked = 0;
    for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
      const auto action = static_cast<Action>(a);
      if ((Keymap::where(action) & where) == 0) continue;
      // Help shows it here...
      const std::string desc(Keymap::description(action));
      bool in_help = false;
      for (const auto& l : listed) in_help = in_help || l.find(desc) != std::string::npos;
      EXPECT_TRUE(in_help) << screen.name << ": " << desc;
      // ...and it does something here.
      FakeContext ctx;
      auto view = screen.make(ctx);
      render(*view, 20, 80);
      const bool handled = view->on_action(action, ctx) || is_app_action(action);
      EXPECT_TRUE(handled) << screen.name << ": " << Keymap::name(action) << " does nothing";
      ++walked;
    }
    EXPECT_GE(walked, 10) << screen.name;
    // Help does not list what does not work here.
    for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
      const auto action = static_cast<Action>(a);
      if ((Keymap::where(action) & where) != 0) continue;
      const std::string desc(Keymap::description(action));
      for (const auto& l : listed) EXPECT_EQ(l.find(desc), std::string::npos) << screen.name << ": " << desc;
    }
  }
}

}  // namespace
}  // namespace kanbao::tui
