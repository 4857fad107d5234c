// SPDX-License-Identifier: MIT
// Which parser read a library's pages (store/parser_note.h), on both
// backends: an index run records how many of the library's files another
// parser read, and readers learn it from Library::files_to_read_again. Here
// an older parser's files are made as an older kanbao left them: their
// stamps without this parser's version.
#include "store/parser_note.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "backends_fixture.h"
#include "corpus/parse.h"
#include "store/sqlite.h"

namespace kanbao::store {
namespace {

using testing::Kind;
namespace fs = std::filesystem;

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
  run("UPDATE files SET hash = substr(hash, 1, 16) WHERE id IN (SELECT id FROM files ORDER BY id LIMIT 2)",
      "UPDATE files SET hash = left(hash, 16) WHERE id IN (SELECT id FROM files ORDER BY id LIMIT 2)");
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
  run("DELETE FROM meta WHERE key = 'parsed_by';"
      "UPDATE files SET hash = substr(hash, 1, 16) WHERE id IN (SELECT id FROM files ORDER BY id LIMIT 2)",
      "DELETE FROM kanbao_meta WHERE key = 'parsed_by';"
      "UPDATE files SET hash = left(hash, 16) WHERE id IN (SELECT id FROM files ORDER BY id LIMIT 2)");
  EXPECT_EQ(to_read_again(), 2);
}

INSTANTIATE_TEST_SUITE_P(Store, ParserNote, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         testing::kind_name);

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
