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

StoredDate preferred_date(const std::string& with_year, const std::string& any) {
  return date_from_key(with_year.empty() ? any : with_year);
}

}  // namespace kanbao::store
