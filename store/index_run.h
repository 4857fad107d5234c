// SPDX-License-Identifier: MIT
// The incremental indexing rules, written once for every backend: which
// files are new, changed (size+mtime, then the content hash), unchanged,
// skipped or vanished, and what the report says about each. Internal to
// store/.
//
// `Writer` stores the results; it is the SQLite IndexWriter (indexer.h) or
// a server backend's writer, and provides, each file in its own transaction:
//   Result<std::optional<FileRecord>> lookup(const std::string& path);
//   Status touch(std::int64_t file_id, const FileStat& stat);
//   Result<std::int64_t> replace(path, stat, hash, encoding, const corpus::Page&);  // articles removed
//   Result<std::int64_t> remove(std::int64_t file_id);                              // articles removed
//   Result<std::vector<std::pair<std::int64_t, std::string>>> files_under(const std::string& prefix);
//   Status prune();
#pragma once

#include <cerrno>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "corpus/decode.h"
#include "corpus/gazetteer.h"
#include "corpus/papers.h"
#include "corpus/parse.h"
#include "store/file_reader.h"
#include "store/file_walk.h"
#include "store/library.h"
#include "store/parse_ahead.h"

namespace kanbao::store {
namespace index_run {

template <class Writer>
class IndexRun {
 public:
  IndexRun(Writer& writer, const IndexOptions& options, const corpus::Gazetteer& gazetteer,
           const corpus::Papers* papers, IndexReport& report)
      : writer_(writer), options_(options), gazetteer_(gazetteer), papers_(papers), report_(report) {
    if (options.date) date_ = corpus::Date{options.date->year, options.date->month, options.date->day};
  }

  ParseSettings settings() const { return {options_.year, &gazetteer_, options_.paper, date_, papers_}; }

  // Whether `path` will be read by file(), as far as the library says now
  // (file() decides again): what the parse-ahead thread prepares.
  Result<bool> needs_reading(const std::string& path) {
    FileStat stat;
    StatFailure failure;
    if (!stat_file(path, stat, failure) || stat.size == 0) return false;
    KANBAO_ASSIGN_OR_RETURN(auto record, writer_.lookup(path));
    return !record || options_.rebuild || (record)->stat != stat;
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
    KANBAO_ASSIGN_OR_RETURN(auto record, writer_.lookup(path));
    if (record && !options_.rebuild && (record)->stat == stat) {
      ++report_.files_unchanged;
      return Status::Ok();
    }
    if (stat.size == 0) {
      skip(path, "empty file");
      return forget(path);
    }

    Prepared here;
    if (ahead == nullptr) {
      here = prepare_page(path, settings(), record && !options_.rebuild ? &(record)->hash : nullptr);
    }
    Prepared& p = ahead != nullptr ? *ahead : here;
    auto& content = p.content;
    if (!content) {
      // Unreadable for now, or being written: keep what we had; next run retries.
      skip(path, content.error().message());
      return Status::Ok();
    }
    const std::string& hash = p.hash;
    if (record && !options_.rebuild && (record)->hash == hash) {
      ++report_.files_unchanged;
      return writer_.touch((record)->id, content->stat);
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
    KANBAO_ASSIGN_OR_RETURN(auto record, writer_.lookup(path));
    if (!record) return Status::Ok();
    return remove((record)->id, path);
  }

  Status remove(std::int64_t id, const std::string& path) {
    auto removed = writer_.remove(id);
    if (!removed) return Error("cannot remove " + path + " from the library: " + removed.error().message());
    ++report_.files_removed;
    report_.articles_removed += *removed;
    return Status::Ok();
  }

 private:
  void skip(const std::string& path, std::string reason) {
    report_.skipped.push_back({path, std::move(reason)});
  }
  void warn(const std::string& path, const std::string& what) {
    report_.warnings.push_back(path + ": " + what);
  }

  Writer& writer_;
  const IndexOptions& options_;
  const corpus::Gazetteer& gazetteer_;
  const corpus::Papers* papers_;
  std::optional<corpus::Date> date_;
  IndexReport& report_;
};

inline bool under_folder(const std::string& path, const std::string& folder) {
  if (folder == "/") return true;
  return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
         path[folder.size()] == '/';
}

}  // namespace index_run

// Walks `paths` and brings the library behind `writer` up to date, file by
// file; then forgets the files vanished from the named folders (with
// --rebuild: every file not found) and prunes. `own_files` are the library's
// own files, never indexed as pages. Errors are the store's; problems with
// a page land in the report.
template <class Writer>
Result<IndexReport> run_index(Writer& writer, const std::vector<std::string>& paths,
                              const IndexOptions& options, const corpus::Gazetteer& gazetteer,
                              const corpus::Papers* papers, const std::vector<std::string>& own_files,
                              const ProgressFn& progress) {
  WalkResult found = walk(paths);
  std::erase_if(found.files, [&](const Candidate& c) {
    for (const auto& own : own_files) {
      if (c.path == own) return true;
    }
    return false;
  });
  IndexReport report;
  report.skipped = std::move(found.skipped);
  report.files_seen = static_cast<int>(found.files.size());

  IndexProgress state;
  state.files_total = report.files_seen;
  for (const auto& f : found.files) state.bytes_total += f.size;

  index_run::IndexRun<Writer> run(writer, options, gazetteer, papers, report);
  // The files to read, in order, for the parse-ahead thread (parse_ahead.h).
  // file() takes a prepared page only when it is the one for its path; any
  // other (a file that changed between the two looks) it reads itself.
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
    KANBAO_ASSIGN_OR_RETURN(auto stored,
                            writer.files_under(folder.empty() || folder == "/" ? folder : folder + "/"));
    for (const auto& [id, path] : stored) {
      if (seen.count(path) != 0) continue;
      bool unlisted = false;  // under a folder we could not read this time
      for (const auto& bad : found.unreadable_folders)
        unlisted = unlisted || index_run::under_folder(path, bad);
      if (unlisted) continue;
      KANBAO_TRY(run.remove(id, path));
      seen.insert(path);  // named folders may nest; remove once
    }
  }
  KANBAO_TRY(writer.prune());
  return report;
}

}  // namespace kanbao::store
