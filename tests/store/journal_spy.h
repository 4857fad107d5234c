// SPDX-License-Identifier: MIT
// A test's view of the rollback journals SQLite opens (tests/store only).
#pragma once

#include <sqlite3.h>

namespace kanbao::store::testing {

// While it lives, the default VFS is the one that was default before,
// counting each rollback journal (SQLITE_OPEN_MAIN_JOURNAL) it opens; the
// count starts at 0. One spy at a time.
class JournalSpy {
 public:
  JournalSpy() {
    wrapped_ = sqlite3_vfs_find(nullptr);
    spy_ = *wrapped_;
    spy_.zName = "kanbao-journal-spy";
    spy_.xOpen = &JournalSpy::open;
    journals_ = 0;
    sqlite3_vfs_register(&spy_, 1);
  }
  ~JournalSpy() {
    sqlite3_vfs_unregister(&spy_);
    sqlite3_vfs_register(wrapped_, 1);
  }
  JournalSpy(const JournalSpy&) = delete;
  JournalSpy& operator=(const JournalSpy&) = delete;
  static int journals() { return journals_; }

 private:
  static int open(sqlite3_vfs* /*self*/, sqlite3_filename name, sqlite3_file* file, int flags, int* out) {
    if ((flags & SQLITE_OPEN_MAIN_JOURNAL) != 0) ++journals_;
    return wrapped_->xOpen(wrapped_, name, file, flags, out);
  }
  // xOpen gets no pointer of the spy's own: the VFS it wraps and its count
  // are the class's.
  static inline sqlite3_vfs* wrapped_ = nullptr;
  static inline int journals_ = 0;
  sqlite3_vfs spy_{};
};

}  // namespace kanbao::store::testing
