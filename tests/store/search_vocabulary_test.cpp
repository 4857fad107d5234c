// SPDX-License-Identifier: MIT
// The character vocabulary pinyin translation reads (store/search_vocabulary.h):
// indexing keeps it equal to the index's own Han characters, the upgrade to
// schema 6 drops the bigram table schema 5 kept, and a rolled-back
// transaction does not leave the writer believing a character is stored.
// Fixtures written for this test (no newspaper text).
#include "store/search_vocabulary.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "library_test_util.h"
#include "overview_checks.h"
#include "store/schema.h"
#include "store/search_index.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

constexpr const char* kHan = "SELECT c FROM search_han ORDER BY 1";

std::string code(char32_t c) { return std::to_string(static_cast<std::uint32_t>(c)) + "\n"; }

class SearchVocabulary : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_.path() / "pages");
    testing::write_bytes(dir_.path() / "pages" / "river.txt",
                         "长江边的银行\n\n本报讯 长江沿岸的银行举办音乐会，保交楼工作持续推进。\n");
    testing::write_bytes(dir_.path() / "pages" / "town.txt",
                         "古城旧事\n\n本报讯 工匠修好了瓘城。AI 开放日 Open Day 24\n");
    db_ = (dir_.path() / "kanbao.db").string();
    auto lib = testing::open_rw(db_);
    testing::index_ok(lib, {(dir_.path() / "pages").string()});
  }

  // The rows search_han would hold if refilled from the index now.
  std::string refilled() {
    auto db = sql::Db::open(db_, SQLITE_OPEN_READWRITE);
    EXPECT_TRUE(db);
    if (!db) return {};
    EXPECT_TRUE(register_search_functions(*db));
    auto tx = sql::Transaction::begin(*db);
    EXPECT_TRUE(tx);
    EXPECT_TRUE(refill_search_vocabulary(*db));
    if (tx) {
      EXPECT_TRUE(tx->commit());
    }
    return testing::raw_rows(db_, kHan);
  }

  TempDir dir_;
  std::string db_;
};

TEST_F(SearchVocabulary, IndexingKeepsExactlyTheIndexCharacters) {
  const std::string indexed = testing::raw_rows(db_, kHan);
  EXPECT_NE(indexed.find(code(U'长')), std::string::npos) << indexed;
  EXPECT_NE(indexed.find(code(U'瓘')), std::string::npos);
  EXPECT_EQ(indexed.find(code(U'渤')), std::string::npos);  // in no article
  EXPECT_EQ(indexed, refilled());
  // Below U+2E80 nothing is Han: letters and digits are no characters here.
  EXPECT_EQ(testing::raw_rows(db_, "SELECT count(*) FROM search_han WHERE c < 11904"), "0\n");
  EXPECT_EQ(testing::raw_rows(db_, "SELECT count(*) FROM sqlite_master WHERE name = 'search_bigrams'"),
            "0\n");
}

TEST_F(SearchVocabulary, TheUpgradeFromSchema5DropsTheBigramsAndPinyinStillFinds) {
  {
    auto db = sql::Db::open(db_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        db->exec("CREATE TABLE search_bigrams (pair INTEGER PRIMARY KEY);"
                 "INSERT INTO search_bigrams VALUES (42); PRAGMA user_version = 5;"
                 "UPDATE meta SET value = '5' WHERE key = 'schema_version'"));
  }
  {
    auto old = Library::open(db_, OpenMode::kReadOnly);
    ASSERT_FALSE(old);
    EXPECT_NE(old.error().message().find("older kanbao (schema 5)"), std::string::npos)
        << old.error().message();
  }
  auto lib = testing::open_rw(db_);
  EXPECT_EQ(testing::raw_rows(db_, "PRAGMA user_version"), std::to_string(schema::kSchemaVersion) + "\n");
  EXPECT_EQ(testing::raw_rows(db_, "SELECT count(*) FROM sqlite_master WHERE name = 'search_bigrams'"),
            "0\n");
  for (const char* query : {"changjiang", "guancheng", "baojiaolou", "chang", "bjl"}) {
    SearchRequest r;
    r.query = query;
    auto page = lib.search(r);
    ASSERT_TRUE(page) << query << ": " << page.error().message();
    EXPECT_EQ(page->total, 1) << query;
  }
}

// A transaction that inserted a character and was rolled back must not
// leave the writer skipping it: the next one inserts it again.
TEST_F(SearchVocabulary, ARolledBackCharacterIsWrittenAgain) {
  auto db = sql::Db::open(db_, SQLITE_OPEN_READWRITE);
  ASSERT_TRUE(db);
  ASSERT_TRUE(register_search_functions(*db));
  auto writer = SearchIndexWriter::prepare(*db);
  ASSERT_TRUE(writer) << writer.error().message();
  const IndexedText text{"渤澥", "", "渤澥桑田。", "", ""};
  const std::string wanted = "SELECT count(*) FROM search_han WHERE c = " + std::to_string(0x6E24);
  {
    auto tx = sql::Transaction::begin(*db);
    ASSERT_TRUE(tx);
    writer->begin();
    writer->add(1000, text);
    ASSERT_TRUE(writer->write_queued());
  }  // rolled back
  EXPECT_EQ(testing::raw_rows(db_, wanted.c_str()), "0\n");
  auto tx = sql::Transaction::begin(*db);
  ASSERT_TRUE(tx);
  writer->begin();
  writer->add(1001, text);
  ASSERT_TRUE(writer->write_queued());
  ASSERT_TRUE(tx->commit());
  writer->committed();
  EXPECT_EQ(testing::raw_rows(db_, wanted.c_str()), "1\n");
}

}  // namespace
}  // namespace kanbao::store

namespace kanbao::store {
namespace {

// Searches of the fixture library of SearchVocabulary: titles and total.
std::pair<std::vector<std::string>, std::int64_t> searched(Library& lib, const std::string& query) {
  SearchRequest r;
  r.query = query;
  r.limit = 0;
  auto page = lib.search(r);
  EXPECT_TRUE(page) << query << ": " << (page ? "" : page.error().message());
  std::vector<std::string> titles;
  if (!page) return {titles, -1};
  for (const auto& hit : page->hits) titles.push_back(hit.title);
  return {titles, page->total};
}

// A required term with a character no article holds matches nothing, and
// the full-text index is not even asked: here it is gone, and any query
// that reads it fails.
TEST_F(SearchVocabulary, ACharacterNoArticleHoldsIsAnsweredWithoutTheIndex) {
  {
    auto lib = Library::open(db_, OpenMode::kReadOnly);
    ASSERT_TRUE(lib) << lib.error().message();
    EXPECT_EQ(searched(*lib, "渤"), (std::pair<std::vector<std::string>, std::int64_t>{{}, 0}));
    // The others still match: an OR, a negation, pinyin letters.
    EXPECT_EQ(searched(*lib, "渤 OR 瓘城").second, 1);
    EXPECT_EQ(searched(*lib, "长江 -渤").second, 1);
    EXPECT_EQ(searched(*lib, "changjiang").second, 1);
    // A traditional form folds to the simplified character the library holds.
    EXPECT_EQ(searched(*lib, "長江").second, 1);
  }
  {
    auto db = sql::Db::open(db_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(register_search_functions(*db));
    ASSERT_TRUE(db->exec("DROP TABLE article_fts; CREATE TABLE article_fts (x)"));
  }
  auto lib = Library::open(db_, OpenMode::kReadOnly);
  ASSERT_TRUE(lib) << lib.error().message();
  for (const char* query : {"渤", "长渤", "渤 长江", "渤海 OR 渤", "reporter:张 渤"}) {
    EXPECT_EQ(searched(*lib, query), (std::pair<std::vector<std::string>, std::int64_t>{{}, 0})) << query;
  }
  SearchRequest held;
  held.query = "长江";
  EXPECT_FALSE(lib->search(held)) << "the index is gone: a held character must read it";
}

}  // namespace
}  // namespace kanbao::store
