// SPDX-License-Identifier: MIT
#include "store/pg/pg_reindex.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "store/index_stamp.h"
#include "store/library.h"
#include "store/pg/pg_schema.h"
#include "store/pg/pg_tokens.h"

namespace kanbao::store::pg {
namespace {

constexpr int kBatch = 500;  // articles read per round trip

// Re-tokenizes the articles after `after` (by id), at most kBatch of them;
// returns the last id done, or `after` when none was left. Their Han
// characters go to `han`.
Result<std::int64_t> retokenize_batch(Conn& conn, std::int64_t after, std::set<std::string>& han) {
  NewVocabulary vocabulary;  // the tokens are refilled from the rows at the end
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
  han.insert(vocabulary.han.begin(), vocabulary.han.end());
  return last;
}

}  // namespace

Status refill_token_vocabulary(Conn& conn) {
  KANBAO_TRY(conn.exec("DELETE FROM library_tokens"));
  // The tokenizer's tokens only: Han trigrams are not expanded into (pg_tokens.h).
  return conn.exec(
      "INSERT INTO library_tokens(t)"
      " SELECT DISTINCT t FROM articles, unnest(tokens) AS u(t) WHERE left(t, 1) <> $1",
      {param(std::string(1, kTrigramMark))});
}

Status bring_search_index_up_to_date(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(std::optional<std::string> stamp, meta(conn, "search_index"));
  if (stamp == search_index_stamp()) return Status::Ok();
  std::set<std::string> han;
  for (std::int64_t done = 0;;) {
    KANBAO_ASSIGN_OR_RETURN(std::int64_t last, retokenize_batch(conn, done, han));
    if (last == done) break;
    done = last;
  }
  KANBAO_TRY(conn.exec("DELETE FROM library_han"));
  if (!han.empty()) {
    KANBAO_TRY(conn.exec("INSERT INTO library_han(c) SELECT unnest($1::text[])",
                         {text_array(std::vector<std::string>(han.begin(), han.end()))}));
  }
  KANBAO_TRY(refill_token_vocabulary(conn));
  return conn.exec(
      "INSERT INTO kanbao_meta(key, value) VALUES ('search_index', $1)"
      " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      {param(search_index_stamp())});
}

}  // namespace kanbao::store::pg
