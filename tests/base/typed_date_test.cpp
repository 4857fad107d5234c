// SPDX-License-Identifier: MIT
// The one reader of a typed date: every form a Chinese user types a day, a
// month or a year in, and the one calendar check of them all.
#include "base/typed_date.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kanbao {
namespace {

using Kind = TypedDate::Kind;

constexpr TypedDate kDay{Kind::kDay, 2020, 1, 25};

TEST(TypedDate, EveryFormOfADayReadsAsTheDay) {
  for (const char* typed : {"2020-01-25", "2020-1-25", "20200125", "2020/1/25", "2020/01/25", "2020.1.25",
                            "2020年1月25日", "2020年01月25日", "２０２０－０１－２５", "２０２０／１／２５",
                            "２０２０．１．２５", "２０２０年１月２５日", "２０２００１２５"}) {
    EXPECT_EQ(read_typed_date(typed), kDay) << typed;
    EXPECT_EQ(parse_typed_date(typed), kDay) << typed;
  }
}

TEST(TypedDate, EveryFormOfAMonthReadsAsTheMonth) {
  constexpr TypedDate kMonth{Kind::kMonth, 2020, 1, 0};
  for (const char* typed :
       {"2020-01", "2020-1", "2020/1", "2020.1", "2020年1月", "２０２０－０１", "２０２０年１月"})
    EXPECT_EQ(parse_typed_date(typed), kMonth) << typed;
}

TEST(TypedDate, EveryFormOfAYearReadsAsTheYear) {
  constexpr TypedDate kYear{Kind::kYear, 2020, 0, 0};
  for (const char* typed : {"2020", "2020年", "２０２０", "２０２０年"})
    EXPECT_EQ(parse_typed_date(typed), kYear) << typed;
}

TEST(TypedDate, EveryFormOfADayOfAnyYearReadsAsIt) {
  constexpr TypedDate kMonthDay{Kind::kMonthDay, 0, 1, 25};
  for (const char* typed : {"01-25", "1-25", "1/25", "1.25", "1月25日", "０１－２５", "１月２５日"})
    EXPECT_EQ(parse_typed_date(typed), kMonthDay) << typed;
}

// Six digits are 2010-12 or 2020-10-12: neither is guessed. Mixed
// separators, a day without its month, a month alone and other text are
// no date either.
TEST(TypedDate, OtherTextIsNoDate) {
  for (const char* typed : {"201012", "202001", "2020-1/25", "2020年1日", "2020年1月25", "6月", "12345",
                            "2020-01-25-", "-2020-01", "2020--01", "0000-01-25", "0000", "20-01-25", "",
                            "长江", "2020_01_25", "2020-001-25", "２０２０—０１—２５"})
    EXPECT_EQ(read_typed_date(typed), std::nullopt) << typed;
}

TEST(TypedDate, TheCalendarIsCheckedInOneWording) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"2020-02-30", "2020-02-30 is not a day of the calendar (February 2020 has 29 days)"},
      {"2023年2月29日", "2023年2月29日 is not a day of the calendar (February 2023 has 28 days)"},
      {"２０２３／４／３１", "２０２３／４／３１ is not a day of the calendar (April 2023 has 30 days)"},
      {"20230431", "20230431 is not a day of the calendar (April 2023 has 30 days)"},
      {"1900-02-29", "1900-02-29 is not a day of the calendar (February 1900 has 28 days)"},
      {"04-31", "04-31 is not a day of the calendar (April has at most 30 days)"},
      {"2023-13", "2023-13 is not a day of the calendar (a year has 12 months)"},
      {"2023-13-01", "2023-13-01 is not a day of the calendar (a year has 12 months)"},
      {"13-01", "13-01 is not a day of the calendar (a year has 12 months)"},
  };
  for (const auto& [typed, message] : cases) {
    const auto date = read_typed_date(typed);
    ASSERT_TRUE(date) << typed;
    const auto problem = calendar_problem(*date, typed);
    ASSERT_TRUE(problem) << typed;
    EXPECT_EQ(problem->fill(), message);
    EXPECT_EQ(parse_typed_date(typed), std::nullopt) << typed;
  }
  for (const char* real : {"2020-02-29", "2000-02-29", "02-29", "2023-12", "2023-12-31"})
    EXPECT_EQ(calendar_problem(*read_typed_date(real), real), std::nullopt) << real;
}

// A translation may put the values in its own order (the month's number
// is last, for one that names months by number).
TEST(TypedDate, TheWordsMayBeTranslatedInAnotherOrder) {
  const auto problem = calendar_problem(*read_typed_date("2020-02-30"), "2020-02-30");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->fill("{0}: {2}/{4} has {3}"), "2020-02-30: 2020/2 has 29");
}

TEST(TypedDate, DaysInMonth) {
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2100, 2), 28);
  EXPECT_EQ(days_in_month(0, 2), 29);
  EXPECT_EQ(days_in_month(2023, 4), 30);
  EXPECT_EQ(days_in_month(2023, 13), 0);
  EXPECT_EQ(days_in_month(2023, 0), 0);
}

}  // namespace
}  // namespace kanbao
