// SPDX-License-Identifier: MIT
// The parser note on PostgreSQL (store/parser_note.h): its record written,
// kept true, and read.
#include <string>
#include <string_view>

#include "store/parser_note.h"
#include "store/pg/pg_library.h"
#include "store/pg/pg_schema.h"
#include "store/pg/pg_writer.h"

namespace kanbao::store::pg {
namespace {

// A file another parser read: its stamp (files.hash) does not end in this
// parser's suffix, bound as $1. The record's count and the count made
// without a record both use it, so they cannot differ.
constexpr std::string_view kStampedOtherwise = "right(hash, length($1)) <> $1";

// The trigger that deletes the record on any write that may change what it
// counts: a file added, removed, or stamped again. The server runs it for
// every writer, a kanbao that knows nothing of the record included. It runs
// as its transaction commits (a deferred constraint trigger): the record's
// row is then locked by a writer only once the writer has done everything
// else, so two indexers, each waiting for the other's rows of a shared
// issue, never also wait for one another here.
constexpr const char* kGuard = "files_void_parser_note";

}  // namespace

Status guard_parser_note(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(Rows found, conn.query("SELECT 1 FROM pg_trigger WHERE tgrelid = 'files'::regclass"
                                                 " AND tgname = $1",
                                                 {param(kGuard)}));
  if (found.size() > 0) return Status::Ok();
  // A record older than its trigger may be stale already: it goes with it.
  KANBAO_TRY(conn.exec("DELETE FROM kanbao_meta WHERE key = $1", {param(std::string(kParsedByKey))}));
  return conn.exec(
      std::string("CREATE OR REPLACE FUNCTION kanbao_void_parser_note() RETURNS trigger LANGUAGE plpgsql"
                  // Run by every writer: the library's schema, whatever the writer's search_path.
                  " SET search_path FROM CURRENT AS $$\n"
                  "BEGIN\n  DELETE FROM kanbao_meta WHERE key = '") +
      kParsedByKey + "';\n  RETURN NULL;\nEND\n$$;\nCREATE CONSTRAINT TRIGGER " + kGuard +
      " AFTER INSERT OR DELETE OR UPDATE OF hash ON files DEFERRABLE INITIALLY DEFERRED"
      " FOR EACH ROW EXECUTE FUNCTION kanbao_void_parser_note()");
}

Status PgIndexWriter::note_parser(int version, const std::string& suffix) {
  // Another indexer's file transaction under way would commit unseen by the
  // count, and its deferred trigger would find no record yet to delete:
  // SHARE mode waits for such transactions and holds new ones off until
  // this one commits. One statement: the count and the value it gives
  // cannot be apart.
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_));
  KANBAO_TRY(conn_.exec("LOCK TABLE files IN SHARE MODE"));
  KANBAO_TRY(
      conn_.exec("INSERT INTO kanbao_meta(key, value) SELECT $2, $3 || ' ' || count(*) FILTER (WHERE " +
                     std::string(kStampedOtherwise) +
                     ") || ' ' || count(*) FROM files ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 {param(suffix), param(std::string(kParsedByKey)), param(std::to_string(version))}));
  return tx.commit();
}

Result<std::optional<std::string>> PgLibrary::parser_note() {
  // The record only while its trigger stands and runs (not dropped or
  // disabled since).
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows, conn_.query("SELECT value FROM kanbao_meta WHERE key = $1 AND EXISTS (SELECT FROM pg_trigger"
                             " WHERE tgrelid = 'files'::regclass AND tgname = $2 AND tgenabled <> 'D')",
                             {param(std::string(kParsedByKey)), param(kGuard)}));
  if (rows.size() == 0) return std::optional<std::string>();
  return std::optional<std::string>(rows.text(0, 0));
}

Result<std::int64_t> PgLibrary::files_stamped_otherwise(const std::string& suffix) {
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows,
      conn_.query("SELECT count(*) FROM files WHERE " + std::string(kStampedOtherwise), {param(suffix)}));
  return rows.int64(0, 0);
}

}  // namespace kanbao::store::pg
