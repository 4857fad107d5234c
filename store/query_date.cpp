// SPDX-License-Identifier: MIT
// The date: filter of a search query: a day, a month, a year or a range.
#include "store/query_date.h"

#include <optional>
#include <string_view>
#include <tuple>
#include <utility>

#include "base/typed_date.h"
#include "store/library.h"

namespace kanbao::store::query {
namespace {

std::string two(int v) {
  return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

std::string four(int v) { return two(v / 100) + two(v % 100); }

// The lowest and highest date_key a day, month or year covers.
std::pair<std::string, std::string> bounds(const TypedDate& date) {
  const std::string year = four(date.year);
  switch (date.kind) {
    case TypedDate::Kind::kYear:
      return {year + "-00-00", year + "-99-99"};
    case TypedDate::Kind::kMonth:
      return {year + "-" + two(date.month) + "-00", year + "-" + two(date.month) + "-99"};
    default: {
      const std::string day = year + "-" + two(date.month) + "-" + two(date.day);
      return {day, day};
    }
  }
}

// A day, month or year the calendar has, written with its year: what an
// end of a range may be.
std::optional<TypedDate> range_end_date(std::string_view value) {
  auto date = parse_typed_date(value);
  if (!date || date->kind == TypedDate::Kind::kMonthDay) return std::nullopt;
  return date;
}

// Whether `end` is a day of the calendar written without its year (06-21,
// 6/21, 6月21日).
bool month_day(std::string_view end) {
  const auto date = parse_typed_date(end);
  return date && date->kind == TypedDate::Kind::kMonthDay;
}

}  // namespace

}  // namespace kanbao::store::query

namespace kanbao::store {

std::optional<std::string> range_start(std::string_view value) {
  const auto date = query::range_end_date(value);
  if (!date) return std::nullopt;
  return query::bounds(*date).first;
}

std::optional<std::string> range_end(std::string_view value) {
  const auto date = query::range_end_date(value);
  if (!date) return std::nullopt;
  return query::bounds(*date).second;
}

}  // namespace kanbao::store

namespace kanbao::store::query {

Result<DateFilter> parse_date(const std::string& value) {
  // A day the calendar lacks is said so (base/typed_date.h: the words of
  // --from and the browser's `:` too); any other text is not a date.
  auto bad = [&](std::string_view end = {}) {
    if (auto date = read_typed_date(end)) {
      if (auto problem = calendar_problem(*date, "date:" + value))
        return Error(*std::move(problem), ErrorKind::kUsage);
    }
    return Error(ErrorWords{"date:{} is not a date this search understands; use date:MM-DD, date:YYYY-MM-DD, "
                            "date:YYYY-MM or a range such as date:2023-01..2023-06",
                            {value}},
                 ErrorKind::kUsage);
  };
  DateFilter f;
  std::string_view v = value;
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
  const auto date = parse_typed_date(v);
  if (!date) return bad(v);
  if (date->kind == TypedDate::Kind::kMonthDay) {
    f.month = date->month;
    f.day = date->day;
    return f;
  }
  std::tie(f.from, f.to) = bounds(*date);
  return f;
}

std::string month_day_key(const DateFilter& filter) { return two(filter.month) + "-" + two(filter.day); }

}  // namespace kanbao::store::query
