// SPDX-License-Identifier: MIT
// Strict UTF-8 decoding and encoding shared by src/text and the browser.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kanbao::text {

// Sentinel returned by decode() for a byte that does not start a valid
// sequence (overlong forms, surrogates, > U+10FFFF, truncated sequences).
inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// The general cases of decode() and decode_before() below (every input):
// those inline only take the two forms nearly all Chinese text is made of.
char32_t decode_any(std::string_view s, std::size_t& i);
char32_t decode_any_before(std::string_view s, std::size_t& end);

namespace detail {
// The scalar value of a well-formed 3-byte sequence b0 b1 b2, or kInvalid
// (not a 3-byte lead, a missing continuation, overlong or a surrogate).
inline char32_t three_bytes(unsigned char b0, unsigned char b1, unsigned char b2) {
  if ((b0 & 0xF0u) != 0xE0u || (b1 & 0xC0u) != 0x80u || (b2 & 0xC0u) != 0x80u) return kInvalid;
  const char32_t c = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
  return c < 0x800 || (c >= 0xD800 && c <= 0xDFFF) ? kInvalid : c;
}
}  // namespace detail

// Decodes the code point starting at s[i] (i < s.size()) and advances i past
// it. An invalid byte yields kInvalid and advances by exactly one byte, so
// every invalid byte becomes its own placeholder. Inline for ASCII and the
// 3-byte forms of CJK text: the parser decodes every line several times.
inline char32_t decode(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if (i + 2 < s.size()) {
    const char32_t c =
        detail::three_bytes(b0, static_cast<unsigned char>(s[i + 1]), static_cast<unsigned char>(s[i + 2]));
    if (c != kInvalid) {
      i += 3;
      return c;
    }
  }
  return decode_any(s, i);
}

// Decodes the code point ending just before s[end] (end > 0) and moves end
// back to its start. Where the bytes before `end` are not the whole of one
// valid sequence, the last byte alone is taken: kInvalid (or the ASCII
// character it is), moving end back by one. So stepping back and forth over
// any bytes visits the same code points.
inline char32_t decode_before(std::string_view s, std::size_t& end) {
  const auto last = static_cast<unsigned char>(s[end - 1]);
  if (last < 0x80) {
    --end;
    return last;
  }
  if (end >= 3) {
    const char32_t c = detail::three_bytes(static_cast<unsigned char>(s[end - 3]),
                                           static_cast<unsigned char>(s[end - 2]), last);
    if (c != kInvalid) {
      end -= 3;
      return c;
    }
  }
  return decode_any_before(s, end);
}

// `pos` (<= s.size()) moved back to the start of the character it falls in:
// past continuation bytes (at most three), never before 0.
std::size_t boundary_at_or_before(std::string_view s, std::size_t pos);

// Appends the UTF-8 encoding of c (which must be a valid scalar value).
void append_utf8(std::string& out, char32_t c);

}  // namespace kanbao::text
