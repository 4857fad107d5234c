// SPDX-License-Identifier: MIT
// `kanbao import`: a library moved from SQLite to PostgreSQL and back
// without parsing a page prints exactly what the original prints (export
// with its ids, searches), keeps its UUID, leaves `index` nothing to do,
// finishes an interrupted import, and refuses what it must. Against
// $KANBAO_TEST_PG (scripts/check provides it); without it these skip.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "cli/run_binary.h"
#include "store/pg_test_server.h"

namespace kanbao {
namespace {

using test_support::Outcome;
using test_support::run_kanbao;
using test_support::TempDir;
namespace fs = std::filesystem;

// Runs `sql` on the SQLite file `path`; the first column of the first row.
std::string sqlite_value(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open(path.c_str(), &db) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return out;
}

std::string pg_uuid(const std::string& uri) {
  auto rows = testing_pg::query_rows(uri, "SELECT value FROM kanbao_meta WHERE key = 'library_uuid'");
  return rows.empty() ? "" : rows.front();
}

class ImportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing_pg::server_uri()) GTEST_SKIP() << testing_pg::kNoServer;
    pg_ = testing_pg::fresh_database();
  }
  void index_ok(const std::string& db, const std::string& folder) {
    Outcome o = run_kanbao({"--db", db, "index", folder});
    ASSERT_EQ(o.status, 0) << o.err;
  }
  Outcome import(const std::string& into, const std::string& from) {
    return run_kanbao({"--db", into, "import", from}, {"COLUMNS="});
  }
  // `args` print the same on every library of `dbs`.
  void expect_same(const std::vector<std::string>& dbs, const std::vector<std::string>& args) {
    std::string shown;
    for (const auto& s : args) shown += s + " ";
    std::optional<Outcome> first;
    for (const auto& db : dbs) {
      std::vector<std::string> full = {"--db", db};
      full.insert(full.end(), args.begin(), args.end());
      Outcome o = run_kanbao(full, {"COLUMNS="});
      EXPECT_EQ(o.status, 0) << db << ": " << shown << o.err;
      if (!first) {
        EXPECT_FALSE(o.out.empty()) << shown;
        first = o;
      } else {
        EXPECT_EQ(o.out, first->out) << db << ": " << shown;
      }
    }
  }
  TempDir dir_;
  std::string pg_;
};

TEST_F(ImportCli, RoundTripSqlitePostgresSqlitePrintsTheSame) {
  const std::string a = dir_ / "a.db", b = dir_ / "b.db";
  index_ok(a, KANBAO_SAMPLE_DIR);
  Outcome to_pg = import(pg_, a);
  ASSERT_EQ(to_pg.status, 0) << to_pg.err;
  EXPECT_NE(to_pg.out.find("imported 5 files"), std::string::npos) << to_pg.out;
  Outcome back = import(b, pg_);
  ASSERT_EQ(back.status, 0) << back.err;
  EXPECT_NE(back.out.find("imported 5 files"), std::string::npos) << back.out;

  const std::vector<std::string> all = {a, pg_, b};
  expect_same(all, {"export"});
  expect_same(all, {"export", "--format", "markdown"});
  expect_same(all, {"papers"});
  expect_same(all, {"districts"});
  expect_same(all, {"show", "--source", "4"});
  for (const char* query : {"发展", "高质量发展", "fazhan", "zuzhi", "district:高新区 工作", "发展 -管城"}) {
    expect_same(all, {"search", "--json", query});
  }
  expect_same(all, {"search", "--district", "管城回族区", "发展"});

  // The same library: its UUID went along, so reading state follows it.
  const std::string uuid = sqlite_value(a, "SELECT value FROM meta WHERE key = 'library_uuid'");
  EXPECT_FALSE(uuid.empty());
  EXPECT_EQ(pg_uuid(pg_), uuid);
  EXPECT_EQ(sqlite_value(b, "SELECT value FROM meta WHERE key = 'library_uuid'"), uuid);

  // Files came with their size, mtime and hash: nothing for `index` to do.
  for (const std::string& db : {pg_, b}) {
    Outcome again = run_kanbao({"--db", db, "index", KANBAO_SAMPLE_DIR});
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_NE(again.out.find("nothing to do: 5 files unchanged"), std::string::npos)
        << db << ": " << again.out;
  }
  // Importing again is nothing to do either.
  Outcome twice = import(pg_, a);
  EXPECT_EQ(twice.status, 0) << twice.err;
  EXPECT_NE(twice.out.find("nothing to do: 5 files already imported"), std::string::npos) << twice.out;
}

// An import that stopped part way (every file is its own transaction) left
// the destination with some files of the source's library: running it again
// copies the rest. Made here by a source that grew between the two runs.
TEST_F(ImportCli, ASecondRunFinishesWhatTheFirstLeft) {
  const std::string source = dir_ / "s.db", pages = dir_ / "pages";
  fs::create_directories(pages);
  std::vector<fs::path> samples;
  for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR)) samples.push_back(e.path());
  std::sort(samples.begin(), samples.end());
  for (std::size_t i = 0; i < 2; ++i) fs::copy_file(samples[i], pages + "/" + samples[i].filename().string());
  index_ok(source, pages);
  ASSERT_EQ(import(pg_, source).status, 0);
  for (std::size_t i = 2; i < samples.size(); ++i) {
    fs::copy_file(samples[i], pages + "/" + samples[i].filename().string());
  }
  index_ok(source, pages);
  Outcome rest = import(pg_, source);
  ASSERT_EQ(rest.status, 0) << rest.err;
  EXPECT_NE(rest.out.find("imported 3 files"), std::string::npos) << rest.out;
  EXPECT_NE(rest.out.find("2 already there"), std::string::npos) << rest.out;
  expect_same({source, pg_}, {"export", "--format", "markdown"});
}

TEST_F(ImportCli, RefusesItselfAnotherLibraryAndANewerSchema) {
  const std::string a = dir_ / "a.db", other = dir_ / "other.db";
  index_ok(a, KANBAO_SAMPLE_DIR);
  index_ok(other, KANBAO_SAMPLE_DIR);
  // The same library, however it is named.
  for (const std::string& name : {a, dir_.path() + "/./a.db"}) {
    Outcome self = import(a, name);
    EXPECT_EQ(self.status, 1);
    EXPECT_NE(self.err.find("same library"), std::string::npos) << self.err;
  }
  ASSERT_EQ(import(pg_, a).status, 0);
  Outcome pg_self = import(pg_, pg_);
  EXPECT_EQ(pg_self.status, 1);
  EXPECT_NE(pg_self.err.find("same library"), std::string::npos) << pg_self.err;
  // A destination holding another library is left alone.
  const std::string before = run_kanbao({"--db", pg_, "export"}).out;
  Outcome foreign = import(pg_, other);
  EXPECT_EQ(foreign.status, 1);
  EXPECT_NE(foreign.err.find("already holds another library (5 files)"), std::string::npos) << foreign.err;
  EXPECT_EQ(run_kanbao({"--db", pg_, "export"}).out, before);
  EXPECT_EQ(pg_uuid(pg_), sqlite_value(a, "SELECT value FROM meta WHERE key = 'library_uuid'"));
  // A source from a newer kanbao is refused before the destination is made.
  const std::string newer = dir_ / "newer.db", fresh = dir_ / "fresh.db";
  fs::copy_file(a, newer);
  sqlite_value(newer, "PRAGMA user_version = 99");
  Outcome refused = import(fresh, newer);
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.err.find("newer kanbao"), std::string::npos) << refused.err;
  EXPECT_FALSE(fs::exists(fresh));
  // And a source that is not there.
  Outcome missing = import(fresh, dir_ / "nowhere.db");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no library there"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(fresh));
}

}  // namespace
}  // namespace kanbao
