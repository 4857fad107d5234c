// SPDX-License-Identifier: MIT
// rank_dense_by_walk: a plain or pinyin query that most of a big library
// matches.
//
// Counting the matches of 的 in 1,000,000 articles means reading a doclist
// of a million entries: 50 ms in FTS5 alone, over 150 ms with the ids kept
// for ranking. The broad order (store/broad_ranking.h) does not need them:
// its page is the newest title hits, then the newest other hits, and when
// most articles match, the newest few hundred articles hold the page. So
// this strategy walks the date order from the top (or the cursor)
// (store/search/dense_walk.h) and estimates the total from windows of the
// id space instead of counting it. The page is the one the broad strategy
// would give; only the total differs, and it is marked as an estimate
// (SearchPage::total_is_estimate).
//
// A pinyin query is walked by its tiers (rank_pinyin_candidates): its
// readings are phrases of the index's own pinyin tokens (store/tokenizer.h),
// a handful per term, so a range query costs what a Han phrase's does
// (but for a term that may be one syllable, below).
// Before those tokens a reading was an OR of hundreds of bigram phrases and
// FTS5 opened an iterator for each in every range query (100 ms apiece at
// 1,000,000 articles); at 1,000,000 articles listing a dense reading's
// candidates (baojiaolou, 400,000 of them) took 140 ms of FTS5 alone.
//
// It gives up (the next strategy answers exactly) when the query is not
// dense, or when the walk would be long: title hits too rare for the newest
// articles to hold a page of them, matches crowded in old articles.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "store/dense_sample.h"
#include "store/search/dense_walk.h"
#include "store/search/lookups.h"
#include "store/search/strategies.h"

namespace kanbao::store {

namespace {

// How many articles of `windows` match `expression`.
Result<std::int64_t> count_in(SearchEngine& engine, const std::string& expression,
                              const std::vector<IdWindow>& windows) {
  std::int64_t found = 0;
  for (const IdWindow& w : windows) {
    KANBAO_ASSIGN_OR_RETURN(
        StatementLease s,
        engine.statement(
            "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3"));
    s->bind(1, std::string_view(expression)).bind(2, w.first).bind(3, w.last);
    auto row = s->step();
    if (!row) return row.error().in_context({"search failed: ", {}});
    found += *row ? s->int64(0) : 0;
  }
  return found;
}

// The broad order's groups for a plain query: title hits, then the rest.
std::vector<RankGroup> plain_groups(const query::FtsExpression& fts) {
  std::vector<RankGroup> groups;
  RankGroup rest{0, 1.0, {article_test(fts.all)}, {}};
  if (!fts.titles.empty()) {
    groups.push_back({0, 0.0, {title_test(fts.titles), article_test(fts.all)}, {}});
    rest.must_not.push_back(title_test(fts.titles));
  }
  groups.push_back(std::move(rest));
  return groups;
}

}  // namespace

// The broad order's groups for a pinyin query, as rank_pinyin_candidates
// ranks them (store/search/broad_ranking.cpp): each tier's articles, those
// whose heading holds the tier's reading first. A tier's articles are those
// its expression matches and no earlier tier's does, asked as one FTS5
// expression (so that a small tier is read whole, not walked); a tier with
// no expression is empty, as is the initials tier of a query without
// initials (its `all` is its `readings`). `preferred` comes from a
// translation of its own, so it is kept within `all` (a term too long to be
// exact drops its negations).
std::vector<RankGroup> pinyin_tier_groups(const query::Query& q, const query::FtsExpression& fts) {
  const std::string* by_tier[] = {&fts.literal, &fts.preferred, &fts.readings, &fts.all};
  std::vector<RankGroup> groups;
  std::string earlier;
  for (int tier = query::kLiteralTier; tier <= query::kInitialsTier; ++tier) {
    const std::string& expression = *by_tier[tier];
    if (expression.empty() || (tier == query::kInitialsTier && !q.has_initials())) continue;
    std::string only = "((" + expression + ")";
    if (tier == query::kPreferredTier) only.append(" AND (").append(fts.all).append(")");
    only += ")";
    if (!earlier.empty()) only.append(" NOT (").append(earlier).append(")");
    groups.push_back({tier, 0.0, {title_test(expression), article_test(only)}, {}});
    groups.push_back({tier, 1.0, {article_test(only)}, {title_test(expression)}});
    earlier += (earlier.empty() ? "" : " OR ") + ("(" + expression + ")");
  }
  return groups;
}

Result<std::optional<Ranking>> rank_dense_by_walk(SearchContext& ctx) {
  const SearchRequest& request = ctx.request;
  const query::Query& q = ctx.query;
  if (!walks_pages(ctx)) return std::optional<Ranking>();
  if (q.has_pinyin() && q.has_one_syllable_term()) return std::optional<Ranking>();  // rank_syllable_by_text
  const std::int64_t dense = dense_threshold(request);
  const WindowCount count = [&ctx](const std::vector<IdWindow>& windows) {
    return count_in(ctx.engine, ctx.fts.all, windows);
  };
  KANBAO_ASSIGN_OR_RETURN(const std::optional<std::int64_t> estimate,
                          estimate_dense(ctx.engine, dense, kWholeWindows, count));
  if (!estimate) return std::optional<Ranking>();
  // A query that few articles match is not dense, whatever its samples said
  // (its matches crowded into a sampled window): the exact strategies rank it.
  const std::size_t few = few_for(dense);
  KANBAO_ASSIGN_OR_RETURN(const auto few_in_all, few_matches(ctx.engine, article_test(ctx.fts.all), few));
  if (few_in_all) return std::optional<Ranking>();
  BroadPage page;
  const std::vector<RankGroup> groups =
      q.has_pinyin() ? pinyin_tier_groups(q, ctx.fts) : plain_groups(ctx.fts);
  KANBAO_ASSIGN_OR_RETURN(const bool walked, walk_groups(ctx, groups, few, page));
  if (!walked) return std::optional<Ranking>();
  return std::optional<Ranking>(estimated_ranking(std::move(page), *estimate));
}

}  // namespace kanbao::store
