// SPDX-License-Identifier: MIT
// What searching keeps per connection: prepared statements, the Han
// characters pinyin translation asks about, the date order. Internal to store/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "store/article_order.h"
#include "store/query.h"
#include "store/search/statement_cache.h"
#include "store/sqlite.h"

namespace kanbao::store {

class SearchEngine {
 public:
  explicit SearchEngine(sql::Db& db) : db_(db), statements_(db) {}

  Result<StatementLease> statement(std::string_view sql_text) { return statements_.lease(sql_text); }

  // Changes whenever the database changes, by this connection or another.
  Result<std::int64_t> version();

  // The articles in date order, with their districts (only filtered broad
  // searches load it), reloaded when the database changed.
  Result<const ArticleOrder*> order();

  // The Han characters the library holds (search_han), reloaded when the
  // database changed since the last look. A library from before pinyin
  // search (no search_han table) is an error saying to rebuild it.
  Result<const std::unordered_set<char32_t>*> present_han();

  // Whether the library may hold Han character `c` (folded): whether
  // search_han lists it (store/search_vocabulary.h: every character the
  // index holds is there). A library without that table: true.
  Result<bool> may_hold_han(char32_t c);

  // How many articles of id `from` or higher hold each of `tokens` (those
  // none holds left out): a count of each token's doclist from `from`, its
  // rowids only (fts5vocab's row table walks every position of the whole
  // doclist, for its cnt). query::preferred_query's statistics, over
  // query::kPreferenceSample ids.
  Result<query::BigramCounts> articles_holding(const std::vector<std::string>& tokens, std::int64_t from);

 private:
  Result<bool> has_han_table();

  sql::Db& db_;
  StatementCache statements_;
  std::unordered_set<char32_t> han_;
  std::int64_t han_version_ = -1;
  std::optional<ArticleOrder> order_;
  std::int64_t order_version_ = -1;
};

}  // namespace kanbao::store
