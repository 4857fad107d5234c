// SPDX-License-Identifier: MIT
// ArticleOrder, rank_broad and rank_broad_walking on hand-made data: the
// order, the cursor, the title tier and the filters.
#include "store/broad_ranking.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "store/article_order.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

struct Row {
  std::int64_t id, district;
  std::string date;
};

ArticleOrder order_of(const std::vector<Row>& rows) {
  auto db = sql::Db::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_TRUE(db.ok());
  // The columns and indexes ArticleOrder reads, as in the library's schema.
  EXPECT_TRUE(db->exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, district_id INTEGER, date_key TEXT, "
                       "paper TEXT NOT NULL DEFAULT '');"
                       "CREATE INDEX articles_district_date ON articles(district_id, date_key DESC, id DESC);"
                       "CREATE INDEX articles_date ON articles(date_key DESC, id DESC);"
                       "CREATE INDEX articles_paper_date ON articles(paper, date_key DESC, id DESC);")
                  .ok());
  auto insert = db->prepare("INSERT INTO articles(id, district_id, date_key) VALUES (?1, ?2, ?3)");
  EXPECT_TRUE(insert.ok());
  for (const Row& r : rows) {
    insert->bind(1, r.id).bind(2, r.district).bind(3, std::string_view(r.date));
    EXPECT_TRUE(insert->run().ok());
  }
  auto order = ArticleOrder::load(*db);
  EXPECT_TRUE(order.ok());
  return order.ok() ? std::move(*order) : ArticleOrder();
}

const std::vector<Row> kRows = {
    {1, 1, "2023-06-20"}, {2, 2, "2023-06-21"}, {3, 1, ""},           {4, 2, "2023-06-20"},
    {5, 1, "2022-01-01"}, {7, 2, "2023-06-21"}, {8, 1, "2024-02-29"}, {9, 2, ""},
};

std::vector<std::int64_t> ids_of(const std::vector<SearchCursor>& rows) {
  std::vector<std::int64_t> ids;
  for (const auto& r : rows) ids.push_back(r.id);
  return ids;
}

TEST(ArticleOrder, NewestFirstThenHighestIdUndatedLast) {
  ArticleOrder order = order_of(kRows);
  std::vector<std::int64_t> ids;
  for (std::uint32_t p = 0; p < order.size(); ++p) ids.push_back(order.id_at(p));
  EXPECT_EQ(ids, (std::vector<std::int64_t>{8, 7, 2, 4, 1, 5, 9, 3}));
  EXPECT_EQ(order.position(4), 3u);
  EXPECT_EQ(order.position(6), ArticleOrder::kAbsent);
  EXPECT_EQ(order.position(1000), ArticleOrder::kAbsent);
  EXPECT_EQ(order.district(7), 2);
  EXPECT_TRUE(order.has_districts());
  EXPECT_EQ(order.date_key(5), "2022-01-01");
  EXPECT_EQ(order.date_key(6), "");
}

TEST(ArticleOrder, ResumesAfterArticlesThatAreGone) {
  ArticleOrder order = order_of(kRows);
  EXPECT_EQ(order.position_after("2023-06-21", 7), 2u);    // present: right after it
  EXPECT_EQ(order.position_after("2023-06-21", 6), 2u);    // gone, same date: between 7 and 2
  EXPECT_EQ(order.position_after("2023-06-21", 1), 3u);    // gone, after 2
  EXPECT_EQ(order.position_after("2023-06-22", 100), 1u);  // a date no article has: after 8 only
  EXPECT_EQ(order.position_after("2023-01-01", 100), 5u);  // between 2023-06-20 and 2022-01-01
  EXPECT_EQ(order.position_after("", 0), 8u);              // after the last undated article
  EXPECT_EQ(order.position_after("", 5), 7u);              // undated, between 9 and 3
}

struct Fixture {
  ArticleOrder order = order_of(kRows);
  std::set<std::int64_t> titled = {2, 5, 9};
  BroadSource source(std::vector<std::int64_t> matches, std::set<std::int64_t> districts = {},
                     std::vector<std::int64_t> in_titles = {9, 2, 5, 42}) {
    BroadSource s;
    // Unsorted, and with an article the order does not know (indexed since).
    s.groups = title_groups(std::move(matches), std::move(in_titles));
    s.allowed = [districts, this](std::int64_t id) {
      return districts.empty() || districts.count(order.district(id)) != 0;
    };
    return s;
  }
};

TEST(RankBroad, TitleTierFirstThenNewestFirst) {
  Fixture f;
  BroadPage page = rank_broad(f.order, f.source({1, 2, 3, 4, 5, 7, 8, 9}), std::nullopt, 0);
  EXPECT_EQ(ids_of(page.rows), (std::vector<std::int64_t>{2, 5, 9, 8, 7, 4, 1, 3}));
  EXPECT_EQ(page.total, 8);
  for (const auto& r : page.rows) {
    EXPECT_EQ(r.score, f.titled.count(r.id) != 0 ? 0.0 : 1.0);
    EXPECT_EQ(r.date_key, f.order.date_key(r.id));
  }
}

TEST(RankBroad, PagesByCursorLikeOneList) {
  for (int limit : {1, 2, 3, 5}) {
    Fixture f;
    BroadPage all = rank_broad(f.order, f.source({1, 2, 3, 4, 5, 7, 8, 9}), std::nullopt, 0);
    std::vector<std::int64_t> paged;
    std::optional<SearchCursor> after;
    for (int guard = 0; guard < 20; ++guard) {
      BroadPage page = rank_broad(f.order, f.source({1, 2, 3, 4, 5, 7, 8, 9}), after, limit);
      EXPECT_EQ(page.total, 8);
      for (const auto& r : page.rows) paged.push_back(r.id);
      if (static_cast<int>(page.rows.size()) < limit) break;
      after = page.rows.back();
    }
    EXPECT_EQ(paged, ids_of(all.rows)) << "limit " << limit;
  }
}

TEST(RankBroad, FiltersAndVanishedArticles) {
  Fixture f;
  // 6 and 42 are not in the order (indexed after it was read): skipped.
  BroadPage page = rank_broad(f.order, f.source({1, 2, 3, 5, 6, 8, 42}, {1}), std::nullopt, 0);
  EXPECT_EQ(ids_of(page.rows), (std::vector<std::int64_t>{5, 8, 1, 3}));
  EXPECT_EQ(page.total, 4);
}

TEST(RankBroad, CursorOfAGoneArticleResumesInPlace) {
  Fixture f;
  SearchCursor gone{0, 1.0, "2023-06-21", 6};  // body tier, between 7 and 4
  BroadPage page = rank_broad(f.order, f.source({1, 2, 3, 4, 5, 7, 8, 9}), gone, 0);
  EXPECT_EQ(ids_of(page.rows), (std::vector<std::int64_t>{4, 1, 3}));
}

}  // namespace
}  // namespace kanbao::store

namespace kanbao::store {
namespace {

// The order as rank_broad_walking reads it, here from an ArticleOrder.
DateWalk walk_of(const ArticleOrder& order, int& visited) {
  DateWalk w;
  w.walk = [&order, &visited](const DateWalk::From& from,
                              const std::function<bool(const std::string&, std::int64_t)>& visit) -> Status {
    for (std::uint32_t p = from ? order.position_after(from->first, from->second) : 0; p < order.size();
         ++p) {
      ++visited;
      const std::int64_t id = order.id_at(p);
      if (!visit(order.date_key(id), id)) break;
    }
    return Status::Ok();
  };
  w.date_key = [&order](std::int64_t id) -> Result<std::string> { return order.date_key(id); };
  return w;
}

void expect_same(const BroadPage& walking, const BroadPage& loaded, const std::string& what) {
  EXPECT_EQ(walking.total, loaded.total) << what;
  ASSERT_EQ(walking.rows.size(), loaded.rows.size()) << what;
  for (std::size_t i = 0; i < loaded.rows.size(); ++i) {
    EXPECT_EQ(walking.rows[i].id, loaded.rows[i].id) << what << " row " << i;
    EXPECT_EQ(walking.rows[i].score, loaded.rows[i].score) << what << " row " << i;
    EXPECT_EQ(walking.rows[i].date_key, loaded.rows[i].date_key) << what << " row " << i;
  }
}

TEST(RankBroadWalking, GivesRankBroadsPagesFromEveryCursor) {
  for (std::size_t lookups : {std::size_t{0}, kTitlesByLookup}) {  // titles walked, or looked up
    // Every article matches; 9 is a title match excluded by a NOT (no match).
    for (const std::vector<std::int64_t>& matches : {std::vector<std::int64_t>{1, 2, 3, 4, 5, 7, 8, 9},
                                                     std::vector<std::int64_t>{1, 2, 3, 4, 5, 7, 8}}) {
      Fixture f;
      const BroadPage all = rank_broad(f.order, f.source(matches), std::nullopt, 0);
      std::vector<std::optional<SearchCursor>> cursors = {std::nullopt};
      for (const auto& row : all.rows) cursors.push_back(row);
      cursors.push_back(SearchCursor{0, 1.0, "2023-06-21", 6});  // gone, in the body tier
      cursors.push_back(SearchCursor{0, -3.5, "", 0});           // a bm25 cursor
      for (const auto& after : cursors) {
        for (int limit : {0, 1, 2, 3}) {
          int visited = 0;
          auto walking =
              rank_broad_walking(walk_of(f.order, visited), f.source(matches), after, limit, lookups);
          ASSERT_TRUE(walking) << walking.error().message();
          expect_same(*walking, rank_broad(f.order, f.source(matches), after, limit),
                      "after " + (after ? std::to_string(after->id) : std::string("-")) + " limit " +
                          std::to_string(limit) + " lookups " + std::to_string(lookups));
        }
      }
    }
  }
}

TEST(RankBroadWalking, StopsWalkingWhenThePageIsFull) {
  Fixture f;
  int visited = 0;
  // The newest article (8) matches and is not a title match: page 1 of the
  // body tier needs two rows of the order (8, then one to see it is full),
  // with every group of more than 4 matches walked.
  BroadSource source = f.source({1, 2, 3, 4, 5, 7, 8, 9}, {}, {});
  auto page = rank_broad_walking(walk_of(f.order, visited), source, std::nullopt, 1, 4);
  ASSERT_TRUE(page);
  ASSERT_EQ(page->rows.size(), 1u);
  EXPECT_EQ(page->rows[0].id, 8);
  EXPECT_EQ(page->total, 8);
  EXPECT_EQ(visited, 2);
}

}  // namespace
}  // namespace kanbao::store

namespace kanbao::store {
namespace {

// Groups as a pinyin query's (tiers split by heading), one empty and one
// tier missing; in the date order 8 7 2 4 1 5 9 3.
BroadSource tiered_source(const ArticleOrder& order, std::set<std::int64_t> districts = {}) {
  BroadSource s;
  s.groups = {{0, 0.0, {5}}, {0, 1.0, {}}, {1, 0.0, {3, 7}}, {1, 1.0, {1, 8}}, {3, 1.0, {2, 4, 9}}};
  s.allowed = [districts, &order](std::int64_t id) {
    return districts.empty() || districts.count(order.district(id)) != 0;
  };
  return s;
}

TEST(RankBroad, GroupsInOrderEachNewestFirst) {
  Fixture f;
  BroadPage page = rank_broad(f.order, tiered_source(f.order), std::nullopt, 0);
  EXPECT_EQ(ids_of(page.rows), (std::vector<std::int64_t>{5, 7, 3, 8, 1, 2, 4, 9}));
  EXPECT_EQ(page.total, 8);
  std::vector<std::pair<int, double>> labels;
  for (const auto& r : page.rows) labels.emplace_back(r.tier, r.score);
  EXPECT_EQ(labels, (std::vector<std::pair<int, double>>{
                        {0, 0.0}, {1, 0.0}, {1, 0.0}, {1, 1.0}, {1, 1.0}, {3, 1.0}, {3, 1.0}, {3, 1.0}}));
  // Filtered, every group is counted though the page is full.
  BroadPage district1 = rank_broad(f.order, tiered_source(f.order, {1}), std::nullopt, 2);
  EXPECT_EQ(ids_of(district1.rows), (std::vector<std::int64_t>{5, 3}));
  EXPECT_EQ(district1.total, 4);
}

TEST(RankBroad, CursorsOfAMissingTierOrBm25ResumeAtTheNextGroup) {
  Fixture f;
  // Tier 2 has no group: the page goes on with tier 3, from its top.
  BroadPage missing = rank_broad(f.order, tiered_source(f.order), SearchCursor{2, 0.0, "2023-06-21", 7}, 0);
  EXPECT_EQ(ids_of(missing.rows), (std::vector<std::int64_t>{2, 4, 9}));
  // A bm25 cursor of tier 1 resumes in that tier's first group, in place.
  BroadPage bm25 = rank_broad(f.order, tiered_source(f.order), SearchCursor{1, -2.0, "2023-06-21", 7}, 0);
  EXPECT_EQ(ids_of(bm25.rows), (std::vector<std::int64_t>{3, 8, 1, 2, 4, 9}));
  // Tier 3 has no heading group: a cursor of it goes on with the tier's
  // other group from its top (all of it ranks after score 0), not from the
  // cursor's date.
  BroadPage side = rank_broad(f.order, tiered_source(f.order), SearchCursor{3, 0.0, "2023-06-20", 4}, 0);
  EXPECT_EQ(ids_of(side.rows), (std::vector<std::int64_t>{2, 4, 9}));
}

TEST(RankBroadWalking, GivesRankBroadsPagesOfManyGroups) {
  Fixture f;
  const BroadPage all = rank_broad(f.order, tiered_source(f.order), std::nullopt, 0);
  std::vector<std::optional<SearchCursor>> cursors = {std::nullopt};
  for (const auto& row : all.rows) cursors.push_back(row);
  cursors.push_back(SearchCursor{2, 0.0, "2023-06-21", 7});   // a tier with no group
  cursors.push_back(SearchCursor{1, -2.0, "2023-06-21", 7});  // a bm25 cursor
  cursors.push_back(SearchCursor{1, 1.0, "2023-06-21", 6});   // gone, in tier 1's second group
  cursors.push_back(SearchCursor{3, 0.0, "2023-06-20", 4});   // the side of tier 3 with no group
  for (std::size_t lookups : {std::size_t{0}, kTitlesByLookup}) {
    for (const auto& after : cursors) {
      for (int limit : {0, 1, 2, 3}) {
        int visited = 0;
        auto walking =
            rank_broad_walking(walk_of(f.order, visited), tiered_source(f.order), after, limit, lookups);
        ASSERT_TRUE(walking) << walking.error().message();
        const std::string what = "after " + (after ? std::to_string(after->id) : std::string("-")) +
                                 " limit " + std::to_string(limit) + " lookups " + std::to_string(lookups);
        expect_same(*walking, rank_broad(f.order, tiered_source(f.order), after, limit), what);
        const BroadPage loaded = rank_broad(f.order, tiered_source(f.order), after, limit);
        for (std::size_t i = 0; i < std::min(walking->rows.size(), loaded.rows.size()); ++i)
          EXPECT_EQ(walking->rows[i].tier, loaded.rows[i].tier) << what << " row " << i;
      }
    }
  }
}

}  // namespace
}  // namespace kanbao::store
