// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <vector>

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
  EXPECT_EQ(loaded.problems[0].str(),
            dir_ + "/config: is a directory, not a configuration file; defaults used");
}

TEST_F(Load, AnUnreadableFileIsOneProblem) {
  // A symbolic link to itself cannot be opened, even by root.
  const std::string path = dir_ + "/config";
  fs::create_symlink(path, path);
  const auto loaded = load(path);
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].str(),
            path + ": cannot read: Too many levels of symbolic links; defaults used");
  EXPECT_EQ(loaded.config.reader_width.value, 80);
}

// The system-wide file first, the user's on top: the user's settings win, the
// system's stay where the user says nothing, and each origin names its file.
TEST_F(Load, LaterFilesWinAndOriginsNameTheirFile) {
  const std::string system = write("system",
                                   "library = /srv/papers/library.db\nreader.width = 60\n"
                                   "district.二七区 = 二七\nkey.quit = Q\n");
  const std::string user = write("user", "# mine\nreader.width = 100\ndistrict.二七区 = erqi\n");
  const auto loaded = load(std::vector<std::string>{system, dir_ + "/missing", user});
  EXPECT_TRUE(loaded.problems.empty());
  EXPECT_EQ(loaded.config.library.value, "/srv/papers/library.db");
  EXPECT_EQ(loaded.config.library.origin, system + ":1");
  EXPECT_EQ(loaded.config.reader_width.value, 100);
  EXPECT_EQ(loaded.config.reader_width.origin, user + ":2");
  // A later file's line for a district replaces its aliases, as a later line does.
  ASSERT_EQ(loaded.config.district_aliases.size(), 1u);
  EXPECT_EQ(loaded.config.district_aliases[0].alias, "erqi");
  EXPECT_EQ(loaded.config.district_aliases[0].origin, user + ":3");
  ASSERT_EQ(loaded.config.key_bindings.size(), 1u);
  EXPECT_EQ(loaded.config.key_bindings[0].file, system);
  EXPECT_EQ(loaded.config.mouse.origin, "default");
}

// A problem in one file does not cost the settings of the others.
TEST_F(Load, AProblemInOneFileKeepsTheOthersSettings) {
  const std::string system = write("system", "reader.width = 60\n");
  fs::create_directories(dir_ + "/user");
  const std::string user = write("user2", "mouse = on\nreader.width = 1000\n");
  const auto loaded = load(std::vector<std::string>{system, dir_ + "/user", user});
  ASSERT_EQ(loaded.problems.size(), 2u);
  EXPECT_EQ(loaded.problems[0].str(),
            dir_ + "/user: is a directory, not a configuration file; the earlier files' settings used");
  EXPECT_EQ(loaded.problems[1].file, user);
  EXPECT_EQ(loaded.problems[1].line, 2);
  EXPECT_EQ(loaded.config.reader_width.value, 60);
  EXPECT_EQ(loaded.config.reader_width.origin, system + ":1");
  EXPECT_TRUE(loaded.config.mouse.value);
}

}  // namespace
}  // namespace kanbao::config
