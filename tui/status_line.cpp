// SPDX-License-Identifier: MIT
#include "tui/status_line.h"

#include <algorithm>
#include <string>
#include <vector>

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
  struct Hint {
    std::string key, label;
    int width;
  };
  std::vector<Hint> hints;
  int all = col;  // where the hints would end
  for (const Action a : line.hints) {
    const auto& keys = keymap.keys(a);
    if (keys.empty()) continue;
    Hint h{key_name(keys.front()), std::string(Keymap::short_label(a)), 0};
    h.width = text::display_width(h.key) + 1 + text::display_width(h.label);
    all += h.width + 2;
    hints.push_back(std::move(h));
  }
  // Whole hints only. When some do not fit, "…" after the last one shown
  // says so: a narrow terminal would otherwise hide that `?` and the rest
  // exist (measured, like every width, with text::display_width).
  static const std::string kMore = "…";
  const bool cut = all - 2 >= cols;
  const int room = cut ? cols - text::display_width(kMore) - 1 : cols;
  for (const Hint& h : hints) {
    if (col + h.width >= room) break;
    col = screen.put(row, col, h.key, Style::kKey);
    col = screen.put(row, col + 1, h.label, Style::kStatus) + 2;
  }
  if (cut) screen.put(row, col, kMore, Style::kStatus, cols);
}

}  // namespace kanbao::tui
