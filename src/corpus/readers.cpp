// SPDX-License-Identifier: MIT
#include "corpus/readers.h"

#include <array>

#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::array<std::string_view, 10> kRoles{"市民", "读者", "网友", "居民", "村民",
                                                  "家长", "乘客", "游客", "车主", "业主"};
constexpr std::size_t kMaxName = 4;
constexpr std::size_t kMaxHeading = 24;

// A speaker at s[i] ("市民王女士："): the offset past its colon.
std::optional<std::size_t> speaker_at(std::string_view s, std::size_t i) {
  bool role = false;
  for (auto r : kRoles) role = role || s.substr(i, r.size()) == r;
  if (!role) return std::nullopt;
  i += 6;  // every role is two Han characters
  for (std::size_t n = 0; n <= kMaxName && i < s.size(); ++n) {
    const char32_t c = util::next(s, i);
    if (c == U'：' || c == U':') return n >= 1 ? std::optional<std::size_t>(i) : std::nullopt;
    if (!util::is_han(c)) return std::nullopt;
  }
  return std::nullopt;
}

// A glued heading and its space at the start of s: the offset of what
// follows the space, or nullopt.
std::optional<std::size_t> glued_heading_end(std::string_view s, std::size_t& heading_end) {
  std::size_t i = 0;
  for (std::size_t n = 0; n <= kMaxHeading && i < s.size(); ++n) {
    const std::size_t at = i;
    const char32_t c = util::next(s, i);
    if (util::is_space(c)) {
      if (n < 2) return std::nullopt;
      heading_end = at;
      while (i < s.size()) {
        std::size_t j = i;
        if (!util::is_space(util::next(s, j))) break;
        i = j;
      }
      return i;
    }
    if (util::is_terminator(c) || c == U'，' || c == U',' || c == U'、') return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<ReaderItem> match_reader_item(std::string_view line) {
  if (const auto text = speaker_at(line, 0)) return ReaderItem{0, *text};
  std::size_t heading_end = 0;
  const auto after = glued_heading_end(line, heading_end);
  if (!after) return std::nullopt;
  if (const auto text = speaker_at(line, *after)) return ReaderItem{heading_end, *text};
  return std::nullopt;
}

}  // namespace kanbao::corpus
