// SPDX-License-Identifier: MIT
#include "corpus/archive_path.h"

#include "base/typed_date.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!ascii_digit(c)) return false;
  return true;
}

int number(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// (Inserted, not "0" + ...: g++ 12 at -O3 warns of a false -Wrestrict
// in a short string's operator+.)
std::string two_digits(int v) {
  std::string s = std::to_string(v);
  if (v < 10) s.insert(s.begin(), '0');
  return s;
}

// 一 .. 九十九 as a number; 0 when `s` is not a Chinese numeral.
int chinese_number(std::string_view s) {
  static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  int value = 0, digit = -1;
  bool tens = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = util::next(s, i);
    if (c == U'十') {
      if (tens) return 0;
      tens = true;
      value = (digit < 0 ? 1 : digit) * 10;
      digit = -1;
      continue;
    }
    const auto d = kDigits.find(c);
    if (d == std::u32string_view::npos || digit >= 0) return 0;
    digit = c == U'〇' ? 0 : static_cast<int>(d);
  }
  if (digit > 0) value += digit;
  return value;
}

// A calendar date; nullopt unless it exists.
std::optional<Date> make_date(int y, int m, int d) {
  if (y < 1900 || y > 2099 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date{y, m, d};
}

// A whole date inside one component: an 8-digit run YYYYMMDD, or
// YYYY<sep>M<sep>D with sep one of - _ . 年/月(/日), standing apart from
// other digits. The first one wins.
std::optional<Date> date_in(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!ascii_digit(s[i]) || (i > 0 && ascii_digit(s[i - 1]))) continue;
    std::size_t j = i;
    while (j < s.size() && ascii_digit(s[j])) ++j;
    if (j - i == 8) {
      if (auto d = make_date(number(s.substr(i, 4)), number(s.substr(i + 4, 2)), number(s.substr(i + 6, 2))))
        return d;
      continue;
    }
    if (j - i != 4) continue;
    auto separator = [&](std::size_t& k, std::string_view han) {
      if (k < s.size() && (s[k] == '-' || s[k] == '_' || s[k] == '.')) return ++k, true;
      if (s.substr(k, han.size()) == han) return k += han.size(), true;
      return false;
    };
    auto digits = [&](std::size_t& k) {
      const std::size_t b = k;
      while (k < s.size() && ascii_digit(s[k]) && k - b < 3) ++k;
      return (k - b == 1 || k - b == 2) ? number(s.substr(b, k - b)) : -1;
    };
    std::size_t k = j;
    if (!separator(k, "年")) continue;
    const int m = digits(k);
    if (m < 0 || !separator(k, "月")) continue;
    const int d = digits(k);
    if (d < 0 || (k < s.size() && ascii_digit(s[k]))) continue;
    if (auto date = make_date(number(s.substr(i, 4)), m, d)) return date;
  }
  return std::nullopt;
}

// A component naming a year and a month only: "2023-06", "2023_6", "202306", "2023年6月".
std::optional<std::pair<int, int>> year_month(std::string_view s) {
  int y = 0, m = 0;
  if (s.size() == 6 && all_digits(s)) {
    y = number(s.substr(0, 4));
    m = number(s.substr(4, 2));
  } else if (s.size() >= 6 && all_digits(s.substr(0, 4))) {
    y = number(s.substr(0, 4));
    std::string_view rest = s.substr(4);
    if (starts_with(rest, "年")) {
      rest.remove_prefix(std::string_view("年").size());
    } else if (rest[0] == '-' || rest[0] == '_' || rest[0] == '.') {
      rest.remove_prefix(1);
    } else {
      return std::nullopt;
    }
    if (ends_with(rest, "月")) rest.remove_suffix(std::string_view("月").size());
    if (rest.empty() || rest.size() > 2 || !all_digits(rest)) return std::nullopt;
    m = number(rest);
  } else {
    return std::nullopt;
  }
  if (y < 1900 || y > 2099 || m < 1 || m > 12) return std::nullopt;
  return std::make_pair(y, m);
}

// "21", "6", "21日": a day component.
int day_component(std::string_view s) {
  if (ends_with(s, "日")) s.remove_suffix(std::string_view("日").size());
  if (s.empty() || s.size() > 2 || !all_digits(s)) return 0;
  return number(s);
}

int month_component(std::string_view s) {
  if (ends_with(s, "月")) s.remove_suffix(std::string_view("月").size());
  if (s.empty() || s.size() > 2 || !all_digits(s)) return 0;
  return number(s);
}

bool has_han(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (util::is_han(util::next(s, i))) return true;
  return false;
}

// Splits "第05版 管城新闻" / "05_要闻" / "A05-要闻" into the code and the name.
std::pair<std::string_view, std::string_view> code_and_name(std::string_view stem) {
  if (starts_with(stem, "第")) {
    const std::size_t ban = stem.find("版");
    if (ban != std::string_view::npos) {
      const std::size_t end = ban + std::string_view("版").size();
      return {stem.substr(0, end), util::trim(stem.substr(end))};
    }
  }
  std::size_t i = 0;
  while (i < stem.size()) {
    const std::size_t at = i;
    const char32_t c = util::next(stem, i);
    if (c == ' ' || c == '_' || c == '-' || c == U'\u3000') return {stem.substr(0, at), stem.substr(i)};
  }
  return {stem, {}};
}

}  // namespace

std::optional<std::string> page_code(std::string_view code) {
  code = util::trim(code);
  const bool di = starts_with(code, "第");
  if (di) code.remove_prefix(std::string_view("第").size());
  if (ends_with(code, "版")) {
    code.remove_suffix(std::string_view("版").size());
  } else if (di) {
    return std::nullopt;
  }
  code = util::trim(code);
  if (code.empty()) return std::nullopt;
  if (all_digits(code) && code.size() <= 3) {
    const int n = number(code);
    if (n < 1) return std::nullopt;
    return two_digits(n);
  }
  if (ascii_letter(code[0]) && code.size() <= 4 && all_digits(code.substr(1))) {
    const int n = number(code.substr(1));
    if (n < 1) return std::nullopt;
    const char letter = static_cast<char>(code[0] >= 'a' ? code[0] - 'a' + 'A' : code[0]);
    std::string page = two_digits(n);
    page.insert(page.begin(), letter);
    return page;
  }
  if (const int n = chinese_number(code); n > 0) return two_digits(n);
  return std::nullopt;
}

std::optional<StemPage> page_from_stem(std::string_view stem) {
  stem = util::trim(stem);
  // 20230621-05-03: date, page, article.
  if (stem.size() > 9 && all_digits(stem.substr(0, 8)) && (stem[8] == '-' || stem[8] == '_')) {
    std::string_view rest = stem.substr(9);
    std::string_view article;
    if (const std::size_t sep = rest.find_first_of("-_"); sep != std::string_view::npos) {
      article = rest.substr(sep + 1);
      rest = rest.substr(0, sep);
    }
    auto page = page_code(rest);
    if (!page || (!article.empty() && (!all_digits(article) || article.size() > 3))) return std::nullopt;
    return StemPage{*page, "", article.empty() ? 0 : number(article)};
  }
  auto [code, name] = code_and_name(stem);
  auto page = page_code(code);
  if (!page) return std::nullopt;
  // A02-03, 05_3: page and article, as an e-paper crawl names its files.
  if (!name.empty() && all_digits(name) && name.size() <= 3) return StemPage{*page, "", number(name)};
  if (!name.empty() && !has_han(name)) return std::nullopt;  // 000_097ca8e9: a hash, not a page name
  return StemPage{*page, std::string(name), 0};
}

std::vector<std::string_view> path_components(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string_view file_stem(std::string_view path) {
  auto parts = path_components(path);
  if (parts.empty()) return {};
  std::string_view name = parts.back();
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

std::optional<Date> date_from_path(std::string_view path) {
  auto parts = path_components(path);
  if (parts.empty()) return std::nullopt;
  parts.back() = file_stem(path);
  for (std::size_t k = parts.size(); k-- > 0;) {
    if (auto d = date_in(parts[k])) return d;
    if (k + 1 == parts.size()) continue;  // a file named 05 is a page, not a day
    const int day = day_component(parts[k]);
    if (day == 0 || k == 0) continue;
    if (auto ym = year_month(parts[k - 1])) {
      if (auto d = make_date(ym->first, ym->second, day)) return d;
    }
    const int month = month_component(parts[k - 1]);
    if (month != 0 && k >= 2 && parts[k - 2].size() >= 4 && all_digits(parts[k - 2].substr(0, 4))) {
      std::string_view y = parts[k - 2];
      if (ends_with(y, "年")) y.remove_suffix(std::string_view("年").size());
      if (all_digits(y) && y.size() == 4) {
        if (auto d = make_date(number(y), month, day)) return d;
      }
    }
  }
  return std::nullopt;
}

std::optional<Masthead> masthead_line(std::string_view line) {
  line = util::trim(line);
  if (util::length_up_to(line, 60) >= 60 || line.find("。") != std::string_view::npos) return std::nullopt;
  const std::size_t nian = line.find("年");
  if (nian == std::string_view::npos || nian < 4) return std::nullopt;
  std::size_t start = nian - 4;
  if (!all_digits(line.substr(start, 4)) || (start > 0 && ascii_digit(line[start - 1]))) return std::nullopt;
  auto date = date_in(line.substr(start));
  if (!date) return std::nullopt;
  Masthead m;
  m.date = *date;
  m.paper = std::string(util::trim(line.substr(0, start)));
  const std::size_t di = line.find("第", nian);
  if (di != std::string_view::npos) {
    const std::size_t ban = line.find("版", di);
    if (ban != std::string_view::npos) {
      if (auto code = page_code(line.substr(di, ban + std::string_view("版").size() - di))) m.page = *code;
    }
  }
  const bool weekday = line.find("星期") != std::string_view::npos;
  const bool paper_like = !m.paper.empty() && (ends_with(m.paper, "报") || ends_with(m.paper, "社"));
  if (!weekday && m.page.empty() && !paper_like) return std::nullopt;
  if (!m.paper.empty() && !paper_like) m.paper.clear();
  return m;
}

}  // namespace kanbao::corpus
