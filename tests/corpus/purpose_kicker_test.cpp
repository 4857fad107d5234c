// SPDX-License-Identifier: MIT
// Two heading lines where the first is a kicker by its shape alone (issue 11,
// session 20), in text of our own: a line with no subject of its own
// ("确保…", "就…") over the news that names one, and any line over a
// quotation standing alone. A speech's title (在…上的讲话) keeps its date
// under it, a line set in phrases or closed by its column's name stays a
// title over its subtitle, and so does a slogan's title over its dash.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(PurposeKicker, ALineWithNoSubjectOverTheNewsIsTheKicker) {
  const auto a = parse_june_21(
      "确保吃得安心、住得舒心\n"
      "运动员村全力做好后勤保障工作\n"
      "　　运动员村开村以来，后勤保障团队每天检查食堂和宿舍。\n"
      "\n"
      "就加强两市友好城市合作\n"
      "临河市长同远山市长互致信函\n"
      "　　两市市长在信中回顾了结好以来的交流合作。\n"
      "\n"
      "推进城南片区产城融合发展\n"
      "临河为高新技术企业落户添动力\n"
      "　　今年以来，城南片区新落户高新技术企业十余家。\n");
  expect_page_articles(a, {
                              {"确保吃得安心、住得舒心",
                               "运动员村全力做好后勤保障工作",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "运动员村开村以来，后勤保障团队每天检查食堂和宿舍。"},
                              {"就加强两市友好城市合作",
                               "临河市长同远山市长互致信函",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "两市市长在信中回顾了结好以来的交流合作。"},
                              {"推进城南片区产城融合发展",
                               "临河为高新技术企业落户添动力",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "今年以来，城南片区新落户高新技术企业十余家。"},
                          });
}

TEST(PurposeKicker, ASpeechOrALineInPhrasesKeepsItsTitle) {
  const auto a = parse_june_21(
      "在临河市第五次党代会闭幕会上的讲话\n"
      "（2023年6月20日）\n"
      "　　同志们：市第五次党代会圆满完成了各项议程。\n"
      "\n"
      "提升老城区 对外知名度和影响力\n"
      "区领导督导老城文化街区建设工作\n"
      "　　区领导实地督导老城文化街区建设，要求加快施工进度。\n"
      "\n"
      "推动老旧小区加装电梯（民生实事）\n"
      "南城区首批二十部电梯投入使用\n"
      "　　南城区首批加装的二十部电梯本月投入使用。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "在临河市第五次党代会闭幕会上的讲话");
  ASSERT_FALSE(a[0].paragraphs.empty());
  EXPECT_EQ(a[0].paragraphs.front(), "（2023年6月20日）");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "提升老城区 对外知名度和影响力");
  EXPECT_EQ(a[1].subtitle, "区领导督导老城文化街区建设工作");
  EXPECT_EQ(a[2].kicker, "");
  EXPECT_EQ(a[2].title, "推动老旧小区加装电梯（民生实事）");
  EXPECT_EQ(a[2].subtitle, "南城区首批二十部电梯投入使用");
}

TEST(PurposeKicker, ALineOverAQuotationAloneIsTheKicker) {
  const auto a = parse_june_21(
      "临河侨商大会开幕\n"
      "“临河为各地侨商投资兴业提供更多更好的机遇”\n"
      "　　来自二十多个国家和地区的侨商参加大会。\n"
      "\n"
      "护士长王小梅\n"
      "“守好每一张病床就是守好每一个家庭”\n"
      "　　王小梅在病区一干就是二十年。\n"
      "\n"
      "弘扬科学精神 助力乡村振兴\n"
      "——临河市农业科技特派员工作纪实\n"
      "　　三年来，全市二百名科技特派员扎根乡村。\n");
  expect_page_articles(a, {
                              {"临河侨商大会开幕",
                               "“临河为各地侨商投资兴业提供更多更好的机遇”",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "来自二十多个国家和地区的侨商参加大会。"},
                              {"护士长王小梅",
                               "“守好每一张病床就是守好每一个家庭”",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "王小梅在病区一干就是二十年。"},
                              {"",
                               "弘扬科学精神 助力乡村振兴",
                               "——临河市农业科技特派员工作纪实",
                               "",
                               {},
                               {},
                               1,
                               "三年来，全市二百名科技特派员扎根乡村。"},
                          });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
