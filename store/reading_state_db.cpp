// SPDX-License-Identifier: MIT
#include "store/reading_state_db.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "store/legacy_state.h"

namespace kanbao::store::state_db {
namespace {

namespace fs = std::filesystem;

// PRAGMA application_id of the state database: "KNBS".
constexpr int kApplicationId = 0x4B4E4253;
constexpr int kSchemaVersion = 1;

// Articles are named by path, position and title (ArticleKey), never by row
// id; `library` is a row of `libraries`. read_marks.district is what the
// unread counts group by (NULL for marks imported from kanbao 0.x, which
// did not record it, until the article is read again).
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS libraries (
  id       INTEGER PRIMARY KEY,
  identity TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS read_marks (
  library  INTEGER NOT NULL REFERENCES libraries(id),
  path     TEXT NOT NULL,
  position INTEGER NOT NULL,
  title    TEXT NOT NULL,
  district TEXT,
  PRIMARY KEY (library, path, position, title)
);
CREATE TABLE IF NOT EXISTS positions (
  library   INTEGER NOT NULL REFERENCES libraries(id),
  path      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  title     TEXT NOT NULL,
  paragraph INTEGER NOT NULL,
  byte      INTEGER NOT NULL,
  PRIMARY KEY (library, path, position, title)
);
CREATE TABLE IF NOT EXISTS bookmarks (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  library    INTEGER NOT NULL REFERENCES libraries(id),
  path       TEXT NOT NULL,
  position   INTEGER NOT NULL,
  title      TEXT NOT NULL,
  article_id INTEGER NOT NULL,
  district   TEXT NOT NULL,
  date       TEXT NOT NULL,
  UNIQUE (library, path, position, title)
);
CREATE TABLE IF NOT EXISTS history (
  query TEXT PRIMARY KEY,
  used  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS history_used ON history(used);
)sql";

std::string errno_text() { return std::strerror(errno); }

Status private_folder(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Error("cannot create the state folder " + dir + ": " + ec.message());
  // Earlier versions left it 0755: reading state is nobody else's business.
  if (::chmod(dir.c_str(), 0700) != 0)
    return Error("cannot make the state folder " + dir + " private: " + errno_text());
  return Status::Ok();
}

// Creates the file 0600 before SQLite does (SQLite would honour the umask,
// typically 0644), and tightens an existing one.
Status private_file(const std::string& path, bool create) {
  if (create) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return Error("cannot create " + path + ": " + errno_text());
    ::close(fd);
  } else if (::access(path.c_str(), F_OK) != 0) {
    return Status::Ok();
  }
  if (::chmod(path.c_str(), 0600) != 0) return Error("cannot make " + path + " private: " + errno_text());
  return Status::Ok();
}

Status create_schema(sql::Db& db, const std::string& path) {
  KANBAO_ASSIGN_OR_RETURN(auto app, db.single_int("PRAGMA application_id"));
  KANBAO_ASSIGN_OR_RETURN(auto objects, db.single_int("SELECT count(*) FROM sqlite_master"));
  if (app != kApplicationId && (app != 0 || objects != 0)) {
    return Error(path + " is not kanbao's reading state; move it away and kanbao starts a new one");
  }
  KANBAO_ASSIGN_OR_RETURN(auto version, db.single_int("PRAGMA user_version"));
  if (version > kSchemaVersion) {
    return Error(path + " was written by a newer kanbao (state schema " + std::to_string(version) +
                 "); upgrade kanbao");
  }
  KANBAO_ASSIGN_OR_RETURN(auto tx, sql::Transaction::begin(db));
  KANBAO_TRY(db.exec(kSchema));
  // PRAGMA values cannot be bound; these are compile-time constants.
  const std::string pragmas = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                              "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";";
  KANBAO_TRY(db.exec(pragmas.c_str()));
  return tx.commit();
}

Result<std::int64_t> find_library(sql::Db& db, const std::string& identity) {
  KANBAO_ASSIGN_OR_RETURN(auto select, db.prepare("SELECT id FROM libraries WHERE identity = ?1"));
  select.bind(1, identity);
  KANBAO_ASSIGN_OR_RETURN(auto row, select.step());
  return row ? select.int64(0) : 0;
}

// State recorded while the library had no UUID (browsed read-only before its
// first `kanbao index` of this version) moves to its UUID row: rows the UUID
// already has win, the rest are taken over.
Status adopt_path_state(sql::Db& db, std::int64_t from, std::int64_t to) {
  static constexpr const char* kMoves[] = {
      "INSERT OR IGNORE INTO read_marks(library, path, position, title, district)"
      " SELECT ?2, path, position, title, district FROM read_marks WHERE library = ?1",
      "INSERT OR IGNORE INTO positions(library, path, position, title, paragraph, byte)"
      " SELECT ?2, path, position, title, paragraph, byte FROM positions WHERE library = ?1",
      "INSERT OR IGNORE INTO bookmarks(library, path, position, title, article_id, district, date)"
      " SELECT ?2, path, position, title, article_id, district, date FROM bookmarks WHERE library = ?1 ORDER "
      "BY id",
      "DELETE FROM read_marks WHERE library = ?1",
      "DELETE FROM positions WHERE library = ?1",
      "DELETE FROM bookmarks WHERE library = ?1",
      "DELETE FROM libraries WHERE id = ?1",
  };
  for (const char* sql_text : kMoves) {
    KANBAO_ASSIGN_OR_RETURN(auto stmt, db.prepare(sql_text));
    // Statements without ?2 ignore that binding.
    stmt.bind(1, from).bind(2, to);
    KANBAO_TRY(stmt.run());
  }
  return Status::Ok();
}

Status insert_history(sql::Db& db, const std::vector<std::string>& history) {
  KANBAO_ASSIGN_OR_RETURN(
      auto stmt,
      db.prepare(
          "INSERT INTO history(query, used) VALUES (?1, (SELECT coalesce(max(used), 0) + 1 FROM history))"
          " ON CONFLICT(query) DO UPDATE SET used = excluded.used"));
  for (const auto& query : history) {
    stmt.bind(1, query);
    KANBAO_TRY(stmt.run());
  }
  return Status::Ok();
}

Status insert_legacy(sql::Db& db, const legacy::Files& files, std::int64_t library) {
  KANBAO_ASSIGN_OR_RETURN(
      auto read,
      db.prepare("INSERT OR IGNORE INTO read_marks(library, path, position, title) VALUES (?1, ?2, ?3, ?4)"));
  for (const auto& k : files.read) {
    read.bind(1, library).bind(2, k.path).bind(3, k.position).bind(4, k.title);
    KANBAO_TRY(read.run());
  }
  KANBAO_ASSIGN_OR_RETURN(
      auto pos, db.prepare("INSERT OR IGNORE INTO positions(library, path, position, title, paragraph, byte)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  for (const auto& [k, p] : files.positions) {
    pos.bind(1, library).bind(2, k.path).bind(3, k.position).bind(4, k.title);
    pos.bind(5, p.paragraph).bind(6, static_cast<std::int64_t>(p.byte));
    KANBAO_TRY(pos.run());
  }
  KANBAO_ASSIGN_OR_RETURN(
      auto mark,
      db.prepare("INSERT OR IGNORE INTO bookmarks(library, path, position, title, article_id, district, date)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  for (const auto& b : files.bookmarks) {
    mark.bind(1, library).bind(2, b.key.path).bind(3, b.key.position).bind(4, b.key.title);
    mark.bind(5, b.id).bind(6, b.district).bind(7, b.date);
    KANBAO_TRY(mark.run());
  }
  return insert_history(db, files.history);
}

}  // namespace

Result<sql::Db> open(const std::string& dir, std::string& db_path) {
  KANBAO_TRY(private_folder(dir));
  db_path = dir + "/state.db";
  KANBAO_TRY(private_file(db_path, true));
  for (const char* suffix : {"-wal", "-shm", "-journal"}) KANBAO_TRY(private_file(db_path + suffix, false));
  KANBAO_ASSIGN_OR_RETURN(auto db, sql::Db::open(db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  auto fail = [&](const Status& s) {
    return Error("cannot open the reading state " + db_path + ": " + s.error().message());
  };
  if (auto s = db.use_wal(); !s) return fail(s);
  if (auto s = db.exec("PRAGMA synchronous = NORMAL"); !s) return fail(s);
  if (auto s = create_schema(db, db_path); !s) return fail(s);
  return db;
}

Result<std::int64_t> library_row(sql::Db& db, const LibraryIdentity& identity) {
  KANBAO_ASSIGN_OR_RETURN(auto tx, sql::Transaction::begin(db));
  KANBAO_ASSIGN_OR_RETURN(auto insert, db.prepare("INSERT OR IGNORE INTO libraries(identity) VALUES (?1)"));
  insert.bind(1, identity.key);
  KANBAO_TRY(insert.run());
  KANBAO_ASSIGN_OR_RETURN(auto id, find_library(db, identity.key));
  if (identity.path_key != identity.key) {
    KANBAO_ASSIGN_OR_RETURN(auto old, find_library(db, identity.path_key));
    if (old != 0) KANBAO_TRY(adopt_path_state(db, old, id));
  }
  KANBAO_TRY(tx.commit());
  return id;
}

Status import_legacy_files(sql::Db& db, const std::string& dir, std::int64_t library) {
  const legacy::Files files = legacy::read_files(dir);
  if (!files.any) return Status::Ok();
  {
    KANBAO_ASSIGN_OR_RETURN(auto tx, sql::Transaction::begin(db));
    // Another browser starting at the same moment may have imported them
    // while we waited for the lock: the meta row says so.
    KANBAO_ASSIGN_OR_RETURN(auto done,
                            db.single_int("SELECT count(*) FROM meta WHERE key = 'legacy_files_imported'"));
    if (done == 0) {
      KANBAO_TRY(insert_legacy(db, files, library));
      KANBAO_TRY(db.exec("INSERT INTO meta(key, value) VALUES ('legacy_files_imported', datetime('now'))"));
    }
    KANBAO_TRY(tx.commit());
  }
  // Renamed only once the import is committed: a failure before leaves the
  // files where the next start finds them.
  return legacy::retire_files(dir);
}

}  // namespace kanbao::store::state_db
