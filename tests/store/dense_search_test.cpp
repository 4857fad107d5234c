// SPDX-License-Identifier: MIT
// A query most of the library matches is ranked by walking the newest
// articles and its total estimated from samples (SearchRequest::
// count_up_to); its pages must be exactly those the counting strategies
// give, in the same order, across cursors, and its total near the count.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "store/library.h"

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;

struct Paged {
  std::vector<std::int64_t> ids;
  std::vector<SearchPage> pages;  // without their hits' text
};

Paged page_through(Library& lib, SearchRequest request) {
  Paged out;
  for (int guard = 0; guard < 1000; ++guard) {
    auto page = lib.search(request);
    if (!page) {
      ADD_FAILURE() << request.query << ": " << page.error().message();
      break;
    }
    for (const auto& h : page->hits) out.ids.push_back(h.id);
    const bool last = static_cast<int>(page->hits.size()) < request.limit;
    if (!last) request.after = page->hits.back().cursor;
    out.pages.push_back(std::move(*page));
    if (last) break;
  }
  return out;
}

class DenseSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kanbao-dense-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    // Eight copies of the five sample pages: 152 articles, most holding 的.
    for (int copy = 0; copy < 8; ++copy) {
      const fs::path to = dir_ / "pages" / ("copy" + std::to_string(copy));
      fs::create_directories(to);
      for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR))
        fs::copy_file(e.path(), to / e.path().filename());
    }
    // And a page of two articles holding the letters zhengzhou themselves,
    // one in its title: pinyin's first tier, heading and text.
    std::ofstream(dir_ / "pages" / "copy7" / "letters.txt")
        << "\n\nZhengzhou 城市宣传片上线\n\n"
           "本报讯 近日，以 zhengzhou 为题的城市宣传片在网络平台上线，社区居民纷纷转发。\n\n"
           "城市形象推广有新招\n\n"
           "本报讯 记者从市文化部门获悉，宣传片的英文名为 Zhengzhou Story，社区工作人员参与了拍摄。\n";
    // And a page whose two articles read z h e n g only as initials
    // (这会儿能够), in the heading and in the text: zheng's last tier.
    std::ofstream(dir_ / "pages" / "copy6" / "initials.txt")
        << "\n\n这会儿能够开门了\n\n本报讯 居民说，小店今天开门，大家买到了新鲜蔬菜。\n\n"
           "小店开门\n\n本报讯 居民说，这会儿能够买到新鲜蔬菜，大家都很高兴。\n";
    auto lib = Library::open((dir_ / "library.db").string(), OpenMode::kReadWrite);
    ASSERT_TRUE(lib.ok()) << lib.error().message();
    lib_ = std::make_unique<Library>(std::move(*lib));
    ASSERT_TRUE(lib_->index({(dir_ / "pages").string()}, IndexOptions{}).ok());
  }
  void TearDown() override {
    lib_.reset();
    fs::remove_all(dir_);
  }

  // Every query's pages with the dense strategy (count_up_to small enough
  // for it) against the counted broad ranking (count_up_to -1).
  void expect_dense_pages_match_counted(const std::vector<std::string>& queries) {
    for (const std::string& q : queries) {
      SearchRequest counted;
      counted.query = q;
      counted.bm25_up_to = 0;  // broad ranking, as for any query past 3,000
      counted.count_up_to = -1;
      counted.limit = 0;
      auto all = lib_->search(counted);
      ASSERT_TRUE(all.ok()) << q << ": " << all.error().message();
      ASSERT_FALSE(all->total_is_estimate) << q;
      std::vector<std::int64_t> expected;
      for (const auto& h : all->hits) expected.push_back(h.id);
      ASSERT_EQ(static_cast<std::int64_t>(expected.size()), all->total) << q;
      // 10: the title tier walked too; 100: its few hits looked up.
      for (std::int64_t count_up_to : {std::int64_t{10}, std::int64_t{100}}) {
        for (int limit : {1, 3, 20}) {
          SearchRequest dense = counted;
          dense.count_up_to = count_up_to;
          dense.limit = limit;
          const Paged paged = page_through(*lib_, dense);
          EXPECT_EQ(paged.ids, expected) << q << " count_up_to " << count_up_to << " limit " << limit;
          for (const SearchPage& page : paged.pages) {
            if (!page.total_is_estimate) {
              EXPECT_EQ(page.total, all->total) << q;
              continue;
            }
            ++estimated_[q];
            EXPECT_GT(all->total, count_up_to / 2) << q << ": estimated, yet it matches few";
            EXPECT_LE(std::abs(page.total - all->total), all->total / 2)
                << q << ": estimate " << page.total << ", count " << all->total;
          }
        }
      }
    }
  }

  // How many of `query`'s hits the counted broad ranking puts in each rank
  // group (tier, score).
  std::map<std::pair<int, double>, int> counted_groups(const std::string& query) {
    SearchRequest counted;
    counted.query = query;
    counted.bm25_up_to = 0;
    counted.count_up_to = -1;
    counted.limit = 0;
    auto all = lib_->search(counted);
    EXPECT_TRUE(all.ok()) << query << ": " << all.error().message();
    std::map<std::pair<int, double>, int> by_group;
    if (all.ok())
      for (const auto& h : all->hits) ++by_group[{h.cursor.tier, h.cursor.score}];
    return by_group;
  }

  fs::path dir_;
  std::unique_ptr<Library> lib_;
  std::map<std::string, int> estimated_;  // pages with an estimated total, by query
};

// Plain terms, NOT and OR; pinyin, ranked by its tiers (the letters, the
// preferred reading, other readings, initials), each split by the heading.
// A syllable alone (zheng, de; with a negation, with an OR, beside a term
// with a preferred reading) is walked by checking each article's text;
// zheng's letters stand in the letters page, and zheng may be initials too
// (z h e n g: a tier of its own).
const std::vector<std::string> kQueries = {"的",           "会",          "郑州",        "工作 -社区",
                                           "管城 OR 二七", "社区",        "zhengzhou",   "shequ",
                                           "de",           "zzs",         "gongzuo -sq", "zheng",
                                           "de -社区",     "zheng -社区", "zheng OR de", "zheng OR guancheng",
                                           "de gongzuo"};

TEST_F(DenseSearch, PagesAreThoseOfTheCountedRankingAndTheTotalIsNearTheCount) {
  expect_dense_pages_match_counted(kQueries);
  // The plain, NOT, OR and pinyin queries most articles match took a
  // dense strategy: a syllable alone the walk that checks the text, beside
  // a term with a preferred reading (guancheng's 管城, gongzuo's 工作) too.
  for (const char* q : {"的", "会", "工作 -社区", "管城 OR 二七", "zhengzhou", "gongzuo -sq", "zheng", "de",
                        "de -社区", "zheng -社区", "zheng OR de", "zheng OR guancheng", "de gongzuo"})
    EXPECT_GT(estimated_[q], 0) << q << " did not take a dense strategy";
}

TEST_F(DenseSearch, ASyllableBesideAPreferredReadingKeepsThePreferredTier) {
  // de gongzuo: 工作 is gongzuo's preferred reading, a tier of its own
  // between the letters and the other readings (攻作 would be one), in the
  // heading and in the text; the walk's pages are the counted ones.
  auto by_group = counted_groups("de gongzuo");
  EXPECT_GT((by_group[{1, 1.0}]), 10);
  expect_dense_pages_match_counted({"de gongzuo"});
  EXPECT_GT(estimated_["de gongzuo"], 0);
}

TEST_F(DenseSearch, ASyllableAloneIsPagedThroughEveryTier) {
  // The counted ranking holds zheng in all three of its tiers: the letters,
  // its readings, the initials alone (two of them: 这会儿能够).
  auto by_group = counted_groups("zheng");
  EXPECT_EQ((by_group[{0, 0.0}] + by_group[{0, 1.0}]), 2);
  EXPECT_GT((by_group[{2, 0.0}] + by_group[{2, 1.0}]), 100);
  EXPECT_EQ((by_group[{3, 0.0}] + by_group[{3, 1.0}]), 2);
  expect_dense_pages_match_counted({"zheng"});
  EXPECT_GT(estimated_["zheng"], 0);
  // de has no initials: a cursor of the initials' tier ends its pages.
  SearchRequest dense;
  dense.query = "de";
  dense.bm25_up_to = 0;
  dense.count_up_to = 100;
  dense.limit = 5;
  dense.after = SearchCursor{3, 1.0, "9999-12-31", 1};
  auto past = lib_->search(dense);
  ASSERT_TRUE(past.ok()) << past.error().message();
  EXPECT_TRUE(past->hits.empty());
}

TEST_F(DenseSearch, HolesInTheIdsKeepThePagesAndTheEstimateRight) {
  // Two copies gone and one changed: their ids are holes in the id space
  // the estimate samples, and the changed page's articles get new ids.
  fs::remove_all(dir_ / "pages" / "copy2");
  fs::remove_all(dir_ / "pages" / "copy5");
  fs::path changed;
  for (const auto& e : fs::directory_iterator(dir_ / "pages" / "copy3")) changed = e.path();
  {
    std::ofstream out(changed, std::ios::app);
    out << "\n补记：本页的文字有所改动。\n";
  }
  ASSERT_TRUE(lib_->index({(dir_ / "pages").string()}, IndexOptions{}).ok());
  expect_dense_pages_match_counted(kQueries);
  EXPECT_GT(estimated_["的"], 0) << "的 did not take the dense strategy";
}

TEST_F(DenseSearch, NoLimitCountsExactly) {
  SearchRequest request;
  request.query = "的";
  request.bm25_up_to = 0;
  request.count_up_to = 10;
  request.limit = 0;
  auto page = lib_->search(request);
  ASSERT_TRUE(page.ok()) << page.error().message();
  EXPECT_FALSE(page->total_is_estimate);
  EXPECT_EQ(page->total, static_cast<std::int64_t>(page->hits.size()));
  EXPECT_GT(page->total, 100);
}

}  // namespace
}  // namespace kanbao::store
