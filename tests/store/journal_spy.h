// SPDX-License-Identifier: MIT
// A test's view of the rollback journals SQLite opens (tests/store only).
#pragma once

#include <sqlite3.h>

namespace kanbao::store::testing {

// While it lives, the default VFS is the unix one counting each rollback
// journal (SQLITE_OPEN_MAIN_JOURNAL) it opens; the count starts at 0.
class JournalSpy {
 public:
  JournalSpy() : real_(sqlite3_vfs_find(nullptr)), spy_(*real_) {
    spy_.zName = "kanbao-journal-spy";
    spy_.xOpen = &JournalSpy::open;
    journals_ = 0;
    sqlite3_vfs_register(&spy_, 1);
  }
  ~JournalSpy() {
    sqlite3_vfs_unregister(&spy_);
    sqlite3_vfs_register(real_, 1);
  }
  JournalSpy(const JournalSpy&) = delete;
  JournalSpy& operator=(const JournalSpy&) = delete;
  static int journals() { return journals_; }

 private:
  static int open(sqlite3_vfs* /*self*/, sqlite3_filename name, sqlite3_file* file, int flags, int* out) {
    if ((flags & SQLITE_OPEN_MAIN_JOURNAL) != 0) ++journals_;
    sqlite3_vfs* real = sqlite3_vfs_find("unix");
    return real->xOpen(real, name, file, flags, out);
  }
  static inline int journals_ = 0;
  sqlite3_vfs* real_;
  sqlite3_vfs spy_;
};

}  // namespace kanbao::store::testing
