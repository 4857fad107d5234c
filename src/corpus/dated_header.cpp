// SPDX-License-Identifier: MIT
#include "corpus/dated_header.h"

#include "corpus/headings.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::size_t kMaxHeaderTags = 2;

// Reads 1..max ASCII digits at `at`; their count (0 if none or too many).
std::size_t digits_at(std::string_view s, std::size_t at, std::size_t max) {
  std::size_t n = 0;
  while (at + n < s.size() && s[at + n] >= '0' && s[at + n] <= '9') ++n;
  return n > max ? 0 : n;
}

// Reads one separator at `at` (an ASCII one or the Han one given); its
// byte length, 0 if none.
std::size_t separator_at(std::string_view s, std::size_t at, std::string_view han) {
  if (at < s.size() && (s[at] == '-' || s[at] == '/' || s[at] == '.')) return 1;
  return s.substr(at, han.size()) == han ? han.size() : 0;
}

// The value of `n` ASCII digits at `at`.
int number_at(std::string_view s, std::size_t at, std::size_t n) {
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v * 10 + (s[at + i] - '0');
  return v;
}

// A heading that is no article's title: a paper's name (a masthead,
// "郑州日报") or an issuer's (a notice's or letter's signature,
// "市公安局交通警察支队", "市节约用水办公室").
bool names_paper_or_issuer(std::string_view heading) {
  heading = util::trim(heading);
  static constexpr std::string_view kEndings[] = {"日报", "晚报",   "都市报", "时报", "商报",   "导报",
                                                  "周报", "新闻社", "电视台", "局",   "办公室", "委员会",
                                                  "支队", "大队",   "公司",   "中心", "政府",   "办",
                                                  "厅",   "委",     "院",     "集团", "协会",   "街道办事处"};
  for (std::string_view e : kEndings)
    if (heading.size() > e.size() && heading.substr(heading.size() - e.size()) == e) return true;
  return false;
}

}  // namespace

std::optional<Date> date_alone(std::string_view line) {
  line = util::trim(line);
  if (line.size() < 8 || line.size() > 20 || digits_at(line, 0, 4) != 4) return std::nullopt;
  Date date{number_at(line, 0, 4), 0, 0};
  std::size_t at = 4;
  for (std::string_view han : {std::string_view("年"), std::string_view("月")}) {
    const std::size_t sep = separator_at(line, at, han);
    if (sep == 0) return std::nullopt;
    at += sep;
    const std::size_t n = digits_at(line, at, 2);
    if (n == 0) return std::nullopt;
    (date.month == 0 ? date.month : date.day) = number_at(line, at, n);
    at += n;
  }
  if (line.substr(at) == "日") at = line.size();
  if (at != line.size()) return std::nullopt;
  return date;
}

std::vector<DatedHeader> dated_headers(const Lines& lines, const std::optional<Date>& issue) {
  std::vector<DatedHeader> out;
  if (!issue || issue->day == 0) return out;
  for (std::size_t d = 0; d < lines.size(); ++d) {
    if (lines.kind(d) != Kind::kFurniture || date_alone(lines.text(d)) != issue) continue;
    std::size_t begin = d;
    std::size_t headings = 0;
    std::size_t tags = 0;
    for (std::size_t p = lines.prev(begin); p < lines.size(); p = lines.prev(begin)) {
      const Kind k = lines.kind(p);
      if (k == Kind::kHeading && headings < kMaxHeadings && tags == 0 &&
          !names_paper_or_issuer(lines.text(p))) {
        ++headings;
      } else if (k == Kind::kColumnTag && tags < kMaxHeaderTags) {
        ++tags;
      } else {
        break;
      }
      begin = p;
    }
    if (headings > 0) out.push_back({begin, d});
  }
  // One header alone is one only at the page's start: elsewhere a heading
  // over the issue's date is a story's cross-head or a signature.
  if (out.size() == 1 && lines.prev(out.front().begin) != lines.size()) out.clear();
  return out;
}

}  // namespace kanbao::corpus
