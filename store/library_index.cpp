// SPDX-License-Identifier: MIT
// Library::index: walks the named paths and brings the library up to date,
// one file (one transaction) at a time.
//
// Reading, decoding and parsing a page is independent of every other page
// and of the library, so a second thread does it ahead of the one writer
// (ParseAhead), through a bounded queue. Everything that touches the
// library - the lookups, the decisions, the per-file transactions - stays
// on the calling thread, in the order it always had: the rules for what is
// indexed, skipped, touched or forgotten, and crash safety, are unchanged.
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>
#include <vector>

#include "corpus/decode.h"
#include "corpus/parse.h"
#include "store/file_reader.h"
#include "store/file_walk.h"
#include "store/indexer.h"
#include "store/library.h"
#include "store/library_impl.h"

namespace kanbao::store {
namespace {

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
Prepared prepare_page(const std::string& path, const ParseSettings& settings, const std::string* unchanged) {
  Prepared p;
  p.path = path;
  p.content = read_file(path);
  if (!p.content) return p;
  p.hash = content_hash(p.content->bytes);
  if (unchanged != nullptr && *unchanged == p.hash) return p;
  p.decoded = corpus::decode(p.content->bytes);
  p.content->bytes = std::string();  // only the decoded text is needed from here on
  if (!*p.decoded) return p;
  corpus::PageContext context{path, settings.year, settings.gazetteer, settings.paper, settings.date,
                              settings.papers};
  p.page = corpus::parse_page((*p.decoded)->text, context);
  (*p.decoded)->text = std::string();  // the page holds its own copies
  return p;
}

// The parse-ahead thread: prepares `paths` in order into a queue of at most
// kMaxQueued pages (and kMaxQueuedBytes of their files, but always one), so
// memory stays bounded whatever the writer's pace. Stops early when
// destroyed; the destructor joins.
class ParseAhead {
 public:
  static constexpr std::size_t kMaxQueued = 32;
  static constexpr std::int64_t kMaxQueuedBytes = 64 << 20;

  ParseAhead(std::vector<std::string> paths, const ParseSettings& settings)
      : paths_(std::move(paths)), settings_(settings), thread_([this] { work(); }) {}
  ParseAhead(const ParseAhead&) = delete;
  ParseAhead& operator=(const ParseAhead&) = delete;
  ~ParseAhead() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }

  // The next prepared page, in the order of `paths`; nullopt after the last.
  std::optional<Prepared> next() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !queue_.empty() || done_; });
    if (queue_.empty()) return std::nullopt;
    Prepared p = std::move(queue_.front().first);
    queued_bytes_ -= queue_.front().second;
    queue_.pop_front();
    changed_.notify_all();
    return p;
  }

 private:
  void work() {
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

  const std::vector<std::string> paths_;
  const ParseSettings settings_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::pair<Prepared, std::int64_t>> queue_;
  std::int64_t queued_bytes_ = 0;
  bool stop_ = false, done_ = false;
  std::thread thread_;  // last: started once the rest is built
};

class Run {
 public:
  Run(IndexWriter& writer, const IndexOptions& options, const Library::Impl& impl, IndexReport& report)
      : writer_(writer), options_(options), gazetteer_(impl.gazetteer), papers_(impl.papers.get()), report_(report) {
    if (options.date) date_ = corpus::Date{options.date->year, options.date->month, options.date->day};
  }

  ParseSettings settings() const { return {options_.year, &gazetteer_, options_.paper, date_, papers_}; }

  // Whether `path` will be read by file(), as far as the library says now
  // (file() decides again): what the parse-ahead thread prepares.
  Result<bool> needs_reading(const std::string& path) {
    FileStat stat;
    StatFailure failure;
    if (!stat_file(path, stat, failure) || stat.size == 0) return false;
    auto record = writer_.lookup(path);
    if (!record) return record.error();
    return !*record || options_.rebuild || (*record)->stat != stat;
  }

  // Brings one candidate up to date. Errors are database failures, which end
  // the run; problems with the file itself land in report.skipped. `ahead`
  // is this file read, decoded and parsed by the parse-ahead thread, or
  // nullptr to do that here.
  Status file(const std::string& path, Prepared* ahead = nullptr) {
    FileStat stat;
    StatFailure failure;
    if (!stat_file(path, stat, failure)) {
      skip(path, failure.reason);
      // Gone since the walk: forget it. Otherwise (unreachable for now) keep it.
      return failure.err == ENOENT ? forget(path) : Status::Ok();
    }
    auto record = writer_.lookup(path);
    if (!record) return record.error();
    if (*record && !options_.rebuild && (*record)->stat == stat) {
      ++report_.files_unchanged;
      return Status::Ok();
    }
    if (stat.size == 0) {
      skip(path, "empty file");
      return forget(path);
    }

    Prepared here;
    if (ahead == nullptr) {
      here = prepare_page(path, settings(), *record && !options_.rebuild ? &(*record)->hash : nullptr);
    }
    Prepared& p = ahead != nullptr ? *ahead : here;
    auto& content = p.content;
    if (!content) {
      // Unreadable for now, or being written: keep what we had; next run retries.
      skip(path, content.error().message());
      return Status::Ok();
    }
    const std::string& hash = p.hash;
    if (*record && !options_.rebuild && (*record)->hash == hash) {
      ++report_.files_unchanged;
      return writer_.touch((*record)->id, content->stat);
    }

    auto& decoded = *p.decoded;
    if (!decoded) {
      // decode() words its reason as "not a text file (why)"; keep other wordings readable too.
      const std::string& why = decoded.error().message();
      skip(path, why.rfind("not a text file", 0) == 0 ? why : "not a text file (" + why + ")");
      return forget(path);
    }
    if (decoded->replaced > 0) {
      warn(path, "replaced " + std::to_string(decoded->replaced) + " invalid byte sequence" +
                     (decoded->replaced == 1 ? "" : "s") + " with U+FFFD");
    }

    const corpus::Page& page = p.page;
    for (const auto& w : page.warnings) warn(path, w);
    if (page.articles.empty()) warn(path, "no articles found");

    auto removed = writer_.replace(path, content->stat, hash, decoded->encoding, page);
    if (!removed) return Error("cannot store " + path + ": " + removed.error().message());
    ++report_.files_indexed;
    report_.articles_removed += *removed;
    report_.articles_added += static_cast<std::int64_t>(page.articles.size());
    return Status::Ok();
  }

  // Forgets a stored file (no-op if it never was indexed).
  Status forget(const std::string& path) {
    auto record = writer_.lookup(path);
    if (!record) return record.error();
    if (!*record) return Status::Ok();
    return remove((*record)->id, path);
  }

  Status remove(std::int64_t id, const std::string& path) {
    auto removed = writer_.remove(id);
    if (!removed) return Error("cannot remove " + path + " from the library: " + removed.error().message());
    ++report_.files_removed;
    report_.articles_removed += *removed;
    return Status::Ok();
  }

 private:
  void skip(const std::string& path, std::string reason) { report_.skipped.push_back({path, std::move(reason)}); }
  void warn(const std::string& path, const std::string& what) { report_.warnings.push_back(path + ": " + what); }

  IndexWriter& writer_;
  const IndexOptions& options_;
  const corpus::Gazetteer& gazetteer_;
  const corpus::Papers* papers_;
  std::optional<corpus::Date> date_;
  IndexReport& report_;
};

bool under(const std::string& path, const std::string& folder) {
  if (folder == "/") return true;
  return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 && path[folder.size()] == '/';
}

}  // namespace

Result<IndexReport> Library::index(const std::vector<std::string>& paths, const IndexOptions& options,
                                   const ProgressFn& progress) {
  if (impl_->mode != OpenMode::kReadWrite) return Error(impl_->path + " is open read-only; cannot index");
  auto writer = IndexWriter::prepare(impl_->db);
  if (!writer) return writer.error();

  WalkResult found = walk(paths);
  // The library's own files may sit in an indexed folder; they are not pages.
  const std::string self = normal_path(impl_->path);
  std::erase_if(found.files, [&](const Candidate& c) {
    return c.path == self || c.path == self + "-wal" || c.path == self + "-shm" || c.path == self + "-journal";
  });
  IndexReport report;
  report.skipped = std::move(found.skipped);
  report.files_seen = static_cast<int>(found.files.size());

  IndexProgress state;
  state.files_total = report.files_seen;
  for (const auto& f : found.files) state.bytes_total += f.size;

  Run run(*writer, options, *impl_, report);
  // The files to read, in order, for the parse-ahead thread. file() takes a
  // prepared page only when it is the one for its path; any other (a file
  // that changed between the two looks) it reads itself.
  std::vector<std::string> to_read;
  for (const auto& f : found.files) {
    KANBAO_ASSIGN_OR_RETURN(bool read, run.needs_reading(f.path));
    if (read) to_read.push_back(f.path);
  }
  std::optional<ParseAhead> ahead;
  if (to_read.size() > 1) ahead.emplace(to_read, run.settings());
  std::optional<Prepared> next = ahead ? ahead->next() : std::nullopt;
  for (const auto& f : found.files) {
    Prepared* prepared = nullptr;
    if (next && next->path == f.path) prepared = &*next;
    KANBAO_TRY(run.file(f.path, prepared));
    if (prepared != nullptr) next = ahead->next();
    ++state.files_done;
    state.bytes_done += f.size;
    state.articles = report.articles_added;
    if (progress) progress(state);
  }

  // Files that are no longer where they were: with --rebuild every file not
  // found in this run, otherwise those under the folders named in this run.
  std::set<std::string> seen;
  for (const auto& f : found.files) seen.insert(f.path);
  std::vector<std::string> scopes = options.rebuild ? std::vector<std::string>{""} : found.folders;
  for (const auto& folder : scopes) {
    auto stored = writer->files_under(folder.empty() || folder == "/" ? folder : folder + "/");
    if (!stored) return stored.error();
    for (const auto& [id, path] : *stored) {
      if (seen.count(path) != 0) continue;
      bool unlisted = false;  // under a folder we could not read this time
      for (const auto& bad : found.unreadable_folders) unlisted = unlisted || under(path, bad);
      if (unlisted) continue;
      KANBAO_TRY(run.remove(id, path));
      seen.insert(path);  // named folders may nest; remove once
    }
  }
  KANBAO_TRY(writer->prune());
  return report;
}

}  // namespace kanbao::store
