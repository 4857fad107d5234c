// SPDX-License-Identifier: MIT
// What a pinyin query needs from the server: the FTS5 expression of its
// readings holding only the bigrams the library has (as the SQLite search
// builds it, store/search/engine.h), and the candidates of an expression
// (every article holding one of its phrases). Internal to store/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/pg/conn.h"
#include "store/pg/pg_phrases.h"
#include "store/query.h"

namespace kanbao::store::pg {

// query::translate(q, present, exists) with the library's Han characters
// and an `exists` answered by the GIN index: the same expressions the
// SQLite search gets from its own index for the same articles. The bigrams
// are looked up in batches, one round trip each (a pair of common
// syllables reads as thousands of bigrams).
Result<query::FtsExpression> pinyin_expression(Conn& conn, const query::Query& q);

// SQL over `a.tokens` (parameters appended to `params`) true for every
// article holding some phrase of `phrases`, through the GIN index; nullopt
// when a phrase cannot be looked up there (a prefix token, or no phrases):
// the caller reads every article.
std::optional<std::string> holding_any(const std::vector<Phrase>& phrases, std::vector<Param>& params);

}  // namespace kanbao::store::pg
