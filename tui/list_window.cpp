// SPDX-License-Identifier: MIT
#include "tui/list_window.h"

#include <algorithm>

namespace kanbao::tui {

ListWindow::ListWindow(PageFetcher fetch, int page_size, int max_rows)
    : fetch_(std::move(fetch)),
      page_size_(std::max(page_size, 1)),
      max_rows_(std::max(max_rows, 2 * page_size_)) {}

Status ListWindow::reset(std::int64_t total) {
  total_ = std::max<std::int64_t>(total, 0);
  selected_ = top_ = begin_ = 0;
  rows_.clear();
  cursors_.clear();
  if (total_ == 0) return Status::Ok();
  return load_first();
}

const store::ArticleRow* ListWindow::row(std::int64_t index) const {
  if (index < begin_ || index >= begin_ + window_size()) return nullptr;
  return &rows_[static_cast<std::size_t>(index - begin_)];
}

const store::ListCursor* ListWindow::cursor(std::int64_t index) const {
  if (index < begin_ || index >= begin_ + window_size()) return nullptr;
  return &cursors_[static_cast<std::size_t>(index - begin_)];
}

Status ListWindow::load_first() {
  KANBAO_ASSIGN_OR_RETURN(auto page, fetch_({PageRequest::Kind::kFirst, std::nullopt, page_size_}));
  rows_.assign(page.rows.begin(), page.rows.end());
  cursors_.assign(page.cursors.begin(), page.cursors.end());
  begin_ = 0;
  if (static_cast<int>(rows_.size()) < page_size_) total_ = window_size();
  return Status::Ok();
}

Status ListWindow::load_last() {
  KANBAO_ASSIGN_OR_RETURN(auto page, fetch_({PageRequest::Kind::kLast, std::nullopt, page_size_}));
  rows_.assign(page.rows.begin(), page.rows.end());
  cursors_.assign(page.cursors.begin(), page.cursors.end());
  if (static_cast<int>(rows_.size()) < page_size_) total_ = window_size();
  begin_ = std::max<std::int64_t>(total_ - window_size(), 0);
  return Status::Ok();
}

Status ListWindow::load_after() {
  if (rows_.empty()) return load_first();
  KANBAO_ASSIGN_OR_RETURN(auto page, fetch_({PageRequest::Kind::kAfter, cursors_.back(), page_size_}));
  rows_.insert(rows_.end(), page.rows.begin(), page.rows.end());
  cursors_.insert(cursors_.end(), page.cursors.begin(), page.cursors.end());
  // The listing ended earlier than counted (articles removed meanwhile).
  if (static_cast<int>(page.rows.size()) < page_size_) total_ = begin_ + window_size();
  return Status::Ok();
}

Status ListWindow::load_before() {
  if (rows_.empty()) return load_last();
  KANBAO_ASSIGN_OR_RETURN(auto page, fetch_({PageRequest::Kind::kBefore, cursors_.front(), page_size_}));
  const auto n = static_cast<std::int64_t>(page.rows.size());
  rows_.insert(rows_.begin(), page.rows.begin(), page.rows.end());
  cursors_.insert(cursors_.begin(), page.cursors.begin(), page.cursors.end());
  if (static_cast<int>(n) < page_size_) {
    // Reached the top: whatever we thought, this is row 0.
    total_ += -(begin_ - n);
    begin_ = 0;
  } else {
    begin_ = std::max<std::int64_t>(begin_ - n, 0);
  }
  return Status::Ok();
}

void ListWindow::trim_front() {
  while (window_size() > max_rows_) {
    rows_.pop_front();
    cursors_.pop_front();
    ++begin_;
  }
}

void ListWindow::trim_back() {
  while (window_size() > max_rows_) {
    rows_.pop_back();
    cursors_.pop_back();
  }
}

// Rows to fetch to reach [first, last] from what the window holds, from the
// first page or from the last page. Keyset paging cannot seek, so a jump
// starts from whichever is nearest and pages the rest of the way.
ListWindow::Start ListWindow::nearest_start(std::int64_t first, std::int64_t last) const {
  const std::int64_t from_top = last;
  const std::int64_t from_bottom = total_ - 1 - first;
  std::int64_t from_window = from_top + from_bottom + 1;  // worse than either end
  if (!rows_.empty()) {
    const std::int64_t end = begin_ + window_size();
    from_window = std::max<std::int64_t>({last - (end - 1), begin_ - first, 0});
  }
  if (from_window <= std::min(from_top, from_bottom)) return Start::kWindow;
  return from_top <= from_bottom ? Start::kFirstPage : Start::kLastPage;
}

Status ListWindow::ensure(std::int64_t first, std::int64_t last) {
  if (total_ == 0) return Status::Ok();
  last = std::min(last, total_ - 1);
  first = std::max<std::int64_t>(first, 0);
  switch (nearest_start(first, last)) {
    case Start::kFirstPage:
      KANBAO_TRY(load_first());
      break;
    case Start::kLastPage:
      KANBAO_TRY(load_last());
      break;
    case Start::kWindow:
      break;
  }
  // Progress is the window's end moving on, not its size: once the window is
  // full every page trimmed at the front keeps the size the same.
  while (last >= begin_ + window_size() && begin_ + window_size() < total_) {
    const auto end_before = begin_ + window_size();
    KANBAO_TRY(load_after());
    trim_front();
    if (begin_ + window_size() == end_before) break;
  }
  while (first < begin_) {
    const auto before = begin_;
    KANBAO_TRY(load_before());
    trim_back();
    if (begin_ == before) break;
  }
  return Status::Ok();
}

Status ListWindow::select(std::int64_t index, int height) {
  height = std::max(height, 1);
  if (total_ == 0) {
    selected_ = top_ = 0;
    return Status::Ok();
  }
  index = std::clamp<std::int64_t>(index, 0, total_ - 1);
  std::int64_t top = top_;
  if (index < top) top = index;
  if (index >= top + height) top = index - height + 1;
  top = std::clamp<std::int64_t>(top, 0, std::max<std::int64_t>(total_ - height, 0));
  KANBAO_TRY(ensure(top, top + height - 1));
  // The listing may have turned out shorter than counted.
  if (total_ == 0) {
    selected_ = top_ = 0;
    return Status::Ok();
  }
  selected_ = std::min(index, total_ - 1);
  top_ = std::clamp<std::int64_t>(top, 0, std::max<std::int64_t>(total_ - 1, 0));
  return Status::Ok();
}

}  // namespace kanbao::tui
