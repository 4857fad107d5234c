// SPDX-License-Identifier: MIT
// scan_hits() and its bm25 against FTS5's own bm25() on the sample library:
// the same ids, and the same score for every hit.
#include "store/hit_scan.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "library_test_util.h"
#include "store/query.h"
#include "store/search_index.h"

namespace kanbao::store {
namespace {

using testing::TempDir;

class HitScanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::copy_samples(dir_.path() / "pages");
    {
      auto lib = testing::open_rw(path_);
      testing::index_ok(lib, {(dir_.path() / "pages").string()});
    }
    auto db = sql::Db::open(path_, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    ASSERT_TRUE(register_search_functions(*db));
    db_ = std::move(*db);
  }

  // The FTS expression kanbao searches for `typed`.
  static std::string expression(const std::string& typed) {
    auto q = query::parse(typed);
    EXPECT_TRUE(q) << typed;
    return q ? query::translate(*q, nullptr).all : std::string();
  }

  // FTS5's bm25 of every match, by id.
  std::map<std::int64_t, double> fts5_scores(const std::string& expr) {
    auto stmt = db_.prepare("SELECT rowid, " + bm25_call() + " FROM article_fts WHERE article_fts MATCH ?1");
    EXPECT_TRUE(stmt);
    std::map<std::int64_t, double> scores;
    if (!stmt) return scores;
    stmt->bind(1, std::string_view(expr));
    while (*stmt->step()) scores[stmt->int64(0)] = stmt->real(1);
    return scores;
  }

  HitScan scan(const std::string& expr, std::size_t score_up_to) {
    auto stmt = db_.prepare(kHitScanSql);
    auto ids = db_.prepare(kMatchingIdsSql);
    EXPECT_TRUE(stmt && ids);
    auto scanned = scan_hits(*stmt, *ids, expr, score_up_to);
    EXPECT_TRUE(scanned) << scanned.error().message();
    return scanned ? std::move(*scanned) : HitScan();
  }

  TempDir dir_;
  std::string path_ = dir_ / "kanbao.db";
  sql::Db db_;
};

TEST_F(HitScanTest, ScoresEveryHitOfOnePhraseAsFts5Bm25Does) {
  // One character (frequent and rare), a bigram, longer phrases, a name, digits.
  for (const char* typed :
       {"的", "区", "恒", "管城", "持之以恒", "城乡社区发展治理", "张艳敏", "2023", "6月20日"}) {
    const std::string expr = expression(typed);
    const auto expected = fts5_scores(expr);
    ASSERT_FALSE(expected.empty()) << typed;
    HitScan s = scan(expr, 100000);
    EXPECT_TRUE(s.single_phrase) << typed;
    EXPECT_TRUE(s.scored_all) << typed;
    ASSERT_EQ(s.ids.size(), expected.size()) << typed;
    ASSERT_EQ(s.scored.size(), expected.size()) << typed;
    std::size_t i = 0;
    for (const auto& [id, score] : expected) {
      EXPECT_EQ(s.ids[i], id) << typed;
      EXPECT_EQ(s.scored[i].id, id) << typed;
      EXPECT_DOUBLE_EQ(bm25(s, s.scored[i]), score) << typed << " article " << id;
      ++i;
    }
  }
}

std::vector<std::int64_t> keys(const std::map<std::int64_t, double>& scores) {
  std::vector<std::int64_t> ids;
  for (const auto& [id, score] : scores) ids.push_back(id);
  return ids;
}

TEST_F(HitScanTest, PastTheLimitFindsEveryIdAndScoresNone) {
  // Past the limit the ids come from FTS5's own iteration of the phrase:
  // also for a prefix (a rare character) and a phrase of several tokens.
  for (const char* typed : {"的", "恒", "管城", "城乡社区发展治理", "6月20日"}) {
    const std::string expr = expression(typed);
    const auto all = fts5_scores(expr);
    ASSERT_FALSE(all.empty()) << typed;
    for (std::size_t limit : {std::size_t{0}, all.size() - 1}) {
      HitScan s = scan(expr, limit);
      EXPECT_EQ(s.ids, keys(all)) << typed << " limit " << limit;
      EXPECT_TRUE(s.scored.empty()) << typed;
    }
    HitScan exactly = scan(expr, all.size());
    EXPECT_TRUE(exactly.scored_all) << typed;
    EXPECT_EQ(exactly.scored.size(), all.size()) << typed;
  }
}

TEST_F(HitScanTest, SeveralPhrasesGiveTheIdsOnly) {
  for (const char* typed : {"管城 工作", "的 -管城", "管城 OR 高新"}) {
    const std::string expr = expression(typed);
    const auto all = fts5_scores(expr);
    ASSERT_FALSE(all.empty()) << typed;
    HitScan s = scan(expr, 100000);
    EXPECT_FALSE(s.single_phrase) << typed;
    EXPECT_TRUE(s.scored.empty()) << typed;
    EXPECT_EQ(s.ids, keys(all)) << typed;
  }
}

// A table of `rows` articles of which those in [from, to] hold 甲乙.
sql::Db synthetic(int rows, int from, int to) {
  auto db = sql::Db::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db);
  EXPECT_TRUE(register_search_functions(*db));
  EXPECT_TRUE(db->exec(
      "CREATE VIRTUAL TABLE article_fts USING fts5(title, subtitle, body, byline, kicker, tokenize='kanbao');"
      "BEGIN"));
  auto insert = db->prepare(
      "INSERT INTO article_fts(rowid, title, subtitle, body, byline, kicker) VALUES (?1, '', '', ?2, '', "
      "'')");
  EXPECT_TRUE(insert);
  for (int id = 1; id <= rows; ++id) {
    insert->bind(1, id).bind(2, std::string_view(id >= from && id <= to ? "丙丁甲乙丙丁" : "丙丁丙丁"));
    EXPECT_TRUE(insert->run());
  }
  EXPECT_TRUE(db->exec("COMMIT"));
  return std::move(*db);
}

TEST(HitScanDensity, EveryWayOfFindingManyMatchesFindsThemAll) {
  struct Case {
    int rows, from, to;
    std::size_t score_up_to;
    bool scored_all;
  };
  for (const Case& c : {
           Case{2000, 1, 2000, 10, false},      // past the limit early: FTS5 iterates the rest
           Case{8000, 1, 8000, 1000, false},    // dense after 256 matches: scoring stops there
           Case{2000, 1000, 2000, 300, false},  // past the limit late: row by row to the end
           Case{10000, 1, 300, 1000, false},    // looked dense, and was not: unscored, all found
           Case{2000, 1000, 1300, 1000, true},  // few enough: all scored
       }) {
    sql::Db db = synthetic(c.rows, c.from, c.to);
    auto stmt = db.prepare(kHitScanSql);
    auto ids = db.prepare(kMatchingIdsSql);
    ASSERT_TRUE(stmt && ids);
    auto s = scan_hits(*stmt, *ids, "\"甲乙\"", c.score_up_to);
    ASSERT_TRUE(s) << s.error().message();
    std::vector<std::int64_t> expected;
    for (int id = c.from; id <= c.to; ++id) expected.push_back(id);
    EXPECT_EQ(s->ids, expected) << c.rows << " " << c.from << " " << c.score_up_to;
    EXPECT_EQ(s->scored_all, c.scored_all) << c.rows << " " << c.from << " " << c.score_up_to;
    EXPECT_EQ(s->scored.size(), c.scored_all ? expected.size() : 0u);
  }
}

TEST_F(HitScanTest, RefusesACallWithoutItsCollector) {
  auto stmt =
      db_.prepare("SELECT kanbao_hits(article_fts, 1) FROM article_fts WHERE article_fts MATCH '\"的\"'");
  ASSERT_TRUE(stmt);
  auto row = stmt->step();
  ASSERT_FALSE(row);
  EXPECT_NE(row.error().message().find("kanbao_hits() is only for kanbao's own queries"), std::string::npos)
      << row.error().message();
}

}  // namespace
}  // namespace kanbao::store
