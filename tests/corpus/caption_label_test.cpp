// SPDX-License-Identifier: MIT
// A page's photo captions under their label, after the layout designer's
// credit ("版式设计：…", "图片说明：", "图①：…"), as 人民日报's feature pages
// print them (issue 11, session 18), in text of our own: the label is a
// line of the page's one article, not the heading of a second one, and the
// designer's credit is furniture, in no paragraph.
#include <gtest/gtest.h>

#include <algorithm>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(CaptionLabel, ThePhotoCaptionsUnderTheirLabelStayInTheArticle) {
  const auto a = parse_june_21(
      "礼赞新时代\n"
      "　　临河市南城区——\n"
      "　　老街巷焕新颜\n"
      "　　本报记者  王建国\n"
      "　　南城区今年改造老街巷十二条，居民出行更方便。\n"
      "　　改造后的街巷干净整洁，沿街商铺生意也好了。\n"
      "　　版式设计：李  明\n"
      "　　图片说明：\n"
      "　　图①：近日，南城区居民在新改造的街巷散步。\n"
      "　　张  伟摄\n"
      "　　图②：临河市北城区新建的口袋公园。\n"
      "　　刘  洋摄\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].title, "礼赞新时代");
  EXPECT_EQ(a[0].reporters, (Names{"王建国", "张伟", "刘洋"}));
  const auto& p = a[0].paragraphs;
  EXPECT_NE(std::find(p.begin(), p.end(), "图①：近日，南城区居民在新改造的街巷散步。"), p.end());
  EXPECT_NE(std::find(p.begin(), p.end(), "图②：临河市北城区新建的口袋公园。"), p.end());
  for (const std::string& paragraph : p)
    EXPECT_EQ(paragraph.find("版式设计"), std::string::npos) << paragraph;
}

// A numbered caption that reads like a dated lead closed by its
// photographer's credit ("图②：6月20日，…。 新华社记者 X摄") is still one
// of the article's figures: no photo item of its own, titled 图②.
TEST(CaptionLabel, NumberedCaptionsCreditedInlineStayInTheArticle) {
  const auto a = parse_june_21(
      "街巷焕新颜\n"
      "　　南城区今年改造老街巷十二条，居民出行更方便。\n"
      "　　（综合本报记者王建国、李  红报道）\n"
      "　　图片说明：\n"
      "　　图①：6月20日，南城区居民在新改造的街巷散步。\n"
      "　　本报记者 张  伟摄\n"
      "　　图②：6月20日，北城区工人在新建的口袋公园栽种花木。 　　新华社记者 刘  洋摄\n"
      "　　图③：6月19日，东城区的社区食堂开门迎客。　　陈  静摄\n"
      "\n"
      "北城区——\n"
      "口袋公园迎来首批游客\n"
      "　　6月20日，北城区新建的口袋公园开园，附近居民前来游玩。\n");
  ASSERT_EQ(a.size(), 2U);
  EXPECT_EQ(a[0].title, "街巷焕新颜");
  EXPECT_EQ(a[0].reporters, (Names{"王建国", "李红", "张伟", "陈静", "刘洋"}));
  const auto& p = a[0].paragraphs;
  EXPECT_NE(std::find_if(p.begin(), p.end(), [](const std::string& s) { return s.starts_with("图②："); }),
            p.end());
  EXPECT_NE(std::find_if(p.begin(), p.end(), [](const std::string& s) { return s.starts_with("图③："); }),
            p.end());
  EXPECT_EQ(a[1].kicker, "北城区——");
  EXPECT_EQ(a[1].title, "口袋公园迎来首批游客");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
