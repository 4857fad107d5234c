// SPDX-License-Identifier: MIT
// Fixture pages in the forms of archives and evening papers (tests/corpus/
// fixtures, text written for these tests): two-line kickers, archive entries,
// credits and captions; every field of every article.
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

// Two heading lines read as kicker + title when the first introduces the
// second: an attribution (…重申), a task (深入…), a series of short phrases
// over a shorter title; otherwise title + subtitle. The archive's entry
// headers (第2版(要闻), 专栏:) and a spaced page header (第 2 版) are furniture.
TEST(Fixtures, TwoLineKickers) {
  const Parsed p = parse_fixture("kickers.txt");
  expect_articles(p,
                  {{"一些城市重申",
                    "老旧小区改造不搞大拆大建",
                    "",
                    "2023-06-20",
                    "记者 王刚",
                    {"王刚"},
                    {},
                    false,
                    1,
                    "本报北京6月20日电（记者 王刚）多个城市近日表示，老旧小区改造以留改为主，不搞大拆大建。",
                    "",
                    "",
                    7,
                    9},
                   {"深入田间了解夏收进度",
                    "市农业局开展百村走访",
                    "",
                    "2023-06-20",
                    "记者李娜报道",
                    {"李娜"},
                    {},
                    false,
                    1,
                    "本报郑州6月20日电 记者李娜报道：市农业局派出十个工作组，走访百村了解夏收进度。",
                    "",
                    "",
                    14,
                    16},
                   {"修步道 建驿站 种花木",
                    "环城绿道年底贯通",
                    "",
                    "2023-06-20",
                    "",
                    {},
                    {},
                    false,
                    1,
                    "本报讯 记者昨日从市园林局获悉，环城绿道将于年底全线贯通。",
                    "",
                    "",
                    21,
                    23},
                   {"",
                    "城南片区改造提速",
                    "三个安置小区年内交房",
                    "2023-06-20",
                    "",
                    {},
                    {},
                    false,
                    1,
                    "本报讯 昨日，城南片区改造指挥部透露，三个安置小区将于年内交房。",
                    "",
                    "",
                    28,
                    30}});
  ASSERT_EQ(p.furniture.size(), 10u);
  EXPECT_EQ(p.furniture[1].text, "第 2 版");
  EXPECT_TRUE(p.warnings.empty());
}

// Photo news whose credit carries the photo's number (③2 李娜 摄), and
// names glued to their credits (张敏/文 陈晓丽/图).
TEST(Fixtures, NumberedPhotoCreditsAndGluedCredits) {
  const Parsed p = parse_fixture("photo_numbered.txt");
  expect_articles(p, {{"",
                       "南湖公园完成提质改造",
                       "",
                       "2023-06-20",
                       "③2 李　娜 摄",
                       {"李娜"},
                       {},
                       false,
                       1,
                       "6月20日，游客在改造后的南湖公园散步。近日，公园完成步道和照明改造。",
                       "",
                       "",
                       3,
                       5},
                      {"",
                       "社区书屋开门迎客",
                       "",
                       "",
                       "本报记者 王刚 张敏/文 陈晓丽/图",
                       {"王刚", "张敏", "陈晓丽"},
                       {},
                       true,
                       1,
                       "孩子们在新建的社区书屋里读书。",
                       "",
                       "",
                       7,
                       9}});
  ASSERT_EQ(p.furniture.size(), 1u);
  EXPECT_EQ(p.furniture[0].text, "第RB02版: 城区新闻");
}

// An archive's entries (第3版(国际) / 专栏:): dispatches from one source
// under one headline are one article, naming each reporter once.
TEST(Fixtures, ArchiveEntryWithSeveralDispatches) {
  const Parsed p = parse_fixture("entries.txt");
  expect_articles(p, {{"",
                       "多国重申支持和平解决争端",
                       "",
                       "2023-06-19",
                       "记者 王刚 记者 李娜、王刚",
                       {"王刚", "李娜"},
                       {},
                       false,
                       2,
                       "据新华社甲城6月19日电（记者 王刚）甲国外长19日表示，支持通过对话解决争端。",
                       "",
                       "",
                       4,
                       6},
                      {"",
                       "两国签署经贸合作协定",
                       "",
                       "2023-06-19",
                       "记者张敏报道",
                       {"张敏"},
                       {},
                       false,
                       1,
                       "本报丙城6月19日电 记者张敏报道：两国19日签署经贸合作协定。",
                       "",
                       "",
                       11,
                       12}});
  EXPECT_EQ(p.furniture.size(), 4u);
  EXPECT_TRUE(p.warnings.empty());
}

// An issue file with each article on one line (第1版(要闻)专栏: headings,
// lead and paragraphs joined by spaces) under the list: the list
// lines are furniture, the list names the title when it names one heading,
// and each article keeps its source line.
TEST(Fixtures, ArchiveEntriesOnOneLine) {
  const Parsed p = parse_fixture("entries_oneline.txt");
  expect_articles(
      p,
      {{"为群众办实事",
        "我市新建三十座口袋公园",
        "年底前全部开放",
        "2023-06-20",
        "记者王刚报道",
        {"王刚"},
        {},
        false,
        2,
        "本报郑州6月20日电 记者王刚报道：记者20日从市园林局获悉，我市今年新建的三十座口袋公园已完工二十座。",
        "",
        "",
        7,
        7},
       {"",
        "全市夏粮收购进度过半",
        "收购价格保持稳定 农户售粮排队时间缩短",
        "2023-06-20",
        "",
        {},
        {},
        false,
        2,
        "新华社郑州6月20日电 截至20日，全市已收购小麦五十万吨，进度过半。",
        "",
        "",
        11,
        11},
       {"专栏:开栏的话",
        "开栏的话",
        "",
        "2023-06-21",
        "本报记者 李 娜",
        {"李娜"},
        {},
        false,
        2,
        "从今天起，本报开设专栏，报道各区县的新变化。",
        "",
        "",
        15,
        15}});
  EXPECT_EQ(p.articles[0].paragraphs[1], "剩余十座将在年底前开放。");
  // The date line, 第 1 版, three list lines, three page fields and two
  // empty column fields (the third names its column: a kicker).
  ASSERT_EQ(p.furniture.size(), 10u);
  EXPECT_EQ(p.furniture[4].text, "专栏:");
  EXPECT_EQ(p.furniture[2].text, "1. 为群众办实事 我市新建三十座口袋公园 年底前全部开放");
  EXPECT_EQ(p.furniture[3].text, "第1版(要闻)");
  EXPECT_EQ(p.furniture[3].line, 7);
  EXPECT_TRUE(p.warnings.empty());
}

// Names alone in brackets credit the reporters, after 本报讯 and at a
// story's end; a column's name before a title on its line is the kicker;
// an e-paper's word count and links are furniture.
TEST(Fixtures, BracketedNamesAndColumnBeforeTitle) {
  const Parsed p = parse_fixture("credit_names.txt");
  expect_articles(p,
                  {{"",
                    "夜市重开，老街又热闹了",
                    "",
                    "2023-06-20",
                    "（陈晓丽 周  强）",
                    {"陈晓丽", "周强"},
                    {},
                    false,
                    2,
                    "本报讯 昨日傍晚，停业两年的老街夜市重新开张，二十多家摊位前排起了长队。",
                    "",
                    "",
                    6,
                    10},
                   {"记者手记",
                    "一碗凉粉里的烟火气",
                    "",
                    "",
                    "赵 敏",
                    {"赵敏"},
                    {},
                    false,
                    2,
                    "本报讯  （赵 敏）摊主老周的凉粉摊在老街摆了十八年。他说，夜市回来了，老顾客也回来了。",
                    "",
                    "",
                    12,
                    16}});
  EXPECT_EQ(p.articles[0].paragraphs[1], "夜市由街道办统一管理，摊位费全免。");
  ASSERT_EQ(p.furniture.size(), 3u);
  EXPECT_EQ(p.furniture[2].text, "本文字数:820");
  EXPECT_TRUE(p.warnings.empty());
}

// A photo's caption alone under its credit: no title of its own (the
// first clause stands in), dated by the day it opens with.
TEST(Fixtures, PhotoCaptionUnderItsCredit) {
  const Parsed p = parse_fixture("photo_caption.txt");
  expect_articles(p, {{"",
                       "20日上午",
                       "",
                       "2023-06-20",
                       "本报记者 李 娜 摄",
                       {"李娜"},
                       {},
                       false,
                       1,
                       "20日上午，管城区一所小学的学生在校园菜地里收获土豆，体验劳动的乐趣。",
                       "",
                       "",
                       1,
                       2}});
  EXPECT_TRUE(p.furniture.empty());
}

// An evening paper's 晚报讯, a photo credit after a lead's byline (both
// named), and a story with no dateline dated by the 昨天 it opens with.
TEST(Fixtures, EveningPaperStories) {
  const Parsed p = parse_fixture("evening_stories.txt");
  expect_articles(p, {{"",
                       "智慧公交线路开通",
                       "",
                       "2023-06-20",
                       "记者 王刚 本报记者 周强 摄",
                       {"王刚", "周强"},
                       {},
                       false,
                       2,
                       "晚报讯（记者 王刚）昨日，市区首条智慧公交线路开通试运行。",
                       "",
                       "",
                       1,
                       5},
                      {"",
                       "社区食堂开门迎客",
                       "",
                       "2023-06-20",
                       "（赵敏）",
                       {"赵敏"},
                       {},
                       false,
                       2,
                       "昨天中午，金水区一家社区食堂正式营业，老人就餐可享八折。",
                       "",
                       "",
                       7,
                       11}});
  EXPECT_TRUE(p.warnings.empty());
}

TEST(Fixtures, TextOpeningWithADate) {
  for (const char* text : {"昨天，", "今日上午", "13日早上，", "6月20日，", "１２月３０日"})
    EXPECT_TRUE(opens_with_date(text)) << text;
  for (const char* text : {"日前，", "2023年起", "记者昨天获悉", "123日", "十三日"})
    EXPECT_FALSE(opens_with_date(text)) << text;
}

// Brackets holding what is no name credit nobody.
TEST(Fixtures, BracketedNonNamesAreNoCredit) {
  for (const char* text : {"（新华社）", "（图片新闻）", "（附图片）", "（完）", "（上）", "（王刚说了）"})
    EXPECT_FALSE(parse_byline(text)) << text;
  ASSERT_TRUE(parse_byline("(湛承兵 王 群)"));
  EXPECT_EQ(parse_byline("(湛承兵 王 群)")->reporters, (std::vector<std::string>{"湛承兵", "王群"}));
}

}  // namespace
}  // namespace kanbao::corpus
