// SPDX-License-Identifier: MIT
#include "store/issue_pages.h"

#include <algorithm>

namespace kanbao::store {

bool page_before(const std::string& a, const std::string& b) {
  if (a.empty() != b.empty()) return b.empty();
  const bool da = !a.empty() && a[0] >= '0' && a[0] <= '9', db = !b.empty() && b[0] >= '0' && b[0] <= '9';
  if (da != db) return da;
  if (a.size() != b.size() && da) return a.size() < b.size();  // "100" after "99"
  return a < b;
}

void order_parts(Article& a) {
  if (a.pages.size() != a.part_ids.size() + 1) return;  // not as read from the library
  std::vector<std::pair<std::string, std::int64_t>> parts;
  parts.reserve(a.part_ids.size());
  for (std::size_t i = 0; i < a.part_ids.size(); ++i) parts.emplace_back(a.pages[i + 1], a.part_ids[i]);
  std::stable_sort(parts.begin(), parts.end(),
                   [](const auto& x, const auto& y) { return page_before(x.first, y.first); });
  for (std::size_t i = 0; i < parts.size(); ++i) {
    a.pages[i + 1] = parts[i].first;
    a.part_ids[i] = parts[i].second;
  }
}

Issue issue_from_rows(const std::string& paper, const StoredDate& date,
                      std::vector<std::pair<int, ArticleRow>> rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.second.page != b.second.page) return page_before(a.second.page, b.second.page);
    if (a.second.source != b.second.source) {
      const auto pa = a.second.source.rfind(':'), pb = b.second.source.rfind(':');
      const std::string fa = a.second.source.substr(0, pa), fb = b.second.source.substr(0, pb);
      if (fa != fb) return fa < fb;
    }
    return a.first < b.first;
  });
  Issue issue{paper, date, {}};
  for (auto& [position, row] : rows) {
    if (issue.pages.empty() || issue.pages.back().page != row.page)
      issue.pages.push_back({row.page, row.page_name, {}});
    if (issue.pages.back().page_name.empty()) issue.pages.back().page_name = row.page_name;
    issue.pages.back().articles.push_back(std::move(row));
  }
  return issue;
}

}  // namespace kanbao::store
