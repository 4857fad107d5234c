// SPDX-License-Identifier: MIT
// A line naming who speaks or acts, with its colon, set apart above a
// title closed by its column's or series' name is that title's kicker,
// however long the names or posts: 人民日报 prints "某某专家某某建议：" over
// "…（服务窗）" and "某某、某某：" over "…（英雄烈士谱）" (issue 11; 7 such
// kickers were left at the end of the article above). Names over indented
// text stay a letter's salutation. Text of our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/parse.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

std::vector<Article> articles_of(const std::string& text) {
  return testing_util::articles_at("/srv/示例日报/2026-03-02/12.txt", text);
}

TEST(NamedSpeakerKicker, NamesWithAColonOverANotedTitleAreItsKicker) {
  const std::vector<Article> a = articles_of(
      "我家的日子越过越红火\n"
      "　　去年在家门口的工厂上班，每月能挣三千多元。\n"
      "　　本报记者  王　刚整理\n"
      "\n"
      "市疾病预防控制中心首席专家李明建议：\n"
      "出门回家先把手洗干净（服务窗）\n"
      "　　●认真揉搓双手至少十五秒。\n"
      "　　●外出回来后都要洗手。\n"
      "\n"
      "张大山、李小河：\n"
      "勇斗歹徒 无私无畏（英雄烈士谱）\n"
      "　　两位民警在抓捕中负伤，事迹在当地广为传颂。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].title, "我家的日子越过越红火");
  ASSERT_FALSE(a[0].paragraphs.empty());
  EXPECT_EQ(a[0].paragraphs.back().find("李明建议"), std::string::npos);
  EXPECT_EQ(a[1].kicker, "市疾病预防控制中心首席专家李明建议：");
  EXPECT_EQ(a[1].title, "出门回家先把手洗干净（服务窗）");
  EXPECT_EQ(a[2].kicker, "张大山、李小河：");
  EXPECT_EQ(a[2].title, "勇斗歹徒 无私无畏（英雄烈士谱）");
}

TEST(NamedSpeakerKicker, NamesOverIndentedTextStayASalutation) {
  const std::vector<Article> a = articles_of(
      "给老同学的一封信（家书）\n"
      "\n"
      "张大山、李小河：\n"
      "　　见字如面。分别二十年，常常想起我们一起读书的日子。\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].title, "给老同学的一封信（家书）");
  EXPECT_EQ(a[0].kicker, "");
  ASSERT_FALSE(a[0].paragraphs.empty());
  EXPECT_EQ(a[0].paragraphs.front(), "张大山、李小河：");
}

}  // namespace
}  // namespace kanbao::corpus
