// SPDX-License-Identifier: MIT
// rank_unheld: a query that cannot match, known without the full-text index.
//
// A character no article holds (a rare one typed while searching as you
// type, 㐀) still costs FTS5 a prefix query, which walks every segment's
// terms near it: over a millisecond a window of the dense estimate at
// 200,000 articles. search_han lists every Han character the index holds
// (store/search_vocabulary.h), so a required term with one it does not
// list matches nothing, and neither does the query.
#include "store/search/strategies.h"

namespace kanbao::store {
namespace {

// Whether `term` cannot match: a Han character of it is in no article. A
// term that may be pinyin can match by its readings, whatever it holds.
Result<bool> unheld(SearchEngine& engine, const query::Term& term) {
  if (!term.letters.empty()) return false;
  for (const fold::Char& c : term.folded) {
    if (c.kind != fold::Kind::kHan) continue;
    KANBAO_ASSIGN_OR_RETURN(const bool held, engine.may_hold_han(c.c));
    if (!held) return true;
  }
  return false;
}

}  // namespace

Result<std::optional<Ranking>> rank_unheld(SearchContext& ctx) {
  for (const query::Clause& clause : ctx.query.clauses) {
    if (clause.negated || clause.any.empty()) continue;
    bool every_term_unheld = true;  // the clause is an OR of its terms
    for (const query::Term& term : clause.any) {
      KANBAO_ASSIGN_OR_RETURN(const bool none, unheld(ctx.engine, term));
      if (!none) {
        every_term_unheld = false;
        break;
      }
    }
    if (every_term_unheld) {
      Ranking nothing;
      nothing.total = 0;
      return std::optional<Ranking>(std::move(nothing));
    }
  }
  return std::optional<Ranking>();
}

}  // namespace kanbao::store
