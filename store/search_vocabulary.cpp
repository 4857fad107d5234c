// SPDX-License-Identifier: MIT
#include "store/search_vocabulary.h"

#include "store/fold.h"
#include "store/tokenizer.h"

namespace kanbao::store {
namespace {

// 2^20 committed bigrams (8 MB): the bigrams of real text are so skewed that
// nearly every occurrence is of one that stays cached.
constexpr std::size_t kCachedBigrams = std::size_t{1} << 20;
constexpr std::size_t kCodePoints = 0x110000;

Error write_failure(const Error& e) { return Error("cannot update the search index: " + e.message()); }

// The slot of `key` in the direct-mapped cache (a multiplicative hash: keys
// of one first character differ in their low bits only).
std::size_t slot_of(std::uint64_t key) {
  return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ULL) >> 44) & (kCachedBigrams - 1);
}

Status insert_key(sql::Statement& insert, std::uint64_t key) {
  insert.reset();
  insert.bind(1, static_cast<std::int64_t>(key));
  auto status = insert.run();
  if (!status) return write_failure(status.error());
  return Status::Ok();
}

}  // namespace

Status create_search_vocabulary(sql::Db& db) {
  return db.exec(
      "CREATE TABLE IF NOT EXISTS search_han (c INTEGER PRIMARY KEY);"
      "CREATE TABLE IF NOT EXISTS search_bigrams (pair INTEGER PRIMARY KEY);");
}

// Every Han token of the index starts with the (folded) character it stands
// at, so the first characters of the terms are exactly the Han characters
// the library holds, and its two-character Han terms exactly its bigrams.
Status refill_search_vocabulary(sql::Db& db) {
  KANBAO_TRY(create_search_vocabulary(db));
  KANBAO_TRY(
      db.exec("DELETE FROM search_han; DELETE FROM search_bigrams;"
              "CREATE VIRTUAL TABLE temp.kanbao_vocab USING fts5vocab('main', 'article_fts', 'row');"));
  KANBAO_ASSIGN_OR_RETURN(sql::Statement terms, db.prepare("SELECT term FROM temp.kanbao_vocab"));
  KANBAO_ASSIGN_OR_RETURN(sql::Statement han, db.prepare("INSERT OR IGNORE INTO search_han(c) VALUES (?1)"));
  KANBAO_ASSIGN_OR_RETURN(sql::Statement bigram,
                          db.prepare("INSERT OR IGNORE INTO search_bigrams(pair) VALUES (?1)"));
  std::vector<fold::Char> chars;
  for (;;) {
    auto row = terms.step();
    if (!row) return row.error();
    if (!*row) break;
    fold::fold(terms.text_view(0), fold::Mode::kQuery, chars);
    if (chars.empty() || chars.front().kind != fold::Kind::kHan) continue;
    KANBAO_TRY(insert_key(han, chars.front().c));
    if (chars.size() == 2 && chars[1].kind == fold::Kind::kHan)
      KANBAO_TRY(insert_key(bigram, tokens::bigram_key(chars[0].c, chars[1].c)));
  }
  terms = sql::Statement();  // the vocabulary table cannot be dropped while read
  return db.exec("DROP TABLE temp.kanbao_vocab");
}

Result<VocabularyWriter> VocabularyWriter::prepare(sql::Db& db) {
  VocabularyWriter w;
  auto han = db.prepare("INSERT OR IGNORE INTO search_han(c) VALUES (?1)");
  if (!han) return write_failure(han.error());
  auto bigram = db.prepare("INSERT OR IGNORE INTO search_bigrams(pair) VALUES (?1)");
  if (!bigram) return write_failure(bigram.error());
  w.insert_han_ = std::move(*han);
  w.insert_bigram_ = std::move(*bigram);
  w.han_state_.assign(kCodePoints, kUnseen);
  w.stored_bigrams_.assign(kCachedBigrams, 0);
  return w;
}

Status VocabularyWriter::add(const SeenVocabulary& seen) {
  for (char32_t c : seen.han) KANBAO_TRY(add_han(c));
  for (std::uint64_t key : seen.bigrams) KANBAO_TRY(add_bigram(key));
  return Status::Ok();
}

Status VocabularyWriter::add_han(char32_t c) {
  if (c >= han_state_.size() || han_state_[c] != kUnseen) return Status::Ok();
  KANBAO_TRY(insert_key(insert_han_, c));
  han_state_[c] = kPending;
  pending_han_.push_back(c);
  return Status::Ok();
}

Status VocabularyWriter::add_bigram(std::uint64_t key) {
  if (stored_bigrams_[slot_of(key)] == key || pending_bigrams_.count(key) != 0) return Status::Ok();
  KANBAO_TRY(insert_key(insert_bigram_, key));
  // A page of millions of distinct bigrams would grow the set without bound;
  // past this many, the rest of the transaction's are just inserted again.
  constexpr std::size_t kMaxPending = std::size_t{1} << 16;
  if (pending_bigrams_.size() < kMaxPending) pending_bigrams_.insert(key);
  return Status::Ok();
}

void VocabularyWriter::begin() {
  for (char32_t c : pending_han_) han_state_[c] = kUnseen;
  pending_han_.clear();
  pending_bigrams_.clear();
}

void VocabularyWriter::committed() {
  for (char32_t c : pending_han_) han_state_[c] = kStored;
  pending_han_.clear();
  for (std::uint64_t key : pending_bigrams_) stored_bigrams_[slot_of(key)] = key;
  pending_bigrams_.clear();
}

}  // namespace kanbao::store
