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

}  // namespace

Result<Ranking> rank_pinyin_candidates(const query::Query& q, const SearchRequest& request, bool exact,
                                       PinyinCandidates candidates, const BroadRanker& broad) {
  // Tiers past the broad order's two (the letters themselves, the rest) -
  // a preferred reading, initials only - reorder the candidates: then the
  // broad order is asked for all of them, and the page is cut here.
  const bool retiered = !candidates.preferred.empty() || q.has_initials();
  SearchRequest wanted = request;
  if (!exact ||
      retiered) {  // every candidate, in order: verified_page() skips to the cursor and samples the count
    wanted.after.reset();
    wanted.limit = 0;
  }
  BroadSource source;
  source.matches = std::move(candidates.all);
  source.in_titles = std::move(candidates.literal);
  KANBAO_ASSIGN_OR_RETURN(BroadPage page, broad(wanted, std::move(source)));
  Ranking ranking;
  ranking.rows = std::move(page.rows);
  for (auto& row : ranking.rows) row.tier = row.score < 0.5 ? query::kLiteralTier : query::kReadingTier;
  if (retiered) {
    // Sorted vectors: a hash set of 400,000 ids at 1,000,000 articles took 16 MB.
    std::sort(candidates.preferred.begin(), candidates.preferred.end());
    std::sort(candidates.readings.begin(), candidates.readings.end());
    for (auto& row : ranking.rows) {
      if (row.tier != query::kReadingTier) continue;
      if (holds(candidates.preferred, row.id)) {
        row.tier = query::kPreferredTier;
      } else if (q.has_initials() && !holds(candidates.readings, row.id)) {
        row.tier = query::kInitialsTier;
      }
    }
    std::stable_sort(ranking.rows.begin(), ranking.rows.end(),
                     [](const SearchCursor& a, const SearchCursor& b) { return a.tier < b.tier; });
    if (exact) keep_page(ranking.rows, request.after, request.limit);
  }
  if (exact) ranking.total = page.total;
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
  const BroadRanker broad = [&ctx](const SearchRequest& wanted, BroadSource source) {
    return broad_rows(ctx, wanted, std::move(source.matches), std::move(source.in_titles));
  };
  KANBAO_ASSIGN_OR_RETURN(Ranking ranking, rank_pinyin_candidates(ctx.query, request, ctx.plan.exact,
                                                                  std::move(candidates), broad));
  return std::optional<Ranking>(std::move(ranking));
}

}  // namespace kanbao::store
