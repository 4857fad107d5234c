// SPDX-License-Identifier: MIT
#include "store/indexer.h"

#include <chrono>
#include <map>

#include "store/page_rebuild.h"  // furniture_text
#include "store/parser_note.h"
#include "store/stored_date.h"
#include "text/strings.h"

namespace kanbao::store {
namespace {

std::int64_t now_seconds() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace

Result<IndexWriter> IndexWriter::prepare(sql::Db& db) {
  auto failed = [](const Error& e) { return Error("cannot prepare the indexer: " + e.message()); };
  auto search = SearchIndexWriter::prepare(db);
  if (!search) return failed(search.error());
  IndexWriter w(db, std::move(*search));
  struct Item {
    sql::Statement* stmt;
    const char* sql_text;
  };
  const Item items[] = {
      {&w.lookup_file_, "SELECT id, size, mtime_ns, hash, paper, issue_key FROM files WHERE path = ?1"},
      {&w.insert_file_,
       "INSERT INTO files(path, size, mtime_ns, hash, encoding, indexed_at, paper, issue_key, page, "
       "page_name,"
       " furniture) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
      {&w.update_file_,
       "UPDATE files SET size = ?2, mtime_ns = ?3, hash = ?4, encoding = ?5, indexed_at = ?6, paper = ?7,"
       " issue_key = ?8, page = ?9, page_name = ?10, furniture = ?11 WHERE id = ?1"},
      {&w.touch_file_, "UPDATE files SET size = ?2, mtime_ns = ?3 WHERE id = ?1"},
      {&w.delete_file_, "DELETE FROM files WHERE id = ?1"},
      {&w.file_articles_,
       "SELECT id, title, subtitle, body, byline, joined_to IS NOT NULL, kicker, position FROM articles "
       "WHERE "
       "file_id = ?1"},
      {&w.delete_file_articles_, "DELETE FROM articles WHERE file_id = ?1"},
      {&w.insert_district_, "INSERT INTO districts(name) VALUES (?1) ON CONFLICT(name) DO NOTHING"},
      {&w.select_district_, "SELECT id FROM districts WHERE name = ?1"},
      {&w.insert_person_, "INSERT INTO people(name) VALUES (?1) ON CONFLICT(name) DO NOTHING"},
      {&w.select_person_, "SELECT id FROM people WHERE name = ?1"},
      {&w.insert_article_,
       "INSERT INTO articles(file_id, district_id, position, first_line, last_line, date_year, date_month,"
       " date_day, date_key, title, subtitle, body, byline, photo_credit, paper, pub_year, pub_month, "
       "pub_day,"
       " page, page_name, kicker, continued_to, continued_from, id)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
       "?21,"
       " ?22, ?23, ?24)"},
      {&w.insert_article_person_,
       "INSERT INTO article_people(article_id, person_id, role, ord) VALUES (?1, ?2, ?3, ?4)"},
      // Paths under a folder: a range on the UNIQUE index (no LIKE, so no
      // escaping of % and _ in folder names).
      {&w.files_from_, "SELECT id, path FROM files WHERE path >= ?1 AND path < ?2 ORDER BY path"},
      {&w.files_all_, "SELECT id, path FROM files ORDER BY path"},
  };
  for (const auto& item : items) {
    auto stmt = db.prepare(item.sql_text);
    if (!stmt) return failed(stmt.error());
    *item.stmt = std::move(*stmt);
  }
  return w;
}

Result<std::optional<FileRecord>> IndexWriter::lookup(const std::string& path) {
  lookup_file_.reset();
  lookup_file_.bind(1, path);
  KANBAO_ASSIGN_OR_RETURN(auto row, lookup_file_.step());
  std::optional<FileRecord> record;
  if (row) {
    record = FileRecord{lookup_file_.int64(0), FileStat{lookup_file_.int64(1), lookup_file_.int64(2)},
                        lookup_file_.text(3), lookup_file_.text(4), lookup_file_.text(5)};
  }
  lookup_file_.reset();
  return record;
}

Status IndexWriter::touch(std::int64_t file_id, const FileStat& stat) {
  KANBAO_ASSIGN_OR_RETURN(auto tx, sql::Transaction::begin(*db_));
  touch_file_.bind(1, file_id).bind(2, stat.size).bind(3, stat.mtime_ns);
  KANBAO_TRY(touch_file_.run());
  return tx.commit();
}

Result<std::int64_t> IndexWriter::delete_articles(std::int64_t file_id, std::map<int, std::int64_t>* ids) {
  KANBAO_TRY(continuations::separate(*db_, search_, file_id));
  // The full-text table holds external content: it must be told the old
  // text of each article before the row goes (a part joined to its head is
  // not in it).
  std::int64_t removed = 0;
  file_articles_.reset();
  file_articles_.bind(1, file_id);
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto row, file_articles_.step());
    if (!row) break;
    IndexedText text{file_articles_.text(1), file_articles_.text(2), file_articles_.text(3),
                     file_articles_.text(4), file_articles_.text(6)};
    if (file_articles_.int64(5) == 0) search_.remove(file_articles_.int64(0), text);
    if (ids != nullptr) (*ids)[static_cast<int>(file_articles_.int64(7))] = file_articles_.int64(0);
    ++removed;
  }
  file_articles_.reset();
  delete_file_articles_.bind(1, file_id);
  KANBAO_TRY(delete_file_articles_.run());  // article_people go by ON DELETE CASCADE
  return removed;
}

Result<std::int64_t> IndexWriter::id_for(sql::Statement& insert, sql::Statement& select,
                                         const std::string& name) {
  insert.bind(1, name);
  KANBAO_TRY(insert.run());
  select.reset();
  select.bind(1, name);
  KANBAO_ASSIGN_OR_RETURN(auto row, select.step());
  if (!row) return Error("lost the row for " + name);
  std::int64_t id = select.int64(0);
  select.reset();
  return id;
}

void IndexWriter::bind_article(std::int64_t file_id, std::optional<std::int64_t> district_id,
                               const corpus::PageOrigin& origin, const corpus::Article& a,
                               const IndexedText& text, std::optional<std::int64_t> id) {
  const StoredDate date = a.date.value_or(StoredDate{});
  const StoredDate published = origin.issue.value_or(StoredDate{});
  auto& s = insert_article_;
  s.bind(1, file_id);
  if (district_id) {
    s.bind(2, *district_id);
  } else {
    s.bind_null(2);
  }
  s.bind(3, a.position).bind(4, a.first_line).bind(5, a.last_line);
  // The listing key: the publication date when the issue's is known (schema.cpp).
  s.bind(6, date.year).bind(7, date.month).bind(8, date.day);
  s.bind(9, date_key(published.known() ? published : date));
  s.bind(10, text.title).bind(11, text.subtitle).bind(12, text.body).bind(13, text.byline);
  s.bind(14, a.photo_credit ? 1 : 0);
  s.bind(15, origin.paper).bind(16, published.year).bind(17, published.month).bind(18, published.day);
  s.bind(19, origin.page).bind(20, origin.page_name).bind(21, a.kicker);
  s.bind(22, a.continued_to).bind(23, a.continued_from);
  // NULL: a new id (AUTOINCREMENT, never one used before).
  if (id) {
    s.bind(24, *id);
  } else {
    s.bind_null(24);
  }
}

Status IndexWriter::add_people(std::int64_t article_id, const std::vector<std::string>& names,
                               std::string_view role) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    KANBAO_ASSIGN_OR_RETURN(auto person, id_for(insert_person_, select_person_, names[i]));
    insert_article_person_.bind(1, article_id)
        .bind(2, person)
        .bind(3, role)
        .bind(4, static_cast<std::int64_t>(i));
    KANBAO_TRY(insert_article_person_.run());
  }
  return Status::Ok();
}

Result<std::int64_t> IndexWriter::insert_article(std::int64_t file_id,
                                                 std::optional<std::int64_t> district_id,
                                                 const corpus::PageOrigin& origin, const corpus::Article& a,
                                                 std::optional<std::int64_t> kept_id) {
  IndexedText text{a.title, a.subtitle, text::join(a.paragraphs, "\n"), a.byline, a.kicker};
  bind_article(file_id, district_id, origin, a, text, kept_id);
  KANBAO_TRY(insert_article_.run());
  std::int64_t id = db_->last_insert_rowid();
  search_.add(id, text);
  KANBAO_TRY(add_people(id, a.reporters, "reporter"));
  KANBAO_TRY(add_people(id, a.correspondents, "correspondent"));
  return id;
}

Status IndexWriter::join_continuations(const std::vector<std::int64_t>& ids) {
  // Both directions: a new head (下转) finds its tail on the page it names,
  // a new tail (上接) its head. Only within one paper's issue of a known day.
  KANBAO_ASSIGN_OR_RETURN(
      auto find,
      db_->prepare(
          "SELECT o.id, o.title FROM articles a JOIN articles o ON o.paper = a.paper AND o.pub_year = "
          "a.pub_year"
          " AND o.pub_month = a.pub_month AND o.pub_day = a.pub_day AND o.id != a.id AND o.joined_to IS NULL"
          " WHERE a.id = ?1 AND a.pub_month != 0 AND ("
          "  (?2 = 0 AND o.page = a.continued_to AND o.continued_from = a.page AND o.own_paragraphs < 0"
          "   AND NOT EXISTS (SELECT 1 FROM articles t WHERE t.joined_to = o.id))"
          "  OR (?2 = 1 AND o.page = a.continued_from AND o.continued_to = a.page AND o.own_paragraphs < "
          "0))"));
  KANBAO_ASSIGN_OR_RETURN(
      auto info, db_->prepare("SELECT title, continued_to != '', continued_from != '', joined_to IS NULL,"
                              " own_paragraphs < 0 FROM articles WHERE id = ?1"));
  for (std::int64_t id : ids) {
    info.reset();
    info.bind(1, id);
    KANBAO_ASSIGN_OR_RETURN(auto row, info.step());
    if (!row) continue;
    const std::string title = info.text(0);
    const bool head = info.int64(1) != 0 && info.int64(4) != 0,
               tail = info.int64(2) != 0 && info.int64(3) != 0;
    info.reset();
    for (int direction = 0; direction < 2; ++direction) {
      if (direction == 0 ? !head : !tail) continue;
      find.reset();
      find.bind(1, id).bind(2, direction);
      std::vector<std::pair<std::int64_t, std::string>> candidates;
      for (;;) {
        KANBAO_ASSIGN_OR_RETURN(auto more, find.step());
        if (!more) break;
        candidates.emplace_back(find.int64(0), find.text(1));
      }
      find.reset();
      if (auto other = continuations::best_match(title, candidates)) {
        KANBAO_TRY(direction == 0 ? continuations::join(*db_, search_, id, *other)
                                  : continuations::join(*db_, search_, *other, id));
        break;  // a part joined as a tail is not also a head here
      }
    }
  }
  return Status::Ok();
}

Result<std::int64_t> IndexWriter::write_file_row(const std::string& path, const FileStat& stat,
                                                 const std::string& hash, const std::string& encoding,
                                                 const corpus::Page& page,
                                                 std::optional<std::int64_t> file_id) {
  sql::Statement& file = file_id ? update_file_ : insert_file_;
  if (file_id) {
    file.bind(1, *file_id);
  } else {
    file.bind(1, path);
  }
  file.bind(2, stat.size).bind(3, stat.mtime_ns).bind(4, hash).bind(5, encoding).bind(6, now_seconds());
  const corpus::PageOrigin& origin = page.origin;
  file.bind(7, origin.paper)
      .bind(8, date_key(origin.issue.value_or(StoredDate{})))
      .bind(9, origin.page)
      .bind(10, origin.page_name);
  file.bind(11, furniture_text(page));
  KANBAO_TRY(file.run());
  return file_id ? *file_id : db_->last_insert_rowid();
}

Status IndexWriter::insert_articles(std::int64_t file_id, const corpus::Page& page,
                                    const std::vector<std::int64_t>* ids) {
  std::map<std::string, std::int64_t> districts;  // each article has its own
  std::vector<std::int64_t> continued, added;
  for (std::size_t i = 0; i < page.articles.size(); ++i) {
    const corpus::Article& article = page.articles[i];
    std::optional<std::int64_t> district_id;
    if (!article.district.empty()) {
      auto it = districts.find(article.district);
      if (it == districts.end()) {
        KANBAO_ASSIGN_OR_RETURN(auto id, id_for(insert_district_, select_district_, article.district));
        it = districts.emplace(article.district, id).first;
      }
      district_id = it->second;
    }
    const bool keeps = ids != nullptr && (*ids)[i] != 0;
    const auto kept = keeps ? std::optional<std::int64_t>((*ids)[i]) : std::nullopt;
    KANBAO_ASSIGN_OR_RETURN(auto id, insert_article(file_id, district_id, page.origin, article, kept));
    added.push_back(id);
    if (!article.continued_to.empty() || !article.continued_from.empty()) continued.push_back(id);
  }
  KANBAO_TRY(join_continuations(continued));
  return continuations::join_reprints(*db_, search_, added);
}

Result<Replaced> IndexWriter::store_page(const std::string& path, const FileStat& stat,
                                         const std::string& hash, const std::string& encoding,
                                         const corpus::Page& page, const std::vector<std::int64_t>* ids) {
  KANBAO_ASSIGN_OR_RETURN(auto tx, sql::Transaction::begin(*db_));
  search_.begin();
  // Looked up again inside the transaction: another indexer may have got here first.
  KANBAO_ASSIGN_OR_RETURN(auto existing, lookup(path));
  std::optional<std::int64_t> existing_id;
  std::map<int, std::int64_t> previous;  // position -> id, of the file's articles until now
  if (existing) {
    existing_id = existing->id;
    KANBAO_TRY(delete_articles(existing->id, &previous));
  }
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t file_id,
                          write_file_row(path, stat, hash, encoding, page, existing_id));
  const std::vector<std::int64_t> kept = ids ? *ids : kept_ids(page, previous);
  KANBAO_TRY(insert_articles(file_id, page, &kept));
  // The index entries last (SearchIndexWriter): on error `tx` rolls back.
  KANBAO_TRY(search_.write_queued());
  KANBAO_TRY(tx.commit());
  search_.committed();
  return replaced(page, previous, kept);
}

Result<std::int64_t> IndexWriter::remove(std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(auto tx, sql::Transaction::begin(*db_));
  search_.begin();  // a continuation's head, restored, is indexed again
  KANBAO_ASSIGN_OR_RETURN(auto removed, delete_articles(file_id, nullptr));
  delete_file_.bind(1, file_id);
  KANBAO_TRY(delete_file_.run());
  KANBAO_TRY(search_.write_queued());
  KANBAO_TRY(tx.commit());
  search_.committed();
  return removed;
}

Result<std::vector<std::pair<std::int64_t, std::string>>> IndexWriter::files_under(
    const std::string& prefix) {
  sql::Statement& s = prefix.empty() ? files_all_ : files_from_;
  s.reset();
  if (!prefix.empty()) {
    // Every path that starts with `prefix` sorts in [prefix, prefix with its
    // last byte incremented); the prefix ends in '/', so that is '0'.
    std::string upper = prefix;
    upper.back() = static_cast<char>(upper.back() + 1);
    s.bind(1, prefix).bind(2, upper);
  }
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto row, s.step());
    if (!row) break;
    out.emplace_back(s.int64(0), s.text(1));
  }
  s.reset();
  return out;
}

Status IndexWriter::prune() {
  KANBAO_ASSIGN_OR_RETURN(auto tx, sql::Transaction::begin(*db_));
  KANBAO_TRY(db_->exec("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM article_people)"));
  KANBAO_TRY(
      db_->exec("DELETE FROM districts WHERE id NOT IN (SELECT district_id FROM articles WHERE district_id "
                "IS NOT NULL)"));
  return tx.commit();
}

Status IndexWriter::note_parser(int version, const std::string& suffix) {
  return write_parser_note(*db_, version, suffix);
}

}  // namespace kanbao::store
