// SPDX-License-Identifier: MIT
// Two heading lines that a national paper's rules read as kicker over
// title, set the other way by a city paper (issue 11, 新民晚报): a second
// line that runs on for three clauses is a subtitle, not a title; a first
// line the layout split with a space into parts of unequal length is one
// title, not a slogan over the news. Each with its look-alike that stays a
// kicker over its title. Text of our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/parse.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

std::vector<Article> articles_of(const std::string& text) {
  return testing_util::articles_at("/srv/示例晚报/2026-03-01/05.txt", text);
}

TEST(RunOnSubtitle, ThreeClausesUnderATitleAreItsSubtitle) {
  const std::vector<Article> a = articles_of(
      "雨天出行，三百人忘带雨伞\n"
      "温馨提示：出门前看看天气，记得带上雨伞，路滑慢行\n"
      "　　昨天午后一场急雨，地铁站口的便民伞一小时借出三百把。\n"
      "\n"
      "小区加装电梯，居民出行更方便\n"
      "这也难，那也难，一协商就不难（民生）\n"
      "　　老旧小区加装电梯，难在协商，社区请来调解员逐户听意见。\n"
      "\n"
      "旧书换新绿\n"
      "　　社区图书角开张，居民拿旧书换绿植。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "雨天出行，三百人忘带雨伞");
  EXPECT_EQ(a[0].subtitle, "温馨提示：出门前看看天气，记得带上雨伞，路滑慢行");
  // Three clauses closed by the column's name: a title, under its kicker.
  EXPECT_EQ(a[1].kicker, "小区加装电梯，居民出行更方便");
  EXPECT_EQ(a[1].title, "这也难，那也难，一协商就不难（民生）");
  EXPECT_EQ(a[2].title, "旧书换新绿");
}

TEST(RunOnSubtitle, ATitleSplitUnevenlyByASpaceIsNoSlogan) {
  const std::vector<Article> a = articles_of(
      "这些“烦心事”　在议事会上解决\n"
      "本报“邻里帮”栏目阅读量破3万\n"
      "　　上周起，本报开设“邻里帮”栏目，收集居民的烦心事。\n"
      "\n"
      "守护绿水 共建家园\n"
      "2026年全市护河志愿行动启动\n"
      "　　护河志愿行动昨天启动，首批一千名志愿者上岗。\n"
      "\n"
      "旧书换新绿\n"
      "　　社区图书角开张，居民拿旧书换绿植。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "这些“烦心事” 在议事会上解决");
  EXPECT_EQ(a[0].subtitle, "本报“邻里帮”栏目阅读量破3万");
  // Two phrases of four characters over the news and its figures: a slogan.
  EXPECT_EQ(a[1].kicker, "守护绿水 共建家园");
  EXPECT_EQ(a[1].title, "2026年全市护河志愿行动启动");
  EXPECT_EQ(a[2].title, "旧书换新绿");
}

}  // namespace
}  // namespace kanbao::corpus
