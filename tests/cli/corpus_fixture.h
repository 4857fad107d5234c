// SPDX-License-Identifier: MIT
// Builds folders of pages for the fault and concurrency tests, and reads a
// library back independently of kanbao's own code.
#pragma once

#include <cstdint>
#include <string>

namespace kanbao::test_support {

// Copies the sample pages into `copies` subfolders of `dir` (copy_0000/...);
// returns the number of articles the store should end up with, computed by
// parsing the sample pages.
std::int64_t make_copies_of_sample(const std::string& dir, int copies);

struct LibraryCheck {
  std::string integrity;      // "ok" when PRAGMA integrity_check passes; empty when no file
  std::int64_t articles = 0;  // rows in articles
  std::int64_t distinct = 0;  // distinct (file path, position) pairs
};

// Opens the library read-only with SQLite directly (not through kanbao).
LibraryCheck check_library(const std::string& db_path);

}  // namespace kanbao::test_support
