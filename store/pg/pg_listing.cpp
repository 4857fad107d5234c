// SPDX-License-Identifier: MIT
// PgLibrary::list, count and position: keyset-paged listings, the SQL text
// assembled from fixed fragments by the shape of the query (as listing.cpp
// does for SQLite), every value bound. Parameters: $1 district, $2 folded
// title filter, $3/$4 `after` key/id, $5/$6 `before` key/id, $7 limit,
// $8 paper, $9 an article id, $10 papers left out (paper_set), $11/$12 the
// first and last date key, $13-$16 and $17-$20 the place (paper, page,
// file, position) of `after` and `before`; unused ones are sent as NULL.
#include <algorithm>
#include <optional>
#include <string>

#include "store/district_name.h"
#include "store/list_order.h"
#include "store/pg/pg_library.h"

namespace kanbao::store::pg {
namespace {

// Which articles a district filter selects.
struct DistrictScope {
  enum Kind { kAll, kOne, kNone } kind = kAll;  // kNone: a known district with no articles
  std::string name;                             // kOne: "" = unknown district
};

Result<DistrictScope> resolve_district(Conn& conn, const corpus::Gazetteer& gazetteer,
                                       const std::optional<std::string>& district) {
  if (!district) return DistrictScope{};
  if (district->empty()) return DistrictScope{DistrictScope::kOne, ""};
  const std::string name = canonical_district(gazetteer, *district);
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          conn.query("SELECT 1 FROM articles WHERE district = $1 LIMIT 1", {param(name)}));
  // As on SQLite: a known district without articles lists nothing (a name
  // neither known nor held was refused before, by Library).
  if (rows.size() == 0) return DistrictScope{DistrictScope::kNone, ""};
  return DistrictScope{DistrictScope::kOne, name};
}

// Continuations joined to the article they continue are listed as that
// article (pg_continuations.h).
std::string where_clause(const DistrictScope& scope, const ListQuery& q) {
  std::string where = " WHERE a.joined_to IS NULL";
  if (q.paper) where += " AND a.paper = $8";
  if (!q.without_papers.empty()) where += " AND strpos($10, chr(31) || a.paper || chr(31)) = 0";
  if (scope.kind == DistrictScope::kOne) where += " AND a.district = $1";
  if (!q.title_filter.empty()) where += " AND strpos(a.folded_title, $2) > 0";
  // date_key is the listing date, as search's date: compares it.
  if (q.dates) where += " AND a.date_key BETWEEN $11 AND $12";
  return where;
}

constexpr int kParams = 20;

// Every parameter, the filters' filled in.
std::vector<Param> filter_params(const DistrictScope& scope, const ListQuery& q) {
  std::vector<Param> p(kParams);
  if (scope.kind == DistrictScope::kOne) p[0] = scope.name;
  if (!q.title_filter.empty()) p[1] = fold_text(q.title_filter);
  if (q.paper) p[7] = *q.paper;
  if (!q.without_papers.empty()) p[9] = paper_set(q.without_papers);
  if (q.dates) p[10] = q.dates->from, p[11] = q.dates->to;
  return p;
}

// Every placeholder typed, so that unused (NULL) ones are still understood.
std::string typed(std::string sql) {
  for (int i = 1; i <= kParams; ++i) {
    const std::string ph = "$" + std::to_string(i);
    const bool number = i == 4 || i == 6 || i == 7 || i == 9 || i == 15 || i == 16 || i == 19 || i == 20;
    const char* type = number ? "::bigint" : "::text";
    for (auto at = sql.find(ph); at != std::string::npos; at = sql.find(ph, at + 1)) {
      const auto end = at + ph.size();
      if (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql[end]))) continue;
      sql.insert(end, type);
    }
  }
  return sql;
}

// The ICU Chinese collation of the server (the same ICU "zh" as SQLite's
// kanbao_zh), the title with its Latin letters as pinyin (latin_as_pinyin)
// as SQLite's.
const SortSql& postgres_sort() {
  static const SortSql sort{"(" + latin_as_pinyin_sql("a.title") + " COLLATE \"zh-x-icu\")",
                            "(coalesce(a.reporters[1], chr(65535)) COLLATE \"zh-x-icu\")",
                            "(a.paper COLLATE \"C\")", "(a.page COLLATE \"C\")"};
  return sort;
}

const CursorSql kAfter{"$3", "$4", "$13", "$14", "$15", "$16"};
const CursorSql kBefore{"$5", "$6", "$17", "$18", "$19", "$20"};
// position()'s article, as its WITH names it.
const CursorSql kTarget{"t.k", "t.id", "t.paper", "t.page", "t.file_id", "t.position"};

// Sets `cursor`'s parameters: its key and id at `key` (0-based) and the
// next one, its place at `place` and the three after it.
void set_cursor(std::vector<Param>& p, const ListCursor& cursor, std::size_t key, std::size_t place) {
  p[key] = cursor.key;
  p[key + 1] = param(cursor.id);
  p[place] = cursor.paper;
  p[place + 1] = cursor.page;
  p[place + 2] = param(cursor.file_id);
  p[place + 3] = param(static_cast<std::int64_t>(cursor.position));
}

// Counts the rows of a query with filter_params().
Result<std::int64_t> count_of(Conn& conn, const std::string& sql, const std::vector<Param>& params) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query(typed(sql), params, true));
  return rows.size() == 0 ? 0 : rows.int64(0, 0);
}

// `page` with the pages of its rows' articles (read_pages).
Result<ListPage> with_pages(Conn& conn, ListPage page) {
  KANBAO_TRY(read_pages(conn, page.rows));
  return page;
}

}  // namespace

Result<std::int64_t> PgLibrary::count(const ListQuery& query) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  KANBAO_ASSIGN_OR_RETURN(DistrictScope scope, resolve_district(conn_, impl_.gazetteer, query.district));
  if (scope.kind == DistrictScope::kNone) return std::int64_t{0};
  return count_of(conn_, "SELECT count(*) FROM articles a" + where_clause(scope, query),
                  filter_params(scope, query));
}

Result<ListPage> PgLibrary::list(const ListQuery& query) {
  ListPage page;
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  KANBAO_ASSIGN_OR_RETURN(DistrictScope scope, resolve_district(conn_, impl_.gazetteer, query.district));
  if (scope.kind == DistrictScope::kNone) return page;
  const SortKey sort = sort_key(query.sort, postgres_sort());
  // Backward: the reverse order from the end (or from `before`), flipped afterwards.
  const bool backward = !query.after && (query.before || query.from_end);

  std::string sql = std::string("SELECT ") + kRowColumns + ", " + sort.expr + ", " +
                    place_columns(postgres_sort()) + kRowFrom + where_clause(scope, query);
  if (query.after) sql += " AND " + past_cursor(sort, postgres_sort(), kAfter, true);
  if (query.before) sql += " AND " + past_cursor(sort, postgres_sort(), kBefore, false);
  sql += " ORDER BY " + order_terms(sort, postgres_sort(), backward) + " LIMIT $7";
  std::vector<Param> p = filter_params(scope, query);
  if (query.after) set_cursor(p, *query.after, 2, 12);
  if (query.before) set_cursor(p, *query.before, 4, 16);
  if (query.limit > 0) p[6] = param(std::int64_t{query.limit});  // NULL: no limit
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn_.query(typed(sql), p, true));
  for (int i = 0; i < rows.size(); ++i) {
    page.rows.push_back(read_row(rows, i));
    const int c = kRowColumnCount;  // the key, then the place
    page.cursors.push_back(ListCursor{rows.text(i, c), page.rows.back().id, rows.text(i, c + 1),
                                      rows.text(i, c + 2), rows.int64(i, c + 3), rows.integer(i, c + 4)});
  }
  if (backward) {
    std::reverse(page.rows.begin(), page.rows.end());
    std::reverse(page.cursors.begin(), page.cursors.end());
  }
  return with_pages(conn_, std::move(page));
}

Result<std::optional<std::int64_t>> PgLibrary::position(const ListQuery& query, std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  KANBAO_ASSIGN_OR_RETURN(DistrictScope scope, resolve_district(conn_, impl_.gazetteer, query.district));
  if (scope.kind == DistrictScope::kNone) return std::optional<std::int64_t>();
  const SortKey sort = sort_key(query.sort, postgres_sort());
  const std::string where = where_clause(scope, query);
  std::vector<Param> p = filter_params(scope, query);
  p[8] = param(id);
  KANBAO_ASSIGN_OR_RETURN(std::int64_t member,
                          count_of(conn_, "SELECT count(*) FROM articles a" + where + " AND a.id = $9", p));
  if (member == 0) return std::optional<std::int64_t>();
  KANBAO_ASSIGN_OR_RETURN(
      std::int64_t before,
      count_of(conn_,
               "WITH target AS (SELECT " + sort.expr + " AS k, a.id AS id, " + postgres_sort().paper +
                   " AS paper, " + postgres_sort().page +
                   " AS page, a.file_id AS file_id, a.position AS position FROM articles a WHERE a.id = $9)"
                   " SELECT count(*) FROM articles a, target t" +
                   where + " AND " + past_cursor(sort, postgres_sort(), kTarget, false),
               p));
  return std::optional<std::int64_t>(before);
}

}  // namespace kanbao::store::pg
