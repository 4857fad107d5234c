// SPDX-License-Identifier: MIT
// On a page that indents its paragraphs, an indented line opens a paragraph:
// a feature's cross-heads and a speaker's name line stay paragraphs of their
// own, while a line the layout cut (set flush left) still joins its sentence.
// Fixture text written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "june_page.h"

namespace kanbao::corpus {
namespace {

using testing_util::expect_page_articles;
using testing_util::parse_june_21;

TEST(IndentedParagraphs, CrossHeadsAndSpeakersStandAlone) {
  const auto a = parse_june_21(
      "社区里的春节晚会\n"
      "\n"
      "　　本报记者 王刚\n"
      "\n"
      "　　除夕前一周，社区礼堂里坐满了排练的居民。\n"
      "　　一台晚会连着四代人\n"
      "　　最年长的演员八十六岁，最小的只有五岁，他们排了一个多月。\n"
      "　　李　平（社区合唱团团长）\n"
      "　　大家白天上班，晚上来排练，谁也没有\n"
      "缺过一次。\n"
      "　　节目单贴在礼堂门口，居民们天天来看。\n");
  expect_page_articles(
      a, {{"", "社区里的春节晚会", "", "", {"王刚"}, {}, 6, "除夕前一周，社区礼堂里坐满了排练的居民。"}});
  EXPECT_EQ(a[0].paragraphs[1], "一台晚会连着四代人");
  EXPECT_EQ(a[0].paragraphs[2], "最年长的演员八十六岁，最小的只有五岁，他们排了一个多月。");
  EXPECT_EQ(a[0].paragraphs[3], "李　平（社区合唱团团长）");
  // The layout cut this sentence; its second half, flush left, joins it.
  EXPECT_EQ(a[0].paragraphs[4], "大家白天上班，晚上来排练，谁也没有缺过一次。");
  EXPECT_EQ(a[0].paragraphs[5], "节目单贴在礼堂门口，居民们天天来看。");
}

// ■ heads inside an indented story - no full stop, text above and under
// them - are the story's cross-heads, and the line announcing them (…——)
// its text: one article, not one a head.
TEST(IndentedParagraphs, MarkedCrossHeadsStayInTheirStory) {
  const auto a = parse_june_21(
      "今年全市惠民实事的三个看点\n"
      "　　一年一度的惠民实事项目近日公布，共十项。\n"
      "　　市政府有关负责人介绍，今年的实事项目有以下三个看点——\n"
      "　　■ 看点一：老年助餐覆盖所有街道\n"
      "　　全市将新建社区食堂六十家，每个街道至少一家。\n"
      "　　■ 看点二：口袋公园再添一百个\n"
      "　　新建的口袋公园都在居民步行十分钟范围内。\n"
      "　　■ 看点三：公交线路夜间加密\n"
      "　　二十条公交线路的末班车将推迟到晚十一点。\n"
      "\n"
      "新学期中小学开设劳动课\n"
      "　　6月20日，市教育局公布了新学期课程安排。\n");
  expect_page_articles(
      a, {{"", "今年全市惠民实事的三个看点", "", "", {}, {}, 8, "一年一度的惠民实事项目近日公布，共十项。"},
          {"",
           "新学期中小学开设劳动课",
           "",
           "2023-06-20",
           {},
           {},
           1,
           "6月20日，市教育局公布了新学期课程安排。"}});
  EXPECT_EQ(a[0].paragraphs[1], "市政府有关负责人介绍，今年的实事项目有以下三个看点——");
  EXPECT_EQ(a[0].paragraphs[2], "■ 看点一：老年助餐覆盖所有街道");
  EXPECT_EQ(a[0].paragraphs[6], "■ 看点三：公交线路夜间加密");
}

}  // namespace
}  // namespace kanbao::corpus
