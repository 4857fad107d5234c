// SPDX-License-Identifier: MIT
// Library::list and Library::count: keyset-paged listings of articles.
//
// The SQL text is assembled from fixed fragments chosen by the *shape* of the
// query (sort, direction, which filters are present); every value is bound.
// Paging compares (sort key, id) row values with the cursor, so each page
// costs the same however deep into 200,000 rows it is, and the indexes
// articles_[district_]date / articles_[district_]title serve every shape.
#include <algorithm>
#include <optional>
#include <string>

#include "store/article_rows.h"
#include "store/district_name.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/list_order.h"

namespace kanbao::store {
namespace {

// Which articles a district filter selects.
struct DistrictScope {
  enum Kind { kAll, kUnknown, kOne, kNone } kind = kAll;  // kNone: a district with no articles
  std::int64_t id = 0;
};

Result<DistrictScope> resolve_district(sql::Db& db, const corpus::Gazetteer& gazetteer,
                                       const std::optional<std::string>& district) {
  if (!district) return DistrictScope{};
  if (district->empty()) return DistrictScope{DistrictScope::kUnknown, 0};
  KANBAO_ASSIGN_OR_RETURN(auto stmt, db.prepare("SELECT id FROM districts WHERE name = ?1"));
  stmt.bind(1, canonical_district(gazetteer, *district));
  KANBAO_ASSIGN_OR_RETURN(auto row, stmt.step());
  // A known district without articles lists nothing (a name neither known
  // nor held was refused before: listed_district).
  if (!row) return DistrictScope{DistrictScope::kNone, 0};
  return DistrictScope{DistrictScope::kOne, stmt.int64(0)};
}

// A listing's district ("" the unknown one), checked as search checks
// its districts, on either backend.
Status listed_district(Library& library, corpus::Gazetteer& gazetteer, const CountryDistrict& country,
                       const std::optional<std::string>& district) {
  if (!district || district->empty()) return Status::Ok();
  return check_district(library, gazetteer, country, *district);
}

// The reporters and correspondents of the page's rows.
Status read_people(sql::Db& db, ListPage& page) {
  KANBAO_ASSIGN_OR_RETURN(auto people, PeopleReader::prepare(db));
  for (auto& row : page.rows) KANBAO_TRY(people.read(row));
  return Status::Ok();
}

// A page walked backward, put in listing order.
void reverse_rows(ListPage& page) {
  std::reverse(page.rows.begin(), page.rows.end());
  std::reverse(page.cursors.begin(), page.cursors.end());
}

// Parameters: ?1 district id, ?2 title filter, ?3/?4 `after` key/id,
// ?5/?6 `before` key/id, ?7 limit, ?8 paper, ?9 papers left out (paper_set), ?10/?11 the first and
// last date key; position() binds the article sought as ?12; ?13-?16 and ?17-?20 the place (paper,
// page, file, position) of `after` and `before`. Continuations joined to the article they continue
// are listed as that article (joined_to).
std::string where_clause(const DistrictScope& scope, const ListQuery& q,
                         const char* base = " WHERE a.joined_to IS NULL") {
  std::string where = base;
  if (q.paper) where += " AND a.paper = ?8";
  if (!q.without_papers.empty()) where += " AND instr(?9, char(31) || a.paper || char(31)) = 0";
  if (scope.kind == DistrictScope::kUnknown) where += " AND a.district_id IS NULL";
  if (scope.kind == DistrictScope::kOne) where += " AND a.district_id = ?1";
  // The title only: a match in a subtitle the list does not show would
  // look like a wrong result.
  if (!q.title_filter.empty()) where += " AND instr(kanbao_fold(a.title), ?2) > 0";
  // date_key is the listing date, as search's date: compares it.
  if (q.dates) where += " AND a.date_key BETWEEN ?10 AND ?11";
  return where;
}

void bind_filters(sql::Statement& stmt, const DistrictScope& scope, const ListQuery& q) {
  if (scope.kind == DistrictScope::kOne) stmt.bind(1, scope.id);
  if (!q.title_filter.empty()) stmt.bind(2, fold_text(q.title_filter));
  if (q.paper) stmt.bind(8, *q.paper);
  if (!q.without_papers.empty()) stmt.bind(9, paper_set(q.without_papers));
  if (q.dates) stmt.bind(10, q.dates->from).bind(11, q.dates->to);
}

// The title (its Latin letters as pinyin: kanbao_title_key) and first
// reporter under kanbao_zh (list_functions.cpp).
const SortSql kSqliteSort{
    "kanbao_title_key(a.title) COLLATE kanbao_zh",
    "coalesce((SELECT p.name FROM article_people ap JOIN people p ON p.id = ap.person_id"
    " WHERE ap.article_id = a.id AND ap.role = 'reporter' ORDER BY ap.ord LIMIT 1), char(65535))"
    " COLLATE kanbao_zh",
    "a.paper", "a.page"};

const CursorSql kAfter{"?3", "?4", "?13", "?14", "?15", "?16"};
const CursorSql kBefore{"?5", "?6", "?17", "?18", "?19", "?20"};
// position()'s article, as its WITH names it.
const CursorSql kTarget{"t.k", "t.id", "t.paper", "t.page", "t.file_id", "t.position"};

void bind_cursor(sql::Statement& stmt, const ListCursor& cursor, int key, int id, int place) {
  stmt.bind(key, cursor.key).bind(id, cursor.id);
  stmt.bind(place, cursor.paper).bind(place + 1, cursor.page).bind(place + 2, cursor.file_id);
  stmt.bind(place + 3, static_cast<std::int64_t>(cursor.position));
}

// The SELECT of one list page: the rows after ?3,?4 and/or before ?5,?6
// (sort key, id), at most ?7 of them, walked backward when `backward`.
std::string list_sql(const DistrictScope& scope, const ListQuery& query, const SortKey& sort, bool backward) {
  std::string sql_text = std::string("SELECT ") + kRowColumns + ", " + sort.expr + ", " +
                         place_columns(kSqliteSort) + kRowFrom + where_clause(scope, query);
  if (query.after) sql_text += " AND " + past_cursor(sort, kSqliteSort, kAfter, true);
  if (query.before) sql_text += " AND " + past_cursor(sort, kSqliteSort, kBefore, false);
  sql_text += " ORDER BY " + order_terms(sort, kSqliteSort, backward) + " LIMIT ?7";
  return sql_text;
}

// The count of a list. Without a title or date filter the scope is whole
// article_tally groups (paper, district), so the count is a sum over a few
// of its rows (store/article_tally.h); with one, every row in scope minus
// the joined continuations: both index scans (articles_joined is a small
// partial index), where asking for joined_to IS NULL directly would read
// every row.
std::string count_sql(const DistrictScope& scope, const ListQuery& query) {
  if (query.title_filter.empty() && !query.dates) {
    std::string sql_text = "SELECT ifnull(sum(articles), 0) FROM article_tally WHERE 1";
    if (query.paper) sql_text += " AND paper = ?8";
    if (!query.without_papers.empty()) sql_text += " AND instr(?9, char(31) || paper || char(31)) = 0";
    if (scope.kind == DistrictScope::kUnknown) sql_text += " AND district_id = 0";
    if (scope.kind == DistrictScope::kOne) sql_text += " AND district_id = ?1";
    return sql_text;
  }
  return "SELECT (SELECT count(*) FROM articles a" + where_clause(scope, query, " WHERE 1") +
         ") - (SELECT count(*) FROM articles a INDEXED BY articles_joined" +
         where_clause(scope, query, " WHERE a.joined_to IS NOT NULL") + ")";
}

}  // namespace

Result<std::int64_t> Library::count(const ListQuery& query) {
  KANBAO_TRY(listed_district(*this, impl_->gazetteer, impl_->country_district, query.district));
  if (impl_->backend) return impl_->backend->count(query);
  KANBAO_ASSIGN_OR_RETURN(auto scope, resolve_district(impl_->db, impl_->gazetteer, query.district));
  if (scope.kind == DistrictScope::kNone) return std::int64_t{0};
  KANBAO_ASSIGN_OR_RETURN(auto stmt, impl_->db.prepare(count_sql(scope, query)));
  bind_filters(stmt, scope, query);
  KANBAO_ASSIGN_OR_RETURN(auto row, stmt.step());
  return row ? stmt.int64(0) : 0;
}

namespace {

// The rows `stmt` (list_sql's) yields, each with its cursor: the sort key,
// then the article's place in its issue.
Status read_list_rows(sql::Statement& stmt, ListPage& page) {
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, stmt.step());
    if (!more) return Status::Ok();
    page.rows.push_back(read_row(stmt));
    const int c = kRowColumnCount;  // the key, then the place
    page.cursors.push_back(ListCursor{stmt.text(c), page.rows.back().id, stmt.text(c + 1), stmt.text(c + 2),
                                      stmt.int64(c + 3), static_cast<int>(stmt.int64(c + 4))});
  }
}

}  // namespace

Result<ListPage> Library::list(const ListQuery& query) {
  KANBAO_TRY(listed_district(*this, impl_->gazetteer, impl_->country_district, query.district));
  if (impl_->backend) return impl_->backend->list(query);
  ListPage page;
  KANBAO_ASSIGN_OR_RETURN(auto scope, resolve_district(impl_->db, impl_->gazetteer, query.district));
  if (scope.kind == DistrictScope::kNone) return page;

  const SortKey sort = sort_key(query.sort, kSqliteSort);
  // "Forward" walks in the listing's own order; backward walks the reverse
  // order from the end (or from `before`) and the rows are flipped afterwards.
  const bool backward = !query.after && (query.before || query.from_end);
  KANBAO_ASSIGN_OR_RETURN(auto stmt, impl_->db.prepare(list_sql(scope, query, sort, backward)));
  bind_filters(stmt, scope, query);
  if (query.after) bind_cursor(stmt, *query.after, 3, 4, 13);
  if (query.before) bind_cursor(stmt, *query.before, 5, 6, 17);
  stmt.bind(7, query.limit > 0 ? static_cast<std::int64_t>(query.limit) : std::int64_t{-1});

  KANBAO_TRY(read_list_rows(stmt, page));
  if (backward) reverse_rows(page);

  KANBAO_TRY(read_people(impl_->db, page));
  KANBAO_TRY(read_pages(impl_->db, page.rows));
  return page;
}

Result<std::optional<std::int64_t>> Library::position(const ListQuery& query, std::int64_t id) {
  KANBAO_TRY(listed_district(*this, impl_->gazetteer, impl_->country_district, query.district));
  if (impl_->backend) return impl_->backend->position(query, id);
  KANBAO_ASSIGN_OR_RETURN(auto scope, resolve_district(impl_->db, impl_->gazetteer, query.district));
  if (scope.kind == DistrictScope::kNone) return std::optional<std::int64_t>{};
  const SortKey sort = sort_key(query.sort, kSqliteSort);
  const std::string where = where_clause(scope, query);
  // Is the article in the listing at all?
  KANBAO_ASSIGN_OR_RETURN(auto member,
                          impl_->db.prepare("SELECT 1 FROM articles a" + where + " AND a.id = ?12"));
  bind_filters(member, scope, query);
  member.bind(12, id);
  KANBAO_ASSIGN_OR_RETURN(auto found, member.step());
  if (!found) return std::optional<std::int64_t>{};
  // Rows before it in listing order.
  KANBAO_ASSIGN_OR_RETURN(
      auto stmt, impl_->db.prepare("WITH target AS (SELECT " + sort.expr +
                                   " AS k, a.id AS id, a.paper AS paper, a.page AS page,"
                                   " a.file_id AS file_id, a.position AS position"
                                   " FROM articles a WHERE a.id = ?12)"
                                   " SELECT count(*) FROM articles a, target t" +
                                   where + " AND " + past_cursor(sort, kSqliteSort, kTarget, false)));
  bind_filters(stmt, scope, query);
  stmt.bind(12, id);
  KANBAO_ASSIGN_OR_RETURN(auto row, stmt.step());
  return std::optional<std::int64_t>(row ? stmt.int64(0) : 0);
}

}  // namespace kanbao::store
