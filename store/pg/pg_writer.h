// SPDX-License-Identifier: MIT
// The FileWriter of PostgreSQL libraries (store/file_writer.h): each file in its own
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
#include "store/file_writer.h"
#include "store/pg/conn.h"
#include "store/pg/pg_tokens.h"

namespace kanbao::store::pg {

class PgIndexWriter final : public FileWriter {
 public:
  explicit PgIndexWriter(Conn& conn) : conn_(conn) {}

  Result<std::optional<FileRecord>> lookup(const std::string& path) override;
  Status touch(std::int64_t file_id, const FileStat& stat) override;
  Result<std::int64_t> remove(std::int64_t file_id) override;
  Result<std::vector<std::pair<std::int64_t, std::string>>> files_under(const std::string& prefix) override;
  // Nothing to prune: districts and people are columns of the articles.
  Status prune() override { return Status::Ok(); }

 private:
  Result<std::int64_t> store_page(const std::string& path, const FileStat& stat, const std::string& hash,
                                  const std::string& encoding, const corpus::Page& page,
                                  const std::vector<std::int64_t>* ids) override;
  // Stores the page's articles (replace() has emptied the file), with the
  // ids `ids` when not nullptr.
  Status insert_articles(std::int64_t file_id, const corpus::Page& page,
                         const std::vector<std::int64_t>* ids);
  // Stores one article (as `kept_id` when given); returns its id. Adds the
  // article's Han characters and tokens to `vocabulary`.
  Result<std::int64_t> insert_article(std::int64_t file_id, const corpus::PageOrigin& origin,
                                      const corpus::Article& a, std::optional<std::int64_t> kept_id,
                                      NewVocabulary& vocabulary);
  Conn& conn_;
};

}  // namespace kanbao::store::pg
