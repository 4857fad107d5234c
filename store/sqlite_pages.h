// SPDX-License-Identifier: MIT
// The PageReader (stored_pages.h) of SQLite libraries. Internal to store/.
#pragma once

#include "store/sqlite.h"
#include "store/stored_pages.h"

namespace kanbao::store {

class SqlitePageReader final : public PageReader {
 public:
  // `db` outlives the reader.
  explicit SqlitePageReader(sql::Db& db) : db_(db) {}
  Result<std::vector<StoredFile>> files_after(std::int64_t after, int limit) override;
  Result<FileTotals> totals() override;
  Result<StoredPage> page(const StoredFile& file) override;

 private:
  // Fills the reporters and correspondents of `articles` (ids in order).
  Status add_people(std::int64_t file_id, std::vector<StoredArticle>& articles);
  sql::Db& db_;
};

}  // namespace kanbao::store
