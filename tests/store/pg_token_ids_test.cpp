// SPDX-License-Identifier: MIT
// The PostgreSQL index's token ids (pg_tokens.h, schema 9): distinct for
// distinct tokens of the kinds packed exactly, each token's head the id of
// its first character alone, and the server's kanbao_token_heads computing
// the same heads as token_head.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "pg_test_server.h"
#include "store/library.h"
#include "store/pg/pg_tokens.h"
#include "text/utf8.h"

namespace kanbao::store {
namespace {

// Tokens of every kind: Han characters and bigrams, a trigram, short and
// long words and numbers, a word of another script, a character of plane 2
// (packed) and one of plane 16 (above 2^20: hashed).
const std::vector<std::string> kTokens{
    "发",     "展",    "发展", "展发",   "高质",  "#高质量",    "#质量发",       "g",     "gd",
    "gdp",    "gdpx",  "z",    "zh",     "zhang", "zhangjiang", "2020",          "20201", "ab",
    "ba",     "étude", "été",  "𠀀",     "𠀀𠀁",  "\U00100000", "\U00100000abc", "|",     "。",
    "你好吗", "你好",  "你",   "#你好吗"};

std::string first_character(const std::string& token) {
  std::size_t at = token.front() == pg::kTrigramMark ? 1 : 0;
  const std::size_t begin = at;
  text::decode_any(token, at);
  return token.substr(begin, at - begin);
}

TEST(TokenIds, AreDistinctNonNegativeAndOfTheirKind) {
  std::set<std::int64_t> ids;
  for (const std::string& token : kTokens) {
    const std::int64_t id = pg::token_id(token);
    EXPECT_GE(id, 0) << token;
    EXPECT_TRUE(ids.insert(id).second) << token << " shares its id " << id;
    const std::int64_t kind = id >> pg::kKindShift;
    EXPECT_EQ(kind == pg::kTrigramKind, token.front() == pg::kTrigramMark) << token;
  }
  EXPECT_EQ(pg::token_id("发展") >> pg::kKindShift, pg::kPackedKind);
  EXPECT_EQ(pg::token_id("gdp") >> pg::kKindShift, pg::kPackedKind);
  EXPECT_EQ(pg::token_id("发展"), pg::token_id(std::string("发展")));  // from the bytes alone
}

// A token's head is the id of the token of its first character alone, which
// is what a one-character prefix ("发"*, z*) asks the token heads for; a
// trigram's is its first Han character's.
TEST(TokenIds, HeadIsTheFirstCharactersOwnId) {
  for (const std::string& token : kTokens) {
    const std::string first = first_character(token);
    EXPECT_EQ(pg::token_head(pg::token_id(token)), pg::token_head(pg::token_id(first))) << token;
  }
  EXPECT_EQ(pg::token_head(pg::token_id("发展")), pg::token_id("发"));
  EXPECT_EQ(pg::token_head(pg::token_id("zhangjiang")), pg::token_id("z"));
  EXPECT_NE(pg::token_head(pg::token_id("zhangjiang")), pg::token_head(pg::token_id("gdpx")));
  EXPECT_NE(pg::token_head(pg::token_id("发展")), pg::token_head(pg::token_id("展发")));
}

// A writer's known entries (pg_tokens.h): what a committed page held is
// not added to the next page's vocabulary again, packed tokens known by id
// and hashed ones by their text, so that two words sharing an id are never
// taken for one another.
TEST(KnownVocabulary, LeavesOutWhatWasCommitted) {
  IndexedText first{"发展新篇", "", "本报讯 covid 检测 gdp", "", ""};
  IndexedText second{"发展新路", "", "本报讯 covid19 检测 gdpx", "", ""};
  pg::KnownVocabulary known;
  pg::NewVocabulary page1;
  page1.known = &known;
  page1.add(pg::search_columns(first));
  EXPECT_EQ(page1.tokens.count("发展"), 1u);
  EXPECT_EQ(page1.tokens.count("covid"), 1u);
  EXPECT_EQ(page1.han.count("发"), 1u);
  known.add(page1);
  for (const char* held : {"发展", "covid", "gdp"}) EXPECT_TRUE(known.holds_token(held)) << held;
  for (const char* other : {"covid19", "gdpx", "新路"}) EXPECT_FALSE(known.holds_token(other)) << other;
  EXPECT_TRUE(known.holds_han("展"));
  pg::NewVocabulary page2;
  page2.known = &known;
  page2.add(pg::search_columns(second));
  EXPECT_EQ(page2.tokens, (std::set<std::string>{"covid19", "gdpx", "新路", "路"}));  // 路 ends its run
  EXPECT_EQ(page2.han, (std::set<std::string>{"路"}));
  pg::NewVocabulary unfiltered;  // no writer's knowledge: everything
  unfiltered.add(pg::search_columns(second));
  EXPECT_EQ(unfiltered.tokens.count("发展"), 1u);
}

using TokenHeadsOnTheServer = testing_pg::PostgresTest;

// The server's kanbao_token_heads (schema 9) computes token_head of every
// id of an article's tokens, each once.
TEST_F(TokenHeadsOnTheServer, AgreeWithTokenHead) {
  {
    auto lib = Library::open(uri_, OpenMode::kReadWrite);  // creates the schema
    ASSERT_TRUE(lib) << lib.error().message();
  }
  std::string ids;
  std::set<std::int64_t> heads;
  for (const std::string& token : kTokens) {
    const std::int64_t id = pg::token_id(token);
    ids += (ids.empty() ? "" : ",") + std::to_string(id);
    heads.insert(pg::token_head(id));
  }
  std::vector<std::string> expected;
  for (const std::int64_t head : heads) expected.push_back(std::to_string(head));
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(testing_pg::query_rows(uri_, "SELECT h::text FROM unnest(kanbao_token_heads('{" + ids +
                                             "}'::int8[])) AS u(h) ORDER BY 1"),
            expected);
  EXPECT_LT(expected.size(), kTokens.size());  // shared heads listed once
}

}  // namespace
}  // namespace kanbao::store
