// SPDX-License-Identifier: MIT
// PgLibrary::article and source: one article, and the page it came from.
#include "store/issue_pages.h"
#include "store/page_rebuild.h"
#include "store/pg/pg_library.h"

namespace kanbao::store::pg {

Result<std::optional<Article>> PgLibrary::article(std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  // A part joined to the article it continues is read as that article.
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows, conn_.query(std::string("SELECT ") + kRowColumns +
                                 ", a.body, a.byline, a.photo_credit, a.own_paragraphs" + kRowFrom +
                                 " WHERE a.id = (SELECT coalesce(joined_to, id) FROM articles WHERE id = $1)",
                             {param(id)}));
  if (rows.size() == 0) return std::optional<Article>();
  Article a;
  static_cast<ArticleRow&>(a) = read_row(rows, 0);
  const std::string body = rows.text(0, kRowColumnCount);
  for (std::size_t start = 0; !body.empty();) {
    const std::size_t nl = body.find('\n', start);
    a.paragraphs.push_back(body.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  a.byline = rows.text(0, kRowColumnCount + 1);
  a.photo_credit = rows.text(0, kRowColumnCount + 2) == "t";
  if (const int own_paragraphs = rows.integer(0, kRowColumnCount + 3); own_paragraphs >= 0) {
    a.part_starts.push_back(own_paragraphs);
    KANBAO_ASSIGN_OR_RETURN(
        Rows parts,
        conn_.query("SELECT a.page, a.id, f.path, a.first_line, a.last_line"
                    " FROM articles a JOIN files f ON f.id = a.file_id WHERE a.joined_to = $1 ORDER BY a.id",
                    {param(a.id)}));
    for (int i = 0; i < parts.size(); ++i) {
      a.pages.push_back(parts.text(i, 0));
      a.part_ids.push_back(parts.int64(i, 1));
      a.part_sources.push_back(line_source(parts.text(i, 2), parts.int64(i, 3), parts.int64(i, 4)));
    }
    order_parts(a);
  }
  a.first_line = rows.integer(0, 8);
  a.last_line = rows.integer(0, 9);
  return std::optional<Article>(std::move(a));
}

Result<std::optional<SourceText>> PgLibrary::source(std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          conn_.query("SELECT f.path, f.hash, a.first_line, a.last_line, f.furniture, f.id"
                                      " FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = $1",
                                      {param(id)}));
  if (rows.size() == 0) return std::optional<SourceText>();
  SourceText out;
  out.path = rows.text(0, 0);
  out.first_line = rows.integer(0, 2);
  out.last_line = rows.integer(0, 3);
  if (auto current = current_page_text(out.path, rows.text(0, 1))) {
    out.text = std::move(*current);
    return std::optional<SourceText>(std::move(out));
  }
  KANBAO_ASSIGN_OR_RETURN(Rows stored, conn_.query("SELECT first_line, kicker, title, subtitle, body, byline,"
                                                   " own_paragraphs FROM articles WHERE file_id = $1",
                                                   {param(rows.int64(0, 5))}));
  std::vector<StoredPart> parts;
  parts.reserve(static_cast<std::size_t>(stored.size()));
  for (int i = 0; i < stored.size(); ++i) {
    parts.push_back(StoredPart{stored.integer(i, 0), stored.text(i, 1), stored.text(i, 2), stored.text(i, 3),
                               stored.text(i, 4), stored.text(i, 5), stored.integer(i, 6)});
  }
  out.text = rebuild_page(rows.text(0, 4), parts);
  out.current = false;
  return std::optional<SourceText>(std::move(out));
}

}  // namespace kanbao::store::pg
