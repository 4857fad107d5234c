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

// How many candidates of one rank group (a SearchCursor's tier and score
// side) verify() looked at, matched, and skipped uncounted.
struct GroupTally {
  std::int64_t examined = 0;
  std::int64_t matched = 0;
  std::int64_t unexamined = 0;
};

// verify()'s counts, by rank group in rank order: the groups match at
// different rates (a pinyin query's literal and reading tiers nearly all,
// its initials tier a fraction), so each group's skipped rows are
// extrapolated from its own checks, not from the first groups'.
struct Tally {
  std::vector<std::pair<std::pair<int, bool>, GroupTally>> groups;
  std::int64_t examined = 0;

  GroupTally& of(const SearchCursor& row) {
    const std::pair<int, bool> key{row.tier, row.score < 0.5};
    if (groups.empty() || groups.back().first != key) groups.push_back({key, {}});
    return groups.back().second;
  }

  // The matches counted, and whether some were extrapolated.
  std::pair<std::int64_t, bool> total() const {
    std::int64_t total = 0;
    bool estimated = false;
    // A group not checked at all takes the rate of the last one checked.
    std::optional<GroupTally> last_checked;
    for (const auto& [key, g] : groups) {
      total += g.matched;
      if (g.examined > 0) last_checked = g;
      if (g.unexamined == 0 || !last_checked) continue;
      total += (g.unexamined * last_checked->matched + last_checked->examined / 2) / last_checked->examined;
      estimated = true;
    }
    return {total, estimated};
  }
};

// Loads and checks the rows, filling `page` with the wanted hits: an exact
// plan stops when the page is full (its rows all match), an inexact one goes
// on counting (up to kCountBudget checks).
Result<Tally> verify(const query::Query& q, const SearchRequest& request, bool exact,
                     const std::vector<SearchCursor>& rows, const ArticleLoader& load, SearchPage& page) {
  const int columns = std::max(request.snippet_columns, 4);
  Tally tally;
  for (const SearchCursor& row : rows) {
    bool wanted = request.limit <= 0 || static_cast<int>(page.hits.size()) < request.limit;
    if (!exact && request.after && !ranks_after(row, *request.after)) wanted = false;
    if (exact && !wanted) break;
    GroupTally& group = tally.of(row);
    if (!exact && !wanted && tally.examined >= kCountBudget) {
      ++group.unexamined;
      continue;
    }
    KANBAO_ASSIGN_OR_RETURN(std::optional<LoadedArticle> loaded, load(row.id));
    if (!loaded) continue;  // deleted meanwhile
    ++tally.examined;
    ++group.examined;
    const match::Evaluation e = match::evaluate(q, loaded->fields);
    if (!e.matches) continue;  // FTS proposed a superset (see query::FtsExpression::exact)
    ++group.matched;
    if (wanted) page.hits.push_back(make_hit(row.id, std::move(*loaded), e, row, columns));
  }
  return tally;
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
  KANBAO_ASSIGN_OR_RETURN(const Tally tally, verify(q, request, exact, ranking.rows, load, page));
  if (ranking.total) {
    page.total = *ranking.total;
    page.total_is_estimate = ranking.total_is_estimate;
  } else if (!exact) {
    std::tie(page.total, page.total_is_estimate) = tally.total();
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
