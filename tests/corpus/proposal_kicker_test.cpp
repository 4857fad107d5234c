// SPDX-License-Identifier: MIT
// Two heading lines where the first ends on a verb of proposing (…建议,
// …呼吁, …提示) that the second spells out: the first is the kicker, the
// second the title, as with …强调 and …表示 (issue 11). A statement over
// a statement stays a title over its subtitle. Text of our own.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(ProposalKicker, AProposalsVerbOverWhatItProposesIsTheKicker) {
  const auto a = parse_june_21(
      "市政协主席会议建议\n"
      "年度全体会议推迟举行\n"
      "　　本报临河6月20日电　日前，市政协召开主席会议，研究全体会议的有关事项。\n"
      "\n"
      "市疾控中心专家提示\n"
      "夏季游泳注意防范水源性疾病\n"
      "　　进入夏季，游泳的市民增多，疾控专家提醒大家选择正规场所。\n"
      "\n"
      "新城区开展暑期安全教育\n"
      "一个假期都不能放松\n"
      "　　新城区教育局近日发出暑期安全提醒，要求各校做好假期安全教育。\n");
  expect_headings(a, {
                         {"市政协主席会议建议", "年度全体会议推迟举行", ""},
                         {"市疾控中心专家提示", "夏季游泳注意防范水源性疾病", ""},
                         {"", "新城区开展暑期安全教育", "一个假期都不能放松"},
                     });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
