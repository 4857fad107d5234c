// SPDX-License-Identifier: MIT
// The SQL a search runs when no faster strategy applies: the ranked
// candidates and their count, with the query's filters. Internal to store/.
//
// The SQL varies only in shape (how many filters, whether there is a pinyin
// tier, a cursor, a limit); every value, user text or not, is a bound
// parameter. Pure: nothing here touches a database, so tests check the text
// and the values directly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/result.h"
#include "corpus/gazetteer.h"
#include "store/district_name.h"
#include "store/library.h"
#include "store/query.h"
#include "store/sqlite.h"

namespace kanbao::store {

using SqlValue = std::variant<std::int64_t, double, std::string>;

// SQL text with numbered parameters ?1, ?2, ... bound in order.
struct Sql {
  std::string text;
  std::vector<SqlValue> values;

  // Appends a value; returns its placeholder ("?3").
  std::string param(SqlValue v);
  void bind(sql::Statement& stmt) const;
};

// " AND ..." restricting articles `a` to the query's filters and the
// request's scope. A district "" is the articles of no district, less
// those of request.national_papers.
// `checking_matches`: the filters only check the hits of a full-text match.
// Then a unary + keeps SQLite from driving the query by the district or date
// index instead, probing the full-text index once per article of the
// district (3.9 s for a phrase scoped to one district of 200,000 articles).
Result<std::string> filters(const query::Query& q, const SearchRequest& request,
                            const corpus::Gazetteer& gazetteer, Sql& sql, bool checking_matches);

struct Plan {
  Sql ranked;         // id, score, date_key, tier in rank order
  Sql count;          // count(*) of the candidates
  bool exact = true;  // false: the rows are a superset to verify (FtsExpression::exact)
  // Without filters: id, score, tier in (tier, score, id) order, without the
  // join to `articles` (which costs more than bm25 itself on common terms);
  // the first-rows strategy orders them by date itself. `fast_limit` rows.
  std::optional<Sql> fast;
  int fast_limit = 0;
};

// District names (the scope, district: terms) are resolved here, not checked:
// Library::search checked them first (store/district_name.h).
Result<Plan> make_plan(const query::Query& q, const query::FtsExpression& fts, const SearchRequest& request,
                       const corpus::Gazetteer& gazetteer);

}  // namespace kanbao::store
