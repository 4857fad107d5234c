// SPDX-License-Identifier: MIT
#include "store/search/statement_cache.h"

#include <utility>

namespace kanbao::store {

StatementLease::StatementLease(std::shared_ptr<Entry> entry) : entry_(std::move(entry)) {
  entry_->leased = true;
}

StatementLease::~StatementLease() {
  if (!entry_) return;  // moved from
  entry_->statement.reset();
  entry_->leased = false;
}

Result<StatementLease> StatementCache::lease(std::string_view sql_text) {
  auto it = entries_.find(sql_text);
  if (it != entries_.end() && !it->second->leased) return StatementLease(it->second);
  auto prepared = db_.prepare(sql_text);
  if (!prepared) return prepared.error().in_context({"search failed: ", {}});
  auto entry = std::make_shared<StatementLease::Entry>();
  entry->statement = std::move(*prepared);
  if (it != entries_.end()) return StatementLease(std::move(entry));  // the cached one is busy: a private one
  if (entries_.size() >= kMaxCached) std::erase_if(entries_, [](const auto& e) { return !e.second->leased; });
  entries_.emplace(std::string(sql_text), entry);
  return StatementLease(std::move(entry));
}

}  // namespace kanbao::store
