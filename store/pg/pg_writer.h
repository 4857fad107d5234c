// SPDX-License-Identifier: MIT
// The FileWriter of PostgreSQL libraries (store/file_writer.h): each file in its own
// transaction under an advisory lock on its path, so two indexers (on two
// machines) never store one file twice. Internal to store/.
#pragma once

#include <cstdint>
#include <map>
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
  Status note_parser(int version, const std::string& suffix) override;
  Result<std::vector<std::pair<std::string, int>>> joined_parts() override;

 private:
  Result<Replaced> store_page(const std::string& path, const FileStat& stat, const std::string& hash,
                              const std::string& encoding, const corpus::Page& page,
                              const std::vector<std::int64_t>* ids) override;
  // Stores the page's articles (replace() has emptied the file) with the
  // ids `kept`, one per article (0: a new id), and what of `vocabulary`
  // (filled with the page's) is not known to be stored.
  Status insert_articles(std::int64_t file_id, const corpus::Page& page,
                         const std::vector<std::int64_t>& kept, NewVocabulary& vocabulary);

  // The vocabulary entries this writer has seen committed (pg_tokens.h):
  // once a page's transaction commits, every entry of its vocabulary is in
  // library_han and library_tokens, and only a rebuild of the search index
  // (pg_reindex.h, by a kanbao of another build) ever deletes any. So they
  // need not be sent again: asking the server about every token of every
  // page took 40% of its indexing time. A page's vocabulary holds only the
  // entries not known here.
  KnownVocabulary known_;
  // After each transaction: library_counts folded every kCompactEvery
  // (pg_counts.h), so that it holds a few hundred rows at most.
  Status committed();
  static constexpr int kCompactEvery = 200;

  Conn& conn_;
  int transactions_ = 0;
};

}  // namespace kanbao::store::pg
