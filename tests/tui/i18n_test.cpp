// SPDX-License-Identifier: MIT
// The browser's language: chosen from the setting and the locale, English
// from po/en.po (every string translated, its {} fields kept).
#include "tui/i18n.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <string>

#include "english.h"
#include "tui/keymap.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

using Env = std::map<std::string, std::string>;

Language choose(std::string_view setting, const Env& env) {
  return choose_language(setting, [&](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  });
}

TEST(ChooseLanguage, TheSettingWins) {
  EXPECT_EQ(choose("en", {{"LANG", "zh_CN.UTF-8"}}), Language::kEnglish);
  EXPECT_EQ(choose("zh", {{"LANGUAGE", "en"}, {"LANG", "en_US.UTF-8"}}), Language::kChinese);
}

TEST(ChooseLanguage, ChineseLocalesGiveChinese) {
  EXPECT_EQ(choose("auto", {{"LANG", "zh_CN.UTF-8"}}), Language::kChinese);
  EXPECT_EQ(choose("auto", {{"LANG", "zh_TW.UTF-8"}}), Language::kChinese);
  EXPECT_EQ(choose("auto", {{"LC_MESSAGES", "zh_CN.GB18030"}, {"LANG", "en_US.UTF-8"}}), Language::kChinese);
}

TEST(ChooseLanguage, OtherLanguagesGiveEnglish) {
  EXPECT_EQ(choose("auto", {{"LANG", "en_US.UTF-8"}}), Language::kEnglish);
  EXPECT_EQ(choose("auto", {{"LANG", "de_DE.UTF-8"}}), Language::kEnglish);
  EXPECT_EQ(choose("auto", {{"LC_ALL", "fr_FR.UTF-8"}, {"LANG", "zh_CN.UTF-8"}}), Language::kEnglish);
}

TEST(ChooseLanguage, TheCLocaleAndNoLocaleGiveChinese) {
  EXPECT_EQ(choose("auto", {}), Language::kChinese);
  EXPECT_EQ(choose("auto", {{"LANG", "C"}}), Language::kChinese);
  EXPECT_EQ(choose("auto", {{"LC_ALL", "C.UTF-8"}}), Language::kChinese);
  EXPECT_EQ(choose("auto", {{"LANG", "POSIX"}}), Language::kChinese);
  EXPECT_EQ(choose("auto", {{"LANG", ""}, {"LC_ALL", ""}}), Language::kChinese);
}

// LANGUAGE first, as gettext reads it: its first entry we have wins, over
// LC_ALL, LC_MESSAGES and LANG, even in the C locale.
TEST(ChooseLanguage, LanguageListComesFirst) {
  EXPECT_EQ(choose("auto", {{"LANGUAGE", "en"}, {"LC_ALL", "C.UTF-8"}}), Language::kEnglish);
  EXPECT_EQ(choose("auto", {{"LANGUAGE", "en_GB:zh_CN"}, {"LANG", "zh_CN.UTF-8"}}), Language::kEnglish);
  EXPECT_EQ(choose("auto", {{"LANGUAGE", "fr:zh_CN:en"}, {"LANG", "en_US.UTF-8"}}), Language::kChinese);
  // No entry we have: the locale decides.
  EXPECT_EQ(choose("auto", {{"LANGUAGE", "fr:de"}, {"LANG", "zh_CN.UTF-8"}}), Language::kChinese);
  EXPECT_EQ(choose("auto", {{"LANGUAGE", "fr"}, {"LANG", "en_US.UTF-8"}}), Language::kEnglish);
}

// The msgid/msgstr pairs of po/en.po (header left out), a msgctxt's msgid
// as "context|msgid".
std::map<std::string, std::string> english_catalog() {
  std::ifstream in(std::string(KANBAO_SOURCE_DIR) + "/po/en.po");
  const std::string po((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::map<std::string, std::string> out;
  const std::regex entry(
      R"re(\n(?:msgctxt "([^"]*)"\n)?msgid ((?:"(?:[^"\\]|\\.)*"\n)+)msgstr ((?:"(?:[^"\\]|\\.)*"\n?)+))re");
  const std::regex piece(R"re("((?:[^"\\]|\\.)*)")re");
  const auto join = [&](const std::string& lines) {
    std::string s;
    for (auto it = std::sregex_iterator(lines.begin(), lines.end(), piece); it != std::sregex_iterator();
         ++it) {
      s += (*it)[1];
    }
    return s;
  };
  for (auto it = std::sregex_iterator(po.begin(), po.end(), entry); it != std::sregex_iterator(); ++it) {
    const std::string context = (*it)[1];
    const std::string id = join((*it)[2]);
    if (!id.empty()) out[context.empty() ? id : context + "|" + id] = join((*it)[3]);
  }
  return out;
}

// How many arguments a fmt string takes: one per `{` ("{:>{}}" takes two).
// A translation may change a field's width, not the arguments.
long fields(const std::string& s) { return std::count(s.begin(), s.end(), '{'); }

// tests/i18n/catalog_test.sh checks that every string of tui/ is in en.po;
// this, that each is translated and keeps its fields (fmt would throw).
TEST(EnglishCatalog, EveryStringIsTranslatedWithItsFields) {
  const auto catalog = english_catalog();
  ASSERT_GT(catalog.size(), 150u);
  for (const auto& [id, str] : catalog) {
    EXPECT_FALSE(str.empty()) << id;
    EXPECT_EQ(fields(id), fields(str)) << id << " -> " << str;
  }
  EXPECT_EQ(catalog.at("书签"), "Bookmarks");
  EXPECT_EQ(catalog.at("key|书签"), "bookmark");
}

TEST(EnglishCatalog, IsUsedWhenEnglishIsChosen) {
  EXPECT_STREQ(tr("书签"), "书签");
  {
    testing::English english;
    ASSERT_EQ(english.error(), "");
    EXPECT_EQ(language(), Language::kEnglish);
    EXPECT_STREQ(tr("书签"), "Bookmarks");
    EXPECT_EQ(trf("窗口太小 {}x{}，至少 {}x{}", 10, 3, 20, 6), "Window too small 10x3, at least 20x6");
    EXPECT_EQ(date_key_problem("2020-02-30"),
              "2020-02-30 is not a day of the calendar (February 2020 has 29 days)");  // as --from says it
    EXPECT_EQ(Keymap::description(Action::kDown), "Move down one line");
    EXPECT_EQ(Keymap::short_label(Action::kPageDown), "page");
    EXPECT_EQ(Keymap::short_label(Action::kBookmark), "bookmark");  // msgctxt "key"
    EXPECT_STREQ(tr_context("key", "没有这个词"), "没有这个词");    // untranslated: itself
    EXPECT_STREQ(tr_context("list", "、"), ", ");                   // "第01、02版" is "page 01, 02"
  }
  EXPECT_EQ(language(), Language::kChinese);
  EXPECT_STREQ(tr("书签"), "书签");
  EXPECT_EQ(Keymap::description(Action::kDown), "下移一行");
}

// A missing catalog is an error, and the browser stays Chinese.
TEST(EnglishCatalog, MissingCatalogIsAnError) {
  ::setenv("KANBAO_LOCALEDIR", "/nonexistent/kanbao-locale", 1);
  const Status st = set_language(Language::kEnglish);
  ASSERT_FALSE(st);
  EXPECT_NE(st.error().message().find("/nonexistent/kanbao-locale/en/LC_MESSAGES/kanbao.mo"),
            std::string::npos);
  EXPECT_EQ(language(), Language::kChinese);
  EXPECT_STREQ(tr("书签"), "书签");
  ::unsetenv("KANBAO_LOCALEDIR");
}

}  // namespace
}  // namespace kanbao::tui
