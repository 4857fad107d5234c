// SPDX-License-Identifier: MIT
#include "store/schema.h"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "store/article_tally.h"
#include "store/index_stamp.h"
#include "store/library_identity.h"
#include "store/list_functions.h"
#include "store/parser_note.h"
#include "store/search_index.h"
#include "store/search_vocabulary.h"

namespace kanbao::store::schema {
namespace {

namespace fs = std::filesystem;

// The tables of version 1 (the full-text tables are in search_index.cpp);
// kVersion3 adds the archive's columns to them. (article_people is an ordinary rowid table on purpose: SQLite
// 3.40's integrity_check wrongly reports NOT NULL columns of WITHOUT ROWID
// tables as NULL.) The listing indexes match the ORDER BY clauses in listing.cpp:
// one pair scoped by district, one pair for the whole library.
constexpr const char* kCreateTables = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE files (
  id         INTEGER PRIMARY KEY,
  path       TEXT NOT NULL UNIQUE,
  size       INTEGER NOT NULL,
  mtime_ns   INTEGER NOT NULL,
  hash       TEXT NOT NULL,
  encoding   TEXT NOT NULL,
  indexed_at INTEGER NOT NULL
);
CREATE TABLE districts (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE articles (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  file_id      INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  district_id  INTEGER REFERENCES districts(id),
  position     INTEGER NOT NULL,
  first_line   INTEGER NOT NULL,
  last_line    INTEGER NOT NULL,
  date_year    INTEGER NOT NULL DEFAULT 0,
  date_month   INTEGER NOT NULL DEFAULT 0,
  date_day     INTEGER NOT NULL DEFAULT 0,
  date_key     TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL,
  subtitle     TEXT NOT NULL DEFAULT '',
  body         TEXT NOT NULL DEFAULT '',
  byline       TEXT NOT NULL DEFAULT '',
  photo_credit INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_file ON articles(file_id);
CREATE INDEX articles_district_date ON articles(district_id, date_key DESC, id DESC);
CREATE INDEX articles_district_title ON articles(district_id, title, id);
CREATE INDEX articles_date ON articles(date_key DESC, id DESC);
CREATE INDEX articles_title ON articles(title, id);
CREATE TABLE people (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE article_people (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES people(id),
  role       TEXT NOT NULL CHECK (role IN ('reporter', 'correspondent')),
  ord        INTEGER NOT NULL,
  PRIMARY KEY (article_id, role, ord)
);
CREATE INDEX article_people_person ON article_people(person_id);
)sql";

// Version 3: papers, issues and pages (issue 11).
//
// Dates. date_year/month/day stay what they always were, the event date
// from the lead, so a version-2 row keeps its meaning unchanged; pub_* is
// the issue's date. date_key is the *listing* key: the publication date
// when the issue's full date is known (an archive is read by issue), else
// the event date as before. Keeping one key, rather than adding a second
// sort column, leaves every index, keyset cursor, search tie-break and
// month tally that already reads date_key correct without change.
//
// Paper, page and page name are copied into each article (as district_id
// is) so that lists, the papers overview and an issue's pages are index
// scans of `articles` alone. files keeps the page's furniture (one
// "line<TAB>text" per line) for `show --source`.
//
// Continuations (下转/上接): the continuing part keeps its row (its file may
// be re-indexed on its own), with joined_to naming the article it
// continues; it is left out of lists and the search index. The head's body
// holds both parts, so one search matches words of either part, and
// own_paragraphs says how many of its paragraphs are its own (-1: nothing
// joined), so that the join can be undone when either file changes.
// A reprint (the same title and text on two pages of an issue) is joined
// the same way with no text added: the kept copy's own_paragraphs is its
// whole paragraph count (continuation_rules.h, Reprint).
constexpr const char* kVersion3 = R"sql(
ALTER TABLE files ADD COLUMN paper TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN issue_key TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN page TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN page_name TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN furniture TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN paper TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN pub_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN pub_month INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN pub_day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN page TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN page_name TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN kicker TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN continued_to TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN continued_from TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN joined_to INTEGER REFERENCES articles(id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN own_paragraphs INTEGER NOT NULL DEFAULT -1;
CREATE INDEX articles_paper_date ON articles(paper, date_key DESC, id DESC);
CREATE INDEX articles_joined ON articles(joined_to) WHERE joined_to IS NOT NULL;
CREATE INDEX files_issue ON files(paper, issue_key);
)sql";

// An upgraded library's files are marked changed, so that the next
// `kanbao index` of their folders parses them again and fills in paper,
// issue and page; until then every article stays as it was.
constexpr const char* kReparseAll = "UPDATE files SET hash = '', mtime_ns = -1";

std::uint32_t big_endian(const unsigned char* p, int bytes) {
  std::uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
  return v;
}

Error damaged(const std::string& path, const std::string& why) {
  return Error(path + " is damaged (" + why + "); rebuild it with `kanbao index --rebuild`",
               ErrorKind::kCorruption);
}

std::string foreign(const std::string& path, const std::string& what) {
  return path + " is not a kanbao library (" + what +
         "); kanbao leaves it untouched - choose another library file with --db";
}

// "file:" URI for `path`, with the characters URIs reserve escaped.
std::string file_uri(const std::string& path, const char* query) {
  std::string uri = "file:";
  for (char c : path) {
    switch (c) {
      case '%':
        uri += "%25";
        break;
      case '?':
        uri += "%3f";
        break;
      case '#':
        uri += "%23";
        break;
      default:
        uri += c;
    }
  }
  return uri + "?" + query;
}

// Message for a failed statement during open, classified by SQLite's code.
Error open_failure(const sql::Db& db, const std::string& path) {
  int code = sqlite3_extended_errcode(db.get()) & 0xff;
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return damaged(path, db.error_message());
  return Error("cannot open the library " + path + ": " + db.error_message());
}

struct Identity {
  int application_id = 0;
  int user_version = 0;
  std::int64_t objects = 0;  // rows in sqlite_master
};

Result<Identity> identify(sql::Db& db, const std::string& path) {
  Identity id;
  auto app = db.single_int("PRAGMA application_id");
  if (!app) return open_failure(db, path);
  auto version = db.single_int("PRAGMA user_version");
  if (!version) return open_failure(db, path);
  auto objects = db.single_int("SELECT count(*) FROM sqlite_master");
  if (!objects) return open_failure(db, path);
  id.application_id = static_cast<int>(*app);
  id.user_version = static_cast<int>(*version);
  id.objects = *objects;
  return id;
}

// Every table of the current schema, in the caller's transaction.
Status create_tables(sql::Db& db) {
  KANBAO_TRY(db.exec(kCreateTables));
  KANBAO_TRY(db.exec(kVersion3));
  KANBAO_TRY(create_article_tally(db));
  return create_search_schema(db);
}

Status create_schema(sql::Db& db, const std::string& path) {
  auto tx = sql::Transaction::begin(db);
  if (!tx) return Error("cannot create the library " + path + ": " + tx.error().message());
  // Another process may have created it while we waited for the write lock.
  KANBAO_ASSIGN_OR_RETURN(auto again, identify(db, path));
  if (again.application_id == kApplicationId) return Status::Ok();
  if (again.objects != 0) return Error(foreign(path, "another application's SQLite database"));

  auto fail = [&](const Status& s) {
    return Error("cannot create the library " + path + ": " + s.error().message());
  };
  if (auto s = create_tables(db); !s) return fail(s);
  auto meta = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
  if (!meta) return Error(meta.error());
  meta->bind(1, std::string_view("schema_version")).bind(2, std::to_string(kSchemaVersion));
  if (auto s = meta->run(); !s) return fail(s);
  meta->bind(1, std::string_view("application")).bind(2, std::string_view("kanbao"));
  if (auto s = meta->run(); !s) return fail(s);
  if (auto s = write_search_index_stamp(db); !s) return fail(s);
  // PRAGMA values cannot be bound; these are compile-time constants.
  const std::string pragmas = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                              "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";";
  if (auto s = db.exec(pragmas.c_str()); !s) return fail(s);
  if (auto s = tx->commit(); !s) return fail(s);
  return Status::Ok();
}

// One step of the migration chain: schema `from` -> `from + 1`, inside the
// caller's transaction. Version 1 is the first released schema.
Status migrate_step(sql::Db& db, int from) {
  switch (from) {
    case 1:  // 2 added title_fts; the step to 7 creates it (with a kicker
             // column, which the articles table gains only at 3)
      return Status::Ok();
    case 2:  // 3 adds papers, issues, pages, kickers and continuations
      KANBAO_TRY(db.exec(kVersion3));
      return db.exec(kReparseAll);
    case 3:  // 4 adds article_tally (store/article_tally.h)
      return create_article_tally(db);
    case 4:  // 5 added search_bigrams, which 6 drops (store/search_vocabulary.h)
      return Status::Ok();
    case 5:  // 6 drops search_bigrams (pinyin reads the index's own tokens);
             // the step to 7 builds title_fts again (with pinyin tokens, as
             // schema 8 holds it: the step to 8 then builds it once more)
      return db.exec("DROP TABLE IF EXISTS search_bigrams");
    case 6:  // 7 searches kickers: both full-text tables are built again with
             // a kicker column, from the stored text
      KANBAO_TRY(recreate_search_tables(db));
      return refill_search_vocabulary(db);
    case 7:  // 8 gives title_fts the pinyin tokens, for the heading tiers of
             // a broad pinyin search (store/search_index.cpp)
      return recreate_title_index(db);
    default:
      return Error("no migration from schema " + std::to_string(from));
  }
}

Status migrate(sql::Db& db, const std::string& path, int from) {
  for (int v = from; v < kSchemaVersion; ++v) {
    auto tx = sql::Transaction::begin(db);
    if (!tx) return Error("cannot upgrade " + path + ": " + tx.error().message());
    KANBAO_ASSIGN_OR_RETURN(auto current, db.single_int("PRAGMA user_version"));
    if (current > v) continue;  // another process did this step meanwhile
    if (auto s = migrate_step(db, v); !s) return Error("cannot upgrade " + path + ": " + s.error().message());
    const std::string bump = "PRAGMA user_version = " + std::to_string(v + 1);
    KANBAO_TRY(db.exec(bump.c_str()));
    KANBAO_ASSIGN_OR_RETURN(auto meta, db.prepare("UPDATE meta SET value = ?1 WHERE key = 'schema_version'"));
    meta.bind(1, std::to_string(v + 1));
    KANBAO_TRY(meta.run());
    KANBAO_TRY(tx->commit());
  }
  return Status::Ok();
}

Result<sql::Db> connect(const std::string& target, int flags) {
  KANBAO_ASSIGN_OR_RETURN(auto db, sql::Db::open(target, flags));
  // The search engine's tokenizers must exist before any statement can touch
  // the full-text table (even reading the schema may need them).
  KANBAO_TRY(register_search_functions(db));
  KANBAO_TRY(register_list_functions(db));
  KANBAO_TRY(db.exec("PRAGMA foreign_keys = ON"));
  return db;
}

bool is_lock_or_shm_failure(const sql::Db& db) {
  int code = sqlite3_extended_errcode(db.get());
  int primary = code & 0xff;
  return primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_IOERR;
}

// Whether this user may not write `path` (access(2)): a permission, or a
// read-only file system. Other failures are left to SQLite to report.
bool denied_writing(const std::string& path) {
  if (::access(path.c_str(), W_OK) == 0) return false;
  return errno == EACCES || errno == EPERM || errno == EROFS;
}

// A read-write open writes the library file and, for its journal (-wal,
// -shm), its folder: when this user may not write one of them, an error
// that says so and what to do, before SQLite fails on its first write with
// "attempt to write a readonly database" (and, for the file, after saying
// only "cannot give the library its identity").
Status check_writable(const std::string& path, bool exists) {
  const fs::path parent = fs::path(path).parent_path();
  const std::string folder = parent.empty() ? "." : parent.string();
  if (!exists) {
    if (!denied_writing(folder)) return Status::Ok();
    return Error("cannot create the library " + path + ": this user may not write to its folder " + folder +
                 "; choose a folder of yours with --db");
  }
  if (!denied_writing(path) && !denied_writing(folder)) return Status::Ok();
  return Error(read_only_library(path));
}

// How to open the file at `path` in `mode`: read-only, or read-write with
// the file and its folder created when missing.
Result<int> open_flags(const std::string& path, OpenMode mode) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  bool exists = fs::exists(status);
  if (exists && fs::is_directory(status)) return Error(path + " is a directory, not a kanbao library file");
  if (!exists && mode == OpenMode::kReadOnly) {
    return Error("no library at " + path + "; create it with `kanbao index`");
  }
  KANBAO_TRY(check_file(path));
  if (mode == OpenMode::kReadOnly) return SQLITE_OPEN_READONLY;
  auto parent = fs::path(path).parent_path();
  if (!parent.empty()) {
    fs::create_directories(parent, ec);
    if (ec) return Error("cannot create the folder " + parent.string() + " for the library: " + ec.message());
  }
  KANBAO_TRY(check_writable(path, exists));
  return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
}

// The file's identity; a WAL library in a folder we cannot write to (SQLite
// cannot create the -shm file) is reopened as immutable to read it: nobody
// can be writing it either.
Result<Identity> identify_readable(sql::Db& db, const std::string& path, OpenMode mode) {
  auto identity = identify(db, path);
  if (identity || mode != OpenMode::kReadOnly || !is_lock_or_shm_failure(db)) return identity;
  auto fallback = connect(file_uri(path, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
  if (!fallback) return identity;
  auto again = identify(*fallback, path);
  if (!again) return identity;
  db = std::move(*fallback);
  return again;
}

// Whether a file of identity `id` can be opened in `mode` as a library.
Status check_identity(const Identity& id, const std::string& path, OpenMode mode) {
  if (id.application_id != kApplicationId) {
    if (id.application_id != 0 || id.objects != 0) {
      return Error(foreign(path, "another application's SQLite database"));
    }
    if (mode == OpenMode::kReadOnly) {
      return Error(path + " is an empty database, not a kanbao library; create it with `kanbao index`");
    }
  }
  if (id.application_id == kApplicationId && id.user_version > kSchemaVersion) {
    return Error(path + " was written by a newer kanbao (schema " + std::to_string(id.user_version) +
                 "); upgrade kanbao (this one reads schema " + std::to_string(kSchemaVersion) + ")");
  }
  return Status::Ok();
}

// Ready for the indexer: WAL, the schema created or migrated, the search
// index current.
Status prepare_for_writing(sql::Db& db, const std::string& path, const Identity& id) {
  // WAL lets readers in other processes go on while the indexer writes.
  // Only now: switching the journal mode rewrites the file header.
  if (auto s = db.use_wal(); !s) return open_failure(db, path);
  if (auto s = db.exec("PRAGMA synchronous = NORMAL"); !s) return open_failure(db, path);
  // The indexer commits once per file, and most commits rewrite pages an
  // earlier one wrote (full-text segments being merged, index leaves):
  // checkpointing every 10,000 pages (40 MB) rather than SQLite's 1,000
  // copies each page back once where it would be copied several times,
  // with a tenth of the checkpoints' fsyncs.
  if (auto s = db.exec("PRAGMA wal_autocheckpoint = 10000"); !s) return open_failure(db, path);
  if (id.application_id != kApplicationId) {
    KANBAO_TRY(create_schema(db, path));
  } else if (id.user_version < kSchemaVersion) {
    KANBAO_TRY(migrate(db, path, id.user_version));
  }
  KANBAO_TRY(ensure_library_uuid(db));
  KANBAO_TRY(guard_parser_note(db));
  return bring_search_index_up_to_date(db, path);
}

// Touches the tables once so a damaged file fails here, with a clear
// message, rather than in the middle of browsing.
Status check_tables(sql::Db& db, const std::string& path) {
  auto version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version) return open_failure(db, path);
  auto row = version->step();
  if (!row) return open_failure(db, path);
  if (!*row) return damaged(path, "the schema version is missing");
  auto newest = db.single_int("SELECT max(id) FROM articles");
  if (!newest) return open_failure(db, path);
  return Status::Ok();
}

}  // namespace

std::string read_only_library(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  const std::string folder = parent.empty() ? "." : parent.string();
  return "the library " + path +
         " is read-only for this user: indexing needs write access to the file and to its folder " + folder +
         " (for its journal); ask its owner for that, or copy the file to a folder of yours and index the "
         "copy (--db COPY). Reading it needs neither";
}

Status check_file(const std::string& path) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec || size == 0) return Status::Ok();  // missing: SQLite reports it; empty: a new library

  std::ifstream in(path, std::ios::binary);
  if (!in) return Error("cannot read " + path);
  std::array<unsigned char, 100> header{};
  in.read(reinterpret_cast<char*>(header.data()), header.size());
  auto got = static_cast<std::size_t>(in.gcount());

  static constexpr char kMagic[] = "SQLite format 3";  // 16 bytes with the NUL
  if (got < sizeof kMagic || std::string_view(reinterpret_cast<const char*>(header.data()), sizeof kMagic) !=
                                 std::string_view(kMagic, sizeof kMagic)) {
    return Error(foreign(path, "not an SQLite database"));
  }
  if (got < header.size()) return damaged(path, "the file is truncated");

  // The header's page count is trustworthy when the change counter (offset 24)
  // equals version-valid-for (offset 92). A non-empty -wal may still hold pages
  // of an interrupted checkpoint, so SQLite gets to recover those itself.
  std::uint64_t page_size = big_endian(&header[16], 2);
  if (page_size == 1) page_size = 65536;
  std::uint64_t pages = big_endian(&header[28], 4);
  bool valid = big_endian(&header[24], 4) == big_endian(&header[92], 4);
  auto wal_size = fs::file_size(path + "-wal", ec);
  bool wal_pending = !ec && wal_size > 0;
  if (valid && pages != 0 && !wal_pending && size < page_size * pages) {
    return damaged(path, "the file is truncated: " + std::to_string(size) + " of " +
                             std::to_string(page_size * pages) + " bytes");
  }
  return Status::Ok();
}

std::optional<std::string> pending_upgrade(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) == 0) return std::nullopt;
  auto db = connect(path, SQLITE_OPEN_READONLY);
  if (!db) return std::nullopt;
  auto id = identify(*db, path);
  if (!id || id->application_id != kApplicationId || id->user_version > kSchemaVersion) return std::nullopt;
  if (id->user_version < kSchemaVersion) {
    // The step to 7 builds the whole search index again; the step to 8 the
    // headings' index alone.
    return "upgrading " + path + " from schema " + std::to_string(id->user_version) + " to " +
           std::to_string(kSchemaVersion) +
           (id->user_version < 7 ? ": its search index is built again from the stored text, which takes "
                                   "minutes on a big library"
                                 : ": the index of its headings is built again");
  }
  if (!check_search_index(*db, path)) {
    return "building the search index of " + path +
           " again from its stored text (this kanbao indexes text otherwise), which takes minutes on a big "
           "library";
  }
  return std::nullopt;
}

Result<sql::Db> open_library(const std::string& path, OpenMode mode) {
  KANBAO_ASSIGN_OR_RETURN(const int flags, open_flags(path, mode));
  KANBAO_ASSIGN_OR_RETURN(auto db, connect(path, flags));
  KANBAO_ASSIGN_OR_RETURN(const Identity id, identify_readable(db, path, mode));
  KANBAO_TRY(check_identity(id, path, mode));
  if (mode == OpenMode::kReadWrite) {
    KANBAO_TRY(prepare_for_writing(db, path, id));
  } else if (id.user_version < kSchemaVersion) {
    return Error(path + " was written by an older kanbao (schema " + std::to_string(id.user_version) +
                 "); run `kanbao index FOLDER...` on its pages' folders once to upgrade it");
  } else if (id.application_id == kApplicationId) {
    KANBAO_TRY(check_search_index(db, path));
  }
  KANBAO_TRY(check_tables(db, path));
  return db;
}

}  // namespace kanbao::store::schema
