// SPDX-License-Identifier: MIT
// A listing's sort key and order as SQL, for every backend. Internal to store/.
#pragma once

#include <string>
#include <string_view>

#include "store/library.h"

namespace kanbao::store {

struct SortKey {
  std::string expr;
  bool ascending = true;  // whether later rows have larger keys
  // Whether rows of one key (one date) follow their place in the issue:
  // paper, page, file, position on the page (kPlaceColumns), in that order
  // whichever way the key goes. Else rows of one key follow their ids.
  bool by_place = false;
};

// How a backend's SQL spells the keys that are not plain columns (the table
// is "a" and has date_key in both).
struct SortSql {
  std::string title;     // the title under the ICU Chinese ("zh") collation
  std::string reporter;  // the first reporter, or U+FFFF (after every name) when none, collated so
  std::string paper;     // a.paper compared byte by byte
  std::string page;      // a.page compared byte by byte
};

SortKey sort_key(ListSort sort, const SortSql& sql);

// The columns of an article's place in its issue, appended after the sort
// key to each listed row (they fill ListCursor's place).
std::string place_columns(const SortSql& sql);

// A cursor's values as the backend's placeholders (or a row's columns:
// position() compares with its target's).
struct CursorSql {
  std::string key, id, paper, page, file_id, position;
};

// The condition that a row comes after `cursor` in listing order (`later`),
// or before it.
std::string past_cursor(const SortKey& sort, const SortSql& sql, const CursorSql& cursor, bool later);

// The ORDER BY terms of the listing, or of its reverse (`reversed`).
std::string order_terms(const SortKey& sort, const SortSql& sql, bool reversed);

// Titles sort by pinyin with their Latin letters among it (A股 with the
// a's, not after 座): before collation each letter, either case, half- or
// full-width, becomes the first Han character of its pinyin initial (A 阿,
// B 八 ... Z 匝); I, U and V, which begin no pinyin, become the letter's
// after them (I 机, U and V 挖). The ICU Chinese collator alone puts every
// Latin letter after every Han character.
std::string latin_as_pinyin(std::string_view title);
// The same as SQL for PostgreSQL: translate(`column`, the letters, the Han
// characters).
std::string latin_as_pinyin_sql(std::string_view column);

}  // namespace kanbao::store
