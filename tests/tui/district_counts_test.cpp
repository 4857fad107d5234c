// SPDX-License-Identifier: MIT
// The first screen's counts column: numbers as wide as the library's total,
// a space between every field whatever the number of digits.
#include "tui/district_counts.h"

#include <gtest/gtest.h>

#include "english.h"
#include "text/width.h"

namespace kanbao::tui {
namespace {

TEST(DistrictCounts, SixDigitCountsKeepASpaceBetweenTheColumns) {
  // At 200,000 articles the unread count ran into 篇: "200000 篇200000 未读".
  EXPECT_EQ(district_counts(200000, 200000, 200000), " 200000 篇 200000 未读");
  EXPECT_EQ(district_counts(1234567, 0, 1234567), " 1234567 篇       0 未读");
}

TEST(DistrictCounts, EveryRowHasTheWidthOfTheLargest) {
  const int width = text::display_width(district_counts(200000, 200000, 200000));
  EXPECT_EQ(district_counts(7, 3, 200000), "      7 篇      3 未读");
  EXPECT_EQ(text::display_width(district_counts(7, 3, 200000)), width);
  EXPECT_EQ(text::display_width(district_counts(0, 0, 200000)), width);
}

TEST(DistrictCounts, SmallLibrariesGetNarrowColumns) {
  EXPECT_EQ(district_counts(19, 0, 19), " 19 篇  0 未读");
}

TEST(DistrictCounts, EnglishKeepsTheAlignment) {
  testing::English english;
  ASSERT_EQ(english.error(), "");
  EXPECT_EQ(district_counts(200000, 12, 200000), " 200000 art.     12 unread");
}

}  // namespace
}  // namespace kanbao::tui
