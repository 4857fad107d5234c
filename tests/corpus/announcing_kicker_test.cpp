// SPDX-License-Identifier: MIT
// Two heading lines where the first says who published or said what the
// second states (issue 11, session 19), in text of our own: "…发布上半年
// 经济数据", "…公告披露", "…出台十条举措" over the news is the kicker (each
// title here longer than its kicker, which a statement over a shorter
// catchword would make a kicker anyway). News that something was published ("…成果发布") keeps its
// subtitle, and so does a title closed by its column's note (…（权威发布）).
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(AnnouncingKicker, WhoPublishedOrSaidItIsTheKicker) {
  const auto a = parse_june_21(
      "市统计局发布上半年经济数据\n"
      "上半年全市经济运行稳中向好主要指标好于预期\n"
      "　　市统计局昨天发布数据，上半年全市经济稳中向好。\n"
      "\n"
      "市政府出台十条稳就业举措\n"
      "高校毕业生和农民工就业有了更多更实在的保障\n"
      "　　市政府昨天出台了稳就业的十条举措。\n"
      "\n"
      "市审计局公告披露\n"
      "部分单位违规收费被查处\n"
      "　　市审计局公告，部分单位违规收费已被查处整改。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "市统计局发布上半年经济数据");
  EXPECT_EQ(a[0].title, "上半年全市经济运行稳中向好主要指标好于预期");
  EXPECT_EQ(a[1].kicker, "市政府出台十条稳就业举措");
  EXPECT_EQ(a[1].title, "高校毕业生和农民工就业有了更多更实在的保障");
  EXPECT_EQ(a[2].kicker, "市审计局公告披露");
  EXPECT_EQ(a[2].title, "部分单位违规收费被查处");
}

TEST(AnnouncingKicker, NewsOfAPublicationKeepsItsSubtitle) {
  const auto a = parse_june_21(
      "临河科技论坛成果发布\n"
      "一批科创项目在临河落地\n"
      "　　论坛闭幕式上发布了一批成果。\n"
      "\n"
      "上半年外贸稳中提质（权威发布）\n"
      "民营企业成为带动增长的主要力量\n"
      "　　海关统计，上半年全市外贸进出口稳中提质。\n"
      "\n"
      "南城区老街巷改造完工\n"
      "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "临河科技论坛成果发布");
  EXPECT_EQ(a[0].subtitle, "一批科创项目在临河落地");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "上半年外贸稳中提质（权威发布）");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
