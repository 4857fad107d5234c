// SPDX-License-Identifier: MIT
// Output that cannot be written is an error: every command whose stdout is a
// full disk (/dev/full) exits 1 and says why, instead of exiting 0 having
// written nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/run_binary.h"

namespace kanbao {
namespace {

using ::testing::HasSubstr;
using namespace test_support;

class OutputErrors : public ::testing::Test {
 protected:
  void SetUp() override {
    Outcome indexed = kanbao({"--db", db_, "index", KANBAO_SAMPLE_DIR}, "/dev/null");
    ASSERT_EQ(indexed.status, 0) << indexed.err;
  }

  // kanbao with `args`, its stdout sent to `out`.
  Outcome kanbao(const std::vector<std::string>& args, const std::string& out) {
    std::vector<std::string> argv = {"/bin/sh", "-c", "exec \"$0\" \"$@\" > " + out, KANBAO_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_program(argv, {"XDG_CONFIG_HOME=" + (dir_ / "config"), "XDG_DATA_HOME=" + (dir_ / "data"),
                              "XDG_STATE_HOME=" + (dir_ / "state"), "KANBAO_DB=", "NO_COLOR=1"});
  }

  TempDir dir_;
  std::string db_ = dir_ / "library.db";
};

TEST_F(OutputErrors, EveryCommandWritingToAFullDiskExitsOneAndSaysWhy) {
  const std::vector<std::vector<std::string>> commands = {
      {"--version"},
      {"--help"},
      {"search", "--help"},
      {"--db", db_, "list"},
      {"--db", db_, "list", "--format", "json"},
      {"--db", db_, "show", "1"},
      {"--db", db_, "show", "1", "--format", "json"},
      {"--db", db_, "districts"},
      {"--db", db_, "search", "保交楼"},
      {"--db", db_, "search", "保交楼", "--format", "jsonl"},
      {"--db", db_, "export"},
      {"--db", db_, "export", "--format", "jsonl"},
      {"config"},
  };
  for (const auto& args : commands) {
    std::string line;
    for (const auto& a : args) line += a + " ";
    // The precondition: each command does write something to stdout.
    Outcome normal = kanbao(args, dir_ / "out.txt");
    ASSERT_EQ(normal.status, 0) << line << normal.err;
    ASSERT_FALSE(read_file(dir_ / "out.txt").empty())
        << line << "writes nothing: the test would prove nothing";
    Outcome full = kanbao(args, "/dev/full");
    EXPECT_EQ(full.status, 1) << line;
    EXPECT_THAT(full.err, HasSubstr("kanbao: cannot write output: No space left on device")) << line;
  }
}

TEST_F(OutputErrors, IndexingToAFullDiskKeepsTheLibraryButExitsOne) {
  Outcome normal = kanbao({"--db", dir_ / "second.db", "index", KANBAO_SAMPLE_DIR}, dir_ / "summary.txt");
  ASSERT_EQ(normal.status, 0) << normal.err;
  ASSERT_THAT(read_file(dir_ / "summary.txt"), HasSubstr("indexed"));
  Outcome full = kanbao({"--db", dir_ / "third.db", "index", KANBAO_SAMPLE_DIR}, "/dev/full");
  EXPECT_EQ(full.status, 1);
  EXPECT_THAT(full.err, HasSubstr("kanbao: cannot write output: No space left on device"));
  // The summary was lost, not the articles: both libraries list the same.
  ASSERT_EQ(kanbao({"--db", dir_ / "second.db", "list", "--format", "jsonl"}, dir_ / "second.txt").status, 0);
  ASSERT_EQ(kanbao({"--db", dir_ / "third.db", "list", "--format", "jsonl"}, dir_ / "third.txt").status, 0);
  EXPECT_FALSE(read_file(dir_ / "second.txt").empty());
  EXPECT_EQ(read_file(dir_ / "third.txt"), read_file(dir_ / "second.txt"));
}

// A warning that never reached stderr (a full disk) leaves the user
// uninformed: the command still does its work but cannot claim success.
TEST_F(OutputErrors, AWarningLostOnAFullStderrExitsOne) {
  std::filesystem::create_directories(dir_ / "config/kanbao");
  write_file(dir_ / "config/kanbao/config", "no_such_key = 1\n");
  const std::vector<std::string> args = {"--db", db_, "list"};
  Outcome told = kanbao(args, "/dev/null");
  ASSERT_EQ(told.status, 0) << told.err;
  ASSERT_THAT(told.err, HasSubstr("unknown key 'no_such_key'")) << "no warning: the test would prove nothing";
  std::vector<std::string> argv = {"/bin/sh", "-c", "exec \"$0\" \"$@\" > /dev/null 2> /dev/full",
                                   KANBAO_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  Outcome lost =
      run_program(argv, {"XDG_CONFIG_HOME=" + (dir_ / "config"), "XDG_DATA_HOME=" + (dir_ / "data"),
                         "XDG_STATE_HOME=" + (dir_ / "state"), "KANBAO_DB=", "NO_COLOR=1"});
  EXPECT_EQ(lost.status, 1);
}

}  // namespace
}  // namespace kanbao
