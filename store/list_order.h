// SPDX-License-Identifier: MIT
// A listing's sort key as SQL, for every backend. Internal to store/.
#pragma once

#include <string>

#include "store/library.h"

namespace kanbao::store {

struct SortKey {
  std::string expr;
  bool ascending = true;  // whether later rows have larger keys
};

// How a backend's SQL spells the keys that are not plain columns (the table
// is "a" and has date_key in both).
struct SortSql {
  std::string title;     // the title under the ICU Chinese ("zh") collation
  std::string reporter;  // the first reporter, or U+FFFF (after every name) when none, collated so
};

SortKey sort_key(ListSort sort, const SortSql& sql);

}  // namespace kanbao::store
