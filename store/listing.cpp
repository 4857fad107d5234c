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
#include "store/library.h"
#include "store/library_impl.h"

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
  std::string name = gazetteer.canonical(*district).value_or(*district);
  auto stmt = db.prepare("SELECT id FROM districts WHERE name = ?1");
  if (!stmt) return stmt.error();
  stmt->bind(1, name);
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row) return DistrictScope{DistrictScope::kNone, 0};
  return DistrictScope{DistrictScope::kOne, stmt->int64(0)};
}

// Parameters: ?1 district id, ?2 title filter, ?3/?4 `after` key/id,
// ?5/?6 `before` key/id, ?7 limit.
std::string where_clause(const DistrictScope& scope, const ListQuery& q) {
  std::string where = " WHERE 1";
  if (scope.kind == DistrictScope::kUnknown) where += " AND a.district_id IS NULL";
  if (scope.kind == DistrictScope::kOne) where += " AND a.district_id = ?1";
  if (!q.title_filter.empty()) {
    where += " AND (instr(lower(a.title), lower(?2)) > 0 OR instr(lower(a.subtitle), lower(?2)) > 0)";
  }
  return where;
}

void bind_filters(sql::Statement& stmt, const DistrictScope& scope, const ListQuery& q) {
  if (scope.kind == DistrictScope::kOne) stmt.bind(1, scope.id);
  if (!q.title_filter.empty()) stmt.bind(2, q.title_filter);
}

}  // namespace

Result<std::int64_t> Library::count(const ListQuery& query) {
  auto scope = resolve_district(impl_->db, impl_->gazetteer, query.district);
  if (!scope) return scope.error();
  if (scope->kind == DistrictScope::kNone) return std::int64_t{0};
  auto stmt = impl_->db.prepare("SELECT count(*) FROM articles a" + where_clause(*scope, query));
  if (!stmt) return stmt.error();
  bind_filters(*stmt, *scope, query);
  auto row = stmt->step();
  if (!row) return row.error();
  return *row ? stmt->int64(0) : 0;
}

Result<ListPage> Library::list(const ListQuery& query) {
  ListPage page;
  auto scope = resolve_district(impl_->db, impl_->gazetteer, query.district);
  if (!scope) return scope.error();
  if (scope->kind == DistrictScope::kNone) return page;

  const bool by_date = query.sort == ListSort::kDateNewestFirst;
  const std::string key = by_date ? "a.date_key" : "a.title";
  // "Forward" walks in the listing's own order; backward walks the reverse
  // order from the end (or from `before`) and the rows are flipped afterwards.
  const bool backward = !query.after && (query.before || query.from_end);
  // Rows after a cursor in listing order have smaller date keys but larger titles.
  const char* later = by_date ? " < " : " > ";
  const char* earlier = by_date ? " > " : " < ";
  const bool ascending = by_date == backward;  // the SQL order actually used

  std::string sql_text = std::string("SELECT ") + kRowColumns + ", " + key + kRowFrom + where_clause(*scope, query);
  if (query.after) sql_text += " AND (" + key + ", a.id)" + later + "(?3, ?4)";
  if (query.before) sql_text += " AND (" + key + ", a.id)" + earlier + "(?5, ?6)";
  const char* dir = ascending ? " ASC" : " DESC";
  sql_text += " ORDER BY " + key + dir + ", a.id" + dir + " LIMIT ?7";

  auto stmt = impl_->db.prepare(sql_text);
  if (!stmt) return stmt.error();
  bind_filters(*stmt, *scope, query);
  if (query.after) stmt->bind(3, query.after->key).bind(4, query.after->id);
  if (query.before) stmt->bind(5, query.before->key).bind(6, query.before->id);
  stmt->bind(7, query.limit > 0 ? static_cast<std::int64_t>(query.limit) : std::int64_t{-1});

  for (;;) {
    auto more = stmt->step();
    if (!more) return more.error();
    if (!*more) break;
    page.rows.push_back(read_row(*stmt));
    page.cursors.push_back(ListCursor{stmt->text(kRowColumnCount), page.rows.back().id});
  }
  if (backward) {
    std::reverse(page.rows.begin(), page.rows.end());
    std::reverse(page.cursors.begin(), page.cursors.end());
  }

  auto people = PeopleReader::prepare(impl_->db);
  if (!people) return people.error();
  for (auto& row : page.rows) KANBAO_TRY(people->read(row));
  return page;
}

}  // namespace kanbao::store
