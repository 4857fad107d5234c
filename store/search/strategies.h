// SPDX-License-Identifier: MIT
// The ways a search ranks its candidates. Internal to store/.
//
// Library::search tries them in order and takes the first that applies:
//   rank_unheld          a query a required term of which holds a Han
//                        character no article holds: no hit, nothing read
//                        (store/search/unheld_ranking.cpp)
//   rank_syllable_by_text a pinyin query with a term that may be one
//                        syllable, most of a big library matches: the
//                        broad page from the newest articles, each checked
//                        in C++ (store/search/syllable_ranking.cpp)
//   rank_dense_by_walk   a plain or pinyin query most of a big library
//                        matches: the broad page from the newest articles,
//                        the total estimated (store/search/dense_ranking.cpp)
//   rank_by_phrase_scan  a plain query: one scan of its position lists
//                        (store/hit_scan.h) scores a few thousand matches
//                        with bm25, or more are ranked broadly
//   rank_pinyin_broadly  a pinyin query with more candidates than bm25 can
//                        score in time
//   rank_first_rows      an unfiltered page from the full-text index alone
//   rank_in_sql          Plan::ranked: always applies
// Each returns rows in rank order: for an exact plan the page itself; for an
// inexact one the candidates that assemble_page() verifies.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "base/result.h"
#include "corpus/gazetteer.h"
#include "store/broad_ranking.h"
#include "store/library.h"
#include "store/query.h"
#include "store/search/engine.h"
#include "store/search/plan.h"

namespace kanbao::store {

// Everything a strategy reads, and what one learnt for those after it.
struct SearchContext {
  SearchEngine& engine;
  const SearchRequest& request;
  const query::Query& query;
  // query::preferred_query of a pinyin query (kPreferredTier's articles,
  // with FtsExpression::all's), nullopt when no term has a preferred reading.
  const std::optional<query::Query>& preferred;
  const query::FtsExpression& fts;
  const Plan& plan;
  const corpus::Gazetteer& gazetteer;
  // The total, when a strategy that did not apply counted the matches anyway.
  std::optional<std::int64_t> counted;
};

struct Ranking {
  std::vector<SearchCursor> rows;
  std::optional<std::int64_t> total;  // nullopt: assemble_page() counts or estimates it
  bool total_is_estimate = false;     // `total` was sampled, not counted
};

// nullopt: the strategy does not apply to this query (it may set `counted`).
using RankingStrategy = Result<std::optional<Ranking>> (*)(SearchContext& ctx);

Result<std::optional<Ranking>> rank_unheld(SearchContext& ctx);
Result<std::optional<Ranking>> rank_syllable_by_text(SearchContext& ctx);
Result<std::optional<Ranking>> rank_dense_by_walk(SearchContext& ctx);
Result<std::optional<Ranking>> rank_by_phrase_scan(SearchContext& ctx);
Result<std::optional<Ranking>> rank_pinyin_broadly(SearchContext& ctx);
Result<std::optional<Ranking>> rank_first_rows(SearchContext& ctx);
Result<Ranking> rank_in_sql(SearchContext& ctx);

// The first strategy that applies, in the order above.
Result<Ranking> rank(SearchContext& ctx);

// The page of a query with more matches than bm25_up_to (see
// store/broad_ranking.h), for `request` (its cursor and limit), from its
// matches in their groups (source.allowed is set here from the filters).
Result<BroadPage> broad_rows(SearchContext& ctx, const SearchRequest& request, BroadSource source);

// Whether a pinyin query is ranked broadly once its candidates outnumber
// request.bm25_up_to: one without reporter: or date: filters.
bool pinyin_ranks_broadly(const query::Query& q, const SearchRequest& request);

// A pinyin query's candidates, each list sorted: those of the FTS
// expressions FtsExpression::all, ::literal (the letters themselves),
// when the query has initials ::readings (its pinyin readings), and when
// it has a preferred reading ::preferred. `in_headings`, by query::Tier:
// the articles whose heading alone (title, subtitle, kicker) matches that
// tier's expression (::literal, ::preferred, ::readings, ::all), in any
// order and not only candidates.
struct PinyinCandidates {
  std::vector<std::int64_t> all, literal, readings, preferred;
  std::array<std::vector<std::int64_t>, 4> in_headings;
};

// Ranks a pinyin query's candidates broadly: by tier (query::Tier), within
// a tier the articles with its reading in their heading first, as a Han
// query ranked broadly puts the articles with it in their heading first
// (SearchCursor::score 0, the others 1), then newest first: eight broad
// groups (store/broad_ranking.h). `broad` ranks them for a request, its
// cursor and its limit (broad_rows() on SQLite). For an exact
// plan the rows are the page and the total is exact; for an inexact one the
// rows are every candidate in order, for verified_page() to check. Each
// backend finds the candidates its own way; the rest is this, once.
using BroadRanker = std::function<Result<BroadPage>(const SearchRequest& wanted, BroadSource source)>;
Result<Ranking> rank_pinyin_candidates(const query::Query& q, const SearchRequest& request, bool exact,
                                       PinyinCandidates candidates, const BroadRanker& broad);

}  // namespace kanbao::store
