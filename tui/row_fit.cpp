// SPDX-License-Identifier: MIT
#include "tui/row_fit.h"

#include <algorithm>

namespace kanbao::tui {

RowWidths split_row(int cols, int title_width, int meta_width, int min_meta) {
  RowWidths w;
  cols = std::max(cols, 0);
  if (meta_width <= 0) {
    w.title = cols;
    return w;
  }
  w.meta = std::min(meta_width, std::max(cols - title_width, cols / 4));
  if (w.meta < std::min(min_meta, meta_width)) w.meta = 0;
  w.title = cols - w.meta;
  return w;
}

RowWidths split_row_keep_column(int cols, int title_width, int meta_width, int min_meta) {
  cols = std::max(cols, 0);
  if (meta_width > 0 && cols - meta_width >= cols / 2) return RowWidths{cols - meta_width, meta_width};
  return split_row(cols, title_width, meta_width, min_meta);
}

}  // namespace kanbao::tui
