// SPDX-License-Identifier: MIT
// Ordinary page shapes that look like the forms of the third held-out set
// (third_holdout_forms_test.cpp) and must not be read as them (issue 11,
// found in review): a reporter's byline over one line of text, photo news
// in a row above a headless lead, 版 in words that name no page (出版,
// 版画), a field's label or a site's name beside a bar.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/split.h"
#include "june_page.h"

namespace kanbao::corpus {
namespace {

using testing_util::date_of;
using testing_util::Names;

std::vector<Article> parse(std::string_view text) { return testing_util::parse_june_21(text); }

// Only a web page's byline of fields ("来源:… 作者:…") makes the header of
// the headless lead below it; a reporter's plain byline over one line of
// text is a story of its own, and so is the lead after it.
TEST(LookAlikeForms, PlainBylineOverOneLineIsAStoryOfItsOwn) {
  for (const char* byline : {"本报记者 王刚", "□本报记者 王刚"}) {
    const auto a = parse(std::string("滨河路通车\n") + byline +
                         "\n滨河路昨日正式通车，全长三公里。\n\n"
                         "本报讯（记者 李娜）6月18日，新区图书馆开馆。\n");
    ASSERT_EQ(a.size(), 2u) << byline;
    EXPECT_EQ(a[0].title, "滨河路通车") << byline;
    EXPECT_EQ(date_of(a[0]), "2023-06-20") << byline;
    EXPECT_EQ(a[0].reporters, Names{"王刚"}) << byline;
    EXPECT_EQ(date_of(a[1]), "2023-06-18") << byline;
    EXPECT_EQ(a[1].reporters, Names{"李娜"}) << byline;
  }
}

// Photo news in a row, none under a heading, then a dateline lead with no
// heading: three items, the lead dated and credited by itself.
TEST(LookAlikeForms, PhotoNewsInARowAboveAHeadlessLead) {
  const auto a = parse(
      "昨天，市民在河畔公园赏荷。本报记者 周强 摄\n\n"
      "昨天，环卫工人清扫落叶。本报记者 李娜 摄\n\n"
      "本报讯（记者 王刚）6月19日，新区图书馆开馆。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].reporters, Names{"周强"});
  EXPECT_EQ(a[1].reporters, Names{"李娜"});
  EXPECT_EQ(date_of(a[2]), "2023-06-19");
  EXPECT_EQ(a[2].reporters, Names{"王刚"});
}

// Two photos under one heading above the dispatch they illustrate: each
// caption stays a paragraph of its own, never glued to the next.
TEST(LookAlikeForms, CaptionsAboveTheirDispatchStayParagraphs) {
  const auto a = parse(
      "河畔新城首座体育馆落成\n\n"
      "6月20日，市民在新落成的体育馆内打羽毛球。新华社记者 张敏 摄\n\n"
      "体育馆外景。新华社记者 张敏 摄\n\n"
      "新华社河畔6月20日电（记者 王刚）河畔新城首座体育馆20日落成开放。\n"
      "体育馆可容纳观众三千人。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].paragraphs, (Names{"6月20日，市民在新落成的体育馆内打羽毛球。新华社记者 张敏 摄",
                                    "体育馆外景。新华社记者 张敏 摄",
                                    "新华社河畔6月20日电（记者 王刚）河畔新城首座体育馆20日落成开放。",
                                    "体育馆可容纳观众三千人。"}));
}

// 版 in a word (出版, 版画) names no page of the paper: the date before it
// is the event's. A page named after 本报 still marks an earlier report.
TEST(LookAlikeForms, WordsHoldingBanAreNoEarlierReport) {
  struct Case {
    const char* lead;
    const char* date;
  };
  const Case cases[] = {
      {"本报讯（记者 王刚）6月19日，本报主办的版画展在市美术馆开幕。", "2023-06-19"},
      {"本报讯（记者 王刚）6月19日，本报联合市新闻出版局举办读书节，20日上午开幕。", "2023-06-19"},
      {"本报讯（记者 王刚）6月19日，本报新版客户端上线。", "2023-06-19"},
      {"本报讯（记者 王刚）6月12日，本报A07版以《老街换新颜》为题作了报道。20日，老街开街。", "2023-06-20"},
      {"本报讯（记者 王刚）6月12日，本报第三版报道了老街改造。20日，老街开街。", "2023-06-20"},
      {"本报讯（记者 王刚）6月12日，本报头版报道了老街改造。20日，老街开街。", "2023-06-20"},
  };
  for (const Case& c : cases) {
    const auto a = parse(std::string("新区动态\n") + c.lead + "\n");
    ASSERT_EQ(a.size(), 1u) << c.lead;
    EXPECT_EQ(date_of(a[0]), c.date) << c.lead;
  }
}

// A field's label before a bar inside a story's text is no column's name:
// the line and the one it runs on into stay the story's.
TEST(LookAlikeForms, FieldLabelBeforeABarStaysInTheText) {
  for (const char* line : {"温馨提示 | 市民可通过微信公众号预约入馆,每天限流五千人",
                           "项目名称｜河畔新城体育馆建设工程，总投资三亿元"}) {
    const auto a = parse(std::string("新区图书馆开馆\n本报讯 6月20日，新区图书馆开馆。（记者 王刚）\n\n") +
                         line + "\n预约时段为每天上午九时至下午五时。\n");
    ASSERT_EQ(a.size(), 1u) << line;
    ASSERT_EQ(a[0].paragraphs.size(), 2u) << line;  // the line runs on into the next (no blank line)
    EXPECT_EQ(a[0].paragraphs[1], std::string(line) + "预约时段为每天上午九时至下午五时。");
  }
}

// A column's name before a bar mid-page opens an article under it, its
// title kept whole though it holds a comma.
TEST(LookAlikeForms, ColumnBeforeABarMidPage) {
  const auto a = parse(
      "新区图书馆开馆\n本报讯 6月20日，新区图书馆开馆。（记者 王刚）\n\n"
      "新春走基层 | 老街坊的年夜饭,吃出了新滋味\n"
      "除夕前一天，老街上的年味已经很浓了。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].kicker, "新春走基层");
  EXPECT_EQ(a[1].title, "老街坊的年夜饭,吃出了新滋味");
}

// A title and the site's name, or two equal halves, are not a column and a
// title: no kicker is taken from them.
TEST(LookAlikeForms, SiteNameOrEqualHalvesBesideABar) {
  for (const char* heading : {"新区图书馆开馆 | 河畔新闻网", "初心如磐 | 使命在肩"}) {
    const auto a = parse(std::string(heading) + "\n本报讯（记者 王刚）6月20日，新区图书馆开馆。\n");
    ASSERT_EQ(a.size(), 1u) << heading;
    EXPECT_EQ(a[0].kicker, "") << heading;
    EXPECT_EQ(a[0].title, heading);
  }
}

// The dateline's reporter credited again under the story's photo is one
// reporter, not two.
TEST(LookAlikeForms, AReporterCreditedTwiceIsOneReporter) {
  const auto a = parse("新区图书馆开馆\n本报讯（记者 王刚）6月20日，新区图书馆开馆。本报记者 王刚 摄\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].reporters, Names{"王刚"});
}

}  // namespace
}  // namespace kanbao::corpus
