// SPDX-License-Identifier: MIT
// Small UTF-8 helpers shared by the corpus parser (internal header).
// All functions accept arbitrary bytes: an invalid byte decodes as U+FFFD and
// counts as one code point, so malformed input can never cause an overrun.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/strings.h"

namespace kanbao::corpus::util {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at s[i] and advances i (by 1 on an invalid byte).
char32_t next(std::string_view s, std::size_t& i);
// Decodes the code point ending just before s[end] and moves end back to its start.
char32_t prev(std::string_view s, std::size_t& end);
void append(std::string& out, char32_t c);
// Appends `s` to `out` with every is_space() character left out ("· 广告 ·"
// -> "·广告·"; a title broken over lines compared as one).
void append_unspaced(std::string& out, std::string_view s);

// White space and trimming are the tree's one pair (text/strings.h).
using text::is_space;
using text::trim;
// CJK unified ideographs (all blocks).
bool is_han(char32_t c);
// 0-9 and full-width ０-９; digit_value is only meaningful when is_digit.
bool is_digit(char32_t c);
int digit_value(char32_t c);

// Number of code points, counting at most `limit` (so callers can ask "is it short?" cheaply).
std::size_t length_up_to(std::string_view s, std::size_t limit);
// The last code point of s, or 0 if s is empty.
char32_t last(std::string_view s);

// A page that went through a lossy conversion shows the full-width spaces
// of an indent as ASCII `?` ("????本报讯 …"): `line` (trimmed) without such
// a run and the spaces after it. Only a run followed by a space or a
// non-ASCII character counts; `line` as it is otherwise.
std::string_view strip_lost_indent(std::string_view line);

// Closing quotes and brackets that may follow a sentence terminator: ”’」』）)》】
bool is_closing(char32_t c);
// 。！？!?…；;：: - a paragraph ending in one of these really ends there.
bool is_terminator(char32_t c);
// s holds one of the code points in `set`.
bool has_any(std::string_view s, std::u32string_view set);
// s without trailing closing brackets (looks at most at the last 16 of them).
std::string_view strip_closing(std::string_view s);

// The byte offset of `word` (UTF-8) in s at one of the first `chars`
// character starts from `from`, or npos. Reads by lead bytes only: cheaper
// than a search for a short span of Han text.
std::size_t find_within(std::string_view s, std::size_t from, std::size_t chars, std::string_view word);

// Pages from sites that print traditional characters (报 as 報, 记者 as 記者)
// carry the same datelines and roles. When s[from, to) holds one of the
// traditional forms of the words that mark a lead or a byline (報 訊 電 據
// 網 記 攝 員 華 …), `out` becomes s with those folded to their simplified
// forms and the result is true; else out is untouched. Each fold keeps the
// byte length (all are 3-byte UTF-8), so offsets into `out` are offsets
// into s. Cheap on text without them: most bytes are passed over unread.
bool fold_traditional(std::string_view s, std::size_t from, std::size_t to, std::string& out);

}  // namespace kanbao::corpus::util
