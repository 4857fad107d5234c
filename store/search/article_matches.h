// SPDX-License-Identifier: MIT
// Where a query matches inside one article, for in-article highlighting:
// Library::matches of every backend. Internal to store/.
#pragma once

#include "store/library.h"
#include "store/query.h"
#include "store/snippet.h"

namespace kanbao::store {

// The matches of `q` in an article's fields, body spans split by paragraph.
ArticleMatches matches_in(const query::Query& q, const match::Fields& f);

}  // namespace kanbao::store
