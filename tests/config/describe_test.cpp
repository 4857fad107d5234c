// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "config/config.h"

namespace kanbao::config {
namespace {

// The values of two configurations, origins aside.
void expect_same_values(const Config& a, const Config& b) {
  EXPECT_EQ(a.library.value, b.library.value);
  EXPECT_EQ(a.theme.value, b.theme.value);
  EXPECT_EQ(a.three_pane.value, b.three_pane.value);
  EXPECT_EQ(a.mouse.value, b.mouse.value);
  EXPECT_EQ(a.reader_width.value, b.reader_width.value);
  EXPECT_EQ(a.snippet_columns.value, b.snippet_columns.value);
  for (const auto& e : color_elements()) EXPECT_EQ(color(a, e).value, color(b, e).value) << e;
  ASSERT_EQ(a.key_bindings.size(), b.key_bindings.size());
  for (std::size_t i = 0; i < a.key_bindings.size(); ++i) {
    EXPECT_EQ(a.key_bindings[i].action, b.key_bindings[i].action);
    EXPECT_EQ(a.key_bindings[i].keys, b.key_bindings[i].keys);
  }
  ASSERT_EQ(a.district_aliases.size(), b.district_aliases.size());
  for (std::size_t i = 0; i < a.district_aliases.size(); ++i) {
    EXPECT_EQ(a.district_aliases[i].alias, b.district_aliases[i].alias);
    EXPECT_EQ(a.district_aliases[i].canonical, b.district_aliases[i].canonical);
  }
}

std::string without_origins(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t nl = text.find('\n', at);
    const std::string line = text.substr(at, nl - at);
    out += line.substr(0, line.find("  # ")) + "\n";
    at = nl == std::string::npos ? text.size() : nl + 1;
  }
  return out;
}

TEST(Describe, DefaultsListEverySettingWithItsOrigin) {
  const std::string text = describe(Config{});
  for (const char* line :
       {"library =   # default\n", "theme = default  # default\n", "layout = single  # default\n",
        "mouse = off  # default\n", "reader.width = 80  # default\n", "search.snippet = 40  # default\n",
        "language = auto  # default\n", "color.highlight = black on yellow bold  # default\n",
        "color.title = bold  # default\n", "color.text = default  # default\n",
        "color.dim = 245  # default\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << line << "\n" << text;
  }
  for (const auto& e : color_elements()) EXPECT_NE(text.find("\ncolor." + e + " = "), std::string::npos) << e;
}

TEST(Describe, OriginsOfFileValues) {
  const auto loaded = parse("mouse = on\nkey.down = e Down\ndistrict.高新区 = 郑州高新区, 高新\n", "/c");
  const std::string text = describe(loaded.config);
  EXPECT_NE(text.find("mouse = on  # /c:1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("key.down = e Down  # /c:2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("district.高新区 = 郑州高新区, 高新  # /c:3\n"), std::string::npos) << text;
}

TEST(Describe, RoundTripGivesTheSameConfiguration) {
  const auto original = parse(
      "library = /srv/报纸/library.db\n"
      "theme = monochrome\n"
      "layout = three-pane\n"
      "mouse = yes\n"
      "reader.width = 72\n"
      "search.snippet = 120\n"
      "color.highlight = black on 214 bold\n"
      "color.header = default on blue\n"
      "color.bar = bright-green\n"
      "key.down = e Down\n"
      "key.search=#\n"
      "key.quit = Q Ctrl-C\n"
      "district.郑州航空港经济综合实验区 = 航空港, 空港区\n"
      "district.高新区 = 郑州高新区\n",
      "/c");
  ASSERT_TRUE(original.problems.empty()) << original.problems.front().str();
  const std::string text = describe(original.config);
  const auto again = parse(text, "described");
  ASSERT_TRUE(again.problems.empty()) << again.problems.front().str() << "\n" << text;
  // `#` alone would read back as a comment, so it is written by name.
  ASSERT_EQ(again.config.key_bindings.size(), 3u);
  EXPECT_EQ(again.config.key_bindings[1].keys, "Hash");
  auto expected = original.config;
  expected.key_bindings[1].keys = "Hash";
  expect_same_values(expected, again.config);
  // And describing the result again changes nothing but the origins.
  EXPECT_EQ(without_origins(describe(again.config)), without_origins(text));
}

TEST(Describe, RoundTripOfTheDefaults) {
  const auto again = parse(describe(Config{}), "d");
  ASSERT_TRUE(again.problems.empty()) << again.problems.front().str();
  expect_same_values(Config{}, again.config);
}

}  // namespace
}  // namespace kanbao::config
