// SPDX-License-Identifier: MIT
#include "tui/keymap.h"

#include <gtest/gtest.h>

#include "tui/browser.h"
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
  for (int k : {static_cast<int>('j'), static_cast<int>('/'), key::kSpace, key::kEnter, key::kTab,
                key::kPageUp, key::kPageDown, key::kHome, key::kEnd, key::kUp, key::kLeft, key::kBackspace,
                key::kEscape, key::ctrl('d'), key::kF1 + 4, static_cast<int>(U'看')}) {
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

std::vector<std::string> messages(const std::vector<config::Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.str());
  return out;
}

TEST(Config, TheKeymapGetsTheConfigsBindingsAndBadOnesAreReportedWithFileAndLine) {
  Keymap km;
  const std::string text =
      "# comment\n"
      "district.管城回族区 = 管城\n"
      "key.down = e Down\n"
      "key.nosuch = x\n"
      "key.up = Ctrl-9\n"
      "key.dwn = x\n"
      "key.top = \n"
      "  key.bottom = End, G  \n"
      "key.search = Hash  # the # key\n"
      "key.copy = none\n";
  const auto loaded = config::parse(text, "/home/u/.config/kanbao/config");
  ASSERT_TRUE(loaded.problems.empty()) << loaded.problems.front().str();
  const auto problems = messages(apply_key_bindings(loaded.config.key_bindings, km));
  const std::vector<std::string> expected = {
      "/home/u/.config/kanbao/config:4: unknown action `nosuch` (the actions are listed by ? in the browser)",
      "/home/u/.config/kanbao/config:5: unknown key `Ctrl-9` for up (a character, Space, Enter, Tab, Esc, "
      "Backspace, "
      "Up, Down, Left, Right, PgUp, PgDn, Home, End, Delete, F1-F12, Ctrl-x, Hash)",
      "/home/u/.config/kanbao/config:6: unknown action `dwn` (did you mean `down`?) (the actions are listed "
      "by ? in "
      "the browser)",
      "/home/u/.config/kanbao/config:7: no key given for top (write `none` to unbind it)",
  };
  EXPECT_EQ(problems, expected);
  EXPECT_EQ(km.lookup('e'), Action::kDown);
  EXPECT_FALSE(km.lookup('j').has_value());
  EXPECT_EQ(km.lookup('k'), Action::kUp);  // bad value: default kept
  EXPECT_EQ(km.lookup('G'), Action::kBottom);
  EXPECT_EQ(km.lookup(key::kEnd), Action::kBottom);
  EXPECT_EQ(km.lookup('g'), Action::kTop);
  EXPECT_EQ(km.lookup('#'), Action::kSearch);
  EXPECT_FALSE(km.lookup('/').has_value());
  EXPECT_TRUE(km.keys(Action::kCopy).empty());
  EXPECT_FALSE(km.lookup('y').has_value());
}

TEST(Config, CheckKeyBindingsReportsWithoutABrowser) {
  const auto loaded = config::parse("key.quit = x\nkey.qiut = x\n", "c");
  const auto problems = check_key_bindings(loaded.config);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[0].file, "c");
}

TEST(Config, HashNamesTheHashKeyButShowsAsItself) {
  EXPECT_EQ(parse_key("Hash"), '#');
  EXPECT_EQ(parse_key("#"), '#');
  EXPECT_EQ(key_name('#'), "#");
}

}  // namespace
}  // namespace kanbao::tui
