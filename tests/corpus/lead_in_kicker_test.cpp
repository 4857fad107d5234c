// SPDX-License-Identifier: MIT
// More first lines that lead into the title under them (issue 11, session
// 19, read off five months of a national daily's two-line headings), in
// text of our own: a list of examples trailing off (…、…、……), who issued a
// document named in full (…印发《规定》), who led a group there (…率领…),
// who published the figures (…公布数据), an event of a tournament
// (…女子单打). A document's long summary under its title stays a subtitle.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(LeadInKicker, ListsDocumentsLeadersAndEventsLeadIntoTheTitle) {
  const auto a = parse_june_21(
      "听有声书、云端看展、上网络公开课……\n"
      "居家时光，这样充电\n"
      "　　假期里，不少市民在家通过网络学习充电。\n"
      "\n"
      "市人社局印发《事业单位人员培训规定》\n"
      "全市事业单位人员每年参训不少于九十学时\n"
      "　　规定明确了回避的范围和程序。\n"
      "\n"
      "副市长率领市指导组\n"
      "赴南城区检查复工复产\n"
      "　　指导组一行走访了十家企业。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "听有声书、云端看展、上网络公开课……");
  EXPECT_EQ(a[0].title, "居家时光，这样充电");
  EXPECT_EQ(a[1].kicker, "市人社局印发《事业单位人员培训规定》");
  EXPECT_EQ(a[1].title, "全市事业单位人员每年参训不少于九十学时");
  EXPECT_EQ(a[2].kicker, "副市长率领市指导组");
  EXPECT_EQ(a[2].title, "赴南城区检查复工复产");
}

TEST(LeadInKicker, FiguresPublishedAndAnEventLeadIntoTheTitle) {
  const auto a = parse_june_21(
      "市统计局公布数据\n"
      "去年规上工业利润增长一成\n"
      "　　市统计局昨日公布了去年的工业数据。\n"
      "\n"
      "临河网球公开赛女子单打\n"
      "本市十七岁小将连胜两轮晋级女单八强\n"
      "　　本市小将以二比零战胜对手。\n"
      "\n"
      "市政府印发《老城区改造实施方案》\n"
      "经过三年左右时间，老城区基本完成由零星修补向整片更新的转变，街巷整洁，管网更新，居民住得更舒心\n"
      "　　方案提出了老城区改造的目标和任务。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "市统计局公布数据");
  EXPECT_EQ(a[0].title, "去年规上工业利润增长一成");
  EXPECT_EQ(a[1].kicker, "临河网球公开赛女子单打");
  EXPECT_EQ(a[1].title, "本市十七岁小将连胜两轮晋级女单八强");
  EXPECT_EQ(a[2].kicker, "");
  EXPECT_EQ(a[2].title, "市政府印发《老城区改造实施方案》");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
