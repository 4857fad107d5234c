// PLACEHOLDER until the Chinese-aware tokenizer lands (search issue): a plain
// unicode61 FTS5 table so the rest of the store can be built and tested.
#include "store/search_index.h"

namespace kanbao::store {

Status register_search_functions(sql::Db& /*db*/) { return Status::Ok(); }

Status create_search_schema(sql::Db& db) {
  return db.exec(
      "CREATE VIRTUAL TABLE article_fts USING fts5(title, subtitle, body, byline, "
      "content='articles', content_rowid='id')");
}

Status add_to_search_index(sql::Db& db, std::int64_t id, const IndexedText& text) {
  auto stmt = db.prepare(
      "INSERT INTO article_fts(rowid, title, subtitle, body, byline) VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!stmt) return stmt.error();
  stmt->bind(1, id).bind(2, text.title).bind(3, text.subtitle).bind(4, text.body).bind(5, text.byline);
  return stmt->run();
}

Status remove_from_search_index(sql::Db& db, std::int64_t id, const IndexedText& text) {
  auto stmt = db.prepare(
      "INSERT INTO article_fts(article_fts, rowid, title, subtitle, body, byline) "
      "VALUES ('delete', ?1, ?2, ?3, ?4, ?5)");
  if (!stmt) return stmt.error();
  stmt->bind(1, id).bind(2, text.title).bind(3, text.subtitle).bind(4, text.body).bind(5, text.byline);
  return stmt->run();
}

class SearchEngine {};
void SearchEngineDeleter::operator()(SearchEngine* engine) const { delete engine; }

}  // namespace kanbao::store
