// SPDX-License-Identifier: MIT
// The backend-independent rules of continued articles
// (store/continuation_rules.h): a join undone gives the head back exactly
// its own paragraphs, and the partner is chosen by title as documented.
#include "store/continuation_rules.h"

#include <gtest/gtest.h>

namespace kanbao::store::continuations {
namespace {

TEST(ContinuationRules, AJoinUndoneGivesTheHeadBackItsOwnParagraphs) {
  const std::string head = "首批三十个小区开工。\n资金按户拨付。";
  const std::string tail = "居民全程参与监督。\n电梯加装同步推进。";
  const std::string joined = joined_body(head, tail);
  EXPECT_EQ(joined, head + "\n" + tail);
  EXPECT_EQ(paragraph_count(joined), 4);
  EXPECT_EQ(first_paragraphs(joined, paragraph_count(head)), head);
  // Empty parts: nothing to add, nothing to lose.
  EXPECT_EQ(joined_body("", tail), tail);
  EXPECT_EQ(joined_body(head, ""), head);
  EXPECT_EQ(paragraph_count(""), 0);
  EXPECT_EQ(first_paragraphs(joined_body("", tail), 0), "");
  EXPECT_EQ(first_paragraphs(head, 5), head);
}

TEST(ContinuationRules, PartnerIsChosenByTitleInOrderOfTheRules) {
  const std::vector<std::pair<std::int64_t, std::string>> candidates = {
      {1, "老旧小区改造进展"}, {2, "老旧小区改造全面提速（续）"}, {3, "老 旧 小 区 改 造 全 面 提 速"}};
  // The same title (spaces in print ignored) before one containing the other.
  EXPECT_EQ(best_match("老旧小区改造全面提速", candidates), 3);
  EXPECT_EQ(best_match("老旧小区改造全面提速", {candidates[0], candidates[1]}), 2);
  // A common beginning of four characters, else nothing among several.
  EXPECT_EQ(best_match("老旧小区新貌", {candidates[0], {4, "别的文章"}}), 1);
  EXPECT_EQ(best_match("完全无关的标题", {candidates[0], {4, "别的文章"}}), std::nullopt);
  // A single candidate is taken: paper, issue and both page codes agree.
  EXPECT_EQ(best_match("完全无关的标题", {{4, "别的文章"}}), 4);
}

}  // namespace
}  // namespace kanbao::store::continuations
