// SPDX-License-Identifier: MIT
// Two heading lines over an article where the second has no subject of its
// own, so the first, naming who acts, is the kicker (issue 11, session 18),
// in text of our own. The second line opens with a coverb (就…, 以…, 让…,
// 把…) or a verb of resolve or action (确保…, 支持…, 督导…); or the first
// names a body or an office alone (…联络组, …发言人, …代表). A subtitle that
// opens with a noun looking like such a word (就业…) stays a subtitle, and so
// does one that gives figures. (A page of only two such articles reads as
// one article under its own subheads, so each page here holds three.)
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(AgentKickerForms, ASecondLineOpeningWithACoverbHasTheKickerAbove) {
  const auto a = parse_june_21(
      "市政府新闻办举行发布会\n"
      "就老城区改造进展答记者问\n"
      "　　市政府新闻办昨日举行发布会，介绍老城区改造进展。\n"
      "\n"
      "南城区推行“一窗通办”\n"
      "让群众办事少跑腿\n"
      "　　南城区政务服务中心推行“一窗通办”，群众办事不再来回跑。\n"
      "\n"
      "临河市深化放管服改革\n"
      "确保企业开办当天办结\n"
      "　　临河市出台措施，企业开办全流程压缩到一天以内。\n");
  expect_page_articles(a, {
                              {"市政府新闻办举行发布会",
                               "就老城区改造进展答记者问",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "市政府新闻办昨日举行发布会，介绍老城区改造进展。"},
                              {"南城区推行“一窗通办”",
                               "让群众办事少跑腿",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "南城区政务服务中心推行“一窗通办”，群众办事不再来回跑。"},
                              {"临河市深化放管服改革",
                               "确保企业开办当天办结",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河市出台措施，企业开办全流程压缩到一天以内。"},
                          });
}

TEST(AgentKickerForms, ABodyOrAnOfficeNamedAloneIsTheKicker) {
  const auto a = parse_june_21(
      "市安委会安全生产督查组\n"
      "检查南城区建筑工地安全措施落实情况\n"
      "　　督查组一行走进南城区两处建筑工地，查看安全措施。\n"
      "\n"
      "临河市市长王建国代表\n"
      "老城区停车难要从规划上解决\n"
      "　　王建国代表建议，在老城区规划建设立体停车场。\n"
      "\n"
      "临河市深化放管服改革\n"
      "确保企业开办当天办结\n"
      "　　临河市出台措施，企业开办全流程压缩到一天以内。\n");
  expect_page_articles(a, {
                              {"市安委会安全生产督查组",
                               "检查南城区建筑工地安全措施落实情况",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "督查组一行走进南城区两处建筑工地，查看安全措施。"},
                              {"临河市市长王建国代表",
                               "老城区停车难要从规划上解决",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "王建国代表建议，在老城区规划建设立体停车场。"},
                              {"临河市深化放管服改革",
                               "确保企业开办当天办结",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河市出台措施，企业开办全流程压缩到一天以内。"},
                          });
}

TEST(AgentKickerForms, ANounLikeACoverbOrFiguresKeepTheSubtitle) {
  const auto a = parse_june_21(
      "南城区上半年新增就业1.2万人\n"
      "就业形势总体稳定\n"
      "　　南城区今年开展技能培训，帮助居民找到工作。\n"
      "\n"
      "临河市出台小微企业扶持政策\n"
      "支持2000余户经营主体\n"
      "　　临河市出台政策，扶持小微企业渡过难关。\n"
      "\n"
      "临河市深化放管服改革\n"
      "确保企业开办当天办结\n"
      "　　临河市出台措施，企业开办全流程压缩到一天以内。\n");
  expect_page_articles(a, {
                              {"",
                               "南城区上半年新增就业1.2万人",
                               "就业形势总体稳定",
                               "",
                               {},
                               {},
                               1,
                               "南城区今年开展技能培训，帮助居民找到工作。"},
                              {"",
                               "临河市出台小微企业扶持政策",
                               "支持2000余户经营主体",
                               "",
                               {},
                               {},
                               1,
                               "临河市出台政策，扶持小微企业渡过难关。"},
                              {"临河市深化放管服改革",
                               "确保企业开办当天办结",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河市出台措施，企业开办全流程压缩到一天以内。"},
                          });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
