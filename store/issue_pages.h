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

// The issue of `paper` on `date` from its articles, each with its place on
// its page (ArticleRow::position): pages in page order; within a page files
// in path order (one file an article keeps its number in the path), then
// the article's place.
Issue issue_from_rows(const std::string& paper, const StoredDate& date,
                      std::vector<std::pair<int, ArticleRow>> rows);

}  // namespace kanbao::store
