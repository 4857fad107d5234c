// SPDX-License-Identifier: MIT
// A window onto a long listing paged by keyset cursors.
//
// A district can hold 200,000 articles; the browser never loads them all. It
// keeps at most `max_rows` consecutive rows around the selection, fetching a
// page after the last cursor or before the first one as the selection moves,
// and jumps to the ends with a fresh first page or a `from_end` page.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>

#include "base/result.h"
#include "store/library.h"

namespace kanbao::tui {

struct PageRequest {
  enum class Kind { kFirst, kLast, kAfter, kBefore };
  Kind kind = Kind::kFirst;
  std::optional<store::ListCursor> cursor;
  int limit = 0;
};
using PageFetcher = std::function<Result<store::ListPage>(const PageRequest&)>;

class ListWindow {
 public:
  explicit ListWindow(PageFetcher fetch, int page_size = 100, int max_rows = 400);

  // Starts over with `total` rows (from Library::count) at the top.
  Status reset(std::int64_t total);

  std::int64_t total() const { return total_; }
  std::int64_t selected() const { return selected_; }
  std::int64_t top() const { return top_; }  // first visible row

  // Moves the selection (clamped), loading rows as needed, and scrolls so the
  // selection stays inside a view of `height` rows.
  Status select(std::int64_t index, int height);
  Status move(std::int64_t delta, int height) { return select(selected_ + delta, height); }
  // Re-clamps the scroll position after the view height changed.
  Status set_height(int height) { return select(selected_, height); }

  // The row at an absolute index, or null when it is not in the window.
  const store::ArticleRow* row(std::int64_t index) const;
  // Its keyset cursor (its place in the sort order), or null likewise.
  const store::ListCursor* cursor(std::int64_t index) const;
  std::int64_t window_begin() const { return begin_; }
  std::int64_t window_size() const { return static_cast<std::int64_t>(rows_.size()); }

 private:
  enum class Start { kWindow, kFirstPage, kLastPage };
  Start nearest_start(std::int64_t first, std::int64_t last) const;
  Status ensure(std::int64_t first, std::int64_t last);
  Status load_first();
  Status load_last();
  Status load_after();
  Status load_before();
  void trim_front();
  void trim_back();

  PageFetcher fetch_;
  int page_size_;
  int max_rows_;
  std::int64_t total_ = 0;
  std::int64_t selected_ = 0;
  std::int64_t top_ = 0;
  std::int64_t begin_ = 0;  // absolute index of rows_[0]
  std::deque<store::ArticleRow> rows_;
  std::deque<store::ListCursor> cursors_;
};

}  // namespace kanbao::tui
