// SPDX-License-Identifier: MIT
// The parser note on SQLite (store/parser_note.h): its record written, kept
// true, and read; Library::files_to_read_again on both backends.
#include <optional>
#include <string>
#include <string_view>

#include "store/file_reader.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/parser_note.h"

namespace kanbao::store {
namespace {

// A file another parser read: its stamp (files.hash) does not end in this
// parser's suffix, bound as ?1. The record's count and the count made
// without a record both use it, so they cannot differ.
constexpr std::string_view kStampedOtherwise = "substr(hash, -length(?1)) <> ?1";

// The triggers that delete the record on any write that may change what it
// counts: a file added, removed, or stamped again. The database runs them
// for every writer, a kanbao that knows nothing of the record included.
struct Guard {
  const char* name;
  const char* event;
};
constexpr Guard kGuards[] = {
    {"files_void_parser_note_insert", "INSERT"},
    {"files_void_parser_note_update", "UPDATE OF hash"},
    {"files_void_parser_note_delete", "DELETE"},
};

// SQL true when every trigger of kGuards stands.
std::string guards_stand() {
  std::string names;
  for (const Guard& g : kGuards) names += std::string(names.empty() ? "'" : ", '") + g.name + "'";
  return "(SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'files' AND name IN (" +
         names + ")) = " + std::to_string(std::size(kGuards));
}

// The record, unless one of its triggers is missing (dropped since): then
// nullopt.
Result<std::optional<std::string>> guarded_record(sql::Db& db) {
  KANBAO_ASSIGN_OR_RETURN(auto select,
                          db.prepare("SELECT value FROM meta WHERE key = ?1 AND " + guards_stand()));
  select.bind(1, std::string(kParsedByKey));
  KANBAO_ASSIGN_OR_RETURN(const bool row, select.step());
  return row ? std::optional<std::string>(select.text(0)) : std::nullopt;
}

Result<std::int64_t> sqlite_files_stamped_otherwise(sql::Db& db, const std::string& suffix) {
  KANBAO_ASSIGN_OR_RETURN(auto count,
                          db.prepare("SELECT count(*) FROM files WHERE " + std::string(kStampedOtherwise)));
  count.bind(1, suffix);
  KANBAO_ASSIGN_OR_RETURN(const bool row, count.step());
  return row ? count.int64(0) : 0;
}

}  // namespace

Status guard_parser_note(sql::Db& db) {
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t standing, db.single_int("SELECT " + guards_stand()));
  if (standing != 0) return Status::Ok();
  KANBAO_ASSIGN_OR_RETURN(auto tx, sql::Transaction::begin(db));
  for (const Guard& g : kGuards) {
    const std::string create = std::string("CREATE TRIGGER IF NOT EXISTS ") + g.name + " AFTER " + g.event +
                               " ON files BEGIN DELETE FROM meta WHERE key = '" + kParsedByKey + "'; END";
    KANBAO_TRY(db.exec(create.c_str()));
  }
  // A record older than its triggers may be stale already: it goes with them.
  const std::string forget = std::string("DELETE FROM meta WHERE key = '") + kParsedByKey + "'";
  KANBAO_TRY(db.exec(forget.c_str()));
  return tx.commit();
}

Status write_parser_note(sql::Db& db, int version, const std::string& suffix) {
  // One statement: the count and the value it gives cannot be apart.
  KANBAO_ASSIGN_OR_RETURN(
      auto write, db.prepare("INSERT INTO meta(key, value) SELECT ?2, ?3 || ' ' || count(*) FILTER (WHERE " +
                             std::string(kStampedOtherwise) +
                             ") || ' ' || count(*) FROM files WHERE true"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
  write.bind(1, suffix).bind(2, std::string(kParsedByKey)).bind(3, std::to_string(version));
  return write.run();
}

Result<std::int64_t> Library::files_to_read_again() {
  LibraryBackend* backend = impl_->backend.get();
  KANBAO_ASSIGN_OR_RETURN(const std::optional<std::string> value,
                          backend ? backend->parser_note() : guarded_record(impl_->db));
  if (const auto recorded = recorded_files_to_read_again(value)) return *recorded;
  // Nothing (true) recorded: a library an older kanbao indexed or wrote to
  // since, or an empty one.
  return backend ? backend->files_stamped_otherwise(parser_suffix())
                 : sqlite_files_stamped_otherwise(impl_->db, parser_suffix());
}

}  // namespace kanbao::store
