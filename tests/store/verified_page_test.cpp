// SPDX-License-Identifier: MIT
// verified_page (store/search/assemble.h) on made-up candidates: the page
// of an inexact plan and its total, counted or extrapolated per rank group.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/search/assemble.h"

namespace kanbao::store {
namespace {

// Candidates 1..n in rank order: the first `first_group` in tier 0, all
// matching; the rest in tier 3, one in every `every` matching.
struct Candidates {
  std::vector<SearchCursor> rows;
  std::int64_t matching = 0;
  Candidates(int n, int first_group, int every) {
    for (int id = 1; id <= n; ++id) {
      const bool first = id <= first_group;
      rows.push_back({first ? 0 : 3, 1.0, "2024-01-01", id});
      matching += first || id % every == 0 ? 1 : 0;
    }
  }
  ArticleLoader loader(int first_group, int every) const {
    return [first_group, every](std::int64_t id) -> Result<std::optional<LoadedArticle>> {
      LoadedArticle a;
      a.fields.title = "标题";
      a.fields.body = id <= first_group || id % every == 0 ? "甲乙丙" : "丁戊己";
      return std::optional<LoadedArticle>(std::move(a));
    };
  }
};

SearchPage page_of(const Candidates& c, int first_group, int every, int limit) {
  auto q = query::parse("甲乙");
  EXPECT_TRUE(q);
  SearchRequest request;
  request.query = "甲乙";
  request.limit = limit;
  Ranking ranking;
  ranking.rows = c.rows;
  auto page = verified_page(*q, request, false, ranking, c.loader(first_group, every));
  EXPECT_TRUE(page) << page.error().message();
  return page ? std::move(*page) : SearchPage();
}

// The page of `n` candidates (see Candidates) of which `matching` match,
// more than the budget checks: its total marked an estimate, within 1% of
// the count.
SearchPage estimated_page(int n, int first_group, int every, std::int64_t matching) {
  const Candidates c(n, first_group, every);
  EXPECT_EQ(c.matching, matching);
  const SearchPage page = page_of(c, first_group, every, 20);
  EXPECT_TRUE(page.total_is_estimate);
  EXPECT_NEAR(static_cast<double>(page.total), static_cast<double>(matching),
              static_cast<double>(matching) / 100.0);
  return page;
}

TEST(VerifiedPage, WithinTheBudgetTheTotalIsCounted) {
  const Candidates c(1500, 500, 10);
  const SearchPage page = page_of(c, 500, 10, 20);
  EXPECT_EQ(page.total, c.matching);
  EXPECT_FALSE(page.total_is_estimate);
  ASSERT_EQ(page.hits.size(), 20u);
  EXPECT_EQ(page.hits.front().id, 1);
}

// 1,000 candidates of the first group all match, then 9,000 of which a
// tenth do: the budget of checks ends inside the second group, whose own
// rate extrapolates its rest (a rate pooled with the first group's would
// say 5,500 for 1,900).
TEST(VerifiedPage, PastTheBudgetEachGroupIsExtrapolatedAtItsOwnRate) {
  const SearchPage page = estimated_page(10000, 1000, 10, 1900);
  ASSERT_EQ(page.hits.size(), 20u);
  EXPECT_EQ(page.hits.back().id, 20);
}

// A first group bigger than the whole budget: it no longer takes every
// check, each group gets its share (5,000 all matching, then 9,000 of
// which a tenth do; the second group unchecked, at the first's rate, would
// say 14,000).
TEST(VerifiedPage, EveryGroupGetsItsShareOfTheChecks) { estimated_page(14000, 5000, 10, 5900); }

}  // namespace
}  // namespace kanbao::store
