// SPDX-License-Identifier: MIT
// A city paper's weather box (今天 多云 12～18℃ / 明天 …, under a head such
// as 城市天气 or not) is page furniture: never glued to the story above it,
// never an article of its own. A sentence about the weather stays text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sample_util.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(WeatherBox, IsFurnitureNotTheStoryAbove) {
  const ParsedFixture p = parse_fixture("front_page_weather.txt");
  ASSERT_EQ(p.articles.size(), 1U);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.title, "湖滨步行街迎来首个周末客流高峰");
  ASSERT_EQ(a.paragraphs.size(), 2U);
  EXPECT_EQ(a.paragraphs[1], "商户告诉记者，这个周末的营业额明显上涨。");
  EXPECT_EQ(a.last_line, 3);
  ASSERT_EQ(p.furniture.size(), 6U);
  EXPECT_EQ(p.furniture[0].text, "今天 多云 12～18℃");
  EXPECT_EQ(p.furniture[0].line, 4);
  EXPECT_EQ(p.furniture[3].text, "城市天气");
  EXPECT_EQ(p.furniture[5].text, "明日：多云，8～20℃");
  EXPECT_TRUE(p.warnings.empty());
}

TEST(WeatherBox, ASentenceOrALoneLineAboutTheWeatherStaysText) {
  const std::string text =
      "春雨过后气温回升\n"
      "　　本报讯 记者从市气象台获悉，本周气温回升。\n"
      "　　今天多云，最高气温18℃。\n"
      "　　明天 小雨 11～16℃\n";
  std::vector<std::string> warnings;
  std::vector<FurnitureLine> furniture;
  SplitOptions options;
  options.furniture = &furniture;
  const auto articles = split_articles(text, warnings, options);
  ASSERT_EQ(articles.size(), 1U);
  EXPECT_EQ(articles[0].last_line, 4);
  EXPECT_TRUE(furniture.empty());
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
