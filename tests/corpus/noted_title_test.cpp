// SPDX-License-Identifier: MIT
// On a page that indents its paragraphs, a title that exclaims or asks and
// closes with its column's name in brackets ("收稻谷喽！（田间地头）"), set
// flush left over its text (issue 11, session 20), in text of our own: the
// title of an article, not the story above's closing line and credit. An
// indented closing line with its writer's name in brackets is still the
// credit of the story it closes.
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

TEST(NotedTitle, AnExclamationUnderItsColumnsNameIsATitle) {
  const auto a = parse_june_21(
      "临河湖环湖步道全线贯通\n"
      "　　本报临河6月20日电  临河湖环湖步道今天全线贯通。\n"
      "　　步道全长二十公里，沿途设有十个驿站。\n"
      "\n"
      "收稻谷喽！（田间地头）\n"
      "　　6月20日，南城区农民在田间抢收早稻。\n"
      "　　今年早稻长势好，亩产比去年高出一成。\n"
      "\n"
      "“多亏了志愿者帮忙！”（新视角）\n"
      "　　连日暴雨，临河市北城社区的志愿者挨家挨户排查险情。\n"
      "　　社区居民张大爷说，志愿者帮他把家搬到了安全的地方。\n"
      "　　天晴了，街坊们都说，有这些年轻人在，心里踏实！（李娜）\n");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].title, "临河湖环湖步道全线贯通");
  EXPECT_EQ(a[0].paragraphs.size(), 2U);
  EXPECT_EQ(a[1].title, "收稻谷喽！（田间地头）");
  EXPECT_EQ(a[1].paragraphs.size(), 2U);
  EXPECT_EQ(a[2].title, "“多亏了志愿者帮忙！”（新视角）");
  EXPECT_EQ(a[2].paragraphs.size(), 3U);
  EXPECT_EQ(a[2].reporters, Names{"李娜"});
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
