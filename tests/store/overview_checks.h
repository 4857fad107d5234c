// SPDX-License-Identifier: MIT
// Checks that the overviews (districts, papers) and the list counts say what
// the lists themselves hold, and, on SQLite, that article_tally is exactly
// what its triggers promise (store/article_tally.h).
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <string>

#include "library_test_util.h"
#include "store/library.h"

namespace kanbao::store::testing {

// Every district's count equals the rows its list holds; returns their sum.
inline std::int64_t district_total(Library& lib) {
  auto districts = lib.districts();
  if (!districts) {
    ADD_FAILURE() << districts.error().message();
    return -1;
  }
  std::int64_t sum = 0;
  for (const auto& d : *districts) {
    SCOPED_TRACE("district '" + d.name + "'");
    ListQuery q;
    q.district = d.name;
    EXPECT_EQ(static_cast<std::int64_t>(all_rows(lib, q).size()), d.articles);
    EXPECT_EQ(lib.count(q).value(), d.articles);
    std::int64_t dated = 0;
    for (const auto& m : d.months) dated += m.articles;
    EXPECT_LE(dated, d.articles);
    sum += d.articles;
  }
  return sum;
}

// Every paper's count equals the rows its list holds, and paper_names()
// names as many papers; returns their sum.
inline std::int64_t paper_total(Library& lib) {
  auto papers = lib.papers();
  if (!papers) {
    ADD_FAILURE() << papers.error().message();
    return -1;
  }
  EXPECT_EQ(lib.paper_names().value().size(), papers->size());
  std::int64_t sum = 0;
  for (const auto& p : *papers) {
    SCOPED_TRACE("paper '" + p.name + "'");
    ListQuery q;
    q.paper = p.name;
    EXPECT_EQ(lib.count(q).value(), p.articles);
    EXPECT_EQ(static_cast<std::int64_t>(all_rows(lib, q).size()), p.articles);
    sum += p.articles;
  }
  return sum;
}

// The overviews agree with the lists and add up to the whole library.
inline void expect_overview_agrees_with_lists(Library& lib) {
  auto all = lib.count({});
  ASSERT_TRUE(all) << all.error().message();
  EXPECT_EQ(static_cast<std::int64_t>(all_rows(lib).size()), *all);
  EXPECT_EQ(district_total(lib), *all);
  EXPECT_EQ(paper_total(lib), *all);
}

// One text of every row `sql_text` returns, its columns joined by '|'.
inline std::string raw_rows(const std::string& path, const char* sql_text) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << "cannot open " << path;
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql_text, -1, &stmt, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sqlite3_errmsg(db) << " in " << sql_text;
  }
  while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const unsigned char* text = sqlite3_column_text(stmt, i);
      out += (text ? reinterpret_cast<const char*>(text) : "NULL") +
             std::string(i + 1 < sqlite3_column_count(stmt) ? "|" : "\n");
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

// article_tally holds exactly the groups of the listed articles.
inline void expect_tally_matches_articles(const std::string& path) {
  const std::string tally = raw_rows(
      path,
      "SELECT paper, district_id, month, articles, first_key, last_key FROM article_tally ORDER BY 1, 2, 3");
  const std::string truth = raw_rows(
      path,
      "SELECT paper, ifnull(district_id, 0), CASE WHEN length(date_key) >= 7 THEN substr(date_key, 1, 7) "
      "ELSE '' END, count(*), min(date_key), max(date_key) FROM articles WHERE joined_to IS NULL "
      "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
  EXPECT_FALSE(truth.empty());
  EXPECT_EQ(tally, truth);
}

}  // namespace kanbao::store::testing
