// SPDX-License-Identifier: MIT
#include "corpus/dated_header.h"

#include <initializer_list>

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

constexpr std::size_t kMaxMastheadChars = 10;  // characters of a paper's name
constexpr std::size_t kIssuerPlaceChars = 4;   // the last character a place's kind (市, 县…) may be

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ends) {
  for (std::string_view e : ends)
    if (s.size() > e.size() && s.substr(s.size() - e.size()) == e) return true;
  return false;
}

// A heading that is no article's title: a paper's name (a masthead,
// "郑州日报") or an issuer's, a place and then an office (a notice's or
// letter's signature, "市公安局交通警察支队", "郑州市节约用水办公室"). A
// title may end so too ("乡村振兴开新局", "新添一家米其林餐厅"): an issuer
// names its place first.
bool names_paper_or_issuer(std::string_view heading) {
  heading = util::trim(heading);
  if (util::length_up_to(heading, kMaxMastheadChars + 1) <= kMaxMastheadChars &&
      ends_with_any(heading, {"日报", "晚报", "都市报", "时报", "商报", "导报", "周报", "新闻社", "电视台"}))
    return true;
  if (!ends_with_any(heading, {"局", "办公室", "委员会", "支队", "大队", "公司", "中心", "政府", "厅", "委",
                               "法院", "检察院", "集团", "协会", "办事处", "指挥部", "领导小组"}))
    return false;
  if (heading.substr(0, 6) == "中共" || heading.substr(0, 6) == "国家") return true;
  // 市公安局…, or a place's name of two to four characters and its kind
  // (郑州市…, 中牟县…, 金水区…, 黑龙江省…); not 社区… or 景区….
  std::size_t i = 0;
  for (std::size_t n = 0; n <= kIssuerPlaceChars && i < heading.size(); ++n) {
    const char32_t c = util::next(heading, i);
    if ((n == 0 || n >= 2) && (c == U'市' || c == U'县' || c == U'区' || c == U'省')) return true;
  }
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
  // One header alone is one only at the page's start (below its furniture,
  // "第A04版：城事"): elsewhere a heading over the issue's date is a story's
  // cross-head or a signature.
  if (out.size() == 1) {
    std::size_t above = lines.prev(out.front().begin);
    while (above < lines.size() && lines.kind(above) == Kind::kFurniture) above = lines.prev(above);
    if (above != lines.size()) out.clear();
  }
  return out;
}

}  // namespace kanbao::corpus
