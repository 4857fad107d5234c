// SPDX-License-Identifier: MIT
// article_tally: how many listed articles each (paper, district, month)
// holds, with the month's first and last date key, kept by triggers on
// `articles` (schema version 4).
//
// The browser's first screen (the districts overview, the papers overview)
// and the count of an unfiltered list read this table, a few hundred rows,
// where they used to scan an index of every article: at 1,000,000 articles
// that scan took longer than the whole first screen may.
//
// Invariant, after every statement: for each (paper, district_id, month)
// group of articles with joined_to IS NULL there is exactly one row, whose
// `articles` is the group's size (> 0) and first_key/last_key its smallest
// and largest date_key; there is no row for an empty group. district_id 0
// stands for "no district" (NULL in articles); month is date_key's first
// seven bytes ("YYYY-MM", "0000-MM" with the year unknown) or "" when the
// article has no date. Continuations joined to their head (joined_to set)
// are not listed, so they are not counted.
#pragma once

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

// Creates the table and its triggers, and fills it from the articles already
// there (a migrated library). Runs inside the caller's transaction.
Status create_article_tally(sql::Db& db);

}  // namespace kanbao::store
