// SPDX-License-Identifier: MIT
// SQLite's pinyin tokens (store/tokenizer.h): which tokens a text gives,
// that a reading or initials become one exact phrase of them, that the
// index holds them where find_pinyin / find_initials match and nowhere
// else, and that a library indexed before them is rebuilt with them. Text
// written for this test.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "library_test_util.h"
#include "overview_checks.h"
#include "store/index_stamp.h"
#include "store/library.h"
#include "store/query.h"
#include "store/search_index.h"
#include "store/sqlite.h"
#include "store/tokenizer.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

// FTS5 seeks a prefix query ("gdp" *, the last word of a term) to the last
// term before it and reads that term's doclist to its end: the initials
// pairs, in nearly every article of a big library, must sort after every
// word (letters and digits, at most kMaxWordBytes), never just before them.
TEST(PinyinTokens, InitialsPairsSortAfterEveryWord) {
  const std::string last_word(tokens::kMaxWordBytes, 'z');
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      const std::string pair = tokens::initials_pair_token(a, b);
      EXPECT_GT(pair, last_word) << pair;
      EXPECT_TRUE(tokens::is_pinyin_token(pair)) << pair;
    }
  }
  EXPECT_TRUE(tokens::is_pinyin_token(tokens::reading_pair_token("chang", "jiang")));
  EXPECT_FALSE(tokens::is_pinyin_token("changjiang"));
  EXPECT_FALSE(tokens::is_pinyin_token(""));
}

// Tokens by position (a colocated token joins its position), and whether
// every pinyin token was colocated.
struct Positions {
  std::vector<std::set<std::string>> at;
  bool pinyin_colocated = true;
};

int collect(void* context, std::string_view token, bool colocated, std::uint32_t, std::uint32_t) {
  auto* p = static_cast<Positions*>(context);
  if (!colocated || p->at.empty()) p->at.emplace_back();
  p->at.back().emplace(token);
  if (tokens::is_pinyin_token(token) && !colocated) p->pinyin_colocated = false;
  return SQLITE_OK;
}

Positions tokens_of(const std::string& text, bool pinyin) {
  Positions p;
  const std::vector<fold::Char> chars = fold::fold(text, fold::Mode::kDocument);
  EXPECT_EQ(tokens::tokenize_document(chars, &collect, &p, nullptr, pinyin), SQLITE_OK);
  return p;
}

bool holds(const std::set<std::string>& at, const std::string& token) { return at.count(token) != 0; }

TEST(PinyinTokens, EveryReadingPairAndInitialsPairOfNeighbours) {
  // 长江，大桥 is one run (punctuation between Han characters is dropped),
  // but no pinyin pair stands across its comma; the line break and the word
  // end the run.
  const Positions p = tokens_of("长江，大桥\n银行 ok 堓行", true);
  ASSERT_EQ(p.at.size(), 10U);  // 长 江 大 桥 | 银 行 ok 堓 行
  EXPECT_TRUE(p.pinyin_colocated);
  EXPECT_TRUE(holds(p.at[0], "长江"));
  for (const char* t : {"'chang'jiang", "'zhang'jiang", "{cj", "{zj"}) EXPECT_TRUE(holds(p.at[0], t)) << t;
  EXPECT_TRUE(holds(p.at[1], "江大"));
  for (const std::string& t : p.at[1]) EXPECT_FALSE(tokens::is_pinyin_token(t)) << t;
  EXPECT_TRUE(holds(p.at[2], "'da'qiao"));
  EXPECT_TRUE(holds(p.at[2], "{dq"));
  // 桥 ends its run, 行 and 银行 too: no pair across the break or the word.
  for (std::size_t k : {3U, 4U, 6U, 7U, 9U}) {
    for (const std::string& t : p.at[k]) EXPECT_FALSE(tokens::is_pinyin_token(t)) << k << " " << t;
  }
  EXPECT_TRUE(holds(p.at[5], "'yin'hang"));
  EXPECT_TRUE(holds(p.at[5], "'yin'xing"));
  // 堓 is not a common character: its readings pair, its initials do not.
  EXPECT_TRUE(holds(p.at[8], "'an'hang"));
  for (const std::string& t : p.at[8]) EXPECT_NE(t[0], '{') << t;
}

TEST(PinyinTokens, NoneWithoutThePinyinFlag) {
  // PostgreSQL's tokens, and the positions every other token keeps.
  const Positions with = tokens_of("长江大桥 银行", true), without = tokens_of("长江大桥 银行", false);
  ASSERT_EQ(with.at.size(), without.at.size());
  for (std::size_t k = 0; k < without.at.size(); ++k) {
    for (const std::string& t : without.at[k]) {
      EXPECT_FALSE(tokens::is_pinyin_token(t)) << t;
      EXPECT_TRUE(holds(with.at[k], t)) << t;
    }
  }
}

TEST(PinyinTokens, ReadingsAndInitialsTranslateToExactPhrases) {
  auto q = query::parse("baojiaolou bjl");
  ASSERT_TRUE(q);
  const std::unordered_set<char32_t> present{U'保', U'交', U'楼', U'宝', U'饺'};
  const query::FtsExpression tokens = query::translate(*q, &present, {}, query::PinyinIndex::kTokens);
  EXPECT_TRUE(tokens.exact);
  EXPECT_NE(tokens.all.find(R"("'bao'jiao" + "'jiao'lou")"), std::string::npos) << tokens.all;
  EXPECT_NE(tokens.all.find(R"("{bj" + "{jl")"), std::string::npos) << tokens.all;
  EXPECT_EQ(tokens.readings.find('{'), std::string::npos) << tokens.readings;  // tiers 0 and 1
  EXPECT_EQ(tokens.literal.find('\''), std::string::npos) << tokens.literal;
  // By Han bigrams (PostgreSQL) three syllables and initials are a superset.
  const query::FtsExpression bigrams = query::translate(*q, &present);
  EXPECT_FALSE(bigrams.exact);
  EXPECT_EQ(bigrams.all.find("'bao"), std::string::npos) << bigrams.all;
}

class PinyinIndex : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_.path() / "pages");
    page("whole", "保交楼的进展\n\n本报讯 全市保交楼工作持续推进。\n");
    page("apart", "保交房与交楼\n\n本报讯 保交房子之后，另段才说交楼。\n");
    // The title and the body are separate fields: nothing matches across.
    page("broken", "会上谈到保交\n\n本报讯 楼盘在下一段开头。\n");
    // A reading runs on across a quotation mark, not across a pause (，).
    page("punctuated", "标点之间\n\n本报讯 文中写到“保交”，楼盘随后开工。\n");
    page("quoted", "引号之间\n\n本报讯 标语上写着“保交”楼。\n");
    page("sounds", "宝饺楼开业\n\n本报讯 新开的宝饺楼生意兴隆。\n");
    db_path_ = (dir_.path() / "kanbao.db").string();
    lib_ = std::make_unique<Library>(testing::open_rw(db_path_));
    testing::index_ok(*lib_, {(dir_.path() / "pages").string()});
  }

  void page(const std::string& name, const std::string& text) {
    testing::write_bytes(dir_.path() / "pages" / (name + ".txt"), text);
    titles_[text.substr(0, text.find('\n'))] = name;
  }

  // The fixture pages a query finds, as a set; the total must be exact.
  std::set<std::string> found(Library& lib, const std::string& query) {
    SearchRequest r;
    r.query = query;
    r.limit = 0;
    auto page = lib.search(r);
    EXPECT_TRUE(page) << query << ": " << (page ? "" : page.error().message());
    std::set<std::string> names;
    if (!page) return names;
    for (const auto& hit : page->hits) names.insert(titles_.at(hit.title));
    EXPECT_EQ(page->total, static_cast<std::int64_t>(page->hits.size())) << query;
    EXPECT_FALSE(page->total_is_estimate) << query;
    return names;
  }

  // The fixture pages whose index entry matches an FTS5 expression.
  std::set<std::string> matching(const std::string& expression) {
    auto db = sql::Db::open(db_path_, SQLITE_OPEN_READONLY);
    EXPECT_TRUE(db);
    std::set<std::string> names;
    if (!db) return names;
    EXPECT_TRUE(register_search_functions(*db));
    auto stmt = db->prepare(
        "SELECT a.title FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
        "WHERE article_fts MATCH ?1");
    EXPECT_TRUE(stmt);
    if (!stmt) return names;
    stmt->bind(1, std::string_view(expression));
    for (;;) {
      auto row = stmt->step();
      EXPECT_TRUE(row);
      if (!row || !*row) break;
      names.insert(titles_.at(stmt->text(0)));
    }
    return names;
  }

  // How many of `table`'s terms are pinyin tokens, and how many terms it has.
  std::pair<int, int> pinyin_terms(const std::string& table) {
    auto db = sql::Db::open(db_path_, SQLITE_OPEN_READWRITE);
    EXPECT_TRUE(db);
    if (!db) return {};
    EXPECT_TRUE(register_search_functions(*db));
    const std::string create =
        "CREATE VIRTUAL TABLE temp.v USING fts5vocab('main', '" + table + "', 'row')";  // a test's own name
    EXPECT_TRUE(db->exec(create.c_str()));
    auto stmt = db->prepare("SELECT term FROM temp.v");
    EXPECT_TRUE(stmt);
    std::pair<int, int> n{0, 0};
    if (!stmt) return n;
    for (;;) {
      auto row = stmt->step();
      EXPECT_TRUE(row);
      if (!row || !*row) break;
      const std::string term = stmt->text(0);
      n.first += tokens::is_pinyin_token(term) ? 1 : 0;
      ++n.second;
    }
    return n;
  }

  // The fixture pages whose title or subtitle matches an FTS5 expression.
  std::set<std::string> titled(const std::string& expression) {
    std::set<std::string> names;
    for (const auto& [title, name] : titles_) {
      auto db = sql::Db::open(db_path_, SQLITE_OPEN_READONLY);
      EXPECT_TRUE(db);
      if (!db) return names;
      EXPECT_TRUE(register_search_functions(*db));
      auto stmt = db->prepare(
          "SELECT count(*) FROM title_fts JOIN articles a ON a.id = title_fts.rowid "
          "WHERE title_fts MATCH ?1 AND a.title = ?2");
      EXPECT_TRUE(stmt);
      if (!stmt) return names;
      stmt->bind(1, std::string_view(expression)).bind(2, std::string_view(title));
      auto row = stmt->step();
      EXPECT_TRUE(row);
      if (row && *row && stmt->int64(0) > 0) names.insert(name);
    }
    return names;
  }

  using Names = std::set<std::string>;
  TempDir dir_;
  std::string db_path_;
  std::unique_ptr<Library> lib_;
  std::map<std::string, std::string> titles_;
};

TEST_F(PinyinIndex, TheIndexHoldsAReadingOnlyWhereItsCharactersAreNeighbours) {
  const Names where{"whole", "quoted", "sounds"};  // 保交楼, 保交”楼, 宝饺楼; not 保交”，楼
  EXPECT_EQ(matching(R"("'bao'jiao" + "'jiao'lou")"), where);
  EXPECT_EQ(matching(R"("{bj" + "{jl")"), where);
  // Each pair alone is wider: 保交 and 交楼 apart, or in two fields.
  EXPECT_EQ(matching(R"("'jiao'lou")"), (Names{"whole", "apart", "quoted", "sounds"}));
  EXPECT_EQ(matching(R"("'bao'jiao")"),
            (Names{"whole", "apart", "broken", "punctuated", "quoted", "sounds"}));
}

// The headings hold the same tokens as article_fts, pinyin included: a
// broad pinyin search asks title_fts for each tier's reading.
TEST_F(PinyinIndex, TheTitleIndexHoldsThePinyinTokens) {
  const auto [article_pinyin, article_terms] = pinyin_terms("article_fts");
  EXPECT_GT(article_pinyin, 0);
  const auto [title_pinyin, title_terms] = pinyin_terms("title_fts");
  EXPECT_GT(title_pinyin, 0);
  EXPECT_GT(title_terms, title_pinyin);
  EXPECT_EQ(titled(R"("保交" + "交楼" + "楼" *)"), (Names{"whole"}));
  EXPECT_EQ(titled(R"("饺楼" + "楼" *)"), (Names{"sounds"}));
  EXPECT_EQ(titled(R"("'bao'jiao" + "'jiao'lou")"), (Names{"whole", "sounds"}));
  EXPECT_EQ(titled(R"("{bj" + "{jl")"), (Names{"whole", "sounds"}));
}

// Schema 6 and 7 built title_fts without pinyin tokens (`kanbao literal`);
// the upgrade to 8 builds it again with them, and titles are still found.
TEST_F(PinyinIndex, TheUpgradeToSchema8GivesTheTitleIndexPinyin) {
  lib_.reset();
  {
    auto db = sql::Db::open(db_path_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(register_search_functions(*db));
    ASSERT_TRUE(
        db->exec("DROP TABLE title_fts;"
                 "CREATE VIRTUAL TABLE title_fts USING fts5(title, subtitle, kicker, "
                 "content='articles', content_rowid='id', tokenize='kanbao literal');"
                 "INSERT INTO title_fts(title_fts) VALUES ('rebuild');"
                 "PRAGMA user_version = 7; UPDATE meta SET value = '7' WHERE key = 'schema_version'"));
  }
  EXPECT_EQ(pinyin_terms("title_fts").first, 0);
  const std::optional<std::string> pending = pending_upgrade(db_path_);
  ASSERT_TRUE(pending.has_value());
  EXPECT_NE(pending->find("from schema 7 to 8: the index of its headings is built again"), std::string::npos)
      << *pending;
  {
    auto old = Library::open(db_path_, OpenMode::kReadOnly);
    ASSERT_FALSE(old) << "a schema 7 library was opened for reading";
    EXPECT_NE(old.error().message().find("older kanbao (schema 7)"), std::string::npos)
        << old.error().message();
  }
  { auto writer = testing::open_rw(db_path_); }
  EXPECT_EQ(pending_upgrade(db_path_), std::nullopt);
  EXPECT_GT(pinyin_terms("title_fts").first, 0);
  EXPECT_EQ(
      testing::raw_rows(db_path_, "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%kanbao literal%'"),
      "0\n");
  EXPECT_EQ(titled(R"("保交" + "交楼" + "楼" *)"), (Names{"whole"}));
  auto reader = Library::open(db_path_, OpenMode::kReadOnly);
  ASSERT_TRUE(reader) << reader.error().message();
  // Punctuation inside a run is dropped; a reading stops at a pause.
  EXPECT_EQ(found(*reader, "保交楼"), (Names{"whole", "punctuated", "quoted"}));
  EXPECT_EQ(found(*reader, "baojiaolou"), (Names{"whole", "quoted", "sounds"}));
}

TEST(PinyinTokens, ATokenizerArgumentThisBuildDoesNotKnowIsRefused) {
  auto db = sql::Db::open(":memory:", SQLITE_OPEN_READWRITE);
  ASSERT_TRUE(db);
  ASSERT_TRUE(register_search_functions(*db));
  EXPECT_TRUE(db->exec("CREATE VIRTUAL TABLE a USING fts5(x, tokenize='kanbao literal')"));
  EXPECT_TRUE(db->exec("CREATE VIRTUAL TABLE b USING fts5(x, tokenize='kanbao')"));
  EXPECT_FALSE(db->exec("CREATE VIRTUAL TABLE c USING fts5(x, tokenize='kanbao pinyin2')"));
}

TEST_F(PinyinIndex, SearchesFindWhatTheCheckFindsWithExactTotals) {
  const Names where{"whole", "quoted", "sounds"};
  EXPECT_EQ(found(*lib_, "baojiaolou"), where);
  EXPECT_EQ(found(*lib_, "bjl"), where);
  EXPECT_EQ(found(*lib_, "jiaolou"), (Names{"whole", "apart", "quoted", "sounds"}));
  EXPECT_EQ(found(*lib_, "baojiaolou -宝饺楼"), (Names{"whole", "quoted"}));
  EXPECT_EQ(found(*lib_, "baojiaolou OR 下一段"), (Names{"whole", "quoted", "sounds", "broken"}));
  EXPECT_TRUE(found(*lib_, "loubaojiao").empty());
}

TEST_F(PinyinIndex, ALibraryIndexedWithoutPinyinTokensIsRebuiltWithThem) {
  lib_.reset();
  {
    // What the previous kanbao left: its own stamp, and (here, to show the
    // rebuild) an index without any tokens at all.
    auto db = sql::Db::open(db_path_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(register_search_functions(*db));
    auto stamp = db->prepare("UPDATE meta SET value = ?1 WHERE key = 'search_index'");
    ASSERT_TRUE(stamp);
    stamp->bind(1, search_index_stamp());
    ASSERT_TRUE(stamp->run());
    ASSERT_TRUE(db->exec("INSERT INTO article_fts(article_fts) VALUES ('delete-all')"));
  }
  EXPECT_NE(search_index_stamp(), sqlite_index_stamp());
  const std::optional<std::string> pending = pending_upgrade(db_path_);
  ASSERT_TRUE(pending.has_value());
  EXPECT_NE(pending->find("building the search index of " + db_path_ + " again"), std::string::npos)
      << *pending;
  EXPECT_EQ(pending_upgrade((dir_.path() / "none.db").string()), std::nullopt);
  EXPECT_EQ(pending_upgrade("postgresql://nobody@localhost/kanbao"), std::nullopt);
  auto reader = Library::open(db_path_, OpenMode::kReadOnly);
  ASSERT_FALSE(reader) << "an index without pinyin tokens was opened for reading";
  EXPECT_NE(reader.error().message().find("run `kanbao index FOLDER...` on its pages' folders once"),
            std::string::npos)
      << reader.error().message();
  { auto writer = testing::open_rw(db_path_); }
  EXPECT_EQ(matching(R"("'bao'jiao" + "'jiao'lou")"), (Names{"whole", "quoted", "sounds"}));
  auto rebuilt = Library::open(db_path_, OpenMode::kReadOnly);
  ASSERT_TRUE(rebuilt) << rebuilt.error().message();
  EXPECT_EQ(found(*rebuilt, "baojiaolou"), (Names{"whole", "quoted", "sounds"}));
}

}  // namespace
}  // namespace kanbao::store
