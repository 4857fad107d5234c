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

std::string pages_label(const std::vector<std::string>& pages, std::string_view separator) {
  std::string out;
  for (const auto& p : pages) {
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

void sort_part_pages(std::vector<std::string>& pages) {
  std::stable_sort(pages.begin(), pages.end(), page_before);
}

void order_parts(Article& a) {
  if (a.pages.size() != a.part_ids.size() + 1) return;  // not as read from the library
  if (a.part_sources.size() != a.part_ids.size()) a.part_sources.resize(a.part_ids.size());
  struct Part {
    std::string page;
    std::int64_t id;
    std::string source;
  };
  std::vector<Part> parts;
  parts.reserve(a.part_ids.size());
  for (std::size_t i = 0; i < a.part_ids.size(); ++i)
    parts.push_back({a.pages[i + 1], a.part_ids[i], a.part_sources[i]});
  std::stable_sort(parts.begin(), parts.end(),
                   [](const Part& x, const Part& y) { return page_before(x.page, y.page); });
  for (std::size_t i = 0; i < parts.size(); ++i) {
    a.pages[i + 1] = std::move(parts[i].page);
    a.part_ids[i] = parts[i].id;
    a.part_sources[i] = std::move(parts[i].source);
  }
}

namespace {

// An article or a joined part, with what places it in the issue.
struct Placed {
  const std::string* page;
  const std::string* page_name;
  std::string file;  // the source's path, without its line range
  int position;
  bool part;          // a PartRow (else an article)
  std::size_t index;  // in the rows or the parts
};

std::string file_of(const std::string& source) { return source.substr(0, source.rfind(':')); }

}  // namespace

Issue issue_from_rows(const std::string& paper, const StoredDate& date,
                      std::vector<std::pair<int, ArticleRow>> rows, std::vector<PartRow> parts) {
  std::vector<Placed> placed;
  placed.reserve(rows.size() + parts.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const ArticleRow& row = rows[i].second;
    placed.push_back({&row.page, &row.page_name, file_of(row.source), rows[i].first, false, i});
  }
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const PartRow& p = parts[i];
    placed.push_back({&p.page, &p.page_name, file_of(p.source), p.position, true, i});
  }
  std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
    if (*a.page != *b.page) return page_before(*a.page, *b.page);
    if (a.file != b.file) return a.file < b.file;
    return a.position < b.position;
  });
  Issue issue{paper, date, {}};
  for (const Placed& p : placed) {
    if (issue.pages.empty() || issue.pages.back().page != *p.page)
      issue.pages.push_back({*p.page, {}, {}, {}});
    IssuePage& page = issue.pages.back();
    if (page.page_name.empty()) page.page_name = *p.page_name;
    if (!p.part) {
      page.articles.push_back(std::move(rows[p.index].second));
    } else {
      JoinedPart& part = parts[p.index].part;
      part.after_articles = page.articles.size();
      page.joined.push_back(std::move(part));
    }
  }
  return issue;
}

}  // namespace kanbao::store
