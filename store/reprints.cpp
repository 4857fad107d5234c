// SPDX-License-Identifier: MIT
// Reprints (continuation_rules.h, Reprint) in a SQLite library: the copies
// of an article printed in full on several pages of one issue joined to the
// copy on the earliest page, as continued parts are joined to their head.
#include "store/continuation_rules.h"
#include "store/indexer.h"

namespace kanbao::store::continuations {
namespace {

// Article ?1 and its twins: articles of the same paper and day on other
// pages, with the same title and body, that are not joined to another and
// are not the head of a continued article (a kept copy, whose own
// paragraphs are all of them, may be); none in file ?2 (a file going away).
// The title index finds the twins.
const std::string kTwins =
    "SELECT a.id, o.id, a.page, o.page FROM articles a JOIN articles o ON o.title = a.title"
    " AND o.paper = a.paper AND o.pub_year = a.pub_year AND o.pub_month = a.pub_month"
    " AND o.pub_day = a.pub_day AND o.page != a.page AND o.file_id != a.file_id AND o.file_id != ?2"
    " AND o.body = a.body AND o.joined_to IS NULL"
    " AND (o.own_paragraphs < 0 OR o.own_paragraphs = " +
    paragraph_count_sql("o.body") +
    ")"
    " WHERE a.id = ?1 AND a.pub_day != 0 AND a.title != '' AND a.body != '' AND a.page != ''"
    " AND a.joined_to IS NULL AND a.own_paragraphs < 0"
    " AND NOT EXISTS (SELECT 1 FROM articles t WHERE t.joined_to = a.id) ORDER BY o.id";

Result<std::vector<Twin>> twins_of(sql::Db& db, const std::vector<std::int64_t>& ids, std::int64_t leaving) {
  KANBAO_ASSIGN_OR_RETURN(auto find, db.prepare(kTwins));
  std::vector<Twin> twins;
  for (const std::int64_t id : ids) {
    find.reset();
    find.bind(1, id).bind(2, leaving);
    for (;;) {
      KANBAO_ASSIGN_OR_RETURN(auto more, find.step());
      if (!more) break;
      twins.push_back({find.int64(0), find.int64(1), find.text(2), find.text(3)});
    }
  }
  find.reset();
  return twins;
}

}  // namespace

Status join_reprints(sql::Db& db, SearchIndexWriter& search, const std::vector<std::int64_t>& ids,
                     std::int64_t leaving_file) {
  KANBAO_ASSIGN_OR_RETURN(const std::vector<Twin> twins, twins_of(db, ids, leaving_file));
  if (twins.empty()) return Status::Ok();
  // The copy and the copies it kept until now join the kept one.
  KANBAO_ASSIGN_OR_RETURN(auto link, db.prepare("UPDATE articles SET joined_to = ?1, own_paragraphs = -1"
                                                " WHERE id = ?2 OR joined_to = ?2"));
  KANBAO_ASSIGN_OR_RETURN(auto keep, db.prepare("UPDATE articles SET own_paragraphs = ?2 WHERE id = ?1"));
  for (const Reprint& r : reprints_of(twins)) {
    KANBAO_ASSIGN_OR_RETURN(const Row copy, read(db, r.copy));
    search.remove(r.copy, copy.text);
    link.reset();
    link.bind(1, r.kept).bind(2, r.copy);
    KANBAO_TRY(link.run());
    keep.reset();
    keep.bind(1, r.kept).bind(2, paragraph_count(copy.text.body));
    KANBAO_TRY(keep.run());
  }
  return Status::Ok();
}

}  // namespace kanbao::store::continuations
