// SPDX-License-Identifier: MIT
// The parser note on PostgreSQL (store/parser_note.h): its record written,
// and the files counted without one.
#include <string>
#include <string_view>

#include "store/parser_note.h"
#include "store/pg/pg_library.h"
#include "store/pg/pg_writer.h"

namespace kanbao::store::pg {
namespace {

// A file another parser read: its stamp (files.hash) does not end in this
// parser's suffix, bound as $1. The record's count and the count made
// without a record both use it, so they cannot differ.
constexpr std::string_view kStampedOtherwise = "right(hash, length($1)) <> $1";

}  // namespace

Status PgIndexWriter::note_parser(int version, const std::string& suffix) {
  // One statement: the count and the value it gives cannot be apart.
  return conn_.exec(
      "INSERT INTO kanbao_meta(key, value) SELECT $2, $3 || ' ' || count(*) FILTER (WHERE " +
          std::string(kStampedOtherwise) +
          ") || ' ' || count(*) FROM files ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      {param(suffix), param(std::string(kParsedByKey)), param(std::to_string(version))});
}

Result<std::int64_t> PgLibrary::files_stamped_otherwise(const std::string& suffix) {
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows,
      conn_.query("SELECT count(*) FROM files WHERE " + std::string(kStampedOtherwise), {param(suffix)}));
  return rows.int64(0, 0);
}

}  // namespace kanbao::store::pg
