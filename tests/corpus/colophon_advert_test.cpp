// SPDX-License-Identifier: MIT
// A paper's colophon (本报地址…, 邮发代号…, 广告经营许可证…, 零售价…) and an
// advertisement closed by its mark (·广告·) are page furniture, not
// articles (session 27: 都市快报 prints its colophon under a "本报地址" head,
// 人民日报 an advertisement among the stories). Fixtures of our own text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/furniture.h"
#include "corpus/parse.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

using testing_util::kIndent;

std::vector<Article> split(const std::string& text, std::vector<FurnitureLine>& furniture) {
  std::vector<std::string> warnings;
  SplitOptions options;
  options.furniture = &furniture;
  return split_articles(text, warnings, options);
}

bool filed(const std::vector<FurnitureLine>& furniture, const std::string& text) {
  for (const auto& f : furniture)
    if (f.text == text) return true;
  return false;
}

TEST(ColophonAdvert, ColophonLinesAreFurniture) {
  EXPECT_TRUE(is_furniture("本报地址"));
  EXPECT_TRUE(is_furniture("本报地址：临江市江滨路88号 邮编：410000"));
  EXPECT_TRUE(is_furniture("邮发代号：11—22"));
  EXPECT_TRUE(is_furniture("广告经营许可证：4101004000123"));
  EXPECT_TRUE(is_furniture("零售价：1.50元"));
  EXPECT_TRUE(is_furniture("2025年订价288元"));
  EXPECT_TRUE(is_furniture("邮政编码：410000  电话：0731-1234567"));
  EXPECT_TRUE(is_furniture("印刷：临江日报印务有限公司"));
  EXPECT_TRUE(is_furniture("·广告·"));
  EXPECT_TRUE(is_furniture("· 广告 ·"));
  // An article's own lines that name a price, a phone or a printer.
  EXPECT_FALSE(is_furniture("零售价格稳中有降"));
  EXPECT_FALSE(is_furniture("咨询电话：0731-7654321"));
  EXPECT_FALSE(is_furniture("传真：（0731）7654321"));
  EXPECT_FALSE(is_furniture("广告牌下的老街"));
  EXPECT_FALSE(is_furniture("地址：江滨路12号，电话：0731-7654321"));
}

TEST(ColophonAdvert, ColophonUnderItsHeadIsNoArticle) {
  const std::string page =
      "江滨樱花进入盛花期\n" + kIndent + "本报讯 连日来，江滨公园的樱花陆续盛开，游人如织。\n" + kIndent +
      "公园管理处提醒，周末客流较大，请市民错峰出行。\n" + kIndent + "记者 王立新\n\n" + "本报地址\n" +
      kIndent + "2025年订价288元\n" + kIndent + "邮发代号：11—22\n" + kIndent + "全国各地邮局均可订阅\n" +
      kIndent + "本报地址：临江市江滨路88号 邮编：410000\n" + kIndent + "出版单位：《临江快报》编辑部\n" +
      kIndent + "印刷：临江日报印务有限公司（临江市江东路9号）\n";
  std::vector<FurnitureLine> furniture;
  const auto articles = split(page, furniture);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "江滨樱花进入盛花期");
  EXPECT_EQ(articles[0].paragraphs.size(), 2u);
  EXPECT_TRUE(filed(furniture, "本报地址"));
  EXPECT_TRUE(filed(furniture, "出版单位：《临江快报》编辑部"));
}

TEST(ColophonAdvert, AdvertisementClosedByItsMarkIsNoArticle) {
  const std::string page =
      "新赛季训练全面展开\n" + kIndent + "本报讯 新赛季临近，市体育中心各训练馆每天开放到晚上十点。\n" +
      kIndent + "记者 王立新\n\n" + "江滨花海邀您来 春日踏青好去处\n" + kIndent +
      "花海节开幕，十万株郁金香迎客。\n" + kIndent + "凭本报到园区售票处购票可享八折优惠。\n" + kIndent +
      "·广告·\n\n" + "老街改造完成过半\n" + kIndent +
      "本报讯 记者昨日从市住建局获悉，老街改造工程已完成过半。\n" + kIndent + "记者 李  明\n";
  std::vector<FurnitureLine> furniture;
  const auto articles = split(page, furniture);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].title, "新赛季训练全面展开");
  EXPECT_EQ(articles[1].title, "老街改造完成过半");
  EXPECT_TRUE(filed(furniture, "江滨花海邀您来 春日踏青好去处"));
  EXPECT_TRUE(filed(furniture, "·广告·"));
}

}  // namespace
}  // namespace kanbao::corpus
