// SPDX-License-Identifier: MIT
#include "corpus/gazetteer.h"

#include <gtest/gtest.h>

namespace kanbao::corpus {
namespace {

TEST(Gazetteer, SixteenCanonicalNames) {
  const auto names = Gazetteer::zhengzhou().canonical_names();
  ASSERT_EQ(names.size(), 16u);
  EXPECT_EQ(names.front(), "管城回族区");
  EXPECT_EQ(names.back(), "中牟县");
}

TEST(Gazetteer, Canonical) {
  const Gazetteer g = Gazetteer::zhengzhou();
  EXPECT_EQ(g.canonical("管城回族区"), "管城回族区");
  EXPECT_EQ(g.canonical("管城区"), "管城回族区");
  EXPECT_EQ(g.canonical("管城经开区"), "管城回族区");
  EXPECT_EQ(g.canonical("管城经济技术开发区"), "管城回族区");
  EXPECT_EQ(g.canonical("郑州高新区"), "高新区");
  EXPECT_EQ(g.canonical("郑州高新技术产业开发区"), "高新区");
  EXPECT_EQ(g.canonical("郑州经济技术开发区"), "经开区");
  EXPECT_EQ(g.canonical("航空港经济综合实验区"), "航空港区");
  EXPECT_EQ(g.canonical(" 二七区 "), "二七区");
  EXPECT_EQ(g.canonical("GuanCheng"), "管城回族区");
  EXPECT_EQ(g.canonical("zhongmou"), "中牟县");
  EXPECT_EQ(g.canonical("朝阳区"), std::nullopt);
  EXPECT_EQ(g.canonical(""), std::nullopt);
}

TEST(Gazetteer, Add) {
  Gazetteer g = Gazetteer::zhengzhou();
  g.add("港区", "航空港区");
  EXPECT_EQ(g.canonical("港区"), "航空港区");
  g.add("新区", "新区");
  EXPECT_EQ(g.canonical_names().size(), 17u);
  Gazetteer empty;
  empty.add("甲区", "乙区");
  EXPECT_EQ(empty.canonical("乙区"), "乙区");
  EXPECT_EQ(empty.canonical_names(), std::vector<std::string>{"乙区"});
}

TEST(Gazetteer, FromPath) {
  const Gazetteer g = Gazetteer::zhengzhou();
  EXPECT_EQ(g.from_path("/archive/guancheng/2023/06/page.txt"), "管城回族区");
  EXPECT_EQ(g.from_path("archive/ERQI/page.txt"), "二七区");
  EXPECT_EQ(g.from_path("archive/2023_jinshui/page.txt"), "金水区");
  EXPECT_EQ(g.from_path("/报纸/郑州高新区/2023/x.txt"), "高新区");
  EXPECT_EQ(g.from_path("/报纸/管城经开区/x.txt"), "管城回族区");
  // The deepest component wins.
  EXPECT_EQ(g.from_path("jinshui/erqi/x.txt"), "二七区");
  EXPECT_EQ(g.from_path("data/sample/000_097ca8e9fcb91934.txt"), std::nullopt);
  EXPECT_EQ(g.from_path("archive/zhengzhoudaily/x.txt"), std::nullopt);
  EXPECT_EQ(g.from_path(""), std::nullopt);
}

TEST(Gazetteer, FromTextLeftmostLongest) {
  const Gazetteer g = Gazetteer::zhengzhou();
  // 管城经开区 is 管城回族区 and never also 经开区.
  EXPECT_EQ(g.from_text("管城经开区、管城经开区、郑州经开区"), "管城回族区");
  EXPECT_EQ(g.from_text("郑州经开区、经开区、管城区"), "经开区");
  EXPECT_EQ(g.from_text("没有地名"), std::nullopt);
  EXPECT_EQ(g.from_text(""), std::nullopt);
}

TEST(Gazetteer, FromTextWeighsHeadingsAndLeads) {
  const Gazetteer g = Gazetteer::zhengzhou();
  // The heading (x3) and lead (x2) name 二七区; the body mentions 金水区 four times.
  const std::string page =
      "二七区召开会议\n\n本报讯 4月4日,二七区召开会议。\n\n金水区、金水区、金水区、金水区也参加。\n记者 "
      "张三\n";
  EXPECT_EQ(g.from_text(page), "二七区");
}

TEST(Gazetteer, FromTextIgnoresOnePassingMention) {
  const Gazetteer g = Gazetteer::zhengzhou();
  // A city-wide story that names 惠济区 once, deep in the body, as one example
  // among others: not that district's story.
  const std::string city =
      "市民评选服务好案例\n\n本报讯 昨日,全市服务案例评选开始投票。\n\n第一天投票,一家食堂排在第一。\n\n"
      "去年十月,一场登山活动在惠济区的森林公园举行。\n记者 张三\n";
  EXPECT_EQ(g.from_text(city), std::nullopt);
  // A second mention in the body makes it the story's district.
  const std::string district =
      "老建筑开出新餐厅\n\n本报讯 昨日,一座老建筑开出新餐厅。\n\n去年,惠济区决定改造这座建筑。\n\n"
      "惠济区文旅部门介绍,还将引进更多餐厅。\n记者 张三\n";
  EXPECT_EQ(g.from_text(district), "惠济区");
}

TEST(Gazetteer, ForPageGivesEachArticleItsOwnAndThePageHeadCounts) {
  const Gazetteer g = Gazetteer::zhengzhou();
  Article erqi;
  erqi.title = "二七区召开会议";
  erqi.paragraphs = {"本报讯 昨日,会议召开。"};
  Article jinshui;
  jinshui.title = "金水区开放新公园";
  jinshui.paragraphs = {"本报讯 昨日,新公园开放。"};
  Article photo;
  photo.title = "雪后初晴";
  photo.paragraphs = {"昨日,市民在公园赏雪。"};
  const std::vector<Article> articles{erqi, jinshui, photo};
  const std::vector<FurnitureLine> furniture{{1, "金水区新闻"}};
  const auto found = g.for_page(articles, furniture);
  ASSERT_EQ(found.articles.size(), 3U);
  EXPECT_EQ(found.articles[0], "二七区");
  EXPECT_EQ(found.articles[1], "金水区");
  EXPECT_EQ(found.articles[2], std::nullopt);
  // The headings tie (3 each, 二七区 first); the page head weighs as one more.
  EXPECT_EQ(found.page, "金水区");
  EXPECT_EQ(g.for_page(articles, {}).page, "二七区");
  EXPECT_EQ(g.for_page({}, {}).page, std::nullopt);
}

}  // namespace
}  // namespace kanbao::corpus
