// SPDX-License-Identifier: MIT
// Selection and scroll offset of a short in-memory list.
#pragma once

#include <algorithm>
#include <optional>

#include "tui/keymap.h"

namespace kanbao::tui {

struct Scroller {
  int selected = 0;
  int top = 0;

  void select(int index, int count, int height) {
    height = std::max(height, 1);
    selected = count <= 0 ? 0 : std::clamp(index, 0, count - 1);
    if (selected < top) top = selected;
    if (selected >= top + height) top = selected - height + 1;
    top = std::clamp(top, 0, std::max(count - height, 0));
  }

  // Applies a movement action; false if `action` is not one.
  bool apply(Action action, int count, int height) {
    const int page = std::max(height - 1, 1);
    switch (action) {
      case Action::kDown:
        select(selected + 1, count, height);
        return true;
      case Action::kUp:
        select(selected - 1, count, height);
        return true;
      case Action::kPageDown:
        top += page;
        select(selected + page, count, height);
        return true;
      case Action::kPageUp:
        top -= page;
        select(selected - page, count, height);
        return true;
      case Action::kHalfPageDown:
        select(selected + std::max(height / 2, 1), count, height);
        return true;
      case Action::kHalfPageUp:
        select(selected - std::max(height / 2, 1), count, height);
        return true;
      case Action::kTop:
        select(0, count, height);
        return true;
      case Action::kBottom:
        select(count - 1, count, height);
        return true;
      default:
        return false;
    }
  }
};

// Moves a ListWindow-like selection by one movement action: returns the
// target index (possibly out of range: the caller clamps) or nullopt if
// `action` is not a movement.
inline std::optional<long long> movement_target(Action action, long long selected, long long total,
                                                int height) {
  const long long page = std::max(height - 1, 1);
  switch (action) {
    case Action::kDown:
      return selected + 1;
    case Action::kUp:
      return selected - 1;
    case Action::kPageDown:
      return selected + page;
    case Action::kPageUp:
      return selected - page;
    case Action::kHalfPageDown:
      return selected + std::max(height / 2, 1);
    case Action::kHalfPageUp:
      return selected - std::max(height / 2, 1);
    case Action::kTop:
      return 0;
    case Action::kBottom:
      return std::max(total - 1, 0LL);
    default:
      return std::nullopt;
  }
}

}  // namespace kanbao::tui
