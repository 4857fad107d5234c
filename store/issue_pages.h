// SPDX-License-Identifier: MIT
// An issue's articles arranged in pages, for every backend. Internal to store/.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "store/library.h"

namespace kanbao::store {

// Page order: 01..99, then A01.., B01..; the unknown page last.
bool page_before(const std::string& a, const std::string& b);

// Puts the pages of the parts joined to `a` (pages[1..], with part_ids) in
// page order: a reprint's copies are joined in the order they were stored.
void order_parts(Article& a);

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
