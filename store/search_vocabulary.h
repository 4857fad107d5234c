// SPDX-License-Identifier: MIT
// What pinyin translation asks of the full-text index, kept in two small
// tables beside it: search_han, the Han characters (folded code points), and
// search_bigrams, the Han bigram tokens (tokens::bigram_key). A reading such
// as changjiang expands into the characters read so and then into the
// bigrams of those characters the library holds: a range of search_bigrams
// per first character, instead of one probe of article_fts per pair (at
// 1,000,000 articles, 0.1 ms apiece across the index's segments, and pinyin
// asks thousands). Internal to store/.
//
// Since the index holds pinyin tokens (store/tokenizer.h), the search reads
// search_han only (a single syllable: any character read so); search_bigrams
// is still kept exact but no longer read, and is the next thing to drop.
//
// Invariant: every Han character and every Han bigram token article_fts holds
// is in these tables. They may hold more (deleting an article leaves its
// entries, which then only widen a pinyin expansion, never lose a hit), and
// are refilled exactly from the index whenever it is rebuilt.
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

// Creates both tables when missing; inside the caller's transaction.
Status create_search_vocabulary(sql::Db& db);

// Empties both tables and fills them from article_fts's own vocabulary (every
// term of the index is read once: about a minute at 1,000,000 articles);
// inside the caller's transaction. For a rebuilt index and the upgrade that
// adds search_bigrams.
Status refill_search_vocabulary(sql::Db& db);

// What the tokenizer saw in one article (tokens::tokenize_document's `han`
// and `bigrams`).
struct SeenVocabulary {
  std::vector<char32_t> han;
  std::vector<std::uint64_t> bigrams;
  void clear() {
    han.clear();
    bigrams.clear();
  }
};

// Adds what indexing saw to the tables, for one indexing run on one
// connection. Each entry is inserted until a transaction that inserted it has
// committed; what a commit stored stays stored (the tables only grow), so
// later articles skip it. Memory is bounded: the Han characters by a byte per
// code point, the committed bigrams by a fixed-size cache (a bigram that fell
// out of it is inserted again, which the table ignores).
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
  Status add_bigram(std::uint64_t key);

  enum : std::uint8_t { kUnseen = 0, kPending = 1, kStored = 2 };
  sql::Statement insert_han_, insert_bigram_;
  std::vector<std::uint8_t> han_state_;                // by code point
  std::vector<char32_t> pending_han_;                  // inserted in the open transaction
  std::vector<std::uint64_t> stored_bigrams_;          // direct-mapped by key; 0: empty
  std::unordered_set<std::uint64_t> pending_bigrams_;  // inserted in the open transaction
};

}  // namespace kanbao::store
