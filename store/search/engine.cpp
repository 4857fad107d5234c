// SPDX-License-Identifier: MIT
#include "store/search/engine.h"

#include <sqlite3.h>

#include <utility>

#include "store/search_index.h"

namespace kanbao::store {

void SearchEngineDeleter::operator()(SearchEngine* engine) const { delete engine; }

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

Result<bool> SearchEngine::may_hold_han(char32_t c) {
  KANBAO_ASSIGN_OR_RETURN(const bool has_table, has_han_table());
  if (!has_table) return true;
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, statement("SELECT 1 FROM search_han WHERE c = ?1"));
  s->bind(1, static_cast<std::int64_t>(c));
  auto row = s->step();
  if (!row) return row.error().in_context({"search failed: ", {}});
  return *row;
}

Result<query::BigramCounts> SearchEngine::articles_holding(const std::vector<std::string>& tokens,
                                                           std::int64_t from) {
  query::BigramCounts out;
  if (tokens.empty()) return out;
  // The rowid bound lets FTS5 seek into each doclist rather than read it.
  KANBAO_ASSIGN_OR_RETURN(
      StatementLease s,
      statement("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1 AND rowid >= ?2"));
  for (const std::string& token : tokens) {
    s->reset();
    const std::string phrase = "\"" + token + "\"";  // a Han bigram: no quote inside
    s->bind(1, std::string_view(phrase)).bind(2, from);
    auto row = s->step();
    if (!row) return row.error().in_context({"search failed: ", {}});
    if (*row && s->int64(0) > 0) out.emplace(token, s->int64(0));
  }
  return out;
}

}  // namespace kanbao::store
