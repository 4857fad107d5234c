// SPDX-License-Identifier: MIT
// Faults during indexing never lose or corrupt what is in the library:
// SIGKILL at random moments, the file size limit, two indexers at once,
// readers while an indexer writes, damaged library files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "cli/corpus_fixture.h"
#include "cli/run_binary.h"

namespace kanbao {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using namespace test_support;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

TEST(Faults, SigkillDuringIndexThenANormalRunLeavesEveryArticleExactlyOnce) {
  TempDir dir;
  std::int64_t expected = make_copies_of_sample(dir / "pages", 600);  // 3,000 pages
  std::string db = dir / "library.db";
  std::mt19937 rng(42);
  int checked = 0;  // rounds that left a library to check
  for (int round = 0; round < 5; ++round) {
    Background indexer({"--db", db, "index", dir / "pages"});
    std::this_thread::sleep_for(milliseconds(100 + rng() % 900));
    indexer.kill_now();
    LibraryCheck partial = check_library(db);
    if (partial.integrity.empty()) continue;  // killed before the file existed
    ++checked;
    EXPECT_EQ(partial.integrity, "ok") << "after kill " << round;
    EXPECT_EQ(partial.articles, partial.distinct) << "a duplicated article after kill " << round;
    // A reader needs no writer to come first: it lists what was committed,
    // or says the library is still empty.
    Outcome list = run_kanbao({"--db", db, "list", "--limit", "1"});
    EXPECT_TRUE(list.status == 0 || list.err.find("create it with `kanbao index`") != std::string::npos)
        << "after kill " << round << ": " << list.err;
  }
  EXPECT_GT(checked, 0) << "every kill came before the library existed: nothing was checked";
  Outcome final_run = run_kanbao({"--db", db, "index", dir / "pages"});
  EXPECT_EQ(final_run.status, 0) << final_run.err;
  LibraryCheck check = check_library(db);
  EXPECT_EQ(check.integrity, "ok");
  EXPECT_EQ(check.articles, expected);
  EXPECT_EQ(check.distinct, expected);
}

TEST(Faults, FileSizeLimitDuringIndexIsAClearErrorAndKeepsTheLibrary) {
  TempDir dir;
  std::string db = dir / "library.db";
  ASSERT_EQ(run_kanbao({"--db", db, "index", KANBAO_SAMPLE_DIR}).status, 0);
  LibraryCheck before = check_library(db);
  make_copies_of_sample(dir / "more", 200);
  auto limit = std::to_string(fs::file_size(db) + 64 * 1024);
  Outcome run =
      run_program({"prlimit", "--fsize=" + limit, KANBAO_BINARY, "--db", db, "index", dir / "more"});
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_THAT(run.err, HasSubstr("kanbao: "));
  EXPECT_THAT(run.err, ::testing::AnyOf(HasSubstr("full"), HasSubstr("too large"), HasSubstr("size limit")));
  LibraryCheck after = check_library(db);
  EXPECT_EQ(after.integrity, "ok");
  EXPECT_GE(after.articles, before.articles);
  EXPECT_EQ(after.articles, after.distinct);
  // Everything that was there before is still readable.
  Outcome list = run_kanbao({"--db", db, "list", "--json", "--district", "二七区"});
  EXPECT_EQ(list.status, 0) << list.err;
  EXPECT_FALSE(json::parse(list.out).empty());
}

TEST(Concurrency, TwoIndexersAtOnceNeitherCrashesNorDuplicates) {
  TempDir dir;
  std::int64_t expected = make_copies_of_sample(dir / "pages", 200);
  std::string db = dir / "library.db";
  ASSERT_EQ(run_kanbao({"--db", db, "index", KANBAO_SAMPLE_DIR}).status, 0);
  Background first({"--db", db, "index", dir / "pages"});
  Outcome second = run_kanbao({"--db", db, "index", dir / "pages"});
  int first_status = first.wait();
  EXPECT_EQ(first_status, 0);
  EXPECT_TRUE(second.status == 0 || second.err.find("another") != std::string::npos) << second.err;
  EXPECT_THAT(second.err, ::testing::Not(HasSubstr("database is locked")));
  LibraryCheck check = check_library(db);
  EXPECT_EQ(check.integrity, "ok");
  std::int64_t sample_articles = make_copies_of_sample(dir / "unused", 1);
  EXPECT_EQ(check.articles, expected + sample_articles);
  EXPECT_EQ(check.articles, check.distinct);
}

TEST(Concurrency, ReadersKeepAnsweringWhileIndexing) {
  TempDir dir;
  make_copies_of_sample(dir / "pages", 400);
  std::string db = dir / "library.db";
  ASSERT_EQ(run_kanbao({"--db", db, "index", KANBAO_SAMPLE_DIR}).status, 0);
  Background indexer({"--db", db, "index", dir / "pages"});
  for (int i = 0; i < 10; ++i) {
    Outcome list = run_kanbao({"--db", db, "list", "--json", "--limit", "5"});
    EXPECT_EQ(list.status, 0) << list.err;
    Outcome search = run_kanbao({"--db", db, "search", "--json", "保交楼"});
    EXPECT_EQ(search.status, 0) << search.err;
    EXPECT_FALSE(json::parse(search.out).empty());
  }
  EXPECT_EQ(indexer.wait(), 0);
}

TEST(DamagedLibrary, FilesThatAreNotKanbaoLibrariesAreNeverOverwritten) {
  TempDir dir;
  std::string good = dir / "good.db";
  ASSERT_EQ(run_kanbao({"--db", good, "index", KANBAO_SAMPLE_DIR}).status, 0);
  ASSERT_EQ(run_kanbao({"--db", good, "index", KANBAO_SAMPLE_DIR}).status, 0);  // checkpointed
  std::string bytes = read_file(good);
  std::map<std::string, std::string> cases = {
      {"text.db", "这不是数据库\n"},
      {"truncated.db", bytes.substr(0, bytes.size() / 3)},
      {"garbage.db", std::string(8192, '\x5a')},
  };
  for (const auto& [name, content] : cases) {
    write_file(dir / name, content);
    for (const auto& args : std::vector<std::vector<std::string>>{{"list"}, {"index", KANBAO_SAMPLE_DIR}}) {
      std::vector<std::string> full = {"--db", dir / name};
      full.insert(full.end(), args.begin(), args.end());
      Outcome run = run_kanbao(full);
      EXPECT_EQ(run.status, 1) << name << " " << args.front() << ": " << run.err;
      EXPECT_THAT(run.err, HasSubstr(dir / name));
      EXPECT_EQ(read_file(dir / name), content) << name << " was modified";
    }
  }
}

}  // namespace
}  // namespace kanbao
