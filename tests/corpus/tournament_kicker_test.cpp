// SPDX-License-Identifier: MIT
// A sports page's two-line headings (issue 11, session 19), in text of our
// own: a tournament's name or leg alone (…团体赛, …争霸赛, …深圳站) or a
// match's state so far (…战罢4盘) over the result is the kicker; the title
// says who won or leads.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(TournamentKicker, ATournamentOrAMatchSoFarOverTheResultIsAKicker) {
  const auto a = parse_june_21(
      "女子象棋冠军对抗赛战罢6盘\n"
      "临河棋手暂时领先\n"
      "　　对抗赛第六盘昨天结束，临河棋手以总比分3.5∶2.5领先。\n"
      "\n"
      "全国乒乓球团体赛\n"
      "临河队三比一战胜上届冠军进入四强\n"
      "　　临河队在四分之一决赛中以3∶1战胜对手。\n"
      "\n"
      "冠军游泳系列赛临河站\n"
      "名将将出战两个单项\n"
      "　　系列赛临河站明天开赛，多名名将报名参赛。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "女子象棋冠军对抗赛战罢6盘");
  EXPECT_EQ(a[0].title, "临河棋手暂时领先");
  EXPECT_EQ(a[1].kicker, "全国乒乓球团体赛");
  EXPECT_EQ(a[1].title, "临河队三比一战胜上届冠军进入四强");
  EXPECT_EQ(a[2].kicker, "冠军游泳系列赛临河站");
  EXPECT_EQ(a[2].title, "名将将出战两个单项");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
