// SPDX-License-Identifier: MIT
#include "corpus/readers.h"

#include <algorithm>
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

// The first space (ASCII, tab, U+3000 or U+00A0) within the bytes of the
// first kMaxHeading + 1 characters: where a glued heading would end.
std::optional<std::size_t> first_space(std::string_view line) {
  const std::size_t end = std::min(line.size(), (kMaxHeading + 1) * 3);
  for (std::size_t i = 0; i < end; ++i) {
    const auto b = static_cast<unsigned char>(line[i]);
    if (b == ' ' || b == '\t' || (b == 0xE3 && line.substr(i, 3) == "\u3000") ||
        (b == 0xC2 && line.substr(i, 2) == "\u00A0"))
      return i;
  }
  return std::nullopt;
}

// line[0, end) reads as a heading: two to kMaxHeading characters, no punctuation.
bool heading_before(std::string_view line, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < end; ++n) {
    const char32_t c = util::next(line, i);
    if (util::is_terminator(c) || c == U'，' || c == U',' || c == U'、') return false;
  }
  return n >= 2 && n <= kMaxHeading;
}

}  // namespace

std::optional<ReaderItem> match_reader_item(std::string_view line) {
  if (const auto text = speaker_at(line, 0)) return ReaderItem{0, *text};
  // A glued heading ends at a space near the start: most lines hold none
  // there, or no speaker after it, and are passed over without being read.
  const auto space = first_space(line);
  if (!space) return std::nullopt;
  std::size_t after = *space;
  while (after < line.size()) {
    std::size_t j = after;
    if (!util::is_space(util::next(line, j))) break;
    after = j;
  }
  const auto text = speaker_at(line, after);
  if (!text || !heading_before(line, *space)) return std::nullopt;
  return ReaderItem{*space, *text};
}

}  // namespace kanbao::corpus
