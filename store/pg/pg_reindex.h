// SPDX-License-Identifier: MIT
// Bringing a PostgreSQL library's search index up to date in place, from
// the stored text (store/index_stamp.h states when). Internal to store/.
#pragma once

#include "base/result.h"
#include "store/pg/conn.h"

namespace kanbao::store::pg {

// If the library's 'search_index' stamp is not this build's, computes every
// article's tokens, token count and folded title again from its stored text,
// refills library_han and library_tokens and writes the stamp. Inside the caller's transaction,
// which holds the schema lock.
Status bring_search_index_up_to_date(Conn& conn);

}  // namespace kanbao::store::pg
