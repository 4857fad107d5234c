// SPDX-License-Identifier: MIT
// Forms met on real pages of several papers (issue 11's real-page scoring)
// that the parser misread, in fixtures of our own text: a byline line under
// the title in the forms news sites and e-papers print it, a media group's
// initials or a city's name before the role, a breadcrumb trail, and dates
// written in Chinese numerals at the start of a caption.
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
  expect_articles(p, {{"",
                       "“这才是真正的中原！”",
                       "",
                       "",
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

}  // namespace
}  // namespace kanbao::corpus
