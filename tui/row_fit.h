// SPDX-License-Identifier: MIT
// How a list row shares its columns between a title and its metadata
// (district, reporter, date, hit count) on any width: the title gets the
// space, metadata shrinks first and goes when too little is left for it.
// Cut text is marked with "…" by Screen::put.
#pragma once

namespace kanbao::tui {

struct RowWidths {
  int title = 0;  // columns for the title
  int meta = 0;   // columns for the metadata (0: not shown)
};

// Splits `cols` (gaps excluded) between a title `title_width` wide and
// metadata `meta_width` wide. The metadata gets what the full title leaves,
// and never more than its own width; when the title needs everything, the
// metadata keeps at most a quarter, and nothing if that is under
// `min_meta` columns.
RowWidths split_row(int cols, int title_width, int meta_width, int min_meta = 6);

// Like split_row, for rows whose metadata is a column read down the list
// (search results: hits · date · paper): the metadata keeps its full width
// while the title still gets at least half of `cols`, so a long title is
// the one cut, not the column; only narrower rows shrink it as split_row.
RowWidths split_row_keep_column(int cols, int title_width, int meta_width, int min_meta = 6);

}  // namespace kanbao::tui
