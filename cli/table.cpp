// SPDX-License-Identifier: MIT
#include "cli/table.h"

#include <algorithm>

#include "text/width.h"

namespace kanbao::cli {

namespace {

// Columns a line takes with the shown columns at `widths`, two spaces apart.
int line_width(const std::vector<int>& widths, const std::vector<bool>& shown) {
  int total = 0;
  int count = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (!shown[c]) continue;
    total += widths[c];
    ++count;
  }
  return total + 2 * std::max(count - 1, 0);
}

// Leaves out droppable columns and narrows the shrinking one until a line
// fits `fitting.max_width`: the title keeps kReadable columns as long as
// leaving out a column can give them, and never gets fewer than kFloor.
void fit_columns(const Fitting& fitting, std::vector<int>& widths, std::vector<bool>& shown) {
  if (fitting.max_width <= 0 || fitting.shrink >= widths.size()) return;
  int& title = widths[fitting.shrink];
  const int readable = std::min(title, Fitting::kReadable);
  for (std::size_t drop : fitting.droppable) {
    if (line_width(widths, shown) - title + readable <= fitting.max_width) break;
    if (drop < shown.size() && drop != fitting.shrink) shown[drop] = false;
  }
  const int excess = line_width(widths, shown) - fitting.max_width;
  if (excess > 0) title = std::max(std::min(title, Fitting::kFloor), title - excess);
}

}  // namespace

std::string Table::render(const Fitting& fitting) const {
  std::vector<std::vector<std::string>> cells;
  cells.reserve(rows_.size() + 1);
  cells.push_back(headers_);
  for (const auto& row : rows_) {
    std::vector<std::string> clean;
    clean.reserve(row.size());
    for (const auto& cell : row) clean.push_back(text::sanitize(cell));
    cells.push_back(std::move(clean));
  }
  std::vector<int> widths(headers_.size(), 0);
  for (const auto& row : cells) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], text::display_width(row[c]));
    }
  }
  std::vector<bool> shown(widths.size(), true);
  fit_columns(fitting, widths, shown);
  std::size_t last = 0;
  for (std::size_t c = 0; c < shown.size(); ++c) {
    if (shown[c]) last = c;
  }
  std::string out;
  for (const auto& row : cells) {
    std::string line;
    for (std::size_t c = 0; c < row.size() && c <= last; ++c) {
      if (!shown[c]) continue;
      std::string cell = text::display_width(row[c]) > widths[c] ? text::truncate(row[c], widths[c]) : row[c];
      line += c == last ? cell : text::fit(cell, widths[c]) + "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace kanbao::cli
