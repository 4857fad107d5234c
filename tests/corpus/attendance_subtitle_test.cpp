// SPDX-License-Identifier: MIT
// Two heading lines where the second names the leaders who attended,
// presided or spoke (issue 11, session 20), in text of our own: the first
// is the event's title and the second its subtitle, even where the first
// would read as a kicker (纪念…, a statement over a shorter line). A line
// naming a speech (…的讲话) under who published it is still a title under
// its kicker.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(AttendanceSubtitle, WhoAttendedOrSpokeIsTheSubtitle) {
  const auto a = parse_june_21(
      "纪念临河建城八百周年座谈会在南城举行\n"
      "王建国出席并讲话\n"
      "　　座谈会回顾了临河八百年的建城历史。\n"
      "\n"
      "第三届临河湖论坛举行欢迎晚宴\n"
      "李卫东致辞\n"
      "　　来自十多个国家的嘉宾出席晚宴。\n"
      "\n"
      "市人大代表分组审议政府工作报告\n"
      "张明远参加审议\n"
      "　　代表们围绕稳就业、促消费提出意见建议。\n");
  expect_page_articles(
      a,
      {
          {"",
           "纪念临河建城八百周年座谈会在南城举行",
           "王建国出席并讲话",
           "",
           {},
           {},
           1,
           "座谈会回顾了临河八百年的建城历史。"},
          {"", "第三届临河湖论坛举行欢迎晚宴", "李卫东致辞", "", {}, {}, 1, "来自十多个国家的嘉宾出席晚宴。"},
          {"",
           "市人大代表分组审议政府工作报告",
           "张明远参加审议",
           "",
           {},
           {},
           1,
           "代表们围绕稳就业、促消费提出意见建议。"},
      });
}

TEST(AttendanceSubtitle, ASpeechUnderWhoPublishedItIsStillTheTitle) {
  const auto a = parse_june_21(
      "《临河工作》杂志发表市委书记重要文章\n"
      "在全市乡村振兴推进会上的讲话\n"
      "　　文章强调，要把乡村振兴作为全市工作的重中之重。\n"
      "\n"
      "南城区老街巷改造完工\n"
      "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n"
      "\n"
      "临河湖环湖步道全线贯通\n"
      "　　本报临河6月20日电  临河湖环湖步道今天全线贯通。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "《临河工作》杂志发表市委书记重要文章");
  EXPECT_EQ(a[0].title, "在全市乡村振兴推进会上的讲话");
  EXPECT_EQ(a[0].subtitle, "");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
