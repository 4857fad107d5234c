// SPDX-License-Identifier: MIT
// The PostgreSQL backend of store::Library. Internal to store/.
//
// One database holds one library (tables kanbao_meta, files, articles,
// library_han). Each article row keeps its fields, its folded title (for the
// title filter) and its search tokens - the same tokens the SQLite index
// holds (store/tokenizer.h), as ids (pg_tokens.h) - in a GIN-indexed int8[] column: a query's
// literal terms select candidates by containment, and every candidate is
// verified in C++ by the code SQLite's search uses (store/snippet.h), so a
// query means the same on both. Readers run in read-only transactions;
// writers take a transaction-scoped advisory lock per file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "base/result.h"
#include "store/backend.h"
#include "store/issue_pages.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/pg/conn.h"

namespace kanbao::store::pg {

struct Opened {
  LibraryIdentity identity;
  std::unique_ptr<LibraryBackend> backend;
};

// Connects to `uri` and checks (kReadOnly) or creates and checks
// (kReadWrite) the schema. `impl` outlives the backend and gives it the
// gazetteer and papers the Library is set up with.
Result<Opened> open_library(const std::string& uri, OpenMode mode, const Library::Impl& impl);

class PgLibrary final : public LibraryBackend {
 public:
  PgLibrary(Conn conn, OpenMode mode, const Library::Impl& impl)
      : conn_(std::move(conn)), mode_(mode), impl_(impl) {}

  Result<IndexReport> index(const std::vector<std::string>& paths, const IndexOptions& options,
                            const ProgressFn& progress) override;                     // pg_writer.cpp
  Result<std::vector<DistrictRow>> districts(const corpus::Papers* papers) override;  // pg_overview.cpp
  Result<std::vector<PaperRow>> papers() override;                                    // pg_overview.cpp
  Result<std::vector<std::string>> paper_names() override;                            // pg_overview.cpp
  Result<std::optional<Issue>> issue(const std::string& paper, const StoredDate& date) override;
  Result<std::optional<StoredDate>> adjacent_issue(const std::string& paper, const StoredDate& date,
                                                   int direction) override;
  Result<std::optional<SourceText>> source(std::int64_t id) override;  // pg_article.cpp
  Result<std::int64_t> count(const ListQuery& query) override;         // pg_listing.cpp
  Result<ListPage> list(const ListQuery& query) override;              // pg_listing.cpp
  Result<std::optional<std::int64_t>> position(const ListQuery& query, std::int64_t id) override;
  Result<std::optional<Article>> article(std::int64_t id) override;  // pg_article.cpp
  Result<SearchPage> search(const SearchRequest& request) override;  // pg_search.cpp
  Result<ArticleMatches> matches(std::int64_t id, const std::string& query) override;
  std::unique_ptr<PageReader> page_reader() override;                                // pg_pages.cpp
  Result<std::unique_ptr<FileWriter>> file_writer() override;                        // pg_pages.cpp
  Result<std::optional<std::string>> meta(const std::string& key) override;          // pg_pages.cpp
  Status set_meta(const std::string& key, const std::string& value) override;        // pg_pages.cpp
  Result<std::optional<std::string>> parser_note() override;                         // pg_parser_note.cpp
  Result<std::int64_t> files_stamped_otherwise(const std::string& suffix) override;  // pg_parser_note.cpp

 private:
  // The parts printed in `paper`'s issue of the date `key` joined to an
  // article, with their heads (Library::issue).
  Result<std::vector<PartRow>> issue_parts(const std::string& paper, const std::string& key);

  Conn conn_;
  OpenMode mode_;
  const Library::Impl& impl_;
};

// The article columns every read selects, in the order read_row() expects.
inline constexpr const char* kRowColumns =
    "a.id, a.district, a.date_year, a.date_month, a.date_day, a.title, a.subtitle, f.path, a.first_line,"
    " a.last_line, a.pub_year, a.pub_month, a.pub_day, a.paper, a.page, a.page_name, a.kicker, a.position,"
    " a.reporters, a.correspondents";
inline constexpr int kRowColumnCount = 20;
inline constexpr const char* kRowFrom = " FROM articles a JOIN files f ON f.id = a.file_id";

// The ArticleRow (people included) of row `row` of `rows`; `pages` holds
// its own page only (read_pages() adds its parts').
ArticleRow read_row(const Rows& rows, int row);

// The pages of the parts joined to the articles `ids` (those article()
// reads as one), in the order they were joined: one query.
Result<std::vector<PartPage>> part_pages(Conn& conn, const std::vector<std::int64_t>& ids);

// Sets the `pages` of every row (an ArticleRow or a SearchHit): its own,
// then its parts' (set_pages).
template <typename Row>
Status read_pages(Conn& conn, std::vector<Row>& rows) {
  KANBAO_ASSIGN_OR_RETURN(const std::vector<PartPage> parts, part_pages(conn, ids_of(rows)));
  set_pages(rows, parts);
  return Status::Ok();
}

}  // namespace kanbao::store::pg
