// SPDX-License-Identifier: MIT
#include "store/search/assemble.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "store/search/lookups.h"
#include "store/snippet.h"

namespace kanbao::store {

SearchHit make_hit(std::int64_t id, LoadedArticle&& l, const match::Evaluation& e, const SearchCursor& cursor,
                   int columns) {
  SearchHit hit;
  hit.id = id;
  hit.district = std::move(l.district);
  hit.date = l.date;
  hit.published = l.published;
  hit.paper = std::move(l.paper);
  hit.page = std::move(l.page);
  hit.kicker = std::move(l.kicker);
  hit.title = l.fields.title;
  hit.subtitle = l.fields.subtitle;
  // The first match in the body, else in the subtitle, title, kicker or byline.
  const std::string* text = &l.fields.body;
  const std::vector<Span>* spans = &e.body;
  if (e.body.empty()) {
    if (!e.subtitle.empty()) {
      text = &l.fields.subtitle;
      spans = &e.subtitle;
    } else if (!e.title.empty()) {
      text = &l.fields.title;
      spans = &e.title;
    } else if (!e.kicker.empty()) {
      text = &l.fields.kicker;
      spans = &e.kicker;
    } else if (!e.byline.empty()) {
      text = &l.fields.byline;
      spans = &e.byline;
    }
  }
  match::Snippet s = match::make_snippet(*text, *spans, 0, columns);
  hit.snippet = std::move(s.text);
  hit.highlights = std::move(s.highlights);
  hit.hit_count = e.count();
  hit.score = cursor.score;
  hit.cursor = cursor;
  return hit;
}

namespace {

// Whether `row` begins another rank group than `previous`'s: another tier
// or another score side (broad rows score 0 or 1; bm25 scores are below 0).
bool starts_group(const SearchCursor& previous, const SearchCursor& row) {
  return !same_rank_group(previous, row);
}

// How many candidates of one rank group (a run of rows of one tier and
// score side, SearchCursor) verify() may check past the page, looked at,
// matched, and skipped uncounted.
struct GroupTally {
  std::int64_t share = 0;
  std::int64_t examined = 0;
  std::int64_t matched = 0;
  std::int64_t unexamined = 0;
};

// The rank groups of `rows`, in order, each with its share of kCountBudget:
// the groups match at different rates (a pinyin query's letters and
// readings tiers nearly all, its initials tier a fraction), so each is
// checked and its unchecked rows extrapolated at its own rate. The budget
// is shared out evenly; a group smaller than its share is checked whole and
// leaves the rest to the larger ones.
std::vector<GroupTally> rank_groups(const std::vector<SearchCursor>& rows) {
  std::vector<GroupTally> groups;
  std::vector<std::int64_t> sizes;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i == 0 || starts_group(rows[i - 1], rows[i])) sizes.push_back(0);
    ++sizes.back();
  }
  groups.resize(sizes.size());
  std::vector<std::size_t> by_size(sizes.size());
  for (std::size_t g = 0; g < by_size.size(); ++g) by_size[g] = g;
  std::stable_sort(by_size.begin(), by_size.end(),
                   [&](std::size_t a, std::size_t b) { return sizes[a] < sizes[b]; });
  std::int64_t left = kCountBudget;
  for (std::size_t k = 0; k < by_size.size(); ++k) {
    const auto share = left / static_cast<std::int64_t>(by_size.size() - k);
    groups[by_size[k]].share = std::min(sizes[by_size[k]], std::max<std::int64_t>(share, 1));
    left -= groups[by_size[k]].share;
  }
  return groups;
}

// The matches counted, and whether some were extrapolated: each group's
// unchecked rows at its own rate (a group not checked at all, the last
// checked one's).
std::pair<std::int64_t, bool> total_of(const std::vector<GroupTally>& groups) {
  std::int64_t total = 0;
  bool estimated = false;
  const GroupTally* last_checked = nullptr;
  for (const GroupTally& g : groups) {
    total += g.matched;
    if (g.examined > 0) last_checked = &g;
    if (g.unexamined == 0 || last_checked == nullptr) continue;
    total += (g.unexamined * last_checked->matched + last_checked->examined / 2) / last_checked->examined;
    estimated = true;
  }
  return {total, estimated};
}

// Loads and checks the rows, filling `page` with the wanted hits: an exact
// plan stops when the page is full (its rows all match), an inexact one goes
// on counting, each rank group up to its share of kCountBudget checks.
Result<std::vector<GroupTally>> verify(const query::Query& q, const SearchRequest& request, bool exact,
                                       const std::vector<SearchCursor>& rows, const ArticleLoader& load,
                                       SearchPage& page) {
  const int columns = std::max(request.snippet_columns, 4);
  std::vector<GroupTally> groups = rank_groups(rows);
  std::size_t g = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const SearchCursor& row = rows[i];
    if (i > 0 && starts_group(rows[i - 1], row)) ++g;
    GroupTally& group = groups[g];
    bool wanted = request.limit <= 0 || static_cast<int>(page.hits.size()) < request.limit;
    if (!exact && request.after && !ranks_after(row, *request.after)) wanted = false;
    if (exact && !wanted) break;
    if (!exact && !wanted && group.examined >= group.share) {
      ++group.unexamined;
      continue;
    }
    KANBAO_ASSIGN_OR_RETURN(std::optional<LoadedArticle> loaded, load(row.id));
    if (!loaded) continue;  // deleted meanwhile
    ++group.examined;
    const match::Evaluation e = match::evaluate(q, loaded->fields);
    if (!e.matches) continue;  // FTS proposed a superset (see query::FtsExpression::exact)
    ++group.matched;
    if (wanted) page.hits.push_back(make_hit(row.id, std::move(*loaded), e, row, columns));
  }
  return groups;
}

Result<std::int64_t> count(SearchEngine& engine, const Sql& count_sql) {
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement(count_sql.text));
  count_sql.bind(*s);
  auto row = s->step();
  if (!row) return row.error().in_context({"search failed: ", {}});
  return *row ? s->int64(0) : 0;
}

}  // namespace

Result<SearchPage> verified_page(const query::Query& q, const SearchRequest& request, bool exact,
                                 const Ranking& ranking, const ArticleLoader& load) {
  SearchPage page;
  KANBAO_ASSIGN_OR_RETURN(const std::vector<GroupTally> groups,
                          verify(q, request, exact, ranking.rows, load, page));
  if (ranking.total) {
    page.total = *ranking.total;
    page.total_is_estimate = ranking.total_is_estimate;
  } else if (!exact) {
    std::tie(page.total, page.total_is_estimate) = total_of(groups);
  }
  return page;
}

Result<SearchPage> assemble_page(SearchContext& ctx, Ranking ranking) {
  if (!ranking.total) ranking.total = ctx.counted;
  const ArticleLoader load = [&ctx](std::int64_t id) { return load_article(ctx.engine, id); };
  KANBAO_ASSIGN_OR_RETURN(SearchPage page,
                          verified_page(ctx.query, ctx.request, ctx.plan.exact, ranking, load));
  if (!ranking.total && ctx.plan.exact) {
    KANBAO_ASSIGN_OR_RETURN(page.total, count(ctx.engine, ctx.plan.count));
  }
  return page;
}

}  // namespace kanbao::store
