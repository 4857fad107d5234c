#include "corpus/dates.h"

#include <cstdio>
#include <string>

#include "corpus/byline.h"
#include "corpus/parse.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

bool opens_clause(char32_t c) {
  switch (c) {
    case U'，': case U',': case U'。': case U'；': case U';': case U'：': case U':': case U'、': case U'！':
    case U'？': case U'!': case U'?':
      return true;
    default:
      return false;
  }
}

// A number written with up to max_digits digits starting at s[i]; nullopt if
// longer (so "12345年" is not a year).
struct Number {
  int value = 0;
  std::size_t digits = 0;
};

Number read_number(const std::u32string& s, std::size_t& i, std::size_t max_digits) {
  Number n;
  while (i < s.size() && util::is_digit(s[i])) {
    if (n.digits < max_digits) n.value = n.value * 10 + util::digit_value(s[i]);
    ++n.digits;
    ++i;
  }
  return n;
}

struct DateMatch {
  int year = 0;   // 0: not written
  int month = 0;  // 0: bare day ("10日")
  int day = 0;    // 0: no day (year or month alone: "2024年", "8月底")
};

// Reads [YYYY年][M月]D日 at s[i] (a digit that does not follow another
// digit) and advances i past what it read.
DateMatch read_date(const std::u32string& s, std::size_t& i) {
  DateMatch m;
  Number first = read_number(s, i, 4);
  if (i < s.size() && s[i] == U'年' && first.digits == 4) {
    m.year = first.value;
    ++i;
    std::size_t j = i;
    if (j >= s.size() || !util::is_digit(s[j])) return m;
    first = read_number(s, j, 2);
    if (j >= s.size() || s[j] != U'月' || first.digits > 2) return m;
    i = j;
  }
  if (i < s.size() && s[i] == U'月' && first.digits <= 2) {
    m.month = first.value;
    ++i;
    std::size_t j = i;
    if (j >= s.size() || !util::is_digit(s[j])) return m;
    const Number day = read_number(s, j, 2);
    if (j < s.size() && s[j] == U'日' && day.digits <= 2) {
      m.day = day.value;
      i = j + 1;
    }
    return m;
  }
  if (m.year == 0 && i < s.size() && s[i] == U'日' && first.digits <= 2) {
    m.day = first.value;
    ++i;
  }
  return m;
}

bool valid(int month, int day) { return month >= 1 && month <= 12 && day >= 1 && day <= 31; }

}  // namespace

std::optional<Date> find_event_date(std::string_view lead) {
  std::u32string s;
  s.reserve(lead.size() / 3 + 1);
  for (std::size_t i = 0; i < lead.size();) s.push_back(util::next(lead, i));

  std::size_t i = 0;
  if (lead.substr(0, 9) == "本报讯") {
    i = 3;
    std::size_t after = 0;
    if (lead_bracket_byline(lead, &after)) {
      // Skip the bracketed byline: count its code points.
      i = 0;
      for (std::size_t b = 0; b < after; ++i) util::next(lead, b);
    }
  }
  bool clause_start = true;
  int carried_year = 0;
  int carried_month = 0;
  while (i < s.size()) {
    const char32_t c = s[i];
    if (util::is_space(c)) {
      ++i;
      continue;
    }
    if (clause_start && i + 1 < s.size() &&
        ((c == U'近' && s[i + 1] == U'日') || (c == U'日' && s[i + 1] == U'前'))) {
      return std::nullopt;
    }
    if (util::is_digit(c) && (i == 0 || !util::is_digit(s[i - 1]))) {
      const DateMatch m = read_date(s, i);
      if (m.day != 0) {
        if (clause_start) {
          if (m.month != 0 && valid(m.month, m.day)) return Date{m.year ? m.year : carried_year, m.month, m.day};
          if (m.month == 0 && carried_month != 0 && valid(carried_month, m.day))
            return Date{carried_year, carried_month, m.day};
        } else if (m.month != 0 && valid(m.month, m.day)) {
          carried_month = m.month;
          if (m.year) carried_year = m.year;
        }
      }
      clause_start = false;
      // read_date always consumes at least the digit run.
      continue;
    }
    clause_start = opens_clause(c);
    ++i;
  }
  return std::nullopt;
}

std::string format_date(const Date& date) {
  char buf[32];
  if (date.year > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  } else {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", date.month, date.day);
  }
  return buf;
}

namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The year in one path component: a run of hex characters that is exactly
// 4 digits (1900..2099) or a valid YYYYMMDD. Longer runs and runs mixing hex
// letters ("199105408a5690c4") are hashes, not dates.
std::optional<int> year_in_component(std::string_view comp) {
  std::size_t i = 0;
  while (i < comp.size()) {
    if (!is_hex(comp[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool all_digits = true;
    while (j < comp.size() && is_hex(comp[j])) {
      all_digits = all_digits && comp[j] >= '0' && comp[j] <= '9';
      ++j;
    }
    const std::string_view run = comp.substr(i, j - i);
    i = j;
    if (!all_digits || (run.size() != 4 && run.size() != 8)) continue;
    const int year = std::stoi(std::string(run.substr(0, 4)));
    if (year < 1900 || year > 2099) continue;
    if (run.size() == 8) {
      const int month = std::stoi(std::string(run.substr(4, 2)));
      const int day = std::stoi(std::string(run.substr(6, 2)));
      if (!valid(month, day)) continue;
    }
    return year;
  }
  return std::nullopt;
}

}  // namespace

std::optional<int> year_from_path(std::string_view path) {
  std::size_t end = path.size();
  while (end > 0) {
    std::size_t start = path.find_last_of("/\\", end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    if (auto y = year_in_component(path.substr(start, end - start))) return y;
    if (start == 0) break;
    end = start - 1;
  }
  return std::nullopt;
}

}  // namespace kanbao::corpus
