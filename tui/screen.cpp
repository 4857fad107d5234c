// SPDX-License-Identifier: MIT
#include "tui/screen.h"

#include <algorithm>

#include "text/utf8.h"
#include "text/width.h"

namespace kanbao::tui {

void Screen::resize(int rows, int cols) {
  rows_ = std::max(rows, 0);
  cols_ = std::max(cols, 0);
  cells_.assign(static_cast<std::size_t>(rows_) * static_cast<std::size_t>(cols_), Cell{});
  cursor_row_ = cursor_col_ = -1;
}

void Screen::clear() {
  std::fill(cells_.begin(), cells_.end(), Cell{});
  cursor_row_ = cursor_col_ = -1;
}

void Screen::split_wide(int row, int col) {
  if (!inside(row, col)) return;
  Cell& cell = cells_[index(row, col)];
  if (cell.width == 0 && col > 0) {
    cells_[index(row, col - 1)] = Cell{" ", 1, cells_[index(row, col - 1)].style};
  } else if (cell.width == 2 && col + 1 < cols_) {
    cells_[index(row, col + 1)] = Cell{" ", 1, cell.style};
  }
}

int Screen::put(int row, int col, std::string_view utf8, Style style, int end_col) {
  if (row < 0 || row >= rows_) return col;
  if (end_col < 0 || end_col > cols_) end_col = cols_;
  std::string clean = text::sanitize(utf8);
  // Every cut is marked: text that does not fit ends in "…" at the clip edge.
  if (col >= 0 && col < end_col && col + text::display_width(clean) > end_col) {
    clean = text::truncate(clean, end_col - col);
  }
  std::size_t i = 0;
  int last = -1;  // column of the last spacing character written, for combining marks
  while (i < clean.size()) {
    const std::size_t start = i;
    const char32_t c = text::decode(clean, i);
    const int w = text::display_width(c);
    if (w == 0) {
      if (last >= 0) cells_[index(row, last)].glyph.append(clean, start, i - start);
      continue;
    }
    if (col + w > end_col) {
      if (col < end_col && col >= 0) {  // a wide character straddling the edge
        split_wide(row, col);
        cells_[index(row, col)] = Cell{" ", 1, style};
        ++col;
      }
      break;
    }
    if (col >= 0) {
      split_wide(row, col);
      if (w == 2) split_wide(row, col + 1);
      cells_[index(row, col)] = Cell{clean.substr(start, i - start), static_cast<std::uint8_t>(w), style};
      if (w == 2) cells_[index(row, col + 1)] = Cell{"", 0, style};
      last = col;
    }
    col += w;
  }
  return col;
}

int Screen::put_right(int row, int end_col, int columns, std::string_view utf8, Style style) {
  const std::string clean = text::truncate(text::sanitize(utf8), std::max(columns, 0));
  const int start = end_col - text::display_width(clean);
  put(row, start, clean, style, end_col);
  return start;
}

void Screen::fill(int row, int col, int end_col, Style style) {
  if (row < 0 || row >= rows_) return;
  col = std::max(col, 0);
  end_col = std::min(end_col, cols_);
  for (int c = col; c < end_col; ++c) {
    split_wide(row, c);
    cells_[index(row, c)] = Cell{" ", 1, style};
  }
}

void Screen::restyle(int row, int col, int end_col, Style style) {
  if (row < 0 || row >= rows_) return;
  col = std::max(col, 0);
  end_col = std::min(end_col, cols_);
  for (int c = col; c < end_col; ++c) cells_[index(row, c)].style = style;
}

std::string Screen::row_text(int row) const {
  std::string out;
  if (row < 0 || row >= rows_) return out;
  for (int c = 0; c < cols_; ++c) {
    const Cell& cell = cells_[index(row, c)];
    if (cell.width != 0) out += cell.glyph;
  }
  return out;
}

}  // namespace kanbao::tui
