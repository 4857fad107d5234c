// SPDX-License-Identifier: MIT
// Count prefixes as in less and vi: digits typed before a key (5j, 12G,
// 50%). Digits bound to an action in the keymap are not counts.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "tui/keymap.h"
#include "tui/view.h"

namespace kanbao::tui {

class CountPrefix {
 public:
  static constexpr std::int64_t kMax = 1'000'000'000;

  // Takes `key` when it continues a count (a digit; 0 only after another
  // digit) and is not bound in `keymap`. True if taken.
  bool feed(int key, const Keymap& keymap) {
    if (key < '0' || key > '9' || keymap.lookup(key)) return false;
    if (key == '0' && !value_) return false;
    value_ = std::min<std::int64_t>(value_.value_or(0) * 10 + (key - '0'), kMax);
    return true;
  }
  // The count typed so far, cleared.
  std::optional<std::int64_t> take() {
    auto v = value_;
    value_.reset();
    return v;
  }
  bool active() const { return value_.has_value(); }
  std::string text() const { return value_ ? std::to_string(*value_) : std::string(); }

 private:
  std::optional<std::int64_t> value_;
};

// How a count applies to `action`: kGoTo (G/g: row or line N), kPercent
// (N%), kRepeat (movements, n/N, J/K: N times), kCounted (`[` / `]`: the
// view moves N issues at once, View::on_counted), kOnce (the count is dropped).
enum class CountUse { kOnce, kRepeat, kGoTo, kPercent, kCounted };

inline CountUse count_use(Action action) {
  switch (action) {
    case Action::kTop:
    case Action::kBottom:
      return CountUse::kGoTo;
    case Action::kPercent:
      return CountUse::kPercent;
    case Action::kDown:
    case Action::kUp:
    case Action::kPageDown:
    case Action::kPageUp:
    case Action::kHalfPageDown:
    case Action::kHalfPageUp:
    case Action::kNextHit:
    case Action::kPrevHit:
    case Action::kNextArticle:
    case Action::kPrevArticle:
      return CountUse::kRepeat;
    case Action::kPrevIssue:
    case Action::kNextIssue:
      return CountUse::kCounted;
    default:
      return CountUse::kOnce;
  }
}

// 5j, 12G, 50%, 3] on `view`: true when the count did the action's work (G, %
// on a view with rows, ] where the view takes a count); for a repeated action it runs all but the last
// repetition, while `still_here()` (no view pushed or popped), and returns
// false so the caller runs the last one as usual.
inline bool apply_count(View& view, Context& ctx, Action action, std::int64_t count,
                        const std::function<bool()>& still_here) {
  switch (count_use(action)) {
    case CountUse::kGoTo:
      return view.go_to(count - 1, ctx);
    case CountUse::kPercent:
      return view.go_to(view.length() * std::min<std::int64_t>(count, 100) / 100, ctx);
    case CountUse::kRepeat:
      for (std::int64_t i = 1; i < std::min<std::int64_t>(count, 10000) && still_here(); ++i) {
        if (!view.on_action(action, ctx)) break;
      }
      return false;
    case CountUse::kCounted:
      return view.on_counted(action, count, ctx);
    case CountUse::kOnce:
      return false;
  }
  return false;
}

}  // namespace kanbao::tui
