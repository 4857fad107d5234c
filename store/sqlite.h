// SPDX-License-Identifier: MIT
// RAII wrappers over the SQLite C API. Internal to store/.
//
// Every statement is prepared once with placeholders and values are bound;
// SQL is never assembled from data.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace kanbao::store::sql {

class Statement;

class Db {
 public:
  Db() = default;
  Db(Db&& other) noexcept;
  Db& operator=(Db&& other) noexcept;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  // flags: SQLITE_OPEN_READONLY or SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE.
  // Applies the defensive settings (SQLITE_DBCONFIG_DEFENSIVE, trusted_schema
  // off) and a busy timeout.
  static Result<Db> open(const std::string& path, int flags);

  Status exec(const char* sql);  // for fixed SQL without parameters only
  // Puts the database in WAL mode, so that readers go on while one writer
  // writes; a file system without shared memory keeps its rollback
  // journal. A new, empty file switches with no journal on disk: a kill
  // leaves it empty or an empty WAL database, never a hot journal.
  Status use_wal();
  Result<Statement> prepare(std::string_view sql);
  // The first column of the first row of fixed SQL (a count, a PRAGMA), 0
  // when there is no row.
  Result<std::int64_t> single_int(std::string_view sql);
  sqlite3* get() const { return db_; }
  std::string error_message() const;
  std::int64_t last_insert_rowid() const;
  int changes() const;

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_blob(int index, std::string_view bytes);
  Statement& bind_null(int index);
  // SQLite's pointer passing: `p` reaches an SQL function that asks for the
  // same `type` (a string literal), and nothing else.
  Statement& bind_pointer(int index, void* p, const char* type);

  // true: a row is available; false: done.
  Result<bool> step();
  // Steps to completion, ignoring rows.
  Status run();
  void reset();  // resets and clears bindings

  // Columns are 0-based, as in SQLite.
  std::int64_t int64(int column) const;
  int integer(int column) const { return static_cast<int>(int64(column)); }
  double real(int column) const;
  std::string text(int column) const;
  std::string_view text_view(int column) const;  // valid until the next step
  bool is_null(int column) const;

 private:
  friend class Db;
  Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE on construction (see begin()); ROLLBACK on destruction unless committed.
class Transaction {
 public:
  static Result<Transaction> begin(Db& db);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  ~Transaction();
  Status commit();

 private:
  explicit Transaction(Db* db) : db_(db) {}
  Db* db_ = nullptr;
};

// A read transaction around several statements: they see one snapshot of
// the library and take its locks once, not once each (a search reads
// hundreds of rows by id). Ends on destruction. Inside a transaction that is
// already open it does nothing.
class ReadTransaction {
 public:
  static Result<ReadTransaction> begin(Db& db);
  ReadTransaction(ReadTransaction&& other) noexcept;
  ReadTransaction& operator=(ReadTransaction&&) = delete;
  ReadTransaction(const ReadTransaction&) = delete;
  ~ReadTransaction();

 private:
  explicit ReadTransaction(Db* db) : db_(db) {}
  Db* db_ = nullptr;  // null: nothing to end
};

}  // namespace kanbao::store::sql
