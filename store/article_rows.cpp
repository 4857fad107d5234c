// SPDX-License-Identifier: MIT
#include "store/article_rows.h"

#include <algorithm>
#include <string>

namespace kanbao::store {

ArticleRow read_row(const sql::Statement& stmt) {
  ArticleRow row;
  row.id = stmt.int64(0);
  row.district = stmt.text(1);
  row.date = StoredDate{stmt.integer(2), stmt.integer(3), stmt.integer(4)};
  row.title = stmt.text(5);
  row.subtitle = stmt.text(6);
  row.published = StoredDate{stmt.integer(10), stmt.integer(11), stmt.integer(12)};
  row.paper = stmt.text(13);
  row.page = stmt.text(14);
  row.pages = {row.page};
  row.page_name = stmt.text(15);
  row.kicker = stmt.text(16);
  row.source = line_source(stmt.text(7), stmt.int64(8), stmt.int64(9));
  row.path = stmt.text(7);
  row.position = stmt.integer(17);
  return row;
}

Result<std::vector<PartPage>> part_pages(sql::Db& db, const std::vector<std::int64_t>& ids) {
  std::vector<PartPage> out;
  for (std::size_t start = 0; start < ids.size(); start += kPartPagesBatch) {
    const std::size_t n = std::min(kPartPagesBatch, ids.size() - start);
    // A part is read with its head only when the head keeps its own
    // paragraphs (own_paragraphs >= 0), as article() reads it.
    std::string sql_text =
        "SELECT t.joined_to, t.page FROM articles t JOIN articles h ON h.id = t.joined_to"
        " WHERE h.own_paragraphs >= 0 AND t.joined_to IN (?";
    for (std::size_t i = 1; i < n; ++i) sql_text += ", ?";
    sql_text += ") ORDER BY t.id";
    KANBAO_ASSIGN_OR_RETURN(auto stmt, db.prepare(sql_text));
    for (std::size_t i = 0; i < n; ++i) stmt.bind(static_cast<int>(i + 1), ids[start + i]);
    for (;;) {
      KANBAO_ASSIGN_OR_RETURN(auto more, stmt.step());
      if (!more) break;
      out.push_back(PartPage{stmt.int64(0), stmt.text(1)});
    }
  }
  return out;
}

Result<PeopleReader> PeopleReader::prepare(sql::Db& db) {
  KANBAO_ASSIGN_OR_RETURN(
      auto stmt,
      db.prepare("SELECT ap.role, p.name FROM article_people ap JOIN people p ON p.id = ap.person_id"
                 " WHERE ap.article_id = ?1 ORDER BY ap.role, ap.ord"));
  return PeopleReader(std::move(stmt));
}

Status PeopleReader::read(ArticleRow& row) {
  stmt_.reset();
  stmt_.bind(1, row.id);
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, stmt_.step());
    if (!more) break;
    auto& names = stmt_.text_view(0) == "reporter" ? row.reporters : row.correspondents;
    names.push_back(stmt_.text(1));
  }
  stmt_.reset();
  return Status::Ok();
}

}  // namespace kanbao::store
