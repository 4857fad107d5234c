// SPDX-License-Identifier: MIT
// Forms met on real pages of several papers (issue 11's real-page scoring)
// that the parser misread, in fixtures of our own text: a byline line under
// the title in the forms news sites and e-papers print it, a media group's
// initials or a city's name before the role, a breadcrumb trail, dates
// written in Chinese numerals at the start of a caption, a web page's date
// bar under its title, four-part issue-file headings, photographers
// credited in captions.
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
using Parsed = testing_util::ParsedFixture;
using testing_util::parse_fixture;

std::vector<int> furniture_lines(const Parsed& p) {
  std::vector<int> lines;
  for (const auto& f : p.furniture) lines.push_back(f.line);
  return lines;
}

// A news site's field line under the title (来源, 记者, 作者, 编辑, the
// time of posting) is the byline, not a subtitle: the reporter once, the
// editor none; the breadcrumb trail above the title is furniture.
TEST(RealForms, FieldLineUnderTheTitleIsTheByline) {
  const Parsed p = parse_fixture("byline_fields.txt");
  expect_articles(
      p, {{"",
           "“饭菜可口价格实惠”老街巷里开出社区食堂",
           "",
           "2023-06-20",
           "来源：中原晚报     记者：王　刚     作者：王　刚     编辑：李娜     2023-06-21 08:30 | |",
           {"王刚"},
           {},
           false,
           2,
           "昨天上午，老城区首家社区食堂在顺河路开门营业，附近老人排队尝鲜。",
           "",
           "",
           3,
           9}});
  EXPECT_EQ(furniture_lines(p), (std::vector<int>{1}));
}

// "作者：X" with the e-paper's source note after it, under a column name
// and a title.
TEST(RealForms, AuthorLineUnderTheTitleIsTheByline) {
  const Parsed p = parse_fixture("byline_author.txt");
  expect_articles(p, {{"乡村书屋",
                       "从借书人到管书人",
                       "",
                       "",
                       "作者：陈晓丽 《中原日报》（ 2023年06月21日 07版）",
                       {"陈晓丽"},
                       {},
                       false,
                       2,
                       "二十年前，我在村里的书屋借到第一本农技书。",
                       "",
                       "",
                       3,
                       11}});
}

// A city's name before a newsroom's role ("中原融媒体记者 张敏") and a
// media group's Latin initials ("ZYW记者李娜" in the lead's brackets).
TEST(RealForms, CityAndGroupBeforeTheRole) {
  const Parsed p = parse_fixture("byline_newsroom.txt");
  expect_articles(p, {{"",
                       "夜市延时到凌晨",
                       "",
                       "2023-06-20",
                       "中原融媒体记者 张　敏",
                       {"张敏"},
                       {},
                       false,
                       2,
                       "本报讯 昨晚十点，德化街夜市依旧人头攒动。今年起，夜市营业时间延长至凌晨一点。",
                       "",
                       "",
                       3,
                       9},
                      {"",
                       "社区书屋开门迎客",
                       "",
                       "2023-06-20",
                       "ZYW记者李娜",
                       {"李娜"},
                       {},
                       false,
                       2,
                       "本报讯（ZYW记者李娜）昨日，金水区首家社区书屋开门迎客，藏书五千余册。",
                       "",
                       "",
                       11,
                       15}});
  for (const char* text : {"郑州融媒体记者 孙志刚", "YMG记者 侯召溪", "（YMG记者侯召溪）", "作者：雷收麦",
                           "记者：王刚 编辑：李娜"})
    EXPECT_TRUE(parse_byline(text)) << text;
  const auto two = parse_byline("（中央人民广播电台记者刘振英、新华社记者邹爱国）");
  ASSERT_TRUE(two);
  EXPECT_EQ(two->reporters, (std::vector<std::string>{"刘振英", "邹爱国"}));
  // A person is no organisation, a question no name; a role's field alone
  // is a speaker's label; a field line naming only editors credits nobody.
  for (const char* text :
       {"王刚融媒体记者", "记者：您怎么看这次改造", "记者：王刚", "来源：中原晚报 编辑：李娜"})
    EXPECT_FALSE(parse_byline(text)) << text;
}

// A web page copied with its breadcrumb trail and its address line
// ("http://… date source") above the text: both furniture, and the quoted
// title stays the title.
TEST(RealForms, WebPageHeaderLinesAreFurniture) {
  const Parsed p = parse_fixture("web_page_header.txt");
  // The event is dated by the second paragraph (昨天), the first being a
  // sentence of scene (StructureForms.DateGivenOnlyInTheSecondParagraph).
  expect_articles(p, {{"",
                       "“这才是真正的中原！”",
                       "",
                       "2023-06-20",
                       "",
                       {},
                       {},
                       false,
                       2,
                       "短短五天，采访团跑了五个市。",
                       "",
                       "",
                       3,
                       10}});
  EXPECT_EQ(furniture_lines(p), (std::vector<int>{1, 6}));
}

// A list of what a person was, above the line that names him, is the
// kicker (著名…专家、教育家和社会活动家 / 林远同志逝世).
TEST(RealForms, DescriptionOfAPersonIsAKicker) {
  const Parsed p = parse_fixture("attribute_kicker.txt");
  expect_articles(
      p, {{"著名水利专家、教育家和社会活动家",
           "林远同志逝世",
           "",
           "2023-06-20",
           "",
           {},
           {},
           false,
           1,
           "新华社北京6月20日电 "
           "著名水利专家、教育家和社会活动家林远同志因病医治无效，于2023年6月19日在北京逝世，享年九十岁。",
           "",
           "",
           4,
           6}});
}

// A news site's "新闻推荐" box and the teasers under it close the copied
// page: they are furniture, not a second article.
TEST(RealForms, RecommendationBoxClosesThePage) {
  const Parsed p = parse_fixture("web_recommendations.txt");
  expect_articles(p, {{"",
                       "暑期地铁夜间加开班次",
                       "",
                       "2023-06-20",
                       "记者 王刚",
                       {"王刚"},
                       {},
                       false,
                       2,
                       "本报讯（记者 王刚）昨日，市交通局发布暑期出行提示，地铁一号线夜间加开班次。",
                       "",
                       "",
                       1,
                       3}});
  EXPECT_EQ(furniture_lines(p), (std::vector<int>{4, 5, 6, 7}));
}

// Papers before the 1980s wrote dates in Chinese numerals: a caption
// opening with one is dated by it.
TEST(RealForms, CaptionDatedInChineseNumerals) {
  const Parsed p = parse_fixture("caption_numeral_date.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].date ? p.articles[0].date->str() : "", "2023-06-20");
  EXPECT_EQ(p.articles[0].reporters, (std::vector<std::string>{"王刚"}));
  const Date issue{2023, 6, 21};
  for (const char* text : {"六月二十日，", "十二月三十一日", "十月一日上午"})
    EXPECT_TRUE(opens_with_date(text)) << text;
  EXPECT_EQ(find_event_date("十二月三十一日，全市迎来新年。", issue)->str(), "2022-12-31");
  EXPECT_EQ(find_event_date("六月五日，国家主席会见来访的客人。", issue)->str(), "2023-06-05");
  for (const char* text : {"十三日", "六月", "三十二月五日"}) EXPECT_FALSE(opens_with_date(text)) << text;
}

// A web page's title stands above its date bar ("2023年06月21日08:30",
// "某某网  日期: … 来源: …") and a source line; the photo captions below the
// bar are text, not the heading (the title was taken for furniture, a
// caption for the title). A column tag glued to the title is the kicker.
TEST(RealForms, TitleAboveTheWebDateBar) {
  const Parsed tagged = parse_fixture("web_date_bar.txt");
  expect_articles(
      tagged, {{"【城市记忆】",
                "老城墙下的第一家照相馆",
                "",
                "",
                "记者 王刚",
                {"王刚"},
                {},
                false,
                2,
                "照相馆开业时的门面(资料图片老师傅在暗房冲洗胶片七十年前，老城墙下开出了全城第一家照相馆。"
                "开业那天，排队拍照的人从街口排到了城门洞。",
                "",
                "",
                4,
                18}});
  EXPECT_EQ(furniture_lines(tagged), (std::vector<int>{1, 2, 6, 8}));
  const Parsed labelled = parse_fixture("web_date_source_bar.txt");
  expect_articles(
      labelled,
      {{"",
        "二七塔下的老商场",
        "",
        "",
        "",
        {},
        {},
        false,
        2,
        "上世纪80年代的老商场二七塔下的老商场1958年，老商场在二七塔下开门营业，卖过自行车、缝纫机和收音机。",
        "",
        "",
        4,
        13}});
  EXPECT_EQ(furniture_lines(labelled), (std::vector<int>{1, 2, 6, 15}));
}

// Photos inside the text credit their photographers at the end of their
// captions ("… 本报记者 李娜摄", "图说:… 记者 赵磊 摄(下同)"): they are
// the article's reporters too, after the writers.
TEST(RealForms, PhotographersInCaptionsAreReporters) {
  const Parsed p = parse_fixture("caption_credits.txt");
  expect_articles(p, {{"",
                       "社区书屋十年 借书人变成了管书人",
                       "",
                       "2023-06-20",
                       "本报记者 王刚 张敏",
                       {"王刚", "张敏", "赵磊", "李娜"},
                       {},
                       false,
                       2,
                       "图说:昨天上午，社区书屋十周年读者会在书屋举行 中原晚报记者 赵磊 摄(下同)"
                       "“这里的每一本书我都摸过。”六十八岁的李大爷说，十年前他是书屋的第一位读者。",
                       "",
                       "",
                       1,
                       10}});
  for (const char* text : {"读者们在书架前合影 本报记者 李娜摄", "开幕式现场 记者 赵磊 摄（下同）"})
    EXPECT_TRUE(find_caption_credit(text)) << text;
  for (const char* text : {"本报记者 李娜摄", "他说。 记者 王刚", "读者们在书架前合影摄"})
    EXPECT_FALSE(find_caption_credit(text)) << text;
}

// An issue file's heading of four parts (title, subtitle, two more): with a
// second subtitle the count does not make the first part a kicker; it is
// one only when it reads as context (为群众办实事).
TEST(RealForms, FourPartEntryHeading) {
  const Parsed p = parse_fixture("entries_four_part.txt");
  expect_articles(
      p, {{"",
           "市长主持召开常务会议",
           "研究部署夏季防汛工作 全市水库蓄水量比去年增加一成 十二座中型水库汛限水位下调",
           "2023-06-20",
           "记者王刚报道",
           {"王刚"},
           {},
           false,
           2,
           "本报郑州6月20日电 记者王刚报道：市长20日主持召开市政府常务会议，研究部署夏季防汛工作。",
           "",
           "",
           7,
           7},
          {"为群众办实事",
           "我市新建三十座口袋公园",
           "首批十座本月开放 其余年底前完工",
           "2023-06-20",
           "记者李娜报道",
           {"李娜"},
           {},
           false,
           2,
           "本报郑州6月20日电 记者李娜报道：记者20日从市园林局获悉，我市今年新建的三十座口袋公园已完工十座。",
           "",
           "",
           11,
           11}});
}

}  // namespace
}  // namespace kanbao::corpus
