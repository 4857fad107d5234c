// SPDX-License-Identifier: MIT
// Library::files_to_read_again (store/parser_note.h).
#include <optional>
#include <string>

#include "store/file_reader.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/parser_note.h"

namespace kanbao::store {
namespace {

Result<std::optional<std::string>> sqlite_meta(sql::Db& db, const std::string& key) {
  KANBAO_ASSIGN_OR_RETURN(auto select, db.prepare("SELECT value FROM meta WHERE key = ?1"));
  select.bind(1, key);
  KANBAO_ASSIGN_OR_RETURN(const bool row, select.step());
  return row ? std::optional<std::string>(select.text(0)) : std::nullopt;
}

Result<std::int64_t> sqlite_files_stamped_otherwise(sql::Db& db, const std::string& suffix) {
  KANBAO_ASSIGN_OR_RETURN(auto count,
                          db.prepare("SELECT count(*) FROM files WHERE substr(hash, -length(?1)) <> ?1"));
  count.bind(1, suffix);
  KANBAO_ASSIGN_OR_RETURN(const bool row, count.step());
  return row ? count.int64(0) : 0;
}

}  // namespace

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
