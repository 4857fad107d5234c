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

}  // namespace
}  // namespace kanbao::corpus::testing_util
