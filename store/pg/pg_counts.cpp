// SPDX-License-Identifier: MIT
#include "store/pg/pg_counts.h"

namespace kanbao::store::pg {
namespace {

// Held by the writer folding library_counts, until its transaction ends.
constexpr std::int64_t kCountsLock = 0x4B4E424F00000003;

}  // namespace

Result<LibraryCounts> library_counts(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows,
      conn.query("SELECT coalesce(sum(articles), 0), coalesce(sum(tokens), 0) FROM library_counts"));
  return LibraryCounts{rows.int64(0, 0), rows.int64(0, 1)};
}

Status compact_counts(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn));
  KANBAO_ASSIGN_OR_RETURN(Rows locked,
                          conn.query("SELECT pg_try_advisory_xact_lock($1)", {param(kCountsLock)}));
  if (locked.text(0, 0) != "t") return Status::Ok();  // another writer is folding them
  // The rows this statement sees become one: rows other writers add
  // meanwhile are not seen, so not deleted, and still count.
  KANBAO_TRY(
      conn.exec("WITH gone AS (DELETE FROM library_counts RETURNING articles, tokens)"
                " INSERT INTO library_counts(articles, tokens)"
                " SELECT coalesce(sum(articles), 0), coalesce(sum(tokens), 0) FROM gone"));
  return tx.commit();
}

}  // namespace kanbao::store::pg
