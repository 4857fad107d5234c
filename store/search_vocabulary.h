// SPDX-License-Identifier: MIT
// What pinyin translation asks of the full-text index beyond its own pinyin
// tokens (store/tokenizer.h), kept in a small table beside it: search_han,
// the Han characters (folded code points). A single syllable such as `chang`
// matches any character read so that the library holds: an OR of those
// characters' prefix phrases, which would otherwise list every character of
// the reading, held or not. Internal to store/.
//
// Schema 5 also kept search_bigrams, every Han bigram token, for
// readings expanded into bigram phrases; since the index holds pinyin tokens
// nothing read it, and schema 6 drops it (it cost indexing a write per new
// bigram and the library a row per distinct bigram).
//
// Invariant: every Han character article_fts holds is in search_han. It may
// hold more (deleting an article leaves its entries, which then only widen a
// pinyin expansion, never lose a hit), and is refilled exactly from the index
// whenever the index is rebuilt.
#pragma once

#include <cstdint>
#include <vector>

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

// Creates the table when missing; inside the caller's transaction.
Status create_search_vocabulary(sql::Db& db);

// Empties the table and fills it from article_fts's own vocabulary (every
// term of the index is read once); inside the caller's transaction. For a
// rebuilt index.
Status refill_search_vocabulary(sql::Db& db);

// What the tokenizer saw in one article (tokens::tokenize_document's `han`).
struct SeenVocabulary {
  std::vector<char32_t> han;
  void clear() { han.clear(); }
};

// Adds what indexing saw to the table, for one indexing run on one
// connection. Each character is inserted until a transaction that inserted
// it has committed; what a commit stored stays stored (the table only
// grows), so later articles skip it. Memory: a byte per code point.
class VocabularyWriter {
 public:
  static Result<VocabularyWriter> prepare(sql::Db& db);

  // Inside the transaction that indexes the article.
  Status add(const SeenVocabulary& seen);

  // Brackets each transaction: begin() forgets what an unfinished earlier
  // one inserted; committed() marks what this one inserted as stored.
  void begin();
  void committed();

 private:
  VocabularyWriter() = default;
  Status add_han(char32_t c);

  enum : std::uint8_t { kUnseen = 0, kPending = 1, kStored = 2 };
  sql::Statement insert_han_;
  std::vector<std::uint8_t> han_state_;  // by code point
  std::vector<char32_t> pending_han_;    // inserted in the open transaction
};

}  // namespace kanbao::store
