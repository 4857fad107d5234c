// Count prefixes as in less and vi: digits typed before a key (5j, 12G,
// 50%). Digits bound to an action in the keymap are not counts.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "tui/keymap.h"

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
// (N%), kRepeat (movements, n/N, J/K: N times), kOnce (the count is dropped).
enum class CountUse { kOnce, kRepeat, kGoTo, kPercent };

inline CountUse count_use(Action action) {
  switch (action) {
    case Action::kTop:
    case Action::kBottom: return CountUse::kGoTo;
    case Action::kPercent: return CountUse::kPercent;
    case Action::kDown:
    case Action::kUp:
    case Action::kPageDown:
    case Action::kPageUp:
    case Action::kHalfPageDown:
    case Action::kHalfPageUp:
    case Action::kNextHit:
    case Action::kPrevHit:
    case Action::kNextArticle:
    case Action::kPrevArticle: return CountUse::kRepeat;
    default: return CountUse::kOnce;
  }
}

}  // namespace kanbao::tui
