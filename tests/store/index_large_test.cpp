// SPDX-License-Identifier: MIT
// A pathological page: one 10 MB line. Indexing it must finish and not cost
// more than a small multiple of the file in memory.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include "library_test_util.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

long peak_rss_kb() {
  struct rusage usage {};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(IndexLarge, TenMegabyteSingleLineFile) {
  TempDir dir;
  fs::create_directories(dir.path() / "pages");
  std::string text = "管城回族区召开会议\n\n本报讯 ";
  const std::string chunk = "管城回族区持续推进城市更新工作，";
  while (text.size() < 10u * 1024 * 1024) text += chunk;
  text += "\n";
  testing::write_bytes(dir.path() / "pages" / "big.txt", text);
  const std::size_t size = text.size();
  text = std::string();

  auto lib = testing::open_rw(dir / "kanbao.db");
  long before = peak_rss_kb();
  auto report = testing::index_ok(lib, {(dir.path() / "pages").string()});
  long grown_mb = (peak_rss_kb() - before) / 1024;
  EXPECT_EQ(report.files_indexed, 1);
  EXPECT_GE(report.articles_added, 1);
  EXPECT_LT(grown_mb, static_cast<long>(40 * size / (1024 * 1024))) << "peak grew by " << grown_mb << " MB";
  auto rows = testing::all_rows(lib);
  ASSERT_FALSE(rows.empty());
  auto article = lib.article(rows.front().id);
  ASSERT_TRUE(article && article->has_value());
  std::size_t stored = 0;
  for (const auto& p : (*article)->paragraphs) stored += p.size();
  EXPECT_GT(stored, size / 2);
}

}  // namespace
}  // namespace kanbao::store
