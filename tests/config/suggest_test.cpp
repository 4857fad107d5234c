// SPDX-License-Identifier: MIT
#include "config/suggest.h"

#include <gtest/gtest.h>

namespace kanbao::config {
namespace {

TEST(Suggest, EditDistance) {
  EXPECT_EQ(edit_distance("", ""), 0);
  EXPECT_EQ(edit_distance("mouse", "mouse"), 0);
  EXPECT_EQ(edit_distance("mouse", "Mouse"), 1);
  EXPECT_EQ(edit_distance("width", "widht"), 1);  // a swap is one edit
  EXPECT_EQ(edit_distance("layout", "lay"), 3);
  EXPECT_EQ(edit_distance("", "abc"), 3);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
}

TEST(Suggest, ClosestOnlyWhenClose) {
  const std::vector<std::string> names = {"theme", "layout", "mouse", "reader.width"};
  EXPECT_EQ(closest("lyout", names), "layout");
  EXPECT_EQ(closest("reader.wdith", names), "reader.width");
  EXPECT_EQ(closest("them", names), "theme");
  EXPECT_FALSE(closest("colour", names).has_value());
  EXPECT_FALSE(closest("ab", {"cd"}).has_value());  // short words: one edit at most
  EXPECT_EQ(closest("ab", {"abc", "ab"}), "ab");
}

}  // namespace
}  // namespace kanbao::config
