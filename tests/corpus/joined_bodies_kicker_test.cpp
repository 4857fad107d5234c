// SPDX-License-Identifier: MIT
// A kicker naming two or three bodies joined by 、 and closed by a colon
// ("财政部、医保局要求：", "外交部、国台办："), in text of our own: it is a
// heading line, so after a blank line it opens its own article over the
// title below, not a last paragraph of the story above. People greeted so
// ("兰相田、赵虎生：") are a salutation, not a kicker.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(JoinedBodiesKicker, BodiesJoinedOverATitleOpenTheirOwnArticle) {
  const auto a = parse_june_21(
      "南城区检修老城区供水管网\n"
      "　　南城区组织专业人员，对老城区供水管网逐段检修。\n"
      "\n"
      "商务局、税务局要求：\n"
      "确保小微企业按时领到补贴\n"
      "　　本报临河6月20日电  临河市商务局、税务局近日联合发文，要求补贴按时发放。\n"
      "\n"
      "民政局、卫健委：\n"
      "养老机构实行分区管理\n"
      "　　临河市民政局、卫健委日前发出通知，养老机构实行分区管理。\n");
  expect_headings(a, {
                         {"", "南城区检修老城区供水管网", ""},
                         {"商务局、税务局要求：", "确保小微企业按时领到补贴", ""},
                         {"民政局、卫健委：", "养老机构实行分区管理", ""},
                     });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
