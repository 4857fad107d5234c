// SPDX-License-Identifier: MIT
// A range of dates on a narrow screen (tui/article_words.h): as exact as the
// columns allow, never "2019-…" (a newcomer's 40-column papers screen).
#include <gtest/gtest.h>

#include "text/width.h"
#include "tui/article_words.h"

namespace kanbao::tui {
namespace {

using store::StoredDate;

TEST(DateRangeLabel, ShortensToMonthsThenYearsBeforeCutting) {
  const StoredDate first{2019, 2, 1}, last{2020, 5, 31};
  EXPECT_EQ(date_range_label(first, last, 21), "2019-02-01–2020-05-31");
  EXPECT_EQ(date_range_label(first, last, 20), "2019-02–2020-05");
  EXPECT_EQ(date_range_label(first, last, 15), "2019-02–2020-05");
  EXPECT_EQ(date_range_label(first, last, 14), "2019–2020");
  EXPECT_EQ(date_range_label(first, last, 9), "2019–2020");
  EXPECT_EQ(date_range_label(first, last, 8), "2019-02…");
  EXPECT_EQ(date_range_label(first, last, 0), "");
}

TEST(DateRangeLabel, OneYearsRangeNamesItsMonthsOnce) {
  const StoredDate first{2026, 3, 28}, last{2026, 4, 4};
  EXPECT_EQ(date_range_label(first, last, 14), "2026-03–04");
  EXPECT_EQ(date_range_label(first, last, 10), "2026-03–04");
  EXPECT_EQ(date_range_label(first, last, 9), "2026");
  EXPECT_EQ(date_range_label(first, last, 4), "2026");
}

TEST(DateRangeLabel, OneMonthsRangeNamesTheMonth) {
  const StoredDate first{2026, 3, 1}, last{2026, 3, 31};
  EXPECT_EQ(date_range_label(first, last, 14), "2026-03");
  EXPECT_EQ(date_range_label(first, last, 7), "2026-03");
  EXPECT_EQ(date_range_label(first, last, 6), "2026");
}

TEST(DateRangeLabel, DatesOfNoYearAreCutNotGuessed) {
  const StoredDate first{0, 3, 28}, last{0, 4, 4};
  EXPECT_EQ(date_range_label(first, last, 11), "03-28–04-04");
  EXPECT_EQ(date_range_label(first, last, 6), "03-28…");
  for (int columns = 0; columns <= 22; ++columns) {
    EXPECT_LE(text::display_width(date_range_label(StoredDate{2019, 2, 1}, StoredDate{2020, 5, 31}, columns)),
              columns);
  }
}

}  // namespace
}  // namespace kanbao::tui
