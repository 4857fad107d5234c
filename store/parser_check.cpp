// SPDX-License-Identifier: MIT
// The parser note on SQLite (store/parser_note.h): its record written and
// read; Library::files_to_read_again on both backends.
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

Result<std::optional<std::string>> sqlite_meta(sql::Db& db, const std::string& key) {
  KANBAO_ASSIGN_OR_RETURN(auto select, db.prepare("SELECT value FROM meta WHERE key = ?1"));
  select.bind(1, key);
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
                          backend ? backend->meta(kParsedByKey) : sqlite_meta(impl_->db, kParsedByKey));
  if (const auto recorded = recorded_files_to_read_again(value)) return *recorded;
  // Nothing recorded: a library an older kanbao indexed, or an empty one.
  return backend ? backend->files_stamped_otherwise(parser_suffix())
                 : sqlite_files_stamped_otherwise(impl_->db, parser_suffix());
}

}  // namespace kanbao::store
