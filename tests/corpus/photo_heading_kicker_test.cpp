// SPDX-License-Identifier: MIT
// A photo's heading of two lines, a kicker closed by its dash over the
// title ("连环画—— / 某某《春耕图》"), alone between blank lines over the
// next article's heading (session 27, 人民日报 2020-05): the picture is no
// text, and the article under it was glued to the photo's heading. A
// fixture of our own text.
#include <gtest/gtest.h>

#include <string>

#include "page_text.h"

namespace kanbao::corpus {
namespace {

using testing_util::kIndent;
using testing_util::split_page_text;

TEST(PhotoHeadingKicker, TwoLinePhotoHeadingStandsAlone) {
  const std::string page =
      std::string("让美术走进社区\n") + kIndent + "社区美术馆开馆一年，接待居民两万多人次。\n" + kIndent +
      "馆长说，今年还将举办十场公益讲座。\n\n" + "版画——\n" + "李明《春耕图》\n\n" +
      "科技为艺术插上翅膀（艺坛走笔）\n" + kIndent + "数字技术让传统绘画有了新的展示方式。\n" + kIndent +
      "观众在屏幕前就能细看一幅长卷的每一处笔墨。\n";
  const auto articles = split_page_text(page);
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].title, "让美术走进社区");
  EXPECT_EQ(articles[1].title, "李明《春耕图》");
  EXPECT_TRUE(articles[1].paragraphs.empty());
  EXPECT_EQ(articles[2].title, "科技为艺术插上翅膀（艺坛走笔）");
  EXPECT_EQ(articles[2].paragraphs.size(), 2u);
}

}  // namespace
}  // namespace kanbao::corpus
