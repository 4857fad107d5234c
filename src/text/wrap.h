// SPDX-License-Identifier: MIT
// Line breaking for Chinese body text: ICU's line breaker (zh) plus kinsoku.
//
// No line starts with closing punctuation (，。、；：？！”」』）》 ...) and none
// ends with an opening one (“「『（《 ...); numbers stay with what follows them
// (87.9万, 2023年), Latin words are not split unless a word is wider than the
// line. Every line fits the width exactly (no hanging punctuation).
#pragma once

#include <unicode/uversion.h>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace kanbao::text {

struct WrappedLine {
  std::size_t begin = 0;  // byte range into the wrapped text (trailing spaces excluded)
  std::size_t end = 0;
  int width = 0;  // display columns of [begin, end)
};

class Wrapper {
 public:
  Wrapper();
  ~Wrapper();
  Wrapper(const Wrapper&) = delete;
  Wrapper& operator=(const Wrapper&) = delete;

  // Wraps `utf8` to `width` columns; the first line has `first_indent`
  // columns less room (the paragraph indent). Empty text gives no lines.
  std::vector<WrappedLine> wrap(std::string_view utf8, int width, int first_indent = 0) const;

 private:
  std::unique_ptr<icu::BreakIterator> breaker_;  // null if ICU has no zh rules
};

// True for characters that must not begin a line / end a line.
bool no_line_start(char32_t c);
bool no_line_end(char32_t c);

}  // namespace kanbao::text
