// SPDX-License-Identifier: MIT
// A pinyin term's preferred reading (query::preferred_query): the Han text
// the library holds most often for it ranks above rarer homophones, on both
// backends, ranked by bm25 and broadly, and pages by keyset across the
// tier boundary.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "backends_fixture.h"
#include "store/query.h"

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;
using testing::Backends;
using testing::Kind;
using testing::request_for;

// 长江 in three articles' bodies, 议长将 (zhang jiang, also read chang jiang)
// in one title: bm25 alone ranks the title hit first. 试验 and 实验 (both
// shi yan) in two articles each: neither dominates. The letters changjiang
// themselves in one.
const std::map<std::string, std::string> kArticles = {
    {"c1.txt", "航运繁忙\n\n本报讯 长江沿岸的港口货运量持续增加，码头工人加班加点。\n"},
    {"c2.txt", "生态保护\n\n本报讯 各地加强长江流域的生态保护，禁止非法捕捞。\n"},
    {"c3.txt", "旅游升温\n\n本报讯 游客乘船游览长江三峡，欣赏两岸风光。\n"},
    {"r1.txt", "议长将访华\n\n本报讯 外交部发言人宣布，某国议会议长将于下月访问中国。\n"},
    {"l1.txt", "企业上市\n\n本报讯 changjiang公司今天上市。\n"},
    {"s1.txt", "试验田丰收\n\n本报讯 农民在田里劳作，收成很好。\n"},
    {"s2.txt", "科研动态\n\n本报讯 研究所完成了一项试验，结果良好。\n"},
    {"s3.txt", "学校新闻\n\n本报讯 学生在实验室里做实验，老师指导。\n"},
    {"s4.txt", "课堂一角\n\n本报讯 化学课上，同学们认真观察实验现象。\n"},
};

class ReadingPreference : public Backends {
 protected:
  void SetUp() override {
    Backends::SetUp();
    if (IsSkipped()) return;
    const fs::path pages = dir_.path() / "preference";
    fs::create_directories(pages);
    for (const auto& [name, text] : kArticles) testing::write_bytes(pages / name, text);
    lib_.emplace(open_rw());
    testing::index_ok(*lib_, {pages.string()});
  }

  struct Hit {
    std::string title;
    int tier = 0;
    friend bool operator==(const Hit&, const Hit&) = default;
  };

  // Every hit of `query`, in pages of `limit` (0: one page), each page
  // continuing after the last hit of the one before.
  std::vector<Hit> hits(const char* query, int limit, std::int64_t bm25_up_to) {
    std::vector<Hit> out;
    SearchRequest r = request_for(query, limit);
    r.bm25_up_to = bm25_up_to;
    for (int pages = 0; pages < 20; ++pages) {
      auto page = lib_->search(r);
      EXPECT_TRUE(page) << query << ": " << (page ? "" : page.error().message());
      if (!page) break;
      EXPECT_EQ(page->total, query == std::string("shiyan") ? 4 : 5) << query;  // unchanged by the tiers
      for (const auto& hit : page->hits) out.push_back({hit.title, hit.cursor.tier});
      if (limit == 0 || page->hits.empty()) break;
      r.after = page->hits.back().cursor;
    }
    return out;
  }

  std::optional<Library> lib_;
};

TEST_P(ReadingPreference, TheCommonReadingRanksAboveARareHomophone) {
  for (std::int64_t bm25_up_to : {SearchRequest{}.bm25_up_to, std::int64_t{0}}) {
    SCOPED_TRACE("bm25_up_to " + std::to_string(bm25_up_to));
    const std::vector<Hit> found = hits("changjiang", 0, bm25_up_to);
    ASSERT_EQ(found.size(), 5U);
    EXPECT_EQ(found[0], (Hit{"企业上市", query::kLiteralTier}));
    std::set<std::string> preferred;
    for (std::size_t i = 1; i < 4; ++i) {
      EXPECT_EQ(found[i].tier, query::kPreferredTier) << found[i].title;
      preferred.insert(found[i].title);
    }
    EXPECT_EQ(preferred, (std::set<std::string>{"航运繁忙", "生态保护", "旅游升温"}));
    EXPECT_EQ(found[4], (Hit{"议长将访华", query::kReadingTier}));
  }
}

TEST_P(ReadingPreference, NoDominantReadingKeepsTheBm25Order) {
  const std::vector<Hit> found = hits("shiyan", 0, SearchRequest{}.bm25_up_to);
  ASSERT_EQ(found.size(), 4U);
  EXPECT_EQ(found[0].title, "试验田丰收");  // the title hit, by bm25
  for (const Hit& h : found) EXPECT_EQ(h.tier, query::kReadingTier) << h.title;
}

TEST_P(ReadingPreference, PagesContinueAcrossTheTierBoundary) {
  for (std::int64_t bm25_up_to : {SearchRequest{}.bm25_up_to, std::int64_t{0}}) {
    SCOPED_TRACE("bm25_up_to " + std::to_string(bm25_up_to));
    const std::vector<Hit> whole = hits("changjiang", 0, bm25_up_to);
    ASSERT_EQ(whole.size(), 5U);
    // Pages of three: the second starts in the preferred tier and ends in the next.
    EXPECT_EQ(hits("changjiang", 3, bm25_up_to), whole);
    EXPECT_EQ(hits("changjiang", 2, bm25_up_to), whole);
  }
}

INSTANTIATE_TEST_SUITE_P(Store, ReadingPreference, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         testing::kind_name);

}  // namespace
}  // namespace kanbao::store
