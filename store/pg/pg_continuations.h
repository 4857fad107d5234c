// SPDX-License-Identifier: MIT
// Continued articles (下转/上接) in a PostgreSQL library: the parts of one
// article printed on two pages of an issue joined as on SQLite
// (store/continuation_rules.h; the schema's version-2 notes in
// pg_schema.cpp), inside the indexer's transaction of one file. Internal to
// store/.
//
// A joined part keeps its row and its search columns; every read leaves it
// out (joined_to IS NOT NULL), so separating it again only clears joined_to.
// The head's body and search columns hold both parts. Joins are serialised
// across indexers by an advisory lock, so that two indexers storing the two
// pages at once still find each other's part.
#pragma once

#include <cstdint>
#include <vector>

#include "base/result.h"
#include "store/pg/conn.h"
#include "store/pg/pg_tokens.h"

namespace kanbao::store::pg {

// Joins the continued articles among the new articles `ids` with their other
// parts in the same issue: a head (下转) with the part on the page it names,
// a part (上接) with its head. The joined heads' tokens go to `vocabulary`.
Status join_continuations(Conn& conn, const std::vector<std::int64_t>& ids, NewVocabulary& vocabulary);

// Joins each of the articles `ids` printed in full on other pages of its
// issue with its copies there (continuation_rules.h, Reprint): the copy on
// the earliest page is kept, the others are left out of lists and search.
// The articles of file `leaving_file` (0: none), going away, are no one's copy.
Status join_reprints(Conn& conn, const std::vector<std::int64_t>& ids, std::int64_t leaving_file = 0);

// Before the rows of file `file_id` go: heads elsewhere get back their own
// paragraphs, and parts elsewhere whose head is here stand alone again.
Status separate_continuations(Conn& conn, std::int64_t file_id);

}  // namespace kanbao::store::pg
