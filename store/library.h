// SPDX-License-Identifier: MIT
// kanbao's library: one SQLite file holding the indexed articles.
//
// This is the only public interface of the store module. Nothing outside
// store/ sees SQL or sqlite3.h. A Library is not thread-safe; open one per
// thread. Many processes may open the same file: readers never block on the
// indexer (WAL mode).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "corpus/gazetteer.h"

namespace kanbao::store {

enum class OpenMode {
  kReadOnly,   // browse and search; fails if the file does not exist
  kReadWrite,  // index; creates the file (and its directory) if missing
};

// A date as stored: year 0 = unknown year; month 0 = no date at all.
struct StoredDate {
  int year = 0, month = 0, day = 0;
  bool known() const { return month != 0; }
  // "YYYY-MM-DD", "--MM-DD", or "" when unknown.
  std::string str() const;
  friend bool operator==(const StoredDate&, const StoredDate&) = default;
};

struct ArticleRow {
  std::int64_t id = 0;
  std::string district;  // canonical name, "" if unknown
  StoredDate date;
  std::string title;
  std::string subtitle;
  std::vector<std::string> reporters;
  std::vector<std::string> correspondents;
  std::string source;  // "path:first_line-last_line"
};

struct Article : ArticleRow {
  std::string byline;
  bool photo_credit = false;
  std::vector<std::string> paragraphs;
  std::string path;     // source file path as indexed
  int first_line = 0;   // source line range
  int last_line = 0;
  int position = 0;     // index on the page
};

struct MonthCount {
  int year = 0;   // 0 when unknown
  int month = 0;  // 1..12
  std::int64_t articles = 0;
};

struct DistrictRow {
  std::string name;  // "" collects articles whose district is unknown
  std::int64_t articles = 0;
  StoredDate first_date, last_date;  // over articles with a known date
  std::vector<MonthCount> months;    // ascending, only months with articles
};

// ---- Listing (keyset paging; never OFFSET) ----

enum class ListSort { kDateNewestFirst, kTitle };

// Opaque position in a listing: the sort key of a row plus its id.
struct ListCursor {
  std::string key;
  std::int64_t id = 0;
  friend bool operator==(const ListCursor&, const ListCursor&) = default;
};

struct ListQuery {
  std::optional<std::string> district;  // canonical name or alias; nullopt = all
  ListSort sort = ListSort::kDateNewestFirst;
  std::string title_filter;             // case-insensitive substring of title or subtitle; "" = all
  std::optional<ListCursor> after;      // rows strictly after this cursor in sort order
  std::optional<ListCursor> before;     // or: rows strictly before it (returned in sort order)
  bool from_end = false;                // with no cursor: the last `limit` rows
  int limit = 100;                      // 0 = no limit
};

struct ListPage {
  std::vector<ArticleRow> rows;
  std::vector<ListCursor> cursors;  // cursors[i] is the cursor of rows[i]
};

// ---- Indexing ----

struct IndexOptions {
  std::optional<int> year;  // `index --year`
  bool rebuild = false;     // drop every article and re-parse everything
};

struct SkippedFile {
  std::string path;
  std::string reason;
};

struct IndexReport {
  int files_seen = 0;
  int files_unchanged = 0;  // skipped by size+mtime (or identical hash)
  int files_indexed = 0;    // new or changed files parsed
  int files_removed = 0;    // vanished from an indexed folder
  std::int64_t articles_added = 0;
  std::int64_t articles_removed = 0;
  std::vector<SkippedFile> skipped;   // not text, unreadable, ...
  std::vector<std::string> warnings;  // "path: replaced 3 invalid byte sequences", ...
};

struct IndexProgress {
  int files_done = 0;
  int files_total = 0;
  std::int64_t bytes_done = 0;
  std::int64_t bytes_total = 0;
  std::int64_t articles = 0;
};
using ProgressFn = std::function<void(const IndexProgress&)>;

// ---- Search ----

struct Span {
  std::size_t begin = 0;  // byte offsets into the text they refer to
  std::size_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

struct SearchCursor {
  int tier = 0;         // 0: literal match, 1: pinyin-only match
  double score = 0;     // lower is better: bm25 as SQLite reports it, or for
                        // a broad search 0 (title tier) or 1 (the rest)
  std::string date_key;
  std::int64_t id = 0;
};

struct SearchRequest {
  std::string query;                    // as the user typed it
  std::optional<std::string> district;  // scope; canonical name or alias
  std::optional<SearchCursor> after;    // keyset: hits after this one
  int limit = 20;                       // 0 = no limit
  int snippet_columns = 40;             // display width of a snippet
  // A plain query (no pinyin, reporter: or date:) matching more articles
  // than this is ranked broadly - title matches first, then the rest, newest
  // first within each - because scoring every hit with bm25 takes too long
  // (store/broad_ranking.h). Negative: always bm25.
  std::int64_t bm25_up_to = 3000;
};

struct SearchHit {
  std::int64_t id = 0;
  std::string district;
  StoredDate date;
  std::string title;
  std::string subtitle;
  std::string snippet;           // about snippet_columns display columns
  std::vector<Span> highlights;  // byte ranges into `snippet`
  int hit_count = 0;             // matches of the query in the whole article
  double score = 0;
  SearchCursor cursor;
};

struct SearchPage {
  std::vector<SearchHit> hits;
  std::int64_t total = 0;  // all matching articles, not just this page
  // Set when `total` is extrapolated rather than counted: a query whose FTS
  // candidates must each be checked in C++ (pinyin, very long terms) checks
  // at most a few thousand of them for the count once the page is full.
  // The hits themselves are always checked, so they are never wrong.
  bool total_is_estimate = false;
};

// Where a query matches inside one article, for in-article highlighting.
struct ArticleMatches {
  std::vector<Span> title;
  std::vector<Span> subtitle;
  std::vector<std::vector<Span>> paragraphs;  // one vector per paragraph
  std::vector<Span> byline;
  int total() const;
};

class Library {
 public:
  // Opens (and in kReadWrite mode creates or migrates) the library at `path`.
  // Fails with an actionable message if the file is not a kanbao library, is
  // corrupt, or comes from a newer kanbao.
  static Result<Library> open(const std::string& path, OpenMode mode);

  Library(Library&&) noexcept;
  Library& operator=(Library&&) noexcept;
  ~Library();

  const std::string& path() const;

  // Indexes files and folders (recursively, *.txt and any other regular file
  // that decodes as text). Incremental: unchanged files are not parsed,
  // changed ones replaced, vanished files of an indexed folder removed.
  // Each file is committed in its own transaction.
  Result<IndexReport> index(const std::vector<std::string>& paths, const IndexOptions& options,
                            const ProgressFn& progress = {});

  Result<std::vector<DistrictRow>> districts();
  Result<std::int64_t> count(const ListQuery& query);  // ignores cursors and limit
  Result<ListPage> list(const ListQuery& query);
  Result<std::optional<Article>> article(std::int64_t id);

  // Full-text search; see the SEARCH section of the manual for the syntax.
  // A query that cannot be understood fails with a message naming the problem.
  Result<SearchPage> search(const SearchRequest& request);
  Result<ArticleMatches> matches(std::int64_t id, const std::string& query);

  // The gazetteer used for district names (extended by the configuration).
  void set_gazetteer(corpus::Gazetteer gazetteer);

  struct Impl;

 private:
  explicit Library(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The version of the SQLite library in use, e.g. "3.40.1".
std::string sqlite_version();

}  // namespace kanbao::store
