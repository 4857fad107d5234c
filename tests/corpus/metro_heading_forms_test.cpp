// SPDX-License-Identifier: MIT
// Heading forms of a city paper's printed pages that the parser, tuned on a
// national daily, misread (issue 11, session 18), in fixtures of our own
// text: a kicker giving figures, a period or an occasion over a longer
// title, and summary points indented under a flush-left heading block
// before the byline.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/split.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

using testing_util::kIndent;
using testing_util::split_page_text;

std::string page(const std::vector<std::string>& heads, const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& h : heads) out += h + "\n";
  for (const std::string& p : paragraphs) out += kIndent + p + "\n";
  return out;
}

const std::vector<std::string> kText = {
    "记者 林小舟",
    "昨天上午，湖滨公园的郁金香迎来盛花期，不少市民带着孩子前来赏花。",
    "公园管理处介绍，今年新种了八个品种，花期预计持续到下月中旬。",
    "管理处提醒，周末客流较大，建议错峰出行。",
};

// The page of `heads` over kText holds one article with these headings.
void expect_headings(const std::vector<std::string>& heads, const std::string& kicker,
                     const std::string& title, const std::string& subtitle) {
  const auto a = split_page_text(page(heads, kText));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kicker, kicker);
  EXPECT_EQ(a[0].title, title);
  EXPECT_EQ(a[0].subtitle, subtitle);
  EXPECT_EQ(a[0].reporters, std::vector<std::string>{"林小舟"});
  ASSERT_FALSE(a[0].paragraphs.empty());
  EXPECT_EQ(a[0].paragraphs.front(), kText[1]);
}

// A short line with figures over a longer statement without any: the
// figures lead into the news, the second line is the title.
TEST(MetroHeadingForms, FiguresOverLongerStatementAreKickerAndTitle) {
  expect_headings({"开花率超过80%", "湖滨公园郁金香进入最佳观赏期"}, "开花率超过80%",
                  "湖滨公园郁金香进入最佳观赏期", "");
}

// A period alone over the title (figures in both lines): when the news
// happens, a kicker.
TEST(MetroHeadingForms, PeriodAloneIsKicker) {
  expect_headings({"5月1日至5月5日", "湖滨公园12个出入口夜间开放"}, "5月1日至5月5日",
                  "湖滨公园12个出入口夜间开放", "");
}

// A line naming the time or occasion of the news (…首日, …以来, …期间,
// …会议上) over the line that tells it: kicker and title.
TEST(MetroHeadingForms, OccasionOverNewsIsKickerAndTitle) {
  expect_headings({"清明小长假首日", "湖滨公园游客络绎不绝"}, "清明小长假首日", "湖滨公园游客络绎不绝", "");
  expect_headings({"全市园林工作会议上", "局长提到了一个“小细节”"}, "全市园林工作会议上",
                  "局长提到了一个“小细节”", "");
}

// A title reporting a figure over a shorter catchword, and a title over a
// subtitle giving the figures, keep the first line as the title.
TEST(MetroHeadingForms, TitleWithFigureOverShorterLineStaysTitle) {
  expect_headings({"全市一季度用电量同比增长6.5%", "工业用电回暖"}, "", "全市一季度用电量同比增长6.5%",
                  "工业用电回暖");
  expect_headings({"湖滨公园郁金香进入最佳观赏期", "新品种达到8个"}, "", "湖滨公园郁金香进入最佳观赏期",
                  "新品种达到8个");
}

// A quotation above two flush-left heading lines (the second long and
// unpunctuated), then three short summary points indented as the text is,
// then the byline: the flush-left block heads the article - the points are
// its text, not its headings, however many -, and the quotation straight
// over it is the block's kicker (a teaser, page_top_teaser_test.cpp), not
// made the title.
TEST(MetroHeadingForms, IndentedPointsUnderFlushLeftBlockAreText) {
  std::vector<std::string> text = {"郁金香花期提前", "周末客流预计翻倍", "公园增开两个出入口"};
  text.insert(text.end(), kText.begin(), kText.end());
  const std::string first = page({"“这花开得真好看……”", "湖滨公园郁金香进入最佳观赏期",
                                  "管理处提醒市民错峰出行周末将增派志愿者引导客流"},
                                 text);
  const std::string second = page(
      {"老街菜场“上新”", "河埠头的春笋上市了"},
      {"记者 周晓禾", "这几天，老街菜场的春笋摊位前排起了队。", "摊主说，今年雨水足，笋的个头比往年大。"});
  std::vector<std::string> warnings;
  std::vector<FurnitureLine> furniture;
  SplitOptions options;
  options.furniture = &furniture;
  const auto a = split_articles(first + "\n" + second, warnings, options);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].kicker, "“这花开得真好看……”");
  EXPECT_EQ(a[0].title, "湖滨公园郁金香进入最佳观赏期");
  EXPECT_EQ(a[0].subtitle, "管理处提醒市民错峰出行周末将增派志愿者引导客流");
  EXPECT_EQ(a[0].reporters, std::vector<std::string>{"林小舟"});
  ASSERT_FALSE(a[0].paragraphs.empty());
  EXPECT_EQ(a[0].paragraphs.front().rfind("郁金香花期提前", 0), 0u) << a[0].paragraphs.front();
  EXPECT_TRUE(furniture.empty());
  EXPECT_EQ(a[1].reporters, std::vector<std::string>{"周晓禾"});
  EXPECT_TRUE(warnings.empty());
}

// A count over a longer title whose only digits are a campaign's year
// ("2026…"): the count leads into the news, a kicker; a year is no figure.
TEST(MetroHeadingForms, YearInTitleIsNoFigure) {
  expect_headings({"300余幅作品入选！", "2031“湖畔人家话春天”摄影征集活动 进入终评"}, "300余幅作品入选！",
                  "2031“湖畔人家话春天”摄影征集活动 进入终评", "");
  expect_headings({"800余份作品进入复赛！", "“我的端午故事”2031年中小学生 征文活动举行现场复评"},
                  "800余份作品进入复赛！", "“我的端午故事”2031年中小学生 征文活动举行现场复评", "");
}

// A case told by its age over the news of the cure: kicker and title,
// however long the first line runs.
TEST(MetroHeadingForms, CaseByAgeIsKicker) {
  expect_headings({"58岁的周阿姨膝盖疼了五年 上下楼梯都吃力", "某某中医师用针灸加膏药 帮她重新走上西湖边"},
                  "58岁的周阿姨膝盖疼了五年 上下楼梯都吃力", "某某中医师用针灸加膏药 帮她重新走上西湖边", "");
}

// A first line that asks over a line with no column's note: the question
// is the title, the line under it the subtitle.
TEST(MetroHeadingForms, QuestionOverPlainLineIsTitle) {
  expect_headings({"春笋为什么这么鲜？", "三到五年级小学生 快来找一找答案"}, "", "春笋为什么这么鲜？",
                  "三到五年级小学生 快来找一找答案");
  expect_headings(
      {"这么多老照片，怎么讲给孩子听？先翻起来！", "《城市记忆》展览开幕第一周 市图书馆“照片课堂”开讲了"}, "",
      "这么多老照片，怎么讲给孩子听？先翻起来！", "《城市记忆》展览开幕第一周 市图书馆“照片课堂”开讲了");
}

// Two heading lines over kText read as kicker and title, or as title and
// subtitle.
void expect_kicker_over_title(const std::string& kicker, const std::string& title) {
  expect_headings({kicker, title}, kicker, title, "");
}
void expect_title_over_subtitle(const std::string& title, const std::string& subtitle) {
  expect_headings({title, subtitle}, "", title, subtitle);
}

// A first line closing on words in quotation marks: the thing or saying
// the title under it tells of, a kicker, however much longer the title.
TEST(MetroHeadingForms, QuotedTermClosingFirstLineIsKicker) {
  expect_kicker_over_title("湖滨菜场“换新”", "市民念叨的这口春笋上市了");
  expect_kicker_over_title("开张时被人说“撑不过一季”", "老街这家面馆 凭什么把一碗葱油拌面卖了八年");
}

// A question under a plain line: the title asks what the news means to the
// reader, the line above is its kicker.
TEST(MetroHeadingForms, QuestionUnderPlainLineIsTitle) {
  expect_kicker_over_title("电动车头盔新标准来了", "去年买的旧款头盔，现在还能戴吗？");
}

// An exclamation inside the first line with more words after it: a title's
// cry, the line under it the subtitle, however shorter.
TEST(MetroHeadingForms, ExclamationWithinFirstLineIsTitle) {
  expect_title_over_subtitle("兔年说兔！湖滨公园科普进社区", "带居民孩子以脚印认兔子");
}

// A slogan of two matched phrases over a longer line giving a year or a
// count: the news the slogan heads is the title (a 人民日报 form).
TEST(MetroHeadingForms, SloganOverFiguresIsKicker) {
  expect_kicker_over_title("守护碧水 共建家园", "2031湖滨生态论坛在临河举行");
}

// A press briefing introducing what the line above announces: the
// announcement is the title, however longer than the briefing.
TEST(MetroHeadingForms, BriefingUnderAnnouncementIsSubtitle) {
  expect_title_over_subtitle("市长将出席第三届湖滨国际花卉博览会开幕式并致辞",
                             "市政府举行新闻发布会介绍有关情况");
}

// Two lines closing on the same words tell two acts side by side: the
// first is the title, the second its subtitle.
TEST(MetroHeadingForms, ParallelLinesAreTitleAndSubtitle) {
  expect_title_over_subtitle("湖滨市长同临河市长就两市结好十周年互致贺电", "两市议会议长互致贺电");
}

// Clauses over clauses where only the second line gives figures: the
// subtitle's figures under the title, not a title under its kicker.
TEST(MetroHeadingForms, FiguresOnlyInSecondOfClausesMakeSubtitle) {
  expect_title_over_subtitle("独居老人搬家后，屋里旧物堆到了门口", "志愿者连续干了8小时，清走6车杂物");
}

// A scene opening with 在 in one clause: where the news took place, a
// kicker over the title.
TEST(MetroHeadingForms, SceneOpeningWithZaiIsKicker) {
  expect_kicker_over_title("在繁花盛开的湖畔步道上相聚", "小记者的春日研学活动场场满员");
}

// An item titled `title` alone (no kicker, no subtitle) from source line
// `first_line`.
void expect_title_alone(const Article& a, const std::string& title, int first_line) {
  EXPECT_EQ(a.kicker, "");
  EXPECT_EQ(a.title, title);
  EXPECT_EQ(a.subtitle, "");
  EXPECT_EQ(a.first_line, first_line);
}

// A block set apart over a list, one short entry a line, indented to the
// next blank line (a panel of judges): the list is the item's text, and the
// item an article of its own.
TEST(MetroHeadingForms, IndentedListUnderBlockSetApartIsItsArticle) {
  const auto a = split_page_text(page({"湖滨公园郁金香进入最佳观赏期"}, kText) + "\n" +
                                 page({"评审专家名单"}, {"小学组", "林小禾 市实验小学语文教师", "中学组",
                                                         "沈一舟 市第九中学语文教研组长"}) +
                                 "\n" + page({"河埠头的春笋上市了"}, kText));
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].title, "湖滨公园郁金香进入最佳观赏期");
  expect_title_alone(a[1], "评审专家名单", 7);
  EXPECT_EQ(a[1].last_line, 11);
  EXPECT_EQ(a[2].title, "河埠头的春笋上市了");
  EXPECT_EQ(a[2].reporters, std::vector<std::string>{"林小舟"});
}

// The first article of the pages below, then `second` after a blank line:
// two articles, the second's fields as `want`.
struct Second {
  std::string title, subtitle, first_paragraph, reporter;
  int first_line = 0;
};

void expect_second_text(const Article& a, const Second& want) {
  EXPECT_EQ(a.reporters, std::vector<std::string>{want.reporter});
  EXPECT_EQ(a.first_line, want.first_line);
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs.front(), want.first_paragraph);
}

void expect_second(const std::string& second, const Second& want) {
  const auto a = split_page_text(page({"湖滨公园郁金香进入最佳观赏期"}, kText) + "\n" + second);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].title, "湖滨公园郁金香进入最佳观赏期");
  EXPECT_EQ(a[0].paragraphs.size(), kText.size() - 1);
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, want.title);
  EXPECT_EQ(a[1].subtitle, want.subtitle);
  expect_second_text(a[1], want);
}

// Title and subtitle flush left, a photo's caption and the graphic's
// credit (制图 某某) indented under them, then the 本报讯 lead (session 23,
// 都市快报's e-paper prints captions and credits there): the block heads
// the article below the credit, not the article above (the caption is the
// article's first paragraph, as captions are).
TEST(MetroHeadingForms, GraphicCreditBetweenHeadingsAndLeadKeepsTheBlock) {
  const std::string second =
      page({"老街菜场新开一家百年面馆", "面馆的汤底每天熬上八个小时，一碗面卖十二元"},
           {"面馆老板在后厨拉面", "制图 周小禾", "本报讯（记者 沈一帆）老街菜场二楼新开了一家面馆。",
            "老板说，面馆的汤底每天凌晨四点开始熬。"});
  expect_second(second, {"老街菜场新开一家百年面馆", "面馆的汤底每天熬上八个小时，一碗面卖十二元",
                         "面馆老板在后厨拉面", "沈一帆", 7});
}

// A QR code's note (扫码查看…) between the block and the byline: the same.
TEST(MetroHeadingForms, QrNoteBetweenHeadingsAndBylineKeepsTheBlock) {
  const std::string second =
      page({"邀请50位读者试吃春笋宴", "200份竹筒饭、100份笋干，积分可兑换"},
           {"扫码查看积分商城", "记者 陈半夏", "积分商城本周推出春笋专场。", "兑换时间：周六晚八点。"});
  expect_second(second, {"邀请50位读者试吃春笋宴", "200份竹筒饭、100份笋干，积分可兑换",
                         "积分商城本周推出春笋专场。", "陈半夏", 7});
}

// A block set apart with no lead or byline under it: a QR code's note
// ("扫码留言") stands between it and the text (session 23, 都市快报's
// readers' activities; 人民日报's diaries and figure boxes set numbered or
// figure lines there the same way).
TEST(MetroHeadingForms, IndentedDecksUnderBlockSetApartOpenItsArticle) {
  const auto a = split_page_text(
      page({"湖滨公园郁金香进入最佳观赏期"}, kText) + "\n" +
      page({"晒出你的春日野餐照 赢取樱花主题便当"}, {"扫码留言", "春天的湖边，最适合铺一块野餐垫。",
                                                     "上传照片并留言，我们将选出十位读者送出便当券。"}));
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].title, "湖滨公园郁金香进入最佳观赏期");
  expect_title_alone(a[1], "晒出你的春日野餐照 赢取樱花主题便当", 7);
  ASSERT_FALSE(a[1].paragraphs.empty());
  EXPECT_EQ(a[1].paragraphs.size(), 2u);
  EXPECT_EQ(a[1].paragraphs.front(), "春天的湖边，最适合铺一块野餐垫。");
}

}  // namespace
}  // namespace kanbao::corpus
