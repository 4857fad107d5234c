// SPDX-License-Identifier: MIT
// A photo's heading in mid-page (图片报道), as 人民日报 prints one between
// two stories (issue 11, session 19), in text of our own: a flush-left
// heading line with a blank line above and below it, under a finished
// story and over the next story's heading block. Its picture is no text,
// so the heading is an item of its own; it is neither the kicker of the
// block below nor part of the story above.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

constexpr std::string_view kStoryAbove =
    "老城区三条道路完成改造\n"
    "　　老城区三条道路的改造全部完工，路面拓宽到十二米。\n"
    "　　施工方说，雨污管道同时换新。\n"
    "\n";

TEST(PhotoHeading, AHeadingAloneBetweenTwoStoriesIsAnItemOfItsOwn) {
  const auto a =
      parse_june_21(std::string(kStoryAbove) +
                    "劳动节，我在劳动\n"
                    "\n"
                    "“五一”假期首日\n"
                    "全市道路交通总体平稳有序\n"
                    "　　本报临河5月1日电  （记者张明）记者从市交管局获悉：假期首日全市道路畅通。\n"
                    "　　交管部门提醒，返程高峰在4日下午。\n"
                    "\n"
                    "南城区老街巷改造完工\n"
                    "　　本报临河5月1日电  南城区十二条老街巷改造今天全部完工。\n"
                    "　　改造后的街巷干净整洁。\n");
  ASSERT_EQ(a.size(), 4U);
  EXPECT_EQ(a[0].title, "老城区三条道路完成改造");
  EXPECT_EQ(a[0].paragraphs.size(), 2U);
  // The photo's item: its heading and nothing else.
  EXPECT_EQ(a[1].title, "劳动节，我在劳动");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_TRUE(a[1].paragraphs.empty());
  // The story below keeps its own heading block whole.
  EXPECT_EQ(a[2].kicker, "“五一”假期首日");
  EXPECT_EQ(a[2].title, "全市道路交通总体平稳有序");
  EXPECT_EQ(a[2].reporters, (Names{"张明"}));
  EXPECT_EQ(date_of(a[2]), "2023-05-01");
  EXPECT_EQ(a[3].title, "南城区老街巷改造完工");
}

// Two photos one after the other, each under its own heading standing
// alone between blank lines, over a speech's heading block: two items,
// and the second photo's heading is no kicker of the speech.
TEST(PhotoHeading, HeadingsAloneOneAfterAnotherAreItemsOfTheirOwn) {
  const auto a = parse_june_21(std::string(kStoryAbove) +
                               "市长同来访的友城代表团成员亲切交谈\n"
                               "\n"
                               "市长同友城代表团全体成员合影留念\n"
                               "\n"
                               "在友好城市结好三十周年招待会上的致辞\n"
                               "（2023年6月20日，临河）\n"
                               "尊敬的各位来宾，\n"
                               "女士们，先生们：\n"
                               "　　今天，我们在这里欢聚一堂，庆祝两市结好三十周年。\n"
                               "　　三十年来，两市在经贸、文化、教育等领域合作成果丰硕。\n");
  ASSERT_EQ(a.size(), 4U);
  EXPECT_EQ(a[1].title, "市长同来访的友城代表团成员亲切交谈");
  EXPECT_TRUE(a[1].paragraphs.empty());
  EXPECT_EQ(a[2].title, "市长同友城代表团全体成员合影留念");
  EXPECT_EQ(a[2].kicker, "");
  EXPECT_TRUE(a[2].paragraphs.empty());
  EXPECT_EQ(a[3].kicker, "");
  EXPECT_EQ(a[3].title, "在友好城市结好三十周年招待会上的致辞");
  EXPECT_EQ(a[3].subtitle, "（2023年6月20日，临河）");
}

// A one-line title and a lead-less story under it: the photo's heading
// still stands alone, and the title below is the story's, not a subtitle.
TEST(PhotoHeading, APhotoHeadingOverAOneLineTitle) {
  const auto a = parse_june_21(std::string(kStoryAbove) +
                               "劳动是最美的姿态\n"
                               "\n"
                               "人民爱医行动正式启动\n"
                               "　　本报北京4月30日电  （赵敬轩）由本报发起的人民爱医行动今天启动。\n"
                               "　　行动将长期开展下去。\n"
                               "\n"
                               "南城区老街巷改造完工\n"
                               "　　本报临河5月1日电  南城区十二条老街巷改造今天全部完工。\n"
                               "　　改造后的街巷干净整洁。\n");
  ASSERT_EQ(a.size(), 4U);
  EXPECT_EQ(a[1].title, "劳动是最美的姿态");
  EXPECT_TRUE(a[1].paragraphs.empty());
  EXPECT_EQ(a[2].kicker, "");
  EXPECT_EQ(a[2].title, "人民爱医行动正式启动");
  EXPECT_EQ(a[2].paragraphs.size(), 2U);
}

// A feature with no dateline or byline under the photo's heading: its block
// still opens its own article (the photo's heading stands as finished text
// above it would).
TEST(PhotoHeading, AFeatureWithoutALeadUnderAPhotoHeading) {
  const auto a = parse_june_21(std::string(kStoryAbove) +
                               "图片报道\n"
                               "\n"
                               "临河南城区补足教育短板——\n"
                               "下好教育“先手棋”\n"
                               "　　顶着酷暑，年近七旬的老校长为了新校区的建设一直未停下脚步。\n"
                               "　　“在教育谋划上要有大手笔。”老校长说。\n"
                               "\n"
                               "南城区老街巷改造完工\n"
                               "　　本报临河5月1日电  南城区十二条老街巷改造今天全部完工。\n"
                               "　　改造后的街巷干净整洁。\n");
  ASSERT_EQ(a.size(), 4U);
  EXPECT_EQ(a[1].title, "图片报道");
  EXPECT_TRUE(a[1].paragraphs.empty());
  EXPECT_EQ(a[2].kicker, "临河南城区补足教育短板——");
  EXPECT_EQ(a[2].title, "下好教育“先手棋”");
  EXPECT_EQ(a[2].paragraphs.size(), 2U);
  EXPECT_EQ(a[3].title, "南城区老街巷改造完工");
}

// A heading block whose kicker stands right over its title (no blank line
// between) is one block: the rule needs the blank line under the lone line.
TEST(PhotoHeading, AKickerRightOverItsTitleStaysTheKicker) {
  const auto a =
      parse_june_21(std::string(kStoryAbove) +
                    "“五一”假期首日\n"
                    "全市道路交通总体平稳有序\n"
                    "　　本报临河5月1日电  （记者张明）记者从市交管局获悉：假期首日全市道路畅通。\n"
                    "　　交管部门提醒，返程高峰在4日下午。\n"
                    "\n"
                    "南城区老街巷改造完工\n"
                    "　　本报临河5月1日电  南城区十二条老街巷改造今天全部完工。\n"
                    "　　改造后的街巷干净整洁。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[1].kicker, "“五一”假期首日");
  EXPECT_EQ(a[1].title, "全市道路交通总体平稳有序");
}

// A photo page's heading over nothing but its layout credit (版式设计, the
// page's furniture), then the next story: an item of its own.
TEST(PhotoHeading, AHeadingOverOnlyTheLayoutCreditIsAnItem) {
  const auto a = parse_june_21(
      "坚决打赢春耕春播攻坚战（来自一线的报道）\n"
      "　　版式设计：李  明\n"
      "\n"
      "军地协同 凝聚力量（快评）\n"
      "　　驻地部队官兵连夜赶到，帮助群众抢收抢种。\n"
      "　　军地协同，力量就凝聚在一起。\n"
      "\n"
      "南城区老街巷改造完工\n"
      "　　本报临河5月1日电  南城区十二条老街巷改造今天全部完工。\n"
      "　　改造后的街巷干净整洁。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].title, "坚决打赢春耕春播攻坚战（来自一线的报道）");
  EXPECT_TRUE(a[0].paragraphs.empty());
  EXPECT_EQ(a[1].title, "军地协同 凝聚力量（快评）");
  EXPECT_EQ(a[1].paragraphs.size(), 2U);
  EXPECT_EQ(a[2].title, "南城区老街巷改造完工");
}

// The same heading first on the page, with only a blank line under it.
TEST(PhotoHeading, APhotoHeadingFirstOnThePageIsAnItem) {
  const auto a = parse_june_21(
      "坚决打赢春耕春播攻坚战（来自一线的报道）\n"
      "\n"
      "我们一定赢（快评）\n"
      "　　春耕就是命令，农时就是责任。\n"
      "　　只要齐心协力，我们一定赢。\n"
      "\n"
      "南城区老街巷改造完工\n"
      "　　本报临河5月1日电  南城区十二条老街巷改造今天全部完工。\n"
      "　　改造后的街巷干净整洁。\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].title, "坚决打赢春耕春播攻坚战（来自一线的报道）");
  EXPECT_TRUE(a[0].paragraphs.empty());
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "我们一定赢（快评）");
  EXPECT_EQ(a[1].paragraphs.size(), 2U);
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
