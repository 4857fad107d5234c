// SPDX-License-Identifier: MIT
// IndexWriter::joined_parts (file_writer.h states the contract).
#include "store/indexer.h"

namespace kanbao::store {

Result<std::vector<std::pair<std::string, int>>> IndexWriter::joined_parts() {
  // Joined parts are few: the partial index articles_joined holds them.
  KANBAO_ASSIGN_OR_RETURN(auto parts, db_->prepare("SELECT f.path, a.position FROM articles a JOIN files f "
                                                   "ON f.id = a.file_id WHERE a.joined_to IS NOT NULL"));
  std::vector<std::pair<std::string, int>> out;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto row, parts.step());
    if (!row) break;
    out.emplace_back(parts.text(0), static_cast<int>(parts.int64(1)));
  }
  return out;
}

}  // namespace kanbao::store
