// SPDX-License-Identifier: MIT
#include "store/list_order.h"

namespace kanbao::store {

SortKey sort_key(ListSort sort, const SortSql& sql) {
  switch (sort) {
    case ListSort::kDateNewestFirst:
      return {"a.date_key", false};
    case ListSort::kDateOldestFirst:
      return {"a.date_key", true};
    case ListSort::kTitle:
      return {sql.title, true};
    case ListSort::kReporter:
      return {sql.reporter, true};
  }
  return {"a.date_key", false};
}

}  // namespace kanbao::store
