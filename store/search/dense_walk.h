// SPDX-License-Identifier: MIT
// The broad order's page found by walking the newest articles: the engine
// of rank_dense_by_walk (store/search/dense_ranking.cpp). Internal to store/.
//
// A page is made of rank groups in order (the title hits, then the other
// matches), each newest first. The walk reads the date order from the top
// (or the cursor) in batches and asks the full-text tables which articles
// of a batch belong to the group, one rowid-range query per run of close
// ids: when most articles match, a page is found within a few batches.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/broad_ranking.h"
#include "store/dense_sample.h"
#include "store/search/strategies.h"

namespace kanbao::store {

// One question to a full-text table: which articles match `expression`.
struct FtsTest {
  const char* range_sql;  // "... MATCH ?1 AND rowid BETWEEN ?2 AND ?3"
  const char* all_sql;    // "... MATCH ?1": every match, in id order
  std::string expression;
};
inline constexpr const char* kArticleRangeSql =
    "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3";
FtsTest article_test(std::string expression);  // in article_fts
FtsTest title_test(std::string expression);    // in title_fts

// The rows of one rank group: the articles that pass every `must` (asked in
// this order, so the smallest table and the rarest test go first) and no
// `must_not`. Its rows carry `tier` and `score` in their cursors.
struct RankGroup {
  int tier = 0;
  double score = 0;
  std::vector<FtsTest> must;
  std::vector<FtsTest> must_not;
};

// The matches of `test` when there are at most `few` (read in id order,
// stopping past that), else nullopt.
Result<std::optional<std::vector<std::int64_t>>> few_matches(SearchEngine& engine, const FtsTest& test,
                                                             std::size_t few);

// Whether a search may be answered by walking the newest articles: what
// rank_by_phrase_scan would rank broadly (bm25_up_to, count_up_to not
// negative), with an exact plan, unfiltered (no reporter:, date:, district:
// or paper: term, no scope), a page at a time (--limit 0 asks for every
// hit, and so for the count).
bool walks_pages(const SearchContext& ctx);

// How many matches make a query dense (walked, its total estimated): more
// than the broad ranking's and the count's bounds.
std::int64_t dense_threshold(const SearchRequest& request);

// A rank group with at most this many matches of a dense query is read whole
// (few_matches) rather than walked: reading it costs like counting it, worth
// it for a small share of what counting the query would read (2,000 by
// default).
std::size_t few_for(std::int64_t dense);

// The walked page as a ranking, its total the estimate (marked so).
Ranking estimated_ranking(BroadPage page, std::int64_t estimate);

// The broad order's groups for a pinyin query, as rank_pinyin_candidates
// ranks them (store/search/broad_ranking.cpp): each tier's articles, those
// whose heading holds the tier's reading first (dense_ranking.cpp).
std::vector<RankGroup> pinyin_tier_groups(const query::Query& q, const query::FtsExpression& fts);

// How many articles of some windows of the id space a query matches,
// counted one way or another.
using WindowCount = std::function<Result<std::int64_t>(const std::vector<IdWindow>& windows)>;

// Each sample window whole (dense_sample's width).
inline constexpr std::int64_t kWholeWindows = std::numeric_limits<std::int64_t>::max();

// An estimate of a query's matches from dense_sample's windows, each cut to
// its first `width` ids, or nullopt when it looks like fewer than `dense`
// (store/dense_sample.h).
Result<std::optional<std::int64_t>> estimate_dense(SearchEngine& engine, std::int64_t dense,
                                                   std::int64_t width, const WindowCount& count);

// The articles walked for one page before the walk gives up.
inline constexpr std::int64_t kWalkBudget = 16384;

// Fills `page` (up to ctx.request.limit rows, after ctx.request.after) with
// the groups' rows; ctx.plan must be exact (the rows are not checked in
// C++). A group is read whole from its first test when that has at most
// `few` matches (cheaper than walking for rare title hits, or for a pinyin
// query's tier of the letters themselves, which rarely has any). false: the
// walk passed kWalkBudget articles, and `page` is not whole.
Result<bool> walk_groups(SearchContext& ctx, const std::vector<RankGroup>& groups, std::size_t few,
                         BroadPage& page);

}  // namespace kanbao::store
