// SPDX-License-Identifier: MIT
#include "tui/status_line.h"

#include <algorithm>

#include "text/width.h"
#include "tui/message_lines.h"

namespace kanbao::tui {

void render_status_line(Screen& screen, const StatusLine& line, const Keymap& keymap) {
  const int row = screen.rows() - 1, cols = screen.cols();
  if (!line.message.empty()) {
    const auto lines = wrap_message(line.message, cols - 2, std::max(screen.rows() / 2, 1));
    const Style style = line.error ? Style::kError : Style::kStatus;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const int y = row - static_cast<int>(lines.size() - 1 - i);
      screen.fill(y, 0, cols, style);
      screen.put(y, 1, lines[i], style, cols - 1);
    }
    return;
  }
  int col = 1;
  if (!line.count.empty()) col = screen.put(row, col, line.count, Style::kKey) + 2;
  for (const Action a : line.hints) {
    const auto& keys = keymap.keys(a);
    if (keys.empty()) continue;
    const std::string k = key_name(keys.front());
    const std::string label = std::string(Keymap::short_label(a));
    if (col + text::display_width(k) + 1 + text::display_width(label) >= cols) break;
    col = screen.put(row, col, k, Style::kKey);
    col = screen.put(row, col + 1, label, Style::kStatus) + 2;
  }
}

}  // namespace kanbao::tui
