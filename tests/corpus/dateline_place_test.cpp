// SPDX-License-Identifier: MIT
// A dateline whose place holds a character that opens sentences (issue 11,
// session 22), in text of our own: 呼和浩特 holds 和, 从江 holds 从. Before a
// day the word is a place's name, and the dateline's reporters are
// credited; with no day after it, it is still a sentence, not a dateline.
#include <gtest/gtest.h>

#include "corpus/leads.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(DatelinePlace, PlaceNameHoldingASentencesCharacter) {
  const auto lead = match_lead("本报呼和浩特6月20日电  （记者王刚、李娜）冬季运动会20日开幕。");
  ASSERT_TRUE(lead.has_value());
  EXPECT_TRUE(lead->dateline);
  ASSERT_TRUE(lead->byline.has_value());
  EXPECT_EQ(lead->byline->reporters, (Names{"王刚", "李娜"}));
  const auto agency = match_lead("新华社从江6月19日电  （记者张强）侗寨的夏粮开镰了。");
  ASSERT_TRUE(agency.has_value());
  EXPECT_TRUE(agency->dateline);
}

TEST(DatelinePlace, SentenceWithNoDayIsNoDateline) {
  const auto sentence = match_lead("本报和市电视台联合举办的晚会昨晚播出。");
  EXPECT_FALSE(sentence && sentence->dateline);
  const auto reporter = match_lead("本报记者从电力公司获悉，线路已抢修完毕。");
  EXPECT_FALSE(reporter && reporter->dateline);
}

TEST(DatelinePlace, StoryCreditsTheDatelinesReporters) {
  const auto a = parse_june_21(
      "草原冰雪季开幕\n"
      "　　本报呼和浩特6月20日电  （记者王刚）以“冰雪草原”为主题的冰雪季20日开幕。\n"
      "　　活动将持续到明年三月。\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].reporters, Names{"王刚"});
  EXPECT_EQ(date_of(a[0]), "2023-06-20");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
