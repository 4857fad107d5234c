// SPDX-License-Identifier: MIT
// A reader's state between sessions: read marks, reading positions,
// bookmarks and search history, in a per-user SQLite database
// (<dir>/state.db, normally $XDG_STATE_HOME/kanbao).
//
// Several browsers of one user may run at once (two SSH logins): every
// change is one row written in its own transaction (an atomic upsert or
// delete), never a rewrite of the whole state, so no session loses another's
// changes. The database is in WAL mode with a busy timeout; each session's
// in-memory copy is reloaded when another connection has committed
// (refresh()).
//
// Read marks, positions and bookmarks belong to one library, named by its
// identity (Library::identity()): a moved library keeps its state, two
// libraries never share it. Search history is the user's, shared by all
// libraries.
//
// The state is private: the folder is made 0700, the database and its
// -wal/-shm files 0600.
//
// Not thread-safe: open one ReadingState per thread.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/library.h"

namespace kanbao::store {

// What identifies an article across re-indexing (row ids do not survive
// `index --rebuild`).
struct ArticleKey {
  std::string path;
  int position = 0;
  std::string title;
  // clang-tidy 14 mistakes the defaulted comparison for a literal 0.
  friend auto operator<=>(const ArticleKey&, const ArticleKey&) = default;  // NOLINT(modernize-use-nullptr)
};
ArticleKey article_key(const ArticleRow& row);

struct ReadingPosition {
  int paragraph = -1;  // -1: the heading block
  std::size_t byte = 0;
  friend bool operator==(const ReadingPosition&, const ReadingPosition&) = default;
};

struct Bookmark {
  ArticleKey key;
  std::int64_t id = 0;  // last known row id (check it against key before use)
  std::string district;
  std::string date;  // StoredDate::str()
};

class ReadingState {
 public:
  // Opens (creating) <dir>/state.db for the library `identity`. On the first
  // open of a folder that still holds the plain files of kanbao 0.x (`read`,
  // `positions`, `bookmarks`, `search_history`), imports them into this
  // library once and renames them to `<name>.migrated` (kept, not deleted).
  // State recorded under identity.path_key (the library was browsed before
  // it had a UUID) is carried over to identity.key.
  static Result<ReadingState> open(const std::string& dir, const LibraryIdentity& identity);

  ReadingState(ReadingState&&) noexcept;
  ReadingState& operator=(ReadingState&&) noexcept;
  ~ReadingState();

  const std::string& path() const;  // the database file

  // Reloads the in-memory copy if another connection committed since the
  // last load. Returns whether anything was reloaded.
  Result<bool> refresh();

  // ---- Read marks ----
  bool is_read(const ArticleKey& key) const;
  // Marks one article read (true) or unread (false). `district` is kept
  // with the mark for the unread counts.
  Status set_read(const ArticleKey& key, const std::string& district, bool read);
  // Marks many articles read in one transaction (a whole list).
  // Each pair is an article and its district.
  Status mark_all_read(const std::vector<std::pair<ArticleKey, std::string>>& articles);
  // How many articles of each district (canonical name, "" for unknown) are
  // marked read.
  std::map<std::string, std::int64_t> read_counts() const;

  // ---- Reading positions ----
  std::optional<ReadingPosition> position(const ArticleKey& key) const;
  Status set_position(const ArticleKey& key, const ReadingPosition& pos);

  // ---- Bookmarks, oldest first ----
  const std::vector<Bookmark>& bookmarks() const { return bookmarks_; }
  bool is_bookmarked(const ArticleKey& key) const;
  // Adds the bookmark unless one with its key exists (then nothing changes).
  Status add_bookmark(const Bookmark& bookmark);
  // Removes it; removing one that is not there is no error.
  Status remove_bookmark(const ArticleKey& key);

  // ---- Search history, oldest first, at most kHistoryLimit entries ----
  static constexpr int kHistoryLimit = 200;
  const std::vector<std::string>& history() const { return history_; }
  // Makes `query` the most recent entry.
  Status add_history(const std::string& query);

  struct Impl;

 private:
  explicit ReadingState(std::unique_ptr<Impl> impl);
  Status reload();

  std::unique_ptr<Impl> impl_;
  std::set<ArticleKey> read_;
  std::map<std::string, std::int64_t> read_counts_;
  std::map<ArticleKey, ReadingPosition> positions_;
  std::vector<Bookmark> bookmarks_;
  std::vector<std::string> history_;
};

}  // namespace kanbao::store
