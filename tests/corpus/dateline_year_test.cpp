// SPDX-License-Identifier: MIT
// A dateline that writes the year before the month (新华社北京2019年12月31日
// 电), in text of our own: it is a dateline, and its date, year included,
// is the story's event date.
#include <gtest/gtest.h>

#include "corpus/dates.h"
#include "corpus/leads.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(DatelineYear, TheYearIsPartOfTheDatelinesDate) {
  const auto lead = match_lead("新华社北京2019年12月31日电  （记者张强）新年贺词今晚播出。");
  ASSERT_TRUE(lead.has_value());
  EXPECT_TRUE(lead->dateline);
  ASSERT_TRUE(lead->date.has_value());
  EXPECT_EQ(lead->date->str(), "2019-12-31");
  ASSERT_TRUE(lead->byline.has_value());
  EXPECT_EQ(lead->byline->reporters, Names{"张强"});
  // A long place leaves room for the year too.
  const auto far = match_lead("新华社乌鲁木齐2019年12月31日电 天山脚下迎来降雪。");
  ASSERT_TRUE(far && far->date);
  EXPECT_EQ(far->date->str(), "2019-12-31");
  const auto event = find_event_date("本报郑州2020年1月2日电 新建的桥梁今天通车。");
  ASSERT_TRUE(event.has_value());
  EXPECT_EQ(event->str(), "2020-01-02");
}

// A date written without its year takes the year that puts it nearest the
// issue: a story announced for next week stays in the issue's year, and
// the turn of the year goes either way.
TEST(DatelineYear, AnUnwrittenYearIsTheOneNearestTheIssue) {
  struct Case {
    const char* lead;
    Date issue;
    const char* event;
  };
  const Case cases[] = {
      {"4月3日至5日，音乐节将在体育场连开三天。", Date{2026, 3, 28}, "2026-04-03"},
      {"12月30日，新桥合龙。", Date{2020, 1, 2}, "2019-12-30"},
      {"1月5日，冰雪节将开幕。", Date{2019, 12, 28}, "2020-01-05"},
      {"11月8日，工程开工。", Date{2020, 3, 28}, "2019-11-08"},
      {"2018年4月3日，工程开工。", Date{2026, 3, 28}, "2018-04-03"},
  };
  for (const Case& c : cases) {
    const auto event = find_event_date(c.lead, c.issue);
    EXPECT_EQ(event ? event->str() : "none", c.event) << c.lead;
  }
}

TEST(DatelineYear, NoYearWithoutAMonthAndNoOtherNumberBeforeIt) {
  const auto bare = match_lead("新华社北京6月20日电 会议闭幕。");
  ASSERT_TRUE(bare && bare->date);
  EXPECT_EQ(bare->date->year, 0);
  // Three digits before 年 are no year, and make no dateline.
  const auto odd = match_lead("新华社北京201年12月31日电 会议闭幕。");
  EXPECT_FALSE(odd && odd->date && odd->date->year != 0);
}

TEST(DatelineYear, TheStoryIsDatedByItEvenInAnotherYearThanTheIssue) {
  const auto a = parse_june_21(
      "新年贺词今晚播出\n"
      "　　新华社北京2022年12月31日电  （记者张强）新年贺词今晚播出。\n"
      "　　贺词回顾了一年的成就。\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(date_of(a[0]), "2022-12-31");
  EXPECT_EQ(a[0].reporters, Names{"张强"});
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
