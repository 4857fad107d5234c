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

// Decodes the code point starting at s[i] and advances i past it. An invalid
// byte yields kInvalid and advances by exactly one byte, so every invalid
// byte becomes its own placeholder.
char32_t decode(std::string_view s, std::size_t& i);

// Decodes the code point ending just before s[end] (end > 0) and moves end
// back to its start. Where the bytes before `end` are not the whole of one
// valid sequence, the last byte alone is taken: kInvalid (or the ASCII
// character it is), moving end back by one. So stepping back and forth over
// any bytes visits the same code points.
char32_t decode_before(std::string_view s, std::size_t& end);

// `pos` (<= s.size()) moved back to the start of the character it falls in:
// past continuation bytes (at most three), never before 0.
std::size_t boundary_at_or_before(std::string_view s, std::size_t pos);

// Appends the UTF-8 encoding of c (which must be a valid scalar value).
void append_utf8(std::string& out, char32_t c);

}  // namespace kanbao::text
