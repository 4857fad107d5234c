// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "config/config.h"

namespace kanbao::config {
namespace {

std::vector<std::pair<std::string, std::string>> pairs(const Config& c) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& d : c.district_aliases) out.emplace_back(d.alias, d.canonical);
  return out;
}

TEST(DistrictAliases, ANewDistrictWithAliases) {
  const auto loaded = parse("district.郑州航空港经济综合实验区 = 航空港, 空港区\n", "c");
  EXPECT_TRUE(loaded.problems.empty());
  const std::vector<std::pair<std::string, std::string>> expected = {{"航空港", "郑州航空港经济综合实验区"},
                                                                     {"空港区", "郑州航空港经济综合实验区"}};
  EXPECT_EQ(pairs(loaded.config), expected);
  EXPECT_EQ(loaded.config.district_aliases[0].origin, "c:1");
}

TEST(DistrictAliases, ChineseSeparatorsAndSpaces) {
  const auto loaded = parse("district.高新区 = 郑州高新区，高新技术开发区、 高新 ,  科学大道片区\n", "c");
  EXPECT_TRUE(loaded.problems.empty());
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"郑州高新区", "高新区"}, {"高新技术开发区", "高新区"}, {"高新", "高新区"}, {"科学大道片区", "高新区"}};
  EXPECT_EQ(pairs(loaded.config), expected);
}

TEST(DistrictAliases, EmptyAliasIsAProblem) {
  const auto loaded = parse("district.高新区 = 郑州高新区,,高新\ndistrict.金水区 =\n", "c");
  ASSERT_EQ(loaded.problems.size(), 2u);
  EXPECT_EQ(loaded.problems[0].str(),
            "c:1: district.高新区: empty alias in '郑州高新区,,高新' (separate aliases with commas)");
  EXPECT_EQ(loaded.problems[1].line, 2);
  EXPECT_TRUE(loaded.config.district_aliases.empty());
}

TEST(DistrictAliases, ALaterLineReplacesAndTakesAliasesAway) {
  const auto loaded = parse(
      "district.管城回族区 = 管城, 回族区\n"
      "district.金水区 = 金水\n"
      "district.管城回族区 = 管城区\n"
      "district.二七区 = 金水\n",
      "c");
  EXPECT_TRUE(loaded.problems.empty());
  const std::vector<std::pair<std::string, std::string>> expected = {{"管城区", "管城回族区"},
                                                                     {"金水", "二七区"}};
  EXPECT_EQ(pairs(loaded.config), expected);
  EXPECT_EQ(loaded.config.district_aliases[0].origin, "c:3");
}

}  // namespace
}  // namespace kanbao::config

namespace kanbao::config {
namespace {

TEST(PaperSettings, AliasesAndCities) {
  const auto loaded = parse(
      "paper.zzrb = 郑州日报\n"
      "paper.郑州日报.city = 郑州\n"
      "paper.zzrb = 郑州晚报\n"
      "paper.南方日报.city =\n"
      "paper.dhb =\n",
      "c");
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_EQ(loaded.problems[0].line, 5);
  ASSERT_EQ(loaded.config.paper_aliases.size(), 1u);  // a later line wins
  EXPECT_EQ(loaded.config.paper_aliases[0].alias, "zzrb");
  EXPECT_EQ(loaded.config.paper_aliases[0].name, "郑州晚报");
  EXPECT_EQ(loaded.config.paper_aliases[0].origin, "c:3");
  ASSERT_EQ(loaded.config.paper_cities.size(), 2u);
  EXPECT_EQ(loaded.config.paper_cities[0].paper, "郑州日报");
  EXPECT_EQ(loaded.config.paper_cities[0].city, "郑州");
  EXPECT_EQ(loaded.config.paper_cities[1].city, "");  // a paper without districts
  // describe() writes them back in the file's syntax.
  const auto again = parse(describe(loaded.config), "d");
  EXPECT_TRUE(again.problems.empty());
  EXPECT_EQ(again.config.paper_aliases.size(), 1u);
  EXPECT_EQ(again.config.paper_cities.size(), 2u);
}

TEST(PaperSettings, AMisspelledPrefixIsSuggested) {
  const auto loaded = parse("papr.zzrb = 郑州日报\n", "c");
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_NE(loaded.problems[0].message.find("did you mean 'paper.zzrb'"), std::string::npos)
      << loaded.problems[0].message;
}

}  // namespace
}  // namespace kanbao::config
