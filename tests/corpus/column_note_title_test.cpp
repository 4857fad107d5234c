// SPDX-License-Identifier: MIT
// A title that ends with a question or an exclamation and then its
// column's name in brackets ("“首店经济”，如何延续开门红？（评论员随笔）",
// "致敬负重前行的勇士！（记者手记）"), as 人民日报 prints commentaries and
// sidebars (issue 11, session 19), in text of our own. After a sentence's
// end a name in brackets is a credit ("…。（李晓红）"), which closes a
// paragraph; a column's name credits nobody, and the line is a title.
#include <gtest/gtest.h>

#include <string>

#include "corpus/byline.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

constexpr std::string_view kStoryAbove =
    "老城区三条道路完成改造\n"
    "　　本报临河6月20日电  老城区三条道路的改造全部完工，路面拓宽到十二米。\n"
    "　　施工方说，雨污管道同时换新。\n"
    "\n";

constexpr std::string_view kStoryBelow =
    "\n"
    "南城区老街巷改造完工\n"
    "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n"
    "　　改造后的街巷干净整洁。\n";

TEST(ColumnNoteTitle, AQuestionClosedByItsColumnsNameIsATitle) {
  const auto a = parse_june_21(std::string(kStoryAbove) +
                               "“夜间经济”，如何走得更远？（评论员随笔）\n"
                               "　　夜市开到几点？这个老话题，正在成为不少城市关心的新课题。\n"
                               "　　夜间经济不只意味着延长营业时间。\n" +
                               std::string(kStoryBelow));
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].paragraphs.size(), 2U);
  EXPECT_EQ(a[1].title, "“夜间经济”，如何走得更远？（评论员随笔）");
  EXPECT_TRUE(a[1].reporters.empty());
  EXPECT_EQ(a[1].paragraphs.size(), 2U);
  EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
}

TEST(ColumnNoteTitle, AnExclamationClosedByASidebarsNameIsATitle) {
  const auto a = parse_june_21(std::string(kStoryAbove) +
                               "致敬坚守岗位的护路人！（记者手记）\n"
                               "　　凌晨三点，护路工人还在路上巡查。\n"
                               "　　他们说，路好走了，心里就踏实。\n" +
                               std::string(kStoryBelow));
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[1].title, "致敬坚守岗位的护路人！（记者手记）");
  EXPECT_TRUE(a[1].reporters.empty());
}

// A person's name in brackets after the sentence still credits its brief.
TEST(ColumnNoteTitle, ANameInBracketsAfterASentenceStillCredits) {
  EXPECT_TRUE(find_appended_byline("南城区老街巷改造今天全部完工。（李晓红）").has_value());
  EXPECT_FALSE(find_appended_byline("如何走得更远？（评论员随笔）").has_value());
  EXPECT_FALSE(find_appended_byline("改革再出发。（新论）").has_value());
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
