// SPDX-License-Identifier: MIT
// Forms a fourth held-out set of real pages showed the parser misreading
// (issue 11, session 13), in text of our own: e-paper crawls that print
// each article's header (its headings, then the page's date alone on a
// line) above the text, several such articles on one page of briefs.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/split.h"
#include "june_page.h"

namespace kanbao::corpus {
namespace {

using testing_util::expect_page_articles;
using testing_util::Names;
using Want = testing_util::PageWant;

std::vector<Article> parse(std::string_view text) { return testing_util::parse_june_21(text); }

// A page of briefs from an e-paper crawl: each brief under its header (its
// title, then the date alone), the brief above ending with a plain
// sentence. A photo's caption and a graphic's credit between a header and
// its lead, or a byline and a first line shaped like a heading, are that
// article's: one article a header.
TEST(FourthHoldOutForms, DatedHeadersSplitAPageOfBriefs) {
  const auto a = parse(
      "市图书馆夜间开放延至十点\n\n2023-06-21\n\n"
      "6月20日，记者从市图书馆获悉，夏季夜间开放时间将延长至晚上十点。\n\n"
      "图书馆同时增设自习座位两百个。\n\n"
      "老城区两条背街小巷完成改造\n\n2023-06-21\n\n"
      "改造后的小巷\n\n制图 周文\n\n"
      "本报讯（记者 王刚 通讯员 陈晓丽）6月19日，老城区两条背街小巷改造完工。\n\n"
      "改造内容包括雨污分流和路面翻新。\n\n"
      "夏季游泳培训班开始报名\n\n2023-06-21\n\n"
      "记者 赵敏\n\n"
      "孩子暑假去哪儿学游泳？\n\n"
      "市体育中心游泳馆暑期培训班今起报名，每期十五节课。\n");
  expect_page_articles(
      a, {
             {"",
              "市图书馆夜间开放延至十点",
              "",
              "2023-06-20",
              {},
              {},
              2,
              "6月20日，记者从市图书馆获悉，夏季夜间开放时间将延长至晚上十点。"},
             {"", "老城区两条背街小巷完成改造", "", "2023-06-19", {"王刚"}, {"陈晓丽"}, 3, "改造后的小巷"},
             {"", "夏季游泳培训班开始报名", "", "", {"赵敏"}, {}, 2, "孩子暑假去哪儿学游泳？"},
         });
}

// Two heading lines where the first leads into the second with a dash, or
// the second carries its column's name in brackets at its end: kicker and
// title, not title and subtitle. A title with its column's name over a
// subtitle stays the title.
TEST(FourthHoldOutForms, KickerByItsDashOrByTheTitlesColumnNote) {
  const auto a = parse(
      "多部门联合发文——\n"
      "老旧电梯更新有了补贴\n\n"
      "本报北京6月20日电 （记者 李娜）记者从住建部获悉，老旧电梯更新将获补贴。\n\n"
      "河南沿黄九市共建生态廊道\n"
      "守好一河清水（聚焦黄河）\n\n"
      "本报郑州6月20日电 （记者 王刚、张敏）沿黄九市签署生态廊道共建协议。\n\n"
      "乡村夜市热起来（经济新观察）\n"
      "三个县的夜市一年吸引游客百万人次\n\n"
      "本报开封6月19日电 （记者 陈晨）入夏以来，乡村夜市游客明显增多。\n");
  expect_page_articles(a, {
                              {"多部门联合发文——",
                               "老旧电梯更新有了补贴",
                               "",
                               "2023-06-20",
                               {"李娜"},
                               {},
                               1,
                               "本报北京6月20日电 （记者 李娜）记者从住建部获悉，老旧电梯更新将获补贴。"},
                              {"河南沿黄九市共建生态廊道",
                               "守好一河清水（聚焦黄河）",
                               "",
                               "2023-06-20",
                               {"王刚", "张敏"},
                               {},
                               1,
                               "本报郑州6月20日电 （记者 王刚、张敏）沿黄九市签署生态廊道共建协议。"},
                              {"",
                               "乡村夜市热起来（经济新观察）",
                               "三个县的夜市一年吸引游客百万人次",
                               "2023-06-19",
                               {"陈晨"},
                               {},
                               1,
                               "本报开封6月19日电 （记者 陈晨）入夏以来，乡村夜市游客明显增多。"},
                          });
}

// A national daily's page: a feature closed by its dispatch's dateline in
// brackets, a commentary whose title carries its column's name opening
// after a plain sentence, closed by a note on its author, a dispatch, a
// feature under a kicker ending with a dash, and a photo credited with its
// column's name after the credit. Each closing note ends its article; the
// notes are text, the credit a byline.
TEST(FourthHoldOutForms, ClosingNotesAndMarkedHeadingsSplitANationalPage) {
  const auto a = parse(
      "南湖新区首座污水厂投运\n\n"
      "　　清晨的南湖边，晨练的市民越来越多。\n"
      "　　新厂每天可处理污水十万吨。\n"
      "　　（本报南湖6月20日电）\n\n"
      "让老街留住烟火气（城市观察）\n\n"
      "　　老街改造，不只是换新路面。\n"
      "　　留住老店，才能留住街坊。\n"
      "　　（作者为某大学城市规划学院教授）\n\n"
      "全国夏粮收购进度过半\n\n"
      "　　本报北京6月20日电 （记者 刘洋）记者从国家粮食和物资储备局获悉，夏粮收购进度过半。\n\n"
      "沿江小城——\n"
      "把码头变成了公园\n\n"
      "　　江边的旧码头，如今成了市民散步的好去处。\n"
      "　　公园明年还将向东延伸两公里。\n\n"
      "稻田画\n\n"
      "　　6月19日，游客在稻田边观赏彩色稻田画。\n"
      "　　赵敏摄（美丽乡村）\n");
  expect_page_articles(
      a,
      {
          {"", "南湖新区首座污水厂投运", "", "", {}, {}, 3, "清晨的南湖边，晨练的市民越来越多。"},
          {"", "让老街留住烟火气（城市观察）", "", "", {}, {}, 3, "老街改造，不只是换新路面。"},
          {"",
           "全国夏粮收购进度过半",
           "",
           "2023-06-20",
           {"刘洋"},
           {},
           1,
           "本报北京6月20日电 （记者 刘洋）记者从国家粮食和物资储备局获悉，夏粮收购进度过半。"},
          {"沿江小城——", "把码头变成了公园", "", "", {}, {}, 2, "江边的旧码头，如今成了市民散步的好去处。"},
          {"", "稻田画", "", "2023-06-19", {"赵敏"}, {}, 1, "6月19日，游客在稻田边观赏彩色稻田画。"},
      });
}

// Briefs taken from other outlets, each closed by the outlet after its last
// sentence ("…。据新华社") or on a line of its own ("综合新华社等报道"): the
// credit ends the brief, the next brief's heading opens its own article
// (with a line of text above it, the credit read as its kicker before). A
// heading that starts with 据 but names no outlet stays a heading.
TEST(FourthHoldOutForms, AnOutletsCreditClosesABrief) {
  const auto a = parse(
      "高温天气持续 多地发布预警\n\n"
      "6月20日，中央气象台继续发布高温黄色预警。据新华社\n\n"
      "两部门部署夏季防汛\n\n"
      "6月20日，应急管理部、水利部联合部署夏季防汛工作。\n\n"
      "综合新华社等报道\n\n"
      "暑期文旅消费券开始发放\n\n"
      "6月19日，市文旅局开始发放首批暑期消费券。（李晓红）\n\n"
      "据实核查见成效\n\n"
      "6月18日，市市场监管局通报上半年核查情况。\n");
  expect_page_articles(
      a, {
             {"",
              "高温天气持续 多地发布预警",
              "",
              "2023-06-20",
              {},
              {},
              1,
              "6月20日，中央气象台继续发布高温黄色预警。据新华社"},
             {"",
              "两部门部署夏季防汛",
              "",
              "2023-06-20",
              {},
              {},
              2,
              "6月20日，应急管理部、水利部联合部署夏季防汛工作。"},
             {"",
              "暑期文旅消费券开始发放",
              "",
              "2023-06-19",
              {"李晓红"},
              {},
              1,
              "6月19日，市文旅局开始发放首批暑期消费券。"},
             {"", "据实核查见成效", "", "2023-06-18", {}, {}, 1, "6月18日，市市场监管局通报上半年核查情况。"},
         });
}

// A lead whose first sentence names its subject, then the day, then the
// event ("选举团20日举行投票", "记者20日从…获悉"): that day is the event's.
// A day after words that make it a reference (根据…) dates nothing.
TEST(FourthHoldOutForms, TheDayAfterTheLeadsSubject) {
  const auto a = parse(
      "市人大常委会表决通过两项地方法规\n\n2023-06-21\n\n"
      "市人大常委会20日举行会议，表决通过两项地方法规。\n\n"
      "新学期课后服务将全面覆盖\n\n2023-06-21\n\n"
      "记者19日从市教育局获悉，新学期课后服务将覆盖全市小学。\n\n"
      "老旧小区加装电梯进度过半\n\n2023-06-21\n\n"
      "根据5月9日市政府常务会议部署，今年计划加装电梯三百部。\n");
  expect_page_articles(a, {
                              {"",
                               "市人大常委会表决通过两项地方法规",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               1,
                               "市人大常委会20日举行会议，表决通过两项地方法规。"},
                              {"",
                               "新学期课后服务将全面覆盖",
                               "",
                               "2023-06-19",
                               {},
                               {},
                               1,
                               "记者19日从市教育局获悉，新学期课后服务将覆盖全市小学。"},
                              {"",
                               "老旧小区加装电梯进度过半",
                               "",
                               "",
                               {},
                               {},
                               1,
                               "根据5月9日市政府常务会议部署，今年计划加装电梯三百部。"},
                          });
}

// A trainee credited beside the reporter ("培训生 X", as an intern is), and
// a photo's credit with a slash ("记者 X Y/摄") under an e-paper's front-page
// title that refers to its page ("3版"): the names are credited, the title
// stays the article's.
TEST(FourthHoldOutForms, TraineesAndSlashedPhotoCredits) {
  const auto trainee = parse(
      "夜市经济升温\n\n"
      "记者 周文 培训生 李想\n\n"
      "6月20日晚，二七区夜市人流如织。\n");
  expect_page_articles(
      trainee,
      {{"", "夜市经济升温", "", "2023-06-20", {"周文"}, {"李想"}, 1, "6月20日晚，二七区夜市人流如织。"}});
  const auto photo = parse(
      "城区三所新建学校开学\n"
      "新增学位两千个\n"
      "3版\n\n"
      "6月20日，城区三所新建学校迎来首批学生。图为开学第一课。 记者 王刚 陈敏/摄\n");
  expect_page_articles(photo, {{"",
                                "城区三所新建学校开学",
                                "新增学位两千个",
                                "2023-06-20",
                                {"王刚", "陈敏"},
                                {},
                                1,
                                "6月20日，城区三所新建学校迎来首批学生。图为开学第一课。"}});
}

// A feature opening with a sentence of comment, its event's date opening
// the next sentence of the same paragraph, and its page's photographer
// credited on the last line ("本版摄影 X"): dated so, the photographer
// credited beside the writer.
TEST(FourthHoldOutForms, ALeadsSecondSentenceAndThePagesPhotographer) {
  const auto a = parse(
      "老城菜市场焕新开业\n\n2023-06-21\n\n"
      "记者 刘洋\n\n"
      "买菜是最日常的烟火气。6月20日8点，改造后的老城菜市场重新开门迎客。\n\n"
      "市场新设了便民服务点和休息区。\n\n"
      "本版摄影 许诺\n");
  expect_page_articles(a, {{"",
                            "老城菜市场焕新开业",
                            "",
                            "2023-06-20",
                            {"刘洋", "许诺"},
                            {},
                            2,
                            "买菜是最日常的烟火气。6月20日8点，改造后的老城菜市场重新开门迎客。"}});
}

// A county paper's page of briefs, each a long paragraph marked ◆: one
// article a brief, dated by its text. A story's short ◆ points stay its
// own paragraphs.
TEST(FourthHoldOutForms, DiamondMarkedBriefs) {
  const auto briefs = parse(
      "要闻简报\n"
      "   "
      "◆6月19日，县直机关干部职工篮球赛在县体育馆开赛，来自全县三十个单位的代表队参加比赛，比赛将持续两周，决"
      "赛安排在七月初举行。\n"
      "   "
      "◆6月20日，我县召开夏季防汛工作调度会，副县长李明出席会议并对各乡镇的防汛准备工作提出具体要求，各乡镇分"
      "管负责人参加会议。\n");
  ASSERT_EQ(briefs.size(), 2u);
  for (const Article& b : briefs) {
    EXPECT_EQ(b.kicker, "");
    EXPECT_EQ(b.subtitle, "");
    EXPECT_TRUE(b.reporters.empty());
    EXPECT_EQ(b.paragraphs.size(), 1u);
  }
  // The second brief is titled by its first clause, as untitled briefs are.
  // (The page's section head 要闻简报 stands as the first one's title.)
  EXPECT_EQ(briefs[0].title, "要闻简报");
  EXPECT_EQ(briefs[1].title, "6月20日");
  EXPECT_EQ(briefs[0].date ? briefs[0].date->str() : "", "2023-06-19");
  EXPECT_EQ(briefs[1].date ? briefs[1].date->str() : "", "2023-06-20");
  EXPECT_EQ(briefs[1].paragraphs.front(),
            "◆6月20日，我县召开夏季防汛工作调度会，副县长李明出席会议并对各乡镇的防汛准备工作提出具体要求，各"
            "乡镇分管负责人参加会议。");
  // Briefs that open without their date, under the page's head or another
  // brief: briefs still.
  const auto undated = parse(
      "要闻简报\n"
      "   ◆在端午节来临之际，县总工会组织慰问小组深入各乡镇，走访慰问一线环卫工人、快递员和困难职工家庭，"
      "送去米面油、防暑降温用品等慰问品，并叮嘱大家注意安全。\n"
      "   ◆为做好汛期饮用水安全保障工作，县水利局组织人员对全县二十处集中供水工程进行全面排查，"
      "对发现的问题逐一登记、限期整改，确保群众喝上放心水。\n");
  ASSERT_EQ(undated.size(), 2u);
  EXPECT_EQ(undated[0].title, "要闻简报");
  EXPECT_EQ(undated[1].paragraphs.size(), 1u);
  const auto story = parse(
      "老旧小区改造提速\n\n"
      "本报讯（记者 王刚）6月20日，记者从市住房保障局获悉，今年将改造老旧小区一百个。\n"
      "◆ 改造资金按户拨付。\n"
      "◆ 居民可全程参与。\n");
  expect_page_articles(story,
                       {{"",
                         "老旧小区改造提速",
                         "",
                         "2023-06-20",
                         {"王刚"},
                         {},
                         3,
                         "本报讯（记者 王刚）6月20日，记者从市住房保障局获悉，今年将改造老旧小区一百个。"}});
}

// Ordinary pages that the forms of the fourth held-out set (issue 11,
// session 13) must leave alone, in text of our own: a notice's signature
// over its date, a diary's cross-heads, a masthead over the date,
// a speaker's name with a role in brackets, a sentence ending with a dash,
// headings that start with 综合 or 据, dates that are no event's, a list
// marked ◆ inside a story, a cross-head over a photo, the page's
// photographer under a story with a reporter, teaser titles over page
// references, a subtitle's note. Each reads as it did before those forms
// (the page's photographer now credited beside the reporter): its
// articles' kicker, title, date and reporters.
struct Reading {
  std::string kicker, title, date;
  Names reporters;
};

void expect_readings(const std::vector<Article>& got, const std::vector<Reading>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE("article " + std::to_string(i));
    EXPECT_EQ(got[i].kicker, want[i].kicker);
    EXPECT_EQ(got[i].title, want[i].title);
    EXPECT_EQ(got[i].date ? got[i].date->str() : "", want[i].date);
    EXPECT_EQ(got[i].reporters, want[i].reporters);
  }
}

// An e-paper article's header whose title ends as an office's name may
// (…餐厅, …开新局) and opens with no place, under the page's furniture:
// still the article's header.
TEST(FourthHoldOutForms, AHeaderTitleEndingLikeAnOffice) {
  expect_readings(parse("老城巷口开出一家百年老字号餐厅\n\n2023-06-21\n\n"
                        "主厨在门口迎客\n\n"
                        "本报讯（记者 孙磊）6月20日，老城巷口的百年老字号餐厅重新开业。\n\n"
                        "餐厅保留了老店的招牌菜。\n\n"
                        "乡村振兴开新局\n\n2023-06-21\n\n"
                        "本报讯（记者 周文）6月19日，全县乡村振兴推进会召开。\n"),
                  {{"", "老城巷口开出一家百年老字号餐厅", "2023-06-20", {"孙磊"}},
                   {"", "乡村振兴开新局", "2023-06-19", {"周文"}}});
  expect_readings(parse("第A04版：城事\n\n老城巷口开出一家百年老字号餐厅\n\n2023-06-21\n\n"
                        "主厨在门口迎客\n\n制图 李明\n\n"
                        "本报讯（记者 孙磊）6月20日，老城巷口的百年老字号餐厅重新开业。\n"),
                  {{"", "老城巷口开出一家百年老字号餐厅", "2023-06-20", {"孙磊"}}});
}

// A notice signed by its issuer over a date alone, then the next story;
// a letter to the public the same way: the signature is the notice's, the
// next heading the next story's title.
TEST(OrdinaryPagesStayOrdinary, ASignatureOverItsDateIsNoHeader) {
  expect_readings(parse("关于西湖路部分路段临时封闭施工的通告\n\n"
                        "本报讯 因燃气管道改造施工，西湖路部分路段将临时封闭。\n\n"
                        "一、封闭时间为6月26日至7月20日。\n\n"
                        "特此通告。\n\n"
                        "市城市管理局\n"
                        "2023年6月20日\n\n"
                        "暑期少儿编程班开始招生\n\n"
                        "本报讯（记者 孙磊）6月20日，市青少年宫暑期编程班开始招生。\n"),
                  {{"", "关于西湖路部分路段临时封闭施工的通告", "", {}},
                   {"", "暑期少儿编程班开始招生", "2023-06-20", {"孙磊"}}});
  expect_readings(parse("垃圾分类倡议书\n\n"
                        "亲爱的居民朋友们：\n\n"
                        "垃圾分类从我做起，让我们携手共建美丽家园。\n\n"
                        "市生活垃圾分类工作领导小组办公室\n"
                        "2023-06-21\n\n"
                        "河滨公园新增健身步道\n\n"
                        "本报讯（记者 周文）6月19日，河滨公园新建健身步道向市民开放。\n"),
                  {{"", "垃圾分类倡议书", "", {}}, {"", "河滨公园新增健身步道", "2023-06-19", {"周文"}}});
}

// A masthead over the date at the page's top is furniture; a
// diary's cross-heads over their days are the story's.
TEST(OrdinaryPagesStayOrdinary, AMastheadOrADiarysDaysAreNoHeaders) {
  expect_readings(parse("郑州日报\n2023-06-21\n\n"
                        "城东新建两所幼儿园投用\n\n"
                        "本报讯（记者 孙磊）6月20日，城东两所新建幼儿园正式投用。\n"),
                  {{"", "城东新建两所幼儿园投用", "2023-06-20", {"孙磊"}}});
  expect_readings(parse("山村守护日记\n\n"
                        "本报讯（记者 周文）6月20日，记者翻开了驻村医生张丽的日记。\n\n"
                        "第一天\n2023-06-10\n\n"
                        "村里的老人排起了长队。\n\n"
                        "第二天\n2023-06-11\n\n"
                        "我学会了用土话问诊。\n"),
                  {{"", "山村守护日记", "2023-06-20", {"周文"}}});
}

// A speaker's name with a role in brackets, a sentence ending with a dash
// before the next paragraph, a sidebar's note: cross-heads and text of the
// story, no article's heading.
TEST(OrdinaryPagesStayOrdinary, RolesAndDashesInsideAStory) {
  expect_readings(parse("两会代表委员畅谈乡村振兴\n\n"
                        "本报讯（记者 孙磊）6月20日，代表委员围绕乡村振兴积极建言。\n\n"
                        "赵强（市人大代表）\n\n"
                        "村里的路修好了，农产品才能卖出去。\n\n"
                        "钱芳（市政协委员）\n\n"
                        "要让更多年轻人愿意回乡创业。\n"),
                  {{"", "两会代表委员畅谈乡村振兴", "2023-06-20", {"孙磊"}}});
  expect_readings(parse("小区花园变了样\n\n"
                        "本报讯（记者 周文）6月20日，记者走进改造后的幸福小区。\n\n"
                        "居民们的笑容，说明了一切——\n\n"
                        "过去杂草丛生的空地，如今种满了月季。\n\n"
                        "傍晚时分，小区里总能看到这样的画面——\n\n"
                        "老人散步，孩子们在草坪上放风筝。\n\n"
                        "两代人的花园（记者手记）\n\n"
                        "我小时候也在这里玩耍。\n"),
                  {{"", "小区花园变了样", "2023-06-20", {"周文"}}});
}

// Headings that start with 综合 or 据 and end as an outlet's name may
// (…网, …报, 综合新闻): headings still, not an outlet's credit.
TEST(OrdinaryPagesStayOrdinary, HeadingsThatStartWithZongheOrJu) {
  expect_readings(parse("本报讯（记者 孙磊）6月20日，全市防汛工作会议召开。\n\n"
                        "综合发力织密社会救助网\n\n"
                        "本报讯（记者 周文）6月19日，市民政局出台救助新规。\n\n"
                        "综合整治见实效 群众满意有回报\n\n"
                        "本报讯（记者 陈晨）6月18日，市城管局通报整治情况。\n\n"
                        "据实填报\n\n"
                        "本报讯（记者 李娜）6月17日，市统计局提醒企业按时填报。\n\n"
                        "综合新闻\n\n"
                        "城西新建体育公园开园\n\n"
                        "本报讯（记者 王刚）6月16日，城西体育公园开园。\n"),
                  {{"", "6月20日", "2023-06-20", {"孙磊"}},
                   {"", "综合发力织密社会救助网", "2023-06-19", {"周文"}},
                   {"", "综合整治见实效 群众满意有回报", "2023-06-18", {"陈晨"}},
                   {"", "据实填报", "2023-06-17", {"李娜"}},
                   {"综合新闻", "城西新建体育公园开园", "2023-06-16", {"王刚"}}});
}

// Days that are no event's: a recurring day, a day of another year, the
// day a law took effect, a day to come, a period's start after 近日, a day
// after a sentence of history.
TEST(OrdinaryPagesStayOrdinary, DaysThatDateNoEvent) {
  const char* const pages[] = {
      "助餐点里的笑声\n\n住在和平社区的李奶奶每月10日在助餐点领取补贴，她说日子越过越舒心。\n\n"
      "全市已建成助餐点八十个。\n",
      "老兵的军功章\n\n他1979年2月17日在前线火线入党，立下二等功。\n\n如今，他仍常去学校讲课。\n",
      "新版养犬管理规定解读\n\n今年5月1日正式施行的《市养犬管理规定》对文明养犬作出新要求。\n\n"
      "记者梳理了五个要点。\n",
      "暑期游泳课开课在即\n\n孩子们的暑假有了好去处。7月15日，全市三十个游泳培训点将同时开课。\n\n"
      "报名可到各街道办理。\n",
      "博物馆延长开放时间\n\n近日，市博物馆推出多项夏季便民措施。7月1日起，每周五开放至晚上八点。\n\n"
      "观众可通过小程序预约。\n",
      "街角的修鞋铺\n\n走过街角，锤声叮当。2008年5月，老陈在这里支起了鞋摊。4月6日，鞋铺换上了新招牌。\n",
  };
  for (const char* page : pages) {
    SCOPED_TRACE(page);
    const auto a = parse(page);
    ASSERT_EQ(a.size(), 1u);
    EXPECT_FALSE(a[0].date.has_value());
  }
}

// A story's list marked ◆, each item a long paragraph without a date, and
// a cross-head over a photo inside a story: the story's, one article.
TEST(OrdinaryPagesStayOrdinary, AListAndAPhotoInsideAStory) {
  expect_readings(
      parse("背街小巷整治提速\n\n"
            "本报讯（记者 孙磊）6月20日，记者从市城管局获悉，今年将整治背街小巷八十条，重点抓好三项工作。\n"
            "◆ 补齐设施短板。对小巷路面、排水管网、路灯进行全面改造，同步整治架空线缆、违章搭建和乱堆乱放，"
            "让街巷更整洁、更通畅、更安全，让居民出行更方便。\n"
            "◆ 提升服务功能。因地制宜增设便民摊点、休憩座椅、公共厕所等设施，方便居民日常生活，"
            "打造居民步行可达、有温度的街巷空间和邻里交往场所。\n"),
      {{"", "背街小巷整治提速", "2023-06-20", {"孙磊"}}});
  expect_readings(parse("老城书店重新开张\n\n"
                        "本报讯（记者 周文）6月20日，改造后的老城书店重新开门迎客。\n\n"
                        "书店新设了儿童阅读区。\n\n"
                        "书香满屋\n\n"
                        "读者在新书架前挑选图书。\n\n"
                        "记者 陈晨 摄\n\n"
                        "店长介绍，书店还将举办读书沙龙。\n"),
                  {{"", "老城书店重新开张", "2023-06-20", {"周文", "陈晨"}}});
}

// The page's photographer under a story with its reporter: credited
// beside the reporter, with or without a colon and a role.
TEST(OrdinaryPagesStayOrdinary, ThePagesPhotographerBesideTheReporter) {
  expect_readings(parse("城东新建两所幼儿园投用\n\n"
                        "本报讯（记者 孙磊）6月20日，城东两所新建幼儿园正式投用。\n\n"
                        "本版摄影 何平\n"),
                  {{"", "城东新建两所幼儿园投用", "2023-06-20", {"孙磊", "何平"}}});
  const auto a = parse(
      "龙舟赛鸣锣开赛\n\n"
      "本报讯（记者 周文）6月20日，第五届龙舟赛在白河开赛。\n\n"
      "本版摄影：本报记者 何平 通讯员 吴军\n");
  expect_readings(a, {{"", "龙舟赛鸣锣开赛", "2023-06-20", {"周文", "何平"}}});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].paragraphs.size(), 1u);
}

// A front page's teasers, each over its page's reference, then the lead
// story under its own heading: the teasers are the page's furniture.
TEST(OrdinaryPagesStayOrdinary, TeasersOverPageReferences) {
  expect_readings(parse("城东新建两所幼儿园投用\n"
                        "新增学位一千个\n"
                        "3版\n\n"
                        "老城书店重新开张\n"
                        "5版\n\n"
                        "全市夏粮收购过半\n\n"
                        "本报讯（记者 孙磊）6月20日，全市夏粮收购进度过半。\n"),
                  {{"", "全市夏粮收购过半", "2023-06-20", {"孙磊"}}});
  const auto a = parse(
      "城东新建两所幼儿园投用\n"
      "新增学位一千个\n"
      "3版\n\n"
      "第二版今日导读\n\n"
      "本报讯（记者 孙磊）6月20日，城东两所新建幼儿园迎来首批幼儿。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_NE(a[0].title, "城东新建两所幼儿园投用");
}

// A subtitle with a note on the text (附名单, 组图): a title and its
// subtitle, no kicker.
TEST(OrdinaryPagesStayOrdinary, ASubtitlesNoteOnTheText) {
  const auto a = parse(
      "全市评出首批乡村工匠\n"
      "共有三十六人入选（附名单）\n\n"
      "本报讯（记者 孙磊）6月20日，市人社局公布首批乡村工匠名单。\n\n"
      "端午假期乡村游火热\n"
      "全市接待游客五十万人次（组图）\n\n"
      "本报讯（记者 周文）6月19日，记者从市文旅局获悉，端午假期乡村游火热。\n");
  expect_readings(a, {{"", "全市评出首批乡村工匠", "2023-06-20", {"孙磊"}},
                      {"", "端午假期乡村游火热", "2023-06-19", {"周文"}}});
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].subtitle, "共有三十六人入选（附名单）");
  EXPECT_EQ(a[1].subtitle, "全市接待游客五十万人次（组图）");
}

}  // namespace
}  // namespace kanbao::corpus
