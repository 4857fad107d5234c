// SPDX-License-Identifier: MIT
// A page that indents its paragraphs and sets its headings flush left
// (issue 11, session 16), in text of our own: what stands indented as the
// text is and runs on from the story's text with no blank line between - a
// round-up's sub-item under its own sub-head and byline, a column's brief
// under its indented title - is part of that story. The points under a
// pull-quote's mark (核心阅读 ■… ■…) are the pull-quote's, not briefs. A
// flush-left block after a blank line still opens the next article.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(IndentedItems, SubItemsOfARoundUpStayInIt) {
  const auto a = parse_june_21(
      "新年新期待\n"
      "　　新的一年，我们请三位读者谈谈各自的期待。\n"
      "　　社区医生\n"
      "　　看病少跑腿\n"
      "　　本报记者 王 刚\n"
      "　　今年，社区医院开通了线上复诊，老人在家就能续方。\n"
      "　　快递小哥\n"
      "　　送件更顺畅\n"
      "　　本报记者 李 娜\n"
      "　　新建的智能快件箱让他每天少跑十几趟楼。\n"
      "\n"
      "河畔公园开园\n"
      "　　河畔公园今天开园，园内步道长六公里。\n"
      "　　公园设有两处儿童游乐区。\n");
  // (Which of the sub-items' reporters the story credits is not settled
  // here: the split is.)
  ASSERT_EQ(a.size(), 2U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "新年新期待");
  EXPECT_EQ(a[0].subtitle, "");
  EXPECT_EQ(a[0].paragraphs.front(), "新的一年，我们请三位读者谈谈各自的期待。");
  EXPECT_EQ(a[0].first_line, 1);
  EXPECT_EQ(a[0].last_line, 10);
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "河畔公园开园");
  EXPECT_EQ(a[1].subtitle, "");
  EXPECT_EQ(a[1].paragraphs.size(), 2U);
}

TEST(IndentedItems, BriefsUnderIndentedTitlesStayInTheirColumn) {
  const auto a = parse_june_21(
      "科技快讯\n"
      "　　本报电 本市首条无人驾驶公交线路近日开通试运行。\n"
      "　　（王 刚）\n"
      "　　新一代气象卫星投入使用\n"
      "　　本报电 新一代气象卫星日前正式投入业务使用，预报更准更快。\n"
      "　　（李 娜）\n"
      "\n"
      "城市书房夜间开放\n"
      "　　十家城市书房从本周起开放到晚上十点。\n"
      "　　读者可刷身份证入馆。\n");
  ASSERT_EQ(a.size(), 2U);
  EXPECT_EQ(a[0].title, "科技快讯");
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].subtitle, "");
  EXPECT_EQ(a[0].first_line, 1);
  EXPECT_EQ(a[0].last_line, 6);
  EXPECT_EQ(a[1].title, "城市书房夜间开放");
  EXPECT_EQ(a[1].paragraphs.size(), 2U);
}

TEST(IndentedItems, PullQuotePointsAreNoBriefs) {
  const auto a = parse_june_21(
      "让老街留住乡愁\n"
      "　　核心阅读\n"
      "　　■老街改造先问居民，方案五易其稿。\n"
      "　　■修旧如旧，三十多处木构件用老办法修补。\n"
      "　　老街长八百米，两旁是百年以上的老房子。\n"
      "　　如今，老街每天接待游客上万人次。\n");
  expect_page_articles(a, {
                              {"", "让老街留住乡愁", "", "", {}, {}, 5, "核心阅读"},
                          });
}

// Summary points straight under the heading block, with no pull-quote's
// mark (人民日报 prints them so, session 19): the story's, not briefs. A
// news-brief column's items, with nothing but more items under them, stay
// briefs.
TEST(IndentedItems, SummaryPointsUnderTheTitleAreNoBriefs) {
  const auto a = parse_june_21(
      "老城区三条道路完成改造\n"
      "　　本报临河6月20日电  老城区三条道路的改造全部完工。\n"
      "\n"
      "临河铁路今年完成九成桥隧工程\n"
      "山城从“路锁”走向“路联”\n"
      "　　■临河铁路是全省首条按国铁标准建设的地方铁路。\n"
      "　　■据不完全统计，铁路建设已带动沿线就业两万人。\n"
      "　　突破重山封锁，山城的交通从此不一样了。\n"
      "　　铁路建设直接拉动当地建材和运输业。\n"
      "\n"
      "南城区老街巷改造完工\n"
      "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[1].kicker, "临河铁路今年完成九成桥隧工程");
  EXPECT_EQ(a[1].title, "山城从“路锁”走向“路联”");
  EXPECT_EQ(a[1].paragraphs.size(), 4U);
  EXPECT_EQ(a[1].paragraphs.front(), "■临河铁路是全省首条按国铁标准建设的地方铁路。");
  EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
}

// Summary points over the story's dateline (session 21): the story's
// still, and the lead under them opens no article of its own.
TEST(IndentedItems, SummaryPointsOverTheLeadAreNoBriefs) {
  const auto a = parse_june_21(
      "老城区三条道路完成改造\n"
      "　　本报临河6月20日电  老城区三条道路的改造全部完工。\n"
      "\n"
      "临河市委全会召开\n"
      "全面推进城乡融合发展\n"
      "　　■ 要把城乡融合发展摆在更加突出的位置，统筹推进新型城镇化和乡村振兴。\n"
      "　　■ 要坚持以人民为中心，让改革发展成果更多惠及全市群众。\n"
      "　　本报临河6月20日电  （记者王刚）临河市委全会今天召开。\n"
      "　　全会听取和讨论了市委常委会的工作报告。\n"
      "\n"
      "南城区老街巷改造完工\n"
      "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[1].kicker, "临河市委全会召开");
  EXPECT_EQ(a[1].title, "全面推进城乡融合发展");
  EXPECT_EQ(a[1].reporters, Names{"王刚"});
  EXPECT_EQ(date_of(a[1]), "2023-06-20");
  EXPECT_EQ(a[1].paragraphs.size(), 4U);
  EXPECT_EQ(a[1].paragraphs.front(), "■ 要把城乡融合发展摆在更加突出的位置，统筹推进新型城镇化和乡村振兴。");
  EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
}

// A subtitle set flush left between the title and the indented text,
// summing up a meeting in sentences too long for a heading's shape
// (session 21): the block's subtitle, and the block opens the article;
// a line that long is never its title.
constexpr std::string_view kLongSubtitle =
    "强调坚持以人民为中心，把城乡融合发展摆在更加突出的位置，既要加快新型城镇化步伐，也要全面推进乡村振兴，让"
    "改革发"
    "展成果更多更公平惠及全市人民 "
    "部署下半年重点工作，要求各级各部门真抓实干、奋勇争先，确保全年目标任务圆满完成";

std::vector<Article> page_with_long_subtitle(std::string_view title) {
  return parse_june_21(
      "老城区三条道路完成改造\n"
      "　　本报临河6月20日电  老城区三条道路的改造全部完工。\n"
      "　　改造后的道路更宽了，沿街还增设了停车位。\n"
      "\n" +
      std::string(title) + "\n" + std::string(kLongSubtitle) +
      "\n"
      "　　■ "
      "要把城乡融合发展摆在更加突出的位置，统筹推进新型城镇化和乡村振兴，加快补齐农村基础设施和公共服务短板\n"
      "　　■ 要坚持以人民为中心，把群众急难愁盼的问题解决好，让改革发展成果更多惠及全市群众\n"
      "　　本报临河6月20日电  （记者王刚）临河市委常委会今天召开会议。\n"
      "　　会议听取和讨论了有关工作汇报。\n"
      "　　会议还研究了其他事项。\n"
      "\n"
      "南城区老街巷改造完工\n"
      "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n");
}

TEST(IndentedItems, ASubtitleSetFlushLeftInSentencesHeadsTheStory) {
  for (std::string_view title : {"临河市委常委会召开会议", "临河市市长在第5届城乡融合发展大会上致辞"}) {
    SCOPED_TRACE(std::string(title));
    const auto a = page_with_long_subtitle(title);
    ASSERT_EQ(a.size(), 3U);
    EXPECT_EQ(a[0].paragraphs.size(), 2U);
    EXPECT_EQ(a[1].kicker, "");
    EXPECT_EQ(a[1].title, title);
    EXPECT_EQ(a[1].subtitle, kLongSubtitle);
    EXPECT_EQ(a[1].reporters, Names{"王刚"});
    EXPECT_EQ(date_of(a[1]), "2023-06-20");
    EXPECT_EQ(a[1].paragraphs.size(), 5U);
    EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
  }
}

TEST(IndentedItems, ABriefColumnsItemsStayBriefs) {
  const auto a = parse_june_21(
      "老城区三条道路完成改造\n"
      "　　本报临河6月20日电  老城区三条道路的改造全部完工。\n"
      "\n"
      "本市简讯\n"
      "　　■本报讯  市图书馆新馆下月开放，藏书将达两百万册。\n"
      "　　■本报讯  临河第二座跨河大桥昨日合龙。\n"
      "\n"
      "南城区老街巷改造完工\n"
      "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n");
  ASSERT_EQ(a.size(), 4U);
  EXPECT_EQ(a[1].title, "本市简讯");
  ASSERT_FALSE(a[2].paragraphs.empty());
  EXPECT_NE(a[2].paragraphs.front().find("临河第二座跨河大桥昨日合龙。"), std::string::npos);
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
