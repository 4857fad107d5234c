// SPDX-License-Identifier: MIT
// A speech or a document printed whole under its title, with the day it
// was given in brackets on the line below ("在…大会上的讲话" /
// "（2020年5月27日）"), as 人民日报 prints them (issue 11, session 19), in
// text of our own. The bracketed date has the shape of the page's date
// line, which is furniture; under a heading it belongs to the block, so the
// speech opens an article of its own instead of running on in the story
// above it.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

constexpr std::string_view kStoryAbove =
    "临河市召开劳动模范表彰大会\n"
    "　　本报临河6月20日电  临河市劳动模范表彰大会今天上午举行。\n"
    "　　大会表彰了一百名劳动模范和二十个先进集体。\n"
    "\n";

constexpr std::string_view kStoryBelow =
    "\n"
    "南城区老街巷改造完工\n"
    "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n"
    "　　改造后的街巷干净整洁，沿街商铺生意也好了。\n";

std::vector<Article> page_with_speech(std::string_view speech) {
  return parse_june_21(std::string(kStoryAbove) + std::string(speech) + std::string(kStoryBelow));
}

TEST(SpeechDate, ASpeechUnderItsDateInFiguresOpensAnArticleOfItsOwn) {
  const auto a = page_with_speech(
      "在全市劳动模范表彰大会上的讲话\n"
      "（2023年6月20日）\n"
      "　　同志们，朋友们：\n"
      "　　今天我们在这里隆重集会，表彰全市劳动模范和先进集体。\n"
      "　　让我们向劳动模范致以崇高的敬意。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].title, "临河市召开劳动模范表彰大会");
  EXPECT_EQ(a[0].paragraphs.size(), 2U);
  EXPECT_EQ(a[1].title, "在全市劳动模范表彰大会上的讲话");
  EXPECT_EQ(a[1].kicker, "");
  // Nothing dropped: the date stays with the speech.
  ASSERT_FALSE(a[1].paragraphs.empty());
  EXPECT_EQ(a[1].paragraphs.front(), "（2023年6月20日）");
  EXPECT_EQ(a[1].paragraphs.back(), "让我们向劳动模范致以崇高的敬意。");
  EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
}

TEST(SpeechDate, ADocumentUnderItsDateOpensAnArticleOfItsOwn) {
  const auto a = page_with_speech(
      "临河市关于加快老旧小区改造的实施意见\n"
      "（2023年6月18日）\n"
      "　　为加快推进老旧小区改造，改善居民居住条件，提出如下意见。\n"
      "　　一、总体要求。坚持以人民为中心，分类推进改造。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[1].title, "临河市关于加快老旧小区改造的实施意见");
  EXPECT_EQ(a[1].kicker, "");
  ASSERT_FALSE(a[1].paragraphs.empty());
  EXPECT_EQ(a[1].paragraphs.front(), "（2023年6月18日）");
  EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
}

// The speech's salutation set flush left over its indented text (session
// 20), as 人民日报 prints it: still the text under the heading block.
TEST(SpeechDate, ASalutationFlushLeftOpensTheSpeechsText) {
  const auto a = page_with_speech(
      "在全市劳动模范表彰大会上的讲话\n"
      "（2023年6月20日）\n"
      "各位代表，同志们：\n"
      "　　今天我们在这里隆重集会，表彰全市劳动模范和先进集体。\n"
      "　　让我们向劳动模范致以崇高的敬意。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].paragraphs.size(), 2U);
  EXPECT_EQ(a[1].title, "在全市劳动模范表彰大会上的讲话");
  ASSERT_EQ(a[1].paragraphs.size(), 4U);
  EXPECT_EQ(a[1].paragraphs[1], "各位代表，同志们：");
}

// A salutation over several lines, each greeting one party and closed by a
// comma, the last by a colon (session 21): the text under the block still.
TEST(SpeechDate, ASalutationOverSeveralLinesOpensTheSpeechsText) {
  const auto a = page_with_speech(
      "在临河国际茶博会开幕式上的致辞\n"
      "（2023年6月20日）\n"
      "尊敬的远山市市长先生，\n"
      "尊敬的各位来宾，\n"
      "女士们，先生们，朋友们：\n"
      "　　很高兴同大家相聚在美丽的临河，共赴一年一度的茶叶盛会。\n"
      "　　祝本届茶博会圆满成功！\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].paragraphs.size(), 2U);
  EXPECT_EQ(a[1].title, "在临河国际茶博会开幕式上的致辞");
  EXPECT_EQ(a[1].kicker, "");
  // (Its lines are one paragraph: a line closed by a comma runs on.)
  ASSERT_EQ(a[1].paragraphs.size(), 4U);
  EXPECT_EQ(a[1].paragraphs[1], "尊敬的远山市市长先生，尊敬的各位来宾，女士们，先生们，朋友们：");
  EXPECT_EQ(a[1].paragraphs.back(), "祝本届茶博会圆满成功！");
  EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
}

// The date with the place where the speech was given
// ("（2023年6月20日，临河）", session 21): a line of the heading block, its
// subtitle, also over a salutation set flush left.
TEST(SpeechDate, ADateWithItsPlaceUnderTheTitleIsTheSpeechs) {
  const auto a = page_with_speech(
      "在临河国际茶博会开幕式上的致辞\n"
      "（2023年6月20日，临河会展中心）\n"
      "各位来宾，朋友们：\n"
      "　　很高兴同大家相聚在美丽的临河，共赴一年一度的茶叶盛会。\n"
      "　　祝本届茶博会圆满成功！\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].paragraphs.size(), 2U);
  EXPECT_EQ(a[1].title, "在临河国际茶博会开幕式上的致辞");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].subtitle, "（2023年6月20日，临河会展中心）");
  ASSERT_EQ(a[1].paragraphs.size(), 3U);
  EXPECT_EQ(a[1].paragraphs.front(), "各位来宾，朋友们：");
  EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
}

// A date line standing alone, under no heading, or set apart from the
// heading by a blank line, or a date bar with its weekday, is still the
// page's furniture.
TEST(SpeechDate, ADateLineNotStraightUnderAHeadingStaysFurniture) {
  const auto a = parse_june_21(
      "（2023年6月21日）\n"
      "\n" +
      std::string(kStoryAbove) +
      "春季运动会开幕\n"
      "\n"
      "（2023年6月20日）\n"
      "\n"
      "临河日报\n"
      "（2023年6月21日 星期三）\n" +
      std::string(kStoryBelow));
  for (const auto& article : a) {
    for (const std::string& paragraph : article.paragraphs) {
      EXPECT_EQ(paragraph.find("2023年6月21日"), std::string::npos) << paragraph;
      EXPECT_EQ(paragraph.find("2023年6月20日）"), std::string::npos) << paragraph;
    }
  }
  ASSERT_GE(a.size(), 2U);
  EXPECT_EQ(a[0].title, "临河市召开劳动模范表彰大会");
  EXPECT_EQ(a.back().title, "南城区老街巷改造完工");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
