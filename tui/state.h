// SPDX-License-Identifier: MIT
// What the browser remembers between runs: read marks, reading positions,
// bookmarks and search history, as plain files in BrowserOptions::state_dir,
// each rewritten atomically (temp file + rename).
//
// Articles are keyed by source path + position on the page + title, not by
// row id, so the marks survive a re-index.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "store/library.h"

namespace kanbao::tui {

struct ReadingPosition {
  int paragraph = -1;  // -1: the heading block
  std::size_t byte = 0;
};

struct Bookmark {
  std::string key;
  std::int64_t id = 0;  // last known row id (checked against key before use)
  std::string title;
  std::string district;
  std::string date;
};

class State {
 public:
  explicit State(std::string dir) : dir_(std::move(dir)) {}
  void load();

  static std::string key(const store::Article& article);
  // The path+title part of a key: all a list row knows (ArticleRow has no
  // position), used for read marks in lists.
  static std::string row_key(const store::ArticleRow& row);

  bool is_read(const store::ArticleRow& row) const { return read_rows_.count(row_key(row)) != 0; }
  void mark_read(const store::Article& article);

  ReadingPosition position(const store::Article& article) const;
  void set_position(const store::Article& article, ReadingPosition pos);

  bool is_bookmarked(const store::Article& article) const;
  bool is_bookmarked_row(const store::ArticleRow& row) const;
  // Returns true if the article is bookmarked afterwards.
  bool toggle_bookmark(const store::Article& article);
  const std::vector<Bookmark>& bookmarks() const { return bookmarks_; }

  const std::vector<std::string>& history() const { return history_; }
  void set_history(std::vector<std::string> history);

  // Writes everything that changed; returns false (and keeps going) on errors.
  bool save();

 private:
  std::string dir_;
  std::set<std::string> read_;       // full keys
  std::set<std::string> read_rows_;  // row keys
  std::map<std::string, ReadingPosition> positions_;
  std::vector<Bookmark> bookmarks_;
  std::vector<std::string> history_;
  bool dirty_read_ = false, dirty_positions_ = false, dirty_bookmarks_ = false, dirty_history_ = false;
};

// Writes `content` to `path` through a temporary file and rename().
bool write_atomically(const std::string& path, const std::string& content);

}  // namespace kanbao::tui
