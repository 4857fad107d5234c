// SPDX-License-Identifier: MIT
// The screen model: a grid of cells measured in display columns.
//
// Views draw into a Screen; only the curses backend turns it into terminal
// output. Everything put() receives goes through text::sanitize first, so no
// byte of article text reaches the terminal unfiltered. Pure C++, no curses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::tui {

// Semantic styles; the backend maps them to colours or, on monochrome
// terminals / NO_COLOR, to bold/reverse/underline so highlights still show.
enum class Style : std::uint8_t {
  kNormal,
  kDim,         // secondary text: dates, reporters, counts
  kTitle,       // article titles, headings
  kHeader,      // top line
  kStatus,      // bottom line
  kKey,         // key names in the bottom line
  kSelected,    // the selected row
  kHighlight,   // a search hit
  kCurrentHit,  // the hit n/N moved to
  kSelectedHighlight,
  kBar,  // per-month bars
  kError,
  kCount,
};

struct Cell {
  std::string glyph = " ";  // one spacing character plus any combining marks
  std::uint8_t width = 1;   // 1 or 2; 0 marks the right half of a wide character
  Style style = Style::kNormal;
  friend bool operator==(const Cell&, const Cell&) = default;
};

class Screen {
 public:
  Screen() = default;
  Screen(int rows, int cols) { resize(rows, cols); }

  void resize(int rows, int cols);
  int rows() const { return rows_; }
  int cols() const { return cols_; }
  void clear();

  // Draws `utf8` (sanitized here) from (row, col), clipped at `end_col`
  // (exclusive; -1 = right edge). Text cut at the clip edge ends in "…"
  // (never a half of a wide character). Returns the column after the last
  // one written.
  int put(int row, int col, std::string_view utf8, Style style = Style::kNormal, int end_col = -1);
  // Draws `utf8` so that it ends at `end_col` (exclusive), cut to at most
  // `columns` columns with "…": a cut before a wide character leaves the
  // free column at the left, so right-aligned text keeps its right edge.
  // Returns the column it starts at.
  int put_right(int row, int end_col, int columns, std::string_view utf8, Style style = Style::kNormal);
  // Fills columns [col, end_col) of `row` with spaces in `style`.
  void fill(int row, int col, int end_col, Style style);
  // Changes the style of columns [col, end_col) without changing text.
  void restyle(int row, int col, int end_col, Style style);

  const Cell& at(int row, int col) const { return cells_[index(row, col)]; }
  // The text of a row (wide characters once, trailing spaces kept): for tests.
  std::string row_text(int row) const;

  // Where the terminal cursor should be shown (-1: hidden).
  void set_cursor(int row, int col) { cursor_row_ = row, cursor_col_ = col; }
  int cursor_row() const { return cursor_row_; }
  int cursor_col() const { return cursor_col_; }

 private:
  std::size_t index(int row, int col) const {
    return static_cast<std::size_t>(row) * static_cast<std::size_t>(cols_) + static_cast<std::size_t>(col);
  }
  bool inside(int row, int col) const { return row >= 0 && row < rows_ && col >= 0 && col < cols_; }
  // Blanks the other half of a wide character about to be partly overwritten.
  void split_wide(int row, int col);

  int rows_ = 0, cols_ = 0;
  int cursor_row_ = -1, cursor_col_ = -1;
  std::vector<Cell> cells_;
};

}  // namespace kanbao::tui
