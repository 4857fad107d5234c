// SPDX-License-Identifier: MIT
// The search index's stamp: which folding rules, folding data and tokens
// built a library's full-text index. Internal to store/.
//
// Invariant: a library whose meta row 'search_index' equals
// search_index_stamp() has every article indexed as this build would index
// it. The stamp is written when the library is created and whenever the index
// is rebuilt; a library without it (indexed before issue 12) or with another
// one is rebuilt from its stored text on the next read-write open, and
// refused on a read-only open with a message naming the fix.
#pragma once

#include <string>

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

// "tokens 1; folding unihan 15.0.0 <digest>; unicode 15.0": readable, and
// different whenever the index of the same text would differ. PostgreSQL's
// stamp.
std::string search_index_stamp();

// SQLite's stamp: search_index_stamp() and "; pinyin tokens N", since only
// SQLite's index holds pinyin tokens (store/tokenizer.h).
std::string sqlite_index_stamp();

// Writes the current SQLite stamp; inside the caller's transaction.
Status write_search_index_stamp(sql::Db& db);

// Read-write open: rebuilds article_fts, title_fts and the vocabulary table
// (store/search_vocabulary.h) from the
// articles table if the stamp is missing or another build's, in one
// transaction, then writes the stamp. The source files are not needed.
Status bring_search_index_up_to_date(sql::Db& db, const std::string& path);

// Read-only open: an error naming `path` and `kanbao index` if the stamp is
// not this build's (its searches would miss or invent matches).
Status check_search_index(sql::Db& db, const std::string& path);

}  // namespace kanbao::store
