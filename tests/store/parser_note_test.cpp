// SPDX-License-Identifier: MIT
// Which parser read a library's pages (store/parser_note.h), on both
// backends: an index run records how many of the library's files another
// parser read, and readers learn it from Library::files_to_read_again. Here
// an older parser's files are made as an older kanbao left them: their
// stamps without this parser's version.
#include "store/parser_note.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "backends_fixture.h"
#include "corpus/parse.h"
#include "overview_checks.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

using testing::Kind;
namespace fs = std::filesystem;

// The first two files indexed, as SQL on files.
constexpr const char* kFirstTwo = "id IN (SELECT id FROM files ORDER BY id LIMIT 2)";

class ParserNote : public testing::Backends {
 protected:
  // Runs SQL on the library: `sqlite` on a SQLite file, `postgres` on a
  // PostgreSQL database.
  void run(const std::string& sqlite, const std::string& postgres) {
    if (GetParam() == Kind::kPostgres) {
      testing_pg::run_sql(location_, postgres);
      return;
    }
    auto db = sql::Db::open(location_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db) << db.error().message();
    ASSERT_TRUE(db->exec(sqlite.c_str()));
  }

  std::int64_t to_read_again() {
    auto reader = Library::open(location_, OpenMode::kReadOnly);
    EXPECT_TRUE(reader) << reader.error().message();
    if (!reader) return -1;
    auto files = reader->files_to_read_again();
    EXPECT_TRUE(files) << files.error().message();
    return files ? *files : -1;
  }

  // The files `where` selects (SQL on files) as an older kanbao leaves a
  // file it read: stamped without this parser's version, at the run's time.
  void stamp_as_older(const std::string& where) {
    const std::string update =
        "UPDATE files SET hash = substr(hash, 1, 16), indexed_at = indexed_at + 1 WHERE " + where;
    run(update, update);
  }

  // The value recorded under 'parsed_by'; "" for none.
  std::string recorded() {
    if (GetParam() == Kind::kPostgres) {
      const auto rows =
          testing_pg::query_rows(location_, "SELECT value FROM kanbao_meta WHERE key = 'parsed_by'");
      return rows.empty() ? "" : rows.front();
    }
    std::string value = testing::raw_rows(location_, "SELECT value FROM meta WHERE key = 'parsed_by'");
    if (!value.empty()) value.pop_back();  // the row's newline
    return value;
  }
};

TEST_P(ParserNote, AnIndexRunRecordsTheFilesAnotherParserRead) {
  {
    auto lib = open_rw();
    testing::index_ok(lib, {pages_});
    auto files = lib.files_to_read_again();
    ASSERT_TRUE(files) << files.error().message();
    EXPECT_EQ(*files, 0);
  }
  EXPECT_EQ(to_read_again(), 0);

  // Two files an older parser read (their stamps end in no version), then
  // a run over another folder: it leaves those two as they are and says so.
  stamp_as_older(kFirstTwo);
  const fs::path other = dir_.path() / "other";
  fs::create_directories(other);
  {
    auto lib = open_rw();
    testing::index_ok(lib, {other.string()});
  }
  EXPECT_EQ(to_read_again(), 2);

  // The next run over their folder reads them again.
  {
    auto lib = open_rw();
    auto report = testing::index_ok(lib, {pages_});
    EXPECT_EQ(report.files_reread, 2);
  }
  EXPECT_EQ(to_read_again(), 0);

  // A run of another kanbao's parser (here, the version before this one)
  // read every file, as far as this one knows; a value it cannot read says
  // nothing.
  const std::string older = std::to_string(corpus::kParserVersion - 1) + " 0 5";
  run("UPDATE meta SET value = '" + older + "' WHERE key = 'parsed_by'",
      "UPDATE kanbao_meta SET value = '" + older + "' WHERE key = 'parsed_by'");
  EXPECT_EQ(to_read_again(), 5);
  // With nothing readable recorded (a library an older kanbao indexed),
  // the files are counted: none, then the two of an older parser.
  run("UPDATE meta SET value = 'ten' WHERE key = 'parsed_by'",
      "UPDATE kanbao_meta SET value = 'ten' WHERE key = 'parsed_by'");
  EXPECT_EQ(to_read_again(), 0);
  run("DELETE FROM meta WHERE key = 'parsed_by'", "DELETE FROM kanbao_meta WHERE key = 'parsed_by'");
  stamp_as_older(kFirstTwo);
  EXPECT_EQ(to_read_again(), 2);
}

// An older kanbao keeps no record: when it reads files after this one
// recorded "none by another parser", its stamps (and its new files) must
// not hide behind that record. Here its writes are made as it makes them:
// a file read again gets the older parser's stamp and the run's time, a new
// file a row of its own.
TEST_P(ParserNote, AnOlderKanbaosIndexRunAfterTheRecordIsNotHidden) {
  {
    auto lib = open_rw();
    testing::index_ok(lib, {pages_});
  }
  const std::optional<ParsedBy> first = read_parsed_by(recorded());
  ASSERT_TRUE(first.has_value()) << recorded();
  EXPECT_EQ(first->version, corpus::kParserVersion);
  EXPECT_EQ(first->other, 0);
  EXPECT_EQ(to_read_again(), 0);

  stamp_as_older(kFirstTwo);
  EXPECT_EQ(to_read_again(), 2);
  const std::string insert =
      "INSERT INTO files(path, size, mtime_ns, hash, encoding, indexed_at)"
      " VALUES ('" +
      pages_ + "/older.txt', 1, 1, '0123456789abcdef', 'UTF-8', 1)";
  run(insert, insert);
  EXPECT_EQ(to_read_again(), 3);

  // This kanbao's next run (over another folder) records them again.
  const fs::path other = dir_.path() / "other";
  fs::create_directories(other);
  {
    auto lib = open_rw();
    testing::index_ok(lib, {other.string()});
  }
  const std::optional<ParsedBy> again = read_parsed_by(recorded());
  ASSERT_TRUE(again.has_value()) << recorded();
  EXPECT_EQ(again->other, 3);
  EXPECT_EQ(again->total, first->total + 1);
  EXPECT_EQ(to_read_again(), 3);

  // Without the triggers that keep it true (dropped here, as by a kanbao
  // that wrote the record before it had them), a record says nothing, and
  // the read-write open that puts them back forgets it.
  run("DROP TRIGGER files_void_parser_note_update", "DROP TRIGGER files_void_parser_note ON files");
  stamp_as_older("id = (SELECT max(id) FROM files WHERE hash LIKE '%@p%')");
  EXPECT_EQ(to_read_again(), 4);
  { open_rw(); }
  EXPECT_EQ(recorded(), "");
  EXPECT_EQ(to_read_again(), 4);
}

// Two indexers on PostgreSQL: the record is written while another's file
// transaction is under way. It must wait for that file and count it: had
// it counted without it, the other's deferred trigger, run as it commits,
// would find no record yet to delete, and the record would leave the file
// out. Held open here on a connection of the test's own.
class ParserNoteOnPostgres : public ParserNote {};  // SQLite has one writer at a time

TEST_P(ParserNoteOnPostgres, ARecordWaitsForAnotherIndexersFile) {
  {
    auto lib = open_rw();
    testing::index_ok(lib, {pages_});
  }
  const std::optional<ParsedBy> first = read_parsed_by(recorded());
  ASSERT_TRUE(first.has_value()) << recorded();
  std::unique_ptr<PGconn, decltype(&PQfinish)> other(PQconnectdb(location_.c_str()), &PQfinish);
  ASSERT_EQ(PQstatus(other.get()), CONNECTION_OK) << PQerrorMessage(other.get());
  auto exec = [&other](const std::string& sql) {
    std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(other.get(), sql.c_str()), &PQclear);
    EXPECT_EQ(PQresultStatus(r.get()), PGRES_COMMAND_OK) << sql << ": " << PQresultErrorMessage(r.get());
  };
  exec("BEGIN");
  exec("INSERT INTO files(path, size, mtime_ns, hash, encoding, indexed_at) VALUES ('" + pages_ +
       "/other.txt', 1, 1, '0123456789abcdef', 'UTF-8', 1)");
  const fs::path empty = dir_.path() / "empty";
  fs::create_directories(empty);
  std::thread indexer([&] {
    auto lib = open_rw();
    testing::index_ok(lib, {empty.string()});
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  exec("COMMIT");
  indexer.join();
  const std::optional<ParsedBy> after = read_parsed_by(recorded());
  ASSERT_TRUE(after.has_value()) << "the record is gone: '" << recorded() << "'";
  EXPECT_EQ(after->total, first->total + 1);
  EXPECT_EQ(after->other, 1);
  EXPECT_EQ(to_read_again(), 1);
}

INSTANTIATE_TEST_SUITE_P(Store, ParserNote, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         testing::kind_name);
INSTANTIATE_TEST_SUITE_P(Store, ParserNoteOnPostgres, ::testing::Values(Kind::kPostgres), testing::kind_name);

TEST(ParsedBy, ReadsTheRecordedValueAndNothingElse) {
  const auto back = read_parsed_by("10 3 250");
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->version, 10);
  EXPECT_EQ(back->other, 3);
  EXPECT_EQ(back->total, 250);
  for (const char* bad : {"", "10", "10 3", "10 3 250 1", "10  3 250", "10 -3 250", "10 300 250", "x 3 250"})
    EXPECT_FALSE(read_parsed_by(bad).has_value()) << bad;
}

}  // namespace
}  // namespace kanbao::store
