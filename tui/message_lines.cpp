// SPDX-License-Identifier: MIT
#include "tui/message_lines.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "text/width.h"
#include "text/wrap.h"
#include "tui/i18n.h"

namespace kanbao::tui {

std::vector<std::string> wrap_message(const std::string& message, int width, int max_lines) {
  std::vector<std::string> out;
  if (width <= 0 || max_lines <= 0) return out;
  static const text::Wrapper wrapper;
  const std::string clean = text::sanitize(message);
  const auto lines = wrapper.wrap(clean, width);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (static_cast<int>(out.size()) == max_lines - 1 && i + 1 < lines.size()) {
      // The rest does not fit: the last line shows where it was cut.
      out.push_back(text::truncate(std::string_view(clean).substr(lines[i].begin), width));
      break;
    }
    out.push_back(clean.substr(lines[i].begin, lines[i].end - lines[i].begin));
  }
  return out;
}

std::string too_small_notice(int cols, int rows, int min_cols, int min_rows) {
  const std::string candidates[] = {
      trf("窗口太小 {}x{}，至少 {}x{}", cols, rows, min_cols, min_rows),
      trf("{}x{}，至少 {}x{}", cols, rows, min_cols, min_rows),
      fmt::format("{}x{}<{}x{}", cols, rows, min_cols, min_rows),
      fmt::format("{}x{}", min_cols, min_rows),
  };
  for (const auto& c : candidates) {
    if (text::display_width(c) <= cols) return c;
  }
  return text::truncate(candidates[std::size(candidates) - 1], std::max(cols, 0));
}

}  // namespace kanbao::tui
