// SPDX-License-Identifier: MIT
// Page assembly: the ranked rows become hits - each article loaded and
// checked against the query, a snippet made - and the page gets its total.
// Internal to store/.
#pragma once

#include <functional>
#include <optional>

#include "base/result.h"
#include "store/library.h"
#include "store/search/lookups.h"
#include "store/search/strategies.h"
#include "store/snippet.h"

namespace kanbao::store {

// Candidates of an inexact plan are checked one by one. Checking every one
// just to count them took seconds for a common pinyin word on 20,000
// articles, so past this many checks the rest of the count is extrapolated
// (SearchPage::total_is_estimate): the checks are shared among the rank
// groups (a tier and its score side), and each group's unchecked rows
// extrapolated at the rate its own checks found.
inline constexpr std::int64_t kCountBudget = 2000;

// The hit for article `id`: its fields, a snippet around its first match
// (in the body, else the subtitle, title, kicker or byline), `cursor` its rank.
SearchHit make_hit(std::int64_t id, LoadedArticle&& l, const match::Evaluation& e, const SearchCursor& cursor,
                   int columns);

// An article by id; nullopt when it is gone (deleted meanwhile).
using ArticleLoader = std::function<Result<std::optional<LoadedArticle>>(std::int64_t id)>;

// The hits of `ranking` for `request`, each article loaded by `load` and
// checked against `q`: for an exact plan its rows up to the limit; for an
// inexact one (`ranking` holds every candidate in rank order) the rows
// after the cursor that really match. The total is the ranking's, else for
// an inexact plan the matches counted, extrapolated past kCountBudget
// checks shared among the rank groups (total_is_estimate); else (exact, no total) 0, for the caller to
// count. Both backends assemble their pages here.
Result<SearchPage> verified_page(const query::Query& q, const SearchRequest& request, bool exact,
                                 const Ranking& ranking, const ArticleLoader& load);

// The page of `ranking`: for an exact plan its rows up to the limit; for an
// inexact one the rows after the cursor that really match. The total is the
// ranking's, else an estimate (inexact plans), else Plan::count's.
Result<SearchPage> assemble_page(SearchContext& ctx, Ranking ranking);

}  // namespace kanbao::store
