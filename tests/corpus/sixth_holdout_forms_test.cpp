// SPDX-License-Identifier: MIT
// Forms a sixth round on whole printed pages of a national daily showed the
// parser misreading (issue 11, session 15), in text of our own.
//
// A page that indents its paragraphs by two full-width spaces sets its
// headings flush left: a flush-left block after a finished paragraph and a
// blank line, with indented text under it (or an indented summary, as a
// commentary prints under its title), opens an article even when no
// dateline, byline or 下转 marker marks the stories apart. A cross-head
// indented as the text is, a line the layout cut (no blank line above it),
// and a page whose paragraphs are not indented keep their old reading.
//
// Two heading lines are kicker and title when the first is shaped as a
// kicker: a clause with a comma or an enumeration's 、 over a line without one, a name of six
// characters or less over a longer line, a line over a title of two paired
// phrases. Otherwise they stay title and subtitle.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/split.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(SixthHoldOutForms, FlushLeftHeadingsOnAnIndentedPageOpenArticles) {
  const auto a = parse_june_21(
      "老城区三条道路完成改造\n"
      "\n"
      "　　6月20日，老城区三条道路的改造全部完工，路面拓宽到十二米。\n"
      "　　施工方说，雨污管道同时换新，今后雨天不再积水。\n"
      "\n"
      "社区食堂开进老小区\n"
      "——每餐十元 老人优先\n"
      "　　家住老街的李大爷每天中午都到社区食堂吃饭。\n"
      "　　食堂由街道和一家企业合办，菜品每周更新。\n"
      "　　食堂还为行动不便的老人\n"
      "送餐上门。\n"
      "\n"
      "　　一份清单管到底\n"
      "　　街道为每户老人建了一份用餐清单，口味和忌口都写在上面。\n"
      "\n"
      "让好政策落到实处（短评）\n"
      "　　政策好不好，群众说了算！\n"
      "　　改造道路、办好食堂，都是群众身边的小事。\n"
      "　　小事办好了，群众才有获得感。\n");
  expect_page_articles(a, {
                              {"",
                               "老城区三条道路完成改造",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               2,
                               "6月20日，老城区三条道路的改造全部完工，路面拓宽到十二米。"},
                              {"",
                               "社区食堂开进老小区",
                               "——每餐十元 老人优先",
                               "",
                               {},
                               {},
                               5,
                               "家住老街的李大爷每天中午都到社区食堂吃饭。"},
                              {"", "让好政策落到实处（短评）", "", "", {}, {}, 3, "政策好不好，群众说了算！"},
                          });
  EXPECT_EQ(a[1].paragraphs[2], "食堂还为行动不便的老人送餐上门。");  // cut by the layout: joined
  EXPECT_EQ(a[1].paragraphs[3], "一份清单管到底");                    // indented: a cross-head
}

// What closes a story above a flush-left block - a line shaped like a
// heading ("祝大家新年快乐！"), a dispatch's note in brackets, a photo credit
// - stays that story's: the block under it opens the next article, whole.
TEST(SixthHoldOutForms, IndentedClosingLinesStayAboveTheBlock) {
  const auto a = parse_june_21(
      "新年音乐会在市剧院举行\n"
      "　　6月20日晚，新年音乐会在市剧院举行，一千多名观众到场。\n"
      "　　演出在合唱声中结束。\n"
      "　　祝大家新年快乐！\n"
      "\n"
      "市民热线\n"
      "上半年办结诉求十万件\n"
      "　　记者从市政务服务中心获悉，上半年热线办结群众诉求十万件。\n"
      "　　办结率比去年同期提高五个百分点。\n"
      "　　（本报记者 王刚）\n"
      "\n"
      "新建学校秋季开学\n"
      "——三所学校新增学位四千个\n"
      "　　三所新建学校将在秋季开学，新增学位四千个。\n"
      "　　学校的操场周末向居民开放。\n"
      "　　李娜摄\n"
      "\n"
      "老街夜市重新开张\n"
      "　　停业半年的老街夜市重新开张，二十多家摊位主打本地小吃。\n"
      "　　夜市每晚营业到十一点。\n");
  expect_page_articles(a, {
                              {"",
                               "新年音乐会在市剧院举行",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               3,
                               "6月20日晚，新年音乐会在市剧院举行，一千多名观众到场。"},
                              {"市民热线",
                               "上半年办结诉求十万件",
                               "",
                               "",
                               {"王刚"},
                               {},
                               2,
                               "记者从市政务服务中心获悉，上半年热线办结群众诉求十万件。"},
                              {"",
                               "新建学校秋季开学",
                               "——三所学校新增学位四千个",
                               "",
                               {"李娜"},
                               {},
                               2,
                               "三所新建学校将在秋季开学，新增学位四千个。"},
                              {"",
                               "老街夜市重新开张",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "停业半年的老街夜市重新开张，二十多家摊位主打本地小吃。"},
                          });
}

// A name alone (a body, a place, an event) and an announcement (…印发通知,
// …显示) are kickers over the title under them.
TEST(SixthHoldOutForms, NamesAndAnnouncementsAreKickers) {
  const auto a = parse_june_21(
      "市市场监督管理局\n"
      "夏季食品抽检合格率九成八\n"
      "　　市市场监管局公布夏季食品抽检结果，合格率百分之九十八。\n"
      "　　不合格的食品已全部下架。\n"
      "\n"
      "市政府办公室印发通知\n"
      "老旧小区加装电梯补贴提高\n"
      "　　市政府办公室日前印发通知，老旧小区加装电梯的补贴提高到每部二十万元。\n"
      "　　通知自下月起施行。\n"
      "\n"
      "上半年统计数据显示\n"
      "居民收入稳步增长\n"
      "　　市统计局昨日发布上半年数据，居民人均可支配收入增长百分之六。\n"
      "　　农村居民收入增长快于城镇居民。\n");

  expect_page_articles(a, {
                              {"市市场监督管理局",
                               "夏季食品抽检合格率九成八",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "市市场监管局公布夏季食品抽检结果，合格率百分之九十八。"},
                              {"市政府办公室印发通知",
                               "老旧小区加装电梯补贴提高",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "市政府办公室日前印发通知，老旧小区加装电梯的补贴提高到每部二十万元。"},
                              {"上半年统计数据显示",
                               "居民收入稳步增长",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "市统计局昨日发布上半年数据，居民人均可支配收入增长百分之六。"},

                          });
}

// In a long story on an indented page, its cross-heads are indented as its
// text is - also one marked ■ in two phrases with a comma - and open no
// article; nor does a flush-left line under no blank line.
TEST(SixthHoldOutForms, IndentedCrossHeadsStayInTheirStory) {
  const auto a = parse_june_21(
      "一条老街的新生\n"
      "　　老街长八百米，两旁是百年以上的老房子。\n"
      "　　去年起，街道请居民一起商量怎么改。\n"
      "\n"
      "　　■先问居民，再定方案\n"
      "　　改造方案前后改了五稿，每一稿都贴在街口征求意见。\n"
      "\n"
      "　　老房子修旧如旧\n"
      "　　工匠们用老办法修补了三十多处木构件。\n"
      "　　如今，老街每天接待游客上万人次。\n");
  expect_page_articles(
      a, {
             {"", "一条老街的新生", "", "", {}, {}, 7, "老街长八百米，两旁是百年以上的老房子。"},
         });
  // Each cross-head is a paragraph of its own, not the head of the next one.
  EXPECT_EQ(a[0].paragraphs[2], "■先问居民，再定方案");
  EXPECT_EQ(a[0].paragraphs[4], "老房子修旧如旧");
  EXPECT_EQ(a[0].paragraphs[5], "工匠们用老办法修补了三十多处木构件。");
}

// Under a flush-left block, a pull-quote's mark (核心阅读) may stand before
// the text: the block still opens its article. A dateline under indented
// text, with no heading of its own, is a further dispatch of the story
// above (a round-up of calls), not an article.
TEST(SixthHoldOutForms, PullQuotesAndFurtherDispatchesUnderABlock) {
  const auto a = parse_june_21(
      "市长分别同三位外地市长通电话\n"
      "　　本报北京6月20日电　6月20日上午，市长同甲市市长通电话，商谈两市合作。\n"
      "　　双方同意扩大人员往来。\n"
      "　　本报北京6月20日电　6月20日下午，市长同乙市市长通电话。\n"
      "　　两位市长谈到了航线恢复。\n"
      "\n"
      "老城更新 步步为营\n"
      "\n"
      "　　核心阅读\n"
      "　　三年来，老城改造了一百多个小区，居民参与了每一步。\n"
      "\n"
      "　　老城的变化，居民看在眼里。\n"
      "　　街道说，改造还要再做三年。\n");
  expect_page_articles(a, {
                              {"",
                               "市长分别同三位外地市长通电话",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               4,
                               "本报北京6月20日电　6月20日上午，市长同甲市市长通电话，商谈两市合作。"},
                              {"", "老城更新 步步为营", "", "", {}, {}, 4, "核心阅读"},
                          });
}

// A statement over a line three characters shorter or more is a kicker
// over its catchword title; a subtitle elaborates, so it runs longer or
// gives the figures. A first line ending with a figure reports it: the
// title.
TEST(SixthHoldOutForms, AStatementOverACatchwordIsAKicker) {
  const auto a = parse_june_21(
      "老城街道整合社区调解力量\n"
      "邻里矛盾有人管\n"
      "　　老城街道把调解员、网格员和志愿者编成一个队伍。\n"
      "　　今年以来调解邻里纠纷两百多起。\n"
      "\n"
      "上半年全市新增就业3.2万人\n"
      "就业形势总体稳定\n"
      "　　市人社局发布，上半年全市城镇新增就业3.2万人。\n"
      "　　高校毕业生就业率与去年持平。\n"
      "\n"
      "老城区新建学校秋季开学\n"
      "新增学位两千个\n"
      "　　老城区三所新建学校将在秋季开学。\n"
      "　　学校的操场周末向居民开放。\n");
  expect_page_articles(
      a,
      {
          {"老城街道整合社区调解力量",
           "邻里矛盾有人管",
           "",
           "",
           {},
           {},
           2,
           "老城街道把调解员、网格员和志愿者编成一个队伍。"},
          {"",
           "上半年全市新增就业3.2万人",
           "就业形势总体稳定",
           "",
           {},
           {},
           2,
           "市人社局发布，上半年全市城镇新增就业3.2万人。"},
          {"", "老城区新建学校秋季开学", "新增学位两千个", "", {}, {}, 2, "老城区三所新建学校将在秋季开学。"},
      });
}

// A column item closed by its speaker's dash line and an indented byline
// (（本报记者 王刚整理）): the byline closes that item; the flush-left block
// under it opens the next.
TEST(SixthHoldOutForms, AnIndentedBylineClosesTheItemAbove) {
  const auto a = parse_june_21(
      "把小事办成群众的好事（声音）\n"
      "\n"
      "　　群众身边的小事，就是我们工作中的大事。\n"
      "　　——某区区长在全区民生工作会议上说\n"
      "　　（本报记者 王刚整理）\n"
      "\n"
      "社区食堂开进老小区\n"
      "\n"
      "　　家住老街的李大爷每天中午都到社区食堂吃饭。\n"
      "　　食堂由街道和一家企业合办，菜品每周更新。\n");
  expect_page_articles(
      a, {
             {"",
              "把小事办成群众的好事（声音）",
              "",
              "",
              {"王刚"},
              {},
              2,
              "群众身边的小事，就是我们工作中的大事。"},
             {"", "社区食堂开进老小区", "", "", {}, {}, 2, "家住老街的李大爷每天中午都到社区食堂吃饭。"},
         });
}

// A long subtitle running straight on into indented text is no first part
// of that text cut by the layout: the indented line opens its own
// paragraph, and the block stands apart.
TEST(SixthHoldOutForms, ALongSubtitleOverIndentedTextStaysInItsBlock) {
  const auto a = parse_june_21(
      "老城区三条道路完成改造\n"
      "　　老城区三条道路的改造全部完工，路面拓宽到十二米。\n"
      "　　施工方说，雨污管道同时换新。\n"
      "\n"
      "让老街坊住得更舒心\n"
      "——一年来老城区推进老旧小区改造、补齐社区服务短板的调查\n"
      "　　一年来，老城区改造老旧小区四十个，新建社区服务站十二个。\n"
      "　　居民说，楼道亮了，出门方便了。\n");
  expect_page_articles(a, {
                              {"",
                               "老城区三条道路完成改造",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "老城区三条道路的改造全部完工，路面拓宽到十二米。"},
                              {"",
                               "让老街坊住得更舒心",
                               "——一年来老城区推进老旧小区改造、补齐社区服务短板的调查",
                               "",
                               {},
                               {},
                               2,
                               "一年来，老城区改造老旧小区四十个，新建社区服务站十二个。"},
                          });
}

// A short flush-left heading closing an indented page, nothing under it -
// a photo whose picture is no text - is an item of its own, not a line of
// the story above.
TEST(SixthHoldOutForms, AHeadingAloneAtThePageEndIsAnItem) {
  const auto a = parse_june_21(
      "老城区三条道路完成改造\n"
      "　　老城区三条道路的改造全部完工，路面拓宽到十二米。\n"
      "　　施工方说，雨污管道同时换新。\n"
      "　　今后雨天不再积水。\n"
      "\n"
      "图片报道\n");
  ASSERT_EQ(a.size(), 2U);
  // The photo's item: its heading and nothing else.
  EXPECT_TRUE(a[1].paragraphs.empty());
  EXPECT_EQ(a[1].title, "图片报道");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].subtitle, "");
  EXPECT_EQ(date_of(a[1]), "");
  EXPECT_TRUE(a[1].reporters.empty());
  // The story above keeps its text and no more.
  EXPECT_EQ(a[0].title, "老城区三条道路完成改造");
  EXPECT_EQ(a[0].paragraphs,
            (std::vector<std::string>{"老城区三条道路的改造全部完工，路面拓宽到十二米。",
                                      "施工方说，雨污管道同时换新。", "今后雨天不再积水。"}));
}

// Spaces set for spacing inside a heading line (two ASCII spaces, a
// full-width one) read as one space.
TEST(SixthHoldOutForms, SpacingInsideHeadingsIsOneSpace) {
  const auto a = parse_june_21(
      "老城更新\u3000步步为营\n"
      "小区改造  居民点赞\n"
      "　　老城区今年改造老旧小区四十个。\n"
      "　　改造前，每个小区都开了居民议事会。\n"
      "　　居民说，改得好不好，自己说了算。\n");
  expect_page_articles(
      a, {
             {"", "老城更新 步步为营", "小区改造 居民点赞", "", {}, {}, 3, "老城区今年改造老旧小区四十个。"},
         });
}

// A title closed by its series' name, parts joined by · and perhaps a
// bracketed number inside, takes the line above as its kicker.
TEST(SixthHoldOutForms, ASeriesNoteMarksTheTitle) {
  const auto a = parse_june_21(
      "老城区推进老旧小区改造\n"
      "楼道亮了 心里暖了（走基层·老城新貌（上））\n"
      "　　老城区今年改造老旧小区四十个。\n"
      "　　改造前，每个小区都开了居民议事会。\n"
      "　　居民说，改得好不好，自己说了算。\n");
  expect_page_articles(a, {
                              {"老城区推进老旧小区改造",
                               "楼道亮了 心里暖了（走基层·老城新貌（上））",
                               "",
                               "",
                               {},
                               {},
                               3,
                               "老城区今年改造老旧小区四十个。"},
                          });
}

// The same stories with no indent anywhere: nothing sets the headings
// apart, and the commentary stays in the story above it.
TEST(SixthHoldOutForms, APageWithoutIndentKeepsItsReading) {
  const auto a = parse_june_21(
      "社区食堂开进老小区\n"
      "家住老街的李大爷每天中午都到社区食堂吃饭。\n"
      "食堂由街道和一家企业合办，菜品每周更新。\n"
      "食堂还为行动不便的老人送餐上门。\n"
      "\n"
      "让好政策落到实处\n"
      "改造道路、办好食堂，都是群众身边的小事。\n"
      "小事办好了，群众才有获得感。\n");
  expect_page_articles(
      a, {{"", "社区食堂开进老小区", "", "", {}, {}, 5, "家住老街的李大爷每天中午都到社区食堂吃饭。"}});
}

TEST(SixthHoldOutForms, TwoHeadingLinesShapedAsKickerAndTitle) {
  const auto a = parse_june_21(
      "市区新增公园绿地，居民出门见绿\n"
      "一年建成口袋公园二十个\n"
      "　　记者从市园林局获悉，今年全市新建口袋公园二十个，多数建在老城区。\n"
      "　　每个公园都配有座椅和饮水点。\n"
      "\n"
      "市园林局\n"
      "发布夏季绿地养护指引\n"
      "　　市园林局日前发布夏季绿地养护指引，提醒各区做好防旱。\n"
      "　　指引要求，新栽树木每周浇水两次。\n"
      "\n"
      "老街区推行垃圾分类积分\n"
      "分得清 换得来\n"
      "　　老街区的居民分好垃圾，就能攒积分换日用品。\n"
      "　　推行三个月，分类准确率过了九成。\n"
      "\n"
      "全市建成图书分馆十个、书屋八十家\n"
      "阅读“流”进家门口\n"
      "　　今年全市新建图书分馆十个，社区书屋八十家。\n"
      "　　分馆和书屋的书可以通借通还。\n"
      "\n"
      "市区三条公交线路延长末班时间\n"
      "方便在城区上夜班的职工坐公交车回家\n"
      "　　记者从市公交集团获悉，三条线路的末班车将推迟到晚上十一点。\n"
      "　　调整从下月一日起实行。\n");
  expect_page_articles(a, {
                              {"市区新增公园绿地，居民出门见绿",
                               "一年建成口袋公园二十个",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "记者从市园林局获悉，今年全市新建口袋公园二十个，多数建在老城区。"},
                              {"市园林局",
                               "发布夏季绿地养护指引",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "市园林局日前发布夏季绿地养护指引，提醒各区做好防旱。"},
                              {"老街区推行垃圾分类积分",
                               "分得清 换得来",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "老街区的居民分好垃圾，就能攒积分换日用品。"},
                              {"全市建成图书分馆十个、书屋八十家",
                               "阅读“流”进家门口",
                               "",
                               "",
                               {},
                               {},
                               2,
                               "今年全市新建图书分馆十个，社区书屋八十家。"},
                              {"",
                               "市区三条公交线路延长末班时间",
                               "方便在城区上夜班的职工坐公交车回家",
                               "",
                               {},
                               {},
                               2,
                               "记者从市公交集团获悉，三条线路的末班车将推迟到晚上十一点。"},
                          });
}

// Briefs marked ■, indented under a page's heading, stay items of their
// own: a brief's mark is no further dispatch of the item above.
TEST(SixthHoldOutForms, IndentedMarkedBriefsStayApart) {
  const auto a = parse_june_21(
      "要闻简报\n"
      "　　■6月20日，我县召开夏季防汛工作会议，部署各乡镇做好防汛准备。\n"
      "　　■6月19日，县城新建的两处停车场投入使用，新增车位三百个。\n"
      "　　■6月18日，县图书馆举办亲子阅读活动，一百多组家庭参加。\n");
  expect_page_articles(a, {
                              {"",
                               "要闻简报",
                               "",
                               "2023-06-20",
                               {},
                               {},
                               1,
                               "■6月20日，我县召开夏季防汛工作会议，部署各乡镇做好防汛准备。"},
                              {"",
                               "6月19日",
                               "",
                               "2023-06-19",
                               {},
                               {},
                               1,
                               "■6月19日，县城新建的两处停车场投入使用，新增车位三百个。"},
                              {"",
                               "6月18日",
                               "",
                               "2023-06-18",
                               {},
                               {},
                               1,
                               "■6月18日，县图书馆举办亲子阅读活动，一百多组家庭参加。"},
                          });
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
