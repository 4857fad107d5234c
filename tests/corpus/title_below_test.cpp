// SPDX-License-Identifier: MIT
// Two heading lines where the second is the title by its own words or the
// first's setting (issue 11, session 23), in text of our own: a short
// catchword of two beats, who won what, what a letter urges, the nation as
// the subject, a name and its colon, a holiday's first days, the ill a
// campaign aims at, an action with no subject or a work named after its
// kind above the news, a series' name of brackets or clauses
// of its own closing the title. A subtitle with a comma elaborating at
// length, and a line opening with 我国 under a title closed by its
// column's name, stay subtitles under their titles.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(TitleBelow, TheSecondLineTellsTheNews) {
  const auto a = parse_june_21(
      "临河老城改造提速\n"
      "老街古巷，渐次焕发生机\n"
      "　　临河今年修缮老城历史街区十二条。\n"
      "\n"
      "临河国际马拉松赛男子全程\n"
      "本市选手王小林夺得男子全程冠军\n"
      "　　临河国际马拉松赛昨日鸣枪开跑。\n"
      "\n"
      "市长给临河中学毕业班学生回信\n"
      "勉励他们珍惜青春时光努力学习报效家乡\n"
      "　　日前，临河中学毕业班学生给市长写信。\n"
      "\n"
      "临河港新航线开通\n"
      "中国北方货运班列首次直达远山港\n"
      "　　首趟班列昨日从临河港发出。\n"
      "\n"
      "临河老街改造完工\n"
      "南城区：老街焕发新活力\n"
      "　　南城区老街改造工程日前完工。\n");
  expect_page_articles(
      a,
      {
          {"临河老城改造提速",
           "老街古巷，渐次焕发生机",
           "",
           "",
           {},
           {},
           1,
           "临河今年修缮老城历史街区十二条。"},
          {"临河国际马拉松赛男子全程",
           "本市选手王小林夺得男子全程冠军",
           "",
           "",
           {},
           {},
           1,
           "临河国际马拉松赛昨日鸣枪开跑。"},
          {"市长给临河中学毕业班学生回信",
           "勉励他们珍惜青春时光努力学习报效家乡",
           "",
           "",
           {},
           {},
           1,
           "日前，临河中学毕业班学生给市长写信。"},
          {"临河港新航线开通",
           "中国北方货运班列首次直达远山港",
           "",
           "",
           {},
           {},
           1,
           "首趟班列昨日从临河港发出。"},
          {"临河老街改造完工", "南城区：老街焕发新活力", "", "", {}, {}, 1, "南城区老街改造工程日前完工。"},
      });
}

TEST(TitleBelow, TheFirstLineSetsTheScene) {
  const auto a = parse_june_21(
      "端午假期前两日\n"
      "全市接待游客超过一百二十万人次\n"
      "　　端午假期前两日，临河各景区游人如织。\n"
      "\n"
      "针对老旧小区停车难问题\n"
      "临河新建二十处共享停车场\n"
      "　　临河今年新建共享停车场二十处。\n"
      "\n"
      "多部门开展安全检查\n"
      "临河排查整改各类隐患三百余处\n"
      "　　临河市应急、消防等部门联合开展检查。\n"
      "\n"
      "开展夏季河道清淤行动\n"
      "临河各区清出河道淤泥两万余方\n"
      "　　临河各区本月集中清理河道淤泥。\n"
      "\n"
      "越剧《江南春》\n"
      "水乡风情与时代气象交融\n"
      "　　越剧《江南春》日前在临河大剧院首演。\n");
  expect_page_articles(a, {
                              {"端午假期前两日",
                               "全市接待游客超过一百二十万人次",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "端午假期前两日，临河各景区游人如织。"},
                              {"针对老旧小区停车难问题",
                               "临河新建二十处共享停车场",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河今年新建共享停车场二十处。"},
                              {"多部门开展安全检查",
                               "临河排查整改各类隐患三百余处",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河市应急、消防等部门联合开展检查。"},
                              {"开展夏季河道清淤行动",
                               "临河各区清出河道淤泥两万余方",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河各区本月集中清理河道淤泥。"},
                              {"越剧《江南春》",
                               "水乡风情与时代气象交融",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "越剧《江南春》日前在临河大剧院首演。"},
                          });
}

TEST(TitleBelow, ATitleClosedByASeriesNameOfItsOwnMarks) {
  const auto a = parse_june_21(
      "稳岗位 保供给\n"
      "菜篮子里的底气（身边看民生（8））\n"
      "　　今年以来，临河蔬菜基地扩种二百亩，本地菜供应充足。（李晓红）\n"
      "\n"
      "读者来信谈社区养老服务\n"
      "老有所养 邻里相帮(来信综述·社区养老，我们怎么看①)\n"
      "　　近期，本报陆续收到读者来信，谈社区养老服务。\n");
  expect_page_articles(a, {
                              {"稳岗位 保供给",
                               "菜篮子里的底气（身边看民生（8））",
                               "",
                               "",
                               {"李晓红"},
                               {},
                               1,
                               "今年以来，临河蔬菜基地扩种二百亩，本地菜供应充足。"},
                              {"读者来信谈社区养老服务",
                               "老有所养 邻里相帮(来信综述·社区养老，我们怎么看①)",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "近期，本报陆续收到读者来信，谈社区养老服务。"},
                          });
}

TEST(TitleBelow, ALongSubtitleOrATitleWithItsColumnKeepsTheTitle) {
  const auto a = parse_june_21(
      "临河推进老旧小区改造提速\n"
      "今年计划改造小区六十个，惠及居民两万余户\n"
      "　　临河今年改造老旧小区六十个。\n"
      "\n"
      "外贸稳中有进（权威发布）\n"
      "我国前五月货物贸易进出口总值同比增长\n"
      "　　海关总署昨日发布前五月进出口数据。\n");
  expect_page_articles(a, {
                              {"",
                               "临河推进老旧小区改造提速",
                               "今年计划改造小区六十个，惠及居民两万余户",
                               "",
                               {},
                               {},
                               1,
                               "临河今年改造老旧小区六十个。"},
                              {"",
                               "外贸稳中有进（权威发布）",
                               "我国前五月货物贸易进出口总值同比增长",
                               "",
                               {},
                               {},
                               1,
                               "海关总署昨日发布前五月进出口数据。"},
                          });
}

// A first line closed by its column's name is the title, whatever its shape
// (a comma the line under it lacks would make it a kicker); a first line
// whose own words end in brackets, over a title closed by its column's
// name, stays the kicker.
TEST(TitleBelow, AFirstLineClosedByItsColumnIsTheTitle) {
  const auto a = parse_june_21(
      "老街新生，匠人归来（城事观察）\n"
      "临河老城开起十二家手艺工坊\n"
      "　　临河老城的手艺工坊今年开到十二家。\n"
      "\n"
      "记者走访临河十个村，看调解如何延伸到村（社区）\n"
      "把邻里纠纷化解在家门口（城事观察）\n"
      "　　临河各村今年设立调解室。\n");
  expect_page_articles(a, {
                              {"",
                               "老街新生，匠人归来（城事观察）",
                               "临河老城开起十二家手艺工坊",
                               "",
                               {},
                               {},
                               1,
                               "临河老城的手艺工坊今年开到十二家。"},
                              {"记者走访临河十个村，看调解如何延伸到村（社区）",
                               "把邻里纠纷化解在家门口（城事观察）",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "临河各村今年设立调解室。"},
                          });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
