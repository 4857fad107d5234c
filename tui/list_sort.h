// SPDX-License-Identifier: MIT
// The article lists' sort orders, in the order `s` cycles through them.
#pragma once

#include "store/library.h"
#include "tui/i18n.h"

namespace kanbao::tui {

// newest first -> oldest first -> title (pinyin) -> reporter -> newest first
inline store::ListSort next_sort(store::ListSort sort) {
  switch (sort) {
    case store::ListSort::kDateNewestFirst:
      return store::ListSort::kDateOldestFirst;
    case store::ListSort::kDateOldestFirst:
      return store::ListSort::kTitle;
    case store::ListSort::kTitle:
      return store::ListSort::kReporter;
    case store::ListSort::kReporter:
      return store::ListSort::kDateNewestFirst;
  }
  return store::ListSort::kDateNewestFirst;
}

inline const char* sort_label(store::ListSort sort) {
  switch (sort) {
    case store::ListSort::kDateNewestFirst:
      return _("最新在前");
    case store::ListSort::kDateOldestFirst:
      return _("最早在前");
    case store::ListSort::kTitle:
      return _("按标题拼音");
    case store::ListSort::kReporter:
      return _("按记者");
  }
  return "";
}

}  // namespace kanbao::tui
