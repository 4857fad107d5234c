// SPDX-License-Identifier: MIT
#include "store/pg/conn.h"

#include <charconv>
#include <cstdlib>

namespace kanbao::store::pg {
namespace {

std::string first_line(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  if (auto nl = s.find('\n'); nl != std::string::npos) s.resize(nl);
  return s;
}

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// What went wrong connecting, in words a user can act on.
std::string connect_problem(const std::string& libpq) {
  if (contains(libpq, "password authentication failed") || contains(libpq, "authentication failed") ||
      contains(libpq, "no pg_hba.conf entry") || contains(libpq, "no password supplied")) {
    return "authentication failed (check the user and password in the URI, or ~/.pgpass)";
  }
  if (contains(libpq, "does not exist") && contains(libpq, "database")) {
    return "the database does not exist (create it with createdb, or name another one in the URI)";
  }
  if (contains(libpq, "role") && contains(libpq, "does not exist")) {
    return "the user does not exist on the server (name another one in the URI)";
  }
  if (contains(libpq, "Connection refused") || contains(libpq, "No such file or directory") ||
      contains(libpq, "could not translate host name") || contains(libpq, "timeout expired") ||
      contains(libpq, "Network is unreachable") || contains(libpq, "No route to host")) {
    return "the server is not reachable (is PostgreSQL running there, and are host and port right?)";
  }
  return "the server refused the connection";
}

void ignore_notice(void*, const char*) {}

}  // namespace

Param param(std::int64_t v) { return Param(std::to_string(v)); }
Param param(std::string_view v) { return Param(std::string(v)); }

Param text_array(const std::vector<std::string>& values) {
  std::string out = "{";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i != 0) out += ',';
    out += '"';
    for (char c : values[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += '}';
  return out;
}

Param id_array(const std::vector<std::int64_t>& ids) {
  std::string out = "{";
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i == 0 ? "" : ",") + std::to_string(ids[i]);
  return param(out + "}");
}

std::int64_t Rows::int64(int row, int col) const {
  const char* v = pq().PQgetvalue(r_.get(), row, col);
  std::int64_t out = 0;
  std::from_chars(v, v + std::char_traits<char>::length(v), out);
  return out;
}

double Rows::real(int row, int col) const {
  return std::strtod(pq().PQgetvalue(r_.get(), row, col), nullptr);
}

std::vector<std::string> Rows::array(int row, int col) const {
  // The server's text form of a text[]: {a,"b c","d\"e"}; NULL elements are
  // never stored by kanbao.
  std::vector<std::string> out;
  const std::string s = text(row, col);
  std::size_t i = 1;
  while (i + 1 < s.size()) {
    std::string item;
    if (s[i] == '"') {
      for (++i; i < s.size() && s[i] != '"'; ++i) {
        if (s[i] == '\\') ++i;
        item += s[i];
      }
      ++i;  // the closing quote
    } else {
      for (; i < s.size() && s[i] != ',' && s[i] != '}'; ++i) item += s[i];
    }
    out.push_back(std::move(item));
    ++i;  // the comma or the closing brace
  }
  return out;
}

Result<Conn> Conn::connect(const std::string& uri, const std::string& shown) {
  // Defaults first: the URI's own settings override them (expand_dbname).
  const char* keys[] = {"connect_timeout", "application_name", "client_encoding", "dbname", nullptr};
  const char* values[] = {"10", "kanbao", "UTF8", uri.c_str(), nullptr};
  if (Status loaded = load_libpq(); !loaded.ok()) {
    return Error("cannot open the library " + shown + ": " + loaded.error().message());
  }
  PGconn* raw = pq().PQconnectdbParams(keys, values, 1);
  Conn conn(raw, shown);
  if (raw == nullptr) return Error("cannot connect to the library " + shown + ": out of memory");
  if (pq().PQstatus(raw) != CONNECTION_OK) {
    const std::string why = first_line(pq().PQerrorMessage(raw));
    // The problem is part of the template, so the browser can say it in
    // Chinese (tui/error_words.cpp).
    return Error(
        ErrorWords{"cannot connect to the library {}: " + connect_problem(why) + " [{}]", {shown, why}});
  }
  pq().PQsetNoticeProcessor(raw, ignore_notice, nullptr);
  return conn;
}

Result<Rows> Conn::query(std::string_view sql, const std::vector<Param>& params, bool all_text) {
  constexpr Oid kTextOid = 25;
  const std::vector<Oid> types(params.size(), kTextOid);
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  const std::string text(sql);
  // Fixed SQL without parameters may hold several statements (the schema).
  Rows rows(params.empty()
                ? pq().PQexec(c_.get(), text.c_str())
                : pq().PQexecParams(c_.get(), text.c_str(), static_cast<int>(values.size()),
                                    all_text ? types.data() : nullptr, values.data(), nullptr, nullptr, 0));
  const ExecStatusType status = rows.status();
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return rows;
  std::string why = first_line(rows.error_message());
  if (why.empty()) why = first_line(pq().PQerrorMessage(c_.get()));
  if (pq().PQstatus(c_.get()) == CONNECTION_BAD) {
    return Error(ErrorWords{"lost the connection to the library {} ({}); try again once the server is back",
                            {shown_, why}});
  }
  return Error(ErrorWords{"the library {} failed: {}", {shown_, why}});
}

Status Conn::exec(std::string_view sql, const std::vector<Param>& params) {
  KANBAO_TRY(query(sql, params));
  return Status::Ok();
}

Result<Transaction> Transaction::begin(Conn& conn, bool read_only) {
  KANBAO_TRY(conn.exec(read_only ? "BEGIN READ ONLY" : "BEGIN"));
  return Transaction(&conn);
}

// Reached without commit() only on a path that already returns an error.
// A ROLLBACK fails only when the connection is gone, and the server rolls
// back a transaction whose connection went away: nothing more to report.
Transaction::~Transaction() {
  if (conn_ != nullptr) (void)conn_->exec("ROLLBACK");
}

Status Transaction::commit() {
  Conn* conn = conn_;
  conn_ = nullptr;
  return conn->exec("COMMIT");
}

}  // namespace kanbao::store::pg
