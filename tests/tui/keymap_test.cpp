#include "tui/keymap.h"

#include <gtest/gtest.h>

#include "tui/config.h"

namespace kanbao::tui {
namespace {

TEST(Keymap, Defaults) {
  Keymap km;
  EXPECT_EQ(km.lookup('j'), Action::kDown);
  EXPECT_EQ(km.lookup(key::kDown), Action::kDown);
  EXPECT_EQ(km.lookup('k'), Action::kUp);
  EXPECT_EQ(km.lookup(' '), Action::kPageDown);
  EXPECT_EQ(km.lookup(key::kPageDown), Action::kPageDown);
  EXPECT_EQ(km.lookup('b'), Action::kPageUp);
  EXPECT_EQ(km.lookup(key::ctrl('d')), Action::kHalfPageDown);
  EXPECT_EQ(km.lookup(key::ctrl('u')), Action::kHalfPageUp);
  EXPECT_EQ(km.lookup('g'), Action::kTop);
  EXPECT_EQ(km.lookup('G'), Action::kBottom);
  EXPECT_EQ(km.lookup(key::kEnter), Action::kOpen);
  EXPECT_EQ(km.lookup('l'), Action::kOpen);
  EXPECT_EQ(km.lookup('q'), Action::kBack);
  EXPECT_EQ(km.lookup(key::kBackspace), Action::kBack);
  EXPECT_EQ(km.lookup('Q'), Action::kQuit);
  EXPECT_EQ(km.lookup('J'), Action::kNextArticle);
  EXPECT_EQ(km.lookup('/'), Action::kSearch);
  EXPECT_EQ(km.lookup('n'), Action::kNextHit);
  EXPECT_EQ(km.lookup('N'), Action::kPrevHit);
  EXPECT_EQ(km.lookup('?'), Action::kHelp);
  EXPECT_EQ(km.lookup(key::ctrl('l')), Action::kRedraw);
  EXPECT_EQ(km.lookup('y'), Action::kCopy);
  EXPECT_EQ(km.lookup('o'), Action::kPager);
  EXPECT_EQ(km.lookup('m'), Action::kBookmark);
  EXPECT_EQ(km.lookup('R'), Action::kRefresh);
  EXPECT_EQ(km.lookup('v'), Action::kLayout);
  EXPECT_EQ(km.lookup(key::kTab), Action::kWiden);
  EXPECT_FALSE(km.lookup('z').has_value());
}

TEST(Keymap, NoKeyBoundTwice) {
  Keymap km;
  std::vector<int> seen;
  for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
    for (int k : km.keys(static_cast<Action>(a))) {
      EXPECT_EQ(std::count(seen.begin(), seen.end(), k), 0) << key_name(k);
      seen.push_back(k);
    }
  }
}

TEST(Keymap, KeyNamesRoundTrip) {
  for (int k : {static_cast<int>('j'), static_cast<int>('/'), key::kSpace, key::kEnter, key::kTab, key::kPageUp,
                key::kPageDown, key::kHome, key::kEnd, key::kUp, key::kLeft, key::kBackspace, key::kEscape,
                key::ctrl('d'), key::kF1 + 4, static_cast<int>(U'看')}) {
    EXPECT_EQ(parse_key(key_name(k)), k) << key_name(k);
  }
  EXPECT_EQ(parse_key("C-d"), key::ctrl('d'));
  EXPECT_EQ(parse_key("^L"), key::ctrl('l'));
  EXPECT_EQ(parse_key("pgdn"), key::kPageDown);
  EXPECT_FALSE(parse_key("").has_value());
  EXPECT_FALSE(parse_key("jk").has_value());
  EXPECT_FALSE(parse_key("Ctrl-1").has_value());
  EXPECT_FALSE(parse_key("F13").has_value());
}

TEST(Keymap, Rebinding) {
  Keymap km;
  km.bind(Action::kDown, {'e', key::kDown});
  EXPECT_EQ(km.lookup('e'), Action::kDown);
  EXPECT_FALSE(km.lookup('j').has_value());
  km.bind(Action::kNextArticle, {'e'});  // taken away from kDown
  EXPECT_EQ(km.lookup('e'), Action::kNextArticle);
  EXPECT_EQ(km.keys(Action::kDown), std::vector<int>{key::kDown});
}

TEST(Keymap, HelpIsGeneratedFromTheKeymap) {
  Keymap km;
  auto lines = km.help_lines();
  ASSERT_EQ(lines.size(), static_cast<std::size_t>(Action::kCount));
  for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
    const auto& line = lines[static_cast<std::size_t>(a)];
    EXPECT_NE(line.find(std::string(Keymap::description(static_cast<Action>(a)))), std::string::npos);
    EXPECT_EQ(line.find(km.keys_text(static_cast<Action>(a))), 0u) << line;
  }
  km.bind(Action::kQuit, {'x'});
  lines = km.help_lines();
  EXPECT_EQ(lines[static_cast<std::size_t>(Action::kQuit)].rfind("x ", 0), 0u);
}

TEST(Config, AppliesKeyLinesAndReportsErrorsWithLineNumbers) {
  Keymap km;
  const std::string text =
      "# comment\n"
      "alias.管城区 = 管城回族区\n"
      "key.down = e Down\n"
      "key.nosuch = x\n"
      "key.up = Ctrl-9\n"
      "key.quit\n"
      "key.top = \n"
      "  key.bottom = End, G  \n";
  const auto problems = apply_config(text, "config", km);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].rfind("config:4: unknown action `nosuch`", 0), 0u) << problems[0];
  EXPECT_EQ(problems[1].rfind("config:5: unknown key `Ctrl-9`", 0), 0u) << problems[1];
  EXPECT_EQ(problems[2].rfind("config:6:", 0), 0u) << problems[2];
  EXPECT_EQ(problems[3].rfind("config:7:", 0), 0u) << problems[3];
  EXPECT_EQ(km.lookup('e'), Action::kDown);
  EXPECT_EQ(km.lookup('k'), Action::kUp);  // bad value: default kept
  EXPECT_EQ(km.lookup('G'), Action::kBottom);
  EXPECT_EQ(km.lookup('g'), Action::kTop);
}

TEST(Config, MissingFileIsFine) {
  Keymap km;
  EXPECT_TRUE(load_config("/nonexistent/kanbao/config", km).empty());
}

}  // namespace
}  // namespace kanbao::tui
