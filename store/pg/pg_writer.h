// SPDX-License-Identifier: MIT
// The PostgreSQL backend's writes for store/index_run.h: each file in its own
// transaction under an advisory lock on its path, so two indexers (on two
// machines) never store one file twice. Internal to store/.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "corpus/article.h"
#include "store/file_reader.h"
#include "store/indexer.h"
#include "store/pg/conn.h"

namespace kanbao::store::pg {

class PgIndexWriter {
 public:
  explicit PgIndexWriter(Conn& conn) : conn_(conn) {}

  Result<std::optional<FileRecord>> lookup(const std::string& path);
  Status touch(std::int64_t file_id, const FileStat& stat);
  Result<std::int64_t> replace(const std::string& path, const FileStat& stat, const std::string& hash,
                               const std::string& encoding, const corpus::Page& page);
  Result<std::int64_t> remove(std::int64_t file_id);
  Result<std::vector<std::pair<std::int64_t, std::string>>> files_under(const std::string& prefix);
  // Nothing to prune: districts and people are columns of the articles.
  Status prune() { return Status::Ok(); }

 private:
  // Adds the article's Han characters to `han`, for library_han.
  Status insert_article(std::int64_t file_id, const corpus::PageOrigin& origin, const corpus::Article& a,
                        std::set<std::string>& han);
  Conn& conn_;
};

}  // namespace kanbao::store::pg
