// SPDX-License-Identifier: MIT
// kanbao::Date's one written form, for whole, yearless and missing dates.
#include "base/date.h"

#include <gtest/gtest.h>

namespace kanbao {
namespace {

TEST(Date, WholeDateIsIso) {
  EXPECT_EQ((Date{2023, 6, 20}.str()), "2023-06-20");
  EXPECT_EQ((Date{987, 1, 2}.str()), "0987-01-02");
  EXPECT_TRUE((Date{2023, 6, 20}.known()));
}

TEST(Date, UnknownYearDropsIt) {
  EXPECT_EQ((Date{0, 1, 2}.str()), "--01-02");
  EXPECT_TRUE((Date{0, 1, 2}.known()));
}

TEST(Date, NoMonthIsNoDate) {
  // A year alone (an issue in a year's folder) and a bare day are not dates
  // one can write: both are "" like no date at all.
  EXPECT_EQ(Date{}.str(), "");
  EXPECT_EQ((Date{2023, 0, 0}.str()), "");
  EXPECT_EQ((Date{0, 0, 14}.str()), "");
  EXPECT_FALSE((Date{2023, 0, 0}.known()));
}

TEST(Date, ComparesEveryField) {
  EXPECT_EQ((Date{2023, 6, 20}), (Date{2023, 6, 20}));
  EXPECT_NE((Date{2023, 6, 20}), (Date{0, 6, 20}));
  EXPECT_NE((Date{2023, 6, 20}), (Date{2023, 6, 21}));
}

}  // namespace
}  // namespace kanbao
