// SPDX-License-Identifier: MIT
// Small reads the search strategies share, through the engine's statement
// cache, each inside the search's read transaction. Internal to store/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "corpus/gazetteer.h"
#include "store/broad_ranking.h"
#include "store/dense_sample.h"
#include "store/hit_scan.h"
#include "store/library.h"
#include "store/query.h"
#include "store/search/engine.h"
#include "store/snippet.h"

namespace kanbao::store {

// Whether `row` ranks after `cursor` in the order of every search: tier,
// score (lower first), newer date, higher id.
bool ranks_after(const SearchCursor& row, const SearchCursor& cursor);

// An article's searchable fields, district, dates and place in its paper.
struct LoadedArticle {
  match::Fields fields;
  std::string district;
  StoredDate date;       // the event date
  StoredDate published;  // the date
  std::string paper, page, kicker;
};

// nullopt when there is no article `id` (deleted meanwhile).
Result<std::optional<LoadedArticle>> load_article(SearchEngine& engine, std::int64_t id);

// The library's lowest and highest article ids (an empty span when it has
// no article).
Result<IdSpan> id_span(SearchEngine& engine);

// An article's date key ("" when undated or gone).
Result<std::string> date_key_of(SearchEngine& engine, std::int64_t id);

// The library's newest-first date order, read from the index on
// `articles (date_key, id)` as far as a walk goes.
DateWalk date_walk(SearchEngine& engine);

inline constexpr const char* kMatchingTitleIdsSql = "SELECT rowid FROM title_fts WHERE title_fts MATCH ?1";

// Every article matching an FTS expression, by id: in article_fts, or in
// another full-text table's `sql` (kMatchingTitleIdsSql).
Result<std::vector<std::int64_t>> matching_ids(SearchEngine& engine, const std::string& expression,
                                               const char* sql = kMatchingIdsSql);

// The districts each filter allows (the scope, the query's district:
// terms): an article must be in one of every set. Sorted ids, 0 for the
// articles of no district (a district ""; see district_key). Fails on a
// district the gazetteer does not know.
using AllowedDistricts = std::vector<std::vector<std::int64_t>>;
Result<AllowedDistricts> allowed_districts(SearchEngine& engine, const query::Query& q,
                                           const SearchRequest& request, const corpus::Gazetteer& gazetteer);

// Whether a district is in every set of allowed_districts().
bool in_every(const AllowedDistricts& allowed, std::int64_t district);

// The district an article of `district_id` (0: none) and `paper` is in
// for allowed_districts: -1, in no set, for an article of no district of
// one of request.national_papers, to which no district applies.
std::int64_t district_key(std::int64_t district_id, const std::string& paper, const SearchRequest& request);

// Whether the query's paper: filters let an article of `paper` through
// (one of them names it; no filter: every paper).
bool paper_allowed(const query::Query& q, const std::string& paper);

}  // namespace kanbao::store
