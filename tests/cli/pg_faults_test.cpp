// SPDX-License-Identifier: MIT
// Faults on a PostgreSQL library ($KANBAO_TEST_PG; skipped, saying why,
// without a server): an indexer killed at random moments leaves whole pages
// only, never half of one nor a duplicate, and the next run completes the
// library; two indexers at once store each article once.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "cli/corpus_fixture.h"
#include "cli/run_binary.h"
#include "store/pg_test_server.h"

namespace kanbao {
namespace {

using namespace test_support;
using std::chrono::milliseconds;

// Each stored page: its file name and how many articles it holds.
std::vector<std::pair<std::string, int>> stored_pages(const std::string& uri) {
  std::vector<std::pair<std::string, int>> out;
  // Killed before the schema was made: nothing stored yet.
  if (testing_pg::query_rows(uri, "SELECT to_regclass('files') IS NOT NULL").at(0) != "t") return out;
  for (const auto& row :
       testing_pg::query_rows(uri,
                              "SELECT regexp_replace(f.path, '^.*/', ''), count(a.id) FROM files f"
                              " LEFT JOIN articles a ON a.file_id = f.id GROUP BY f.id")) {
    const auto bar = row.find('|');
    out.emplace_back(row.substr(0, bar), std::stoi(row.substr(bar + 1)));
  }
  return out;
}

std::int64_t count_of(const std::string& uri, const std::string& sql) {
  return std::stoll(testing_pg::query_rows(uri, sql).at(0));
}

class PostgresFaults : public testing_pg::PostgresTest {
 protected:
  TempDir dir_;
};

TEST_F(PostgresFaults, SigkillDuringIndexLeavesWholePagesOnly) {
  const std::int64_t expected = make_copies_of_sample(dir_ / "pages", 60);  // 300 pages
  std::mt19937 rng(7);
  std::vector<std::vector<std::pair<std::string, int>>> snapshots;
  for (int round = 0; round < 4; ++round) {
    Background indexer({"--db", uri_, "index", dir_ / "pages"});
    // The first kill waits for a stored page however loaded the machine is
    // (up to 60 s), so that the rounds always have something to check.
    for (int waited = 0; round == 0 && waited < 1200 && stored_pages(uri_).empty(); ++waited)
      std::this_thread::sleep_for(milliseconds(50));
    std::this_thread::sleep_for(milliseconds(300 + rng() % 1200));
    indexer.kill_now();
    snapshots.push_back(stored_pages(uri_));
  }
  Outcome final_run = run_kanbao({"--db", uri_, "index", dir_ / "pages"});
  ASSERT_EQ(final_run.status, 0) << final_run.err;
  EXPECT_EQ(count_of(uri_, "SELECT count(*) FROM articles"), expected);
  EXPECT_EQ(count_of(uri_, "SELECT count(DISTINCT (file_id, position)) FROM articles"), expected);
  // A whole page holds as many articles as every other copy of it.
  std::map<std::string, int> whole;
  for (const auto& [name, articles] : stored_pages(uri_)) whole[name] = articles;
  std::size_t partial_pages = 0;
  for (const auto& snapshot : snapshots) {
    partial_pages += snapshot.size();
    for (const auto& [name, articles] : snapshot) EXPECT_EQ(articles, whole[name]) << "half of " << name;
  }
  EXPECT_GT(partial_pages, 0u) << "every kill came before a page was stored: nothing was checked";
}

TEST_F(PostgresFaults, TwoIndexerProcessesAtOnceStoreEachArticleOnce) {
  const std::int64_t expected = make_copies_of_sample(dir_ / "pages", 40);
  ASSERT_EQ(run_kanbao({"--db", uri_, "index", "--quiet", dir_ / "none"}).status, 1);  // no such folder
  Background first({"--db", uri_, "index", dir_ / "pages"});
  Outcome second = run_kanbao({"--db", uri_, "index", dir_ / "pages"});
  EXPECT_EQ(first.wait(), 0);
  EXPECT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(count_of(uri_, "SELECT count(*) FROM articles"), expected);
  EXPECT_EQ(count_of(uri_, "SELECT count(DISTINCT (file_id, position)) FROM articles"), expected);
  EXPECT_EQ(count_of(uri_, "SELECT count(*) - count(DISTINCT path) FROM files"), 0);
}

}  // namespace
}  // namespace kanbao
