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

}  // namespace

bool is_date_alone(std::string_view line) {
  line = util::trim(line);
  if (line.size() < 8 || line.size() > 20 || digits_at(line, 0, 4) != 4) return false;
  std::size_t at = 4;
  for (std::string_view han : {std::string_view("年"), std::string_view("月")}) {
    const std::size_t sep = separator_at(line, at, han);
    if (sep == 0) return false;
    at += sep;
    const std::size_t n = digits_at(line, at, 2);
    if (n == 0) return false;
    at += n;
  }
  if (line.substr(at) == "日") at = line.size();
  return at == line.size();
}

std::vector<DatedHeader> dated_headers(const Lines& lines) {
  std::vector<DatedHeader> out;
  for (std::size_t d = 0; d < lines.size(); ++d) {
    if (lines.kind(d) != Kind::kFurniture || !is_date_alone(lines.text(d))) continue;
    std::size_t begin = d;
    std::size_t headings = 0;
    std::size_t tags = 0;
    for (std::size_t p = lines.prev(begin); p < lines.size(); p = lines.prev(begin)) {
      const Kind k = lines.kind(p);
      if (k == Kind::kHeading && headings < kMaxHeadings && tags == 0) {
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
  return out;
}

}  // namespace kanbao::corpus
