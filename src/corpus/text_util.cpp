// SPDX-License-Identifier: MIT
#include "corpus/text_util.h"

namespace kanbao::corpus::util {

char32_t next(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  std::size_t len = 0;
  char32_t c = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, c = b0 & 0x1Fu, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, c = b0 & 0x0Fu, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, c = b0 & 0x07u, min = 0x10000;
  } else {
    ++i;
    return kReplacement;
  }
  if (s.size() - i < len) {
    ++i;
    return kReplacement;
  }
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0u) != 0x80u) {
      ++i;
      return kReplacement;
    }
    c = (c << 6) | (b & 0x3Fu);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += len;
  return c;
}

char32_t prev(std::string_view s, std::size_t& end) {
  // Step back over up to three continuation bytes, then check that the
  // sequence found there decodes to exactly [start, end).
  std::size_t start = end - 1;
  for (int k = 0; k < 3 && start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u; ++k) --start;
  std::size_t i = start;
  const char32_t c = next(s, i);
  if (i == end && !(c == kReplacement && end - start == 1 && static_cast<unsigned char>(s[start]) >= 0x80)) {
    end = start;
    return c;
  }
  --end;
  return static_cast<unsigned char>(s[end]) < 0x80 ? static_cast<char32_t>(s[end]) : kReplacement;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool is_space(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x00A0: case 0x1680: case 0x200B: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }
int digit_value(char32_t c) { return c <= '9' ? static_cast<int>(c - '0') : static_cast<int>(c - 0xFF10); }

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t i = b;
    if (!is_space(next(s, i))) break;
    b = i;
  }
  std::size_t e = s.size();
  while (e > b) {
    std::size_t j = e;
    if (!is_space(prev(s, j))) break;
    e = j;
  }
  return s.substr(b, e - b);
}

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

bool is_closing(char32_t c) {
  switch (c) {
    case U'”': case U'’': case U'」': case U'』': case U'）': case U')': case U'》': case U'】':
      return true;
    default:
      return false;
  }
}

bool is_terminator(char32_t c) {
  switch (c) {
    case U'。': case U'！': case U'？': case U'!': case U'?': case U'…': case U'；': case U';': case U'：':
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

}  // namespace kanbao::corpus::util
