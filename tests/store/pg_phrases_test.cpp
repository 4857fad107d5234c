// SPDX-License-Identifier: MIT
// The PostgreSQL search's bm25 inputs for pinyin expressions: which tokens
// an article's position index keeps, and the instances it counts.
#include "store/pg/pg_phrases.h"

#include <gtest/gtest.h>

#include "store/hit_scan.h"

namespace kanbao::store::pg {
namespace {

Phrase phrase(std::initializer_list<std::pair<const char*, bool>> tokens) {
  Phrase out;
  for (const auto& [text, prefix] : tokens) out.push_back(tokens::PhraseToken{text, prefix});
  return out;
}

TEST(PhraseVocabulary, WantsNamedTokensAndThoseAPrefixStarts) {
  const PhraseVocabulary v({phrase({{"长江", false}}), phrase({{"管", true}}), phrase({{"zhang", true}})});
  EXPECT_TRUE(v.wanted("长江"));
  EXPECT_TRUE(v.wanted("管城"));
  EXPECT_TRUE(v.wanted("管"));
  EXPECT_TRUE(v.wanted("zhangjiang"));
  EXPECT_FALSE(v.wanted("长"));
  EXPECT_FALSE(v.wanted("江长"));
  EXPECT_FALSE(v.wanted("城管"));
  EXPECT_FALSE(v.wanted("zhan"));
}

// Leaving the other tokens out must not move the wanted ones: a phrase of
// two tokens still needs them at neighbouring positions.
TEST(PositionIndex, CountsPhrasesAmongTheTokensItLeavesOut) {
  const Phrase bigram = phrase({{"长江", false}});
  const Phrase chain = phrase({{"长江", false}, {"江大", false}});
  const Phrase apart = phrase({{"长江", false}, {"大桥", false}});
  const Phrase by_prefix = phrase({{"大", true}});
  const PhraseVocabulary v({bigram, chain, apart, by_prefix});
  const match::Fields fields{"长江大桥", "长江边大桥", "长江边，又见长江大桥。", "", ""};
  const PositionIndex index(fields, v);
  const double title = kColumnWeights[0], subtitle = kColumnWeights[1], body = kColumnWeights[2];
  EXPECT_DOUBLE_EQ(index.weighted_instances(bigram), title + subtitle + 2 * body);
  EXPECT_DOUBLE_EQ(index.weighted_instances(chain), title + body);
  // In the subtitle 江边 and 边大 stand between them, left out but counted.
  EXPECT_DOUBLE_EQ(index.weighted_instances(apart), 0.0);
  EXPECT_DOUBLE_EQ(index.weighted_instances(by_prefix), title + subtitle + body);
}

// A one-character prefix is what the token heads index answers; longer
// prefixes and whole tokens are not.
TEST(TokenHeads, AreThePrefixesOfOneCharacter) {
  EXPECT_TRUE(is_head({"国", true}));
  EXPECT_TRUE(is_head({"g", true}));
  EXPECT_FALSE(is_head({"国", false}));
  EXPECT_FALSE(is_head({"国家", true}));
  EXPECT_FALSE(is_head({"gx", true}));
  EXPECT_FALSE(is_head({"", true}));
}

// The operands of one OR share a group; a phrase under AND or NOT, or an
// OR's operand that is itself an expression, does not share it.
TEST(ExpressionOrGroups, JoinTheOperandsOfOneOr) {
  const Expression e(R"((("gxq"*) OR ("国"* OR "工"*)) AND ("学" OR "习"* OR ("学习" NOT "小")))");
  ASSERT_EQ(e.phrases().size(), 7u);
  const std::vector<std::size_t> g = e.or_groups();
  EXPECT_EQ(g[1], g[2]);  // 国 and 工
  EXPECT_NE(g[0], g[1]);  // gxq: the outer OR's, not the inner one's
  EXPECT_EQ(g[3], g[4]);  // 学 and 习
  EXPECT_NE(g[3], g[1]);
  EXPECT_NE(g[5], g[3]);  // 学习 and 小: under NOT, each its own
  EXPECT_NE(g[6], g[5]);
  EXPECT_NE(g[6], g[3]);
}

}  // namespace
}  // namespace kanbao::store::pg
