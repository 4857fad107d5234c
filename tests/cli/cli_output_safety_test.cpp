// SPDX-License-Identifier: MIT
// Output a user met on a real library: a list that one article's many
// reporters made wider than the terminal. The pages are invented.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/run_binary.h"
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
