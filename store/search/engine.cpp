// SPDX-License-Identifier: MIT
#include "store/search/engine.h"

#include <sqlite3.h>

#include <utility>

#include "store/pinyin.h"
#include "store/search_index.h"
#include "store/tokenizer.h"
#include "text/utf8.h"

namespace kanbao::store {

void SearchEngineDeleter::operator()(SearchEngine* engine) const { delete engine; }

// Which bigrams the index holds is asked two ways, each where it is cheap
// (pinyin translation asks thousands of pairs, most of them never written):
// - a common first character: the index itself, for the first article with
//   the token (an fts5vocab row would count the token's whole doclist);
// - a rare first character: one fts5vocab scan of every token starting with
//   it, few and short, cached as the set of characters that follow it.
bool SearchEngine::bigram_exists(std::string_view bigram) {
  std::string key(bigram);
  if (auto it = bigrams_.find(key); it != bigrams_.end()) return it->second;
  std::size_t at = 0;
  const char32_t first = text::decode(bigram, at);
  const char32_t second = at < bigram.size() ? text::decode(bigram, at) : 0;
  bool found = true;  // an error keeps the bigram: never lose a hit
  if (han::is_common(first) || second == 0) {
    found = index_holds(bigram);
  } else if (const std::unordered_set<char32_t>* next = followers(first)) {
    found = next->count(second) != 0;
  }
  bigrams_[key] = found;
  return found;
}

bool SearchEngine::index_holds(std::string_view token_text) {
  tokens::PhraseToken token;
  token.text = std::string(token_text);
  auto stmt = statement("SELECT 1 FROM article_fts WHERE article_fts MATCH ?1 LIMIT 1");
  if (!stmt) return true;
  (*stmt)->bind(1, std::string_view(tokens::phrase_expression({token})));
  auto row = (*stmt)->step();
  return !row || *row;
}

const std::unordered_set<char32_t>* SearchEngine::followers(char32_t first) {
  if (auto it = followers_.find(first); it != followers_.end()) return &it->second;
  if (!vocab_ready_) {
    vocab_ready_ = db_.exec(
                          "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kanbao_vocab "
                          "USING fts5vocab(main, 'article_fts', 'row')")
                       .ok();
    if (!vocab_ready_) return nullptr;  // cannot tell: every bigram is kept
  }
  auto stmt = statement("SELECT term FROM temp.kanbao_vocab WHERE term >= ?1 AND term < ?2");
  if (!stmt) return nullptr;
  std::string from, to;
  text::append_utf8(from, first);
  text::append_utf8(to, first + 1);  // UTF-8 keeps code point order
  (*stmt)->bind(1, std::string_view(from)).bind(2, std::string_view(to));
  std::unordered_set<char32_t> next;
  for (;;) {
    auto row = (*stmt)->step();
    if (!row) return nullptr;
    if (!*row) break;
    const std::string term = (*stmt)->text(0);
    std::size_t at = 0;
    if (text::decode(term, at) == first && at < term.size()) next.insert(text::decode(term, at));
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
  bigrams_.clear();
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
