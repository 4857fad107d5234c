// SPDX-License-Identifier: MIT
// The manual pages agree with the code: the English one (man/kanbao.1) and
// the Chinese one (man/zh_CN/kanbao.1) render without warnings, and each
// documents exactly the commands and options the command table defines;
// the Chinese one has the same sections, configuration keys and examples.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <ostream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/run_binary.h"
#include "config/config.h"
#include "text/width.h"

namespace kanbao {
namespace {

// One manual: where it is and what its sections are called.
struct Manual {
  std::string name;
  std::string path;
  // English section name -> this manual's.
  std::map<std::string, std::string> sections;
  std::string lang;  // LANG to render it under
  std::string heading(const std::string& english) const {
    auto it = sections.find(english);
    return it == sections.end() ? english : it->second;
  }
  // The name in test output (not the bytes of the struct).
  friend void PrintTo(const Manual& manual, std::ostream* out) { *out << manual.path; }
};

const std::vector<std::string> kRequiredSections = {
    "NAME",          "SYNOPSIS", "DESCRIPTION", "COMMANDS",    "KEYS",     "SEARCH",  "CONFIGURATION",
    "SHARED SERVER", "FILES",    "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"};

const Manual kEnglish{"English", std::string(KANBAO_SOURCE_DIR) + "/man/kanbao.1", {}, "C.UTF-8"};
const Manual kChinese{"Chinese",
                      std::string(KANBAO_SOURCE_DIR) + "/man/zh_CN/kanbao.1",
                      {{"NAME", "名称"},
                       {"SYNOPSIS", "概要"},
                       {"DESCRIPTION", "描述"},
                       {"COMMANDS", "命令"},
                       {"OPTIONS", "选项"},
                       {"KEYS", "按键"},
                       {"SEARCH", "搜索"},
                       {"DATES", "日期"},
                       {"PAPERS, ISSUES AND PAGES", "报纸、期次和版面"},
                       {"CONFIGURATION", "配置"},
                       {"SHARED SERVER", "共享服务器"},
                       {"POSTGRESQL", "POSTGRESQL"},
                       {"FILES", "文件"},
                       {"ENVIRONMENT", "环境变量"},
                       {"EXIT STATUS", "退出状态"},
                       {"EXAMPLES", "示例"},
                       {"SEE ALSO", "参见"}},
                      "zh_CN.UTF-8"};

// Runs a shell command, returning what it printed on stdout and stderr.
std::string output_of(const std::string& command) {
  std::string out;
  std::FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return "cannot run " + command;
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  pclose(pipe);
  return out;
}

// The text of one section (from ".SH NAME" to the next ".SH").
std::string section(const std::string& manual, const std::string& name) {
  auto start = manual.find("\n.SH " + name + "\n");
  if (start == std::string::npos) return {};
  auto end = manual.find("\n.SH ", start + 1);
  return manual.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::vector<std::string> matches(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// The manual without the lines of examples that run other programs
// (adduser --system ...): their options are not kanbao's.
std::string without_other_programs(const std::string& manual) {
  std::istringstream in(manual);
  std::string out;
  bool example = false;
  for (std::string line; std::getline(in, line);) {
    if (line == ".EX") example = true;
    if (line == ".EE") example = false;
    if (example && line != ".EX" && line.rfind("kanbao", 0) != 0) continue;
    out += line + "\n";
  }
  return out;
}

// The environment to render `manual` in its language. Chinese needs a
// zh_CN.UTF-8 locale (man renders nothing but ASCII under a locale it cannot
// set): the machine's, or one compiled once into a shared folder (LOCPATH)
// from the locales package's sources, moved into place whole so that tests
// running side by side never see half of one.
std::string locale_env(const Manual& manual) {
  if (manual.lang == "C.UTF-8") return "LANG=C.UTF-8 LC_ALL=";
  if (output_of("locale -a | grep -ix zh_CN.utf8") != "") return "LANG=" + manual.lang + " LC_ALL=";
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "kanbao-manual-test-locales";
  const fs::path locale = dir / "zh_CN.UTF-8";
  if (!fs::exists(locale / "LC_CTYPE")) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::string staging = (dir / ("staging-" + std::to_string(::getpid()))).string();
    output_of("localedef -i zh_CN -f UTF-8 " + staging);
    fs::rename(staging, locale, ec);  // another test may have been first: fine
    fs::remove_all(staging, ec);
  }
  return "LOCPATH=" + dir.string() + " LANG=" + manual.lang + " LC_ALL=";
}

class ManualTest : public ::testing::TestWithParam<Manual> {
 protected:
  const Manual& manual() const { return GetParam(); }
  std::string text() const { return test_support::read_file(manual().path); }
};

// mandoc does not know groff's \C'class' escape (the Chinese manual's line
// breaking rules) and counts a Han character as eight bytes of a line.
TEST_P(ManualTest, MandocLintIsClean) {
  std::istringstream lint(output_of("mandoc -Tlint " + manual().path));
  std::string left;
  for (std::string line; std::getline(lint, line);) {
    if (manual().name != kEnglish.name &&
        (line.find("invalid escape sequence: \\C'[CJK") != std::string::npos ||
         line.find("STYLE: input text line longer than 80 bytes") != std::string::npos)) {
      continue;
    }
    left += line + "\n";
  }
  EXPECT_EQ(left, "");
}

TEST_P(ManualTest, ManWarningsAreClean) {
  for (const char* width : {"80", "60"}) {
    EXPECT_EQ(output_of(locale_env(manual()) + " MANWIDTH=" + width + " man --warnings -l " + manual().path +
                        " >/dev/null"),
              "")
        << "at " << width << " columns";
  }
}

// Rendered in its language, every line fits the width (Han characters are
// two columns) and the text is there, not question marks.
TEST_P(ManualTest, RendersWithinTheWidth) {
  std::string rendered =
      output_of(locale_env(manual()) + " MANWIDTH=80 MANPAGER=cat man -l " + manual().path);
  EXPECT_TRUE(std::regex_search(rendered, std::regex(manual().heading("NAME") + "\n       kanbao +- ")))
      << rendered.substr(0, 400);
  std::istringstream lines(rendered);
  int longest = 0;
  for (std::string line; std::getline(lines, line);) longest = std::max(longest, text::display_width(line));
  EXPECT_LE(longest, 80);
}

TEST_P(ManualTest, HasTheRequiredSections) {
  std::vector<std::string> found = matches(text(), R"(\n\.SH ([^\n]+))");
  for (const auto& name : kRequiredSections) {
    EXPECT_THAT(found, ::testing::Contains(manual().heading(name))) << "missing section " << name;
  }
}

TEST_P(ManualTest, DocumentsExactlyTheCommandsOfTheCode) {
  std::string commands = section(text(), manual().heading("COMMANDS"));
  std::vector<std::string> found = matches(commands, R"(\n\.TP\n\.BI? ([a-z]+))");
  std::set<std::string> in_manual(found.begin(), found.end());
  std::set<std::string> in_code;
  for (const auto& command : cli::commands()) {
    if (!command.name.empty()) in_code.insert(command.name);
  }
  EXPECT_EQ(in_manual, in_code);
}

TEST_P(ManualTest, DocumentsExactlyTheOptionsOfTheCode) {
  std::vector<std::string> found = matches(without_other_programs(text()), R"(\\-\\-([a-z][a-z-]*))");
  std::set<std::string> in_manual;
  for (const auto& name : found) in_manual.insert("--" + name);
  std::set<std::string> in_code;
  for (const auto& o : cli::global_options()) in_code.insert(o.name);
  for (const auto& command : cli::commands()) {
    for (const auto& o : command.options) in_code.insert(o.name);
  }
  EXPECT_EQ(in_manual, in_code);
}

TEST_P(ManualTest, DocumentsEveryColourElement) {
  std::string configuration = section(text(), manual().heading("CONFIGURATION"));
  std::vector<std::string> found = matches(configuration, R"(\n\.TP(?: 20)?\n\.B ([a-z_]+)\n)");
  std::set<std::string> in_manual(found.begin(), found.end());
  std::set<std::string> in_code(config::color_elements().begin(), config::color_elements().end());
  EXPECT_EQ(in_manual, in_code);
}

// Issue 14: every search example in the manual finds something on the
// bundled sample pages (whose dates have no year).
TEST(Manual, SearchExamplesFindArticlesInTheSample) {
  const std::string manual = test_support::read_file(kEnglish.path);
  test_support::TempDir dir;
  const std::string db = dir / "library.db";
  ASSERT_EQ(test_support::run_kanbao({"--db", db, "index", KANBAO_SAMPLE_DIR}).status, 0);
  int examples = 0;
  const std::regex example(R"(\nkanbao search ([^\n]+))");
  for (auto it = std::sregex_iterator(manual.begin(), manual.end(), example); it != std::sregex_iterator();
       ++it) {
    std::string line = (*it)[1];
    for (std::size_t at; (at = line.find("\\-")) != std::string::npos;) line.replace(at, 2, "-");
    std::vector<std::string> args = {"--db", db, "search"};
    std::istringstream words(line);
    for (std::string w; words >> w;) args.push_back(w);
    const auto outcome = test_support::run_kanbao(args);
    EXPECT_EQ(outcome.status, 0) << line << "\n" << outcome.err;
    EXPECT_FALSE(outcome.out.empty()) << line << " finds nothing in the sample\n" << outcome.err;
    ++examples;
  }
  EXPECT_GE(examples, 5);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ManualTest, ::testing::Values(kEnglish, kChinese),
                         [](const auto& param_info) { return param_info.param.name; });

// The Chinese manual has the English one's sections and subsections, in the
// same order (a new English section needs its translation, and its heading
// in kChinese.sections).
TEST(ManualTranslation, HasTheSameSectionsInTheSameOrder) {
  std::string english = test_support::read_file(kEnglish.path);
  std::string chinese = test_support::read_file(kChinese.path);
  std::vector<std::string> expected;
  for (const auto& name : matches(english, R"(\n\.SH ([^\n]+))")) expected.push_back(kChinese.heading(name));
  EXPECT_EQ(matches(chinese, R"(\n\.SH ([^\n]+))"), expected);
  EXPECT_EQ(matches(chinese, R"(\n(\.S[HS]) )"), matches(english, R"(\n(\.S[HS]) )"));
}

// What the Chinese manual must say exactly as the English one does: the
// configuration keys, the synopsis, the examples and the environment.
TEST(ManualTranslation, SaysTheSameToTheMachine) {
  std::string english = test_support::read_file(kEnglish.path);
  std::string chinese = test_support::read_file(kChinese.path);
  // `.BI library " = PATH"`, `.BR theme " = " ...`: the keys the file takes.
  const std::string key_item = R"(\n\.TP\n\.B[IR]? ([a-z][a-z._]*) " = )";
  EXPECT_EQ(matches(section(chinese, "配置"), key_item),
            matches(section(english, "CONFIGURATION"), key_item));
  EXPECT_FALSE(matches(section(english, "CONFIGURATION"), key_item).empty());
  EXPECT_EQ(section(chinese, "概要").substr(std::string("\n.SH 概要").size()),
            section(english, "SYNOPSIS").substr(std::string("\n.SH SYNOPSIS").size()));
  const std::string example = R"(\n\.EX\n((?:.|\n)*?)\n\.EE)";
  EXPECT_EQ(matches(chinese, example), matches(english, example));
  const std::string variable = R"(\n\.TP\n\.BR? ([A-Z_]+[^\n]*))";
  EXPECT_EQ(matches(section(chinese, "环境变量"), variable),
            matches(section(english, "ENVIRONMENT"), variable));
  const std::string file = R"(\n\.T[PQ]\n\.I ([^\n]+))";
  EXPECT_EQ(matches(section(chinese, "文件"), file), matches(section(english, "FILES"), file));
  // The actions of `key.<action>` with their default keys.
  auto actions = [](const std::string& manual) {
    auto start = manual.find("\n.BI key. action");
    auto end = manual.find("\n.TP", start + 1);
    std::string item = start == std::string::npos ? "" : manual.substr(start, end - start);
    return matches(item, R"(([a-z_]+ " \([^)]*\)))");
  };
  EXPECT_EQ(actions(chinese), actions(english));
  EXPECT_GE(actions(english).size(), 20u);
}

}  // namespace
}  // namespace kanbao
