// SPDX-License-Identifier: MIT
// An e-paper's article page as a crawl keeps it: the browser's title bar
// ("某某某某_某某晚报"), the links to the previous and next article, the
// header (kicker, title, subtitle, each broken over lines as the e-paper
// sets it: the lines that go on indented by full-width spaces), the date
// alone, the text. The page marks which lines are the title twice: the bar
// spells it, and its broken lines are indented. Every text here is made up.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/parse.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

Page parse_article_page(const std::string& text, const char* path = "/srv/某某晚报/2023-06-21/A04-01.txt") {
  PageContext context;
  context.path = path;
  return parse_page(text, context);
}

bool furniture_holds(const Page& page, const std::string& text) {
  for (const FurnitureLine& f : page.furniture)
    if (f.text == text) return true;
  return false;
}

// The crawl's page: markup's tabs and spaces before the header's lines, the
// title broken over two lines and the subtitle over two, a quotation over
// the title, cross-heads in the text.
constexpr const char* kPage =
    "长途客车司机\r\n"
    "\u3000\u3000突发急病_某某晚报 \r\n"
    "\t\t\t \r\n"
    "\t\t\t    \t <<上一篇 \r\n"
    "\t\t\t    \t 下一篇>> \r\n"
    "\t\t\t    \t  返回主页  \r\n"
    "\t\t\t     \r\n"
    "\t\t\t         “我胸口疼得厉害，车开不动了……” \r\n"
    "\t\t\t    \t 长途客车司机\n"
    "\u3000\u3000突发急病 \r\n"
    "\t\t\t         半天前医生劝他住院\n"
    "\u3000\u3000送医及时已脱离危险 \r\n"
    "\t\t\t        \n"
    "\n"
    "2023-06-21\n"
    "\t\t\t     \r\n"
    "\u3000\u3000监控里客车突然停在应急车道\n"
    "\n"
    "\u3000\u30006月20日下午，一辆长途客车停在绕城高速应急车道上，司机向路过的交警求助。\n"
    "\n"
    "\u3000\u3000交警和医生接力\n"
    "\n"
    "\u3000\u3000交警联系了最近的医院，十分钟后司机被送进急诊。\n";

TEST(EpaperHeader, TheTitleBarNamesTheTitleAmongTheHeaderLines) {
  const Page page = parse_article_page(kPage);
  ASSERT_EQ(page.articles.size(), 1U);
  const Article& a = page.articles.front();
  EXPECT_EQ(a.kicker, "“我胸口疼得厉害，车开不动了……”");
  EXPECT_EQ(a.title, "长途客车司机 突发急病");
  EXPECT_EQ(a.subtitle, "半天前医生劝他住院\n送医及时已脱离危险");
  ASSERT_FALSE(a.paragraphs.empty());
  // The cross-head opens the text; no header line, bar or link is in it.
  EXPECT_EQ(a.paragraphs.front(), "监控里客车突然停在应急车道");
  for (const std::string& p : a.paragraphs) {
    EXPECT_EQ(p.find("某某晚报"), std::string::npos) << p;
    EXPECT_EQ(p.find("一篇"), std::string::npos) << p;
  }
  EXPECT_TRUE(furniture_holds(page, "下一篇>>"));
  EXPECT_TRUE(furniture_holds(page, "<<上一篇"));
  EXPECT_TRUE(furniture_holds(page, "突发急病_某某晚报"));
}

// An issue's first article page links to no other article, only home
// (返回主页), and its heading is a photo's mark over the title: the bar
// still names the title, since the heading below the links repeats it; the
// mark is no kicker.
TEST(EpaperHeader, TheFirstArticlePageWithOnlyAHomeLinkIsTitledByItsBar) {
  const Page page = parse_article_page(
      "城区天气预报_某某晚报 \r\n"
      "\t\t\t \r\n"
      "\t\t\t    \t  返回主页  \r\n"
      "\t\t\t         ▲ \r\n"
      "\t\t\t    \t 城区天气预报 \r\n"
      "\t\t\t        \n"
      "\n"
      "2023-06-21\n"
      "\t\t\t     \r\n"
      "\u3000\u3000▲\n"
      "\u3000\u3000今天白天多云，夜里阴，东风3级，最高气温25℃。明天阴有小雨。（市气象台提供）\n");
  ASSERT_EQ(page.articles.size(), 1U);
  const Article& a = page.articles.front();
  EXPECT_EQ(a.title, "城区天气预报");
  EXPECT_EQ(a.kicker, "");
  EXPECT_EQ(a.subtitle, "");
  EXPECT_TRUE(furniture_holds(page, "城区天气预报_某某晚报"));
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_NE(a.paragraphs.back().find("今天白天多云"), std::string::npos);
}

// A page whose first line merely ends like a bar ("…_某某晚报") but whose
// heading does not repeat it, with no link to other articles, keeps that
// line as its heading.
TEST(EpaperHeader, ABarLikeLineNotRepeatedBelowIsNoTitleBar) {
  const Page page = parse_article_page(
      "城区天气预报_某某晚报\n"
      "\n"
      "返回主页\n"
      "\n"
      "2023-06-21\n"
      "\n"
      "今天白天多云，夜里阴，东风3级，最高气温25℃。明天阴有小雨。\n");
  ASSERT_EQ(page.articles.size(), 1U);
  EXPECT_FALSE(furniture_holds(page, "城区天气预报_某某晚报"));
}

// A page of several articles whose first line ends like a bar and whose
// name stands again far down the page (a section's head) is no article
// page: only the header right under the links can repeat the bar's title.
// (A page's file, A04.txt: an article file, A04-01.txt, is one article
// whatever it holds.)
TEST(EpaperHeader, ABarTitleRepeatedFarBelowTheLinksMakesNoArticlePage) {
  std::string text = "要闻_某某日报\n\n返回主页\n\n";
  for (const char* title : {"新建学校开学", "老街改造完工", "公交线路调整", "菜市场重新开张"}) {
    text += std::string(title) + "\n\n本报讯 6月20日上午，" + title +
            "的消息传来，附近的居民纷纷前来看看，大家都很高兴。\n\n";
  }
  text += "要闻\n\n本报讯 6月20日，全市的夏粮收购工作全面展开，各收购点秩序井然。\n";
  const Page page = parse_article_page(text, "/srv/某某日报/2023-06-21/A04.txt");
  ASSERT_GE(page.articles.size(), 5U);
  EXPECT_EQ(page.articles.front().title, "新建学校开学");
}

// The same page without its bar (a crawl that kept only the article): the
// indented lines still join the line above them, so the header is the three
// headings, kicker, title and subtitle.
TEST(EpaperHeader, IndentedLinesGoOnTheHeadingAboveThem) {
  const std::string text = std::string(kPage).substr(std::string(kPage).find("\t\t\t     \r\n"));
  const Page page = parse_article_page(text);
  ASSERT_EQ(page.articles.size(), 1U);
  EXPECT_EQ(page.articles[0].kicker, "“我胸口疼得厉害，车开不动了……”");
  EXPECT_EQ(page.articles[0].title, "长途客车司机 突发急病");
  EXPECT_EQ(page.articles[0].subtitle, "半天前医生劝他住院 送医及时已脱离危险");
}

// One heading broken over three lines, the second and third indented: one
// title, not a kicker over a title over a subtitle.
TEST(EpaperHeader, ATitleBrokenOverThreeLinesIsOneTitle) {
  const auto a = parse_june_21(
      "某某沟、某某岭等地\n\u3000\u3000拟更名\n\u3000\u3000某省多地清理不规范地名\n\n2023-06-21\n\n"
      "\u3000\u3000记者从某省民政厅获悉，一批不规范的地名将在年内更改。\n\n"
      "\u3000\u3000新地名将征求当地居民的意见。\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "某某沟、某某岭等地 拟更名 某省多地清理不规范地名");
  EXPECT_EQ(a[0].subtitle, "");
  ASSERT_EQ(a[0].paragraphs.size(), 2U);
}

// A page whose paragraphs are indented by full-width spaces: a heading line
// pushed right by the markup's tabs and ASCII spaces only is no paragraph's
// indent, so the kicker above it and the line itself stay the header.
TEST(EpaperHeader, MarkupTabsAreNoParagraphIndent) {
  const auto a = parse_june_21(
      "开花率超过六成 \r\n\t\t\t    \t 湖边樱花进入最佳观赏期 \r\n\t\t\t          \r\n2023-06-21\n\n"
      "\u3000\u3000记者昨天在湖边看到，早樱已经开满枝头。\n\n"
      "\u3000\u3000园方预计，本周末游客将超过五万人次。\n\n"
      "\u3000\u3000园方提醒游客错峰出行。\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].kicker, "开花率超过六成");
  EXPECT_EQ(a[0].title, "湖边樱花进入最佳观赏期");
  EXPECT_EQ(a[0].paragraphs.size(), 3U);
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
