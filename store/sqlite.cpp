// SPDX-License-Identifier: MIT
#include "store/sqlite.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "store/library.h"

namespace kanbao::store::sql {
namespace {

// SQLite's message, plus what can be said about an I/O failure: "disk I/O
// error" alone does not tell the user where to look. (SQLite's recorded
// errno is often 0 by the time we ask, e.g. for EFBIG from a size limit.)
// The words keep SQLite's own message as the template (one of a fixed set,
// sqlite3ErrStr's) and the system's reason as a value, so the browser can
// say them in Chinese (tui/error_words.cpp).
Error describe(sqlite3* db) {
  const std::string message = sqlite3_errmsg(db);
  const int code = sqlite3_extended_errcode(db);
  const int os_errno = sqlite3_system_errno(db);
  std::string reason;  // the system's, when there is one
  std::string advice;
  if ((code & 0xff) == SQLITE_IOERR && os_errno != 0) {
    reason = std::strerror(os_errno);
  } else if (code == SQLITE_IOERR_WRITE || code == SQLITE_FULL) {
    advice = " while writing: is the disk full, or a file size limit reached?";
  }
  // A message with braces of its own (a name in it) is no template.
  if (message.find_first_of("{}") != std::string::npos) {
    return Error(message + (reason.empty() ? "" : " (" + reason + ")") + advice);
  }
  if (reason.empty()) return Error(ErrorWords{message + advice, {}});
  return Error(ErrorWords{message + " ({})" + advice, {reason}});
}

}  // namespace

Db::Db(Db&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Db& Db::operator=(Db&& other) noexcept {
  if (this != &other) {
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

Db::~Db() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Result<Db> Db::open(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Db db(raw);  // owns raw even on failure
  if (rc != SQLITE_OK) {
    std::string why = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    return Error("cannot open " + path + ": " + why);
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
  sqlite3_busy_timeout(raw, 10000);
  return db;
}

Status Db::exec(const char* sql_text) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql_text, nullptr, nullptr, &message) != SQLITE_OK) {
    sqlite3_free(message);  // the same text as sqlite3_errmsg()
    return describe(db_);
  }
  return Status::Ok();
}

// A new file has no pages, and switching it to WAL writes its first one:
// through the rollback journal, a kill between that write and the
// journal's removal leaves a hot journal that only a writer may roll back,
// and until one does every read-only open fails ("attempt to write a
// readonly database"). An empty file has nothing to roll back to, so it is
// switched with the journal in memory (SQLITE_DBCONFIG_DEFENSIVE ignores
// journal_mode OFF).
Status Db::use_wal() {
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t pages, single_int("PRAGMA page_count"));
  if (pages == 0) KANBAO_TRY(exec("PRAGMA journal_mode = MEMORY"));
  KANBAO_TRY(exec("PRAGMA journal_mode = WAL"));
  // A switch that did not take (no shared memory) must not leave the
  // journal in memory.
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t wal,
                          single_int("SELECT journal_mode = 'wal' FROM pragma_journal_mode"));
  if (wal == 0) KANBAO_TRY(exec("PRAGMA journal_mode = DELETE"));
  return Status::Ok();
}

Result<Statement> Db::prepare(std::string_view sql_text) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql_text.data(), static_cast<int>(sql_text.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return describe(db_);
  return Statement(stmt, db_);
}

Result<std::int64_t> Db::single_int(std::string_view sql_text) {
  KANBAO_ASSIGN_OR_RETURN(auto stmt, prepare(sql_text));
  KANBAO_ASSIGN_OR_RETURN(auto row, stmt.step());
  return row ? stmt.int64(0) : 0;
}

std::string Db::error_message() const { return db_ != nullptr ? sqlite3_errmsg(db_) : "no database"; }
std::int64_t Db::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
int Db::changes() const { return sqlite3_changes(db_); }

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_ != nullptr) sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = other.db_;
  }
  return *this;
}

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}
Statement& Statement::bind_blob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}
Statement& Statement::bind_pointer(int index, void* p, const char* type) {
  sqlite3_bind_pointer(stmt_, index, p, type, nullptr);
  return *this;
}

Result<bool> Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return describe(db_);
}

Status Statement::run() {
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, step());
    if (!more) break;
  }
  reset();
  return Status::Ok();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::text(int column) const { return std::string(text_view(column)); }
std::string_view Statement::text_view(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (p == nullptr) return {};
  return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Result<Transaction> Transaction::begin(Db& db) {
  KANBAO_TRY(db.exec("BEGIN IMMEDIATE"));
  return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

// Reached without commit() only on a path that already returns an error:
// the rollback undoes that transaction, and if it fails too SQLite rolls
// back itself when the connection closes, so there is nothing to report.
Transaction::~Transaction() {
  if (db_ != nullptr) (void)db_->exec("ROLLBACK");
}

Status Transaction::commit() {
  Db* db = std::exchange(db_, nullptr);
  auto status = db->exec("COMMIT");
  // The COMMIT's error is the one returned; the rollback only ends the
  // transaction (SQLite may already have).
  if (!status.ok()) (void)db->exec("ROLLBACK");
  return status;
}

Result<ReadTransaction> ReadTransaction::begin(Db& db) {
  if (sqlite3_get_autocommit(db.get()) == 0) return ReadTransaction(nullptr);
  KANBAO_TRY(db.exec("BEGIN"));
  return ReadTransaction(&db);
}

ReadTransaction::ReadTransaction(ReadTransaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

// A read transaction changed nothing: a failed COMMIT loses no data, and
// the rollback only releases the snapshot.
ReadTransaction::~ReadTransaction() {
  if (db_ != nullptr && !db_->exec("COMMIT").ok()) (void)db_->exec("ROLLBACK");
}

}  // namespace kanbao::store::sql

namespace kanbao::store {
std::string sqlite_version() { return sqlite3_libversion(); }
}  // namespace kanbao::store
