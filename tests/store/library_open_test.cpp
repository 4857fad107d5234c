// SPDX-License-Identifier: MIT
// Opening: creating, recognising, refusing what is not ours, read-only use.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "journal_spy.h"
#include "library_test_util.h"
#include "schema_downgrade.h"
#include "store/schema.h"
#include "store/search_index.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

// Runs fixed SQL on a raw connection (to forge foreign or future files).
void raw_exec(const std::string& path, const char* sql_text) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql_text, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

std::int64_t raw_int(const std::string& path, const char* sql_text) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  std::int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql_text, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
    v = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return v;
}

// Opening must fail, name the file, say `what`, and leave the bytes alone.
void expect_refused(const std::string& path, OpenMode mode, const std::string& what) {
  std::string before = testing::read_bytes(path);
  auto lib = Library::open(path, mode);
  ASSERT_FALSE(lib) << "opened " << path;
  const std::string& message = lib.error().message();
  EXPECT_NE(message.find(path), std::string::npos) << message;
  EXPECT_NE(message.find(what), std::string::npos) << message;
  EXPECT_EQ(testing::read_bytes(path), before) << "the file was modified";
  EXPECT_FALSE(fs::exists(path + "-wal") && fs::file_size(path + "-wal") > 0);
}

TEST(LibraryOpen, CreatesFolderAndFileAndReopens) {
  TempDir dir;
  std::string path = dir / "a/b/kanbao.db";
  {
    auto lib = Library::open(path, OpenMode::kReadWrite);
    ASSERT_TRUE(lib) << lib.error().message();
    EXPECT_EQ(lib->path(), path);
  }
  EXPECT_TRUE(fs::exists(path));
  EXPECT_EQ(raw_int(path, "PRAGMA application_id"), 0x4B4E424F);
  EXPECT_EQ(raw_int(path, "PRAGMA user_version"), schema::kSchemaVersion);
  EXPECT_EQ(raw_int(path, "SELECT value FROM meta WHERE key = 'schema_version'"), schema::kSchemaVersion);
  EXPECT_EQ(raw_int(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
  auto again = Library::open(path, OpenMode::kReadWrite);
  ASSERT_TRUE(again) << again.error().message();
  auto ro = Library::open(path, OpenMode::kReadOnly);
  ASSERT_TRUE(ro) << ro.error().message();
  EXPECT_EQ(*ro->count({}), 0);
}

// A rollback journal left by a kill while a new file is switched to WAL
// would make every read-only open fail ("attempt to write a readonly
// database") until a writer rolled it back; Faults.SigkillDuringIndex...
// met it when the kill landed there. Creating a library uses none.
TEST(LibraryOpen, ANewLibraryIsCreatedWithoutARollbackJournal) {
  TempDir dir;
  std::string path = dir / "kanbao.db";
  ASSERT_STREQ(sqlite3_vfs_find(nullptr)->zName, "unix");
  {
    testing::JournalSpy spy;
    auto lib = Library::open(path, OpenMode::kReadWrite);
    ASSERT_TRUE(lib) << lib.error().message();
    EXPECT_EQ(testing::JournalSpy::journals(), 0);
  }
  EXPECT_EQ(raw_int(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
  EXPECT_EQ(raw_int(path, "PRAGMA user_version"), schema::kSchemaVersion);
  // The spy sees the journal of a database created in rollback mode.
  testing::JournalSpy spy;
  raw_exec(dir / "rollback.db", "CREATE TABLE t(x);");
  EXPECT_GT(testing::JournalSpy::journals(), 0);
}

TEST(LibraryOpen, ReadOnlyNeedsAnExistingLibrary) {
  TempDir dir;
  auto lib = Library::open(dir / "missing.db", OpenMode::kReadOnly);
  ASSERT_FALSE(lib);
  EXPECT_NE(lib.error().message().find(dir / "missing.db"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "missing.db"));
}

TEST(LibraryOpen, RefusesAFileThatIsNotSqlite) {
  TempDir dir;
  std::string path = dir / "notes.txt";
  testing::write_bytes(path, "管城回族区召开会议\n本报讯 这不是数据库。\n" + std::string(200, 'x'));
  expect_refused(path, OpenMode::kReadWrite, "not a kanbao library");
  expect_refused(path, OpenMode::kReadOnly, "not a kanbao library");
}

TEST(LibraryOpen, RefusesAnotherApplicationsDatabase) {
  TempDir dir;
  std::string path = dir / "other.db";
  raw_exec(path, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');");
  expect_refused(path, OpenMode::kReadWrite, "not a kanbao library");
  expect_refused(path, OpenMode::kReadOnly, "not a kanbao library");
  // Even one that happens to have tables with our names.
  std::string lookalike = dir / "lookalike.db";
  raw_exec(lookalike, "CREATE TABLE meta(key TEXT, value TEXT); CREATE TABLE articles(id INTEGER);");
  expect_refused(lookalike, OpenMode::kReadWrite, "not a kanbao library");
}

TEST(LibraryOpen, RefusesALibraryFromANewerKanbao) {
  TempDir dir;
  std::string path = dir / "kanbao.db";
  { auto lib = testing::open_rw(path); }
  raw_exec(path, "PRAGMA user_version = 99; PRAGMA journal_mode = DELETE;");
  expect_refused(path, OpenMode::kReadWrite, "newer kanbao (schema 99); upgrade kanbao");
  expect_refused(path, OpenMode::kReadOnly, "newer kanbao (schema 99); upgrade kanbao");
}

TEST(LibraryOpen, RefusesATruncatedLibraryAndSuggestsRebuild) {
  TempDir dir;
  std::string path = dir / "kanbao.db";
  testing::copy_samples(dir.path() / "pages");
  {
    auto lib = testing::open_rw(path);
    testing::index_ok(lib, {(dir.path() / "pages").string()});
  }  // the last connection checkpoints and removes the -wal
  ASSERT_FALSE(fs::exists(path + "-wal"));
  auto size = fs::file_size(path);
  ASSERT_GT(size, 8192u);
  fs::resize_file(path, size / 2);
  expect_refused(path, OpenMode::kReadWrite, "kanbao index --rebuild");
  expect_refused(path, OpenMode::kReadOnly, "kanbao index --rebuild");
  fs::resize_file(path, 60);
  expect_refused(path, OpenMode::kReadOnly, "kanbao index --rebuild");
}

TEST(LibraryOpen, RefusesALibraryWithGarbageInside) {
  TempDir dir;
  std::string path = dir / "kanbao.db";
  testing::copy_samples(dir.path() / "pages");
  {
    auto lib = testing::open_rw(path);
    testing::index_ok(lib, {(dir.path() / "pages").string()});
  }
  // Overwrite every page after the first with noise: the header stays valid.
  std::string bytes = testing::read_bytes(path);
  for (std::size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 7919) & 0xff);
  testing::write_bytes(path, bytes);
  expect_refused(path, OpenMode::kReadOnly, "kanbao index --rebuild");
}

std::vector<std::int64_t> broad_ids(Library& lib, const std::string& query) {
  SearchRequest r;
  r.query = query;
  r.limit = 0;
  r.bm25_up_to = 0;  // ranked by title tier, then date: the tier comes from title_fts
  auto page = lib.search(r);
  EXPECT_TRUE(page) << page.error().message();
  std::vector<std::int64_t> ids;
  if (page)
    for (const auto& h : page->hits) ids.push_back(h.id);
  return ids;
}

TEST(LibraryOpen, UpgradesASchema1LibraryWhenOpenedForWriting) {
  TempDir dir;
  std::string path = dir / "kanbao.db", fresh = dir / "fresh.db";
  testing::copy_samples(dir.path() / "pages");
  for (const std::string& p : {path, fresh}) {
    auto lib = testing::open_rw(p);
    testing::index_ok(lib, {(dir.path() / "pages").string()});
  }
  testing::downgrade_to_2(path);
  {  // Back to what schema 1 was: article_fts without title_fts.
    auto db = sql::Db::open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(register_search_functions(*db));
    ASSERT_TRUE(
        db->exec("DROP TABLE title_fts; PRAGMA user_version = 1;"
                 "UPDATE meta SET value = '1' WHERE key = 'schema_version'"));
  }
  expect_refused(
      path, OpenMode::kReadOnly,
      "older kanbao (schema 1); run `kanbao index FOLDER...` on its pages' folders once to upgrade it");
  { auto upgraded = testing::open_rw(path); }
  EXPECT_EQ(raw_int(path, "PRAGMA user_version"), schema::kSchemaVersion);
  EXPECT_EQ(raw_int(path, "SELECT value FROM meta WHERE key = 'schema_version'"), schema::kSchemaVersion);

  // title_fts now holds the titles of the articles that were already there.
  const std::int64_t titled =
      raw_int(path, "SELECT count(*) FROM articles WHERE instr(title || subtitle, '社区')");
  ASSERT_GT(titled, 0);
  {
    auto db = sql::Db::open(path, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    ASSERT_TRUE(register_search_functions(*db));
    auto count = db->prepare("SELECT count(*) FROM title_fts WHERE title_fts MATCH '\"社区\"'");
    ASSERT_TRUE(count);
    ASSERT_TRUE(*count->step());
    EXPECT_EQ(count->int64(0), titled);
  }
  auto upgraded = Library::open(path, OpenMode::kReadOnly);
  auto built = Library::open(fresh, OpenMode::kReadOnly);
  ASSERT_TRUE(upgraded && built);
  for (const char* q : {"社区", "的", "管城 工作"}) {
    auto ids = broad_ids(*upgraded, q);
    EXPECT_FALSE(ids.empty()) << q;
    EXPECT_EQ(ids, broad_ids(*built, q)) << q;
  }
}

TEST(LibraryOpen, ReadOnlyWorksOnAReadOnlyFileAndFolder) {
  TempDir dir;
  auto lib_dir = dir.path() / "lib";
  std::string path = (lib_dir / "kanbao.db").string();
  testing::copy_samples(dir.path() / "pages");
  std::int64_t total = 0;
  {
    auto lib = testing::open_rw(path);
    total = testing::index_ok(lib, {(dir.path() / "pages").string()}).articles_added;
  }
  ASSERT_GT(total, 0);
  ::chmod(path.c_str(), 0444);
  {
    auto lib = Library::open(path, OpenMode::kReadOnly);
    ASSERT_TRUE(lib) << lib.error().message();
    EXPECT_EQ(*lib->count({}), total);
  }
  ::chmod(lib_dir.c_str(), 0555);
  {
    auto lib = Library::open(path, OpenMode::kReadOnly);
    ASSERT_TRUE(lib) << lib.error().message();
    EXPECT_EQ(*lib->count({}), total);
    auto districts = lib->districts();
    ASSERT_TRUE(districts) << districts.error().message();
    EXPECT_FALSE(districts->empty());
  }
  ::chmod(lib_dir.c_str(), 0755);
}

TEST(LibraryOpen, ReadersSeeCommittedFilesWhileIndexing) {
  TempDir dir;
  std::string path = dir / "kanbao.db";
  auto files = testing::copy_samples(dir.path() / "pages");
  auto writer = testing::open_rw(path);
  auto reader = Library::open(path, OpenMode::kReadOnly);
  ASSERT_TRUE(reader) << reader.error().message();
  std::vector<std::int64_t> seen;
  auto report = writer.index({(dir.path() / "pages").string()}, {}, [&](const IndexProgress&) {
    auto n = reader->count({});
    ASSERT_TRUE(n) << n.error().message();
    seen.push_back(*n);
  });
  ASSERT_TRUE(report);
  ASSERT_EQ(seen.size(), 5u);
  // After each file the reader sees exactly the articles committed so far.
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    sum += static_cast<std::int64_t>(testing::parse_file(files[i]).articles.size());
    EXPECT_EQ(seen[i], sum);
  }
}

// A command that reads and exits opens the library with a small page cache
// (LibrarySetup::cache_pages): two pages, far fewer than one search reads,
// must answer exactly as SQLite's default cache does.
TEST(LibraryOpen, ASmallPageCacheAnswersAsTheDefault) {
  TempDir dir;
  const std::string path = dir / "kanbao.db";
  {
    auto writer = Library::open(path, OpenMode::kReadWrite);
    ASSERT_TRUE(writer) << writer.error().message();
    ASSERT_TRUE(writer->index({KANBAO_SAMPLE_DIR}, {}));
  }
  auto usual = Library::open(path, OpenMode::kReadOnly);
  LibrarySetup small;
  small.cache_pages = 2;
  auto tiny = Library::open(path, OpenMode::kReadOnly, std::move(small));
  ASSERT_TRUE(usual) << usual.error().message();
  ASSERT_TRUE(tiny) << tiny.error().message();
  for (const std::string q : {"的", "管城", "工作 -社区", "管城 OR 二七", "guancheng", "㐀"}) {
    SearchRequest request;
    request.query = q;
    auto expected = usual->search(request);
    auto got = tiny->search(request);
    ASSERT_TRUE(expected) << expected.error().message();
    ASSERT_TRUE(got) << got.error().message();
    EXPECT_EQ(got->total, expected->total) << q;
    if (q == "的") {
      EXPECT_GT(expected->total, 0);  // the sample pages hold it
    }
    ASSERT_EQ(got->hits.size(), expected->hits.size()) << q;
    for (std::size_t i = 0; i < got->hits.size(); ++i) {
      EXPECT_EQ(got->hits[i].id, expected->hits[i].id) << q << " hit " << i;
      EXPECT_EQ(got->hits[i].snippet, expected->hits[i].snippet) << q << " hit " << i;
    }
  }
}

}  // namespace
}  // namespace kanbao::store
