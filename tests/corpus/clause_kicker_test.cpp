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
  expect_headings(a, {
                         {"三家企业违规排污，造成河道污染，被立案查处", "守住一河清水，不容半点懈怠", ""},
                         {"多个部门联合开展排查、畅通举报渠道", "违规占用消防通道，坚决整治！", ""},
                         {"", "办好一场赛，带火一座城（体育观察）",
                          "临河连续三年举办国际马拉松赛，体育产业发展有了新抓手"},
                     });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
