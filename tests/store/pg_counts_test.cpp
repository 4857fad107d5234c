// SPDX-License-Identifier: MIT
// The statistics bm25 needs on PostgreSQL (library_counts, store/pg/pg_counts.h):
// kept by the server with every change to the articles, they must equal a
// count of the articles themselves after whatever an indexer does - a new
// file, a changed one, a vanished one, parts of an article joined and
// separated again, an import, two indexers at once, an older library
// migrated - and stay a few rows.
#include "store/pg/pg_counts.h"

#include <gtest/gtest.h>

#include "archive_pages.h"
#include "backends_fixture.h"

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;

constexpr const char* kBruteForce =
    "SELECT count(*), coalesce(sum(ntokens), 0) FROM articles WHERE joined_to IS NULL";

// An article continued on page 02 (下转), and its continuation (上接).
corpus::Page continued_page(const char* code, bool head) {
  corpus::Page p = make_page("郑州晚报", {2024, 3, 8}, code);
  corpus::Article a = make_article("全市夜市经济再升温", {head ? "本报讯 三处新夜市本周开街，摊位全部免租。"
                                                               : "夜市开放至凌晨一时，公交线路同步延长。"});
  (head ? a.continued_to : a.continued_from) = head ? "02" : "01";
  p.articles.push_back(a);
  return p;
}

class Counts : public testing::PostgresWithSamples {
 protected:
  // The stored counts, "articles|tokens", as a search reads them.
  std::string stored() const {
    auto conn = pg::Conn::connect(uri_, uri_);
    EXPECT_TRUE(conn) << conn.error().message();
    if (!conn) return "";
    auto counts = pg::library_counts(*conn);
    EXPECT_TRUE(counts) << counts.error().message();
    if (!counts) return "";
    return std::to_string(counts->articles) + "|" + std::to_string(counts->tokens);
  }
  std::string counted() const { return testing_pg::query_rows(uri_, kBruteForce).at(0); }

  // Checks the stored counts against the articles; returns them.
  std::string expect_exact() const {
    const std::string now = counted();
    EXPECT_EQ(stored(), now);
    return now;
  }
};

TEST_F(Counts, FollowNewChangedAndVanishedFiles) {
  auto lib = testing::open_rw(uri_);
  testing::index_ok(lib, {pages_});
  const std::string added = expect_exact();
  EXPECT_NE(added.substr(0, 2), "0|");
  // A changed file: its articles replaced, one of them longer now.
  testing::write_bytes(files_[0],
                       testing::read_bytes(files_[0]) + "\n记者又从市住房保障局获悉，第二批小区明年开工。\n");
  auto changed = testing::index_ok(lib, {pages_});
  ASSERT_EQ(changed.files_indexed, 1);
  const std::string after_change = expect_exact();
  EXPECT_NE(after_change, added);
  // A vanished file: its articles gone.
  fs::remove(files_[1]);
  auto vanished = testing::index_ok(lib, {pages_});
  ASSERT_EQ(vanished.files_removed, 1);
  EXPECT_NE(expect_exact(), after_change);
  // Folded into one row at the end of each run.
  EXPECT_EQ(testing_pg::query_rows(uri_, "SELECT count(*) FROM library_counts"),
            std::vector<std::string>{"1"});
}

// A part joined to its head is not counted (its text is the head's now);
// separated again, it is.
TEST_F(Counts, FollowPartsJoinedAndSeparated) {
  store_page(uri_, dir_ / "03.txt", continued_page("02", false));
  const std::string tail_alone = expect_exact();
  store_page(uri_, dir_ / "01.txt", continued_page("01", true));
  const std::string joined = expect_exact();
  ASSERT_EQ(testing_pg::query_rows(uri_, "SELECT count(*) FROM articles WHERE joined_to IS NOT NULL"),
            std::vector<std::string>{"1"});
  EXPECT_EQ(joined.substr(0, 2), "1|");
  remove_file(uri_, dir_ / "01.txt");
  EXPECT_EQ(expect_exact(), tail_alone);
}

TEST_F(Counts, FollowAnImport) {
  const std::string source_path = dir_ / "source.db";
  {
    auto source = testing::open_rw(source_path);
    testing::index_ok(source, {pages_});
  }
  auto source = Library::open(source_path, OpenMode::kReadOnly);
  ASSERT_TRUE(source) << source.error().message();
  auto lib = testing::open_rw(uri_);
  auto report = lib.import_from(*source);
  ASSERT_TRUE(report) << report.error().message();
  EXPECT_EQ(expect_exact().substr(0, expect_exact().find('|')), std::to_string(*source->count({})));
}

TEST_F(Counts, FollowTwoIndexersAtOnce) {
  for (const auto& r : testing::index_twice_at_once(uri_, pages_)) EXPECT_TRUE(r) << r.error().message();
  auto lib = testing::open_rw(uri_);
  EXPECT_EQ(expect_exact().substr(0, expect_exact().find('|')), std::to_string(*lib.count({})));
}

// A rebuild of the search index sets every article's token count again,
// one statement each; the rows it adds are folded when the library opens.
TEST_F(Counts, FollowARebuildOfTheSearchIndex) {
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages_});
  }
  const std::string built = counted();
  testing_pg::run_sql(uri_,
                      "UPDATE articles SET ntokens = ntokens + 1;"
                      " UPDATE kanbao_meta SET value = 'another build' WHERE key = 'search_index'");
  EXPECT_NE(expect_exact(), built);
  { auto rebuilt = testing::open_rw(uri_); }
  EXPECT_EQ(expect_exact(), built);
  EXPECT_EQ(testing_pg::query_rows(uri_, "SELECT count(*) FROM library_counts"),
            std::vector<std::string>{"1"});
}

// A version-3 library gets its counts from its articles when migrated.
TEST_F(Counts, AreFilledInWhenAVersion3LibraryIsMigrated) {
  std::string before;
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages_});
    before = counted();
  }
  testing_pg::run_sql(uri_, std::string(testing_pg::kTokensAsText) +
                                "DROP TABLE library_counts; DROP FUNCTION kanbao_count_articles() CASCADE;"
                                " ALTER TABLE articles DROP COLUMN title_tokens;"
                                " UPDATE kanbao_meta SET value = '3' WHERE key = 'schema_version'");
  auto lib = testing::open_rw(uri_);
  EXPECT_EQ(testing_pg::query_rows(uri_, "SELECT value FROM kanbao_meta WHERE key = 'schema_version'"),
            std::vector<std::string>{std::to_string(pg::kSchemaVersion)});
  EXPECT_EQ(expect_exact(), before);
  // And kept from then on.
  fs::remove(files_[2]);
  testing::index_ok(lib, {pages_});
  EXPECT_NE(expect_exact(), before);
}

}  // namespace
}  // namespace kanbao::store
