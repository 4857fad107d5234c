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
// Hits carry SearchCursor::score = 0 (title tier) or 1 (the rest). A pinyin
// query ranked broadly has more groups: each of its tiers (query::Tier)
// split the same way, by whether the article's heading holds that tier's
// reading (rank_pinyin_candidates, store/search/strategies.h).
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

// One group of the broad order: matches that share a tier and a score
// (SearchCursor), ranked after every earlier group's and newest first
// within it.
struct BroadGroup {
  int tier = 0;
  double score = 0;
  std::vector<std::int64_t> ids;  // sorted, unique
};

struct BroadSource {
  // Disjoint, in rank order ((tier, score) ascending); together every match.
  std::vector<BroadGroup> groups;
  std::function<bool(std::int64_t id)> allowed;  // scope and district filters (rank_broad)
};

// The title tier a page after `after` starts in, for a two-group order
// built without BroadGroup (-1: from the top): a cursor's score (0 or 1); a
// bm25 cursor (negative, from before the library grew past bm25_up_to)
// continues in the title tier.
int tier_after(const std::optional<SearchCursor>& after);

// The two groups of a broad Han query, both tier 0: the matches whose
// heading (title, subtitle, kicker: title_fts) alone matches (`in_titles`, in any order, may name
// articles that are no match) with score 0, then the other matches with
// score 1.
std::vector<BroadGroup> title_groups(std::vector<std::int64_t> matches, std::vector<std::int64_t> in_titles);

// Whether `a` and `b` (rank groups, cursors: anything with `tier` and
// `score`) are of one rank group: the same tier and the same score side
// (below 0.5 - the title tier's 0, or a bm25 score - or not).
template <typename A, typename B>
bool same_rank_group(const A& a, const B& b) {
  return a.tier == b.tier && (a.score < 0.5) == (b.score < 0.5);
}

// The group a page after `cursor` resumes in: the one of its tier and of
// its score's side (a bm25 cursor, negative, is in the first of its tier),
// else the first of its tier, else the first of a later tier; groups.size()
// when none is. Group: anything with `tier` and `score`.
template <typename Group>
std::size_t group_of(const std::vector<Group>& groups, const SearchCursor& cursor) {
  std::optional<std::size_t> same_tier;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].tier > cursor.tier) return same_tier.value_or(g);
    if (groups[g].tier != cursor.tier) continue;
    if (same_rank_group(groups[g], cursor)) return g;
    if (!same_tier) same_tier = g;
  }
  return same_tier.value_or(groups.size());
}

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

// Whether (date_key, id) comes after `from` in newest-first order (no
// `from`: the top, before every article).
bool after_start(const std::string& date_key, std::int64_t id, const DateWalk::From& from);

// Whether (date key, id) `a` comes before `b` in newest-first order: the
// order rows looked up one by one are sorted into.
bool newest_first(const std::pair<std::string, std::int64_t>& a,
                  const std::pair<std::string, std::int64_t>& b);

// Where group `group`, the one a page after `after` resumes in
// (group_of), is read from: after the cursor when the cursor is of that
// group (same_rank_group), else from its newest article.
template <typename Group>
DateWalk::From resume_from(const Group& group, const std::optional<SearchCursor>& after) {
  if (!after || !same_rank_group(group, *after)) return std::nullopt;
  return std::make_pair(after->date_key, after->id);
}

// Where the walk of `tier` starts: after the cursor when the page after it
// starts in that tier, else from the newest article.
DateWalk::From walk_start(const std::optional<SearchCursor>& after, int tier);

// rank_broad without district filters (source.allowed is not asked) and
// without loading the whole order: each group's newest matches are found by
// walking the order from the top (or the cursor), which stops as soon as
// the page is full - a few rows for a query that most articles match.
// A group of up to `few_by_lookup` matches is put in date order by reading
// their dates one by one instead; one with more is common enough that
// walking the order finds a page of it soon. With no limit every row is
// wanted: one walk of the whole order sorts them all into their groups.
constexpr std::size_t kTitlesByLookup = 2000;
Result<BroadPage> rank_broad_walking(const DateWalk& dates, const BroadSource& source,
                                     const std::optional<SearchCursor>& after, int limit,
                                     std::size_t few_by_lookup = kTitlesByLookup);

}  // namespace kanbao::store
