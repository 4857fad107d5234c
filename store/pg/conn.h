// SPDX-License-Identifier: MIT
// RAII wrappers over libpq for the PostgreSQL backend. Internal to store/.
//
// Every value reaches the server as a bound parameter (PQexecParams): SQL
// text is only ever fixed fragments chosen by the shape of a request.
// store/ is the only module that includes libpq-fe.h.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/pg/libpq.h"

namespace kanbao::store::pg {

struct ResultDeleter {
  void operator()(PGresult* r) const { pq().PQclear(r); }
};
struct ConnDeleter {
  void operator()(PGconn* c) const { pq().PQfinish(c); }
};

// One bound parameter: text, or SQL NULL.
using Param = std::optional<std::string>;
Param param(std::int64_t v);
Param param(std::string_view v);
inline Param param(const std::string& v) { return Param(v); }
inline Param param(const char* v) { return Param(std::string(v)); }
// A text[] value ("{...}" with every element quoted).
Param text_array(const std::vector<std::string>& values);
// A bigint[] value ("{1,2,3}").
Param id_array(const std::vector<std::int64_t>& ids);

// The rows of one statement.
class Rows {
 public:
  explicit Rows(PGresult* r) : r_(r) {}
  ExecStatusType status() const { return pq().PQresultStatus(r_.get()); }  // PGRES_FATAL_ERROR for nullptr
  std::string error_message() const { return r_ ? pq().PQresultErrorMessage(r_.get()) : ""; }
  int size() const { return pq().PQntuples(r_.get()); }
  bool null(int row, int col) const { return pq().PQgetisnull(r_.get(), row, col) != 0; }
  std::string text(int row, int col) const { return pq().PQgetvalue(r_.get(), row, col); }
  std::int64_t int64(int row, int col) const;
  int integer(int row, int col) const { return static_cast<int>(int64(row, col)); }
  double real(int row, int col) const;
  // A text[] column, unquoted.
  std::vector<std::string> array(int row, int col) const;

 private:
  std::unique_ptr<PGresult, ResultDeleter> r_;
};

class Conn {
 public:
  // Connects to `uri`; `shown` names the location in messages (no password).
  // The message tells host down, authentication failed and database missing apart.
  static Result<Conn> connect(const std::string& uri, const std::string& shown);

  // With `all_text`, every parameter is sent as text (the SQL casts what it
  // compares otherwise): parameters the SQL does not use are then allowed.
  Result<Rows> query(std::string_view sql, const std::vector<Param>& params = {}, bool all_text = false);
  Status exec(std::string_view sql, const std::vector<Param>& params = {});
  const std::string& shown() const { return shown_; }

 private:
  Conn(PGconn* c, std::string shown) : c_(c), shown_(std::move(shown)) {}
  std::unique_ptr<PGconn, ConnDeleter> c_;
  std::string shown_;
};

// BEGIN ... COMMIT; rolled back when destroyed uncommitted.
class Transaction {
 public:
  static Result<Transaction> begin(Conn& conn, bool read_only = false);
  Transaction(Transaction&& other) noexcept : conn_(other.conn_) { other.conn_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status commit();

 private:
  explicit Transaction(Conn* conn) : conn_(conn) {}
  Conn* conn_;
};

}  // namespace kanbao::store::pg
