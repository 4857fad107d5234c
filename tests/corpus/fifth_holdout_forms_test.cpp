// SPDX-License-Identifier: MIT
// Forms a fifth round on real pages showed the parser misreading (issue 11,
// session 14), in text of our own.
//
// An e-paper's header (its heading lines, then the date alone) prints one
// title element in a narrow column, broken over two or three short lines:
// the lines are one title, joined by a space. Short lines that are not over
// a date, or that hold a sentence's marks, keep their kicker / title /
// subtitle reading.
//
// A story signed in its dateline and closed by the reporters who
// contributed ("（参与记者：…）"): they join the dateline's reporter, and the
// story is finished there, so a quoted phrase standing alone under it
// ("“架起友谊的桥梁”") is the next article's title. A quotation that speaks,
// or several quotations side by side, is a feature's text or cross-head,
// not a title.
//
// A crawl's article file (20230621-05-03.txt) writes its header on fixed
// lines: kicker, title and subtitle, each line left empty when absent, the
// text under them.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/split.h"
#include "june_page.h"

// The tests live with the held-out forms' helpers (june_page.h).
namespace kanbao::corpus::testing_util {
namespace {

// Three short lines over the date: one title. A first line with a comma
// over two short lines: a kicker over a title broken in two. A title with
// a tail of five characters: one title. A second line longer than a tail,
// in clauses, is the subtitle; a longer second line without a comma names
// the event under a kicker.
TEST(FifthHoldOutForms, AnEpaperHeaderJoinsItsTitleLines) {
  const auto a = parse_june_21(
      "市区三条公交线路\n下月起延长末班时间\n方便夜班职工回家\n\n2023-06-21\n\n"
      "记者从市公交集团获悉，三条线路的末班车将推迟到晚上十一点。\n\n"
      "卖西瓜，卖西瓜\n老街口的早市上\n摊位多了一倍\n\n2023-06-21\n\n"
      "记者 王刚\n\n"
      "昨日清晨，老街口早市的西瓜摊前排起了队。\n\n"
      "摊主说，今年本地瓜上市早了半个月。\n\n"
      "社区运动会开幕仅三分钟\n掌声不断\n\n2023-06-21\n\n"
      "6月20日上午，社区运动会在新建的球场开幕，主持人只说了一句话。\n\n"
      "老街夜市重新开张\n二十多家摊位，主打本地小吃\n\n2023-06-21\n\n"
      "记者 李娜 通讯员 陈晓丽\n\n"
      "6月19日晚，停业半年的老街夜市重新开张。\n\n"
      "一场夜雨过后\n老城区三条道路的积水当天排净\n\n2023-06-21\n\n"
      "昨日凌晨，老城区降雨四十毫米，三条道路一度积水。\n");
  expect_page_articles(a, {
                              {"",
                               "市区三条公交线路 下月起延长末班时间 方便夜班职工回家",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "记者从市公交集团获悉，三条线路的末班车将推迟到晚上十一点。"},
                              {"卖西瓜，卖西瓜",
                               "老街口的早市上 摊位多了一倍",
                               "",
                               "2023-06-20",
                               {"王刚"},
                               {},
                               2,
                               "昨日清晨，老街口早市的西瓜摊前排起了队。"},
                              {"",
                               "社区运动会开幕仅三分钟 掌声不断",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               1,
                               "6月20日上午，社区运动会在新建的球场开幕，主持人只说了一句话。"},
                              {"",
                               "老街夜市重新开张",
                               "二十多家摊位，主打本地小吃",
                               "2023-06-19",
                               {"李娜"},
                               {"陈晓丽"},
                               1,
                               "6月19日晚，停业半年的老街夜市重新开张。"},
                              {"一场夜雨过后",
                               "老城区三条道路的积水当天排净",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               1,
                               "昨日凌晨，老城区降雨四十毫米，三条道路一度积水。"},
                          });
}

// A header's lines with a sentence's marks (a comma in the second, a
// dash-led subtitle) are kicker, title and subtitle: nothing is joined.
TEST(FifthHoldOutForms, LinesWithASentencesMarksStaySeparate) {
  const auto a = parse_june_21(
      "出门怕晒？\n遮阳伞轻便，防晒衣透气\n夏天出门就带它\n\n2023-06-21\n\n"
      "记者从几家商场了解到，遮阳用品的销量这周翻了一番。\n\n"
      "市区三条公交线路\n延长末班时间\n——方便夜班职工回家\n\n2023-06-21\n\n"
      "记者从市公交集团获悉，三条线路的末班车将推迟到晚上十一点。\n");
  expect_page_articles(a, {
                              {"出门怕晒？",
                               "遮阳伞轻便，防晒衣透气",
                               "夏天出门就带它",
                               "",
                               {},
                               {},
                               1,
                               "记者从几家商场了解到，遮阳用品的销量这周翻了一番。"},
                              {"市区三条公交线路",
                               "延长末班时间",
                               "——方便夜班职工回家",
                               "",
                               {},
                               {},
                               1,
                               "记者从市公交集团获悉，三条线路的末班车将推迟到晚上十一点。"},
                          });
}

// The same short lines over a lead instead of a date (a printed page, not
// an e-paper's header) stay kicker, title and subtitle.
TEST(FifthHoldOutForms, ShortLinesOverALeadAreKickerTitleSubtitle) {
  const auto a = parse_june_21(
      "市区三条公交线路\n下月起延长末班时间\n方便夜班职工回家\n"
      "本报讯（记者 王刚）6月20日，记者从市公交集团获悉，三条线路的末班车将推迟到晚上十一点。\n");
  expect_page_articles(
      a, {
             {"市区三条公交线路",
              "下月起延长末班时间",
              "方便夜班职工回家",
              "2023-06-20",
              {"王刚"},
              {},
              1,
              "本报讯（记者 王刚）6月20日，记者从市公交集团获悉，三条线路的末班车将推迟到晚上十一点。"},
         });
}

TEST(FifthHoldOutForms, ContributorsCloseAStoryAndAQuotedTitleOpensTheNext) {
  const auto a = parse_june_21(
      "中英企业签署合作协议\n\n"
      "　　本报伦敦6月20日电  （记者王刚）中英两国企业20日在伦敦签署合作协议。\n"
      "　　双方表示将继续扩大合作。\n"
      "　　（参与记者：李娜、张敏）\n\n"
      "“架起友谊的桥梁”\n\n"
      "　　6月19日，驻某国大使馆举办招待会，各界人士三百余人出席。\n"
      "　　大使在致辞中回顾了两国友好交往的历史。\n");
  expect_page_articles(a, {
                              {"",
                               "中英企业签署合作协议",
                               "",
                               "2023-06-20",
                               {"王刚", "李娜", "张敏"},
                               {},
                               2,
                               "本报伦敦6月20日电  （记者王刚）中英两国企业20日在伦敦签署合作协议。"},
                              {"",
                               "“架起友谊的桥梁”",
                               "",
                               "2023-06-19",
                               {},
                               {},
                               2,
                               "6月19日，驻某国大使馆举办招待会，各界人士三百余人出席。"},
                          });
  EXPECT_EQ(a[0].byline, "记者王刚 （参与记者：李娜、张敏）");
}

// After a date alone, several quotations on one line (a cross-head); after
// a paragraph, a quotation that speaks: the feature's own text, no title.
TEST(FifthHoldOutForms, QuotationsThatAreNoTitleStayInTheText) {
  const auto a = parse_june_21(
      "边防连队的新年\n\n"
      "　　本报记者 王刚\n\n"
      "　　新年第一天，连队的炊事班早早忙碌起来。\n"
      "　　2023年6月2日\n"
      "　　“雪鹰”“猎豹”和“火龙”\n"
      "　　零下二十多度的低温下，江面早已结上厚厚的冰。\n"
      "　　上午十时，全连官兵紧急集合。\n\n"
      "“冰面上能开车吗？”\n"
      "　　战士们在冰面上练了一整天。\n");
  expect_page_articles(
      a, {{"", "边防连队的新年", "", "", {"王刚"}, {}, 7, "新年第一天，连队的炊事班早早忙碌起来。"}});
  // The date alone, indented as the text is, is the diary's day: the text's
  // own line (it was filed as furniture and lost). The cross-head stays in
  // the text, a paragraph of its own (indented: the layout cut no sentence).
  EXPECT_EQ(a[0].paragraphs[1], "2023年6月2日");
  EXPECT_EQ(a[0].paragraphs[2], "“雪鹰”“猎豹”和“火龙”");
  EXPECT_EQ(a[0].paragraphs[3], "零下二十多度的低温下，江面早已结上厚厚的冰。");
  EXPECT_EQ(a[0].paragraphs[5], "“冰面上能开车吗？”");
  EXPECT_EQ(a[0].paragraphs[6], "战士们在冰面上练了一整天。");
}

// A crawl's article file (20230621-05-03.txt) writes its header on the
// first three lines, kicker, title and subtitle, a line left empty for a
// part the article lacks, and the text straight under them.
std::vector<Article> parse_article_file(std::string_view text, bool article_file = true) {
  return testing_util::parse_june_21(text, article_file);
}

// Two lines over the empty subtitle line: kicker and title.
TEST(FifthHoldOutForms, ArticleFileKickerOverAnEmptySubtitleLine) {
  const std::string_view text =
      "市文明办、市教育局\n联合发布年度诚信榜\n\n"
      "　　本报讯（记者 王刚）6月20日，市文明办、市教育局联合发布年度诚信榜。\n"
      "　　榜单共有十人。\n";
  expect_page_articles(parse_article_file(text),
                       {{"市文明办、市教育局",
                         "联合发布年度诚信榜",
                         "",
                         "2023-06-20",
                         {"王刚"},
                         {},
                         2,
                         "本报讯（记者 王刚）6月20日，市文明办、市教育局联合发布年度诚信榜。"}});
  // Not from such a crawl: the usual reading, title and subtitle.
  expect_page_articles(parse_article_file(text, false),
                       {{"",
                         "市文明办、市教育局",
                         "联合发布年度诚信榜",
                         "2023-06-20",
                         {"王刚"},
                         {},
                         2,
                         "本报讯（记者 王刚）6月20日，市文明办、市教育局联合发布年度诚信榜。"}});
}

// A second line opening with a dash is a subtitle, whatever the crawl:
// title and subtitle over a blank line stay so.
TEST(FifthHoldOutForms, ArticleFileDashedSecondLineStaysTheSubtitle) {
  expect_page_articles(parse_article_file("联合发布年度诚信榜\n——十人上榜\n\n"
                                          "　　本报讯（记者 王刚）6月20日，年度诚信榜发布。\n"),
                       {{"",
                         "联合发布年度诚信榜",
                         "——十人上榜",
                         "2023-06-20",
                         {"王刚"},
                         {},
                         1,
                         "本报讯（记者 王刚）6月20日，年度诚信榜发布。"}});
}

// A title alone between the empty kicker and subtitle lines: the text's
// first line under them is text though shaped like a heading (a
// commentary's bold opening sentence; a line without an ending joins the
// next, as in any text).
TEST(FifthHoldOutForms, ArticleFileTextUnderTheHeaderIsNoHeading) {
  const auto a = parse_article_file(
      "\n让老街区留住烟火气（评论员观察）\n\n"
      "　　老街区的更新不只是修房子，更要留住街坊邻里的日常生活\n"
      "　　改造前先问居民，是许多城市的做法。\n");
  expect_page_articles(
      a, {{"",
           "让老街区留住烟火气（评论员观察）",
           "",
           "",
           {},
           {},
           1,
           "老街区的更新不只是修房子，更要留住街坊邻里的日常生活改造前先问居民，是许多城市的做法。"}});
}

// An e-paper's article file (a date, not text, under the header) keeps
// the e-paper's reading: title and subtitle over the date.
TEST(FifthHoldOutForms, EpaperArticleFileKeepsItsHeader) {
  expect_page_articles(parse_article_file("老街夜市重新开张\n二十多家摊位，主打本地小吃\n\n2023-06-21\n\n"
                                          "6月19日晚，停业半年的老街夜市重新开张。\n"),
                       {{"",
                         "老街夜市重新开张",
                         "二十多家摊位，主打本地小吃",
                         "2023-06-19",
                         {},
                         {},
                         1,
                         "6月19日晚，停业半年的老街夜市重新开张。"}});
}

// A crawl's article file is one article: a dateline under its pull-quote
// (核心阅读's summary paragraphs, then the dispatch) opens no second
// article, and a note to readers under the credit is this article's, with
// no warning. The same text as a page keeps the page's readings.
std::vector<std::string> article_file_warnings(std::string_view text, bool article_file) {
  std::vector<std::string> warnings;
  SplitOptions options;
  options.issue = Date{2023, 6, 21};
  options.article_file = article_file;
  split_articles(text, warnings, options);
  return warnings;
}

TEST(FifthHoldOutForms, ArticleFileDispatchUnderItsSummaryContinuesIt) {
  const std::string_view text =
      "\n市政府发布新年工作安排\n\n"
      "　　今年，全市将新建学校二十所。\n　　今年，全市将改造老旧小区一百个。\n"
      "　　　　\n"
      "　　新华社郑州6月20日电 6月20日，市政府发布新年工作安排。\n"
      "　　安排共有十项。\n";
  expect_page_articles(
      parse_article_file(text),
      {{"", "市政府发布新年工作安排", "", "2023-06-20", {}, {}, 4, "今年，全市将新建学校二十所。"}});
  EXPECT_EQ(article_file_warnings(text, true), std::vector<std::string>{});
  // A page that indents its text reads it so too: a dispatch with no
  // heading under a story's text continues it (sixth held-out forms).
  EXPECT_EQ(parse_article_file(text, false).size(), 1U);
}

TEST(FifthHoldOutForms, ArticleFileNoteUnderTheCreditIsItsOwn) {
  const std::string_view text =
      "\n江边村的橘子熟了\n\n"
      "　　6月20日，江边村的橘子熟了，村民们忙着采摘。\n"
      "　　王刚摄影报道\n"
      "　　欢迎读者投稿，邮箱见本版。\n";
  expect_page_articles(parse_article_file(text), {{"",
                                                   "江边村的橘子熟了",
                                                   "",
                                                   "2023-06-20",
                                                   {"王刚"},
                                                   {},
                                                   2,
                                                   "6月20日，江边村的橘子熟了，村民们忙着采摘。"}});
  EXPECT_EQ(article_file_warnings(text, true), std::vector<std::string>{});
  // On a page too the note, indented as the text is, is the article's own:
  // no warning (in a month of 人民日报 such notes, a sub-story's text under
  // its credit and authors' notes drew 29 warnings, none of them a mis-parse).
  EXPECT_EQ(article_file_warnings(text, false), std::vector<std::string>{});
}

// Text after the byline set flush left on a page that indents its text is
// set as a heading is: probably another article's, glued on. That warning
// stays, naming the line.
TEST(FifthHoldOutForms, AHeadingGluedUnderTheCreditIsWarnedOf) {
  const std::string_view text =
      "\n江边村的橘子熟了\n\n"
      "　　6月20日，江边村的橘子熟了，村民们忙着采摘。\n"
      "　　王刚摄影报道\n"
      "订阅须知\n"
      "　　各地邮局均可订阅\n";
  EXPECT_EQ(article_file_warnings(text, false),
            std::vector<std::string>{
                "line 6: a heading after the byline kept in the article above it (another article's?)"});
  EXPECT_EQ(article_file_warnings(text, true), std::vector<std::string>{});  // an article file: its own
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
