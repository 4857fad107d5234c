// SPDX-License-Identifier: MIT
// The date: filter of a search query: a day, a month, a year or a range.
#include "store/query_date.h"

#include <optional>
#include <string_view>
#include <vector>

#include "store/library.h"

namespace kanbao::store::query {
namespace {

bool all_digits(std::string_view s, std::size_t min, std::size_t max) {
  if (s.size() < min || s.size() > max) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string two(int v) {
  return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

// The days of a month; February has 29 when the year is unknown (a
// date:MM-DD filter matches any year's 02-29).
int days_in(int month, int year) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month != 2) return kDays[month - 1];
  const bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  return leap ? 29 : 28;
}

// The numbers of a date, split at '-', '/' and '.' ("2023/6/20" -> 2023, 6, 20).
std::vector<std::string_view> date_parts(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '-' || s[i] == '/' || s[i] == '.') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

// One end of a date range: YYYY, YYYY-MM or YYYY-MM-DD -> the lowest and
// highest date_key it covers.
bool date_bounds(std::string_view s, std::string& low, std::string& high) {
  const std::vector<std::string_view> parts = date_parts(s);
  if (parts.empty() || parts.size() > 3 || !all_digits(parts[0], 4, 4)) return false;
  std::string year(parts[0]);
  if (parts.size() == 1) {
    low = year + "-00-00";
    high = year + "-99-99";
    return true;
  }
  if (!all_digits(parts[1], 1, 2)) return false;
  int month = to_int(parts[1]);
  if (month < 1 || month > 12) return false;
  if (parts.size() == 2) {
    low = year + "-" + two(month) + "-00";
    high = year + "-" + two(month) + "-99";
    return true;
  }
  if (!all_digits(parts[2], 1, 2)) return false;
  int day = to_int(parts[2]);
  if (day < 1 || day > days_in(month, to_int(parts[0]))) return false;
  low = high = year + "-" + two(month) + "-" + two(day);
  return true;
}

// Why a date written as a day (YYYY-MM-DD, YYYY-MM, or MM-DD with
// `-`, `/` or `.`) is not one the calendar has: a month past 12 or a day
// past the month's end, said with the numbers (as `:date` in the browser
// and `--from` say it); nullopt for any other text. `value` is the whole
// date: filter, for the message.
std::optional<Error> day_problem(std::string_view end, const std::string& value) {
  const std::vector<std::string_view> parts = date_parts(end);
  const bool with_year = parts.size() >= 2 && all_digits(parts[0], 4, 4);
  const std::size_t m = with_year ? 1 : 0;
  if (parts.size() < m + 1 || parts.size() > m + 2 || (!with_year && parts.size() != 2)) return std::nullopt;
  for (std::size_t k = m; k < parts.size(); ++k)
    if (!all_digits(parts[k], 1, 2)) return std::nullopt;
  const int month = to_int(parts[m]);
  if (month < 1 || month > 12) {
    return Error(ErrorWords{"date:{} is not a day of the calendar (a year has 12 months)", {value}},
                 ErrorKind::kUsage);
  }
  if (parts.size() == m + 1) return std::nullopt;  // YYYY-MM
  const int year = with_year ? to_int(parts[0]) : 0;
  const int days = days_in(month, year);
  const int day = to_int(parts[m + 1]);
  if (day >= 1 && day <= days) return std::nullopt;
  if (!with_year) {
    return Error(ErrorWords{"date:{} is not a day of the calendar (month {} has at most {} days)",
                            {value, std::to_string(month), std::to_string(days)}},
                 ErrorKind::kUsage);
  }
  return Error(ErrorWords{"date:{} is not a day of the calendar (in {}, month {} has {} days)",
                          {value, std::string(parts[0]), std::to_string(month), std::to_string(days)}},
               ErrorKind::kUsage);
}

// Whether `end` is a day of the calendar written without its year (06-21, 6/21).
bool month_day(std::string_view end) {
  const std::vector<std::string_view> parts = date_parts(end);
  if (parts.size() != 2 || !all_digits(parts[0], 1, 2) || !all_digits(parts[1], 1, 2)) return false;
  const int month = to_int(parts[0]), day = to_int(parts[1]);
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in(month, 0);
}

// A date: value with each end of a range (or the one date) in the ISO form
// (store::iso_date_text): 2020年1月..2020年6月 -> 2020-01..2020-06.
std::string iso_range_text(std::string_view value) {
  const std::size_t dots = value.find("..");
  if (dots == std::string_view::npos) return iso_date_text(value);
  return iso_date_text(value.substr(0, dots)) + ".." + iso_date_text(value.substr(dots + 2));
}

}  // namespace

}  // namespace kanbao::store::query

namespace kanbao::store {

std::optional<std::string> range_start(std::string_view value) {
  std::string low, high;
  if (!query::date_bounds(iso_date_text(value), low, high)) return std::nullopt;
  return low;
}

std::optional<std::string> range_end(std::string_view value) {
  std::string low, high;
  if (!query::date_bounds(iso_date_text(value), low, high)) return std::nullopt;
  return high;
}

namespace {

// The digits before `unit` (年, 月 or 日) at the start of `rest`, `min` to
// `max` of them, consumed with the unit; nullopt (nothing consumed) when
// `rest` does not start so.
std::optional<std::string_view> number_before(std::string_view& rest, std::string_view unit, std::size_t min,
                                              std::size_t max) {
  std::size_t n = 0;
  while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
  if (n < min || n > max || rest.substr(n, unit.size()) != unit) return std::nullopt;
  const std::string_view digits = rest.substr(0, n);
  rest.remove_prefix(n + unit.size());
  return digits;
}

}  // namespace

std::string iso_date_text(std::string_view value) {
  std::string_view rest = value;
  const auto year = number_before(rest, "年", 4, 4);
  const auto month = number_before(rest, "月", 1, 2);
  const auto day = month ? number_before(rest, "日", 1, 2) : std::nullopt;
  // 2020年1月25日, 2020年1月, 2020年, 1月25日: never a day without its month,
  // nor a month alone.
  if (!rest.empty() || (!year && !day)) return std::string(value);
  std::string iso = year ? std::string(*year) : "";
  if (month) iso += (iso.empty() ? "" : "-") + query::two(query::to_int(*month));
  if (day) iso += "-" + query::two(query::to_int(*day));
  return iso;
}

}  // namespace kanbao::store

namespace kanbao::store::query {

Result<DateFilter> parse_date(const std::string& value) {
  // A day the calendar lacks is said so; any other text is not a date.
  auto bad = [&](std::string_view end = {}) {
    if (auto problem = day_problem(end, value)) return *std::move(problem);
    return Error(ErrorWords{"date:{} is not a date this search understands; use date:MM-DD, date:YYYY-MM-DD, "
                            "date:YYYY-MM or a range such as date:2023-01..2023-06",
                            {value}},
                 ErrorKind::kUsage);
  };
  DateFilter f;
  const std::string iso = iso_range_text(value);
  std::string_view v = iso;
  std::size_t dots = v.find("..");
  if (dots != std::string_view::npos) {
    std::string_view a = v.substr(0, dots), b = v.substr(dots + 2);
    if (a.empty() && b.empty()) return bad();
    const std::optional<std::string> low = a.empty() ? DateRange{}.from : range_start(a);
    const std::optional<std::string> high = b.empty() ? DateRange{}.to : range_end(b);
    // A range is of date_keys, which sort by year first: 06-01..06-30
    // would be no range of them.
    if ((!low && month_day(a)) || (!high && month_day(b))) {
      return Error(ErrorWords{"date:{} needs a year at both ends of a range, as in "
                              "date:2023-06-01..2023-06-30 (date:06-01 alone is that day of any year)",
                              {value}},
                   ErrorKind::kUsage);
    }
    if (!low) return bad(a);
    if (!high) return bad(b);
    f.from = *low;  // an open start still excludes unknown years
    f.to = *high;
    if (f.from > f.to) return Error(ErrorWords{"date:{} ends before it starts", {value}}, ErrorKind::kUsage);
    return f;
  }
  std::size_t dash = v.find('-');
  if (dash != std::string_view::npos && dash <= 2) {  // MM-DD
    std::string_view m = v.substr(0, dash), d = v.substr(dash + 1);
    if (!all_digits(m, 1, 2) || !all_digits(d, 1, 2)) return bad();
    f.month = to_int(m);
    f.day = to_int(d);
    if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > days_in(f.month, 0)) return bad(v);
    return f;
  }
  if (!date_bounds(v, f.from, f.to)) return bad(v);
  return f;
}

std::string month_day_key(const DateFilter& filter) { return two(filter.month) + "-" + two(filter.day); }

}  // namespace kanbao::store::query
