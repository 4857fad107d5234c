// SPDX-License-Identifier: MIT
// The one reader and calendar check of a typed date (base/typed_date.h).
#include "base/typed_date.h"

#include <array>
#include <vector>

namespace kanbao {
namespace {

// `text` with the full-width forms of '-', '.', '/' and the digits
// (U+FF0D..U+FF19, UTF-8 EF BC 8D..99) in ASCII (U+002D..U+0039: each 0xFEE0
// below); other bytes as they are.
std::string ascii_digits(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (i + 2 < text.size() && byte(i) == 0xEF && byte(i + 1) == 0xBC && byte(i + 2) >= 0x8D &&
        byte(i + 2) <= 0x99) {
      out += static_cast<char>(byte(i + 2) - 0x60);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool digits(std::string_view s, std::size_t min, std::size_t max) {
  if (s.size() < min || s.size() > max) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// The digits before `unit` (年, 月 or 日) at the start of `rest`, `min` to
// `max` of them, consumed with the unit; nullopt (nothing consumed) otherwise.
std::optional<int> number_before(std::string_view& rest, std::string_view unit, std::size_t min,
                                 std::size_t max) {
  std::size_t n = 0;
  while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
  if (n < min || n > max || rest.substr(n, unit.size()) != unit) return std::nullopt;
  const int v = number(rest.substr(0, n));
  rest.remove_prefix(n + unit.size());
  return v;
}

// 2020年1月25日, 2020年1月, 2020年, 1月25日: never a day without its month,
// nor a month alone.
std::optional<TypedDate> chinese_date(std::string_view text) {
  std::string_view rest = text;
  const std::optional<int> year = number_before(rest, "年", 4, 4);
  const std::optional<int> month = number_before(rest, "月", 1, 2);
  std::optional<int> day;
  if (month) day = number_before(rest, "日", 1, 2);
  if (!rest.empty() || (!year && !day)) return std::nullopt;
  TypedDate date{TypedDate::Kind::kDay, year.value_or(0), month.value_or(0), day.value_or(0)};
  if (!year) {
    date.kind = TypedDate::Kind::kMonthDay;
  } else if (!month) {
    date.kind = TypedDate::Kind::kYear;
  } else if (!day) {
    date.kind = TypedDate::Kind::kMonth;
  }
  return date;
}

// 2020-1-25, 2020/1, 1.25: the parts at one separator, of '-', '/' or '.'.
std::optional<TypedDate> separated_date(std::string_view text) {
  const std::size_t at = text.find_first_of("-/.");
  if (at == std::string_view::npos) return std::nullopt;
  const char separator = text[at];
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  for (std::size_t k = 1; k < parts.size(); ++k)
    if (!digits(parts[k], 1, 2)) return std::nullopt;
  if (parts.size() == 3 && digits(parts[0], 4, 4))
    return TypedDate{TypedDate::Kind::kDay, number(parts[0]), number(parts[1]), number(parts[2])};
  if (parts.size() == 2 && digits(parts[0], 4, 4))
    return TypedDate{TypedDate::Kind::kMonth, number(parts[0]), number(parts[1]), 0};
  if (parts.size() == 2 && digits(parts[0], 1, 2))
    return TypedDate{TypedDate::Kind::kMonthDay, 0, number(parts[0]), number(parts[1])};
  return std::nullopt;
}

// 20200125 and 2020; six digits are ambiguous (header).
std::optional<TypedDate> compact_date(std::string_view text) {
  if (digits(text, 8, 8)) {
    return TypedDate{TypedDate::Kind::kDay, number(text.substr(0, 4)), number(text.substr(4, 2)),
                     number(text.substr(6, 2))};
  }
  if (digits(text, 4, 4)) return TypedDate{TypedDate::Kind::kYear, number(text), 0, 0};
  return std::nullopt;
}

constexpr std::array<const char*, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};

}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month != 2) return kDays.at(static_cast<std::size_t>(month - 1));
  const bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  return leap ? 29 : 28;
}

std::optional<TypedDate> read_typed_date(std::string_view text) {
  const std::string ascii = ascii_digits(text);
  std::optional<TypedDate> date = chinese_date(ascii);
  if (!date) date = separated_date(ascii);
  if (!date) date = compact_date(ascii);
  // Year 0000 would be the unknown year of an article's date_key.
  if (date && date->kind != TypedDate::Kind::kMonthDay && date->year == 0) return std::nullopt;
  return date;
}

std::optional<ErrorWords> calendar_problem(const TypedDate& date, const std::string& text) {
  if (date.kind == TypedDate::Kind::kYear) return std::nullopt;
  if (date.month < 1 || date.month > 12)
    return ErrorWords{"{} is not a day of the calendar (a year has 12 months)", {text}};
  if (date.kind == TypedDate::Kind::kMonth) return std::nullopt;
  const int days = days_in_month(date.year, date.month);
  if (date.day >= 1 && date.day <= days) return std::nullopt;
  const std::string name = kMonthNames.at(static_cast<std::size_t>(date.month - 1));
  if (date.kind == TypedDate::Kind::kMonthDay) {
    return ErrorWords{"{} is not a day of the calendar ({} has at most {} days)",
                      {text, name, std::to_string(days), std::to_string(date.month)}};
  }
  return ErrorWords{
      "{} is not a day of the calendar ({} {} has {} days)",
      {text, name, std::to_string(date.year), std::to_string(days), std::to_string(date.month)}};
}

std::optional<TypedDate> parse_typed_date(std::string_view text) {
  auto date = read_typed_date(text);
  if (date && calendar_problem(*date, std::string(text))) return std::nullopt;
  return date;
}

}  // namespace kanbao
