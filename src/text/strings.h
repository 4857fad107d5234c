// SPDX-License-Identifier: MIT
// The string helpers every module shares: white space, trim, join.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kanbao::text {

// White space, including U+3000 ideographic space, NBSP and zero-width marks:
// what newspaper pages and hand-edited configuration files pad with.
bool is_space(char32_t c);

// `s` without leading and trailing is_space() characters. Invalid bytes are
// kept (they are not space).
std::string_view trim(std::string_view s);

// The parts with `separator` between them: join({"a", "b"}, ", ") == "a, b".
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// The lines of `s`, split at each '\n' ("a\nb" -> {"a", "b"}; "" -> {}): a
// subtitle of several printed lines, say, one line each.
std::vector<std::string_view> split_lines(std::string_view s);

}  // namespace kanbao::text
