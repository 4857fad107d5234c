// SPDX-License-Identifier: MIT
// A city paper's continued story (issue 11, 都市快报): the page sets the
// continued text's headline over its photos, the photos' captions under
// it, and the 上接 marker under them; the marker opens no article of its
// own. Invented text in the page's shape.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/split.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

using testing_util::kIndent;
using testing_util::split_page_text;

std::string page(const std::string& marker) {
  return "湖畔茶园里的一顿午饭 也是春天的开始\n" +                 //
         kIndent + "茶农们在茶园边围坐吃饭\n" +                    //
         kIndent + "送饭的人把饭盒挑上山，再把鲜叶挑下山。\n" +    //
         kIndent + "茶园主人和父母在树下合影\n" +                  //
         kIndent + marker + "\n" +                                 //
         kIndent + "饭菜挑上山\n" +                                //
         kIndent + "鲜叶挑下山\n" +                                //
         kIndent + "临近中午，厨房里已经飘出饭菜的香味。\n" +      //
         kIndent + "送饭的人挑着扁担，沿着石阶一步步往上走。\n" +  //
         kIndent + "茶农们说，山上吃饭最香，一年就盼这几天。\n";
}

// Under the headline and the captions, the marker continues the headline's
// article: one article, its text from the first caption, continued from C01.
TEST(ContinuationUnderPhotos, MarkerUnderCaptionsContinuesTheHeadline) {
  for (const std::string marker : {"上接C01版", "（上接第C1版）", "接C01版"}) {
    SCOPED_TRACE(marker);
    const auto a = split_page_text(page(marker));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].kicker, "");
    EXPECT_EQ(a[0].title, "湖畔茶园里的一顿午饭 也是春天的开始");
    EXPECT_EQ(a[0].subtitle, "");
    EXPECT_EQ(a[0].continued_from, "C01");
    ASSERT_EQ(a[0].paragraphs.size(), 8u);
    EXPECT_EQ(a[0].paragraphs.front(), "茶农们在茶园边围坐吃饭");
    EXPECT_EQ(a[0].paragraphs[3], "饭菜挑上山");
  }
}

// Under a story's text the marker still opens the continued article.
TEST(ContinuationUnderPhotos, MarkerUnderTextOpensTheContinuedArticle) {
  const std::string text = "茶园开采\n" +                                                                 //
                           kIndent + "本报讯 昨天，湖畔茶园开始采摘今年第一批春茶，茶农们忙个不停。\n" +  //
                           kIndent + "今年的春茶比去年早了五天，品质也更好。\n" +                         //
                           kIndent + "上接C01版\n" +                                                      //
                           kIndent + "临近中午，厨房里已经飘出饭菜的香味。\n" +                           //
                           kIndent + "送饭的人挑着扁担，沿着石阶一步步往上走。\n";
  const auto a = split_page_text(text);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].title, "茶园开采");
  EXPECT_EQ(a[0].continued_from, "");
  EXPECT_EQ(a[1].continued_from, "C01");
  EXPECT_EQ(a[1].paragraphs.front(), "临近中午，厨房里已经飘出饭菜的香味。");
}

}  // namespace
}  // namespace kanbao::corpus
