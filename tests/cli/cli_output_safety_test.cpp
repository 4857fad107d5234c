// SPDX-License-Identifier: MIT
// Output a user met on a real library: JSON that passed C1 controls and
// bidi overrides raw, and a list that one article's many reporters made
// wider than the terminal. The pages are invented.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/run_binary.h"
#include "text/utf8.h"
#include "text/width.h"

namespace kanbao {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using namespace test_support;

// U+009B (an 8-bit CSI), U+202E (right-to-left override), U+2066 (an
// isolate) and DEL, in an invented page's title and body.
const std::string kHostileTitle = "长江\u009b31m大桥\u202e通车\u2066典礼\x7f";

class CliOutputSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "pages");
    std::filesystem::create_directories(dir_ / "config");
    // Twelve invented reporters (the user's article named thirty).
    std::string reporters = "记者";
    for (const char* surname : {"王", "李", "张"}) {
      for (const char* name : {"一", "二", "三", "四"}) reporters += std::string(" ") + surname + "小" + name;
    }
    write_file(dir_ / "pages/hostile.txt",
               kHostileTitle + "\n\n本报讯 6月1日,长江大桥\u009b2J通车典礼举行。\n" + reporters + "\n");
    db_ = dir_ / "library.db";
    ASSERT_EQ(run_kanbao({"--db", db_, "index", dir_ / "pages"}).status, 0);
  }
  Outcome kanbao(std::vector<std::string> args, const std::string& columns = "") {
    args.insert(args.begin(), {"--db", db_});
    return run_kanbao(args, {"XDG_CONFIG_HOME=" + (dir_ / "config"), "COLUMNS=" + columns});
  }
  TempDir dir_;
  std::string db_;
};

// Every character a terminal would act on, other than newline, at its
// position in `out`; empty when there is none.
std::string unsafe_characters(const std::string& out) {
  std::string found;
  std::size_t i = 0;
  while (i < out.size()) {
    const std::size_t at = i;
    const char32_t c = text::decode(out, i);
    if (c != U'\n' && (c == text::kInvalid || text::is_unsafe_for_terminal(c)))
      found += "U+" + std::to_string(static_cast<unsigned>(c)) + " at " + std::to_string(at) + "; ";
  }
  return found;
}

TEST_F(CliOutputSafety, JsonEscapesC1ControlsAndBidiOverrides) {
  for (const auto& args : std::vector<std::vector<std::string>>{{"list", "--json"},
                                                                {"list", "--format", "jsonl"},
                                                                {"search", "--json", "长江"},
                                                                {"export"},
                                                                {"show", "--json", "1"}}) {
    const Outcome run = kanbao(args);
    ASSERT_EQ(run.status, 0) << args.front() << ": " << run.err;
    EXPECT_EQ(unsafe_characters(run.out), "") << args.front() << ":\n" << run.out;
    EXPECT_THAT(run.out, HasSubstr("\\u009b")) << args.front();
    EXPECT_THAT(run.out, HasSubstr("长江")) << args.front();  // Han text is not escaped
  }
  // Still valid JSON, meaning the same characters.
  const json rows = json::parse(kanbao({"list", "--json"}).out);
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(rows[0]["title"].get<std::string>(), kHostileTitle);
  const std::string line = kanbao({"list", "--format", "jsonl"}).out;
  EXPECT_THAT(line, HasSubstr("\\u202e")) << line;
  EXPECT_THAT(line, HasSubstr("\\u2066")) << line;
  EXPECT_THAT(line, HasSubstr("\\u007f")) << line;
}

// Text output fits COLUMNS, at 40 too: the title is what gets cut.
TEST_F(CliOutputSafety, TextOutputOfAnArticleWithManyReportersFitsTheTerminal) {
  ASSERT_EQ(json::parse(kanbao({"list", "--json"}).out)[0]["reporters"].size(), 12U);
  for (const auto& args : std::vector<std::vector<std::string>>{{"list"}, {"search", "长江"}, {"papers"}}) {
    for (const char* columns : {"80", "40"}) {
      const Outcome run = kanbao(args, columns);
      ASSERT_EQ(run.status, 0) << run.err;
      std::size_t at = 0;
      while (at < run.out.size()) {
        const std::size_t end = run.out.find('\n', at);
        const std::string line = run.out.substr(at, end - at);
        EXPECT_LE(text::display_width(line), std::stoi(columns)) << args.front() << ": " << line;
        at = end == std::string::npos ? run.out.size() : end + 1;
      }
      if (args.front() == "list") {
        EXPECT_THAT(run.out, HasSubstr("通车")) << run.out;  // the title keeps room
      }
    }
  }
}

}  // namespace
}  // namespace kanbao
