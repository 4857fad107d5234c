// SPDX-License-Identifier: MIT
#include "store/search_vocabulary.h"

#include "store/fold.h"

namespace kanbao::store {
namespace {

constexpr std::size_t kCodePoints = 0x110000;

Error write_failure(const Error& e) { return Error("cannot update the search index: " + e.message()); }

Status insert_key(sql::Statement& insert, std::int64_t key) {
  insert.reset();
  insert.bind(1, key);
  auto status = insert.run();
  if (!status) return write_failure(status.error());
  return Status::Ok();
}

}  // namespace

Status create_search_vocabulary(sql::Db& db) {
  return db.exec("CREATE TABLE IF NOT EXISTS search_han (c INTEGER PRIMARY KEY);");
}

// Every Han token of the index starts with the (folded) character it stands
// at, so the first characters of the terms are exactly the Han characters
// the library holds.
Status refill_search_vocabulary(sql::Db& db) {
  KANBAO_TRY(create_search_vocabulary(db));
  KANBAO_TRY(
      db.exec("DELETE FROM search_han;"
              "CREATE VIRTUAL TABLE temp.kanbao_vocab USING fts5vocab('main', 'article_fts', 'row');"));
  KANBAO_ASSIGN_OR_RETURN(sql::Statement terms, db.prepare("SELECT term FROM temp.kanbao_vocab"));
  KANBAO_ASSIGN_OR_RETURN(sql::Statement han, db.prepare("INSERT OR IGNORE INTO search_han(c) VALUES (?1)"));
  std::vector<fold::Char> chars;
  for (;;) {
    auto row = terms.step();
    if (!row) return row.error();
    if (!*row) break;
    fold::fold(terms.text_view(0), fold::Mode::kQuery, chars);
    if (chars.empty() || chars.front().kind != fold::Kind::kHan) continue;
    KANBAO_TRY(insert_key(han, chars.front().c));
  }
  terms = sql::Statement();  // the vocabulary table cannot be dropped while read
  return db.exec("DROP TABLE temp.kanbao_vocab");
}

Result<VocabularyWriter> VocabularyWriter::prepare(sql::Db& db) {
  VocabularyWriter w;
  auto han = db.prepare("INSERT OR IGNORE INTO search_han(c) VALUES (?1)");
  if (!han) return write_failure(han.error());
  w.insert_han_ = std::move(*han);
  w.han_state_.assign(kCodePoints, kUnseen);
  return w;
}

Status VocabularyWriter::add(const SeenVocabulary& seen) {
  for (char32_t c : seen.han) KANBAO_TRY(add_han(c));
  return Status::Ok();
}

Status VocabularyWriter::add_han(char32_t c) {
  if (c >= han_state_.size() || han_state_[c] != kUnseen) return Status::Ok();
  KANBAO_TRY(insert_key(insert_han_, c));
  han_state_[c] = kPending;
  pending_han_.push_back(c);
  return Status::Ok();
}

void VocabularyWriter::begin() {
  for (char32_t c : pending_han_) han_state_[c] = kUnseen;
  pending_han_.clear();
}

void VocabularyWriter::committed() {
  for (char32_t c : pending_han_) han_state_[c] = kStored;
  pending_han_.clear();
}

}  // namespace kanbao::store
