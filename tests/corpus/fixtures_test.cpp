// SPDX-License-Identifier: MIT
// Fixture pages in every form of docs formats.md (tests/corpus/fixtures,
// text written for these tests): every field of every article, and the
// page's furniture.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/byline.h"
#include "corpus/dates.h"
#include "corpus/split.h"
#include "fixture_expect.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

using testing_util::expect_articles;
using testing_util::Want;
using Parsed = testing_util::ParsedFixture;
using testing_util::parse_fixture;

TEST(Fixtures, KickerTitleSubtitlePullQuoteBracketBylineContinuationFurniture) {
  const Parsed p = parse_fixture("lead_bracket.txt");
  expect_articles(p, {{"为老城更新提供有力支撑",
                       "我市出台老旧小区改造十条新规",
                       "——首批三十个小区年底前完工",
                       "2023-06-20",
                       "记者 王　刚 通讯员 陈晓丽",
                       {"王刚"},
                       {"陈晓丽"},
                       false,
                       4,
                       "核心阅读",
                       "03",
                       "",
                       4,
                       13}});
  EXPECT_EQ(p.articles[0].paragraphs[1], "今年起，改造资金按户拨付，居民可全程参与。");
  EXPECT_EQ(p.articles[0].paragraphs[3],
            "新规明确，改造方案须经三分之二以上居民同意，施工期间设立居民监督员。");
  ASSERT_EQ(p.furniture.size(), 3u);
  EXPECT_EQ(p.furniture[0].line, 1);
  EXPECT_EQ(p.furniture[1].text, "管城新闻");
  EXPECT_EQ(p.furniture[2].text, "责任编辑 王某某　美术编辑 李某　校对 赵某某");
  EXPECT_TRUE(p.warnings.empty());
}

TEST(Fixtures, NewspaperDatelines) {
  const Parsed p = parse_fixture("datelines.txt");
  expect_articles(
      p, {{"",
           "两市签署文旅合作协议",
           "",
           "2023-06-20",
           "记者 王刚、李娜",
           {"王刚", "李娜"},
           {},
           false,
           2,
           "本报北京6月20日电（记者 王刚、李娜）19日，两市在京签署文旅合作协议，将互设旅游推广中心。",
           "",
           "",
           1,
           5},
          {"",
           "沿黄生态廊道全线贯通",
           "",
           "2023-06-20",
           "记者王刚 张敏报道",
           {"王刚", "张敏"},
           {},
           false,
           2,
           "本报郑州6月20日电 记者王刚 张敏报道：记者昨日从市园林局获悉，沿黄生态廊道全线贯通。",
           "",
           "",
           7,
           11},
          {"",
           "夏粮收购进度过半",
           "",
           "2023-06-20",
           "记者 施  芳",
           {"施芳"},
           {},
           false,
           1,
           "本报6月20日讯（记者 施  芳）今天，全市夏粮收购进度过半。",
           "",
           "",
           13,
           15}});
  EXPECT_TRUE(p.warnings.empty());
}

TEST(Fixtures, AgencyDatelines) {
  const Parsed p = parse_fixture("agencies.txt");
  expect_articles(p,
                  {{"",
                    "全国夏粮收获进入尾声",
                    "",
                    "2023-06-20",
                    "记者 王刚、李娜",
                    {"王刚", "李娜"},
                    {},
                    false,
                    2,
                    "新华社北京6月20日电（记者 王刚、李娜）记者20日从农业农村部获悉，全国夏粮收获进入尾声。",
                    "",
                    "",
                    1,
                    5},
                   {"",
                    "新一代气象卫星投入业务运行",
                    "",
                    "",
                    "",
                    {},
                    {},
                    false,
                    1,
                    "据新华社电 新一代气象卫星近日正式投入业务运行，将提升灾害天气监测能力。",
                    "",
                    "",
                    7,
                    9},
                   {"",
                    "中部地区物流枢纽建设提速",
                    "",
                    "2023-06-20",
                    "",
                    {},
                    {},
                    false,
                    1,
                    "中新社郑州6月20日电 上半年，中部地区新开通国际货运航线二十条，物流枢纽建设明显提速。",
                    "",
                    "",
                    11,
                    13}});
}

TEST(Fixtures, BylinesBeforeTheText) {
  const Parsed p = parse_fixture("byline_before.txt");
  expect_articles(p, {{"",
                       "小巷里的百年老店",
                       "",
                       "",
                       "本报记者  施  芳  王　刚",
                       {"施芳", "王刚"},
                       {},
                       false,
                       2,
                       "清晨六点，老街的蒸笼已经冒出热气。店主说，这家店从曾祖父那一辈开起，已经一百多年了。",
                       "",
                       "",
                       1,
                       7},
                      {"",
                       "听见乡村的新声音",
                       "",
                       "",
                       "□ 记者 陈晓丽 文/图",
                       {"陈晓丽"},
                       {},
                       true,
                       1,
                       "傍晚的村广场上，合唱队正在排练新歌。队长告诉记者，队员大多是返乡青年。",
                       "",
                       "",
                       9,
                       13}});
  EXPECT_TRUE(p.warnings.empty());
}

TEST(Fixtures, CommentaryWithoutDateline) {
  const Parsed p = parse_fixture("no_dateline.txt");
  expect_articles(p, {{"人民时评",
                       "让老旧小区焕发新活力",
                       "",
                       "",
                       "本报评论员",
                       {},
                       {},
                       false,
                       2,
                       "老旧小区改造，一头连着民生，一头连着发展。改得好不好，居民最有发言权。",
                       "",
                       "",
                       1,
                       8}});
  EXPECT_TRUE(p.furniture.empty());
  EXPECT_TRUE(p.warnings.empty());
}

TEST(Fixtures, NewsBriefsAreArticlesEach) {
  const Parsed p = parse_fixture("briefs.txt");
  expect_articles(p, {{"",
                       "6月19日",
                       "",
                       "2023-06-19",
                       "（记者 王刚）",
                       {"王刚"},
                       {},
                       false,
                       1,
                       "本报讯 6月19日，市图书馆夏季阅读季启动，推出各类活动六十余场。",
                       "",
                       "",
                       1,
                       1},
                      {"",
                       "记者昨日从市交通局获悉",
                       "",
                       "2023-06-20",
                       "",
                       {},
                       {},
                       false,
                       1,
                       "■ 本报讯 记者昨日从市交通局获悉，三条新公交线路将于下周开通。",
                       "",
                       "",
                       3,
                       3},
                      {"",
                       "记者昨日获悉",
                       "",
                       "2023-06-20",
                       "",
                       {},
                       {},
                       false,
                       1,
                       "▲ 记者昨日获悉，市民服务中心将延长周末办理时间至晚上八点。",
                       "",
                       "",
                       5,
                       5},
                      {"",
                       "今日起",
                       "",
                       "2023-06-21",
                       "",
                       {},
                       {},
                       false,
                       1,
                       "【快讯】今日起，全市游泳场馆陆续开放，市民可通过小程序预约入场。",
                       "",
                       "",
                       7,
                       7}});
}

// Photo news credited to its photographer alone ("本报记者 X 摄"): he is a
// reporter, and no text is credited (photo_credit, shown 文/图, stays false).
TEST(Fixtures, PhotoNews) {
  const Parsed p = parse_fixture("photo.txt");
  expect_articles(p, {{"",
                       "荷花盛开引客来",
                       "",
                       "",
                       "本报记者 王刚 摄",
                       {"王刚"},
                       {},
                       false,
                       1,
                       "图为6月19日，游客在湿地公园赏荷拍照。",
                       "",
                       "",
                       1,
                       3},
                      {"",
                       "孩子们在新建的社区书屋里读书",
                       "",
                       "",
                       "本报记者 李娜 摄",
                       {"李娜"},
                       {},
                       false,
                       1,
                       "孩子们在新建的社区书屋里读书。",
                       "",
                       "",
                       5,
                       5}});
  EXPECT_TRUE(p.warnings.empty());
}

TEST(Fixtures, ContinuedFromAnotherPage) {
  const Parsed p = parse_fixture("continued.txt");
  expect_articles(p, {{"",
                       "老旧小区改造十条新规",
                       "",
                       "",
                       "",
                       {},
                       {},
                       false,
                       2,
                       "新规还要求，改造完成后三个月内组织居民验收，验收不合格的限期整改。",
                       "",
                       "01",
                       1,
                       5}});
  EXPECT_TRUE(p.warnings.empty());
}

// A crawled e-paper file holds one article with no dateline: one article,
// no warning, kicker/title/subtitle told apart.
TEST(Fixtures, OneArticleFile) {
  const Parsed p = parse_fixture("one_article.txt");
  expect_articles(p, {{"聚焦乡村振兴",
                       "一条产业路带富一个村",
                       "——王家村发展特色种植纪实",
                       "",
                       "",
                       {},
                       {},
                       false,
                       3,
                       "走进王家村，一条新修的水泥路通向山坡上的果园。",
                       "",
                       "",
                       1,
                       9}});
  EXPECT_TRUE(p.warnings.empty());
}

// An e-paper's article page saved as text: its title bar, menus, copyright
// notes, page menu and list of headlines are furniture; a kicker ending in a
// colon; a paper's name before the role (晚报首席记者); the byline between
// the sections and the cross-head after it open no second article.
TEST(Fixtures, EpaperArticlePage) {
  const Parsed p = parse_fixture("epaper_article.txt");
  expect_articles(p, {{"市民政局：",
                       "社区食堂开进老街巷",
                       "",
                       "2023-06-20",
                       "晚报首席记者 王　刚 通讯员 陈晓丽",
                       {"王刚"},
                       {"陈晓丽"},
                       false,
                       4,
                       "本报讯 昨日，记者从市民政局获悉，首批二十家社区食堂已在老城区开门营业。",
                       "",
                       "",
                       6,
                       17}});
  ASSERT_EQ(p.articles.size(), 1u);
  ASSERT_EQ(p.articles[0].paragraphs.size(), 4u);
  EXPECT_EQ(p.articles[0].paragraphs[2], "饭桌上的笑声多了！");
  std::vector<int> furniture;
  for (const auto& f : p.furniture) furniture.push_back(f.line);
  EXPECT_EQ(furniture, (std::vector<int>{1, 2, 4, 5, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28}));
}

}  // namespace
}  // namespace kanbao::corpus
