// SPDX-License-Identifier: MIT
// Library::files_to_read_again (store/parser_note.h).
#include <optional>
#include <string>

#include "store/library.h"
#include "store/library_impl.h"
#include "store/parser_note.h"

namespace kanbao::store {

Result<std::int64_t> Library::files_to_read_again() {
  if (impl_->backend) {
    KANBAO_ASSIGN_OR_RETURN(const std::optional<std::string> value, impl_->backend->meta(kParsedByKey));
    return store::files_to_read_again(value);
  }
  KANBAO_ASSIGN_OR_RETURN(auto select, impl_->db.prepare("SELECT value FROM meta WHERE key = ?1"));
  select.bind(1, std::string(kParsedByKey));
  KANBAO_ASSIGN_OR_RETURN(const bool row, select.step());
  return store::files_to_read_again(row ? std::optional<std::string>(select.text(0)) : std::nullopt);
}

}  // namespace kanbao::store
