// SPDX-License-Identifier: MIT
// The PageReader (store/stored_pages.h) of PostgreSQL libraries. Internal to store/.
#pragma once

#include "store/pg/conn.h"
#include "store/stored_pages.h"

namespace kanbao::store::pg {

class PgPageReader final : public PageReader {
 public:
  // `conn` outlives the reader.
  explicit PgPageReader(Conn& conn) : conn_(conn) {}
  Result<std::vector<StoredFile>> files_after(std::int64_t after, int limit) override;
  Result<FileTotals> totals() override;
  // One read-only transaction per page: its rows from one snapshot.
  Result<StoredPage> page(const StoredFile& file) override;

 private:
  Conn& conn_;
};

}  // namespace kanbao::store::pg
