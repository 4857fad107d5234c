// SPDX-License-Identifier: MIT
#include "tui/panes.h"

#include <algorithm>

namespace kanbao::tui {

PanePlan plan_panes(std::size_t views, TopKind top, int cols) {
  PanePlan p;
  const int n = static_cast<int>(views);
  if (n < 2) return p;
  if (top == TopKind::kList) {
    p.left = n - 2, p.middle = n - 1, p.preview = true;
  } else if (n >= 3 && top == TopKind::kReader) {
    p.left = n - 3, p.middle = n - 2, p.right = n - 1;
  } else {
    p.left = n - 2, p.right = n - 1;  // two panes: the list and the article
  }
  const int left_w = std::min(32, std::max(cols / 5, 1));
  p.left_rect = {0, left_w};
  if (p.middle < 0) {
    p.right_rect = {left_w + 1, std::max(cols - left_w - 1, 0)};
    return p;
  }
  const int mid_w = (cols - left_w - 2) * 2 / 5;
  p.middle_rect = {left_w + 1, mid_w};
  const int right_col = left_w + 1 + mid_w + 1;
  p.right_rect = {right_col, std::max(cols - right_col, 0)};
  return p;
}

}  // namespace kanbao::tui
