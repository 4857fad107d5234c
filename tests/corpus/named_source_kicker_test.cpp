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

}  // namespace
}  // namespace kanbao::corpus::testing_util
