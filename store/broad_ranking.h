// SPDX-License-Identifier: MIT
// Ranking for broad searches. Internal to store/.
//
// bm25 has to score every matching article, and FTS5 spends about 2 us on
// each (it reads the article's column sizes and every position). For a
// character that occurs in nearly every article of a 200,000-article library
// that is 0.4 s before the first hit can be shown. A query matching more than
// SearchRequest::bm25_up_to articles is therefore ranked by what costs
// nothing per hit: articles whose title or subtitle holds the query first,
// then the others; newest first within each (ArticleOrder). With that many
// hits the newest reports are what a reader of a newspaper archive wants,
// and the title tier keeps the articles that are about the query on top.
//
// Hits carry SearchCursor::score = 0 (title tier) or 1 (the rest).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "store/article_order.h"
#include "store/library.h"

namespace kanbao::store {

struct BroadSource {
  std::vector<std::int64_t> matches;             // every matching article
  std::function<bool(std::int64_t id)> allowed;  // scope and district filters
  std::vector<std::int64_t> in_titles;           // the matches whose title + subtitle alone match
};

// Pieces of the broad order that each way of building it shares.
// The tier a page after `after` starts in (-1: from the top). A cursor's
// tier is its score (0 or 1); a bm25 cursor (negative, from before the
// library grew past bm25_up_to) continues in the title tier.
int tier_after(const std::optional<SearchCursor>& after);
// Whether (date_key, id) comes after the cursor's in newest-first order.
bool later_in_order(const std::string& date_key, std::int64_t id, const SearchCursor& cursor);

struct BroadPage {
  std::vector<SearchCursor> rows;  // the page, in rank order
  std::int64_t total = 0;          // matches that are allowed
};

// The `limit` hits (0 = all) after `after`, in broad rank order.
BroadPage rank_broad(const ArticleOrder& order, const BroadSource& source,
                     const std::optional<SearchCursor>& after, int limit);

// The library's newest-first order, read only as far as needed.
struct DateWalk {
  // Where a walk starts: after this (date key, id), or at the newest article.
  using From = std::optional<std::pair<std::string, std::int64_t>>;
  // Calls visit(date_key, id) for the articles in order from `from` until
  // visit returns false or the articles end.
  std::function<Status(const From& from, const std::function<bool(const std::string&, std::int64_t)>& visit)>
      walk;
  std::function<Result<std::string>(std::int64_t id)> date_key;  // of one article
};

// Whether `page` holds its `limit` rows (0: no limit).
bool page_full(const BroadPage& page, int limit);

// Where the walk of `tier` starts: after the cursor when the page after it
// starts in that tier, else from the newest article.
DateWalk::From walk_start(const std::optional<SearchCursor>& after, int tier);

// rank_broad without district filters (source.allowed is not asked) and
// without loading the whole order: the newest matches are found by walking
// the order from the top (or the cursor), which stops as soon as the page is
// full - a few rows for a query that most articles match. `source.matches`
// must be sorted.
// Up to `titles_by_lookup` title matches are put in date order by reading
// their dates one by one; more are common enough that walking the order
// finds a page of them soon.
constexpr std::size_t kTitlesByLookup = 2000;
Result<BroadPage> rank_broad_walking(const DateWalk& dates, const BroadSource& source,
                                     const std::optional<SearchCursor>& after, int limit,
                                     std::size_t titles_by_lookup = kTitlesByLookup);

}  // namespace kanbao::store
