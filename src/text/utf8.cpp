// SPDX-License-Identifier: MIT
#include "text/utf8.h"

namespace kanbao::text {

char32_t decode_any(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  char32_t c = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, c = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, c = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, c = b0 & 0x07u, min = 0x10000;
  } else {
    ++i;
    return kInvalid;
  }
  if (i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return kInvalid;
  }
  for (int k = 1; k < len; ++k) {
    const unsigned char b = byte(i + static_cast<std::size_t>(k));
    if ((b & 0xC0) != 0x80) {
      ++i;
      return kInvalid;
    }
    c = (c << 6) | (b & 0x3Fu);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++i;
    return kInvalid;
  }
  i += static_cast<std::size_t>(len);
  return c;
}

std::size_t boundary_at_or_before(std::string_view s, std::size_t pos) {
  const auto continuation = [&](std::size_t k) {
    return (static_cast<unsigned char>(s[k]) & 0xC0u) == 0x80u;
  };
  for (int k = 0; k < 3 && pos > 0 && pos < s.size() && continuation(pos); ++k) --pos;
  return pos;
}

char32_t decode_any_before(std::string_view s, std::size_t& end) {
  // Step back over up to three continuation bytes, then check that the
  // sequence found there decodes to exactly [start, end).
  std::size_t start = end - 1;
  for (int k = 0; k < 3 && start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u; ++k) --start;
  std::size_t i = start;
  const char32_t c = decode(s, i);
  if (i == end && c != kInvalid) {
    end = start;
    return c;
  }
  --end;
  return static_cast<unsigned char>(s[end]) < 0x80 ? static_cast<char32_t>(s[end]) : kInvalid;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace kanbao::text
