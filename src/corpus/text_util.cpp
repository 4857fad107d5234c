// SPDX-License-Identifier: MIT
#include "corpus/text_util.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace kanbao::corpus::util {

// The codec is text/utf8.h's; the parser sees U+FFFD where it sees kInvalid.
char32_t next(std::string_view s, std::size_t& i) {
  const char32_t c = text::decode(s, i);
  return c == text::kInvalid ? kReplacement : c;
}

char32_t prev(std::string_view s, std::size_t& end) {
  const char32_t c = text::decode_before(s, end);
  return c == text::kInvalid ? kReplacement : c;
}

void append(std::string& out, char32_t c) { text::append_utf8(out, c); }

void append_unspaced(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    if (!is_space(next(s, i))) out.append(s.substr(at, i - at));
  }
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
int digit_value(char32_t c) { return c <= '9' ? static_cast<int>(c - '0') : static_cast<int>(c - 0xFF10); }

std::size_t length_up_to(std::string_view s, std::size_t limit) {
  // A code point takes at most 4 bytes (an invalid byte counts as one).
  if (limit <= s.size() / 4) return limit;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size() && n < limit; ++n) next(s, i);
  return n;
}

char32_t last(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t e = s.size();
  return prev(s, e);
}

std::string_view strip_lost_indent(std::string_view line) {
  std::size_t run = 0;
  while (run < line.size() && line[run] == '?') ++run;
  if (run == 0 || run == line.size()) return line;
  std::size_t i = run;
  const char32_t after = next(line, i);
  if (!is_space(after) && after < 0x80) return line;  // "?a": no lost space
  return trim(line.substr(run));
}

bool is_closing(char32_t c) {
  switch (c) {
    case U'”':
    case U'’':
    case U'」':
    case U'』':
    case U'）':
    case U')':
    case U'》':
    case U'】':
      return true;
    default:
      return false;
  }
}

bool is_terminator(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'!':
    case U'?':
    case U'…':
    case U'；':
    case U';':
    case U'：':
    case U':':
      return true;
    default:
      return false;
  }
}

std::string_view strip_closing(std::string_view s) {
  std::size_t e = s.size();
  for (int k = 0; k < 16 && e > 0; ++k) {
    std::size_t j = e;
    if (!is_closing(prev(s, j))) break;
    e = j;
  }
  return s.substr(0, e);
}

bool has_any(std::string_view s, std::u32string_view set) {
  for (std::size_t i = 0; i < s.size();)
    if (set.find(next(s, i)) != std::u32string_view::npos) return true;
  return false;
}

namespace {

// Traditional -> simplified, for the words of datelines and bylines only
// (names and text are left as printed).
constexpr std::u32string_view kTraditional = U"員圖國實導記訊訪週電報據攝習約網華編輯聞視際見";
constexpr std::u32string_view kSimplified = U"员图国实导记讯访周电报据摄习约网华编辑闻视际见";

// The first two bytes of a 3-byte UTF-8 sequence as 10 bits.
constexpr std::size_t prefix_bits(unsigned char b0, unsigned char b1) {
  return (static_cast<std::size_t>(b0 & 0x0F) << 6) | (b1 & 0x3F);
}

// Which first-two-byte prefixes a traditional form above has: most text
// is passed over by this test alone (this is asked of every line).
std::array<bool, 1024> traditional_prefixes() {
  std::array<bool, 1024> table{};
  for (char32_t c : kTraditional) table[((c >> 12) << 6) | ((c >> 6) & 0x3F)] = true;
  return table;
}

}  // namespace

std::size_t find_within(std::string_view s, std::size_t from, std::size_t chars, std::string_view word) {
  std::size_t i = from;
  for (std::size_t n = 0; n < chars && i < s.size(); ++n) {
    if (s[i] == word.front() && s.compare(i, word.size(), word) == 0) return i;
    const auto b = static_cast<unsigned char>(s[i]);
    i += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  }
  return std::string_view::npos;
}

bool fold_traditional(std::string_view s, std::size_t from, std::size_t to, std::string& out) {
  static_assert(kTraditional.size() == kSimplified.size());
  static const std::array<bool, 1024> prefixes = traditional_prefixes();
  to = std::min(to, s.size());
  while (from < to && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;  // a character's start
  bool folded = false;
  for (std::size_t i = from; i + 2 < to;) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if ((b0 & 0xF0) != 0xE0) {
      ++i;
      continue;
    }
    if (!prefixes[prefix_bits(b0, static_cast<unsigned char>(s[i + 1]))]) {
      i += 3;
      continue;
    }
    std::size_t j = i;
    const std::size_t k = kTraditional.find(next(s, j));
    if (k != std::u32string_view::npos && j == i + 3) {
      if (!folded) out.assign(s);
      folded = true;
      std::string simple;
      append(simple, kSimplified[k]);
      out.replace(i, 3, simple);
    }
    i = j;
  }
  return folded;
}

}  // namespace kanbao::corpus::util
