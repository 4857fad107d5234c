// SPDX-License-Identifier: MIT
// Keyset paging when many hits tie on score: four copies of one page give
// every article three twins with the same bm25 score and date.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "library_test_util.h"
#include "store/library.h"

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;

TEST(SearchPaging, TiesArePagedInOneStableOrder) {
  fs::path dir = fs::temp_directory_path() / ("kanbao-paging-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "pages");
  fs::path page;
  for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR))
    if (page.empty() || e.path() < page) page = e.path();
  for (int i = 0; i < 4; ++i) fs::copy_file(page, dir / "pages" / ("copy" + std::to_string(i) + ".txt"));
  {
    auto lib = Library::open((dir / "library.db").string(), OpenMode::kReadWrite);
    ASSERT_TRUE(lib.ok()) << lib.error().message();
    ASSERT_TRUE(lib->index({(dir / "pages").string()}, IndexOptions{}).ok());
    // bm25 ranks by score, then date; broad ranking (bm25_up_to 0) by title
    // tier, then date: either way the twins tie.
    for (std::int64_t bm25_up_to : {SearchRequest{}.bm25_up_to, std::int64_t{0}})
      for (std::string q : {"会", "管城", "2023", "工作 -社区", "guancheng"}) {
        SearchRequest all;
        all.query = q;
        all.limit = 0;
        all.bm25_up_to = bm25_up_to;
        auto everything = lib->search(all);
        ASSERT_TRUE(everything.ok()) << everything.error().message();
        if (q == std::string("会")) {
          EXPECT_GT(everything->total, 0);
          EXPECT_EQ(everything->total % 4, 0);  // every article has its twins
        }
        std::vector<std::int64_t> expected;
        for (const auto& h : everything->hits) expected.push_back(h.id);
        for (int limit : {1, 2, 3, 5}) {
          std::vector<std::int64_t> paged =
              testing::paged_hit_ids(*lib, all, limit, static_cast<std::int64_t>(expected.size()));
          EXPECT_EQ(paged, expected) << q << " limit " << limit;
        }
      }
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kanbao::store
