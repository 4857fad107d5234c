// SPDX-License-Identifier: MIT
// Prepared statements of one connection, kept by SQL text. Internal to store/.
//
// A lease owns its statement for as long as it lives: the cache may forget
// the entry meanwhile (it keeps at most kMaxCached), another lease of the
// same SQL gets a statement of its own, and the statement is reset (bindings
// cleared) when the lease ends, whichever way the caller leaves. So no call
// can invalidate a statement another caller is still stepping.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

class StatementLease {
 public:
  StatementLease(StatementLease&&) noexcept = default;
  StatementLease& operator=(StatementLease&&) noexcept = default;
  StatementLease(const StatementLease&) = delete;
  StatementLease& operator=(const StatementLease&) = delete;
  ~StatementLease();

  sql::Statement& operator*() const { return entry_->statement; }
  sql::Statement* operator->() const { return &entry_->statement; }

 private:
  friend class StatementCache;
  struct Entry {
    sql::Statement statement;
    bool leased = false;
  };
  explicit StatementLease(std::shared_ptr<Entry> entry);
  std::shared_ptr<Entry> entry_;
};

class StatementCache {
 public:
  // More distinct SQL texts than this and the entries not leased are dropped
  // (the texts vary only in shape - how many filters - never in user text).
  static constexpr std::size_t kMaxCached = 64;

  explicit StatementCache(sql::Db& db) : db_(db) {}

  // A reset statement for `sql_text` with no bindings, prepared on first use.
  // Fails with "search failed: <SQLite's message>".
  Result<StatementLease> lease(std::string_view sql_text);

  std::size_t size() const { return entries_.size(); }

 private:
  sql::Db& db_;
  std::map<std::string, std::shared_ptr<StatementLease::Entry>, std::less<>> entries_;
};

}  // namespace kanbao::store
