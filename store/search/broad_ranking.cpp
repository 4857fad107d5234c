// SPDX-License-Identifier: MIT
// broad_rows and rank_pinyin_broadly: queries with more matches than bm25
// can score in time (store/broad_ranking.h).
#include <algorithm>

#include "store/search/lookups.h"
#include "store/search/strategies.h"

namespace kanbao::store {

Result<BroadPage> broad_rows(SearchContext& ctx, const SearchRequest& request, BroadSource source) {
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

// Advances through a sorted list of ids as ascending ids are asked about.
class SortedIds {
 public:
  explicit SortedIds(const std::vector<std::int64_t>& ids) : ids_(ids) {}
  // Whether the list holds `id`; each call's id at least the last one's.
  bool holds(std::int64_t id) {
    while (next_ < ids_.size() && ids_[next_] < id) ++next_;
    return next_ < ids_.size() && ids_[next_] == id;
  }

 private:
  const std::vector<std::int64_t>& ids_;
  std::size_t next_ = 0;
};

// The broad groups of pinyin candidates: every tier (query::Tier) split by
// whether the heading holds that tier's reading (score 0) or not (score 1),
// in rank order. One pass over the candidates, every list sorted.
std::vector<BroadGroup> pinyin_groups(const query::Query& q, const PinyinCandidates& c) {
  std::vector<BroadGroup> groups;
  for (int tier = query::kLiteralTier; tier <= query::kInitialsTier; ++tier)
    for (double score : {0.0, 1.0}) groups.push_back({tier, score, {}});
  SortedIds literal(c.literal), preferred(c.preferred), readings(c.readings);
  std::vector<SortedIds> in_headings;
  for (const auto& ids : c.in_headings) in_headings.emplace_back(ids);
  for (std::int64_t id : c.all) {
    // Asked about every id, in order: each list advances with the ids.
    const bool l = literal.holds(id), p = preferred.holds(id), r = readings.holds(id);
    const auto tier = static_cast<std::size_t>(query::pinyin_tier(l, p, r, q.has_initials()));
    bool heading = false;
    for (std::size_t t = 0; t < in_headings.size(); ++t) {
      const bool held = in_headings[t].holds(id);
      if (t == tier) heading = held;
    }
    groups[2 * tier + (heading ? 0 : 1)].ids.push_back(id);
  }
  return groups;
}

}  // namespace

Result<Ranking> rank_pinyin_candidates(const query::Query& q, const SearchRequest& request, bool exact,
                                       PinyinCandidates candidates, const BroadRanker& broad) {
  for (auto* ids : {&candidates.all, &candidates.literal, &candidates.preferred, &candidates.readings})
    std::sort(ids->begin(), ids->end());
  candidates.all.erase(std::unique(candidates.all.begin(), candidates.all.end()), candidates.all.end());
  for (auto& ids : candidates.in_headings) std::sort(ids.begin(), ids.end());
  BroadSource source;
  source.groups = pinyin_groups(q, candidates);
  // An exact plan's page is the broad page itself; an inexact one's rows
  // are every candidate in rank order, for verified_page() to check.
  SearchRequest wanted = request;
  if (!exact) {
    wanted.after.reset();
    wanted.limit = 0;
  }
  KANBAO_ASSIGN_OR_RETURN(BroadPage page, broad(wanted, std::move(source)));
  Ranking ranking;
  ranking.rows = std::move(page.rows);
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
  // Each tier's expression in the heading (by query::Tier), asked of
  // title_fts, which holds the headings' pinyin tokens (schema 8); no
  // preferred reading: that tier is empty.
  const std::string* tiers[] = {&ctx.fts.literal, &ctx.fts.preferred, &ctx.fts.readings, &ctx.fts.all};
  for (std::size_t t = 0; t < candidates.in_headings.size(); ++t) {
    if (tiers[t]->empty() || (t == query::kInitialsTier && !ctx.query.has_initials())) continue;
    KANBAO_ASSIGN_OR_RETURN(candidates.in_headings.at(t),
                            matching_ids(ctx.engine, *tiers[t], kMatchingTitleIdsSql));
  }
  const BroadRanker broad = [&ctx](const SearchRequest& wanted, BroadSource source) {
    return broad_rows(ctx, wanted, std::move(source));
  };
  KANBAO_ASSIGN_OR_RETURN(Ranking ranking, rank_pinyin_candidates(ctx.query, request, ctx.plan.exact,
                                                                  std::move(candidates), broad));
  return std::optional<Ranking>(std::move(ranking));
}

}  // namespace kanbao::store
