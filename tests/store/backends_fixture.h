// SPDX-License-Identifier: MIT
// The fixture of the tests that run on both backends: a library on SQLite
// or on PostgreSQL ($KANBAO_TEST_PG; without it the PostgreSQL variants
// skip, saying why) and a copy of the sample pages to index into it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "library_test_util.h"
#include "pg_test_server.h"

namespace kanbao::store::testing {

enum class Kind { kSqlite, kPostgres };

class Backends : public ::testing::TestWithParam<Kind> {
 protected:
  void SetUp() override {
    if (GetParam() == Kind::kPostgres && !testing_pg::server_uri()) GTEST_SKIP() << testing_pg::kNoServer;
    location_ = GetParam() == Kind::kSqlite ? dir_ / "lib/kanbao.db" : testing_pg::fresh_database();
    pages_ = (dir_.path() / "pages").string();
    files_ = testing::copy_samples(pages_);
  }
  Library open_rw() { return testing::open_rw(location_); }

  TempDir dir_;
  std::string location_, pages_;
  std::vector<std::string> files_;
};

// A PostgreSQL test (its own database, uri_) with a copy of the sample pages.
class PostgresWithSamples : public testing_pg::PostgresTest {
 protected:
  void SetUp() override {
    PostgresTest::SetUp();
    if (IsSkipped()) return;
    pages_ = (dir_.path() / "pages").string();
    files_ = testing::copy_samples(pages_);
  }

  TempDir dir_;
  std::string pages_;
  std::vector<std::string> files_;
};

// Two `kanbao index` runs of `pages` into the library at `uri` at once,
// each with a connection of its own, as on two machines; their results.
inline std::vector<Status> index_twice_at_once(const std::string& uri, const std::string& pages) {
  { testing::open_rw(uri); }  // the schema first, as `kanbao index` would on either machine
  std::vector<Status> results(2);
  std::vector<std::thread> indexers;
  for (int i = 0; i < 2; ++i) {
    indexers.emplace_back([&, i] {
      auto lib = Library::open(uri, OpenMode::kReadWrite);
      if (!lib) {
        results[static_cast<std::size_t>(i)] = lib.error();
        return;
      }
      auto report = lib->index({pages}, {});
      if (!report) results[static_cast<std::size_t>(i)] = report.error();
    });
  }
  for (auto& t : indexers) t.join();
  return results;
}

inline SearchRequest request_for(const char* query, int limit) {
  SearchRequest r;
  r.query = query;
  r.limit = limit;
  return r;
}

// Test names' suffix: Sqlite or Postgres.
inline std::string kind_name(const ::testing::TestParamInfo<Kind>& param) {
  return param.param == Kind::kSqlite ? "Sqlite" : "Postgres";
}

}  // namespace kanbao::store::testing
