// SPDX-License-Identifier: MIT
// The broad search of an unfiltered query whose every term is one token
// (search_decided_terms, pg_search.h): the server counts the matches - or,
// when most of a big library matches, estimates them from windows of the
// id space by SQLite's rule (store/dense_sample.h) - and finds the page
// itself: the newest title hits from the GIN index of the titles' tokens
// (schema version 6), then the newest other matches, in date order. Only
// the page's articles are read. It used to read the title of every match
// and fold it in C++ (的: 40 ms at 20,000 articles, 290 ms at 200,000), as
// a query with a district filter still did until the filter became part of
// the statements here.
#include <fmt/format.h>

#include <algorithm>

#include "store/broad_ranking.h"
#include "store/dense_sample.h"
#include "store/pg/pg_search.h"

namespace kanbao::store::pg {
namespace {

// Appends `p` to `params`; its placeholder.
std::string bound(std::vector<Param>& params, Param p) {
  params.push_back(std::move(p));
  return "$" + std::to_string(params.size());
}

Result<IdSpan> id_span(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query("SELECT min(id), max(id) FROM articles"));
  IdSpan span;
  if (rows.size() == 1 && !rows.null(0, 0)) span = {rows.int64(0, 0), rows.int64(0, 1)};
  return span;
}

// SQL true for an id in one of `windows` (parameters appended to `params`).
std::string in_windows(const std::vector<IdWindow>& windows, std::vector<Param>& params) {
  std::vector<std::string> any;
  for (const IdWindow& w : windows) {
    const std::string first = bound(params, param(w.first));
    const std::string last = bound(params, param(w.last));
    any.push_back(fmt::format("a.id BETWEEN {}::bigint AND {}::bigint", first, last));
  }
  return "(" + fmt::format("{}", fmt::join(any, " OR ")) + ")";
}

// The estimate of a dense query's total, or nullopt (store/dense_sample.h).
// Both looks are counted in one statement, from the GIN index and the
// primary key's ranges: the matches of a window are the same whether the
// glimpse alone rules the query out or not.
Result<std::optional<std::int64_t>> estimate_dense(Conn& conn, const DecidedQuery& d,
                                                   const std::vector<Param>& params, std::int64_t dense) {
  KANBAO_ASSIGN_OR_RETURN(const IdSpan span, id_span(conn));
  const std::optional<DenseSample> sample = dense_sample(span, dense);
  if (!sample) return std::optional<std::int64_t>();
  std::vector<Param> p = params;
  const std::string glimpse = in_windows(sample->glimpse, p);
  const std::string closer = in_windows(sample->closer, p);
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows, query_by_tokens(conn,
                                 fmt::format("SELECT count(*) FILTER (WHERE {0}), count(*) FILTER (WHERE {1})"
                                             " FROM articles a WHERE a.joined_to IS NULL AND {2} AND {3}"
                                             " AND ({0} OR {1})",
                                             glimpse, closer, d.opaque, d.kept),
                                 p));
  return dense_estimate(*sample, span, rows.int64(0, 0), rows.int64(0, 1), dense);
}

// The rows of one tier (id, date_key), newest first, after `from` (a date
// key and id) if given, up to `limit` (0: all).
Result<std::vector<SearchCursor>> tier_rows(Conn& conn, const DecidedQuery& d, std::vector<Param> params,
                                            bool titled, const DateWalk::From& from, int limit) {
  // The title tier asks title_tokens alone (a short array stored in the
  // row): testing `holds` too read the whole token array of each article
  // walked in date order, stored out of line (18 ms against 0.2 for 的).
  std::string sql =
      "SELECT a.id, a.date_key FROM articles a WHERE a.joined_to IS NULL AND " +
      (titled ? d.titled + " AND " + d.kept : d.holds + " AND " + d.kept + " AND NOT " + d.titled) + " AND " +
      d.scope;
  if (from) {
    const std::string key = bound(params, param(from->first));
    const std::string id = bound(params, param(from->second));
    sql += fmt::format(" AND (a.date_key, a.id) < ({}::text, {}::bigint)", key, id);
  }
  sql += " ORDER BY a.date_key DESC, a.id DESC";
  if (limit > 0) sql += " LIMIT " + bound(params, param(std::int64_t{limit}));
  KANBAO_ASSIGN_OR_RETURN(Rows rows, query_by_tokens(conn, sql, params));
  std::vector<SearchCursor> out;
  out.reserve(static_cast<std::size_t>(rows.size()));
  for (int i = 0; i < rows.size(); ++i)
    out.push_back(SearchCursor{0, titled ? 0.0 : 1.0, rows.text(i, 1), rows.int64(i, 0)});
  return out;
}

// The total of a broad page (SearchPage's total and total_is_estimate), or
// nullopt when bm25 ranks the matches instead: when the whole library has
// bm25_up_to of them or fewer.
Result<std::optional<SearchPage>> decided_total(Conn& conn, const SearchRequest& request,
                                                const DecidedQuery& d, const std::vector<Param>& params) {
  SearchPage page;
  if (d.scope != "true") {
    KANBAO_ASSIGN_OR_RETURN(const bool many,
                            more_articles_than(conn, d.matches(), params, request.bm25_up_to));
    if (!many) return std::optional<SearchPage>();
    KANBAO_ASSIGN_OR_RETURN(
        Rows counted,
        query_by_tokens(conn, "SELECT count(*) FROM articles a WHERE " + d.matches() + " AND " + d.scope,
                        params));
    page.total = counted.int64(0, 0);
    return std::optional<SearchPage>(std::move(page));
  }
  const std::int64_t dense = std::max(request.count_up_to, request.bm25_up_to);
  if (request.count_up_to >= 0 && request.limit > 0) {
    KANBAO_ASSIGN_OR_RETURN(const auto estimate, estimate_dense(conn, d, params, dense));
    if (estimate) {
      page.total = *estimate;
      page.total_is_estimate = true;
      return std::optional<SearchPage>(std::move(page));
    }
  }
  KANBAO_ASSIGN_OR_RETURN(
      Rows counted, query_by_tokens(conn, "SELECT count(*) FROM articles a WHERE " + d.matches(), params));
  page.total = counted.int64(0, 0);
  if (page.total <= request.bm25_up_to) return std::optional<SearchPage>();
  return std::optional<SearchPage>(std::move(page));
}

}  // namespace

Result<std::optional<SearchPage>> search_decided_terms(Conn& conn, const query::Query& q,
                                                       const SearchRequest& request, const DecidedQuery& d,
                                                       const std::vector<Param>& params) {
  KANBAO_ASSIGN_OR_RETURN(std::optional<SearchPage> counted, decided_total(conn, request, d, params));
  if (!counted) return counted;  // bm25 ranks them
  SearchPage page = std::move(*counted);
  // Title hits first, then the others, each newest first (store/broad_ranking.h).
  const int start = tier_after(request.after);
  std::vector<SearchCursor> shown;
  for (const int tier : {0, 1}) {
    if (tier < start) continue;
    const int wanted = request.limit > 0 ? request.limit - static_cast<int>(shown.size()) : 0;
    if (request.limit > 0 && wanted <= 0) break;
    KANBAO_ASSIGN_OR_RETURN(auto rows,
                            tier_rows(conn, d, params, tier == 0, walk_start(request.after, tier), wanted));
    shown.insert(shown.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  }
  KANBAO_ASSIGN_OR_RETURN(page.hits, page_hits(conn, q, shown, std::max(request.snippet_columns, 4)));
  return std::optional<SearchPage>(std::move(page));
}

}  // namespace kanbao::store::pg
