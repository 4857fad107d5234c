// SPDX-License-Identifier: MIT
// Reading, decoding and parsing a page ahead of the indexer's writer.
// Internal to store/.
//
// A page is independent of every other page and of the library, so a second
// thread (ParseAhead) prepares pages while the one writer stores them,
// through a bounded queue. Everything that touches the library - lookups,
// decisions, per-file transactions - stays on the writer's thread
// (index_run.h), so the rules for what is indexed and crash safety do not
// depend on it. The parser keeps no shared mutable state (corpus::Papers is
// read-only while a run lasts).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "base/result.h"
#include "corpus/decode.h"
#include "corpus/gazetteer.h"
#include "corpus/papers.h"
#include "corpus/parse.h"
#include "store/file_reader.h"

namespace kanbao::store {

// A page read, decoded and parsed ahead of the writer.
struct Prepared {
  std::string path;
  Result<FileContent> content = Error("not read");  // bytes dropped once decoded
  std::string hash;
  std::optional<Result<corpus::DecodedText>> decoded;  // text dropped once parsed
  corpus::Page page;
};

// What parsing needs besides the file: the same for every page of a run.
struct ParseSettings {
  std::optional<int> year;
  const corpus::Gazetteer* gazetteer = nullptr;
  std::string paper;
  std::optional<corpus::Date> date;
  const corpus::Papers* papers = nullptr;
};

// Reads, hashes, decodes and parses a page exactly as the writer would;
// stops after the hash when it equals `unchanged` (the stored file's hash,
// or nullptr).
Prepared prepare_page(const std::string& path, const ParseSettings& settings, const std::string* unchanged);

// The parse-ahead thread: prepares `paths` in order into a queue of at most
// kMaxQueued pages (and kMaxQueuedBytes of their files, but always one), so
// memory stays bounded whatever the writer's pace. Stops early when
// destroyed; the destructor joins.
class ParseAhead {
 public:
  static constexpr std::size_t kMaxQueued = 32;
  static constexpr std::int64_t kMaxQueuedBytes = 64 << 20;

  ParseAhead(std::vector<std::string> paths, const ParseSettings& settings);
  ParseAhead(const ParseAhead&) = delete;
  ParseAhead& operator=(const ParseAhead&) = delete;
  ~ParseAhead();

  // The next prepared page, in the order of `paths`; nullopt after the last.
  std::optional<Prepared> next();

 private:
  void work();

  const std::vector<std::string> paths_;
  const ParseSettings settings_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::pair<Prepared, std::int64_t>> queue_;
  std::int64_t queued_bytes_ = 0;
  bool stop_ = false, done_ = false;
  std::thread thread_;  // last: started once the rest is built
};

}  // namespace kanbao::store
