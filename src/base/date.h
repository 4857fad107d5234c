// SPDX-License-Identifier: MIT
// kanbao::Date: the one date type (an article's event, an issue's day), and
// its one written form.
#pragma once

#include <cstdio>
#include <string>

namespace kanbao {

// A day as newspapers give it. year 0: the year is unknown (a lead's
// "十四日电" names only the month and day); month 0: no date at all.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool known() const { return month != 0; }

  // "YYYY-MM-DD"; "--MM-DD" when the year is unknown (ISO 8601's form
  // without a year); "" when there is no date.
  std::string str() const {
    if (!known()) return "";
    char buf[24];
    if (year != 0) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
    } else {
      std::snprintf(buf, sizeof buf, "--%02d-%02d", month % 100, day % 100);
    }
    return buf;
  }

  friend bool operator==(const Date&, const Date&) = default;
};

}  // namespace kanbao
