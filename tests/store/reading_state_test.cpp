// SPDX-License-Identifier: MIT
// The reading-state database: persistence, privacy, library identity, the
// one-time import of kanbao 0.x files, and two sessions writing at once.
#include "store/reading_state.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include "journal_spy.h"
#include "library_test_util.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

LibraryIdentity identity(const std::string& uuid) { return {"uuid:" + uuid, "path:/nowhere/" + uuid}; }

ArticleKey key(const std::string& path, int position, const std::string& title) {
  return ArticleKey{path, position, title};
}

Bookmark bookmark(const ArticleKey& k, std::int64_t id = 1) {
  return Bookmark{k, id, "管城区", "2023-06-20"};
}

ReadingState open_state(const std::string& dir, const LibraryIdentity& lib) {
  auto state = ReadingState::open(dir, lib);
  if (!state) throw std::runtime_error(state.error().message());
  return std::move(*state);
}

unsigned mode_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return 0;
  return st.st_mode & 0777;
}

TEST(ReadingState, EveryKindOfStateSurvivesAReopen) {
  TempDir tmp;
  const std::string dir = tmp / "state";
  const auto a = key("/p/2023-06-20/01.txt", 2, "老旧小区改造");
  {
    auto state = open_state(dir, identity("one"));
    ASSERT_TRUE(state.set_read(a, "管城区", true));
    ASSERT_TRUE(state.set_position(a, ReadingPosition{3, 12}));
    ASSERT_TRUE(state.add_bookmark(bookmark(a, 42)));
    ASSERT_TRUE(state.add_history("城中村"));
    ASSERT_TRUE(state.add_history("安置房"));
    ASSERT_TRUE(state.add_history("城中村"));  // moves to the end
  }
  auto state = open_state(dir, identity("one"));
  EXPECT_TRUE(state.is_read(a));
  EXPECT_FALSE(state.is_read(key("/p/2023-06-20/01.txt", 3, "老旧小区改造")));
  EXPECT_EQ(state.read_counts().at("管城区"), 1);
  ASSERT_TRUE(state.position(a).has_value());
  EXPECT_EQ(*state.position(a), (ReadingPosition{3, 12}));
  ASSERT_EQ(state.bookmarks().size(), 1u);
  EXPECT_EQ(state.bookmarks()[0].key, a);
  EXPECT_EQ(state.bookmarks()[0].id, 42);
  EXPECT_EQ(state.history(), (std::vector<std::string>{"安置房", "城中村"}));

  ASSERT_TRUE(state.set_read(a, "管城区", false));
  ASSERT_TRUE(state.remove_bookmark(a));
  auto again = open_state(dir, identity("one"));
  EXPECT_FALSE(again.is_read(a));
  EXPECT_TRUE(again.bookmarks().empty());
  EXPECT_EQ(again.read_counts().count("管城区"), 0u);
}

TEST(ReadingState, FolderAndFilesArePrivate) {
  TempDir tmp;
  const std::string dir = tmp / "state";
  fs::create_directories(dir);
  ::chmod(dir.c_str(), 0755);  // as kanbao 0.x left it
  auto state = open_state(dir, identity("one"));
  ASSERT_TRUE(state.add_bookmark(bookmark(key("/p", 0, "t"))));
  EXPECT_EQ(mode_of(dir), 0700u);
  ASSERT_TRUE(fs::exists(dir + "/state.db-wal"));
  for (const char* name : {"/state.db", "/state.db-wal", "/state.db-shm"}) {
    EXPECT_EQ(mode_of(dir + name), 0600u) << name;
  }
}

// A kill while the new state file switched to WAL would leave a hot
// journal (library_open_test.cpp says why it matters); none is used.
TEST(ReadingState, ANewStateFileIsCreatedWithoutARollbackJournal) {
  TempDir tmp;
  const std::string dir = tmp / "state";
  {
    testing::JournalSpy spy;
    auto state = open_state(dir, identity("one"));
    ASSERT_TRUE(state.add_bookmark(bookmark(key("/p", 0, "t"))));
    EXPECT_EQ(testing::JournalSpy::journals(), 0);
    EXPECT_TRUE(fs::exists(dir + "/state.db-wal"));  // the last close removes it
  }
  EXPECT_EQ(open_state(dir, identity("one")).bookmarks().size(), 1u);
}

TEST(ReadingState, TwoLibrariesDoNotShareState) {
  TempDir tmp;
  const std::string dir = tmp / "state";
  const auto a = key("/p/a.txt", 0, "同名文章");
  auto one = open_state(dir, identity("one"));
  auto two = open_state(dir, identity("two"));
  ASSERT_TRUE(one.add_bookmark(bookmark(a)));
  ASSERT_TRUE(one.set_read(a, "", true));
  ASSERT_TRUE(two.refresh());
  EXPECT_TRUE(two.bookmarks().empty());
  EXPECT_FALSE(two.is_read(a));
}

TEST(ReadingState, RefreshSeesAnotherSessionsChanges) {
  TempDir tmp;
  const std::string dir = tmp / "state";
  auto a = open_state(dir, identity("one"));
  auto b = open_state(dir, identity("one"));
  const auto k = key("/p/a.txt", 1, "标题");
  ASSERT_TRUE(b.add_bookmark(bookmark(k)));
  ASSERT_TRUE(b.add_history("保交楼"));
  EXPECT_TRUE(a.bookmarks().empty());  // not before refresh
  auto changed = a.refresh();
  ASSERT_TRUE(changed);
  EXPECT_TRUE(*changed);
  EXPECT_TRUE(a.is_bookmarked(k));
  EXPECT_EQ(a.history(), std::vector<std::string>{"保交楼"});
  auto unchanged = a.refresh();
  ASSERT_TRUE(unchanged);
  EXPECT_FALSE(*unchanged);
}

TEST(ReadingState, HistoryIsBounded) {
  TempDir tmp;
  auto state = open_state(tmp / "state", identity("one"));
  for (int i = 0; i < ReadingState::kHistoryLimit + 5; ++i)
    ASSERT_TRUE(state.add_history("q" + std::to_string(i)));
  auto again = open_state(tmp / "state", identity("one"));
  ASSERT_EQ(again.history().size(), static_cast<std::size_t>(ReadingState::kHistoryLimit));
  EXPECT_EQ(again.history().front(), "q5");
  EXPECT_EQ(again.history().back(), "q" + std::to_string(ReadingState::kHistoryLimit + 4));
}

TEST(ReadingState, AFileWhereTheFolderShouldBeIsAnError) {
  TempDir tmp;
  testing::write_bytes(tmp.path() / "state", "not a folder");
  auto state = ReadingState::open(tmp / "state", identity("one"));
  ASSERT_FALSE(state);
  EXPECT_NE(state.error().message().find(tmp / "state"), std::string::npos) << state.error().message();
}

TEST(ReadingState, ForeignDatabaseIsRefusedAndLeftAlone) {
  TempDir tmp;
  const std::string dir = tmp / "state";
  fs::create_directories(dir);
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open((dir + "/state.db").c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE mine(x)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);
  auto state = ReadingState::open(dir, identity("one"));
  ASSERT_FALSE(state);
  EXPECT_NE(state.error().message().find("not kanbao's reading state"), std::string::npos)
      << state.error().message();
}

// kanbao 0.x: tab-separated lines, fields escaped.
void write_legacy_files(const std::string& dir) {
  fs::create_directories(dir);
  testing::write_bytes(dir + "/read", "/lib/a.txt\t0\t第一篇\n/lib/b.txt\t2\t有\\t制表符\n");
  testing::write_bytes(dir + "/positions", "/lib/a.txt\t0\t第一篇\t4\t30\nbroken line\n");
  testing::write_bytes(dir + "/bookmarks", "/lib/a.txt\t0\t第一篇\t7\t第一篇\t二七区\t--06-20\n");
  testing::write_bytes(dir + "/search_history", "城中村\n安置房\n");
}

TEST(ReadingState, LegacyFilesAreImportedOnceAndKept) {
  TempDir tmp;
  const std::string dir = tmp / "state";
  write_legacy_files(dir);
  const auto first = key("/lib/a.txt", 0, "第一篇");
  {
    auto state = open_state(dir, identity("one"));
    EXPECT_TRUE(state.is_read(first));
    EXPECT_TRUE(state.is_read(key("/lib/b.txt", 2, "有\t制表符")));
    ASSERT_TRUE(state.position(first).has_value());
    EXPECT_EQ(*state.position(first), (ReadingPosition{4, 30}));
    ASSERT_EQ(state.bookmarks().size(), 1u);
    EXPECT_EQ(state.bookmarks()[0].id, 7);
    EXPECT_EQ(state.bookmarks()[0].district, "二七区");
    EXPECT_EQ(state.history(), (std::vector<std::string>{"城中村", "安置房"}));
    ASSERT_TRUE(state.remove_bookmark(first));
  }
  for (const char* name : {"read", "positions", "bookmarks", "search_history"}) {
    EXPECT_FALSE(fs::exists(dir + "/" + name)) << name;
    EXPECT_TRUE(fs::exists(dir + "/" + name + ".migrated")) << name;
    EXPECT_EQ(mode_of(dir + "/" + name + ".migrated"), 0600u) << name;
  }
  // Even if the old files come back (restored from a backup), the import is
  // not repeated: the removed bookmark stays removed.
  write_legacy_files(dir);
  auto again = open_state(dir, identity("one"));
  EXPECT_TRUE(again.bookmarks().empty());
}

TEST(ReadingState, LibraryIdentityFollowsAMovedLibrary) {
  TempDir tmp;
  const std::string first = tmp / "a/library.db";
  {
    auto lib = Library::open(first, OpenMode::kReadWrite);
    ASSERT_TRUE(lib) << lib.error().message();
    EXPECT_EQ(lib->identity().key.rfind("uuid:", 0), 0u) << lib->identity().key;
  }
  auto lib = Library::open(first, OpenMode::kReadOnly);
  ASSERT_TRUE(lib);
  const std::string uuid = lib->identity().key;
  fs::create_directories(tmp / "b");
  fs::copy_file(first, tmp / "b/moved.db");
  auto moved = Library::open(tmp / "b/moved.db", OpenMode::kReadOnly);
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->identity().key, uuid);
  auto other = Library::open(tmp / "c/library.db", OpenMode::kReadWrite);
  ASSERT_TRUE(other);
  EXPECT_NE(other->identity().key, uuid);
}

TEST(ReadingState, OldLibraryReadOnlyUsesItsPathUntilItGetsAUuid) {
  TempDir tmp;
  const std::string path = tmp / "library.db";
  { ASSERT_TRUE(Library::open(path, OpenMode::kReadWrite)); }
  sqlite3* raw = nullptr;  // make it a library of before the UUID
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "DELETE FROM meta WHERE key = 'library_uuid'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);

  const auto a = key("/p/a.txt", 0, "标题");
  {
    auto lib = Library::open(path, OpenMode::kReadOnly);
    ASSERT_TRUE(lib);
    EXPECT_EQ(lib->identity().key, "path:" + fs::canonical(path).string());
    auto state = open_state(tmp / "state", lib->identity());
    ASSERT_TRUE(state.add_bookmark(bookmark(a)));
    ASSERT_TRUE(state.set_read(a, "", true));
  }
  { ASSERT_TRUE(Library::open(path, OpenMode::kReadWrite)); }  // `kanbao index` gives it a UUID
  auto lib = Library::open(path, OpenMode::kReadOnly);
  ASSERT_TRUE(lib);
  EXPECT_EQ(lib->identity().key.rfind("uuid:", 0), 0u);
  auto state = open_state(tmp / "state", lib->identity());
  EXPECT_TRUE(state.is_bookmarked(a));
  EXPECT_TRUE(state.is_read(a));
}

// Two sessions (own connections, own threads) bookmark, read, move and
// search at once for a few seconds; afterwards every change of both is there.
TEST(ReadingState, TwoSessionsWritingAtOnceLoseNothing) {
  TempDir tmp;
  const std::string dir = tmp / "state";
  { open_state(dir, identity("one")); }
  constexpr auto kDuration = std::chrono::seconds(3);
  std::atomic<bool> failed{false};
  std::atomic<int> counts[2] = {0, 0};
  auto session = [&](int who) {
    auto state = ReadingState::open(dir, identity("one"));
    if (!state) {
      failed = true;
      return;
    }
    const auto end = std::chrono::steady_clock::now() + kDuration;
    for (int i = 0; std::chrono::steady_clock::now() < end; ++i) {
      const auto k = key("/s" + std::to_string(who), i, "文章" + std::to_string(i));
      const bool ok = state->add_bookmark(bookmark(k, i)).ok() && state->set_read(k, "区", true).ok() &&
                      state->set_position(k, ReadingPosition{i, 1}).ok() &&
                      state->add_history("s" + std::to_string(who) + "q" + std::to_string(i % 50)).ok() &&
                      state->refresh().ok();
      if (!ok) {
        failed = true;
        return;
      }
      counts[who] = i + 1;
    }
  };
  std::thread a(session, 0), b(session, 1);
  a.join();
  b.join();
  ASSERT_FALSE(failed);
  ASSERT_GT(counts[0], 10);
  ASSERT_GT(counts[1], 10);
  std::printf("[   INFO   ] rounds of 4 writes and a refresh: %d and %d in %lld s\n", counts[0].load(),
              counts[1].load(), static_cast<long long>(kDuration.count()));
  auto state = open_state(dir, identity("one"));
  EXPECT_EQ(state.bookmarks().size(), static_cast<std::size_t>(counts[0] + counts[1]));
  EXPECT_EQ(state.read_counts().at("区"), counts[0] + counts[1]);
  for (int who = 0; who < 2; ++who) {
    for (int i = 0; i < counts[who]; ++i) {
      const auto k = key("/s" + std::to_string(who), i, "文章" + std::to_string(i));
      ASSERT_TRUE(state.is_bookmarked(k)) << who << " " << i;
      ASSERT_TRUE(state.is_read(k)) << who << " " << i;
      ASSERT_TRUE(state.position(k).has_value()) << who << " " << i;
    }
  }
  const auto& h = state.history();
  for (int who = 0; who < 2; ++who) {
    const std::string q = "s" + std::to_string(who) + "q0";
    EXPECT_NE(std::find(h.begin(), h.end(), q), h.end()) << q;
  }
}

}  // namespace
}  // namespace kanbao::store
