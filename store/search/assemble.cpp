// SPDX-License-Identifier: MIT
#include "store/search/assemble.h"

#include <algorithm>

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

// How many candidates verify() looked at, matched, and skipped uncounted.
struct Tally {
  std::int64_t examined = 0;
  std::int64_t matched = 0;
  std::int64_t unexamined = 0;
};

// Loads and checks the rows; an exact plan stops once the page is full, an
// inexact one goes on counting (up to kCountBudget checks).
Result<Tally> verify(const query::Query& q, const SearchRequest& request, bool exact,
                     const std::vector<SearchCursor>& rows, const ArticleLoader& load, SearchPage& page) {
  const int columns = std::max(request.snippet_columns, 4);
  Tally tally;
  for (const SearchCursor& row : rows) {
    bool wanted = request.limit <= 0 || static_cast<int>(page.hits.size()) < request.limit;
    if (!exact && request.after && !ranks_after(row, *request.after)) wanted = false;
    if (exact && !wanted) break;
    if (!exact && !wanted && tally.examined >= kCountBudget) {
      ++tally.unexamined;
      continue;
    }
    KANBAO_ASSIGN_OR_RETURN(std::optional<LoadedArticle> loaded, load(row.id));
    if (!loaded) continue;  // deleted meanwhile
    ++tally.examined;
    const match::Evaluation e = match::evaluate(q, loaded->fields);
    if (!e.matches) continue;  // FTS proposed a superset (see query::FtsExpression::exact)
    ++tally.matched;
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
    page.total = tally.matched;
    if (tally.unexamined > 0 && tally.examined > 0) {
      page.total += (tally.unexamined * tally.matched + tally.examined / 2) / tally.examined;
      page.total_is_estimate = true;
    }
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
