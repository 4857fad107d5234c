// SPDX-License-Identifier: MIT
// Which views the three-pane layout (`v`) shows, and where.
//
// The panes follow the reading path: a list on the left, the list below it in
// the middle, the article on the right. While a list is on top, the article
// pane previews its selection; once the article itself is open (the reader
// is on top), the panes shift so the reader takes the right pane and the list
// it came from the middle one, so no columns are left blank.
#pragma once

#include <cstddef>

namespace kanbao::tui {

struct PaneRect {
  int col = 0, cols = 0;
};

struct PanePlan {
  // Indexes into the view stack (-1: the pane is not used). `preview` means
  // the right pane shows a preview of the middle view's selection.
  int left = -1, middle = -1, right = -1;
  bool preview = false;
  PaneRect left_rect, middle_rect, right_rect;  // columns; separators between
};

// What the top view is, for planning.
enum class TopKind { kList, kReader, kOther };

// Plans the panes for a stack of `views` views (the last on top) on a body
// `cols` wide: a list on top previews its selection in the right pane; a
// reader on top takes the right pane with its list in the middle; anything
// else (help) takes the right pane beside the view below it. Columns are
// split so that every column is used: left 32 (less on narrow screens),
// middle two fifths of the rest, right the remainder.
PanePlan plan_panes(std::size_t views, TopKind top, int cols);

}  // namespace kanbao::tui
