// SPDX-License-Identifier: MIT
// Credits a national daily prints that the parser first missed (issue 11,
// session 17), in text of our own: a round-up whose sub-items each stand
// under their own correspondent's line (本报驻X记者), a section's credit in
// brackets inside the text, 采访整理, a closing note that ends with its
// byline, a round-up's credit of two dozen names, and a padded
// photographer's name glued to 摄. Byline lines inside the text stay in it
// as printed and credit their names too, in page order.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/byline.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(CreditLines, CorrespondentStationedAbroad) {
  EXPECT_EQ(reporters_of("本报驻埃及记者 周 辉"), Names{"周辉"});
  EXPECT_EQ(reporters_of("本报驻欧盟记者　王刚"), Names{"王刚"});
  EXPECT_EQ(reporters_of("新华社驻东京记者 李娜"), Names{"李娜"});
  EXPECT_EQ(reporters_of("驻村记者 陈思远"), Names{"陈思远"});
  // A word before 驻 that names no paper or agency makes no byline.
  EXPECT_EQ(reporters_of("昨天驻地记者 王刚"), Names{"(none)"});
}

TEST(CreditLines, InterviewWrittenUpAndCompiledFrom) {
  EXPECT_EQ(reporters_of("（本报记者王刚、李娜采访整理）"), (Names{"王刚", "李娜"}));
  EXPECT_EQ(reporters_of("（本报记者 何 聪整理）"), Names{"何聪"});
  EXPECT_EQ(reporters_of("（综合本报记者王刚、李娜报道）"), (Names{"王刚", "李娜"}));
  EXPECT_EQ(reporters_of("张  强摄（影像中国）"), Names{"(none)"});  // the column's note: page_lines reads it
  EXPECT_EQ(reporters_of("张  强摄"), Names{"张强"});
  const auto written_up = parse_byline("（本报记者王刚采访整理）");
  ASSERT_TRUE(written_up.has_value());
  EXPECT_FALSE(written_up->photo_credit);
}

// Twenty-four names in brackets: longer than any one-line byline, still a
// credit and nothing else.
TEST(CreditLines, RoundUpCreditOfTwoDozenNames) {
  const Names want{"赵一鸣", "钱二宝", "孙三立", "李四海", "周五洲", "吴六合", "郑七星", "王八方",
                   "冯九思", "陈十全", "褚明远", "卫东升", "蒋西平", "沈南山", "韩北辰", "杨中正",
                   "朱春生", "秦夏至", "尤秋实", "许冬青", "何晓风", "吕晨光", "施雨桐", "张月明"};
  std::string line = "（综合本报记者";
  for (std::size_t i = 0; i < want.size(); ++i) line += (i > 0 ? "、" : "") + want[i];
  line += "报道）";
  EXPECT_EQ(reporters_of(line.c_str()), want);
  // The same length of prose in brackets is no byline.
  EXPECT_EQ(reporters_of(
                "（本报记者从市里获悉，今年全市新建口袋公园二十四处，改造老旧小区一百余个，新增停车位三千个，"
                "新增托育位两千个，新建社区食堂四十家，改造背街小巷六十条，新增绿道一百公里）"),
            Names{"(none)"});
}

// Each sub-item of a round-up stands under its own correspondent's line:
// the story credits them all, in page order, and keeps the lines in its text.
TEST(CreditLines, RoundUpSubItemsEachUnderTheirOwnCorrespondent) {
  const auto a = parse_june_21(
      "停课不停学\n"
      "——多地孔子学院开设网上课堂\n"
      "　　疫情之下，多地孔子学院把课堂搬到网上。\n"
      "　　本报驻埃及记者 周 辉\n"
      "　　开罗的孔子学院每周开设二十节网课，学生在家就能上课。\n"
      "　　（本报开罗电）\n"
      "　　本报驻意大利记者 陈思远\n"
      "　　罗马的汉语教师录制了三十段短视频，供学生反复观看。\n"
      "　　（本报罗马电）\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].title, "停课不停学");
  EXPECT_EQ(a[0].subtitle, "——多地孔子学院开设网上课堂");
  EXPECT_EQ(a[0].reporters, (Names{"周辉", "陈思远"}));
  // The last correspondent's line closes the story's text (the byline field),
  // the sub-item under it stays as further text.
  EXPECT_EQ(a[0].paragraphs.size(), 6U);
  EXPECT_EQ(a[0].paragraphs[1], "本报驻埃及记者 周 辉");
}

// A section's credit in brackets inside the text, and the closing credit
// under the last section: both credited, the section's first.
TEST(CreditLines, SectionCreditInsideTheTextAndTheClosingOne) {
  const auto a = parse_june_21(
      "家门口的新变化\n"
      "　　社区食堂开张了，老人吃饭不用再跑远路。\n"
      "　　（张 强 刘晓梅）\n"
      "　　老旧小区加装的电梯投入使用，住在六楼的居民不再发愁。\n"
      "　　（王 刚 陈思远整理）\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].reporters, (Names{"张强", "刘晓梅", "王刚", "陈思远"}));
  EXPECT_EQ(a[0].paragraphs.size(), 3U);
}

// A dateline's reporter and a sub-item's byline inside the text: the
// dateline's reporter stays first.
TEST(CreditLines, DatelineReporterAndASubItemsByline) {
  const auto a = parse_june_21(
      "两地推进老旧小区改造\n"
      "　　本报北京6月20日电 （记者王刚）两地近日推进老旧小区改造。\n"
      "　　本报记者 李 娜\n"
      "　　在南城，首批十个小区已完工。\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].reporters, (Names{"王刚", "李娜"}));
  EXPECT_EQ(a[0].date, (Date{2023, 6, 20}));
}

// An article with no byline, closed by a note that ends with one.
TEST(CreditLines, ClosingNoteThatEndsWithItsByline) {
  const auto noted = parse_june_21(
      "把调研做深做实\n"
      "　　调研要沉下去，听真话、察实情。\n"
      "　　只有把情况摸清楚，建议才能提到点子上。\n"
      "　　（作者为某市政协委员，本报记者王刚采访整理）\n");
  ASSERT_EQ(noted.size(), 1U);
  EXPECT_EQ(noted[0].reporters, Names{"王刚"});

  const auto agency = parse_june_21(
      "房贷利率平稳转换\n"
      "　　多家银行表示，已做好新发放房贷利率转换的准备。\n"
      "　　（据新华社北京6月20日电  记者李娜、陈思远）\n");
  ASSERT_EQ(agency.size(), 1U);
  EXPECT_EQ(agency[0].reporters, (Names{"李娜", "陈思远"}));

  // A note that names its author's post but no reporter credits nobody.
  const auto author = parse_june_21(
      "让老街留住乡愁\n"
      "　　老街改造，要留住街巷的肌理。\n"
      "　　（作者为某大学建筑学院教授，长期研究城市更新）\n");
  ASSERT_EQ(author.size(), 1U);
  EXPECT_TRUE(author[0].reporters.empty());
}

// Each guest's piece under a round-up closes with a note ending in the
// byline of the reporter who wrote it up: all of them are credited.
TEST(CreditLines, SectionNotesEndingWithTheirBylines) {
  const auto a = parse_june_21(
      "老朋友谈新变化\n"
      "　　我第一次来这里是二十年前，如今高楼林立。\n"
      "　　（作者为某国商会前会长，本报驻日本记者王刚采访整理）\n"
      "　　这里的年轻人创业热情很高，让我印象深刻。\n"
      "　　（作者为某大学教授，本报记者李娜、陈思远采访整理）\n"
      "　　我见证了这座城市的港口一年比一年繁忙。\n"
      "　　（作者为某航运公司董事长，本报记者张强采访整理）\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].reporters, (Names{"王刚", "李娜", "陈思远", "张强"}));
  EXPECT_EQ(a[0].paragraphs.size(), 6U);
}

// A photo's padded credit glued to 摄, with its column's note.
TEST(CreditLines, PaddedPhotographerGluedToTheCredit) {
  const auto a = parse_june_21(
      "荷塘月色\n"
      "　　6月20日，游客在城东湿地公园赏荷。\n"
      "　　张  强摄（影像中国）\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].reporters, Names{"张强"});
  EXPECT_FALSE(a[0].photo_credit);  // a photo's credit alone: no 文/图
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
