// SPDX-License-Identifier: MIT
// On a page that indents its paragraphs and sets its headings flush left, a
// quotation that speaks (“…，…！”) standing flush left over indented text,
// after a story closed by its credit (issue 11, session 20), in text of our
// own: the title of the next article, not a line of the story above. So
// too after a blank line closing a story set solid under its heading
// (session 23). After a paragraph that closes nothing, on a page that sets
// blank lines within a story, such a quotation stays in the text
// (FifthHoldOutForms.QuotationsThatAreNoTitleStayInTheText).
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(QuotedTitleAfterCredit, ASpeakingQuotationAfterACreditOpensAnArticle) {
  const auto a = parse_june_21(
      "焊花飞舞保安全\n"
      "　　6月20日，临河车辆段检修车间的工人正在检修车体。\n"
      "　　本报记者  王  刚摄\n"
      "\n"
      "“守护一方平安，我们责无旁贷！”\n"
      "　　6月20日清晨，临河市公安局南城分局的民警已经在路口执勤。\n"
      "　　民警李娜说，节假日车流大，执勤一刻也不能松懈。\n");
  ASSERT_EQ(a.size(), 2U);
  EXPECT_EQ(a[0].title, "焊花飞舞保安全");
  EXPECT_EQ(a[0].paragraphs.size(), 1U);
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "“守护一方平安，我们责无旁贷！”");
  EXPECT_EQ(a[1].paragraphs.size(), 2U);
}

TEST(QuotedTitleAfterCredit, ASpeakingQuotationAfterASolidStoryOpensAnArticle) {
  const auto a = parse_june_21(
      "临河公交新开三条夜班线路\n"
      "　　本报临河6月20日电  临河公交集团今起新开三条夜班线路。\n"
      "　　夜班线路每半小时发一班车。\n"
      "\n"
      "“夜里下班，终于不用打车了！”\n"
      "　　6月20日晚，在城南工业园上班的李娜坐上了第一班夜班车。\n"
      "　　她说，以前加班到深夜，只能打车回家。\n");
  expect_page_articles(a, {
                              {"",
                               "临河公交新开三条夜班线路",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               2,
                               "本报临河6月20日电  临河公交集团今起新开三条夜班线路。"},
                              {"",
                               "“夜里下班，终于不用打车了！”",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               2,
                               "6月20日晚，在城南工业园上班的李娜坐上了第一班夜班车。"},
                          });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
