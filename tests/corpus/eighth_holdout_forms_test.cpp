// SPDX-License-Identifier: MIT
// Two heading lines over an article, as an eighth round on whole printed
// pages of a national daily showed them (issue 11, session 17), in text of
// our own. The first line is the kicker when the second carries the name of
// the series or campaign it runs under, too long for a column's name
// (…（聚焦基层社会治理创新实践）); when it says on what occasion (就…周年); when it
// names the press conference the title reports from (…召开新闻发布会); or
// when it is a figure and its unit alone (3.5万公里), or a slogan of two
// phrases matched in length over a statement hardly longer than itself.
// A title carrying such a name keeps its subtitle, a note of date and
// place under a speech's title stays its subtitle, and so does the long
// statement under a slogan (the city paper's title and subtitle). A second
// line with no subject of its own (为…, 向…, 在…) has its subject in the
// kicker above, unless it gives figures. A column's name in ASCII brackets
// closing the second line ("…(逐梦小康)") counts as one in full-width ones.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(EighthHoldOutForms, ATitleCarryingItsCampaignsNameHasTheKickerAbove) {
  const auto a = parse_june_21(
      "临河市推行社区议事会制度\n"
      "小事不出门 大事有商量（聚焦基层社会治理创新实践）\n"
      "　　临河市在全市社区推行议事会制度，居民的事由居民商量着办。\n"
      "　　议事会每月召开一次。\n"
      "\n"
      "南城区充实社区服务力量（聚焦基层社会治理创新实践）\n"
      "全区社区实行错峰服务\n"
      "　　南城区为各社区增配服务人员，窗口午间不停办。\n");
  expect_page_articles(a, {
                              {"临河市推行社区议事会制度",
                               "小事不出门 大事有商量（聚焦基层社会治理创新实践）",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "临河市在全市社区推行议事会制度，居民的事由居民商量着办。"},
                              {"",
                               "南城区充实社区服务力量（聚焦基层社会治理创新实践）",
                               "全区社区实行错峰服务",
                               "",
                               {},
                               {},
                               1,
                               "南城区为各社区增配服务人员，窗口午间不停办。"},
                          });
}

TEST(EighthHoldOutForms, ANoteOfDateAndPlaceUnderASpeechStaysItsSubtitle) {
  const auto a = parse_june_21(
      "在全市劳动模范表彰大会上的讲话\n"
      "（2023年6月20日，临河）\n"
      "　　同志们：今天我们在这里隆重集会，表彰全市劳动模范。\n"
      "　　让我们向劳动模范致以崇高的敬意。\n");
  expect_page_articles(a, {
                              {"",
                               "在全市劳动模范表彰大会上的讲话",
                               "（2023年6月20日，临河）",
                               "",
                               {},
                               {},
                               2,
                               "同志们：今天我们在这里隆重集会，表彰全市劳动模范。"},
                          });
}

TEST(EighthHoldOutForms, AnOccasionAPressConferenceOrAFigureAloneIsAKicker) {
  const auto a = parse_june_21(
      "就两市缔结友好城市30周年\n"
      "临河市长同远山市长互致贺信\n"
      "　　临河市市长和远山市市长互致贺信，祝贺两市缔结友好城市三十周年。\n"
      "\n"
      "市卫健委召开新闻发布会\n"
      "夏季传染病防控进入关键期\n"
      "　　市卫健委今天召开新闻发布会，介绍夏季传染病防控工作。\n"
      "\n"
      "1.2万公里\n"
      "全市农村公路通达每个村\n"
      "　　全市农村公路总里程达到一万二千公里，每个行政村都通了硬化路。\n");
  expect_page_articles(a, {
                              {"就两市缔结友好城市30周年",
                               "临河市长同远山市长互致贺信",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河市市长和远山市市长互致贺信，祝贺两市缔结友好城市三十周年。"},
                              {"市卫健委召开新闻发布会",
                               "夏季传染病防控进入关键期",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "市卫健委今天召开新闻发布会，介绍夏季传染病防控工作。"},
                              {"1.2万公里",
                               "全市农村公路通达每个村",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "全市农村公路总里程达到一万二千公里，每个行政村都通了硬化路。"},
                          });
}

TEST(EighthHoldOutForms, ASloganOverAStatementHardlyLongerIsAKicker) {
  const auto a = parse_june_21(
      "普及防汛知识 培训自救技能\n"
      "临河社区培训五百名应急志愿者\n"
      "　　临河社区连续三个周末举办防汛培训，五百名志愿者结业。\n"
      "\n"
      "凝心聚力谋发展 实干笃行开新局\n"
      "南城区召开年中经济形势分析会暨重点项目推进会\n"
      "　　南城区召开年中经济形势分析会，部署下半年重点工作。\n"
      "\n"
      "提升老城区 对外知名度和影响力\n"
      "区领导督导老城文化街区建设工作\n"
      "　　区领导实地督导老城文化街区建设，要求加快施工进度。\n");
  expect_page_articles(a, {
                              {"普及防汛知识 培训自救技能",
                               "临河社区培训五百名应急志愿者",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河社区连续三个周末举办防汛培训，五百名志愿者结业。"},
                              {"",
                               "凝心聚力谋发展 实干笃行开新局",
                               "南城区召开年中经济形势分析会暨重点项目推进会",
                               "",
                               {},
                               {},
                               1,
                               "南城区召开年中经济形势分析会，部署下半年重点工作。"},
                              {"",
                               "提升老城区 对外知名度和影响力",
                               "区领导督导老城文化街区建设工作",
                               "",
                               {},
                               {},
                               1,
                               "区领导实地督导老城文化街区建设，要求加快施工进度。"},
                          });
}

TEST(EighthHoldOutForms, ALineWithoutItsSubjectHasTheKickerAbove) {
  const auto a = parse_june_21(
      "全市各级工会组织\n"
      "向一线劳动者送去夏日清凉\n"
      "　　全市各级工会组织走进工地和车间，为一线劳动者送去防暑用品。\n"
      "\n"
      "市委书记率调研组\n"
      "在南城区调研老旧小区改造\n"
      "　　市委书记率调研组走进南城区三个老旧小区，察看改造进度。\n"
      "\n"
      "全市消协去年受理投诉逾八千件\n"
      "为消费者挽回损失超300万元\n"
      "　　市消协去年受理消费者投诉八千余件，调解成功率九成以上。\n");
  expect_page_articles(a, {
                              {"全市各级工会组织",
                               "向一线劳动者送去夏日清凉",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "全市各级工会组织走进工地和车间，为一线劳动者送去防暑用品。"},
                              {"市委书记率调研组",
                               "在南城区调研老旧小区改造",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "市委书记率调研组走进南城区三个老旧小区，察看改造进度。"},
                              {"",
                               "全市消协去年受理投诉逾八千件",
                               "为消费者挽回损失超300万元",
                               "",
                               {},
                               {},
                               1,
                               "市消协去年受理消费者投诉八千余件，调解成功率九成以上。"},
                          });
}

TEST(EighthHoldOutForms, AColumnsNameInAsciiBracketsMarksTheTitle) {
  const auto a = parse_june_21(
      "从打鱼为生到带客潜水\n"
      "潜水教练的海上新生活(追梦路上)\n"
      "　　曾是渔民的他，如今带着游客潜入海底。\n"
      "　　他说，大海是他的家。\n");
  expect_page_articles(a, {
                              {"从打鱼为生到带客潜水",
                               "潜水教练的海上新生活(追梦路上)",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "曾是渔民的他，如今带着游客潜入海底。"},
                          });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
