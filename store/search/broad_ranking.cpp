// SPDX-License-Identifier: MIT
// broad_rows and rank_pinyin_broadly: queries with more matches than bm25
// can score in time (store/broad_ranking.h).
#include <algorithm>
#include <functional>

#include "store/search/lookups.h"
#include "store/search/strategies.h"

namespace kanbao::store {

Result<BroadPage> broad_rows(SearchContext& ctx, const SearchRequest& request, std::vector<std::int64_t> ids,
                             std::vector<std::int64_t> first) {
  BroadSource source;
  source.matches = std::move(ids);
  source.in_titles = std::move(first);
  if (!request.district && ctx.query.districts.empty()) {
    // Nothing to filter: walk the date order only as far as the page needs
    // rather than load all of it (40 ms at 200,000 articles, per process).
    return rank_broad_walking(date_walk(ctx.engine), source, request.after, request.limit);
  }
  KANBAO_ASSIGN_OR_RETURN(const ArticleOrder* order, ctx.engine.order());
  KANBAO_ASSIGN_OR_RETURN(const AllowedDistricts allowed,
                          allowed_districts(ctx.engine, ctx.query, request, ctx.gazetteer));
  source.allowed = [&](std::int64_t id) { return in_every(allowed, order->district(id)); };
  return rank_broad(*order, source, request.after, request.limit);
}

// Pinyin readings can match most of a big library (every way of cutting the
// letters into syllables): past bm25_up_to candidates they are ranked
// broadly too, the articles with the letters themselves first, and
// assemble_page() verifies them only as far as the page and the count need.
Result<std::optional<Ranking>> rank_pinyin_broadly(SearchContext& ctx) {
  const SearchRequest& request = ctx.request;
  const query::Query& q = ctx.query;
  if (request.bm25_up_to < 0 || !q.has_pinyin() || !q.reporters.empty() || !q.dates.empty())
    return std::optional<Ranking>();
  KANBAO_ASSIGN_OR_RETURN(auto ids, matching_ids(ctx.engine, ctx.fts.all));
  if (static_cast<std::int64_t>(ids.size()) <= request.bm25_up_to) return std::optional<Ranking>();
  KANBAO_ASSIGN_OR_RETURN(auto literal, matching_ids(ctx.engine, ctx.fts.literal));
  SearchRequest wanted = request;
  if (!ctx.plan
           .exact) {  // every candidate, in order: assemble_page() skips to the cursor and samples the count
    wanted.after.reset();
    wanted.limit = 0;
  }
  KANBAO_ASSIGN_OR_RETURN(BroadPage broad, broad_rows(ctx, wanted, std::move(ids), std::move(literal)));
  Ranking ranking;
  ranking.rows = std::move(broad.rows);
  for (auto& row : ranking.rows) row.tier = row.score < 0.5 ? 0 : 1;  // the letters themselves, or a reading
  if (q.has_initials()) {
    // Initials only (an inexact plan: `rows` holds every candidate) after full readings.
    // In id order (a sorted vector: a hash set of 400,000 ids at 1,000,000
    // articles took 16 MB).
    KANBAO_ASSIGN_OR_RETURN(auto full, matching_ids(ctx.engine, ctx.fts.readings));
    for (auto& row : ranking.rows)
      if (row.tier == 1 && !std::binary_search(full.begin(), full.end(), row.id)) row.tier = 2;
    std::stable_sort(ranking.rows.begin(), ranking.rows.end(),
                     [](const SearchCursor& a, const SearchCursor& b) { return a.tier < b.tier; });
  }
  if (ctx.plan.exact) ranking.total = broad.total;
  return std::optional<Ranking>(std::move(ranking));
}

}  // namespace kanbao::store
