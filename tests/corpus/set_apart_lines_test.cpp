// SPDX-License-Identifier: MIT
// Lines set apart in an article's text (issue 11): on a page that indents
// its paragraphs, a flush-left line after a blank line (a box's title over
// its deck, a heading no opening found) is no paragraph the layout cut, so
// the line under it does not continue it. Invented text in the shape of a
// national daily's page: a figure box's heading block under a story, its
// summary figures, then the box's own dateline.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/split.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

using testing_util::kIndent;

TEST(SetApartLines, FlushLeftLineAfterBlankTakesNoLineUnderIt) {
  const std::string text =
      "城市公园假期游人如织\n" + kIndent +
      "本报杭州2月11日电  （记者王刚）大年初一2.1万人次、大年初二3.4万人次……湖滨公园春节假期游人如织。\n" +
      kIndent + "春节期间，公园举办的灯会和花展吸引了大量游客。据统计，七天共接待游客18万人次。\n" + "\n" +
      "春节假期全市景区客流创新高\n" + "文旅消费双丰收\n" + kIndent + "560万人次\n" + kIndent +
      "今年春节假期全市景区共接待游客560万人次，较去年同期增长一成\n" + kIndent + "8.2亿元\n" + kIndent +
      "假期全市文旅消费总额达8.2亿元，创同期新高\n" + kIndent +
      "本报杭州2月11日电  "
      "（记者李娜）记者11日从市文旅局获悉：除夕至大年初六，全市景区共接待游客560万人次。\n" +
      kIndent + "文旅局介绍，今年假期的夜游项目尤其受欢迎。\n";
  std::vector<std::string> warnings;
  const auto a = split_articles(text, warnings, {});
  // (The page reads as one article: which article the box's block heads is
  // not this rule's business; its lines staying apart is.)
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "城市公园假期游人如织");
  EXPECT_EQ(a[0].subtitle, "");
  ASSERT_EQ(a[0].paragraphs.size(), 10u);
  EXPECT_EQ(a[0].paragraphs.front().rfind("本报杭州2月11日电", 0), 0u);
  EXPECT_EQ(a[0].paragraphs[2], "春节假期全市景区客流创新高");
  EXPECT_EQ(a[0].paragraphs[3], "文旅消费双丰收");
  EXPECT_EQ(a[0].paragraphs[4], "560万人次");
}

// A flush-left line cut from an indented paragraph (no blank line above
// it) still continues that paragraph.
TEST(SetApartLines, CutLineUnderIndentedLineStillJoins) {
  const std::string text = "城市公园假期游人如织\n" + kIndent +
                           "本报杭州2月11日电 （记者王刚）春节假期，湖滨公园\n" +
                           "共接待游客18万人次，比去年增加两成。\n" + kIndent +
                           "公园管理处说，灯会将持续到元宵节。\n" + kIndent + "花展则延长到月底。\n";
  std::vector<std::string> warnings;
  const auto a = split_articles(text, warnings, {});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].title, "城市公园假期游人如织");
  ASSERT_EQ(a[0].paragraphs.size(), 3u);
  EXPECT_EQ(a[0].paragraphs.front(),
            "本报杭州2月11日电 （记者王刚）春节假期，湖滨公园共接待游客18万人次，比去年增加两成。");
}

}  // namespace
}  // namespace kanbao::corpus
