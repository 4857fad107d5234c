// SPDX-License-Identifier: MIT
// Parser rules on small synthetic pages: dates, bylines, structure, years.
#include "corpus/parse.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

namespace kanbao::corpus {
namespace {

Page parse(const std::string& text, const std::string& path = "page.txt",
           std::optional<int> year = std::nullopt) {
  PageContext context;
  context.path = path;
  context.year = year;
  return parse_page(text, context);
}

// A one-article page with the given lead (and further paragraphs).
std::string page_with_lead(const std::string& lead, const std::string& more = "") {
  return "标题一行\n\n" + lead + "\n\n" + (more.empty() ? "" : more + "\n\n") + "记者 张三\n";
}

std::string date_of(const std::string& lead, const std::string& more = "",
                    const std::string& path = "page.txt", std::optional<int> year = std::nullopt) {
  const Page p = parse(page_with_lead(lead, more), path, year);
  if (p.articles.size() != 1) return "articles: " + std::to_string(p.articles.size());
  return p.articles[0].date ? p.articles[0].date->str() : "none";
}

TEST(EventDate, AtTheStartOfTheLead) {
  EXPECT_EQ(date_of("本报讯 6月20日上午,会议召开。"), "--06-20");
  EXPECT_EQ(date_of("本报讯　6月20日，会议召开。"), "--06-20");  // ideographic space, full-width comma
  EXPECT_EQ(date_of("本报讯：6月20日，会议召开。"), "--06-20");
}

TEST(EventDate, FullWidthDigits) { EXPECT_EQ(date_of("本报讯 ６月２０日，会议召开。"), "--06-20"); }

TEST(EventDate, LaterInTheLead) {
  EXPECT_EQ(date_of("本报讯 城中村改造,一头连着百姓福祉。11月8日,郑州市举行仪式。"), "--11-08");
  EXPECT_EQ(date_of("本报讯 为推进工作,4月6日上午,区长调研。"), "--04-06");
}

TEST(EventDate, ReferenceDateCarriesItsMonthToABareDay) {
  EXPECT_EQ(date_of("本报讯 为贯彻落实5月9日郑州市党政代表团学习考察座谈交流会精神,加快学习考察成果转化,"
                    "10日上午,管城回族区委书记调研。"),
            "--05-10");
  // A reference alone is not the event date.
  EXPECT_EQ(date_of("本报讯 为贯彻落实5月9日会议精神,全区开展调研。"), "none");
  // A bare day with no month known is not a date.
  EXPECT_EQ(date_of("本报讯 10日上午,区长调研。"), "none");
}

TEST(EventDate, RecentlyMeansNoDate) {
  EXPECT_EQ(date_of("本报讯 近日,二七区人大常委会调研。", "6月10日上午,业主收房。"), "none");
  EXPECT_EQ(date_of("本报讯 住房问题关系千家万户。近日,小区交付。6月10日,业主收房。"), "none");
  EXPECT_EQ(date_of("本报讯 日前,区里召开会议。"), "none");
  // But a date before 近日 wins.
  EXPECT_EQ(date_of("本报讯 6月1日,区里召开会议,近日将落实。"), "--06-01");
}

TEST(EventDate, OnlyTheLeadCounts) {
  EXPECT_EQ(date_of("本报讯 区里召开会议。", "6月10日上午,业主收房。"), "none");
}

TEST(EventDate, NotDates) {
  EXPECT_EQ(date_of("本报讯 1~4月招商引资工作开展情况良好。"), "none");
  EXPECT_EQ(date_of("本报讯 力争8月底前完成,2024年交付使用。"), "none");
  EXPECT_EQ(date_of("本报讯 13月5日,会议召开。"), "none");
  EXPECT_EQ(date_of("本报讯 6月32日,会议召开。"), "none");
  EXPECT_EQ(date_of("本报讯 共12345年6月1日。"), "none");
}

TEST(EventDate, Years) {
  // Written in the date, no other year known.
  EXPECT_EQ(date_of("本报讯 2022年3月5日,会议召开。"), "2022-03-05");
  EXPECT_EQ(date_of("本报讯 ２０２２年３月５日，会议召开。"), "2022-03-05");
  // The path's year wins over the text; --year wins over both.
  EXPECT_EQ(date_of("本报讯 2022年3月5日,会议召开。", "", "archive/2023/06/p.txt"), "2023-03-05");
  EXPECT_EQ(date_of("本报讯 3月5日,会议召开。", "", "archive/2023-06-20.txt"), "2023-03-05");
  EXPECT_EQ(date_of("本报讯 3月5日,会议召开。", "", "archive/2023/06/p.txt", 2021), "2021-03-05");
  // A year in a reference date carries over with its month.
  EXPECT_EQ(date_of("本报讯 为落实2021年5月9日会议精神,10日,区里调研。"), "2021-05-10");
}

TEST(EventDate, AfterABracketedByline) {
  EXPECT_EQ(date_of("本报讯（记者 李四）6月1日，会议召开。"), "--06-01");
}

TEST(FormatDate, Forms) {
  EXPECT_EQ((Date{2023, 6, 20}.str()), "2023-06-20");
  EXPECT_EQ((Date{0, 1, 2}.str()), "--01-02");
}

TEST(YearFromPath, Cases) {
  EXPECT_EQ(year_from_path("archive/2023/page.txt"), 2023);
  EXPECT_EQ(year_from_path("archive/2023-06-20/page.txt"), 2023);
  EXPECT_EQ(year_from_path("archive/20230620/page.txt"), 2023);
  EXPECT_EQ(year_from_path("archive/paper_2023_06/page.txt"), 2023);
  EXPECT_EQ(year_from_path("/x/1998/2023/page.txt"), 2023);  // deepest wins
  EXPECT_EQ(year_from_path("2019.txt"), 2019);
  EXPECT_EQ(year_from_path("archive/2023年/page.txt"), 2023);
  EXPECT_EQ(year_from_path("data/sample/004_199105408a5690c4.txt"), std::nullopt);
  EXPECT_EQ(year_from_path("data/sample/000_097ca8e9fcb91934.txt"), std::nullopt);
  EXPECT_EQ(year_from_path("archive/20231340/page.txt"), std::nullopt);  // not a valid YYYYMMDD
  EXPECT_EQ(year_from_path("archive/1899/3000/page.txt"), std::nullopt);
  EXPECT_EQ(year_from_path("archive/12023/page.txt"), std::nullopt);
  EXPECT_EQ(year_from_path("archive/a2023/page.txt"), std::nullopt);  // part of a hex run
  EXPECT_EQ(year_from_path(""), std::nullopt);
}

TEST(Byline, AppendedAfterTheLastSentence) {
  const Page p = parse("标题\n\n本报讯 6月1日,会议召开。\n\n会议要求,做好工作。记者 景静\n");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.byline, "记者 景静");
  EXPECT_EQ(a.reporters, std::vector<std::string>{"景静"});
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[1], "会议要求,做好工作。");
}

TEST(Byline, ReporterInASentenceIsNotAByline) {
  const Page p = parse(
      "标题\n\n本报讯 6月1日,记者从市住建局获悉,全市开工。\n\n会上,记者了解到进展顺利。记者从会上获悉\n");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.byline, "");
  EXPECT_TRUE(a.reporters.empty());
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[1], "会上,记者了解到进展顺利。记者从会上获悉");
}

TEST(Byline, OnTwoLinesWithRolesAndCredit) {
  const Page p = parse("标题\n\n本报讯 会议召开。\n\n本报记者 冉红政\n\n通讯员 姜璞 刘博闻 图/文\n");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.byline, "本报记者 冉红政 通讯员 姜璞 刘博闻 图/文");
  EXPECT_EQ(a.reporters, std::vector<std::string>{"冉红政"});
  EXPECT_EQ(a.correspondents, (std::vector<std::string>{"姜璞", "刘博闻"}));
  EXPECT_TRUE(a.photo_credit);
  EXPECT_EQ(a.paragraphs, std::vector<std::string>{"本报讯 会议召开。"});
  EXPECT_EQ(a.last_line, 7);
}

TEST(Byline, AppendedFirstLineAndASecondLine) {
  const Page p = parse("标题\n\n本报讯 会议召开,全区参加。记者 景静\n通讯员 左学彬 周祎 文/图\n");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.byline, "记者 景静 通讯员 左学彬 周祎 文/图");
  EXPECT_EQ(a.reporters, std::vector<std::string>{"景静"});
  EXPECT_EQ(a.correspondents, (std::vector<std::string>{"左学彬", "周祎"}));
  EXPECT_TRUE(a.photo_credit);
  EXPECT_EQ(a.paragraphs, std::vector<std::string>{"本报讯 会议召开,全区参加。"});
}

TEST(Byline, NotBylines) {
  // Role without a name, a five-character "name", a credit in the middle.
  for (const char* line : {"记者", "记者 张三李四王五", "记者 张三 文/图 通讯员 李四", "通讯员：张三"}) {
    const Page p = parse(std::string("标题\n\n本报讯 会议召开。\n\n") + line + "\n");
    ASSERT_EQ(p.articles.size(), 1u);
    EXPECT_EQ(p.articles[0].byline, "") << line;
  }
}

// A quote announced by a short line ending in a colon is text, not a kicker.
TEST(Structure, ColonLineThatAnnouncesIsNotAHeading) {
  const Page p = parse("标题\n\n本报讯 会议召开。\n\n他说：\n\n“要做好工作。”\n\n记者 张三\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "标题");
  EXPECT_EQ(p.articles[0].kicker, "");
}

// Text above the first article that holds no sentence (a site's title bar)
// is the page's furniture, not an article of its own.
TEST(Structure, SentenceFreeTextAboveTheFirstArticleIsFurniture) {
  const Page p = parse(
      "新闻联播 文字版\n两市签署合作协议\n第6版(国际)\n专栏:\n\n两市签署合作协议\n本报北京6月20日电 "
      "两市签署合作协议。\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "两市签署合作协议");
  ASSERT_EQ(p.furniture.size(), 4u);
  EXPECT_EQ(p.furniture[0].text, "新闻联播 文字版");
  EXPECT_TRUE(p.warnings.empty());
}

// A site's reprint notice is furniture under the site's menus; the same
// words in an article's text are text.
// A page whose first story no opening rule finds (a title and subtitle over
// a 核心阅读) keeps it as an article with its headings and no warning; text
// above the first story (the end of one carried over) is warned about.
TEST(Structure, HeadedTextAboveTheFirstOpeningIsAnArticleWithoutWarning) {
  const std::string next =
      "新桥通车\n　　本报讯 昨日，城东新桥正式通车。\n　　新桥全长八百米，双向四车道。\n";
  const Page headed = parse(
      "老街焕新 你来我往（城市更新观察）\n两年来，全市改造老旧街区三十条，比前年多一倍\n　　核心阅读\n"
      "　　今年以来，本市聚焦老街改造，多措并举。截至目前，已有三十条老街完成改造。\n"
      "　　老街是城市的记忆。去年以来，市里把老街改造列为民生实事。\n　　（本报记者 王刚）\n\n" +
      next);
  ASSERT_EQ(headed.articles.size(), 2U);
  EXPECT_EQ(headed.articles[0].title, "老街焕新 你来我往（城市更新观察）");
  EXPECT_EQ(headed.articles[0].subtitle, "两年来，全市改造老旧街区三十条，比前年多一倍");
  EXPECT_EQ(headed.articles[1].title, "新桥通车");
  EXPECT_TRUE(headed.warnings.empty()) << headed.warnings.front();

  const Page carried = parse(
      "　　居民们说，老街又热闹起来了，周末来逛的人越来越多，小店的生意也越来越好。\n　　（本报记者 "
      "王刚）\n\n" +
      next);
  ASSERT_EQ(carried.articles.size(), 2U);
  EXPECT_EQ(carried.articles[1].title, "新桥通车");
  ASSERT_EQ(carried.warnings.size(), 1U);
  EXPECT_EQ(carried.warnings[0],
            "line 1: text before the first article's headings kept as an article of its own");
}

TEST(Structure, NoticeWordsInTheTextAreText) {
  const Page p =
      parse("标题\n\n本报讯 会议召开。\n本网记者注意到，转载规定已经修改，版权保护更严。\n\n记者 张三\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].paragraphs.size(), 2u);
  EXPECT_TRUE(p.furniture.empty());
  const Page q =
      parse("标题\n\n本报讯 会议召开。\n\n记者 张三\n放大 缩小 默认\n本网所刊新闻版权所有，请勿转载。\n");
  ASSERT_EQ(q.articles.size(), 1u);
  ASSERT_EQ(q.furniture.size(), 2u);
  EXPECT_EQ(q.furniture[1].text, "本网所刊新闻版权所有，请勿转载。");
}

// On an e-paper's article page, text above the first heading that opens
// anything (a title running straight into its text) is the article's own.
TEST(Structure, ArticlePageHasNoPreamble) {
  const Page p =
      parse("3 上一篇  下一篇 4\n读报，就像聊天\n正文第一段。\n\n晚报记者 王刚\n\n第二节\n\n正文第二段。\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "读报，就像聊天");
  EXPECT_EQ(p.articles[0].reporters, std::vector<std::string>{"王刚"});
  for (const auto& w : p.warnings) EXPECT_EQ(w.find("before the first article"), std::string::npos) << w;
}

TEST(Byline, InBracketsAfterTheLeadWord) {
  const Page p = parse("标题\n\n本报讯（记者 张三 通讯员 李四）6月1日，会议召开。\n\n会议要求做好工作。\n");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.byline, "记者 张三 通讯员 李四");
  EXPECT_EQ(a.reporters, std::vector<std::string>{"张三"});
  EXPECT_EQ(a.correspondents, std::vector<std::string>{"李四"});
  EXPECT_FALSE(a.photo_credit);
  EXPECT_EQ(a.paragraphs.front(), "本报讯（记者 张三 通讯员 李四）6月1日，会议召开。");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->str(), "--06-01");
}

TEST(Structure, LayoutBreaksAreJoined) {
  const Page p = parse(
      "标题\n\n本报讯 会议要求要持之以\n\n\n\n恒加强建设,提升形象、\n\n支撑发展。\n\n"
      "他说:“很好。”\n\n下一段 version ABC\n\nDEF ends here;\n\n最后一段。\n记者 张三\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].paragraphs,
            (std::vector<std::string>{"本报讯 会议要求要持之以恒加强建设,提升形象、支撑发展。",
                                      "他说:“很好。”", "下一段 version ABC DEF ends here;", "最后一段。"}));
}

TEST(Structure, HeadingsMarkupAndSubtitles) {
  const Page p = parse(
      "## 主标题 含空格\n\n副标题一\n副标题二\n\n本报讯 会议召开。\n记者 张三\n\n# 第二篇\n\n本报讯 "
      "又一次会议。\n记者 李四\n");
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[0].title, "主标题 含空格");
  EXPECT_EQ(p.articles[0].subtitle, "副标题一\n副标题二");
  EXPECT_EQ(p.articles[0].first_line, 1);
  EXPECT_EQ(p.articles[0].last_line, 7);
  EXPECT_EQ(p.articles[1].title, "第二篇");
  EXPECT_EQ(p.articles[1].position, 1);
  EXPECT_EQ(p.articles[1].first_line, 9);
  EXPECT_TRUE(p.warnings.empty());
}

TEST(Structure, ArticleWithoutBylineEndsAtTheNextHeadings) {
  const Page p = parse(
      "标题一\n\n本报讯 会议召开。\n\n会议要求做好工作。\n\n标题二\n\n本报讯 又一次会议。\n记者 李四\n");
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[0].paragraphs, (std::vector<std::string>{"本报讯 会议召开。", "会议要求做好工作。"}));
  EXPECT_EQ(p.articles[0].byline, "");
  EXPECT_EQ(p.articles[0].last_line, 5);
  EXPECT_EQ(p.articles[1].title, "标题二");
}

// A note under the byline is the article's own: kept, and no warning (a
// warning is for a line set as a heading there, fifth held-out forms).
TEST(Structure, TextAfterTheBylineIsKeptAsTheArticlesOwn) {
  const Page p = parse(
      "标题一\n\n本报讯 会议召开。\n记者 张三\n\n（本版图片由区委宣传部提供。）\n\n标题二\n\n本报讯 "
      "又一次会议。\n");
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[0].paragraphs,
            (std::vector<std::string>{"本报讯 会议召开。", "（本版图片由区委宣传部提供。）"}));
  EXPECT_EQ(p.articles[0].byline, "记者 张三");
  EXPECT_EQ(p.articles[0].last_line, 6);
  EXPECT_TRUE(p.warnings.empty());
}

TEST(Structure, TextBeforeTheFirstHeadingIsKept) {
  const Page p = parse("郑州日报社出版。\n\n标题\n\n本报讯 会议召开。\n记者 张三\n");
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[0].title, "郑州日报社出版。");
  EXPECT_EQ(p.articles[1].title, "标题");
  EXPECT_FALSE(p.warnings.empty());
}

TEST(Structure, LeadWithoutHeading) {
  const Page p = parse("本报讯 6月1日,区里召开会议。\n记者 张三\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "6月1日");
  EXPECT_FALSE(p.warnings.empty());
}

// A lead whose first clause is empty ("本报讯。…") is titled by its first
// bytes, cut at a character boundary (it once cut a character in half).
TEST(Structure, LeadWithEmptyFirstClauseGivesAWholeCharacterTitle) {
  const std::string lead = "本报讯。a一二三四五六七八九十一二三四五六七八九十";
  const Page p = parse(lead + "\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "本报讯。a一二三四五六七八九十一二三四五");  // 58 bytes
  for (const std::string tail : {"", "a", "ab"}) {
    const std::string title =
        parse("本报讯。" + tail + "一二三四五六七八九十一二三四五六七八九十\n").articles.at(0).title;
    EXPECT_LE(title.size(), 60u);
    EXPECT_GE(title.size(), 58u);
    EXPECT_EQ((title.size() - 12 - tail.size()) % 3, 0u) << title;  // whole Han characters only
  }
}

// A file that holds one article with no lead (a crawled e-paper article) is
// that article, and nothing was guessed: no warning. A line that runs on
// into the next without a sentence end is one paragraph cut by the layout.
TEST(Structure, PageWithoutStructure) {
  const Page p = parse("\n\n# 第一行\n\n第二行,没有句号\n第三行。\n\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "第一行");
  EXPECT_EQ(p.articles[0].paragraphs, (std::vector<std::string>{"第二行,没有句号第三行。"}));
  EXPECT_EQ(p.articles[0].first_line, 3);
  EXPECT_EQ(p.articles[0].last_line, 6);
  EXPECT_TRUE(p.warnings.empty());
}

// A page that is one long line (a 10 MB one in the hostile-input tests) is
// not titled by all of it: the line is the body, its first clause the title.
TEST(Structure, PageOfOneLongLine) {
  std::string line;
  while (line.size() < 3000) line += "一行没有换行的很长的文字，";
  const Page p = parse(line + "\n");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "一行没有换行的很长的文字");
  EXPECT_EQ(p.articles[0].paragraphs, std::vector<std::string>{line});
  // Without a comma in its first 40 characters: the first 40 are the title.
  const std::string digits(300, '7');
  EXPECT_EQ(parse(digits + "\n").articles.at(0).title, std::string(40, '7'));
  // Starting with a full stop: its first 60 bytes, whole characters only.
  const std::string dots = "。" + line;
  EXPECT_EQ(parse(dots + "\n").articles.at(0).title, dots.substr(0, 60));
}

TEST(Structure, EmptyPage) {
  for (const char* text : {"", "\n\n", " \u3000\n\t\n"}) {
    const Page p = parse(text);
    EXPECT_TRUE(p.articles.empty());
    EXPECT_FALSE(p.warnings.empty());
  }
}

TEST(Structure, DistrictFromPathBeatsText) {
  EXPECT_EQ(parse(page_with_lead("本报讯 二七区召开会议。"), "archive/jinshui/p.txt").district, "金水区");
  EXPECT_EQ(parse(page_with_lead("本报讯 二七区召开会议。"), "p.txt").district, "二七区");
  EXPECT_EQ(parse(page_with_lead("本报讯 会议召开。"), "p.txt").district, "");
}

// A city paper's page of several districts' stories: each article gets
// the district it is about, not the page's most named one; an item naming
// none gets none there, and the page's on a page all about one district.
TEST(Structure, DistrictsPerArticleOnACityPage) {
  const std::string city_page =
      "二七区新建三座口袋公园\n\n本报讯 昨日,二七区三座口袋公园开放。\n\n"
      "二七区园林部门介绍,公园都在老旧小区旁。\n\n记者 张三\n\n"
      "金水区图书馆延长开放时间\n\n本报讯 从下周起,金水区图书馆每晚开到九点。\n\n记者 李四\n\n"
      "全市中小学明起放暑假\n\n本报讯 全市中小学明天起放暑假。\n\n去年,一场夏令营在惠济区举行。\n\n记者 "
      "王五\n";
  const Page city = parse(city_page, "郑州日报/2023-06-21/05.txt");
  ASSERT_EQ(city.articles.size(), 3u);
  EXPECT_EQ(city.district, "二七区");
  EXPECT_EQ(city.articles[0].district, "二七区");
  EXPECT_EQ(city.articles[1].district, "金水区");
  EXPECT_EQ(city.articles[2].district, "");  // one passing mention of 惠济区

  const std::string one_district_page =
      "二七区新建三座口袋公园\n\n本报讯 昨日,二七区三座口袋公园开放。\n\n记者 张三\n\n"
      "二七区夜市延长营业\n\n本报讯 二七区夜市本周起开到凌晨。\n\n记者 赵六\n\n"
      "雨后彩虹\n\n本报讯 昨日傍晚,一道彩虹挂在城市上空。\n\n记者 李四\n";
  const Page one = parse(one_district_page, "郑州日报/2023-06-21/06.txt");
  ASSERT_EQ(one.articles.size(), 3u);
  EXPECT_EQ(one.articles[0].district, "二七区");
  EXPECT_EQ(one.articles[1].district, "二七区");
  EXPECT_EQ(one.articles[2].district, "二七区");
}

// The paper's colophon names its printer's or office's address: a page of
// stories naming no district is not that district's page (session 30: the
// last news page of a city paper gave all its stories the printer's 钱塘区).
TEST(Structure, ColophonAddressIsNoPagesDistrict) {
  const std::string page =
      "雨后彩虹挂上城市天空\n\n本报讯 昨日傍晚,一道彩虹挂在城市上空。\n\n记者 李四\n\n"
      "全市中小学明起放暑假\n\n本报讯 全市中小学明天起放暑假。\n\n记者 王五\n\n"
      "本报地址：郑州市金水区农业路1号 邮编：450000\n"
      "印刷：郑州日报印务有限公司（郑州市金水区花园路2号）\n";
  const Page p = parse(page, "郑州日报/2023-06-21/08.txt");
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.district, "");
  EXPECT_EQ(p.articles[0].district, "");
  EXPECT_EQ(p.articles[1].district, "");
  bool colophon_kept = false;
  for (const FurnitureLine& f : p.furniture) colophon_kept = colophon_kept || f.text.starts_with("印刷：");
  EXPECT_TRUE(colophon_kept);
}

// One story about a district on a city page does not make the page that
// district's: the page's other stories, naming none, get none.
TEST(Structure, OneDistrictStoryDoesNotSpillOverACityPage) {
  const std::string city_page =
      "二七区新建三座口袋公园\n\n本报讯 昨日,二七区三座口袋公园开放。\n\n"
      "二七区园林部门介绍,公园都在老旧小区旁。\n\n记者 张三\n\n"
      "雨后彩虹\n\n本报讯 昨日傍晚,一道彩虹挂在城市上空。\n\n记者 李四\n\n"
      "全市中小学明起放暑假\n\n本报讯 全市中小学明天起放暑假。\n\n记者 王五\n";
  const Page city = parse(city_page, "郑州日报/2023-06-21/07.txt");
  ASSERT_EQ(city.articles.size(), 3u);
  EXPECT_EQ(city.district, "二七区");
  EXPECT_EQ(city.articles[0].title, "二七区新建三座口袋公园");
  EXPECT_EQ(city.articles[0].district, "二七区");
  EXPECT_EQ(city.articles[1].title, "雨后彩虹");
  EXPECT_EQ(city.articles[1].district, "");
  EXPECT_EQ(city.articles[2].title, "全市中小学明起放暑假");
  EXPECT_EQ(city.articles[2].district, "");
}

TEST(Structure, CustomGazetteer) {
  Gazetteer g;
  g.add("甲镇", "甲镇");
  PageContext context;
  context.gazetteer = &g;
  EXPECT_EQ(parse_page(page_with_lead("本报讯 甲镇召开会议,二七区参加。"), context).district, "甲镇");
}

// Robustness: huge lines and random bytes must be handled in linear time.
TEST(Robustness, HugeSingleLines) {
  const auto start = std::chrono::steady_clock::now();
  std::string han;
  for (int i = 0; i < 1'000'000; ++i) han += "区";  // 3 MB, no terminator
  std::string closers;
  for (int i = 0; i < 1'000'000; ++i) closers += "”";
  std::string digits(10'000'000, '1');
  std::string dates;
  for (int i = 0; i < 300'000; ++i) dates += "5月9日,";
  for (const std::string& line : {han, closers, digits, dates}) {
    (void)parse("本报讯 " + line);
    (void)parse("标题\n\n本报讯 " + line + "\n\n" + line + "。记者 张三\n");
    std::string many_lines;
    for (int i = 0; i < 1000; ++i) many_lines += line.substr(0, 3000) + "\n\n";
    (void)parse("标题\n\n本报讯 " + many_lines);
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));
}

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(42);
  const std::string alphabet[] = {"本报讯", "记者", " 张三",    "。", "，", "\n",    "\n\n",
                                  "5月",    "9日",  "近日",     "（", "）", "文/图", "# ",
                                  "”",      "\xFF", "\xE4\xBD", "a",  "区", "管城区"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      if (rng() % 4 == 0) {
        text += static_cast<char>(rng() % 256);
      } else {
        text += alphabet[rng() % std::size(alphabet)];
      }
    }
    const Page p = parse(text, "x/2023/guancheng/p.txt");
    for (const Article& a : p.articles) {
      EXPECT_LE(a.first_line, a.last_line);
      EXPECT_GE(a.first_line, 1);
    }
  }
}

// A jump marker closing the story's last body line, not on a line of its
// own, bracketed or not, to a page named with a letter or in Chinese: the
// story continues there (the library joins the parts), the marker is no text.
TEST(Structure, ContinuationMarkerClosingABodyLine) {
  for (const auto& [marker, page] : std::vector<std::pair<std::string, std::string>>{
           {"下转B02版", "B02"}, {"（下转B02版）", "B02"}, {"下转第二版", "02"}, {"下转A4版", "A04"}}) {
    const std::string text =
        "茶园里的春天\n\n本报讯 清晨六点,采茶的阿姨们已经上山。\n\n"
        "她们说,今年的新芽比往年早了几天。”" +
        marker + "\n";
    const Page p = parse(text, "都市快报/2026-03-29/B01.txt");
    ASSERT_EQ(p.articles.size(), 1u) << marker;
    const Article& a = p.articles[0];
    EXPECT_EQ(a.title, "茶园里的春天") << marker;
    EXPECT_EQ(a.continued_to, page) << marker;
    ASSERT_EQ(a.paragraphs.size(), 2u) << marker;
    EXPECT_EQ(a.paragraphs[0], "本报讯 清晨六点,采茶的阿姨们已经上山。") << marker;
    EXPECT_EQ(a.paragraphs[1], "她们说,今年的新芽比往年早了几天。”") << marker;
  }
}

}  // namespace
}  // namespace kanbao::corpus
