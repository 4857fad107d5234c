// SPDX-License-Identifier: MIT
// Two heading lines that are both clauses with a comma, or a second line
// that exclaims (issue 11, session 20), in text of our own: the first tells
// the news at length and is the kicker, the second sums it up as a title.
// A title closed by its column's name keeps the summary under it.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(ClauseKicker, ClausesOverClausesOrAnExclamationIsTheTitle) {
  const auto a = parse_june_21(
      "三家企业违规排污，造成河道污染，被立案查处\n"
      "守住一河清水，不容半点懈怠\n"
      "　　市生态环境局通报，三家企业违规排污已被立案查处。\n"
      "\n"
      "多个部门联合开展排查、畅通举报渠道\n"
      "违规占用消防通道，坚决整治！\n"
      "　　市消防救援支队联合多个部门开展消防通道专项整治。\n"
      "\n"
      "办好一场赛，带火一座城（体育观察）\n"
      "临河连续三年举办国际马拉松赛，体育产业发展有了新抓手\n"
      "　　今年的临河国际马拉松赛吸引了三万名选手参赛。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "三家企业违规排污，造成河道污染，被立案查处");
  EXPECT_EQ(a[0].title, "守住一河清水，不容半点懈怠");
  EXPECT_EQ(a[1].kicker, "多个部门联合开展排查、畅通举报渠道");
  EXPECT_EQ(a[1].title, "违规占用消防通道，坚决整治！");
  EXPECT_EQ(a[2].kicker, "");
  EXPECT_EQ(a[2].title, "办好一场赛，带火一座城（体育观察）");
  EXPECT_EQ(a[2].subtitle, "临河连续三年举办国际马拉松赛，体育产业发展有了新抓手");
  for (const Article& article : a) EXPECT_EQ(article.paragraphs.size(), 1U);
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
