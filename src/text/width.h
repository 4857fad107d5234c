// SPDX-License-Identifier: MIT
// Display width and terminal-safe text: the one place kanbao measures text.
//
// Every column count in kanbao (the CLI's aligned tables, the browser's rows,
// wrapping, truncation) comes from display_width() below, which agrees with
// what ncursesw draws through the C library's wcwidth() in a UTF-8 locale:
// East Asian Wide and Fullwidth characters take two columns, ambiguous ones
// (“ ” · — …) one (or two: set_ambiguous_width), combining marks zero.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kanbao::text {

// East Asian Ambiguous characters (“ ” · — … ①, Greek, Cyrillic) are one
// column wide by default, as glibc's wcwidth() says; many Chinese terminals
// draw them two wide (`ambiguous_width = 2` in the configuration). The
// setting is process-wide: set it once at start-up, before measuring.
void set_ambiguous_width(int columns);  // 1 or 2 (anything else: 1)
int ambiguous_width();

// Columns taken by one code point: 0, 1 or 2. Control characters count as the
// width of their placeholder (see sanitize()).
int display_width(char32_t c);

// Columns taken by a UTF-8 string (invalid bytes count as one column each,
// as their U+FFFD placeholder does).
int display_width(std::string_view utf8);

// Replaces every byte that must not reach a terminal: C0/C1 controls (ESC,
// BEL, backspace, CR...), DEL, bidi overrides, and invalid UTF-8, with visible
// placeholders (U+241B ␛ for ESC, U+FFFD for invalid bytes, ...). Tabs become
// one space. The result is valid UTF-8 and safe to print.
std::string sanitize(std::string_view utf8);

// Whether sanitize() replaces the code point `c`: C0/C1 controls (tab
// included), DEL, and the bidi and line-separator format characters.
bool is_unsafe_for_terminal(char32_t c);

// The longest prefix of `utf8` that fits in `columns`, ending with `ellipsis`
// when something was cut. Never splits a character; never exceeds `columns`.
std::string truncate(std::string_view utf8, int columns, std::string_view ellipsis = "…");

// `utf8` truncated or padded with spaces to exactly `columns` display columns
// (a double-width character that would straddle the edge becomes a space).
std::string fit(std::string_view utf8, int columns);

}  // namespace kanbao::text
