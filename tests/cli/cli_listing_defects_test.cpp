// SPDX-License-Identifier: MIT
// `list` and `export` as a user met them on a real library: a filter that
// matches nothing, and listing the articles of some days.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/run_binary.h"

namespace kanbao {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using namespace test_support;

class CliListing : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "config");
    db_ = dir_ / "library.db";
    ASSERT_EQ(run_kanbao({"--db", db_, "index", KANBAO_SAMPLE_DIR}).status, 0);
  }
  Outcome kanbao(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return run_kanbao(args, {"XDG_CONFIG_HOME=" + (dir_ / "config"), "COLUMNS="});
  }
  TempDir dir_;
  std::string db_;
};

// 金水区 is a district kanbao knows that the sample pages have no article of.
TEST_F(CliListing, ListMatchingNothingPrintsNoTableButSaysWhatMatchedNothing) {
  for (const char* format : {"text", "markdown"}) {
    Outcome run = kanbao({"list", "--format", format, "--district", "金水区"});
    EXPECT_EQ(run.status, 0) << format << ": " << run.err;
    EXPECT_EQ(run.out, "") << format;  // not even the table's header
    EXPECT_EQ(run.err, "kanbao: no article matches --district '金水区'\n") << format;
  }
  Outcome json_run = kanbao({"list", "--json", "--district", "金水区"});
  EXPECT_EQ(json_run.status, 0) << json_run.err;
  EXPECT_EQ(json_run.out, "[]\n");
  Outcome jsonl = kanbao({"list", "--format", "jsonl", "--district", "金水区"});
  EXPECT_EQ(jsonl.status, 0) << jsonl.err;
  EXPECT_EQ(jsonl.out, "");
}

// An empty JSON Lines or Markdown file is a valid one; an export that wrote
// one says why, as list does.
TEST_F(CliListing, ExportMatchingNothingSaysWhatMatchedNothing) {
  for (const char* format : {"jsonl", "markdown"}) {
    Outcome run = kanbao({"export", "--format", format, "--district", "金水区"});
    EXPECT_EQ(run.status, 0) << format << ": " << run.err;
    EXPECT_EQ(run.out, "") << format;
    EXPECT_EQ(run.err, "kanbao: no article matches --district '金水区'\n") << format;
  }
  Outcome some = kanbao({"export", "--district", "管城区"});
  EXPECT_EQ(some.status, 0) << some.err;
  EXPECT_EQ(some.err, "");
  EXPECT_NE(some.out, "");
}

}  // namespace
}  // namespace kanbao
