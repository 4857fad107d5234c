// SPDX-License-Identifier: MIT
// Lines of an article's text shaped like something else (issue 11's
// "nothing is dropped", a user's report on 人民日报 pages), in text of our
// own: a date alone like the page's date line (a timeline's day over its
// entry, a letter's date under its signer), a letter's or speech's
// salutation set flush left over the indented text ("编辑同志：" has an
// editor line's shape). They are the article's, kept in its body in page
// order, each a paragraph of its own: not furniture, not run on from the
// line above, not the title's subtitle.
#include <gtest/gtest.h>

#include "corpus/furniture.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

constexpr std::string_view kStoryBelow =
    "\n"
    "南城区老街巷改造完工\n"
    "　　本报临河6月20日电  南城区十二条老街巷改造今天全部完工。\n"
    "　　改造后的街巷干净整洁，沿街商铺生意也好了。\n";

// The page's first article is titled `title`, with no kicker or subtitle,
// and the story below follows it.
void expect_title_alone(const std::vector<Article>& a, std::string_view title) {
  ASSERT_EQ(a.size(), 2U);
  EXPECT_EQ(a[0].title, title);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].subtitle, "");
  EXPECT_EQ(a[1].title, "南城区老街巷改造完工");
}

std::vector<std::string> body_of(const std::vector<Article>& a, std::size_t i) {
  return i < a.size() ? a[i].paragraphs : std::vector<std::string>{};
}

// A feature ending with its timeline: each day alone on its line, indented
// as the text is, over the day's entry.
TEST(LinesInText, ATimelinesDatesStayInItsBody) {
  const auto a = parse_june_21(
      "临河大桥建成通车\n"
      "　　本报临河6月20日电  横跨临河的大桥今天建成通车，两岸往来从此不再绕行。\n"
      "　　大桥全长一千二百米，建设者在河上奋战了三个寒暑。\n"
      "　　大桥建设大事记\n"
      "　　2020年3月12日\n"
      "　　大桥项目获批立项\n"
      "　　2021年10月8日\n"
      "　　主桥第一根桩基浇筑完成\n"
      "　　2023年6月20日\n"
      "　　大桥建成通车\n" +
      std::string(kStoryBelow));
  expect_title_alone(a, "临河大桥建成通车");
  EXPECT_EQ(body_of(a, 0), (std::vector<std::string>{
                               "本报临河6月20日电  横跨临河的大桥今天建成通车，两岸往来从此不再绕行。",
                               "大桥全长一千二百米，建设者在河上奋战了三个寒暑。",
                               "大桥建设大事记",
                               "2020年3月12日",
                               "大桥项目获批立项",
                               "2021年10月8日",
                               "主桥第一根桩基浇筑完成",
                               "2023年6月20日",
                               "大桥建成通车",
                           }));
}

// A letter printed whole in a story: the salutation, the text, the signer
// and, under the name, the day it was written; the story goes on below.
TEST(LinesInText, ALettersDateUnderItsSignerStaysInItsBody) {
  const auto a = parse_june_21(
      "市长给护林队回信\n"
      "　　本报临河6月20日电  市长近日给北山护林队的队员们回信，勉励他们守护好青山。\n"
      "“北山护林队”全体队员：\n"
      "　　你们好！来信收悉。这些年你们守着北山，山更绿了，水更清了。\n"
      "　　希望你们再接再厉，把青山守护得更好。\n"
      "　　李明远\n"
      "　　2023年6月18日\n"
      "　　北山护林队成立于二〇〇五年，队员多为附近村民。\n" +
      std::string(kStoryBelow));
  expect_title_alone(a, "市长给护林队回信");
  EXPECT_EQ(body_of(a, 0), (std::vector<std::string>{
                               "本报临河6月20日电  市长近日给北山护林队的队员们回信，勉励他们守护好青山。",
                               "“北山护林队”全体队员：",
                               "你们好！来信收悉。这些年你们守着北山，山更绿了，水更清了。",
                               "希望你们再接再厉，把青山守护得更好。",
                               "李明远",
                               "2023年6月18日",
                               "北山护林队成立于二〇〇五年，队员多为附近村民。",
                           }));
}

// A readers' column of follow-ups: a reader's letter under its cross-head,
// its salutation "编辑同志：" flush left over the indented text.
TEST(LinesInText, ALettersSalutationStaysInItsBodyAsItsOwnParagraph) {
  const auto a = parse_june_21(
      "回音\n"
      "　　本报记者 王刚\n"
      "　　上月本版刊发读者来信，反映城西小区路灯长期不亮。有关部门已完成维修。\n"
      "　　小区路灯修好了\n"
      "编辑同志：\n"
      "　　贵报刊登我的来信后，小区的路灯很快修好了，晚上出门再也不怕摔跤。\n"
      "　　城西区 张文\n" +
      std::string(kStoryBelow));
  expect_title_alone(a, "回音");
  EXPECT_EQ(a[0].reporters, (std::vector<std::string>{"王刚"}));
  const auto body = body_of(a, 0);
  ASSERT_EQ(body.size(), 5U);
  EXPECT_EQ(body[0], "上月本版刊发读者来信，反映城西小区路灯长期不亮。有关部门已完成维修。");
  EXPECT_EQ(body[1], "小区路灯修好了");
  EXPECT_EQ(body[2], "编辑同志：");
  EXPECT_EQ(body[3], "贵报刊登我的来信后，小区的路灯很快修好了，晚上出门再也不怕摔跤。");
}

// The salutation is no editor line; an editor line glued to its name is.
TEST(LinesInText, ASalutationToTheEditorIsNoFurniture) {
  EXPECT_FALSE(is_furniture("编辑同志："));
  EXPECT_TRUE(is_furniture("责任编辑王某某"));
  EXPECT_TRUE(is_furniture("编辑：王某某"));
}

// A family letter printed under its title: the salutation opens the text.
TEST(LinesInText, ASalutationUnderTheTitleIsNoSubtitle) {
  const auto a = parse_june_21(
      "写给远方的家书\n"
      "亲爱的妈妈：\n"
      "　　离家已经三年了，我在工地上一切都好，请您放心。\n"
      "　　等大桥建成，我就回家看您。\n" +
      std::string(kStoryBelow));
  expect_title_alone(a, "写给远方的家书");
  EXPECT_EQ(body_of(a, 0), (std::vector<std::string>{
                               "亲爱的妈妈：",
                               "离家已经三年了，我在工地上一切都好，请您放心。",
                               "等大桥建成，我就回家看您。",
                           }));
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
