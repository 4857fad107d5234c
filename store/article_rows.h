// SPDX-License-Identifier: MIT
// Reading ArticleRow values out of the `articles` table: the shared column
// list and the people (reporters, correspondents) of each row. Internal to
// store/; used by listing.cpp and library.cpp.
#pragma once

#include "base/result.h"
#include "store/library.h"
#include "store/sqlite.h"

namespace kanbao::store {

// SELECT kRowColumns kRowFrom ... yields the columns read_row() expects,
// followed by any extra columns the caller appends (index kRowColumnCount on).
inline constexpr const char* kRowColumns =
    "a.id, d.name, a.date_year, a.date_month, a.date_day, a.title, a.subtitle, "
    "f.path, a.first_line, a.last_line, a.pub_year, a.pub_month, a.pub_day, a.paper, a.page, a.page_name, "
    "a.kicker, "
    "a.position";
inline constexpr int kRowColumnCount = 18;
inline constexpr const char* kRowFrom =
    " FROM articles a JOIN files f ON f.id = a.file_id"
    " LEFT JOIN districts d ON d.id = a.district_id";

// Fills everything but the people from the current row.
ArticleRow read_row(const sql::Statement& stmt);

// Loads reporters and correspondents, in byline order, for one article at a
// time with a statement prepared once.
class PeopleReader {
 public:
  static Result<PeopleReader> prepare(sql::Db& db);
  Status read(ArticleRow& row);

 private:
  explicit PeopleReader(sql::Statement stmt) : stmt_(std::move(stmt)) {}
  sql::Statement stmt_;
};

}  // namespace kanbao::store
