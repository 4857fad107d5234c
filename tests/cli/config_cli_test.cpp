// SPDX-License-Identifier: MIT
// The configuration file as the command line sees it: `kanbao config`,
// the library setting, district aliases, snippet length and problems.
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
using ::testing::Not;
using namespace test_support;

class ConfigCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "config/kanbao");
    std::filesystem::create_directories(dir_ / "xdg/kanbao");
    db_ = dir_ / "configured.db";
    ASSERT_EQ(run_kanbao({"--db", db_, "index", KANBAO_SAMPLE_DIR}).status, 0);
  }
  void write_config(const std::string& text) { write_file(dir_ / "config/kanbao/config", text); }
  // The system-wide file, in the $XDG_CONFIG_DIRS of these tests.
  void write_system_config(const std::string& text) { write_file(dir_ / "xdg/kanbao/config", text); }
  Outcome kanbao(const std::vector<std::string>& args, const std::string& config_dirs = "") {
    return run_kanbao(
        args, {"XDG_CONFIG_HOME=" + (dir_ / "config"), "XDG_DATA_HOME=" + (dir_ / "data"),
               "XDG_CONFIG_DIRS=" + (config_dirs.empty() ? dir_ / "xdg" : config_dirs), "KANBAO_DB="});
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(ConfigCli, LibrarySettingChoosesTheLibraryAndConfigSaysWhere) {
  write_config("# my library\nlibrary = " + db_ + "\n");
  Outcome list = kanbao({"list", "--json"});
  ASSERT_EQ(list.status, 0) << list.err;
  EXPECT_EQ(json::parse(list.out).size(), 19u);
  Outcome shown = kanbao({"config"});
  EXPECT_EQ(shown.status, 0);
  EXPECT_THAT(shown.out, HasSubstr("library = " + db_ + "  # " + (dir_ / "config/kanbao/config") + ":2"));
  EXPECT_THAT(shown.out, HasSubstr("reader.width = 80  # default"));
  // --db still wins over the file, and says so.
  Outcome overridden = kanbao({"--db", dir_ / "other.db", "config"});
  EXPECT_THAT(overridden.out, HasSubstr("library = " + (dir_ / "other.db") + "  # --db"));
}

// An admin sets the shared library once, system-wide; a reader's own file
// wins where it says something, and `kanbao config` names each value's file.
TEST_F(ConfigCli, TheSystemFileIsReadBeforeTheUsersAndConfigSaysWhichFile) {
  std::string system = dir_ / "xdg/kanbao/config";
  std::string user = dir_ / "config/kanbao/config";
  write_system_config("# set by the admin\nlibrary = " + db_ + "\nsearch.snippet = 30\nreader.width = 60\n");
  write_config("reader.width = 100\n");
  Outcome list = kanbao({"list", "--json"});
  ASSERT_EQ(list.status, 0) << list.err;
  EXPECT_EQ(json::parse(list.out).size(), 19u);
  Outcome shown = kanbao({"config"});
  EXPECT_EQ(shown.status, 0) << shown.err;
  EXPECT_THAT(shown.out, HasSubstr("#   " + system + "\n#   " + user + "\n"));
  EXPECT_THAT(shown.out, HasSubstr("library = " + db_ + "  # " + system + ":2"));
  EXPECT_THAT(shown.out, HasSubstr("search.snippet = 30  # " + system + ":3"));
  EXPECT_THAT(shown.out, HasSubstr("reader.width = 100  # " + user + ":1"));
  EXPECT_THAT(shown.out, HasSubstr("mouse = off  # default"));
}

// $XDG_CONFIG_DIRS is a list, the first directory the most important; an
// empty one means /etc/xdg; relative entries are ignored (the XDG spec).
TEST_F(ConfigCli, ConfigDirsFollowTheXdgSpec) {
  std::filesystem::create_directories(dir_ / "site/kanbao");
  write_file(dir_ / "site/kanbao/config", "reader.width = 70\nsearch.snippet = 25\n");
  write_system_config("reader.width = 50\n");
  Outcome shown = kanbao({"config"}, (dir_ / "xdg") + ":relative/dir:" + (dir_ / "site"));
  EXPECT_THAT(shown.out,
              HasSubstr("#   " + (dir_ / "site/kanbao/config") + "\n#   " + (dir_ / "xdg/kanbao/config") +
                        "\n#   " + (dir_ / "config/kanbao/config") + " (none)\n"));
  EXPECT_THAT(shown.out, Not(HasSubstr("relative")));
  EXPECT_THAT(shown.out, HasSubstr("reader.width = 50  # " + (dir_ / "xdg/kanbao/config") + ":1"));
  EXPECT_THAT(shown.out, HasSubstr("search.snippet = 25  # " + (dir_ / "site/kanbao/config") + ":2"));
  Outcome fallback = run_kanbao({"config"}, {"XDG_CONFIG_HOME=" + (dir_ / "config"), "XDG_CONFIG_DIRS="});
  EXPECT_THAT(fallback.out, HasSubstr("#   /etc/xdg/kanbao/config"));
}

TEST_F(ConfigCli, DistrictAliasesReachListAndSearch) {
  write_config("library = " + db_ + "\ndistrict.二七区 = 二七, erqi\n");
  Outcome list = kanbao({"list", "--json", "--district", "二七"});
  ASSERT_EQ(list.status, 0) << list.err;
  json rows = json::parse(list.out);
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows) EXPECT_EQ(row["district"], "二七区");
  Outcome search = kanbao({"search", "--json", "--district", "erqi", "工作"});
  ASSERT_EQ(search.status, 0) << search.err;
  for (const auto& hit : json::parse(search.out)) EXPECT_EQ(hit["district"], "二七区");
}

TEST_F(ConfigCli, SnippetLengthComesFromTheFile) {
  write_config("library = " + db_ + "\nsearch.snippet = 20\n");
  json narrow = json::parse(kanbao({"search", "--json", "持之以恒"}).out);
  write_config("library = " + db_ + "\nsearch.snippet = 80\n");
  json wide = json::parse(kanbao({"search", "--json", "持之以恒"}).out);
  ASSERT_EQ(narrow.size(), 1u);
  ASSERT_EQ(wide.size(), 1u);
  EXPECT_LE(text::display_width(narrow[0]["snippet"].get<std::string>()), 24);
  EXPECT_GT(text::display_width(wide[0]["snippet"].get<std::string>()),
            text::display_width(narrow[0]["snippet"].get<std::string>()));
}

TEST_F(ConfigCli, ProblemsAreReportedWithFileAndLineAndDefaultsStay) {
  write_config("library = " + db_ + "\nreader.width = wide\nsnippet = 3\nkey.bogus = x\n");
  std::string file = dir_ / "config/kanbao/config";
  Outcome list = kanbao({"list", "--json"});
  EXPECT_EQ(list.status, 0);
  EXPECT_THAT(list.err, HasSubstr(file + ":2: reader.width"));
  EXPECT_THAT(list.err, HasSubstr(file + ":3: "));
  Outcome shown = kanbao({"config"});
  EXPECT_THAT(shown.out, HasSubstr("reader.width = 80  # default"));
  EXPECT_THAT(shown.err, HasSubstr(file + ":4: "));  // the browser's key check, via kanbao config
}

}  // namespace
}  // namespace kanbao
