// SPDX-License-Identifier: MIT
// broad_rows and rank_pinyin_broadly: queries with more matches than bm25
// can score in time (store/broad_ranking.h).
#include <algorithm>

#include "store/search/lookups.h"
#include "store/search/strategies.h"

namespace kanbao::store {

Result<BroadPage> broad_rows(SearchContext& ctx, const SearchRequest& request, std::vector<std::int64_t> ids,
                             std::vector<std::int64_t> first) {
  BroadSource source;
  source.matches = std::move(ids);
  source.in_titles = std::move(first);
  if (!request.district && ctx.query.districts.empty() && ctx.query.papers.empty()) {
    // Nothing to filter: walk the date order only as far as the page needs
    // rather than load all of it (40 ms at 200,000 articles, per process).
    return rank_broad_walking(date_walk(ctx.engine), source, request.after, request.limit);
  }
  KANBAO_ASSIGN_OR_RETURN(const ArticleOrder* order, ctx.engine.order());
  KANBAO_ASSIGN_OR_RETURN(const AllowedDistricts allowed,
                          allowed_districts(ctx.engine, ctx.query, request, ctx.gazetteer));
  source.allowed = [&](std::int64_t id) {
    const std::string& paper = order->paper(id);
    return in_every(allowed, district_key(order->district(id), paper, request)) &&
           paper_allowed(ctx.query, paper);
  };
  return rank_broad(*order, source, request.after, request.limit);
}

bool pinyin_ranks_broadly(const query::Query& q, const SearchRequest& request) {
  return request.bm25_up_to >= 0 && q.has_pinyin() && q.reporters.empty() && q.dates.empty();
}

namespace {

// The rows of `rows` after `after`, at most `limit` (0: all), in order.
void keep_page(std::vector<SearchCursor>& rows, const std::optional<SearchCursor>& after, int limit) {
  if (after) std::erase_if(rows, [&after](const SearchCursor& row) { return !ranks_after(row, *after); });
  if (limit > 0 && rows.size() > static_cast<std::size_t>(limit))
    rows.resize(static_cast<std::size_t>(limit));
}

bool holds(const std::vector<std::int64_t>& sorted, std::int64_t id) {
  return std::binary_search(sorted.begin(), sorted.end(), id);
}

// The tier (query::Tier) of candidate `id`; the lists of `c` sorted.
int tier_of(const query::Query& q, const PinyinCandidates& c, std::int64_t id) {
  return query::pinyin_tier(holds(c.literal, id), holds(c.preferred, id), holds(c.readings, id),
                            q.has_initials());
}

}  // namespace

Result<Ranking> rank_pinyin_candidates(const query::Query& q, const SearchRequest& request, bool exact,
                                       PinyinCandidates candidates, const BroadRanker& broad) {
  // The broad order gives every candidate newest first; the tiers and their
  // heading matches (more groups than its two) reorder them here, and the
  // page is cut here. Sorted vectors: a hash set of 400,000 ids at
  // 1,000,000 articles took 16 MB.
  SearchRequest wanted = request;
  wanted.after.reset();
  wanted.limit = 0;
  BroadSource source;
  source.matches = std::move(candidates.all);
  KANBAO_ASSIGN_OR_RETURN(BroadPage page, broad(wanted, std::move(source)));
  for (auto* ids : {&candidates.literal, &candidates.preferred, &candidates.readings})
    std::sort(ids->begin(), ids->end());
  for (auto& ids : candidates.in_headings) std::sort(ids.begin(), ids.end());
  Ranking ranking;
  ranking.rows = std::move(page.rows);
  for (auto& row : ranking.rows) {
    row.tier = tier_of(q, candidates, row.id);
    row.score = holds(candidates.in_headings.at(static_cast<std::size_t>(row.tier)), row.id) ? 0.0 : 1.0;
  }
  std::stable_sort(ranking.rows.begin(), ranking.rows.end(),
                   [](const SearchCursor& a, const SearchCursor& b) {
                     return a.tier != b.tier ? a.tier < b.tier : a.score < b.score;
                   });
  if (exact) {
    keep_page(ranking.rows, request.after, request.limit);
    ranking.total = page.total;
  }
  return ranking;
}

// Pinyin readings can match most of a big library (every way of cutting the
// letters into syllables): past bm25_up_to candidates they are ranked
// broadly too, the articles with the letters themselves first, and
// assemble_page() verifies them only as far as the page and the count need.
Result<std::optional<Ranking>> rank_pinyin_broadly(SearchContext& ctx) {
  const SearchRequest& request = ctx.request;
  if (!pinyin_ranks_broadly(ctx.query, request)) return std::optional<Ranking>();
  PinyinCandidates candidates;
  KANBAO_ASSIGN_OR_RETURN(candidates.all, matching_ids(ctx.engine, ctx.fts.all));
  if (static_cast<std::int64_t>(candidates.all.size()) <= request.bm25_up_to) return std::optional<Ranking>();
  KANBAO_ASSIGN_OR_RETURN(candidates.literal, matching_ids(ctx.engine, ctx.fts.literal));
  if (ctx.query.has_initials()) {
    KANBAO_ASSIGN_OR_RETURN(candidates.readings, matching_ids(ctx.engine, ctx.fts.readings));
  }
  if (!ctx.fts.preferred.empty()) {
    KANBAO_ASSIGN_OR_RETURN(candidates.preferred, matching_ids(ctx.engine, ctx.fts.preferred));
  }
  // Each tier's expression in the heading (by query::Tier); no preferred
  // reading: that tier is empty.
  const std::string* tiers[] = {&ctx.fts.literal, &ctx.fts.preferred, &ctx.fts.readings, &ctx.fts.all};
  for (std::size_t t = 0; t < candidates.in_headings.size(); ++t) {
    if (tiers[t]->empty() || (t == query::kInitialsTier && !ctx.query.has_initials())) continue;
    KANBAO_ASSIGN_OR_RETURN(candidates.in_headings.at(t),
                            matching_ids(ctx.engine, query::in_headings(*tiers[t])));
  }
  const BroadRanker broad = [&ctx](const SearchRequest& wanted, BroadSource source) {
    return broad_rows(ctx, wanted, std::move(source.matches), std::move(source.in_titles));
  };
  KANBAO_ASSIGN_OR_RETURN(Ranking ranking, rank_pinyin_candidates(ctx.query, request, ctx.plan.exact,
                                                                  std::move(candidates), broad));
  return std::optional<Ranking>(std::move(ranking));
}

}  // namespace kanbao::store
