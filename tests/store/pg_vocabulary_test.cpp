// SPDX-License-Identifier: MIT
// The PostgreSQL library's vocabulary of tokens (library_tokens): every
// token of every article, kept by the writer, refilled by a rebuild, filled
// in when an older library is migrated; and what a pinyin query's prefix
// tokens (a syllable's characters, the typed letters) are expanded through,
// so that its candidates come from the GIN index, the same as SQLite's.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "backends_fixture.h"
#include "store/pg/conn.h"
#include "store/pg/pg_pinyin.h"
#include "store/pg/pg_schema.h"
#include "store/pg/pg_tokens.h"

namespace kanbao::store {
namespace {

using testing::request_for;

TEST(PastPrefix, IsTheFirstStringAfterEveryOneStartingWithIt) {
  EXPECT_EQ(pg::past_prefix("zuzhi"), "zuzhj");
  EXPECT_EQ(pg::past_prefix("郑"), "郒");                    // U+90D1 -> U+90D2
  EXPECT_EQ(pg::past_prefix("a\U0000D7FF"), "a\U0000E000");  // past the surrogates
  EXPECT_EQ(pg::past_prefix("a\U0010FFFF"), "b");
  EXPECT_EQ(pg::past_prefix("\U0010FFFF"), "");
}

class Vocabulary : public testing::PostgresWithSamples {
 protected:
  std::vector<std::string> vocabulary() const {
    return testing_pg::query_rows(uri_, "SELECT t FROM library_tokens ORDER BY t COLLATE \"C\"");
  }
  // The vocabulary's tokens as ids (pg_tokens.h), sorted.
  std::vector<std::int64_t> vocabulary_ids() const {
    std::vector<std::int64_t> out;
    for (const std::string& t : vocabulary()) out.push_back(pg::token_id(t));
    std::sort(out.begin(), out.end());
    return out;
  }
  // The ids of the tokenizer's tokens the articles hold (not the Han
  // trigrams', which the vocabulary leaves out), sorted.
  std::vector<std::int64_t> article_ids() const {
    std::vector<std::int64_t> out;
    for (const std::string& id : testing_pg::query_rows(
             uri_, "SELECT DISTINCT t FROM articles, unnest(tokens) AS t WHERE t >> " +
                       std::to_string(pg::kKindShift) + " <> " + std::to_string(pg::kTrigramKind)))
      out.push_back(std::stoll(id));
    std::sort(out.begin(), out.end());
    return out;
  }
};

TEST_F(Vocabulary, HoldsEveryTokenOfEveryArticle) {
  auto lib = testing::open_rw(uri_);
  testing::index_ok(lib, {pages_});
  const auto ids = article_ids();
  const auto tokens = vocabulary();
  EXPECT_GT(ids.size(), 1000u);
  EXPECT_EQ(vocabulary_ids(), ids);
  // A rebuild of the search index fills it again from the articles.
  testing_pg::run_sql(uri_,
                      "UPDATE kanbao_meta SET value = 'another build' WHERE key = 'search_index';"
                      " INSERT INTO library_tokens(t) VALUES ('no article holds this')");
  { auto again = testing::open_rw(uri_); }
  EXPECT_EQ(article_ids(), ids);
  EXPECT_EQ(vocabulary(), tokens);
}

TEST_F(Vocabulary, ExpandsAPrefixIntoTheTokensStartingWithIt) {
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages_});
  }
  auto conn = pg::Conn::connect(uri_, uri_);
  ASSERT_TRUE(conn) << conn.error().message();
  const pg::Phrase zheng{{"郑", true}}, zhengzhou{{"郑州", true}}, nothing{{"zzzq", true}},
      whole{{"郑州", false}};
  auto expanded = pg::expand_prefixes(*conn, {zheng, zhengzhou, nothing, whole});
  ASSERT_TRUE(expanded) << expanded.error().message();
  // The prefixes only, each listed, but for one character's: the token
  // heads answer that one (schema 5).
  ASSERT_EQ(expanded->size(), 2u);
  EXPECT_EQ(expanded->count("郑"), 0u);
  std::vector<std::string> wanted;  // the vocabulary's tokens starting with 郑州, every one an article's
  for (const std::string& t : vocabulary())
    if (t.starts_with("郑州")) wanted.push_back(t);
  EXPECT_FALSE(wanted.empty());
  const auto held = article_ids();
  for (const std::string& t : wanted)
    EXPECT_TRUE(std::binary_search(held.begin(), held.end(), pg::token_id(t))) << t;
  EXPECT_EQ(expanded->at("郑州"), wanted);
  EXPECT_TRUE(expanded->at("zzzq").empty());
}

// Pinyin queries whose expressions hold prefix tokens: the same hits, in
// the same order, with the same totals and scores as on SQLite, whether
// scored by bm25 or ranked broadly.
TEST_F(Vocabulary, PrefixPinyinFindsWhatSqliteFinds) {
  auto pg = testing::open_rw(uri_);
  auto sqlite = testing::open_rw(dir_ / "lib.db");
  testing::index_ok(pg, {pages_});
  testing::index_ok(sqlite, {pages_});
  for (const char* query : {"zheng", "zhengzhou", "changjiang", "baojiaolou", "zuzhi", "guancheng", "gx", "z",
                            "zheng -发展", "zheng OR gaige", "xyzq"}) {
    for (std::int64_t bm25_up_to : {SearchRequest{}.bm25_up_to, std::int64_t{0}, std::int64_t{12}}) {
      SCOPED_TRACE(std::string(query) + " bm25_up_to " + std::to_string(bm25_up_to));
      SearchRequest request = request_for(query, 0);
      request.bm25_up_to = bm25_up_to;
      auto a = pg.search(request), b = sqlite.search(request);
      ASSERT_TRUE(a && b);
      EXPECT_EQ(a->total, b->total);
      ASSERT_EQ(a->hits.size(), b->hits.size());
      for (std::size_t i = 0; i < a->hits.size(); ++i) {
        EXPECT_EQ(a->hits[i].id, b->hits[i].id) << "#" << i;
        EXPECT_DOUBLE_EQ(a->hits[i].score, b->hits[i].score) << "#" << i;
      }
    }
  }
}

// A version-2 library gets its vocabulary from its articles' tokens, and
// nothing needs parsing again.
TEST_F(Vocabulary, IsFilledInWhenAVersion2LibraryIsMigrated) {
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages_});
  }
  testing_pg::run_sql(uri_, std::string(testing_pg::kTokensAsText) +
                                "DROP TABLE library_tokens; DROP TABLE library_counts;"
                                " DROP FUNCTION kanbao_count_articles() CASCADE;"
                                " ALTER TABLE articles DROP COLUMN title_tokens;"
                                " UPDATE kanbao_meta SET value = '2' WHERE key = 'schema_version'");
  auto lib = testing::open_rw(uri_);
  EXPECT_EQ(testing_pg::query_rows(uri_, "SELECT value FROM kanbao_meta WHERE key = 'schema_version'"),
            std::vector<std::string>{std::to_string(pg::kSchemaVersion)});
  EXPECT_EQ(vocabulary_ids(), article_ids());
  const auto report = testing::index_ok(lib, {pages_});
  EXPECT_EQ(report.files_indexed, 0);
  EXPECT_EQ(report.files_unchanged, static_cast<int>(files_.size()));
}

}  // namespace
}  // namespace kanbao::store
