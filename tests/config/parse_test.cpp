// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "config/config.h"

namespace kanbao::config {
namespace {

std::vector<std::string> messages(const Loaded& loaded) {
  std::vector<std::string> out;
  for (const auto& p : loaded.problems) out.push_back(p.str());
  return out;
}

TEST(Parse, EmptyFileGivesTheDefaults) {
  const auto loaded = parse("", "config");
  EXPECT_TRUE(loaded.problems.empty());
  const Config& c = loaded.config;
  EXPECT_EQ(c.library.value, "");
  EXPECT_EQ(c.theme.value, "default");
  EXPECT_FALSE(c.three_pane.value);
  EXPECT_FALSE(c.mouse.value);
  EXPECT_EQ(c.reader_width.value, 80);
  EXPECT_EQ(c.snippet_columns.value, 40);
  EXPECT_TRUE(c.colors.empty());
  EXPECT_TRUE(c.key_bindings.empty());
  EXPECT_TRUE(c.district_aliases.empty());
  EXPECT_EQ(c.reader_width.origin, "default");
}

TEST(Parse, EveryKey) {
  const auto loaded = parse(
      "# kanbao\n"
      "\n"
      "library = /srv/报纸/library.db\n"
      "theme = monochrome\n"
      "layout = three-pane\n"
      "mouse = on\n"
      "reader.width = 100\n"
      "search.snippet = 60\n"
      "color.highlight = black on bright-yellow bold underline\n"
      "color.dim = 245\n"
      "key.down = e Down\n"
      "district.管城回族区 = 管城, 回族区\n",
      "/home/u/.config/kanbao/config");
  EXPECT_TRUE(loaded.problems.empty()) << messages(loaded).front();
  const Config& c = loaded.config;
  EXPECT_EQ(c.library.value, "/srv/报纸/library.db");
  EXPECT_EQ(c.library.origin, "/home/u/.config/kanbao/config:3");
  EXPECT_EQ(c.theme.value, "monochrome");
  EXPECT_EQ(c.theme.origin, "/home/u/.config/kanbao/config:4");
  EXPECT_TRUE(c.three_pane.value);
  EXPECT_TRUE(c.mouse.value);
  EXPECT_EQ(c.reader_width.value, 100);
  EXPECT_EQ(c.snippet_columns.value, 60);
  EXPECT_EQ(c.snippet_columns.origin, "/home/u/.config/kanbao/config:8");
  ASSERT_EQ(c.colors.count("highlight"), 1u);
  const ColorSpec& hl = c.colors.at("highlight").value;
  EXPECT_EQ(hl.foreground, "black");
  EXPECT_EQ(hl.background, "bright-yellow");
  EXPECT_EQ(hl.attributes, (std::vector<std::string>{"bold", "underline"}));
  EXPECT_EQ(c.colors.at("dim").value.foreground, "245");
  ASSERT_EQ(c.key_bindings.size(), 1u);
  EXPECT_EQ(c.key_bindings[0].action, "down");
  EXPECT_EQ(c.key_bindings[0].keys, "e Down");
  EXPECT_EQ(c.key_bindings[0].file, "/home/u/.config/kanbao/config");
  EXPECT_EQ(c.key_bindings[0].line, 11);
  ASSERT_EQ(c.district_aliases.size(), 2u);
  EXPECT_EQ(c.district_aliases[0].alias, "管城");
  EXPECT_EQ(c.district_aliases[0].canonical, "管城回族区");
  EXPECT_EQ(c.district_aliases[1].alias, "回族区");
  EXPECT_EQ(c.district_aliases[1].origin, "/home/u/.config/kanbao/config:12");
}

TEST(Parse, SwitchAndLayoutSpellings) {
  for (const char* on : {"on", "yes", "true", "1"}) {
    EXPECT_TRUE(parse(std::string("mouse = ") + on, "c").config.mouse.value) << on;
  }
  for (const char* off : {"off", "no", "false", "0"}) {
    EXPECT_FALSE(parse(std::string("mouse = on\nmouse = ") + off, "c").config.mouse.value) << off;
  }
  EXPECT_FALSE(parse("layout = three-pane\nlayout = single", "c").config.three_pane.value);
  EXPECT_EQ(parse("theme = monochrome\ntheme = default", "c").config.theme.value, "default");
}

TEST(Parse, WhitespaceCommentsAndLineEndings) {
  const auto loaded = parse(
      "\xEF\xBB\xBF# a byte-order mark is skipped\r\n"
      "   reader.width=120   # trailing comment\r\n"
      "\tmouse\t=\ton\t\r\n"
      "library = /srv/a#b/library.db\n"  // `#` inside a word is not a comment
      "   # indented comment\n",
      "c");
  EXPECT_TRUE(loaded.problems.empty()) << messages(loaded).front();
  EXPECT_EQ(loaded.config.reader_width.value, 120);
  EXPECT_EQ(loaded.config.reader_width.origin, "c:2");
  EXPECT_TRUE(loaded.config.mouse.value);
  EXPECT_EQ(loaded.config.library.value, "/srv/a#b/library.db");
}

TEST(Parse, LaterLineWinsAndUpdatesTheOrigin) {
  const auto loaded = parse(
      "reader.width = 90\n"
      "reader.width = 70\n"
      "key.down = e\n"
      "key.up = i\n"
      "key.down = x\n"
      "color.title = red\n"
      "color.title = blue\n",
      "c");
  EXPECT_TRUE(loaded.problems.empty());
  EXPECT_EQ(loaded.config.reader_width.value, 70);
  EXPECT_EQ(loaded.config.reader_width.origin, "c:2");
  ASSERT_EQ(loaded.config.key_bindings.size(), 2u);
  EXPECT_EQ(loaded.config.key_bindings[0].action, "up");
  EXPECT_EQ(loaded.config.key_bindings[1].keys, "x");
  EXPECT_EQ(loaded.config.key_bindings[1].line, 5);
  EXPECT_EQ(loaded.config.colors.at("title").value.foreground, "blue");
  EXPECT_EQ(loaded.config.colors.at("title").origin, "c:7");
}

TEST(Parse, BadValuesAreReportedWithFileAndLineAndKeepTheDefault) {
  const auto loaded = parse(
      "reader.width = wide\n"
      "mouse = maybe\n"
      "color.title = purple\n"
      "theme = dark\n"
      "layout = double\n"
      "search.snippet = 5\n"
      "reader.width = 401\n"
      "reader.width = 80px\n"
      "search.snippet =\n"
      "color.bar = red on\n"
      "color.bar = red green\n"
      "color.bar =\n",
      "/home/u/.config/kanbao/config");
  const std::vector<std::string> expected = {
      "/home/u/.config/kanbao/config:1: reader.width: 'wide' is not a number between 40 and 400",
      "/home/u/.config/kanbao/config:2: mouse: 'maybe' is not on or off",
      "/home/u/.config/kanbao/config:3: color.title: 'purple' is not a colour (default, black, red, green, "
      "yellow, "
      "blue, magenta, cyan, white, bright-<colour>, 0-255) or an attribute (bold, dim, underline, reverse, "
      "blink, "
      "italic)",
      "/home/u/.config/kanbao/config:4: theme: 'dark' is not a theme (default or monochrome)",
      "/home/u/.config/kanbao/config:5: layout: 'double' is not a layout (single or three-pane)",
      "/home/u/.config/kanbao/config:6: search.snippet: '5' is not a number between 10 and 200",
      "/home/u/.config/kanbao/config:7: reader.width: '401' is not a number between 40 and 400",
      "/home/u/.config/kanbao/config:8: reader.width: '80px' is not a number between 40 and 400",
      "/home/u/.config/kanbao/config:9: search.snippet: '' is not a number between 10 and 200",
      "/home/u/.config/kanbao/config:10: color.bar: 'on' must be followed by a background colour in 'red on'",
      "/home/u/.config/kanbao/config:11: color.bar: two foreground colours in 'red green' (write `fg on bg`)",
      "/home/u/.config/kanbao/config:12: color.bar: no colour given (e.g. `black on yellow bold`)",
  };
  EXPECT_EQ(messages(loaded), expected);
  const Config& c = loaded.config;
  EXPECT_EQ(c.reader_width.value, 80);
  EXPECT_EQ(c.reader_width.origin, "default");
  EXPECT_FALSE(c.mouse.value);
  EXPECT_EQ(c.theme.value, "default");
  EXPECT_FALSE(c.three_pane.value);
  EXPECT_EQ(c.snippet_columns.value, 40);
  EXPECT_TRUE(c.colors.empty());
}

// `language = auto | zh | en`: the browser's language (auto: the locale's).
TEST(Parse, Language) {
  EXPECT_EQ(parse("", "c").config.language.value, "auto");
  for (const char* value : {"auto", "zh", "en"}) {
    const auto loaded = parse(std::string("language = ") + value + "\n", "c");
    EXPECT_TRUE(loaded.problems.empty()) << value;
    EXPECT_EQ(loaded.config.language.value, value);
    EXPECT_EQ(loaded.config.language.origin, "c:1");
  }
  const auto bad = parse("language = fr\n", "c");
  EXPECT_EQ(messages(bad),
            std::vector<std::string>{"c:1: language: 'fr' is not a language (auto, zh or en)"});
  EXPECT_EQ(bad.config.language.value, "auto");
  EXPECT_NE(describe(parse("language = en\n", "c").config).find("language = en  # c:1\n"), std::string::npos);
}

TEST(Parse, ABadValueKeepsAnEarlierGoodOne) {
  const auto loaded = parse("reader.width = 100\nreader.width = huge\n", "c");
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].line, 2);
  EXPECT_EQ(loaded.config.reader_width.value, 100);
  EXPECT_EQ(loaded.config.reader_width.origin, "c:1");
}

TEST(Parse, MalformedLines) {
  const auto loaded = parse(
      "mouse on\n"
      "= on\n"
      "key.quit\n",
      "c");
  const std::vector<std::string> expected = {
      "c:1: expected `key = value`, got 'mouse on'",
      "c:2: no key before '='",
      "c:3: expected `key = value`, got 'key.quit'",
  };
  EXPECT_EQ(messages(loaded), expected);
}

TEST(Parse, UnknownKeysSuggestTheNearestKey) {
  const auto loaded = parse(
      "reader.widht = 90\n"
      "Mouse = on\n"
      "colour.title = red\n"
      "color.titel = red\n"
      "keys.down = e\n"
      "distrct.管城回族区 = 管城\n"
      "frobnicate = 1\n"
      "color.nonsense = red\n",
      "c");
  const std::vector<std::string> expected = {
      "c:1: unknown key 'reader.widht' (did you mean 'reader.width'?)",
      "c:2: unknown key 'Mouse' (did you mean 'mouse'?)",
      "c:3: unknown key 'colour.title' (did you mean 'color.title'?)",
      "c:4: unknown key 'color.titel' (did you mean 'color.title'?)",
      "c:5: unknown key 'keys.down' (did you mean 'key.down'?)",
      "c:6: unknown key 'distrct.管城回族区' (did you mean 'district.管城回族区'?)",
      "c:7: unknown key 'frobnicate' (see CONFIGURATION in kanbao(1))",
      "c:8: unknown key 'color.nonsense' (see CONFIGURATION in kanbao(1))",
  };
  EXPECT_EQ(messages(loaded), expected);
  EXPECT_FALSE(loaded.config.mouse.value);
  EXPECT_TRUE(loaded.config.key_bindings.empty());
  EXPECT_TRUE(loaded.config.district_aliases.empty());
}

TEST(Parse, InvalidUtf8IsAProblemNotACrash) {
  const std::string text =
      "mouse = on\nlibrary = /srv/\xff\xfe.db\ndistrict.\xe7\xae = x\nreader.width = 90\n";
  const auto loaded = parse(text, "c");
  ASSERT_EQ(loaded.problems.size(), 2u);
  EXPECT_EQ(loaded.problems[0].str(),
            "c:2: the line is not valid UTF-8 (save the file as UTF-8); line ignored");
  EXPECT_EQ(loaded.problems[1].line, 3);
  EXPECT_TRUE(loaded.config.mouse.value);
  EXPECT_EQ(loaded.config.library.value, "");
  EXPECT_EQ(loaded.config.reader_width.value, 90);
  EXPECT_TRUE(loaded.config.district_aliases.empty());
}

TEST(Parse, KeyBindingLinesAreKeptWithTheirLinesForTheBrowser) {
  // The browser validates actions and key names; the parser keeps the lines.
  const auto loaded = parse("# c\nkey.nosuch = x\nkey.top =\nkey.search = Hash  # the # key\n", "f");
  EXPECT_TRUE(loaded.problems.empty());
  ASSERT_EQ(loaded.config.key_bindings.size(), 3u);
  const auto& kb = loaded.config.key_bindings;
  EXPECT_EQ(kb[0].action, "nosuch");
  EXPECT_EQ(kb[0].line, 2);
  EXPECT_EQ(kb[1].action, "top");
  EXPECT_EQ(kb[1].keys, "");
  EXPECT_EQ(kb[1].line, 3);
  EXPECT_EQ(kb[2].keys, "Hash");
  EXPECT_EQ(kb[2].file, "f");
}

}  // namespace
}  // namespace kanbao::config
