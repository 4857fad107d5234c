// SPDX-License-Identifier: MIT
#include "store/overview_order.h"

#include <algorithm>

#include "store/stored_date.h"

namespace kanbao::store {

void sort_districts(std::vector<DistrictRow>& rows) {
  std::sort(rows.begin(), rows.end(), [](const DistrictRow& a, const DistrictRow& b) {
    if (a.articles != b.articles) return a.articles > b.articles;
    return a.name < b.name;
  });
}

std::vector<PaperRow> papers_in_order(std::map<std::string, PaperRow>&& rows) {
  std::vector<PaperRow> out;
  for (auto& [name, row] : rows)
    if (row.articles > 0) out.push_back(std::move(row));
  std::stable_sort(out.begin(), out.end(), [](const PaperRow& a, const PaperRow& b) {
    if (a.name.empty() != b.name.empty()) return b.name.empty();  // the unknown paper last
    return a.articles > b.articles;
  });
  return out;
}

namespace {

void widen(std::string& first, std::string& last, const std::string& lo, const std::string& hi) {
  if (first.empty() || lo < first) first = lo;
  if (last.empty() || hi > last) last = hi;
}

StoredDate preferred_date(const std::string& with_year, const std::string& any) {
  return date_from_key(with_year.empty() ? any : with_year);
}

}  // namespace

void DistrictOverview::add(const std::string& district, const std::string& month, std::int64_t articles,
                           const std::string& first, const std::string& last) {
  Tally& t = tallies_[district];
  t.row.name = district;
  t.row.articles += articles;
  if (month.size() < 7) return;  // no date
  widen(t.first_any, t.last_any, first, last);
  if (month >= "0001") widen(t.first_with_year, t.last_with_year, first, last);
  const StoredDate m = date_from_key(month + "-01");
  t.row.months.push_back(MonthCount{m.year, m.month, articles});
}

std::vector<DistrictRow> DistrictOverview::rows() && {
  std::vector<DistrictRow> rows;
  for (auto& [name, t] : tallies_) {
    t.row.first_date = preferred_date(t.first_with_year, t.first_any);
    t.row.last_date = preferred_date(t.last_with_year, t.last_any);
    rows.push_back(std::move(t.row));
  }
  sort_districts(rows);
  return rows;
}

}  // namespace kanbao::store
