// Library::districts: the district overview (counts, date range, months).
#include <algorithm>
#include <map>
#include <optional>

#include "store/library.h"
#include "store/library_impl.h"
#include "store/stored_date.h"

namespace kanbao::store {

Result<std::vector<DistrictRow>> Library::districts() {
  auto& db = impl_->db;
  // First/last date prefer dates with a known year; a district whose dates
  // all lack the year falls back to those ("0000-..." keys sort first).
  auto totals = db.prepare(
      "SELECT a.district_id, coalesce(d.name, ''), count(*),"
      " coalesce(min(CASE WHEN a.date_year > 0 THEN a.date_key END),"
      "          min(CASE WHEN a.date_month > 0 THEN a.date_key END), ''),"
      " coalesce(max(CASE WHEN a.date_year > 0 THEN a.date_key END),"
      "          max(CASE WHEN a.date_month > 0 THEN a.date_key END), '')"
      " FROM articles a LEFT JOIN districts d ON d.id = a.district_id"
      " GROUP BY a.district_id");
  if (!totals) return totals.error();

  std::vector<DistrictRow> rows;
  std::map<std::optional<std::int64_t>, std::size_t> index;  // district id (none: unknown) -> row
  for (;;) {
    auto more = totals->step();
    if (!more) return more.error();
    if (!*more) break;
    std::optional<std::int64_t> id;
    if (!totals->is_null(0)) id = totals->int64(0);
    DistrictRow row;
    row.name = totals->text(1);
    row.articles = totals->int64(2);
    row.first_date = date_from_key(totals->text_view(3));
    row.last_date = date_from_key(totals->text_view(4));
    index[id] = rows.size();
    rows.push_back(std::move(row));
  }

  auto months = db.prepare(
      "SELECT district_id, date_year, date_month, count(*) FROM articles WHERE date_month > 0"
      " GROUP BY district_id, date_year, date_month ORDER BY date_year, date_month");
  if (!months) return months.error();
  for (;;) {
    auto more = months->step();
    if (!more) return more.error();
    if (!*more) break;
    std::optional<std::int64_t> id;
    if (!months->is_null(0)) id = months->int64(0);
    auto it = index.find(id);
    if (it == index.end()) continue;
    rows[it->second].months.push_back(MonthCount{months->integer(1), months->integer(2), months->int64(3)});
  }

  std::sort(rows.begin(), rows.end(), [](const DistrictRow& a, const DistrictRow& b) {
    if (a.articles != b.articles) return a.articles > b.articles;
    return a.name < b.name;
  });
  return rows;
}

}  // namespace kanbao::store
