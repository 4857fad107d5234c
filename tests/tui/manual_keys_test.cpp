// SPDX-License-Identifier: MIT
// The manual's KEYS section lists exactly what the help screen shows: every
// action's default keys and description, in the keymap's order: the English
// manual as the browser shows them in English, the Chinese one in Chinese.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "english.h"
#include "tui/keymap.h"

namespace kanbao::tui {
namespace {

std::string unescape_roff(std::string s) {
  for (std::size_t at; (at = s.find("\\-")) != std::string::npos;) s.replace(at, 2, "-");
  return s;
}

// The entries of a manual's KEYS section: keys and description.
std::vector<std::pair<std::string, std::string>> manual_keys(const std::string& file,
                                                             const std::string& heading) {
  std::ifstream in(std::string(KANBAO_SOURCE_DIR) + "/" + file);
  std::string manual((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto start = manual.find("\n.SH " + heading + "\n");
  if (start == std::string::npos) return {};
  auto end = manual.find("\n.SH ", start + 1);
  std::string section = manual.substr(start, end - start);

  std::vector<std::pair<std::string, std::string>> in_manual;
  std::regex item(R"(\n\.TP\n\.B ([^\n]+)\n([^\n]+))");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), item); it != std::sregex_iterator();
       ++it) {
    in_manual.emplace_back(unescape_roff((*it)[1]), unescape_roff((*it)[2]));
  }
  return in_manual;
}

TEST(ManualKeys, MatchTheHelpScreen) {
  auto in_manual = manual_keys("man/kanbao.1", "KEYS");
  testing::English english;
  ASSERT_EQ(english.error(), "");
  Keymap keymap;
  std::vector<std::pair<std::string, std::string>> in_code;
  for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
    auto action = static_cast<Action>(a);
    in_code.emplace_back(keymap.keys_text(action), std::string(Keymap::description(action)));
  }
  EXPECT_EQ(in_manual, in_code);
}

// The Chinese manual lists the same keys in the same order, with the
// descriptions the browser shows in Chinese.
TEST(ManualKeys, TheChineseManualMatchesTheChineseHelpScreen) {
  auto in_manual = manual_keys("man/zh_CN/kanbao.1", "按键");
  ASSERT_EQ(language(), Language::kChinese);
  Keymap keymap;
  std::vector<std::pair<std::string, std::string>> in_code;
  for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
    auto action = static_cast<Action>(a);
    in_code.emplace_back(keymap.keys_text(action), std::string(Keymap::description(action)));
  }
  EXPECT_EQ(in_manual, in_code);
}

}  // namespace
}  // namespace kanbao::tui
