#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "config/config.h"

namespace kanbao::config {
namespace {

namespace fs = std::filesystem;

class Load : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/kanbao-config-test-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::string dir_;
};

TEST_F(Load, MissingFileGivesTheDefaultsAndNoProblem) {
  const auto loaded = load(dir_ + "/no/such/config");
  EXPECT_TRUE(loaded.problems.empty());
  EXPECT_EQ(loaded.config.reader_width.value, 80);
}

TEST_F(Load, ReadsTheFileAndNamesItInProblems) {
  const std::string path = write("config", "reader.width = 60\nmouse = maybe\n");
  const auto loaded = load(path);
  EXPECT_EQ(loaded.config.reader_width.value, 60);
  EXPECT_EQ(loaded.config.reader_width.origin, path + ":1");
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].str(), path + ":2: mouse: 'maybe' is not on or off");
}

TEST_F(Load, ADirectoryIsOneProblem) {
  fs::create_directories(dir_ + "/config");
  const auto loaded = load(dir_ + "/config");
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].str(), dir_ + "/config: is a directory, not a configuration file; defaults used");
}

TEST_F(Load, AnUnreadableFileIsOneProblem) {
  // A symbolic link to itself cannot be opened, even by root.
  const std::string path = dir_ + "/config";
  fs::create_symlink(path, path);
  const auto loaded = load(path);
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].str(), path + ": cannot read: Too many levels of symbolic links; defaults used");
  EXPECT_EQ(loaded.config.reader_width.value, 80);
}

}  // namespace
}  // namespace kanbao::config
