// SPDX-License-Identifier: MIT
// A document printed under its name with a second heading line that only
// notes its number, or its date and place in brackets (issue 11, session
// 20), in text of our own: the name is the title, the note its subtitle,
// though a short body's name over a longer line reads like a kicker.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(DocumentNote, ADocumentsNumberOrDateIsItsSubtitle) {
  const auto a = parse_june_21(
      "临河市人民政府令\n"
      "第十二号\n"
      "　　《临河市城市绿化管理办法》已经市政府常务会议通过，现予公布。\n"
      "\n"
      "临河市和远山市联合声明\n"
      "（二〇二三年六月十八日  临河）\n"
      "　　应临河市人民政府邀请，远山市代表团于六月十七日至十八日访问临河。\n"
      "\n"
      "临河市人大常委会公告\n"
      "［十六届］第三号\n"
      "　　临河市第十六届人民代表大会常务委员会第九次会议决定：接受辞职。\n");
  expect_headings(a, {
                         {"", "临河市人民政府令", "第十二号"},
                         {"", "临河市和远山市联合声明", "（二〇二三年六月十八日 临河）"},
                         {"", "临河市人大常委会公告", "［十六届］第三号"},
                     });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
