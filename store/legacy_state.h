// SPDX-License-Identifier: MIT
// The plain state files of kanbao 0.x (`read`, `positions`, `bookmarks`,
// `search_history` in the state folder: tab-separated lines, each file
// rewritten whole), read once to be imported into the state database.
// Internal to store/.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "store/reading_state.h"

namespace kanbao::store::legacy {

// The file names, in the state folder.
inline constexpr const char* kFiles[] = {"read", "positions", "bookmarks", "search_history"};

struct Files {
  std::vector<ArticleKey> read;
  std::vector<std::pair<ArticleKey, ReadingPosition>> positions;
  std::vector<Bookmark> bookmarks;
  std::vector<std::string> history;  // oldest first
  bool any = false;                  // at least one of the files exists
};

// Reads whatever of the files exists in `dir`. Damaged lines are skipped
// (the files themselves are kept, renamed, so nothing is lost).
Files read_files(const std::string& dir);

// Renames each file that exists to `<name>.migrated` (mode 0600).
Status retire_files(const std::string& dir);

}  // namespace kanbao::store::legacy
