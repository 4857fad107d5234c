// SPDX-License-Identifier: MIT
// Two heading lines over an article, as a seventh round on whole printed
// pages of a national daily showed them (issue 11, session 16), in text of
// our own. In such a paper two lines are far more often kicker and title
// than title and subtitle (a subtitle mostly opens with —— there): the
// first line reads as the kicker when it states the news over a catchword
// no longer than itself (one character shorter is enough), when it names a
// place alone (…市, …区, …社区), or when it frames the news rather than
// telling it (经…批准, 受…委托, 应…邀请, …之际, …通知要求, …倡议). A second line
// longer than a statement above it, or one naming who attended, stays its
// subtitle.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(SeventhHoldOutForms, StatementOverACatchwordNoLongerIsAKicker) {
  const auto a = parse_june_21(
      "市气象台发布高温橙色预警\n"
      "今夏首轮高温天气来临\n"
      "　　市气象台昨日发布高温橙色预警，未来三天最高气温将达到三十八摄氏度。\n"
      "　　气象部门提醒市民减少午后外出。\n"
      "\n"
      "东湖公园完成提升改造\n"
      "园内新增步道和三处观景平台\n"
      "　　东湖公园提升改造工程完工，园内新增步道四公里。\n"
      "\n"
      "全市中小学暑期托管启动\n"
      "副市长张明出席启动仪式\n"
      "　　全市中小学暑期托管服务今天启动，首批开放学校一百所。\n");
  expect_page_articles(a, {
                              {"市气象台发布高温橙色预警",
                               "今夏首轮高温天气来临",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "市气象台昨日发布高温橙色预警，未来三天最高气温将达到三十八摄氏度。"},
                              {"",
                               "东湖公园完成提升改造",
                               "园内新增步道和三处观景平台",
                               "",
                               {},
                               {},
                               1,
                               "东湖公园提升改造工程完工，园内新增步道四公里。"},
                              {"",
                               "全市中小学暑期托管启动",
                               "副市长张明出席启动仪式",
                               "",
                               {},
                               {},
                               1,
                               "全市中小学暑期托管服务今天启动，首批开放学校一百所。"},
                          });
}

TEST(SeventhHoldOutForms, APlaceNamedAloneIsAKicker) {
  const auto a = parse_june_21(
      "江北省临河市\n"
      "老旧小区加装电梯\n"
      "　　临河市今年为一百个老旧小区加装电梯，居民出资比例降到三成。\n"
      "　　加装工程由各街道统一组织招标。\n"
      "\n"
      "南城区柳园社区\n"
      "邻里互助 共建家园\n"
      "　　柳园社区的志愿者每周为独居老人上门服务。\n"
      "　　社区还办起了四点半课堂。\n");
  expect_page_articles(a, {
                              {"江北省临河市",
                               "老旧小区加装电梯",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "临河市今年为一百个老旧小区加装电梯，居民出资比例降到三成。"},
                              {"南城区柳园社区",
                               "邻里互助 共建家园",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "柳园社区的志愿者每周为独居老人上门服务。"},
                          });
}

TEST(SeventhHoldOutForms, APhraseFramingTheNewsIsAKicker) {
  const auto a = parse_june_21(
      "经市政府常务会议批准\n"
      "市区公交线路优化调整方案正式发布实施\n"
      "　　新方案调整公交线路二十条，新开社区巴士五条。\n"
      "\n"
      "受市委主要负责同志委托\n"
      "市领导走访慰问一线环卫工人和快递小哥\n"
      "　　市领导为一线劳动者送去防暑降温用品。\n"
      "\n"
      "端午佳节来临之际\n"
      "志愿者走进养老院陪伴老人包粽子\n"
      "　　三十多名志愿者和老人一起包粽子、讲故事。\n"
      "\n"
      "市文明办发出通知要求\n"
      "文明祭扫 绿色出行\n"
      "　　通知要求各区做好文明祭扫的宣传引导。\n");
  expect_page_articles(a, {
                              {"经市政府常务会议批准",
                               "市区公交线路优化调整方案正式发布实施",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "新方案调整公交线路二十条，新开社区巴士五条。"},
                              {"受市委主要负责同志委托",
                               "市领导走访慰问一线环卫工人和快递小哥",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "市领导为一线劳动者送去防暑降温用品。"},
                              {"端午佳节来临之际",
                               "志愿者走进养老院陪伴老人包粽子",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "三十多名志愿者和老人一起包粽子、讲故事。"},
                              {"市文明办发出通知要求",
                               "文明祭扫 绿色出行",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "通知要求各区做好文明祭扫的宣传引导。"},
                          });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
