// SPDX-License-Identifier: MIT
// Library::districts: the district overview (counts, date range, months).
#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "store/district_name.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/overview_order.h"
#include "store/stored_date.h"

namespace kanbao::store {

namespace {

// What one district accumulates over its (month, count, min, max) groups.
struct Tally {
  DistrictRow row;
  std::string first_with_year, last_with_year;  // keys with a known year
  std::string first_any, last_any;              // any dated key ("0000-..." sorts first)
};

void widen(std::string& first, std::string& last, const std::string& lo, const std::string& hi) {
  if (first.empty() || lo < first) first = lo;
  if (last.empty() || hi > last) last = hi;
}

// Each district's name by its id.
Result<std::map<std::int64_t, std::string>> district_names(sql::Db& db) {
  KANBAO_ASSIGN_OR_RETURN(auto names, db.prepare("SELECT id, name FROM districts"));
  std::map<std::int64_t, std::string> name_of;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, names.step());
    if (!more) break;
    name_of[names.int64(0)] = names.text(1);
  }
  return name_of;
}

// Counts one article of date key `key` in `t`; `month` is the month of the
// last MonthCount pushed for `t`.
void tally_article(Tally& t, std::string_view key, std::string& month) {
  ++t.row.articles;
  if (key.size() < 7) return;  // no date
  std::string key_text(key);
  widen(t.first_any, t.last_any, key_text, key_text);
  if (key >= "0001") widen(t.first_with_year, t.last_with_year, key_text, key_text);
  if (month.empty() || key.substr(0, 7) != month) {
    month = std::string(key.substr(0, 7));
    StoredDate m = date_from_key(month + "-01");
    t.row.months.push_back(MonthCount{m.year, m.month, 0});
  }
  ++t.row.months.back().articles;
}

// One scan of the (district_id, date_key DESC, id DESC) index, never the
// rows and their text, tallied here rather than with GROUP BY (whose sorter
// cost more than the scan): the browser's first screen waits on this. On
// 200,000 articles reading the rows took over a second; the scan takes
// about 25 ms. date_key is "YYYY-MM-DD", "0000-MM-DD" (year unknown) or ""
// (no date), so its first seven bytes name the month, and within a
// district the scan meets each month's keys together, newest first.
Result<std::map<std::optional<std::int64_t>, Tally>> tally_districts(
    sql::Db& db, const std::map<std::int64_t, std::string>& name_of) {
  KANBAO_ASSIGN_OR_RETURN(
      auto scan, db.prepare("SELECT district_id, date_key FROM articles INDEXED BY articles_district_date"));
  std::map<std::optional<std::int64_t>, Tally> tallies;  // district id (none: unknown)
  Tally* t = nullptr;
  std::optional<std::int64_t> current;
  std::string month;  // of the last MonthCount pushed for `t`
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, scan.step());
    if (!more) break;
    std::optional<std::int64_t> id;
    if (!scan.is_null(0)) id = scan.int64(0);
    if (t == nullptr || id != current) {
      t = &tallies[id];
      current = id;
      if (id) {
        const auto name = name_of.find(*id);
        t->row.name = name != name_of.end() ? name->second : std::string();
      }
      month.clear();
    }
    tally_article(*t, scan.text_view(1), month);
  }
  return tallies;
}

}  // namespace

Error unknown_district(const corpus::Gazetteer& gazetteer, const std::string& name) {
  std::string known;
  for (const auto& n : gazetteer.canonical_names()) known += (known.empty() ? "" : ", ") + n;
  return Error(ErrorWords{"unknown district \"{}\"; known districts: {}", {name, known}});
}

Result<std::string> canonical_district(const corpus::Gazetteer& gazetteer, const std::string& name) {
  if (auto c = gazetteer.canonical(name)) return *c;
  return unknown_district(gazetteer, name);
}

Result<std::vector<DistrictRow>> Library::districts() {
  if (impl_->backend) return impl_->backend->districts();
  KANBAO_ASSIGN_OR_RETURN(const auto name_of, district_names(impl_->db));
  KANBAO_ASSIGN_OR_RETURN(auto tallies, tally_districts(impl_->db, name_of));
  std::vector<DistrictRow> rows;
  for (auto& [id, tally] : tallies) {
    std::reverse(tally.row.months.begin(), tally.row.months.end());  // the scan went newest first
    // Prefer dates with a known year; a district whose dates all lack the
    // year falls back to those.
    tally.row.first_date = preferred_date(tally.first_with_year, tally.first_any);
    tally.row.last_date = preferred_date(tally.last_with_year, tally.last_any);
    rows.push_back(std::move(tally.row));
  }
  sort_districts(rows);
  return rows;
}

}  // namespace kanbao::store
