// SPDX-License-Identifier: MIT
#include "corpus/header_title.h"

#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::size_t kMaxBrokenLine = 12;  // characters of one line of a broken title
constexpr std::size_t kMaxTail = 5;         // characters of a title's last line too short for a subtitle

// How many characters a line of a broken title has (0 when it cannot be one:
// longer than kMaxBrokenLine, holding a mark of a sentence or a list, or
// opening with a dash like a subtitle).
std::size_t broken_line_length(std::string_view line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++n) {
    const char32_t c = util::next(line, i);
    if (n >= kMaxBrokenLine || util::is_terminator(c) || c == U'，' || c == U',' || c == U'、' ||
        c == U'；' || c == U'：' || c == U':' || c == U'！' || c == U'？' || c == U'!' || c == U'?' ||
        c == U'—' || c == U'|' || c == U'｜')
      return 0;
  }
  return n;
}

std::string joined(const std::vector<std::string_view>& lines, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += lines[i];
  }
  return out;
}

}  // namespace

JoinedHeader join_broken_title(const std::vector<std::string_view>& lines) {
  JoinedHeader h;
  std::vector<std::size_t> len;
  len.reserve(lines.size());
  for (std::string_view l : lines) len.push_back(broken_line_length(l));
  std::size_t from = lines.size();  // the first line of the broken title
  if (lines.size() == 3 && len[1] > 0 && len[2] > 0) {
    from = len[0] > 0 ? 0 : 1;
  } else if (lines.size() == 2 && len[0] > 0 && len[1] > 0 && len[1] <= kMaxTail && len[1] < len[0]) {
    from = 0;
  }
  for (std::size_t i = 0; i < std::min(from, lines.size()); ++i) h.lines.emplace_back(lines[i]);
  if (from < lines.size()) {
    h.lines.push_back(joined(lines, from));
    h.joined = true;
  }
  return h;
}

std::size_t dated_title_line(const std::vector<std::string_view>& lines) {
  constexpr std::size_t kLong = 200;  // longer than any heading line
  if (lines.size() != 2) return lines.size();
  for (std::string_view l : lines) {
    if (l.find("，") != std::string_view::npos || l.find(',') != std::string_view::npos ||
        l.starts_with("—") || l.starts_with("#"))
      return lines.size();
  }
  return util::length_up_to(lines[1], kLong) > util::length_up_to(lines[0], kLong) ? 1 : lines.size();
}

}  // namespace kanbao::corpus
