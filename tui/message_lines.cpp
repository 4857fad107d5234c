// SPDX-License-Identifier: MIT
#include "tui/message_lines.h"

#include "text/width.h"
#include "text/wrap.h"

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

}  // namespace kanbao::tui
