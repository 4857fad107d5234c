// SPDX-License-Identifier: MIT
// The browser in one language: English with LANGUAGE=en, an English locale
// or `language = en`, Chinese with a Chinese or the C locale or
// `language = zh`; first screen, help and an error all in it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "e2e/tmux_session.h"

namespace {

using kanbao::test_support::SampleLibrary;
using kanbao::test_support::shell_quote;
using kanbao::test_support::Tmux;

class LanguageE2E : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { library_ = new SampleLibrary("language"); }
  static void TearDownTestSuite() { delete library_; }
  void SetUp() override {
    ASSERT_EQ(library_->problem(), "");
    std::filesystem::create_directories(library_->dir() + "/config/kanbao");
    write_config("");
  }

  static void write_config(const std::string& text) {
    std::ofstream(library_->dir() + "/config/kanbao/config") << text;
  }

  // The browser with `env_` (after a clean locale: no LC_ALL) and the build
  // tree's catalogs.
  static std::string command(const std::string& env) {
    return "env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE TERM=xterm-256color KANBAO_LOCALEDIR=" +
           shell_quote(KANBAO_BUILD_LOCALEDIR) +
           " XDG_STATE_HOME=" + shell_quote(library_->dir() + "/state") +
           " XDG_CONFIG_HOME=" + shell_quote(library_->dir() + "/config") + " " + env + " " +
           shell_quote(KANBAO_BINARY) + " --db " + shell_quote(library_->db());
  }

  struct Words {
    const char* first_screen;  // the districts screen's "all" row
    const char* help;          // a key's description
    const char* error;         // the lead-in of a search error
    const char* hint;          // a key label on the bottom line
  };
  static constexpr Words kEnglish{"All", "Move down one line", "Error: ", "search"};
  static constexpr Words kChinese{"全部", "下移一行", "出错：", "搜索"};

  // ? opens the help in the language of `want`; q goes back to the first
  // screen: its word, and the help gone (whose text may have the word too).
  static void expect_help(const Tmux& tmux, const std::string& env, const Words& want, const Words& other) {
    std::string screen;
    tmux.keys("?");
    ASSERT_TRUE(tmux.wait_for(want.help, &screen)) << env << "\n" << screen;
    EXPECT_EQ(screen.find(other.help), std::string::npos) << screen;
    tmux.keys("q");
    ASSERT_TRUE(tmux.wait(
        [&](const std::string& s) {
          return s.find(want.first_screen) != std::string::npos && s.find(want.help) == std::string::npos;
        },
        &screen))
        << screen;
  }

  // A search date it cannot read is an error in the language of `want`.
  static void expect_error(const Tmux& tmux, const std::string& env, const Words& want) {
    std::string screen;
    tmux.keys("/");
    tmux.literal("date:abc");
    tmux.keys("Enter");
    ASSERT_TRUE(tmux.wait_for(want.error, &screen)) << env << "\n" << screen;
    EXPECT_NE(screen.find("date:abc"), std::string::npos) << screen;
  }

  // First screen, help and an error (a search date it cannot read) in the
  // language of `want`, none of the other's words.
  static void expect_language(const std::string& env, const Words& want, const Words& other) {
    Tmux tmux;
    tmux.start(100, 30, command(env));
    std::string screen;
    ASSERT_TRUE(tmux.wait_for(want.first_screen, &screen)) << env << "\n" << screen;
    // The bottom line may be drawn a moment after the list (a loaded machine).
    EXPECT_TRUE(tmux.wait_for(std::string("/ ") + want.hint, &screen)) << screen;
    EXPECT_EQ(screen.find(other.first_screen), std::string::npos) << screen;
    ASSERT_NO_FATAL_FAILURE(expect_help(tmux, env, want, other));
    ASSERT_NO_FATAL_FAILURE(expect_error(tmux, env, want));
    tmux.keys("Q");
    ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
  }

  static inline SampleLibrary* library_ = nullptr;
};

TEST_F(LanguageE2E, LanguageEnShowsEnglish) { expect_language("LANGUAGE=en", kEnglish, kChinese); }

TEST_F(LanguageE2E, AnEnglishLocaleShowsEnglish) {
  // Not installed here: the name is enough to choose the language.
  expect_language("LANG=en_US.UTF-8", kEnglish, kChinese);
}

TEST_F(LanguageE2E, ChineseAndTheCLocaleShowChinese) {
  expect_language("LANGUAGE=zh_CN LANG=en_US.UTF-8", kChinese, kEnglish);
  expect_language("LANG=zh_CN.UTF-8", kChinese, kEnglish);
  expect_language("LANG=C.UTF-8", kChinese, kEnglish);
}

TEST_F(LanguageE2E, TheSettingOverridesTheLocale) {
  write_config("language = en\n");
  expect_language("LANG=zh_CN.UTF-8", kEnglish, kChinese);
  write_config("language = zh\n");
  expect_language("LANGUAGE=en", kChinese, kEnglish);
}

// Without the catalog the browser says so, and stays Chinese.
TEST_F(LanguageE2E, AMissingCatalogIsShown) {
  Tmux tmux;
  tmux.start(100, 30, command("LANGUAGE=en KANBAO_LOCALEDIR=/nonexistent"));
  std::string screen;
  ASSERT_TRUE(tmux.wait_for("no English message catalog", &screen)) << screen;
  EXPECT_NE(screen.find("全部"), std::string::npos) << screen;
  tmux.keys("Q");
  ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
}

}  // namespace
