// SPDX-License-Identifier: MIT
// Two heading lines where the first names only where or from whom the news
// comes (issue 11, session 20), in text of our own: a province spaced out
// as a column of provinces' reports sets it, a spokesman and what he spoke
// on, a working body (…机制). Each is the kicker over the title under it.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(NamedSourceKicker, AProvinceSpokesmanOrWorkingBodyIsTheKicker) {
  const auto a = parse_june_21(
      "河  南\n"
      "夏粮收购有序\n"
      "　　河南各地粮库开秤收购新麦，收购价格稳中有升。\n"
      "\n"
      "市防汛指挥部发言人谈今年汛期形势\n"
      "群众生命财产安全是防汛工作的头等大事\n"
      "　　市防汛指挥部发言人表示，今年汛期降雨偏多。\n"
      "\n"
      "临河市河湖长联席机制\n"
      "印发《临河湖保护三年行动方案》\n"
      "　　方案提出，三年内全面消除劣五类水体。\n");
  expect_headings(a, {
                         {"河 南", "夏粮收购有序", ""},
                         {"市防汛指挥部发言人谈今年汛期形势", "群众生命财产安全是防汛工作的头等大事", ""},
                         {"临河市河湖长联席机制", "印发《临河湖保护三年行动方案》", ""},
                     });
}

// The two sessions' voices: a deputy or member named with a long post, a
// colon closing the line, over what they propose. Each is its own article,
// the speaker its kicker, after an article that ends without a credit.
TEST(NamedSourceKicker, ADeputyWithALongPostIsTheKicker) {
  const auto a = parse_june_21(
      "乡村振兴要留住人（两会感悟）\n"
      "　　乡村要振兴，首先要有人愿意回来、留得下来。\n"
      "\n"
      "临河市南城区人民医院心血管内科主任王建国代表：\n"
      "让社区医院留住好医生\n"
      "　　基层医疗是百姓看病的第一道关口，但社区医院留人难。\n"
      "　　（本报记者李红整理）\n"
      "\n"
      "北城区第一中学高级教师、区教育学会副会长刘洋委员：\n"
      "课后服务要更精细\n"
      "　　课后服务开展以来，家长接送难的问题有了缓解。\n"
      "　　（本报记者张伟整理）\n");
  expect_headings(a, {
                         {"", "乡村振兴要留住人（两会感悟）", ""},
                         {"临河市南城区人民医院心血管内科主任王建国代表：", "让社区医院留住好医生", ""},
                         {"北城区第一中学高级教师、区教育学会副会长刘洋委员：", "课后服务要更精细", ""},
                     });
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[1].reporters, (Names{"李红"}));
  EXPECT_EQ(a[2].reporters, (Names{"张伟"}));
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
