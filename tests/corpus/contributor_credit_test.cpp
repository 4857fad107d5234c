// SPDX-License-Identifier: MIT
// Credits of reporters who took part in a story, as a national daily and
// its agency print them (issue 11, session 22), in text of our own: names
// closed by 参与采写 in brackets, alone or under their role, and the roles
// printed with a colon in an agency's closing note (执笔记者：, 采写记者：,
// 参与采写：, 参与采写记者：, and 参与记者： after another role's names). A
// bare 记者： labels an interview's questions and stays text; an editor is
// never credited.
#include <gtest/gtest.h>

#include "corpus/byline.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(ContributorCredit, NamesClosedByTheirPart) {
  EXPECT_EQ(reporters_of("（王刚、李娜、陈思远参与采写）"), (Names{"王刚", "李娜", "陈思远"}));
  EXPECT_EQ(reporters_of("（张  强参与采写）"), Names{"张强"});
  EXPECT_EQ(reporters_of("（本报记者王刚、李娜参与采写）"), (Names{"王刚", "李娜"}));
  const auto part = parse_byline("（王刚参与采写）");
  ASSERT_TRUE(part.has_value());
  EXPECT_FALSE(part->photo_credit);
  // Words that are no names before it credit nobody.
  EXPECT_EQ(reporters_of("（多家媒体参与采写报道的情况）"), Names{"(none)"});
}

TEST(ContributorCredit, RolesWithAColonInAnAgencyNote) {
  const auto lead =
      find_note_byline("（新华社北京6月20日电 执笔记者：王刚、李娜；参与采写：陈思远、张  强）");
  ASSERT_TRUE(lead.has_value());
  EXPECT_EQ(lead->reporters, (Names{"王刚", "李娜", "陈思远", "张强"}));
  const auto after = find_note_byline("（新华社北京6月20日电  记者王刚、李娜  参与采写记者：陈思远、周敏）");
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->reporters, (Names{"王刚", "李娜", "陈思远", "周敏"}));
  const auto joined = find_note_byline("（新华社北京6月20日电  执笔记者：王刚；参与记者：李娜、陈思远）");
  ASSERT_TRUE(joined.has_value());
  EXPECT_EQ(joined->reporters, (Names{"王刚", "李娜", "陈思远"}));
  EXPECT_TRUE(joined->contributors);
  const auto wrote = find_note_byline("（据新华社上海6月20日电  采写记者：赵一鸣、钱二宝）");
  ASSERT_TRUE(wrote.has_value());
  EXPECT_EQ(wrote->reporters, (Names{"赵一鸣", "钱二宝"}));
  // An interview's question under a bare 记者： is no byline, nor an editor's line.
  EXPECT_EQ(reporters_of("记者：是这样吗"), Names{"(none)"});
  EXPECT_EQ(reporters_of("（责任编辑：王刚）"), Names{"(none)"});
}

TEST(ContributorCredit, ClosingLineOfAStory) {
  const auto a = parse_june_21(
      "老街坊的新日子\n"
      "　　社区食堂开张了，老人吃饭不用再跑远路。\n"
      "　　老旧小区加装的电梯投入使用，住在六楼的居民不再发愁。\n"
      "　　（王刚、李娜、陈思远参与采写）\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].reporters, (Names{"王刚", "李娜", "陈思远"}));

  const auto agency = parse_june_21(
      "一路走来看变化\n"
      "　　记者沿着当年的路线，重访了几个村子。\n"
      "　　村里的路修好了，孩子们上学不用再蹚河。\n"
      "　　（新华社北京6月20日电 执笔记者：王刚、李娜；参与采写：陈思远、周敏、赵一鸣）\n");
  ASSERT_EQ(agency.size(), 1U);
  EXPECT_EQ(agency[0].reporters, (Names{"王刚", "李娜", "陈思远", "周敏", "赵一鸣"}));
}

// "记者手记", "记者点评": a column's head under a story, not 记者 and a name.
TEST(ContributorCredit, ReportersColumnHeadCreditsNobody) {
  EXPECT_EQ(reporters_of("记者手记"), Names{"(none)"});
  EXPECT_EQ(reporters_of("记者点评"), Names{"(none)"});
  EXPECT_EQ(reporters_of("【记者观察】"), Names{"(none)"});
  const auto a = parse_june_21(
      "把群众的事放在心上\n"
      "　　本报成都6月20日电  （记者王刚）清晨，社区医生已经出诊了。\n"
      "　　她说，病人信任你，你就不能让他失望。\n"
      "　　记者手记\n"
      "　　履职要扎根实践\n"
      "　　脚下沾了泥，心里才有底。\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].reporters, Names{"王刚"});
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
