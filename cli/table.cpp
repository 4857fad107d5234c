// SPDX-License-Identifier: MIT
#include "cli/table.h"

#include <algorithm>

#include "text/width.h"

namespace kanbao::cli {

std::string Table::render(int max_width, std::size_t shrink) const {
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
  if (max_width > 0 && shrink < widths.size()) {
    int total = 0;
    for (int w : widths) total += w;
    total += 2 * static_cast<int>(widths.size() - 1);
    if (total > max_width) widths[shrink] = std::max(8, widths[shrink] - (total - max_width));
  }
  std::string out;
  for (const auto& row : cells) {
    std::string line;
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      bool last = c + 1 == widths.size();
      std::string cell = text::display_width(row[c]) > widths[c] ? text::truncate(row[c], widths[c]) : row[c];
      line += last ? cell : text::fit(cell, widths[c]) + "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace kanbao::cli
