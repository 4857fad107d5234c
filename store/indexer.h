// SPDX-License-Identifier: MIT
// The indexer's writes: one short IMMEDIATE transaction per file, with the
// statements prepared once per indexing run. Internal to store/; driven by
// Library::index (library_index.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "corpus/article.h"
#include "store/continuation_rules.h"
#include "store/file_reader.h"
#include "store/file_writer.h"
#include "store/search_index.h"
#include "store/sqlite.h"

namespace kanbao::store {

// The FileWriter of SQLite libraries (file_writer.h states the contract).
class IndexWriter final : public FileWriter {
 public:
  static Result<IndexWriter> prepare(sql::Db& db);

  Result<std::optional<FileRecord>> lookup(const std::string& path) override;
  Status touch(std::int64_t file_id, const FileStat& stat) override;
  Result<std::int64_t> remove(std::int64_t file_id) override;
  Result<std::vector<std::pair<std::int64_t, std::string>>> files_under(const std::string& prefix) override;
  // Drops people and districts no article refers to any more.
  Status prune() override;
  Status note_parser(int version, const std::string& suffix) override;
  // In joined_parts.cpp.
  Result<std::vector<std::pair<std::string, int>>> joined_parts() override;

 private:
  IndexWriter(sql::Db& db, SearchIndexWriter search) : db_(&db), search_(std::move(search)) {}
  // Inside a transaction. Records each deleted article's id under its
  // position in `ids` unless that is nullptr.
  Result<std::int64_t> delete_articles(std::int64_t file_id, std::map<int, std::int64_t>* ids);
  Result<Replaced> store_page(const std::string& path, const FileStat& stat, const std::string& hash,
                              const std::string& encoding, const corpus::Page& page,
                              const std::vector<std::int64_t>* ids) override;
  Result<std::int64_t> id_for(sql::Statement& insert, sql::Statement& select, const std::string& name);
  // Inserts the row of file `path` (a new one when `file_id` is empty, else
  // rewrites that one) for `page`: its id.
  Result<std::int64_t> write_file_row(const std::string& path, const FileStat& stat, const std::string& hash,
                                      const std::string& encoding, const corpus::Page& page,
                                      std::optional<std::int64_t> file_id);
  // Inserts the articles of `page` (with their districts and people) and
  // joins their continuations; `ids` (when not nullptr) are the ids they
  // keep, one per article, 0 for a new one.
  Status insert_articles(std::int64_t file_id, const corpus::Page& page,
                         const std::vector<std::int64_t>* ids);
  Result<std::int64_t> insert_article(std::int64_t file_id, std::optional<std::int64_t> district_id,
                                      const corpus::PageOrigin& origin, const corpus::Article& a,
                                      std::optional<std::int64_t> kept_id);
  // Binds every parameter of insert_article_ for article `a` (text: its
  // indexed text; id: the id it keeps, nullopt for a new one).
  void bind_article(std::int64_t file_id, std::optional<std::int64_t> district_id,
                    const corpus::PageOrigin& origin, const corpus::Article& a, const IndexedText& text,
                    std::optional<std::int64_t> id);
  // Links `names` to the article in `role` ("reporter", "correspondent"), in order.
  Status add_people(std::int64_t article_id, const std::vector<std::string>& names, std::string_view role);
  // Joins the continuations (下转/上接) among the new articles `ids` with
  // their other parts in the same issue (continuations.cpp).
  Status join_continuations(const std::vector<std::int64_t>& ids);

  sql::Db* db_;
  SearchIndexWriter search_;
  sql::Statement lookup_file_, insert_file_, update_file_, touch_file_, delete_file_;
  sql::Statement file_articles_, delete_file_articles_;
  sql::Statement insert_district_, select_district_, insert_person_, select_person_;
  sql::Statement insert_article_, insert_article_person_;
  sql::Statement files_from_, files_all_;
};

// Reads, joins and separates the parts of continued articles inside the
// indexer's transaction, keeping the full-text index in step. Internal to
// store/ (continuations.cpp).
namespace continuations {

// An article's indexed text and how many of its paragraphs are its own
// (-1: nothing joined to it).
struct Row {
  IndexedText text;
  int own_paragraphs = -1;
};
Result<Row> read(sql::Db& db, std::int64_t id);

// Joins part `tail` (上接) onto `head` (下转): the head's body gets the
// tail's paragraphs, the tail leaves the full-text index.
Status join(sql::Db& db, SearchIndexWriter& search, std::int64_t head, std::int64_t tail);

// Joins each of the articles `ids` printed in full on other pages of its
// issue with its copies there (reprints.cpp; continuation_rules.h,
// Reprint): the copy on the earliest page is kept, the others leave lists
// and the full-text index. The articles of file `leaving_file` (0: none),
// which is going away, are no one's copy.
Status join_reprints(sql::Db& db, SearchIndexWriter& search, const std::vector<std::int64_t>& ids,
                     std::int64_t leaving_file = 0);

// Before the rows of file `file_id` go: heads elsewhere lose the parts this
// file holds, and parts elsewhere whose head is here stand alone again.
Status separate(sql::Db& db, SearchIndexWriter& search, std::int64_t file_id);

// best_match: continuation_rules.h.

}  // namespace continuations

}  // namespace kanbao::store
