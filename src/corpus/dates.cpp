// SPDX-License-Identifier: MIT
#include "corpus/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "corpus/leads.h"
#include "corpus/parse.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

bool opens_clause(char32_t c) {
  switch (c) {
    case U'，':
    case U',':
    case U'。':
    case U'；':
    case U';':
    case U'：':
    case U':':
    case U'、':
    case U'！':
    case U'？':
    case U'!':
    case U'?':
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

Number read_number(std::u32string_view s, std::size_t& i, std::size_t max_digits) {
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
DateMatch read_date(std::u32string_view s, std::size_t& i) {
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

int chinese_digit(char32_t c) {
  constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  const std::size_t d = kDigits.find(c);
  return d == std::u32string_view::npos ? -1 : static_cast<int>(d);
}

// 一 .. 三十一 written in Chinese numerals at s[i] (五, 十, 十二, 二十, 三十一),
// advancing i past it; 0 when there is none.
int read_chinese_number(std::u32string_view s, std::size_t& i) {
  int tens = 0;
  int units = 0;
  std::size_t j = i;
  if (j < s.size() && chinese_digit(s[j]) > 0 && j + 1 < s.size() && s[j + 1] == U'十') {
    tens = chinese_digit(s[j]);
    j += 2;
  } else if (j < s.size() && s[j] == U'十') {
    tens = 1;
    ++j;
  }
  if (j < s.size() && chinese_digit(s[j]) > 0) units = chinese_digit(s[j++]);
  const int value = tens * 10 + units;
  if (value > 0) i = j;
  return value;
}

// 六月五日, 十二月三十一日: a month and day written in Chinese numerals, as
// papers printed them before the 1980s ("六月五日，国家主席…"). Both are
// needed: a lone 十三日 may be a count of days.
DateMatch read_chinese_date(std::u32string_view s, std::size_t& i) {
  std::size_t j = i;
  const int month = read_chinese_number(s, j);
  if (month == 0 || j >= s.size() || s[j] != U'月') return {};
  ++j;
  const int day = read_chinese_number(s, j);
  if (day == 0 || j >= s.size() || s[j] != U'日' || !valid(month, day)) return {};
  i = j + 1;
  return {0, month, day};
}

}  // namespace

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400) + (m <= 2 ? 1 : 0), m, d};
}

bool full(const std::optional<Date>& issue) {
  return issue && issue->year != 0 && valid(issue->month, issue->day);
}

// The year of a date read from the text. With only the issue's year known
// (a year in the path, --year), that year is the date's; with the whole
// issue date known, a written year stands and an unwritten one is the year
// that puts the date nearest the issue: 12月30日 in an issue of 2 January
// is three days before it, in the year before, and 4月3日 in an issue of
// 28 March is an event announced for the week after, in the same year
// (the year before would be a date eleven months old).
Date resolve(int year, int month, int day, const std::optional<Date>& issue) {
  if (!issue || issue->year == 0) return Date{year, month, day};
  if (!full(issue)) return Date{issue->year, month, day};
  if (year != 0) return Date{year, month, day};
  const long today = days_from_civil(issue->year, issue->month, issue->day);
  int best = issue->year;
  for (int y : {issue->year - 1, issue->year + 1}) {
    if (std::labs(days_from_civil(y, month, day) - today) <
        std::labs(days_from_civil(best, month, day) - today))
      best = y;
  }
  return Date{best, month, day};
}

// A bare day ("20日") in the issue's month, or the month before when the
// day is still to come.
std::optional<Date> bare_day(int day, const std::optional<Date>& issue) {
  if (!full(issue)) return std::nullopt;
  if (day <= issue->day) return Date{issue->year, issue->month, day};
  const Date last =
      civil_from_days(days_from_civil(issue->year, issue->month, 1) - 1);  // of the month before
  if (day > last.day) return std::nullopt;
  return Date{last.year, last.month, day};
}

// 昨天/昨日/昨晚/今天/今日/今晨/前天/上周X at s[i]: days relative to the issue (the
// weekday for 上周X: 0 Monday .. 6 Sunday, as -100 - weekday).
std::optional<int> relative_word(std::u32string_view s, std::size_t i) {
  if (i + 1 >= s.size()) return std::nullopt;
  const char32_t a = s[i];
  const char32_t b = s[i + 1];
  if (a == U'昨' && (b == U'天' || b == U'日' || b == U'晚' || b == U'夜' || b == U'晨')) return -1;
  if (a == U'今' && (b == U'天' || b == U'日' || b == U'晨' || b == U'早'))
    return 0;  // not 今晚: 今晚报 is a paper
  if (a == U'前' && b == U'天') return -2;
  if (a == U'上' && (b == U'周' || b == U'星') && i + 2 < s.size()) {
    std::size_t k = i + 2;
    if (b == U'星') {
      if (s[k] != U'期') return std::nullopt;
      ++k;
    }
    if (k >= s.size()) return std::nullopt;
    constexpr std::u32string_view kDays = U"一二三四五六日天";
    const std::size_t w = kDays.find(s[k]);
    if (w == std::u32string_view::npos) return std::nullopt;
    return -100 - static_cast<int>(w < 7 ? w : 6);
  }
  return std::nullopt;
}

std::optional<Date> relative_date(int offset, const std::optional<Date>& issue) {
  if (!full(issue)) return std::nullopt;
  const long today = days_from_civil(issue->year, issue->month, issue->day);
  if (offset > -100) return civil_from_days(today + offset);
  const long weekday = ((today % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday (3)
  const long last_monday = today - weekday - 7;
  return civil_from_days(last_monday + (-100 - offset));
}

}  // namespace

namespace {

struct LeadScan {
  bool settled = false;  // the text read answers the question (a date, or none for sure)
  std::optional<Date> date;
};

// At s[k]: a page of the paper named ("A07版", "第3版", "头版"), not a word
// that merely holds 版 (出版, 版画, 新版).
bool page_named_at(std::u32string_view s, std::size_t k) {
  if (s.substr(k, 2) == U"头版" || s.substr(k, 2) == U"頭版") return true;
  if (k < s.size() && s[k] == U'第') ++k;
  if (k < s.size() && ((s[k] >= U'A' && s[k] <= U'Z') || (s[k] >= U'Ａ' && s[k] <= U'Ｚ'))) ++k;
  const std::size_t digits = k;
  while (k < s.size() && (util::is_digit(s[k]) || chinese_digit(s[k]) > 0 || s[k] == U'十')) ++k;
  return k > digits && k < s.size() && s[k] == U'版';
}

// At s[i], after a date: the paper's own earlier report ("，本报A07版以《…》为题"),
// not the event.
bool earlier_report(std::u32string_view s, std::size_t i) {
  while (i < s.size() && (util::is_space(s[i]) || s[i] == U'，' || s[i] == U',')) ++i;
  if (s.substr(i, 2) != U"本报" && s.substr(i, 2) != U"本報") return false;
  if (page_named_at(s, i + 2)) return true;
  const std::u32string_view next = s.substr(i + 2, 12);
  for (std::u32string_view w : {U"以《", U"刊发", U"刊登", U"刊载"})
    if (next.find(w) != std::u32string_view::npos) return true;
  return false;
}

// The event date in the decoded lead `s` (after its dateline). When `whole`
// is false, `s` is only the start of the lead: reaching its end settles
// nothing (a date may be cut there, or come later).
LeadScan scan_lead(std::u32string_view s, bool whole, const std::optional<Date>& issue) {
  std::size_t i = 0;
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
      return {true, std::nullopt};
    }
    if (auto offset = relative_word(s, i)) return {true, relative_date(*offset, issue)};
    if (clause_start && (chinese_digit(c) > 0 || c == U'十')) {
      if (const DateMatch m = read_chinese_date(s, i); m.day != 0)
        return {true, resolve(0, m.month, m.day, issue)};
    }
    if (util::is_digit(c) && (i == 0 || !util::is_digit(s[i - 1]))) {
      const std::size_t digits_at = i;
      const DateMatch m = read_date(s, i);
      if (!whole && i >= s.size()) return {false, std::nullopt};  // the date may go on beyond what was read
      if (m.day != 0) {
        if (clause_start && !(m.month != 0 && earlier_report(s, i))) {
          if (m.month != 0 && valid(m.month, m.day))
            return {true, resolve(m.year ? m.year : carried_year, m.month, m.day, issue)};
          if (m.month == 0 && carried_month != 0 && valid(carried_month, m.day))
            return {true, resolve(carried_year, carried_month, m.day, issue)};
          if (m.month == 0 && carried_month == 0 && m.day >= 1 && m.day <= 31)
            return {true, bare_day(m.day, issue)};
        } else if (m.month != 0 && valid(m.month, m.day)) {
          carried_month = m.month;
          if (m.year) carried_year = m.year;
        }
      }
      clause_start = false;
      if (i == digits_at) ++i;  // never stuck (read_date consumes the digit run)
      continue;
    }
    clause_start = opens_clause(c);
    ++i;
  }
  return {whole, std::nullopt};
}

}  // namespace

std::optional<Date> find_event_date(std::string_view lead, const std::optional<Date>& issue) {
  std::size_t start = 0;
  if (auto m = match_lead(lead)) {
    if (m->date && m->date->month == 0) return bare_day(m->date->day, issue);
    if (m->date) return resolve(m->date->year, m->date->month, m->date->day, issue);
    start = m->text;
  }
  // The event date stands near the start of the lead: its first characters
  // are decoded (on the stack) and read, then, only when they end before
  // the question is settled, up to 400 of them - never the whole paragraph.
  constexpr std::size_t kFirst = 48;
  constexpr std::size_t kReach = 400;
  std::array<char32_t, kReach> buf{};
  std::size_t n = 0;
  std::size_t at = start;
  auto fill = [&](std::size_t upto) {
    while (at < lead.size() && n < upto) buf[n++] = util::next(lead, at);
  };
  fill(kFirst);
  const LeadScan first = scan_lead({buf.data(), n}, at >= lead.size(), issue);
  if (first.settled) return first.date;
  fill(kReach);
  return scan_lead({buf.data(), n}, true, issue).date;
}

namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

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

bool opens_with_date(std::string_view text) {
  text = util::trim(text);
  for (std::string_view day : {"昨天", "昨日", "今天", "今日", "前天"})
    if (text.substr(0, day.size()) == day) return true;
  std::size_t i = 0;
  std::size_t digits = 0;
  while (i < text.size() && digits <= 2) {
    const char32_t c = util::next(text, i);
    if (util::is_digit(c)) {
      ++digits;
      continue;
    }
    if (digits == 0) {
      std::u32string buf;  // 六月五日: at most 十二月三十一日, seven characters
      for (std::size_t k = 0; k < text.size() && buf.size() < 7;) buf.push_back(util::next(text, k));
      std::size_t at = 0;
      return read_chinese_date(buf, at).day != 0;
    }
    return c == U'月' || c == U'日';
  }
  return false;
}

std::optional<Date> second_paragraph_date(const std::vector<std::string>& paragraphs,
                                          const std::optional<Date>& issue) {
  if (paragraphs.size() < 2 || !issue || !issue->known() || issue->year == 0) return std::nullopt;
  if (find_event_date(paragraphs[0], issue) || !opens_with_date(paragraphs[1])) return std::nullopt;
  const auto d = find_event_date(paragraphs[1], issue);
  if (!d || d->year == 0 || d->day == 0) return std::nullopt;
  const int months = (issue->year * 12 + issue->month) - (d->year * 12 + d->month);
  if (months < 0 || months > 1 || (months == 0 && d->day > issue->day)) return std::nullopt;
  return d;
}

}  // namespace kanbao::corpus
