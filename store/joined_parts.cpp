// SPDX-License-Identifier: MIT
// IndexWriter::joined_part_files (file_writer.h states the contract).
#include "store/indexer.h"

namespace kanbao::store {

Result<std::vector<std::string>> IndexWriter::joined_part_files() {
  // Joined parts are few: the partial index articles_joined holds them.
  KANBAO_ASSIGN_OR_RETURN(auto parts, db_->prepare("SELECT f.path FROM articles a JOIN files f ON f.id = "
                                                   "a.file_id WHERE a.joined_to IS NOT NULL"));
  std::vector<std::string> out;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto row, parts.step());
    if (!row) break;
    out.push_back(parts.text(0));
  }
  return out;
}

}  // namespace kanbao::store
