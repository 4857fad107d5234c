// SPDX-License-Identifier: MIT
// A library kept outside a SQLite file: the operations of store::Library
// that a server backend (PostgreSQL, store/pg/) implements. Internal to
// store/.
//
// Library::open chooses by the location (store/location.h): a path opens the
// SQLite code as it always has; a server URI creates a LibraryBackend, and
// every Library operation hands over to it (library_impl.h: Impl::backend).
// What the backends share - query parsing, folding, tokens, pinyin,
// matching, snippets, the page parser and the incremental indexing rules
// (store/index_run.h) - lives outside both.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/file_writer.h"
#include "store/library.h"
#include "store/stored_pages.h"

namespace kanbao::store {

class LibraryBackend {
 public:
  virtual ~LibraryBackend() = default;

  virtual Result<IndexReport> index(const std::vector<std::string>& paths, const IndexOptions& options,
                                    const ProgressFn& progress) = 0;
  virtual Result<std::vector<DistrictRow>> districts(const corpus::Papers* papers) = 0;
  virtual Result<std::vector<PaperRow>> papers() = 0;
  virtual Result<std::vector<std::string>> paper_names() = 0;
  virtual Result<std::optional<Issue>> issue(const std::string& paper, const StoredDate& date) = 0;
  virtual Result<std::optional<StoredDate>> adjacent_issue(const std::string& paper, const StoredDate& date,
                                                           int direction) = 0;
  virtual Result<std::optional<SourceText>> source(std::int64_t id) = 0;
  virtual Result<std::int64_t> count(const ListQuery& query) = 0;
  virtual Result<ListPage> list(const ListQuery& query) = 0;
  virtual Result<std::optional<std::int64_t>> position(const ListQuery& query, std::int64_t id) = 0;
  virtual Result<std::optional<Article>> article(std::int64_t id) = 0;
  virtual Result<SearchPage> search(const SearchRequest& request) = 0;
  virtual Result<ArticleMatches> matches(std::int64_t id, const std::string& query) = 0;

  // For Library::import_from (library_import.cpp): the stored pages, the
  // writer (read-write only), and the library's meta values (nullopt: none;
  // set_meta with "" removes the key).
  virtual std::unique_ptr<PageReader> page_reader() = 0;
  virtual Result<std::unique_ptr<FileWriter>> file_writer() = 0;
  virtual Result<std::optional<std::string>> meta(const std::string& key) = 0;
  virtual Status set_meta(const std::string& key, const std::string& value) = 0;

  // For Library::files_to_read_again (parser_check.cpp): the parser note's
  // record while it is kept true (store/parser_note.h), else nullopt; and
  // how many files' stamps do not end in `suffix` (another parser's),
  // counted anew.
  virtual Result<std::optional<std::string>> parser_note() = 0;
  virtual Result<std::int64_t> files_stamped_otherwise(const std::string& suffix) = 0;
};

}  // namespace kanbao::store
