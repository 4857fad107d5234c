// SPDX-License-Identifier: MIT
#include "store/pg/pg_continuations.h"

#include <set>
#include <string>
#include <utility>

#include "store/continuation_rules.h"
#include "store/pg/pg_tokens.h"

namespace kanbao::store::pg {
namespace {

// Held until the transaction ends by every writer that joins or separates parts.
constexpr std::int64_t kContinuationLock = 0x4B4E424F00000002;

Status lock(Conn& conn) { return conn.exec("SELECT pg_advisory_xact_lock($1)", {param(kContinuationLock)}); }

struct Part {
  IndexedText text;
  int own_paragraphs = -1;
};

Result<Part> read(Conn& conn, std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows,
      conn.query("SELECT title, subtitle, body, byline, own_paragraphs, kicker FROM articles WHERE id = $1",
                 {param(id)}));
  if (rows.size() == 0) return Error("article " + std::to_string(id) + " vanished while joining its parts");
  return Part{{rows.text(0, 0), rows.text(0, 1), rows.text(0, 2), rows.text(0, 3), rows.text(0, 5)},
              rows.integer(0, 4)};
}

// Gives article `id` the body `text.body`, and search columns to match.
// Adds its tokens to `vocabulary` (joined text may hold a token neither
// part held).
Status set_body(Conn& conn, std::int64_t id, const IndexedText& text, int own_paragraphs,
                NewVocabulary& vocabulary) {
  KANBAO_TRY(conn.exec("UPDATE articles SET body = $2, own_paragraphs = $3 WHERE id = $1",
                       {param(id), param(text.body), param(std::int64_t{own_paragraphs})}));
  return update_search_columns(conn, id, text, vocabulary);
}

// Joins part `tail` (上接) onto `head` (下转).
Status join(Conn& conn, std::int64_t head, std::int64_t tail, NewVocabulary& vocabulary) {
  KANBAO_ASSIGN_OR_RETURN(Part h, read(conn, head));
  KANBAO_ASSIGN_OR_RETURN(Part t, read(conn, tail));
  const int own = continuations::paragraph_count(h.text.body);
  h.text.body = continuations::joined_body(h.text.body, t.text.body);
  KANBAO_TRY(set_body(conn, head, h.text, own, vocabulary));
  return conn.exec("UPDATE articles SET joined_to = $1 WHERE id = $2", {param(head), param(tail)});
}

// Gives `head` back its own paragraphs, as the parts of file `file_id`
// leave it. A reprint's kept copy with copies on other pages still (whose
// own paragraphs are all of them) stays their head.
Status restore(Conn& conn, std::int64_t head, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(Part h, read(conn, head));
  if (h.own_paragraphs < 0) return Status::Ok();
  h.text.body = continuations::first_paragraphs(h.text.body, h.own_paragraphs);
  KANBAO_ASSIGN_OR_RETURN(Rows others, conn.query("SELECT EXISTS (SELECT 1 FROM articles WHERE joined_to = $1"
                                                  " AND file_id <> $2)",
                                                  {param(head), param(file_id)}));
  const int own = others.text(0, 0) == "t" ? continuations::paragraph_count(h.text.body) : -1;
  NewVocabulary known;  // the head's own text: its entries were stored with it
  return set_body(conn, head, h.text, own, known);
}

// The unjoined articles of the same paper's issue (a known day) that may
// continue article $1: on the page it names, naming its page back.
// kFindTail: parts (上接) for head $1, none joined to anything yet;
// kFindHead: heads (下转) for part $1.
constexpr const char* kSameIssue =
    "SELECT o.id, o.title FROM articles a JOIN articles o ON o.paper = a.paper AND o.date_key = a.date_key"
    " AND o.pub_year = a.pub_year AND o.pub_month = a.pub_month AND o.pub_day = a.pub_day AND o.id != a.id"
    " AND o.joined_to IS NULL AND o.own_paragraphs < 0 WHERE a.id = $1 AND a.pub_month != 0";
const std::string kFindTail = std::string(kSameIssue) +
                              " AND o.page = a.continued_to AND o.continued_from = a.page"
                              " AND NOT EXISTS (SELECT 1 FROM articles t WHERE t.joined_to = o.id)";
const std::string kFindHead =
    std::string(kSameIssue) + " AND o.page = a.continued_from AND o.continued_to = a.page";

// Joins article `id` with its best partner, if it has one.
Status join_one(Conn& conn, std::int64_t id, NewVocabulary& vocabulary) {
  KANBAO_ASSIGN_OR_RETURN(Rows info, conn.query("SELECT title, continued_to != '' AND own_paragraphs < 0,"
                                                " continued_from != '' AND joined_to IS NULL"
                                                " FROM articles WHERE id = $1",
                                                {param(id)}));
  if (info.size() == 0) return Status::Ok();
  const std::string title = info.text(0, 0);
  const bool head = info.text(0, 1) == "t", tail = info.text(0, 2) == "t";
  for (const bool as_head : {true, false}) {
    if (as_head ? !head : !tail) continue;
    KANBAO_ASSIGN_OR_RETURN(Rows found, conn.query(as_head ? kFindTail : kFindHead, {param(id)}));
    std::vector<std::pair<std::int64_t, std::string>> candidates;
    candidates.reserve(static_cast<std::size_t>(found.size()));
    for (int r = 0; r < found.size(); ++r) candidates.emplace_back(found.int64(r, 0), found.text(r, 1));
    if (auto other = continuations::best_match(title, candidates)) {
      return as_head ? join(conn, id, *other, vocabulary)
                     : join(conn, *other, id, vocabulary);  // a tail here is not also a head
    }
  }
  return Status::Ok();
}

}  // namespace

Status join_continuations(Conn& conn, const std::vector<std::int64_t>& ids, NewVocabulary& vocabulary) {
  if (ids.empty()) return Status::Ok();
  KANBAO_TRY(lock(conn));
  for (std::int64_t id : ids) KANBAO_TRY(join_one(conn, id, vocabulary));
  return Status::Ok();
}

namespace {

// The articles among $1 and their twins (the SQLite library's reprints.cpp
// says which), none in file $2.
const std::string kTwins =
    "SELECT a.id, o.id, a.page, o.page FROM articles a JOIN articles o ON o.paper = a.paper"
    " AND o.date_key = a.date_key AND o.title = a.title AND o.pub_year = a.pub_year"
    " AND o.pub_month = a.pub_month AND o.pub_day = a.pub_day AND o.page <> a.page"
    " AND o.file_id <> a.file_id AND o.file_id <> $2 AND o.body = a.body AND o.joined_to IS NULL"
    " AND (o.own_paragraphs < 0 OR o.own_paragraphs = " +
    continuations::paragraph_count_sql("o.body") +
    ")"
    " WHERE a.id = ANY($1::bigint[]) AND a.pub_day <> 0 AND a.title <> '' AND a.body <> ''"
    " AND a.page <> '' AND a.joined_to IS NULL AND a.own_paragraphs < 0"
    " AND NOT EXISTS (SELECT 1 FROM articles t WHERE t.joined_to = a.id) ORDER BY a.id, o.id";

}  // namespace

Status join_reprints(Conn& conn, const std::vector<std::int64_t>& ids, std::int64_t leaving_file) {
  if (ids.empty()) return Status::Ok();
  // Under the lock, so that two indexers storing two copies at once still
  // find each other (as for continuations).
  KANBAO_TRY(lock(conn));
  KANBAO_ASSIGN_OR_RETURN(Rows found, conn.query(kTwins, {id_array(ids), param(leaving_file)}));
  std::vector<continuations::Twin> twins;
  twins.reserve(static_cast<std::size_t>(found.size()));
  for (int r = 0; r < found.size(); ++r)
    twins.push_back({found.int64(r, 0), found.int64(r, 1), found.text(r, 2), found.text(r, 3)});
  for (const continuations::Reprint& r : continuations::reprints_of(twins)) {
    // The copies keep their search columns, as continued parts do.
    KANBAO_TRY(
        conn.exec("UPDATE articles SET joined_to = $1, own_paragraphs = -1 WHERE id = $2 OR joined_to = $2",
                  {param(r.kept), param(r.copy)}));
    KANBAO_TRY(conn.exec("UPDATE articles SET own_paragraphs = " +
                             continuations::paragraph_count_sql("body") + " WHERE id = $1",
                         {param(r.kept)}));
  }
  return Status::Ok();
}

Status separate_continuations(Conn& conn, std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(Rows parts,
                          conn.query("SELECT a.id, a.joined_to, h.file_id, a.own_paragraphs FROM articles a"
                                     " LEFT JOIN articles h ON h.id = a.joined_to WHERE a.file_id = $1"
                                     " AND (a.joined_to IS NOT NULL OR a.own_paragraphs >= 0)",
                                     {param(file_id)}));
  if (parts.size() == 0) return Status::Ok();
  KANBAO_TRY(lock(conn));
  std::vector<std::int64_t> released;
  for (int r = 0; r < parts.size(); ++r) {
    if (!parts.null(r, 1) && parts.int64(r, 2) != file_id) {
      KANBAO_TRY(restore(conn, parts.int64(r, 1), file_id));
    }
    // Parts in other files whose head goes stand alone again: their own
    // search columns were kept.
    if (parts.integer(r, 3) >= 0) {
      KANBAO_ASSIGN_OR_RETURN(
          Rows freed, conn.query("UPDATE articles SET joined_to = NULL WHERE joined_to = $1 AND file_id != $2"
                                 " RETURNING id",
                                 {param(parts.int64(r, 0)), param(file_id)}));
      for (int f = 0; f < freed.size(); ++f) released.push_back(freed.int64(f, 0));
    }
  }
  // Copies of a reprint whose kept copy goes are one article again.
  return join_reprints(conn, released, file_id);
}

}  // namespace kanbao::store::pg
