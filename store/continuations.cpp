// SPDX-License-Identifier: MIT
// Continued articles (下转第X版 / 上接第X版): joining the parts of one
// article printed on two pages of an issue, and separating them again when
// either page is indexed anew. See the version-3 notes in schema.cpp.
#include <set>

#include "store/continuation_rules.h"
#include "store/indexer.h"

namespace kanbao::store::continuations {

Result<Row> read(sql::Db& db, std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(
      auto s,
      db.prepare("SELECT title, subtitle, body, byline, own_paragraphs, kicker FROM articles WHERE id = ?1"));
  s.bind(1, id);
  KANBAO_ASSIGN_OR_RETURN(auto row, s.step());
  if (!row) return Error("article " + std::to_string(id) + " vanished while joining its parts");
  return Row{{s.text(0), s.text(1), s.text(2), s.text(3), s.text(5)}, s.integer(4)};
}

namespace {

Status set_body(sql::Db& db, std::int64_t id, const std::string& body, int own_paragraphs) {
  KANBAO_ASSIGN_OR_RETURN(auto s,
                          db.prepare("UPDATE articles SET body = ?2, own_paragraphs = ?3 WHERE id = ?1"));
  s.bind(1, id).bind(2, body).bind(3, own_paragraphs);
  return s.run();
}

// Whether parts or copies outside file `file_id` are joined to `head`.
Result<bool> joined_elsewhere(sql::Db& db, std::int64_t head, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(
      auto s, db.prepare("SELECT EXISTS (SELECT 1 FROM articles WHERE joined_to = ?1 AND file_id != ?2)"));
  s.bind(1, head).bind(2, file_id);
  KANBAO_ASSIGN_OR_RETURN(auto row, s.step());
  return row && s.int64(0) != 0;
}

// Gives `head` back its own paragraphs, as the parts of file `file_id`
// leave it. A reprint's kept copy with copies on other pages still (whose
// own paragraphs are all of them) stays their head.
Status restore(sql::Db& db, SearchIndexWriter& search, std::int64_t head, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(auto h, read(db, head));
  if (h.own_paragraphs < 0) return Status::Ok();
  search.remove(head, h.text);
  h.text.body = first_paragraphs(h.text.body, h.own_paragraphs);
  KANBAO_ASSIGN_OR_RETURN(const bool still_joined, joined_elsewhere(db, head, file_id));
  KANBAO_TRY(set_body(db, head, h.text.body, still_joined ? paragraph_count(h.text.body) : -1));
  search.add(head, h.text);
  return Status::Ok();
}

}  // namespace

Status join(sql::Db& db, SearchIndexWriter& search, std::int64_t head, std::int64_t tail) {
  KANBAO_ASSIGN_OR_RETURN(auto h, read(db, head));
  KANBAO_ASSIGN_OR_RETURN(auto t, read(db, tail));
  search.remove(head, h.text);
  search.remove(tail, t.text);
  const int own = paragraph_count(h.text.body);
  h.text.body = joined_body(h.text.body, t.text.body);
  KANBAO_TRY(set_body(db, head, h.text.body, own));
  search.add(head, h.text);
  KANBAO_ASSIGN_OR_RETURN(auto link, db.prepare("UPDATE articles SET joined_to = ?1 WHERE id = ?2"));
  link.bind(1, head).bind(2, tail);
  return link.run();
}

namespace {

// The joins `file_id` takes part in: heads in other files its parts were
// joined to, and its own heads that hold parts of other files.
struct FileJoins {
  std::vector<std::int64_t> heads_elsewhere;
  std::vector<std::int64_t> heads_here;
};

Result<FileJoins> joins_of(sql::Db& db, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(
      auto s, db.prepare("SELECT a.id, a.joined_to, h.file_id, a.own_paragraphs FROM articles a LEFT JOIN "
                         "articles h ON h.id = a.joined_to"
                         " WHERE a.file_id = ?1 AND (a.joined_to IS NOT NULL OR a.own_paragraphs >= 0)"));
  s.bind(1, file_id);
  FileJoins joins;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto row, s.step());
    if (!row) break;
    if (!s.is_null(1) && s.int64(2) != file_id) joins.heads_elsewhere.push_back(s.int64(1));
    if (s.integer(3) >= 0) joins.heads_here.push_back(s.int64(0));
  }
  s.reset();
  return joins;
}

// The parts joined to `head` from files other than `file_id`, with their text.
Result<std::vector<std::pair<std::int64_t, IndexedText>>> tails_elsewhere(sql::Statement& tails,
                                                                          std::int64_t head,
                                                                          std::int64_t file_id) {
  tails.reset();
  tails.bind(1, head).bind(2, file_id);
  std::vector<std::pair<std::int64_t, IndexedText>> found;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto row, tails.step());
    if (!row) break;
    found.push_back(
        {tails.int64(0), {tails.text(1), tails.text(2), tails.text(3), tails.text(4), tails.text(5)}});
  }
  tails.reset();
  return found;
}

// Parts in other files whose head goes: back into the search index, alone.
// Their ids go to `released`.
Status release_tails(sql::Db& db, SearchIndexWriter& search, const std::vector<std::int64_t>& heads,
                     std::int64_t file_id, std::vector<std::int64_t>& released) {
  KANBAO_ASSIGN_OR_RETURN(auto tails, db.prepare("SELECT id, title, subtitle, body, byline, kicker FROM "
                                                 "articles WHERE joined_to = ?1 AND file_id != ?2"));
  KANBAO_ASSIGN_OR_RETURN(auto unlink, db.prepare("UPDATE articles SET joined_to = NULL WHERE id = ?1"));
  for (std::int64_t head : heads) {
    KANBAO_ASSIGN_OR_RETURN(auto found, tails_elsewhere(tails, head, file_id));
    for (const auto& [id, text] : found) {
      unlink.reset();
      unlink.bind(1, id);
      KANBAO_TRY(unlink.run());
      search.add(id, text);
      released.push_back(id);
    }
  }
  return Status::Ok();
}

}  // namespace

Status separate(sql::Db& db, SearchIndexWriter& search, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(const FileJoins joins, joins_of(db, file_id));
  for (std::int64_t head : joins.heads_elsewhere) KANBAO_TRY(restore(db, search, head, file_id));
  std::vector<std::int64_t> released;
  KANBAO_TRY(release_tails(db, search, joins.heads_here, file_id, released));
  // Copies of a reprint whose kept copy goes are one article again, kept
  // on the earliest of their pages.
  return join_reprints(db, search, released, file_id);
}

}  // namespace kanbao::store::continuations
