// SPDX-License-Identifier: MIT
// A feature's author named alone on the line between its title and its text
// (an evening paper's essay page: "标题" / "葛某某" / text), bare, padded
// ("吴　越") or after a mark ("◆朱光"), is the article's byline: the title stays the title, the
// name is its reporter, not a line of its heading. Every text here is made
// up.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

const std::string kText =
    "又到清明时节，我照例会想起一些老朋友，街角书店的店主就是其中一位。\n"
    "他开店三十年，常说书是给人读的，不是给人看的。\n";

TEST(AuthorLine, ABareNameUnderTheTitleIsItsAuthor) {
  const auto a = parse_june_21("街角书店的老店主\n葛昆山\n" + kText, true);
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "街角书店的老店主");
  EXPECT_EQ(a[0].reporters, Names{"葛昆山"});
  ASSERT_EQ(a[0].paragraphs.size(), 2U);
  EXPECT_EQ(a[0].paragraphs[0].substr(0, 9), "又到清");
}

TEST(AuthorLine, APaddedNameUnderTheTitleIsOneName) {
  const auto a = parse_june_21("街角书店的老店主\n吴　越\n" + kText, true);
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].title, "街角书店的老店主");
  EXPECT_EQ(a[0].reporters, Names{"吴越"});
}

TEST(AuthorLine, AMarkedNameOfTwoCharactersUnderTheTitleIsItsAuthor) {
  const auto a = parse_june_21("春天的茶\n◆  朱光\n" + kText, true);
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].title, "春天的茶");
  EXPECT_EQ(a[0].reporters, Names{"朱光"});
}

// A word of two characters opening with a surname's character (童, 黄, 周)
// is a short title under its kicker, unmarked and unpadded.
TEST(AuthorLine, AnUnmarkedWordOfTwoCharactersStaysInTheHeading) {
  for (const char* word : {"童年", "黄河", "周末"}) {
    const auto a = parse_june_21(std::string("老城厢的烟火气\n") + word + "\n" + kText, true);
    ASSERT_EQ(a.size(), 1U) << word;
    EXPECT_TRUE(a[0].reporters.empty()) << word;
    EXPECT_NE((a[0].kicker + a[0].title).find(word), std::string::npos) << word;
  }
}

// A marked label (◆新闻链接, ●专家提醒) or a marked pen name opening with no
// common surname (◆采薇) is no author.
TEST(AuthorLine, AMarkedLabelOrUnknownNameIsNoAuthor) {
  for (const char* line : {"◆新闻链接", "●专家提醒", "◆  采薇"}) {
    const auto a = parse_june_21(std::string("春天的茶\n") + line + "\n" + kText, true);
    ASSERT_EQ(a.size(), 1U) << line;
    EXPECT_TRUE(a[0].reporters.empty()) << line;
  }
}

TEST(AuthorLine, ANameOverABlankLineIsNoAuthorLine) {
  // The name's line must run straight on into the text: over a blank line a
  // short line is a heading of its own (a title under its kicker).
  const auto a = parse_june_21("街角书店的老店主\n葛昆山\n\n" + kText);
  ASSERT_FALSE(a.empty());
  EXPECT_TRUE(a[0].reporters.empty());
  EXPECT_NE((a[0].kicker + a[0].title).find("葛昆山"), std::string::npos);
}

TEST(AuthorLine, OnAPrintedPageTheAuthorLineOpensNoArticle) {
  const auto a = parse_june_21(
      "本报讯 6月20日，某某社区举办了邻里节，三百多位居民参加。（王刚）\n\n"
      "街角书店的老店主\n葛昆山\n" +
      kText);
  ASSERT_EQ(a.size(), 2U);
  EXPECT_EQ(a[1].title, "街角书店的老店主");
  EXPECT_EQ(a[1].reporters, Names{"葛昆山"});
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
