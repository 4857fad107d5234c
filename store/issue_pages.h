// SPDX-License-Identifier: MIT
// An issue's articles arranged in pages, for every backend. Internal to store/.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/library.h"

namespace kanbao::store {

// Page order: 01..99, then A01.., B01..; the unknown page last.
bool page_before(const std::string& a, const std::string& b);

// Puts the pages of the parts joined to `a` (pages[1..], with part_ids) in
// page order: a reprint's copies are joined in the order they were stored.
void order_parts(Article& a);

// The page of a part joined to the article `head`, as the pages of a list
// or search page are read: one query for all its rows (part_pages()).
struct PartPage {
  std::int64_t head = 0;
  std::string page;
};

// Puts the pages of an article's parts in page order, as order_parts puts
// an Article's.
void sort_part_pages(std::vector<std::string>& pages);
// The ids of `rows`, in order: what part_pages() asks for.
template <typename Row>
std::vector<std::int64_t> ids_of(const std::vector<Row>& rows) {
  std::vector<std::int64_t> ids;
  ids.reserve(rows.size());
  for (const Row& row : rows) ids.push_back(row.id);
  return ids;
}
// Sets each row's `pages` (ArticleRow::pages): its own page, then the pages
// of its parts among `parts` (in the order they were joined, by id) in page
// order (sort_part_pages). A row read alone already holds its own page;
// this sets it again for every row, so `rows` may come from anywhere.
template <typename Row>
void set_pages(std::vector<Row>& rows, const std::vector<PartPage>& parts) {
  std::unordered_map<std::int64_t, std::vector<std::string>> of_head;
  for (const PartPage& p : parts) of_head[p.head].push_back(p.page);
  for (Row& row : rows) {
    row.pages = {row.page};
    const auto found = of_head.find(row.id);
    if (found == of_head.end()) continue;
    sort_part_pages(found->second);
    row.pages.insert(row.pages.end(), found->second.begin(), found->second.end());
  }
}

// A part joined to an article of the issue (JoinedPart), where it is printed.
struct PartRow {
  std::string page;  // the part's own page, page name and source ("path:first-last")
  std::string page_name;
  std::string source;
  int position = 0;  // its place on its page
  JoinedPart part;   // part.after_articles is filled in by issue_from_rows
};

// The issue of `paper` on `date` from its articles, each with its place on
// its page (ArticleRow::position), and the parts joined to them: pages in
// page order; within a page files in path order (one file an article keeps
// its number in the path), then the article's or part's place.
Issue issue_from_rows(const std::string& paper, const StoredDate& date,
                      std::vector<std::pair<int, ArticleRow>> rows, std::vector<PartRow> parts = {});

}  // namespace kanbao::store
