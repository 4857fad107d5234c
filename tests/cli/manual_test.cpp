// The manual page agrees with the code: it renders without warnings, and it
// documents exactly the commands and options the command table defines.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <fstream>
#include <iterator>
#include <sstream>
#include <cstdio>
#include <regex>
#include <set>
#include <string>

#include "cli/args.h"
#include "cli/run_binary.h"

namespace kanbao {
namespace {

const std::string kManual = std::string(KANBAO_SOURCE_DIR) + "/man/kanbao.1";

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

TEST(Manual, MandocLintIsClean) { EXPECT_EQ(output_of("mandoc -Tlint " + kManual), ""); }

TEST(Manual, ManWarningsAreClean) {
  EXPECT_EQ(output_of("MANWIDTH=80 man --warnings -l " + kManual + " >/dev/null"), "");
}

TEST(Manual, HasTheRequiredSections) {
  std::string manual = test_support::read_file(kManual);
  for (const char* name : {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "KEYS", "SEARCH", "FILES",
                           "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"}) {
    EXPECT_FALSE(section(manual, name).empty()) << "missing section " << name;
  }
}

TEST(Manual, DocumentsExactlyTheCommandsOfTheCode) {
  std::string commands = section(test_support::read_file(kManual), "COMMANDS");
  std::set<std::string> in_manual;
  std::regex item(R"(\n\.TP\n\.BI? ([a-z]+))");
  for (auto it = std::sregex_iterator(commands.begin(), commands.end(), item); it != std::sregex_iterator(); ++it) {
    in_manual.insert((*it)[1]);
  }
  std::set<std::string> in_code;
  for (const auto& command : cli::commands()) {
    if (!command.name.empty()) in_code.insert(command.name);
  }
  EXPECT_EQ(in_manual, in_code);
}

TEST(Manual, DocumentsExactlyTheOptionsOfTheCode) {
  std::string manual = test_support::read_file(kManual);
  std::set<std::string> in_manual;
  std::regex option(R"(\\-\\-([a-z][a-z-]*))");
  for (auto it = std::sregex_iterator(manual.begin(), manual.end(), option); it != std::sregex_iterator(); ++it) {
    in_manual.insert("--" + (*it)[1].str());
  }
  std::set<std::string> in_code;
  for (const auto& o : cli::global_options()) in_code.insert(o.name);
  for (const auto& command : cli::commands()) {
    for (const auto& o : command.options) in_code.insert(o.name);
  }
  EXPECT_EQ(in_manual, in_code);
}

// Issue 14: every search example in the manual finds something on the
// bundled sample pages (whose dates have no year).
TEST(Manual, SearchExamplesFindArticlesInTheSample) {
  std::ifstream in(kManual);
  const std::string manual((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  test_support::TempDir dir;
  const std::string db = dir / "library.db";
  ASSERT_EQ(test_support::run_kanbao({"--db", db, "index", KANBAO_SAMPLE_DIR}).status, 0);
  int examples = 0;
  const std::regex example(R"(\nkanbao search ([^\n]+))");
  for (auto it = std::sregex_iterator(manual.begin(), manual.end(), example); it != std::sregex_iterator(); ++it) {
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

}  // namespace
}  // namespace kanbao
