// SPDX-License-Identifier: MIT
// SQL functions for listings. Internal to store/.
//
//   kanbao_fold(text)  the text folded as search folds it (fold.h): NFKC,
//                      case, traditional -> simplified, punctuation dropped;
//                      the title filter compares folded text.
//   COLLATE kanbao_zh  Chinese order by pinyin (ICU collator "zh"), for
//                      sorting titles and reporters.
//   kanbao_title_key(text)  a title as it sorts: its Latin letters as
//                      pinyin (list_order.h, latin_as_pinyin).
#pragma once

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

Status register_list_functions(sql::Db& db);

}  // namespace kanbao::store
