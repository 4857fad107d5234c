// SPDX-License-Identifier: MIT
// The seam between the library's tables (library.cpp, indexer.cpp) and the
// full-text search engine (tokenizer, query translation, ranking, snippets).
// Internal to store/.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/search_vocabulary.h"
#include "store/sqlite.h"

namespace kanbao::store {

// The text of one article as the full-text index sees it. The `articles`
// table has columns with these same names (body = paragraphs joined by "\n").
// The kicker (引题, the line above the title) is part of the heading: it is
// searched and ranked as the title and subtitle are.
struct IndexedText {
  std::string title;
  std::string subtitle;
  std::string body;
  std::string byline;
  std::string kicker;
};

// Registers kanbao's FTS5 tokenizer(s) on a connection. Called on every
// connection that opens the library, before any statement touches the index.
Status register_search_functions(sql::Db& db);

// Creates the full-text tables. Called inside the transaction that creates
// the schema (and by migrations that rebuild the index).
Status create_search_schema(sql::Db& db);

// Empties article_fts and indexes from the articles table every article
// the writer indexes: all but the continued parts joined to a head, whose
// text is in the head's body (FTS5's 'rebuild' would index them again).
Status fill_article_index(sql::Db& db);

// Creates title_fts (the headings only: title, subtitle, kicker) and fills
// it from the articles table, the joined parts left out as above: part of
// create_search_schema.
Status create_title_index(sql::Db& db);

// Drops both full-text tables, creates them with the current columns and
// fills them from the articles table: the upgrade to schema 7, which added
// the kicker column (an FTS5 table's columns cannot be changed in place).
// The caller refills the vocabulary.
Status recreate_search_tables(sql::Db& db);

// Drops title_fts and creates it again as create_title_index does: for a
// rebuilt index (the table's tokenizer argument cannot be changed in place).
Status recreate_title_index(sql::Db& db);

// Adds / removes articles for one indexing run on one connection, with the
// statements prepared once, and keeps the vocabulary table pinyin reads
// (store/search_vocabulary.h).
//
// The changes are queued and written together by write_queued(), after the
// transaction's other statements: FTS5 writes its in-memory segment out
// whenever another statement of the transaction opens a statement journal,
// as every INSERT INTO articles does (its triggers), so interleaving them
// made two tiny segments per article (article_fts and title_fts) for
// FTS5's merges to rewrite again and again; queued, a file's articles make
// one per table.
class SearchIndexWriter {
 public:
  static Result<SearchIndexWriter> prepare(sql::Db& db);

  // Queue a change, inside the transaction that holds it (the indexer's
  // per-file transaction), after begin(). `text` is what the index holds
  // (for remove: held until now), as FTS5's external content needs.
  void add(std::int64_t id, const IndexedText& text);
  void remove(std::int64_t id, const IndexedText& text);

  // Writes the queued changes in the order they were made; called last in
  // the transaction, before it commits. On error the transaction must roll
  // back.
  Status write_queued();

  // Brackets each transaction: begin() forgets what an unfinished earlier
  // one queued or inserted; committed() marks what this one inserted as
  // stored.
  void begin();
  void committed();

 private:
  SearchIndexWriter() = default;
  Status write_added(std::int64_t id, const IndexedText& text);
  Status write_removed(std::int64_t id, const IndexedText& text);

  struct Change {
    bool add = false;  // else remove
    std::int64_t id = 0;
    IndexedText text;
  };
  std::vector<Change> queued_;
  sql::Statement insert_, delete_, insert_titles_, delete_titles_;
  std::optional<VocabularyWriter> vocabulary_;  // set by prepare()
  SeenVocabulary seen_;                         // by the tokenizer, during write_added()
};

// One article at a time (each call prepares its statements): for callers
// outside an indexing run.
Status add_to_search_index(sql::Db& db, std::int64_t id, const IndexedText& text);
Status remove_from_search_index(sql::Db& db, std::int64_t id, const IndexedText& text);

// Per-connection state of the search engine (prepared statements, caches).
class SearchEngine;
struct SearchEngineDeleter {
  void operator()(SearchEngine* engine) const;
};
using SearchEnginePtr = std::unique_ptr<SearchEngine, SearchEngineDeleter>;

}  // namespace kanbao::store
