// SPDX-License-Identifier: MIT
// A story's points marked ◆ that open with a date, or marked ▲ (issue 11,
// session 21), in text of our own: on a page that indents its paragraphs,
// such a point runs on from the story's indented text with no blank line
// between, and is one of the story's paragraphs, not a brief of its own,
// also after the story's undated points.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(DatedPoints, AStorysDatedPointsUnderItsTextAreItsParagraphs) {
  const auto a = parse_june_21(
      "临河治水十年记\n"
      "　　十年来，临河市把治水作为头等大事，一张蓝图干到底。\n"
      "　　记者走访沿河各区，记下几个节点。\n"
      "　　节点一：清淤。\n"
      "　　◆清淤是治水的第一步，河道淤积多年，行洪断面缩小了近一半，每逢汛期沿岸低洼地带都要受淹。\n"
      "　　◆3月5日，河道清淤工程在上游开工，施工队伍分段作业，清出淤泥二十万立方米，沿岸居民纷纷前来观看，不"
      "少老人说这是他们多年来第一次见到河底。\n"
      "　　◆4月12日，中游两座泵站改造完成，汛期排涝能力比过去提高一倍，周边低洼小区告别了积水之苦，居民们再也"
      "不用在雨天搬着沙袋守在家门口了。\n"
      "　　节点二：护岸。\n"
      "　　◆5月20日，下游生态护岸全线贯通，新栽柳树三千株，河边步道成为市民散步的好去处，每到傍晚，跑步和遛弯"
      "的人络绎不绝，十分热闹。\n"
      "\n"
      "南城区新建口袋公园六座\n"
      "　　南城区今年新建的六座口袋公园日前全部开放。\n");
  expect_page_articles(
      a, {
             {"", "临河治水十年记", "", "", {}, {}, 8, "十年来，临河市把治水作为头等大事，一张蓝图干到底。"},
             {"", "南城区新建口袋公园六座", "", "", {}, {}, 1, "南城区今年新建的六座口袋公园日前全部开放。"},
         });
  EXPECT_EQ(a[0].paragraphs[4],
            "◆3月5日，河道清淤工程在上游开工，施工队伍分段作业，清出淤泥二十万立方米，沿岸居民纷纷前来观看，"
            "不少老人说这是他们多年来第一次见到河底。");
}

// Tips marked ▲ under a notice's lead (session 21): the notice's paragraphs.
TEST(DatedPoints, ANoticesTipsMarkedWithATriangleAreItsParagraphs) {
  const auto a = parse_june_21(
      "节日期间要消除消防安全隐患\n"
      "　　节日将至，家庭用火用电增多。\n"
      "　　对此，市消防支队提醒市民：\n"
      "　　▲不要在楼道和消防通道堆放杂物，保持通道畅通。\n"
      "　　▲外出时要关闭家中电源和燃气阀门。\n"
      "　　▲家中一旦起火，要保持冷静，及时拨打119报警。\n"
      "\n"
      "南城区新建口袋公园六座\n"
      "　　南城区今年新建的六座口袋公园日前全部开放。\n"
      "　　公园里设置了健身步道和儿童游乐设施。\n");
  ASSERT_EQ(a.size(), 2U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "节日期间要消除消防安全隐患");
  ASSERT_EQ(a[0].paragraphs.size(), 5U);
  EXPECT_EQ(a[0].paragraphs[2], "▲不要在楼道和消防通道堆放杂物，保持通道畅通。");
  EXPECT_EQ(a[0].paragraphs.back(), "▲家中一旦起火，要保持冷静，及时拨打119报警。");
  EXPECT_EQ(a[1].title, "南城区新建口袋公园六座");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
