// SPDX-License-Identifier: MIT
// Continued articles (下转第X版 / 上接第X版): joining the parts of one
// article printed on two pages of an issue, and separating them again when
// either page is indexed anew. See the version-3 notes in schema.cpp.
#include <set>

#include "store/continuation_rules.h"
#include "store/indexer.h"

namespace kanbao::store::continuations {
namespace {

struct Row {
  IndexedText text;
  int own_paragraphs = -1;
};

Result<Row> read(sql::Db& db, std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(
      auto s,
      db.prepare("SELECT title, subtitle, body, byline, own_paragraphs, kicker FROM articles WHERE id = ?1"));
  s.bind(1, id);
  KANBAO_ASSIGN_OR_RETURN(auto row, s.step());
  if (!row) return Error("article " + std::to_string(id) + " vanished while joining its parts");
  return Row{{s.text(0), s.text(1), s.text(2), s.text(3), s.text(5)}, s.integer(4)};
}

Status set_body(sql::Db& db, std::int64_t id, const std::string& body, int own_paragraphs) {
  KANBAO_ASSIGN_OR_RETURN(auto s,
                          db.prepare("UPDATE articles SET body = ?2, own_paragraphs = ?3 WHERE id = ?1"));
  s.bind(1, id).bind(2, body).bind(3, own_paragraphs);
  return s.run();
}

// Gives `head` back its own paragraphs.
Status restore(sql::Db& db, SearchIndexWriter& search, std::int64_t head) {
  KANBAO_ASSIGN_OR_RETURN(auto h, read(db, head));
  if (h.own_paragraphs < 0) return Status::Ok();
  KANBAO_TRY(search.remove(head, h.text));
  h.text.body = first_paragraphs(h.text.body, h.own_paragraphs);
  KANBAO_TRY(set_body(db, head, h.text.body, -1));
  return search.add(head, h.text);
}

}  // namespace

Status join(sql::Db& db, SearchIndexWriter& search, std::int64_t head, std::int64_t tail) {
  KANBAO_ASSIGN_OR_RETURN(auto h, read(db, head));
  KANBAO_ASSIGN_OR_RETURN(auto t, read(db, tail));
  KANBAO_TRY(search.remove(head, h.text));
  KANBAO_TRY(search.remove(tail, t.text));
  const int own = paragraph_count(h.text.body);
  h.text.body = joined_body(h.text.body, t.text.body);
  KANBAO_TRY(set_body(db, head, h.text.body, own));
  KANBAO_TRY(search.add(head, h.text));
  KANBAO_ASSIGN_OR_RETURN(auto link, db.prepare("UPDATE articles SET joined_to = ?1 WHERE id = ?2"));
  link.bind(1, head).bind(2, tail);
  return link.run();
}

namespace {

// The articles of `file_id` and their twins stored from other pages of the
// issue: the same paper, day, title and body, neither part of any join
// (the title index finds the twin).
constexpr const char* kTwins =
    "SELECT a.id, o.id, a.page, o.page FROM articles a JOIN articles o ON o.title = a.title"
    " AND o.paper = a.paper AND o.pub_year = a.pub_year AND o.pub_month = a.pub_month"
    " AND o.pub_day = a.pub_day AND o.page != a.page AND o.file_id != a.file_id AND o.body = a.body"
    " AND o.joined_to IS NULL AND o.own_paragraphs < 0"
    " AND NOT EXISTS (SELECT 1 FROM articles t WHERE t.joined_to = o.id)"
    " WHERE a.file_id = ?1 AND a.pub_day != 0 AND a.title != '' AND a.body != '' AND a.page != ''"
    " AND a.joined_to IS NULL AND a.own_paragraphs < 0"
    " AND NOT EXISTS (SELECT 1 FROM articles t WHERE t.joined_to = a.id) ORDER BY a.id, o.id";

Result<std::vector<Twin>> twins_in(sql::Db& db, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(auto twins_of, db.prepare(kTwins));
  twins_of.bind(1, file_id);
  std::vector<Twin> twins;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, twins_of.step());
    if (!more) break;
    twins.push_back({twins_of.int64(0), twins_of.int64(1), twins_of.text(2), twins_of.text(3)});
  }
  twins_of.reset();
  return twins;
}

}  // namespace

Status join_reprints(sql::Db& db, SearchIndexWriter& search, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(const std::vector<Twin> twins, twins_in(db, file_id));
  if (twins.empty()) return Status::Ok();
  KANBAO_ASSIGN_OR_RETURN(auto keep, db.prepare("UPDATE articles SET own_paragraphs = ?2 WHERE id = ?1"));
  KANBAO_ASSIGN_OR_RETURN(auto link, db.prepare("UPDATE articles SET joined_to = ?1 WHERE id = ?2"));
  for (const Reprint& r : reprints_of(twins)) {
    KANBAO_ASSIGN_OR_RETURN(auto copy, read(db, r.copy));
    KANBAO_TRY(search.remove(r.copy, copy.text));
    keep.reset();
    keep.bind(1, r.kept).bind(2, paragraph_count(copy.text.body));
    KANBAO_TRY(keep.run());
    link.reset();
    link.bind(1, r.kept).bind(2, r.copy);
    KANBAO_TRY(link.run());
  }
  return Status::Ok();
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
Status release_tails(sql::Db& db, SearchIndexWriter& search, const std::vector<std::int64_t>& heads,
                     std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(auto tails, db.prepare("SELECT id, title, subtitle, body, byline, kicker FROM "
                                                 "articles WHERE joined_to = ?1 AND file_id != ?2"));
  KANBAO_ASSIGN_OR_RETURN(auto unlink, db.prepare("UPDATE articles SET joined_to = NULL WHERE id = ?1"));
  for (std::int64_t head : heads) {
    KANBAO_ASSIGN_OR_RETURN(auto found, tails_elsewhere(tails, head, file_id));
    for (const auto& [id, text] : found) {
      unlink.reset();
      unlink.bind(1, id);
      KANBAO_TRY(unlink.run());
      KANBAO_TRY(search.add(id, text));
    }
  }
  return Status::Ok();
}

}  // namespace

Status separate(sql::Db& db, SearchIndexWriter& search, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(const FileJoins joins, joins_of(db, file_id));
  for (std::int64_t head : joins.heads_elsewhere) KANBAO_TRY(restore(db, search, head));
  return release_tails(db, search, joins.heads_here, file_id);
}

}  // namespace kanbao::store::continuations
