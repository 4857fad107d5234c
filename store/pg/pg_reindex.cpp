// SPDX-License-Identifier: MIT
#include "store/pg/pg_reindex.h"

#include <cstdint>
#include <string>
#include <vector>

#include "store/index_stamp.h"
#include "store/library.h"
#include "store/pg/pg_schema.h"
#include "store/pg/pg_tokens.h"

namespace kanbao::store::pg {
namespace {

constexpr int kBatch = 500;  // articles read per round trip

// Re-tokenizes the articles after `after` (by id), at most kBatch of them,
// and adds their Han characters and tokens to the vocabularies, but for
// those `stored` holds (the earlier batches' of the same transaction), to
// which they are added; returns the last id done, or `after` when none was
// left.
Result<std::int64_t> retokenize_batch(Conn& conn, std::int64_t after, KnownVocabulary& stored) {
  NewVocabulary vocabulary;
  vocabulary.known = &stored;
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          conn.query("SELECT id, title, subtitle, body, byline, kicker FROM articles"
                                     " WHERE id > $1 ORDER BY id LIMIT $2",
                                     {param(after), param(std::int64_t{kBatch})}));
  std::int64_t last = after;
  for (int r = 0; r < rows.size(); ++r) {
    last = rows.int64(r, 0);
    const IndexedText text{rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),
                           rows.text(r, 5)};
    KANBAO_TRY(update_search_columns(conn, last, text, vocabulary));
  }
  KANBAO_TRY(store_vocabulary(conn, vocabulary));
  stored.add(vocabulary);
  return last;
}

}  // namespace

Status bring_search_index_up_to_date(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(std::optional<std::string> stamp, meta(conn, "search_index"));
  if (stamp == search_index_stamp()) return Status::Ok();
  // The vocabularies hold exactly what the articles hold again: emptied,
  // then filled batch by batch from the tokenizer (the token columns hold
  // ids, which give no text back).
  KANBAO_TRY(conn.exec("DELETE FROM library_han"));
  KANBAO_TRY(conn.exec("DELETE FROM library_tokens"));
  KnownVocabulary stored;
  for (std::int64_t done = 0;;) {
    KANBAO_ASSIGN_OR_RETURN(std::int64_t last, retokenize_batch(conn, done, stored));
    if (last == done) break;
    done = last;
  }
  return conn.exec(
      "INSERT INTO kanbao_meta(key, value) VALUES ('search_index', $1)"
      " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      {param(search_index_stamp())});
}

}  // namespace kanbao::store::pg
