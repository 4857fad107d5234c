// SPDX-License-Identifier: MIT
// display_width(), sanitize(), truncate(), fit().
//
// Widths follow glibc's wcwidth() (which ncursesw uses to place characters):
// East Asian Width W/F -> 2, nonspacing/enclosing marks and format characters
// -> 0 (except SOFT HYPHEN), Hangul medial/final jamo -> 0, everything else 1.
// We take the properties from ICU; the Unicode versions of ICU and glibc on a
// given system match closely enough, and the test suite checks the two agree.
#include "text/width.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace kanbao::text {
namespace {

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

// Invisible characters that reorder text (Trojan Source) or break lines.
bool is_dangerous_format(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

// Written once at start-up (before any other thread exists), read after.
int g_ambiguous_width = 1;

}  // namespace

void set_ambiguous_width(int columns) { g_ambiguous_width = columns == 2 ? 2 : 1; }
int ambiguous_width() { return g_ambiguous_width; }

int display_width(char32_t c) {
  if (c >= 0x20 && c < 0x7F) return 1;
  // CJK Unified Ideographs and Extension A, most of a Chinese text: East
  // Asian Width W, letters, none of the exceptions below (asked of ICU per
  // character, they were a tenth of a one-character search's instructions).
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) return 2;
  if (is_control(c) || is_dangerous_format(c) || c == kInvalid) return 1;  // placeholder
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 1;
  if (c == 0x00AD) return 1;
  if ((c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF) || c == 0x200B) return 0;
  // glibc draws these wide although Unicode calls them ambiguous/neutral.
  if ((c >= 0x3248 && c <= 0x324F) || (c >= 0x4DC0 && c <= 0x4DFF)) return 2;
  const auto uc = static_cast<UChar32>(c);
  // Prepended concatenation marks (U+0600 ARABIC NUMBER SIGN, ...) are
  // format characters that glibc gives a visible column.
  if (u_hasBinaryProperty(uc, UCHAR_PREPENDED_CONCATENATION_MARK)) return 1;
  const auto cat = u_charType(uc);
  if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_FORMAT_CHAR) return 0;
  const auto eaw = u_getIntPropertyValue(uc, UCHAR_EAST_ASIAN_WIDTH);
  if (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) return 2;
  if (eaw == U_EA_AMBIGUOUS && g_ambiguous_width == 2 && c >= 0xA0) return 2;
  return 1;
}

int display_width(std::string_view utf8) {
  int width = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b >= 0x20 && b < 0x7F) {  // fast path for ASCII
      ++width;
      ++i;
      continue;
    }
    width += display_width(decode(utf8, i));
  }
  return width;
}

bool is_unsafe_for_terminal(char32_t c) { return is_control(c) || is_dangerous_format(c); }

std::string sanitize(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b >= 0x20 && b < 0x7F) {
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    const char32_t c = decode(utf8, i);
    if (c == U'\t') {
      out += ' ';
    } else if (c < 0x20) {
      append_utf8(out, 0x2400 + c);  // ␀..␟ (␛ for ESC)
    } else if (c == 0x7F) {
      append_utf8(out, 0x2421);  // ␡
    } else if (c == kInvalid || (c >= 0x80 && c < 0xA0) || is_dangerous_format(c)) {
      append_utf8(out, 0xFFFD);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

namespace {

// Byte length of the longest prefix of `s` that fits in `columns`, including
// zero-width characters that follow the last one kept. `used` gets its width.
std::size_t fitting_prefix(std::string_view s, int columns, int& used) {
  used = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i;
    const int w = display_width(decode(s, next));
    if (used + w > columns) break;
    used += w;
    i = next;
  }
  return i;
}

}  // namespace

std::string truncate(std::string_view utf8, int columns, std::string_view ellipsis) {
  if (columns <= 0) return {};
  if (display_width(utf8) <= columns) return std::string(utf8);
  const int ellipsis_width = display_width(ellipsis);
  if (ellipsis_width > columns) ellipsis = {};
  int used = 0;
  const std::size_t n = fitting_prefix(utf8, columns - display_width(ellipsis), used);
  std::string out(utf8.substr(0, n));
  out += ellipsis;
  return out;
}

std::string fit(std::string_view utf8, int columns) {
  if (columns <= 0) return {};
  int used = 0;
  const std::size_t n = fitting_prefix(utf8, columns, used);
  std::string out(utf8.substr(0, n));
  out.append(static_cast<std::size_t>(columns - used), ' ');
  return out;
}

}  // namespace kanbao::text
