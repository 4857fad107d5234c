// SPDX-License-Identifier: MIT
#include "store/parse_ahead.h"

#include <utility>

namespace kanbao::store {

Prepared prepare_page(const std::string& path, const ParseSettings& settings, const std::string* unchanged) {
  Prepared p;
  p.path = path;
  p.content = read_file(path);
  if (!p.content) return p;
  p.hash = content_stamp(p.content->bytes);
  if (unchanged != nullptr && *unchanged == p.hash) return p;
  p.decoded = corpus::decode(p.content->bytes);
  p.content->bytes = std::string();  // only the decoded text is needed from here on
  if (!*p.decoded) return p;
  corpus::PageContext context{path,           settings.year, settings.gazetteer,
                              settings.paper, settings.date, settings.papers};
  p.page = corpus::parse_page((*p.decoded)->text, context);
  (*p.decoded)->text = std::string();  // the page holds its own copies
  return p;
}

ParseAhead::ParseAhead(std::vector<std::string> paths, const ParseSettings& settings)
    : paths_(std::move(paths)), settings_(settings), thread_([this] { work(); }) {}

ParseAhead::~ParseAhead() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

std::optional<Prepared> ParseAhead::next() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !queue_.empty() || done_; });
  if (queue_.empty()) return std::nullopt;
  Prepared p = std::move(queue_.front().first);
  queued_bytes_ -= queue_.front().second;
  queue_.pop_front();
  changed_.notify_all();
  return p;
}

void ParseAhead::work() {
  for (const auto& path : paths_) {
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] {
        return stop_ || queue_.empty() || (queue_.size() < kMaxQueued && queued_bytes_ < kMaxQueuedBytes);
      });
      if (stop_) break;
    }
    Prepared p = prepare_page(path, settings_, nullptr);
    const std::int64_t bytes = p.content ? p.content->stat.size : 0;
    std::lock_guard lock(mutex_);
    queue_.emplace_back(std::move(p), bytes);
    queued_bytes_ += bytes;
    changed_.notify_all();
  }
  std::lock_guard lock(mutex_);
  done_ = true;
  changed_.notify_all();
}

}  // namespace kanbao::store
