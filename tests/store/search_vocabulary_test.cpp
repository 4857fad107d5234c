// SPDX-License-Identifier: MIT
// The bigram vocabulary pinyin translation reads (store/search_vocabulary.h):
// indexing keeps it equal to the index's own two-character Han terms, the
// upgrade from schema 4 fills it, and a rolled-back transaction does not
// leave the writer believing a bigram is stored. Fixtures written for this
// test (no newspaper text).
#include "store/search_vocabulary.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "library_test_util.h"
#include "overview_checks.h"
#include "store/schema.h"
#include "store/search_index.h"
#include "store/sqlite.h"
#include "store/tokenizer.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

constexpr const char* kBigrams = "SELECT pair FROM search_bigrams ORDER BY 1";

std::string key_text(char32_t a, char32_t b) { return std::to_string(tokens::bigram_key(a, b)); }

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

  // The rows search_bigrams would hold if refilled from the index now.
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
    return testing::raw_rows(db_, kBigrams);
  }

  TempDir dir_;
  std::string db_;
};

TEST_F(SearchVocabulary, IndexingKeepsExactlyTheIndexBigrams) {
  const std::string indexed = testing::raw_rows(db_, kBigrams);
  const std::string river = key_text(U'长', U'江') + "\n";
  EXPECT_NE(indexed.find(river), std::string::npos) << indexed;
  EXPECT_NE(indexed.find(key_text(U'瓘', U'城') + "\n"), std::string::npos);
  EXPECT_EQ(indexed.find(key_text(U'江', U'长') + "\n"), std::string::npos);  // never written
  EXPECT_EQ(indexed, refilled());
  // Below U+2E80 nothing is Han: a two-letter word (ai, 24) is no bigram.
  const std::string below_han = "SELECT count(*) FROM search_bigrams WHERE pair < " + key_text(0x2E80, 0);
  EXPECT_EQ(testing::raw_rows(db_, below_han.c_str()), "0\n");
}

TEST_F(SearchVocabulary, TheUpgradeFromSchema4FillsItAndPinyinStillFinds) {
  const std::string indexed = testing::raw_rows(db_, kBigrams);
  {
    auto db = sql::Db::open(db_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        db->exec("DROP TABLE search_bigrams; PRAGMA user_version = 4;"
                 "UPDATE meta SET value = '4' WHERE key = 'schema_version'"));
  }
  {
    auto old = Library::open(db_, OpenMode::kReadOnly);
    ASSERT_FALSE(old);
    EXPECT_NE(old.error().message().find("older kanbao (schema 4)"), std::string::npos)
        << old.error().message();
  }
  auto lib = testing::open_rw(db_);
  EXPECT_EQ(testing::raw_rows(db_, "PRAGMA user_version"), std::to_string(schema::kSchemaVersion) + "\n");
  EXPECT_EQ(testing::raw_rows(db_, kBigrams), indexed);
  for (const char* query : {"changjiang", "guancheng", "baojiaolou"}) {
    SearchRequest r;
    r.query = query;
    auto page = lib.search(r);
    ASSERT_TRUE(page) << query << ": " << page.error().message();
    EXPECT_EQ(page->total, 1) << query;
  }
}

// A transaction that inserted a bigram and was rolled back must not leave
// the writer skipping it: the next one inserts it again.
TEST_F(SearchVocabulary, ARolledBackBigramIsWrittenAgain) {
  auto db = sql::Db::open(db_, SQLITE_OPEN_READWRITE);
  ASSERT_TRUE(db);
  ASSERT_TRUE(register_search_functions(*db));
  auto writer = SearchIndexWriter::prepare(*db);
  ASSERT_TRUE(writer) << writer.error().message();
  const IndexedText text{"渤澥", "", "渤澥桑田。", ""};
  const std::string wanted = "SELECT count(*) FROM search_bigrams WHERE pair = " + key_text(U'渤', U'澥');
  {
    auto tx = sql::Transaction::begin(*db);
    ASSERT_TRUE(tx);
    writer->begin();
    ASSERT_TRUE(writer->add(1000, text));
  }  // rolled back
  EXPECT_EQ(testing::raw_rows(db_, wanted.c_str()), "0\n");
  auto tx = sql::Transaction::begin(*db);
  ASSERT_TRUE(tx);
  writer->begin();
  ASSERT_TRUE(writer->add(1001, text));
  ASSERT_TRUE(tx->commit());
  writer->committed();
  EXPECT_EQ(testing::raw_rows(db_, wanted.c_str()), "1\n");
}

}  // namespace
}  // namespace kanbao::store
