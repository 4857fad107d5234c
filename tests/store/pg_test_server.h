// SPDX-License-Identifier: MIT
// The PostgreSQL server the tests use: $KANBAO_TEST_PG, the URI of a database
// on it (scripts/check starts a throw-away server and sets it). Without it
// the PostgreSQL variants skip, saying why.
#pragma once

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace kanbao::testing_pg {

inline std::optional<std::string> server_uri() {
  const char* uri = std::getenv("KANBAO_TEST_PG");
  if (uri == nullptr || *uri == '\0') return std::nullopt;
  return std::string(uri);
}

inline constexpr const char* kNoServer =
    "KANBAO_TEST_PG is not set: no PostgreSQL server for this test (scripts/check starts one; or run "
    "scripts/pg-cluster start DIR and export KANBAO_TEST_PG=$(scripts/pg-cluster uri DIR))";

// `uri` naming database `name` instead of its own.
inline std::string with_database(const std::string& uri, const std::string& name) {
  const auto authority = uri.find("://") + 3;
  const auto path = uri.find('/', authority);
  const auto query = uri.find('?', authority);
  if (path == std::string::npos || (query != std::string::npos && path > query)) {
    return uri.substr(0, query) + "/" + name + (query == std::string::npos ? "" : uri.substr(query));
  }
  return uri.substr(0, path + 1) + name + (query == std::string::npos ? "" : uri.substr(query));
}

// Runs fixed SQL on the database of `uri`; throws on failure.
inline void run_sql(const std::string& uri, const std::string& sql) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(uri.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn.get()));
  PQsetNoticeProcessor(
      conn.get(), [](void*, const char*) {}, nullptr);
  std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(conn.get(), sql.c_str()), &PQclear);
  const auto status = PQresultStatus(r.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw std::runtime_error(sql + ": " + PQresultErrorMessage(r.get()));
  }
}

// The rows of fixed SQL on the database of `uri`, each row's columns joined by '|'.
inline std::vector<std::string> query_rows(const std::string& uri, const std::string& sql) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(uri.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(conn.get()));
  std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(conn.get(), sql.c_str()), &PQclear);
  if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
    throw std::runtime_error(sql + ": " + PQresultErrorMessage(r.get()));
  std::vector<std::string> out;
  for (int i = 0; i < PQntuples(r.get()); ++i) {
    std::string row;
    for (int c = 0; c < PQnfields(r.get()); ++c)
      row += (c == 0 ? "" : "|") + std::string(PQgetvalue(r.get(), i, c));
    out.push_back(std::move(row));
  }
  return out;
}

// SQL that turns the token columns of a current PostgreSQL library back into
// what they were before schema 9 (text[], without the ids' token heads
// function and its index), emptied: the upgrade tests' older libraries.
// Every upgrade through version 9 rebuilds them from the stored text.
inline constexpr const char* kTokensAsText =
    "DROP FUNCTION kanbao_token_heads(int8[]) CASCADE;"
    " ALTER TABLE articles ALTER COLUMN tokens DROP DEFAULT, ALTER COLUMN title_tokens DROP DEFAULT;"
    " ALTER TABLE articles ALTER COLUMN tokens TYPE text[] USING '{}',"
    " ALTER COLUMN title_tokens TYPE text[] USING '{}';"
    " ALTER TABLE articles ALTER COLUMN tokens SET DEFAULT '{}', ALTER COLUMN title_tokens SET DEFAULT '{}';";

// The databases this test process made, dropped when it exits (each test
// runs in a process of its own under ctest): a developer's own server,
// named by KANBAO_TEST_PG, would otherwise keep every test's database of
// every run. WITH (FORCE): a connection a test left open does not keep one.
class MadeDatabases {
 public:
  static MadeDatabases& instance() {
    static MadeDatabases made;
    return made;
  }
  void add(const std::string& server, const std::string& name) { made_.emplace_back(server, name); }
  MadeDatabases(const MadeDatabases&) = delete;
  MadeDatabases& operator=(const MadeDatabases&) = delete;
  ~MadeDatabases() {
    for (const auto& [server, name] : made_) {
      try {
        run_sql(server, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
      } catch (const std::exception& e) {
        std::fprintf(stderr, "test database %s left on the server: %s\n", name.c_str(), e.what());
      }
    }
  }

 private:
  MadeDatabases() = default;
  std::vector<std::pair<std::string, std::string>> made_;  // server URI, database name
};

// A fresh, empty database for the running test (named after it and this
// process, so parallel tests never share one), dropped when the process
// exits; its URI.
inline std::string fresh_database() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = "kt_" + std::to_string(::getpid()) + "_";
  for (char c : std::string(info->test_suite_name()) + "_" + info->name()) {
    name += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
  }
  name.resize(std::min<std::size_t>(name.size(), 63));
  const std::string server = *server_uri();
  run_sql(server, "DROP DATABASE IF EXISTS \"" + name + "\"");
  run_sql(server, "CREATE DATABASE \"" + name + "\"");
  MadeDatabases::instance().add(server, name);
  return with_database(server, name);
}

// A test on a fresh database of its own (uri_); skipped, saying why, without a server.
class PostgresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!server_uri()) GTEST_SKIP() << kNoServer;
    uri_ = fresh_database();
  }
  std::string uri_;
};

}  // namespace kanbao::testing_pg
