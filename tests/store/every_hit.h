// SPDX-License-Identifier: MIT
// Every hit of a search, page after page, as a reader paging on would see them.
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "store/library.h"

namespace kanbao::store::testing {

// Every hit of `request`, page after page (limit 0: one page), each page
// continuing after the last hit of the one before; a failed search fails
// the test.
inline std::vector<SearchHit> every_hit(Library& lib, SearchRequest request) {
  std::vector<SearchHit> out;
  for (int pages = 0; pages < 100; ++pages) {
    auto page = lib.search(request);
    EXPECT_TRUE(page) << request.query << ": " << (page ? "" : page.error().message());
    if (!page) break;
    out.insert(out.end(), page->hits.begin(), page->hits.end());
    if (request.limit == 0 || page->hits.empty()) break;
    request.after = page->hits.back().cursor;
  }
  return out;
}

}  // namespace kanbao::store::testing
