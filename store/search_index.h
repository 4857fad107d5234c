// The seam between the library's tables (library.cpp, indexer.cpp) and the
// full-text search engine (tokenizer, query translation, ranking, snippets).
// Internal to store/.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

// The text of one article as the full-text index sees it. The `articles`
// table has columns with these same names (body = paragraphs joined by "\n").
struct IndexedText {
  std::string title;
  std::string subtitle;
  std::string body;
  std::string byline;
};

// Registers kanbao's FTS5 tokenizer(s) on a connection. Called on every
// connection that opens the library, before any statement touches the index.
Status register_search_functions(sql::Db& db);

// Creates the full-text tables. Called inside the transaction that creates
// the schema (and by migrations that rebuild the index).
Status create_search_schema(sql::Db& db);

// Adds / removes one article. Called inside the indexer's per-file transaction.
Status add_to_search_index(sql::Db& db, std::int64_t id, const IndexedText& text);
Status remove_from_search_index(sql::Db& db, std::int64_t id, const IndexedText& text);

// Per-connection state of the search engine (prepared statements, caches).
class SearchEngine;
struct SearchEngineDeleter {
  void operator()(SearchEngine* engine) const;
};
using SearchEnginePtr = std::unique_ptr<SearchEngine, SearchEngineDeleter>;

}  // namespace kanbao::store
