// SPDX-License-Identifier: MIT
// Reading ArticleRow values out of the `articles` table: the shared column
// list and the people (reporters, correspondents) of each row. Internal to
// store/; used by listing.cpp and library.cpp.
#pragma once

#include <cstdint>
#include <vector>

#include "base/result.h"
#include "store/issue_pages.h"
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

// Fills everything but the people from the current row; `pages` holds
// its own page only (read_pages() adds its parts').
ArticleRow read_row(const sql::Statement& stmt);

// The pages of the parts joined to the articles `ids` (those article()
// reads as one), in the order they were joined: one query for up to
// kPartPagesBatch ids, so a page of a list or of search results costs one.
inline constexpr std::size_t kPartPagesBatch = 500;
Result<std::vector<PartPage>> part_pages(sql::Db& db, const std::vector<std::int64_t>& ids);

// Sets the `pages` of every row (an ArticleRow or a SearchHit): its own,
// then its parts' (set_pages).
template <typename Row>
Status read_pages(sql::Db& db, std::vector<Row>& rows) {
  KANBAO_ASSIGN_OR_RETURN(const std::vector<PartPage> parts, part_pages(db, ids_of(rows)));
  set_pages(rows, parts);
  return Status::Ok();
}

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
