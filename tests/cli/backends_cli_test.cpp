// SPDX-License-Identifier: MIT
// The command line on both backends: the same pages indexed into a SQLite
// file and into a PostgreSQL database print the same (the PostgreSQL side
// against $KANBAO_TEST_PG, which scripts/check provides; without it those
// tests skip and say why). And library locations kanbao cannot use are
// errors, never folders.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/run_binary.h"
#include "store/pg_test_server.h"

namespace kanbao {
namespace {

using test_support::Outcome;
using test_support::run_kanbao;
using test_support::run_program;
using test_support::TempDir;
namespace fs = std::filesystem;

// `kanbao ARGS` run inside `dir`, so that a relative "scheme:" folder would land there.
Outcome run_in(const std::string& dir, const std::string& args, const std::vector<std::string>& env = {}) {
  return run_program({"/bin/sh", "-c", "cd '" + dir + "' && exec '" KANBAO_BINARY "' " + args}, env);
}

TEST(LibraryLocationCli, UnknownSchemeIsAnErrorNotAFolder) {
  TempDir dir;
  for (const std::string& how : {std::string("--db mysql://kanbao@db/kanbao index " KANBAO_SAMPLE_DIR),
                                 std::string("--db mysql://kanbao@db/kanbao list")}) {
    Outcome o = run_in(dir.path(), how);
    EXPECT_EQ(o.status, 1) << how;
    EXPECT_NE(o.err.find("mysql://kanbao@db/kanbao"), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("scheme"), std::string::npos) << o.err;
  }
  // From the environment and the configuration too.
  Outcome env =
      run_in(dir.path(), "list", {"KANBAO_DB=redis://cache/0", "XDG_CONFIG_HOME=" + (dir / "none")});
  EXPECT_EQ(env.status, 1);
  EXPECT_NE(env.err.find("redis://cache/0"), std::string::npos) << env.err;
  fs::create_directories(dir / "config/kanbao");
  test_support::write_file(dir / "config/kanbao/config", "library = ftp://host/library.db\n");
  Outcome config = run_in(dir.path(), "list", {"KANBAO_DB=", "XDG_CONFIG_HOME=" + (dir / "config")});
  EXPECT_EQ(config.status, 1);
  EXPECT_NE(config.err.find("ftp://host/library.db"), std::string::npos) << config.err;
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(dir.path())) left.push_back(e.path().filename().string());
  EXPECT_EQ(left, std::vector<std::string>{"config"})
      << "a location kanbao cannot use became a file or folder";
}

TEST(LibraryLocationCli, UnreachableServerExitsOneNamingTheLocation) {
  TempDir dir;
  const std::string uri = "postgresql://reader:s3cret@/kanbao?host=" + dir.path();
  for (const char* command : {"list", "search 发展", "districts"}) {
    Outcome o = run_in(dir.path(), "--db '" + uri + "' " + command);
    EXPECT_EQ(o.status, 1) << command;
    EXPECT_NE(o.err.find("not reachable"), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("postgresql://reader:***@/kanbao"), std::string::npos) << o.err;
    EXPECT_EQ(o.err.find("s3cret"), std::string::npos) << "a password in a message: " << o.err;
  }
}

class BothBackends : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing_pg::server_uri()) GTEST_SKIP() << testing_pg::kNoServer;
    pg_ = testing_pg::fresh_database();
    sqlite_ = dir_ / "library.db";
    for (const std::string& db : {sqlite_, pg_}) {
      Outcome indexed = run_kanbao({"--db", db, "index", KANBAO_SAMPLE_DIR});
      ASSERT_EQ(indexed.status, 0) << db << ": " << indexed.err;
      EXPECT_NE(indexed.out.find("indexed 5 files"), std::string::npos) << indexed.out;
    }
  }
  // The command's output on both; they must agree.
  void expect_same(std::vector<std::string> args, bool some_output = true) {
    std::vector<std::string> on_pg = args, on_sqlite = args;
    on_pg.insert(on_pg.begin(), {"--db", pg_});
    on_sqlite.insert(on_sqlite.begin(), {"--db", sqlite_});
    Outcome a = run_kanbao(on_pg, {"COLUMNS="}), b = run_kanbao(on_sqlite, {"COLUMNS="});
    std::string shown;
    for (const auto& s : args) shown += s + " ";
    EXPECT_EQ(a.status, b.status) << shown << a.err;
    EXPECT_EQ(a.out, b.out) << shown;
    if (some_output) {
      EXPECT_FALSE(b.out.empty()) << shown;
    }
  }
  TempDir dir_;
  std::string pg_, sqlite_;
};

TEST_F(BothBackends, ListShowDistrictsPapersAgree) {
  for (const char* format : {"text", "json"}) {
    expect_same({"list", "--format", format});
    expect_same({"list", "--format", format, "--district", "高新区"});
    expect_same({"districts", "--format", format});
    for (const char* id : {"1", "7", "19"}) expect_same({"show", "--format", format, id});
  }
  expect_same({"list", "--limit", "3"});
  expect_same({"papers"});
  expect_same({"papers", "--json"});
  expect_same({"show", "--source", "4"});
}

TEST_F(BothBackends, SearchAgrees) {
  for (const char* query : {"发", "发展", "高质量发展", "組織", "发展 -管城", "发展 OR 改造",
                            "district:高新区 工作", "reporter:孙庆辉", "date:11-10", "district:二七区 -发展",
                            "凝心聚力担使命 踔厉奋发谱新篇", "zuzhi", "gxq", "fazhan -管城"}) {
    expect_same({"search", query});
    expect_same({"search", "--json", "--limit", "3", query});
    expect_same({"search", "--district", "管城回族区", query}, false);  // some find nothing there
  }
}

TEST_F(BothBackends, ExportAgrees) {
  expect_same({"export"});
  expect_same({"export", "--format", "markdown"});
  expect_same({"export", "--district", "高新区"});
}

TEST_F(BothBackends, ReindexingChangesNothing) {
  Outcome again = run_kanbao({"--db", pg_, "index", KANBAO_SAMPLE_DIR});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("5 files unchanged"), std::string::npos) << again.out;
  expect_same({"export"});
}

}  // namespace
}  // namespace kanbao
