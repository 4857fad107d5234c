// SPDX-License-Identifier: MIT
// Re-indexing: unchanged files are skipped, changed ones replaced, vanished
// ones removed; --rebuild starts over.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <time.h>

#include <set>

#include "library_test_util.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

IndexOptions rebuild_options() {
  IndexOptions options;
  options.rebuild = true;
  return options;
}

using testing::TempDir;
namespace fs = std::filesystem;

std::int64_t articles_in(const std::string& path) {
  return static_cast<std::int64_t>(testing::parse_file(path).articles.size());
}

std::set<std::int64_t> ids(Library& lib) {
  std::set<std::int64_t> out;
  for (const auto& row : testing::all_rows(lib)) out.insert(row.id);
  return out;
}

// Sets a file's mtime explicitly, so "changed" never depends on clock resolution.
void set_mtime(const std::string& path, long seconds) {
  struct timespec times[2] = {{seconds, 0}, {seconds, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), times, 0), 0);
}

class IndexIncremental : public ::testing::Test {
 protected:
  void SetUp() override {
    files_ = testing::copy_samples(dir_.path() / "pages");
    for (const auto& f : files_) total_ += articles_in(f);
    auto report = testing::index_ok(lib_, {folder()});
    ASSERT_EQ(report.files_indexed, 5);
  }
  void TearDown() override { EXPECT_EQ(testing::integrity_check(dir_ / "kanbao.db"), "ok"); }
  std::string folder() const { return (dir_.path() / "pages").string(); }

  TempDir dir_;
  std::vector<std::string> files_;
  std::int64_t total_ = 0;
  Library lib_ = testing::open_rw(dir_ / "kanbao.db");
};

TEST_F(IndexIncremental, UnchangedFilesAreSkipped) {
  auto before = ids(lib_);
  auto report = testing::index_ok(lib_, {folder()});
  EXPECT_EQ(report.files_seen, 5);
  EXPECT_EQ(report.files_unchanged, 5);
  EXPECT_EQ(report.files_indexed, 0);
  EXPECT_EQ(report.files_removed, 0);
  EXPECT_EQ(report.articles_added, 0);
  EXPECT_EQ(report.articles_removed, 0);
  EXPECT_EQ(ids(lib_), before);
}

TEST_F(IndexIncremental, UnchangedFilesAreNotEvenRead) {
  // An unreadable file with the same size and mtime is never opened.
  ::chmod(files_[0].c_str(), 0);
  auto report = testing::index_ok(lib_, {folder()});
  ::chmod(files_[0].c_str(), 0644);
  EXPECT_EQ(report.files_unchanged, 5);
  EXPECT_TRUE(report.skipped.empty());
}

TEST_F(IndexIncremental, SameContentWithNewMtimeOnlyUpdatesTheStat) {
  auto before = ids(lib_);
  set_mtime(files_[1], 1'000'000'000);
  auto report = testing::index_ok(lib_, {folder()});
  EXPECT_EQ(report.files_unchanged, 5);
  EXPECT_EQ(report.files_indexed, 0);
  EXPECT_EQ(ids(lib_), before);
  // The new mtime was recorded: the next run does not even hash the file.
  ::chmod(files_[1].c_str(), 0);
  auto again = testing::index_ok(lib_, {folder()});
  ::chmod(files_[1].c_str(), 0644);
  EXPECT_EQ(again.files_unchanged, 5);
  EXPECT_TRUE(again.skipped.empty());
}

// A file an older kanbao parsed (its record without this parser's version,
// as every file of a library indexed before versions were recorded) is
// parsed again although unchanged, so a better parser reaches the library;
// then it is unchanged again.
TEST_F(IndexIncremental, FilesAnOlderParserReadAreReadAgain) {
  {
    auto db = sql::Db::open(dir_ / "kanbao.db", SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db) << db.error().message();
    auto stmt = db->prepare("UPDATE files SET hash = substr(hash, 1, 16) WHERE path IN (?1, ?2)");
    ASSERT_TRUE(stmt) << stmt.error().message();
    stmt->bind(1, std::string_view(files_[0])).bind(2, std::string_view(files_[3]));
    ASSERT_TRUE(stmt->step());
    ASSERT_EQ(db->changes(), 2);
  }
  auto report = testing::index_ok(lib_, {folder()});
  EXPECT_EQ(report.files_unchanged, 3);
  EXPECT_EQ(report.files_indexed, 2);
  EXPECT_EQ(report.files_reread, 2);
  EXPECT_EQ(report.articles_updated, articles_in(files_[0]) + articles_in(files_[3]));
  EXPECT_EQ(report.articles_added, 0);
  EXPECT_EQ(report.articles_removed, 0);
  EXPECT_EQ(static_cast<std::int64_t>(ids(lib_).size()), total_);
  auto again = testing::index_ok(lib_, {folder()});
  EXPECT_EQ(again.files_unchanged, 5);
  EXPECT_EQ(again.files_reread, 0);
}

TEST_F(IndexIncremental, ChangedFileIsReplaced) {
  auto before = ids(lib_);
  const std::string& changed = files_[2];
  std::int64_t old_count = articles_in(changed);
  // Append one more article; the page changes but stays parseable.
  std::string text = testing::read_bytes(changed);
  text += "\n\n新增测试标题\n\n本报讯 这是一段新增加的测试正文。\n";
  testing::write_bytes(changed, text);
  set_mtime(changed, 1'100'000'000);
  std::int64_t new_count = articles_in(changed);

  auto report = testing::index_ok(lib_, {folder()});
  EXPECT_EQ(report.files_seen, 5);
  EXPECT_EQ(report.files_unchanged, 4);
  EXPECT_EQ(report.files_indexed, 1);
  // The articles read again in place are updated; only the new one is added.
  ASSERT_GT(new_count, old_count);
  EXPECT_EQ(report.articles_removed, 0);
  EXPECT_EQ(report.articles_updated, old_count);
  EXPECT_EQ(report.articles_added, new_count - old_count);
  auto after = ids(lib_);
  EXPECT_EQ(static_cast<std::int64_t>(after.size()), total_ - old_count + new_count);
  // Every article kept its id, the changed file's too (same file and
  // position, same id); only the added one got a new id.
  std::size_t kept = 0;
  for (auto id : after) kept += before.count(id);
  EXPECT_EQ(static_cast<std::int64_t>(kept), total_);
  for (const auto& row : testing::all_rows(lib_)) {
    if (row.source.rfind(changed + ":", 0) == 0) {
      EXPECT_EQ(before.count(row.id), row.position < old_count ? 1u : 0u) << row.source;
    }
  }
}

TEST_F(IndexIncremental, VanishedFileIsRemoved) {
  std::int64_t gone = articles_in(files_[3]);
  fs::remove(files_[3]);
  auto report = testing::index_ok(lib_, {folder()});
  EXPECT_EQ(report.files_seen, 4);
  EXPECT_EQ(report.files_unchanged, 4);
  EXPECT_EQ(report.files_removed, 1);
  EXPECT_EQ(report.articles_removed, gone);
  EXPECT_EQ(*lib_.count({}), total_ - gone);
  for (const auto& row : testing::all_rows(lib_))
    EXPECT_EQ(row.source.rfind(files_[3] + ":", 0), std::string::npos);
}

TEST_F(IndexIncremental, OnlyFoldersNamedInThisRunArePruned) {
  // Index a second folder, then delete a file from the first one but name
  // only the second: the first folder's files are left alone.
  auto other = testing::copy_samples(dir_.path() / "other");
  testing::index_ok(lib_, {(dir_.path() / "other").string()});
  fs::remove(files_[0]);
  auto report = testing::index_ok(lib_, {(dir_.path() / "other").string()});
  EXPECT_EQ(report.files_removed, 0);
  EXPECT_EQ(*lib_.count({}), 2 * total_);
  // A folder whose name extends the first one's is not "under" it.
  fs::create_directories(dir_.path() / "pages2");
  auto sibling = testing::index_ok(lib_, {(dir_.path() / "pages2").string()});
  EXPECT_EQ(sibling.files_removed, 0);
}

TEST_F(IndexIncremental, RebuildReparsesEverything) {
  auto report = testing::index_ok(lib_, {folder()}, rebuild_options());
  EXPECT_EQ(report.files_seen, 5);
  EXPECT_EQ(report.files_indexed, 5);
  EXPECT_EQ(report.files_unchanged, 0);
  EXPECT_EQ(report.articles_removed, 0);
  EXPECT_EQ(report.articles_updated, total_);
  EXPECT_EQ(report.articles_added, 0);
  EXPECT_EQ(*lib_.count({}), total_);

  // Files that are not named in a rebuild are gone.
  auto other = testing::copy_samples(dir_.path() / "other");
  testing::index_ok(lib_, {(dir_.path() / "other").string()});
  auto rebuilt = testing::index_ok(lib_, {folder()}, rebuild_options());
  EXPECT_EQ(rebuilt.files_removed, 5);
  EXPECT_EQ(*lib_.count({}), total_);
  auto districts = lib_.districts();
  ASSERT_TRUE(districts);
  std::int64_t sum = 0;
  for (const auto& d : *districts) sum += d.articles;
  EXPECT_EQ(sum, total_);
}

TEST_F(IndexIncremental, FileNamedDirectlyAndTwiceIsIndexedOnce) {
  auto report = testing::index_ok(lib_, {files_[0], folder(), files_[0]});
  EXPECT_EQ(report.files_seen, 5);
  EXPECT_EQ(report.files_unchanged, 5);
}

}  // namespace
}  // namespace kanbao::store
