// SPDX-License-Identifier: MIT
#include "store/search/engine.h"

#include <sqlite3.h>

#include <utility>

#include "store/search_index.h"
#include "store/tokenizer.h"
#include "text/utf8.h"

namespace kanbao::store {

void SearchEngineDeleter::operator()(SearchEngine* engine) const { delete engine; }

// Which bigrams the index holds: the followers of the first character, one
// range of search_bigrams (store/search_vocabulary.h), cached.
bool SearchEngine::bigram_exists(std::string_view bigram) {
  std::size_t at = 0;
  const char32_t first = text::decode(bigram, at);
  if (at >= bigram.size()) return true;  // not a bigram: kept, never a lost hit
  const char32_t second = text::decode(bigram, at);
  const std::unordered_set<char32_t>* next = followers(first);
  return next == nullptr || next->count(second) != 0;  // an error keeps the bigram
}

const std::unordered_set<char32_t>* SearchEngine::followers(char32_t first) {
  if (auto it = followers_.find(first); it != followers_.end()) return &it->second;
  auto stmt = statement("SELECT pair FROM search_bigrams WHERE pair BETWEEN ?1 AND ?2");
  if (!stmt) return nullptr;
  const std::uint64_t lowest = tokens::bigram_key(first, 0);
  const std::uint64_t highest = tokens::bigram_key(first, 0x1FFFFF);
  (*stmt)->bind(1, static_cast<std::int64_t>(lowest)).bind(2, static_cast<std::int64_t>(highest));
  std::unordered_set<char32_t> next;
  for (;;) {
    auto row = (*stmt)->step();
    if (!row) return nullptr;
    if (!*row) break;
    next.insert(static_cast<char32_t>(static_cast<std::uint64_t>((*stmt)->int64(0)) - lowest));
  }
  return &followers_.emplace(first, std::move(next)).first->second;
}

Result<std::int64_t> SearchEngine::version() {
  std::int64_t v = sqlite3_total_changes64(db_.get());
  KANBAO_ASSIGN_OR_RETURN(auto dv, statement("PRAGMA data_version"));
  auto row = (dv)->step();
  if (!row) return row.error().in_context({"search failed: ", {}});
  return v * 1000003 + (dv)->int64(0);
}

Result<const ArticleOrder*> SearchEngine::order() {
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t v, version());
  if (!order_ || v != order_version_) {
    KANBAO_ASSIGN_OR_RETURN(order_, ArticleOrder::load(db_));
    order_version_ = v;
  }
  return &*order_;
}

Result<bool> SearchEngine::has_han_table() {
  KANBAO_ASSIGN_OR_RETURN(
      auto stmt, statement("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'search_han'"));
  auto row = (stmt)->step();
  if (!row) return row.error().in_context({"search failed: ", {}});
  return *row;
}

Result<const std::unordered_set<char32_t>*> SearchEngine::present_han() {
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t v, version());
  if (v == han_version_) return &han_;
  han_.clear();
  followers_.clear();
  // Pinyin is never silently off: without this table it is an error.
  KANBAO_ASSIGN_OR_RETURN(const bool has_table, has_han_table());
  if (!has_table) {
    return Error(
        "pinyin search is unavailable (this library has no table of its Han characters); "
        "rebuild the library with `kanbao index --rebuild`");
  }
  KANBAO_ASSIGN_OR_RETURN(StatementLease all, statement("SELECT c FROM search_han"));
  for (;;) {
    auto more = all->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    han_.insert(static_cast<char32_t>(all->int64(0)));
  }
  han_version_ = v;
  return &han_;
}

}  // namespace kanbao::store
