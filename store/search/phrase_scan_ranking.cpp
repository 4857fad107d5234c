// SPDX-License-Identifier: MIT
// rank_by_phrase_scan: a plain query (no pinyin, reporter: or date:) first
// collects its matches in one scan. Too many for bm25 and it is ranked
// broadly; few, and they are scored and counted already.
#include <algorithm>

#include "store/hit_scan.h"
#include "store/search/lookups.h"
#include "store/search/strategies.h"

namespace kanbao::store {

namespace {

bool unfiltered(const SearchContext& ctx) {
  return !ctx.request.district && ctx.query.districts.empty() && ctx.query.papers.empty();
}

// The hits of `hits` that the scope, the district and the paper filters let through
// (one lookup each: there are at most bm25_up_to).
Result<std::vector<ScannedHit>> passing_filters(SearchContext& ctx, const std::vector<ScannedHit>& hits) {
  KANBAO_ASSIGN_OR_RETURN(const AllowedDistricts allowed,
                          allowed_districts(ctx.engine, ctx.query, ctx.request, ctx.gazetteer));
  KANBAO_ASSIGN_OR_RETURN(StatementLease s,
                          ctx.engine.statement("SELECT district_id, paper FROM articles WHERE id = ?1"));
  std::vector<ScannedHit> kept;
  for (const ScannedHit& hit : hits) {
    s->bind(1, hit.id);
    auto found = s->step();
    if (!found) return found.error().in_context({"search failed: ", {}});
    const std::string paper = *found ? s->text(1) : std::string();
    const std::int64_t district =
        district_key(*found && !s->is_null(0) ? s->int64(0) : 0, paper, ctx.request);
    const bool kept_paper = *found && paper_allowed(ctx.query, paper);
    s->reset();
    if (*found && in_every(allowed, district) && kept_paper) kept.push_back(hit);
  }
  return kept;
}

// The rows of a scan, sorted by bm25 then higher id, dated lazily: dates are
// read only where they decide the order (equal scores, the cursor's score)
// and for the page's own cursors.
class ScoredRows {
 public:
  ScoredRows(SearchEngine& engine, const HitScan& scan) : engine_(engine) {
    rows_.reserve(scan.scored.size());
    for (const ScannedHit& hit : scan.scored) rows_.push_back({0, bm25(scan, hit), "", hit.id});
    std::sort(rows_.begin(), rows_.end(), [](const SearchCursor& a, const SearchCursor& b) {
      return a.score != b.score ? a.score < b.score : a.id > b.id;
    });
    dated_.assign(rows_.size(), false);
  }

  std::size_t size() const { return rows_.size(); }
  SearchCursor& operator[](std::size_t i) { return rows_[i]; }

  Status date(std::size_t i) {
    if (dated_[i]) return Status::Ok();
    KANBAO_ASSIGN_OR_RETURN(rows_[i].date_key, date_key_of(engine_, rows_[i].id));
    dated_[i] = true;
    return Status::Ok();
  }

  // Puts the run of equal scores that starts at `i` in date order; returns
  // where the run ends.
  Result<std::size_t> order_run(std::size_t i) {
    std::size_t end = i + 1;
    while (end < rows_.size() && rows_[end].score == rows_[i].score) ++end;
    if (end - i > 1) {
      for (std::size_t k = i; k < end; ++k) KANBAO_TRY(date(k));
      std::sort(rows_.begin() + static_cast<std::ptrdiff_t>(i),
                rows_.begin() + static_cast<std::ptrdiff_t>(end),
                [](const SearchCursor& a, const SearchCursor& b) {
                  return a.date_key != b.date_key ? a.date_key > b.date_key : a.id > b.id;
                });
    }
    return end;
  }

 private:
  SearchEngine& engine_;
  std::vector<SearchCursor> rows_;
  std::vector<bool> dated_;
};

// The page of a single-phrase query with at most bm25_up_to matches, in
// Plan::ranked's order: bm25, then newest first, then the higher id.
Result<std::vector<SearchCursor>> scanned_rows(SearchEngine& engine, const HitScan& scan,
                                               const SearchRequest& request) {
  ScoredRows rows(engine, scan);
  std::size_t first = 0;
  if (request.after) {
    while (first < rows.size() && rows[first].score < request.after->score) ++first;
    if (first < rows.size() && rows[first].score == request.after->score) {
      KANBAO_ASSIGN_OR_RETURN(const std::size_t end, rows.order_run(first));
      for (; first < end; ++first) {
        KANBAO_TRY(rows.date(first));  // a run of one is not dated yet
        if (ranks_after(rows[first], *request.after)) break;
      }
    }
  }
  std::vector<SearchCursor> page;
  for (std::size_t k = first, run_end = first; k < rows.size(); ++k) {
    if (request.limit > 0 && static_cast<int>(page.size()) == request.limit) break;
    if (k == run_end) {
      KANBAO_ASSIGN_OR_RETURN(run_end, rows.order_run(k));
    }
    KANBAO_TRY(rows.date(k));
    page.push_back(std::move(rows[k]));
  }
  return page;
}

}  // namespace

Result<std::optional<Ranking>> rank_by_phrase_scan(SearchContext& ctx) {
  const SearchRequest& request = ctx.request;
  const query::Query& q = ctx.query;
  if (request.bm25_up_to < 0 || !ctx.plan.exact || ctx.fts.all.empty() || q.has_pinyin() ||
      !q.reporters.empty() || !q.dates.empty())
    return std::optional<Ranking>();
  KANBAO_ASSIGN_OR_RETURN(StatementLease scan_stmt, ctx.engine.statement(kHitScanSql));
  KANBAO_ASSIGN_OR_RETURN(StatementLease ids_stmt, ctx.engine.statement(kMatchingIdsSql));
  KANBAO_ASSIGN_OR_RETURN(HitScan scan, scan_hits(*scan_stmt, *ids_stmt, ctx.fts.all,
                                                  static_cast<std::size_t>(request.bm25_up_to)));
  Ranking ranking;
  if (scan.ids.empty()) {
    ranking.total = 0;  // nothing to rank
  } else if (static_cast<std::int64_t>(scan.ids.size()) > request.bm25_up_to) {
    KANBAO_ASSIGN_OR_RETURN(auto titled, matching_ids(ctx.engine, ctx.fts.titles, kMatchingTitleIdsSql));
    KANBAO_ASSIGN_OR_RETURN(
        BroadPage broad,
        broad_rows(ctx, request, {title_groups(std::move(scan.ids), std::move(titled)), {}}));
    ranking.rows = std::move(broad.rows);
    ranking.total = broad.total;
  } else if (scan.scored_all) {
    if (!unfiltered(ctx)) {
      // bm25 counts the phrase in the whole library (scan.ids, kept); the
      // page and the total only what the scope and filters let through.
      KANBAO_ASSIGN_OR_RETURN(scan.scored, passing_filters(ctx, scan.scored));
    }
    ranking.total = static_cast<std::int64_t>(scan.scored.size());
    KANBAO_ASSIGN_OR_RETURN(ranking.rows, scanned_rows(ctx.engine, scan, request));
  } else {
    if (unfiltered(ctx)) ctx.counted = static_cast<std::int64_t>(scan.ids.size());
    return std::optional<Ranking>();
  }
  return std::optional<Ranking>(std::move(ranking));
}

}  // namespace kanbao::store
