// SPDX-License-Identifier: MIT
// text::trim, text::is_space and text::join.
#include "text/strings.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace kanbao::text {
namespace {

TEST(Trim, AsciiAndIdeographicSpace) {
  EXPECT_EQ(trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(trim("\u3000\u3000郑州\u3000"), "郑州");            // ideographic space, as pages indent
  EXPECT_EQ(trim("\u00a0\u200b金水区\ufeff"), "金水区");        // NBSP, zero-width space, BOM
  EXPECT_EQ(trim("\u2003em\u2009thin\u200a"), "em\u2009thin");  // inner space is kept
}

TEST(Trim, NothingToTrim) {
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim(" \u3000 "), "");
  EXPECT_EQ(trim("abc"), "abc");
}

TEST(Trim, InvalidBytesAreNotSpace) { EXPECT_EQ(trim(" \xff x \xe3\x80"), "\xff x \xe3\x80"); }

TEST(IsSpace, WhatCountsAsSpace) {
  for (char32_t c : {U' ', U'\t', U'\n', U'\u3000', U'\u00a0', U'\u2000', U'\u200a', U'\ufeff'}) {
    EXPECT_TRUE(is_space(c)) << static_cast<std::uint32_t>(c);
  }
  for (char32_t c : {U'a', U'中', U'，', U'\u200c', U'\u2010'}) {
    EXPECT_FALSE(is_space(c)) << static_cast<std::uint32_t>(c);
  }
}

TEST(Join, WithAnySeparator) {
  EXPECT_EQ(join({}, ", "), "");
  EXPECT_EQ(join({"a"}, ", "), "a");
  EXPECT_EQ(join({"记者 张三", "李四"}, " · "), "记者 张三 · 李四");
  EXPECT_EQ(join({"", "b", ""}, "|"), "|b|");  // empty parts keep their place
  EXPECT_EQ(join({"x", "y"}, ""), "xy");
}

}  // namespace
}  // namespace kanbao::text
