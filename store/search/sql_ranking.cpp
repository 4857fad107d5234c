// SPDX-License-Identifier: MIT
// rank_first_rows and rank_in_sql: ranking by FTS5's own bm25 in SQL, and
// rank(), which picks the strategy.
#include <algorithm>

#include "store/search/lookups.h"
#include "store/search/strategies.h"

namespace kanbao::store {

namespace {

Result<std::vector<SearchCursor>> fetch_first_rows(SearchEngine& engine, const Plan& p) {
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement(p.fast->text));
  p.fast->bind(*s);
  std::vector<SearchCursor> fetched;
  for (;;) {
    auto more = s->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    fetched.push_back({s->integer(2), s->real(1), "", s->int64(0)});
  }
  return fetched;
}

}  // namespace

// The page from Plan::fast: the first fast_limit rows by (tier, score, id),
// ordered by date within equal scores here. Does not apply when ties at the
// edge of what was fetched make that order unknowable.
Result<std::optional<Ranking>> rank_first_rows(SearchContext& ctx) {
  const Plan& p = ctx.plan;
  if (!p.fast) return std::optional<Ranking>();
  KANBAO_ASSIGN_OR_RETURN(std::vector<SearchCursor> fetched, fetch_first_rows(ctx.engine, p));
  for (auto& row : fetched) {
    KANBAO_ASSIGN_OR_RETURN(row.date_key, date_key_of(ctx.engine, row.id));
  }
  const bool more_exist = static_cast<int>(fetched.size()) == p.fast_limit;
  const SearchCursor edge = fetched.empty() ? SearchCursor{} : fetched.back();
  std::sort(fetched.begin(), fetched.end(), [](const SearchCursor& a, const SearchCursor& b) {
    if (a.tier != b.tier) return a.tier < b.tier;
    if (a.score != b.score) return a.score < b.score;
    if (a.date_key != b.date_key) return a.date_key > b.date_key;
    return a.id > b.id;
  });
  const SearchRequest& request = ctx.request;
  Ranking ranking;
  for (const auto& row : fetched) {
    if (request.after && !ranks_after(row, *request.after)) continue;
    if (static_cast<int>(ranking.rows.size()) == request.limit) break;
    ranking.rows.push_back(row);
  }
  if (more_exist) {
    // Rows not fetched rank at or after `edge`; the page is right only if it
    // is full and ends strictly before `edge`.
    if (static_cast<int>(ranking.rows.size()) < request.limit) return std::optional<Ranking>();
    const SearchCursor& last = ranking.rows.back();
    if (last.tier == edge.tier && last.score == edge.score) return std::optional<Ranking>();
  }
  return std::optional<Ranking>(std::move(ranking));
}

Result<Ranking> rank_in_sql(SearchContext& ctx) {
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, ctx.engine.statement(ctx.plan.ranked.text));
  ctx.plan.ranked.bind(*s);
  Ranking ranking;
  for (;;) {
    auto more = s->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    ranking.rows.push_back({s->integer(3), s->real(1), s->text(2), s->int64(0)});
  }
  return ranking;
}

Result<Ranking> rank(SearchContext& ctx) {
  for (RankingStrategy strategy : {rank_unheld, rank_syllable_by_text, rank_dense_by_walk,
                                   rank_by_phrase_scan, rank_pinyin_broadly, rank_first_rows}) {
    KANBAO_ASSIGN_OR_RETURN(std::optional<Ranking> ranking, strategy(ctx));
    if (ranking) return std::move(*ranking);
  }
  return rank_in_sql(ctx);
}

}  // namespace kanbao::store
