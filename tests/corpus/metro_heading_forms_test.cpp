// SPDX-License-Identifier: MIT
// Heading forms of a city paper's printed pages that the parser, tuned on a
// national daily, misread (issue 11, session 18), in fixtures of our own
// text: a short kicker giving figures over a longer title.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/split.h"

namespace kanbao::corpus {
namespace {

std::vector<Article> parse(const std::string& text) {
  std::vector<std::string> warnings;
  return split_articles(text, warnings, {});
}

// Paragraphs indented by two full-width spaces, headings flush left: the
// layout of a printed page as an e-paper's text gives it.
const std::string kIndent = "\u3000\u3000";

std::string page(const std::vector<std::string>& heads, const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& h : heads) out += h + "\n";
  for (const std::string& p : paragraphs) out += kIndent + p + "\n";
  return out;
}

const std::vector<std::string> kText = {
    "记者 林小舟",
    "昨天上午，湖滨公园的郁金香迎来盛花期，不少市民带着孩子前来赏花。",
    "公园管理处介绍，今年新种了八个品种，花期预计持续到下月中旬。",
    "管理处提醒，周末客流较大，建议错峰出行。",
};

// A short line with figures over a longer statement without any: the
// figures lead into the news, the second line is the title.
TEST(MetroHeadingForms, FiguresOverLongerStatementAreKickerAndTitle) {
  const auto a = parse(page({"开花率超过80%", "湖滨公园郁金香进入最佳观赏期"}, kText));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kicker, "开花率超过80%");
  EXPECT_EQ(a[0].title, "湖滨公园郁金香进入最佳观赏期");
  EXPECT_EQ(a[0].subtitle, "");
}

// A title reporting a figure over a shorter catchword, and a title over a
// subtitle giving the figures, keep the first line as the title.
TEST(MetroHeadingForms, TitleWithFigureOverShorterLineStaysTitle) {
  const auto a = parse(page({"全市一季度用电量同比增长6.5%", "工业用电回暖"}, kText));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].title, "全市一季度用电量同比增长6.5%");
  EXPECT_EQ(a[0].subtitle, "工业用电回暖");
  const auto b = parse(page({"湖滨公园郁金香进入最佳观赏期", "新品种达到8个"}, kText));
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].title, "湖滨公园郁金香进入最佳观赏期");
  EXPECT_EQ(b[0].subtitle, "新品种达到8个");
}

}  // namespace
}  // namespace kanbao::corpus
