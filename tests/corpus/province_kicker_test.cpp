// SPDX-License-Identifier: MIT
// Two heading lines over an article where the first opens with a province's
// name and says what was done there, and the second is a catchword naming
// no place and giving no figures: the first is the kicker, as a national
// paper prints it (issue 11, session 19), in text of our own. A subtitle
// giving figures under a place's title stays a subtitle, and so does one
// under a slogan of two phrases. (Each page holds three articles: a page of
// two short ones reads as one article under its subheads.)
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(ProvinceKicker, APlaceAndItsActionOverACatchwordIsAKicker) {
  const auto a = parse_june_21(
      "河南临河加强社会治理\n"
      "群众不满意什么就整治什么\n"
      "　　临河市启动“群众最不满意的十件事”专项整治，一件一件抓落实。\n"
      "\n"
      "山东远山试水“党员巷长”制\n"
      "普通党员参与乡村治理有了新平台\n"
      "　　远山县在每条小巷选出一名党员巷长，帮邻里解决难事。\n"
      "\n"
      "江苏南城启用警务联动平台\n"
      "服务零距离，随时有回应\n"
      "　　南城区警务联动平台启用后，群众报警后几分钟就有民警上门。\n");
  expect_page_articles(a, {
                              {"河南临河加强社会治理",
                               "群众不满意什么就整治什么",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河市启动“群众最不满意的十件事”专项整治，一件一件抓落实。"},
                              {"山东远山试水“党员巷长”制",
                               "普通党员参与乡村治理有了新平台",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "远山县在每条小巷选出一名党员巷长，帮邻里解决难事。"},
                              {"江苏南城启用警务联动平台",
                               "服务零距离，随时有回应",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "南城区警务联动平台启用后，群众报警后几分钟就有民警上门。"},
                          });
}

TEST(ProvinceKicker, FiguresOrASloganKeepTheTitleAndItsSubtitle) {
  const auto a = parse_june_21(
      "山东加快充电设施建设\n"
      "年底前保有量将超10万个\n"
      "　　山东今年新建充电桩三万个，城区基本实现全覆盖。\n"
      "\n"
      "广西临河铆足干劲 全力冲刺\n"
      "坚决打赢深度贫困地区脱贫攻坚战\n"
      "　　临河县二十个贫困村今年全部出列。\n"
      "\n"
      "湖北充实基层救治力量（来自一线的报道）\n"
      "全省乡镇社区实行预检分诊\n"
      "　　湖北各地乡镇卫生院全部设立预检分诊点。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "山东加快充电设施建设");
  EXPECT_EQ(a[0].subtitle, "年底前保有量将超10万个");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "广西临河铆足干劲 全力冲刺");
  EXPECT_EQ(a[2].kicker, "");
  EXPECT_EQ(a[2].title, "湖北充实基层救治力量（来自一线的报道）");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
