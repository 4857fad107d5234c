// SPDX-License-Identifier: MIT
// Page assembly: the ranked rows become hits - each article loaded and
// checked against the query, a snippet made - and the page gets its total.
// Internal to store/.
#pragma once

#include "base/result.h"
#include "store/library.h"
#include "store/search/strategies.h"

namespace kanbao::store {

// Candidates of an inexact plan are checked one by one. Checking every one
// just to count them took seconds for a common pinyin word on 20,000
// articles, so past this many checks the rest of the count is extrapolated
// from the share that matched (SearchPage::total_is_estimate).
inline constexpr std::int64_t kCountBudget = 2000;

// The page of `ranking`: for an exact plan its rows up to the limit; for an
// inexact one the rows after the cursor that really match. The total is the
// ranking's, else an estimate (inexact plans), else Plan::count's.
Result<SearchPage> assemble_page(SearchContext& ctx, Ranking ranking);

}  // namespace kanbao::store
