// SPDX-License-Identifier: MIT
// kanbao::TypedDate: a date as a person types it - at the browser's `:`
// prompt, in a search's date:, to --from/--to and to `index --date` - read
// by one reader, so that all of them take the same forms, and checked
// against the calendar by one check, so that all of them say the same.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace kanbao {

struct TypedDate {
  enum class Kind {
    kDay,       // 2020-01-25
    kMonth,     // 2020-01 (day 0)
    kYear,      // 2020 (month and day 0)
    kMonthDay,  // 01-25: that day of any year (year 0)
  };
  Kind kind = Kind::kDay;
  int year = 0;
  int month = 0;
  int day = 0;

  friend bool operator==(const TypedDate&, const TypedDate&) = default;
};

// Reads `text` as a date in one of the forms a Chinese user types, the
// calendar unchecked (2023-02-30 and 2023-13 are read; calendar_problem()
// says what is wrong with them); nullopt for any other text. A year has 4
// digits, a month and a day 1 or 2; full-width digits and separators
// (２０２０－０１－２５, ２０２０／１／２５, ２０２０．１．２５) are read as ASCII.
//   day:       2020-01-25, 2020-1-25, 2020/1/25, 2020.1.25, 20200125,
//              2020年1月25日
//   month:     2020-01, 2020/1, 2020.1, 2020年1月
//   year:      2020, 2020年
//   month-day: 01-25, 1/25, 1.25, 1月25日
// One separator throughout (2020-1/25 is no date). Six digits are no date:
// 201012 could be 2010-12 or 2020-10-12, so neither is guessed.
std::optional<TypedDate> read_typed_date(std::string_view text);

// Why `date`, read from `text`, is no day or month of the calendar, in the
// words every reader of a typed date says it with:
//   "{} is not a day of the calendar (a year has 12 months)"
//   "{} is not a day of the calendar ({} {} has {} days)"
//       values: text, month's English name, year, days, month's number
//       ("2023-02-30 ... (February 2023 has 28 days)")
//   "{} is not a day of the calendar ({} has at most {} days)"
//       values: text, month's English name, days, month's number (01-25
//       forms; February has 29 in some year)
// The month's number comes last for a translation that wants it instead
// of the name (ErrorWords' {N} fields). nullopt for a real day, month or year.
std::optional<ErrorWords> calendar_problem(const TypedDate& date, const std::string& text);

// read_typed_date() of a date the calendar has; nullopt otherwise.
std::optional<TypedDate> parse_typed_date(std::string_view text);

// Days in `month` of `year`: 0 for a month past 1..12; 29 for February of
// year 0 (any year).
int days_in_month(int year, int month);

}  // namespace kanbao
