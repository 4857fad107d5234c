// SPDX-License-Identifier: MIT
#include "store/index_run.h"

#include <cerrno>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/decode.h"
#include "corpus/parse.h"
#include "store/file_reader.h"
#include "store/file_walk.h"
#include "store/parse_ahead.h"
#include "store/stored_date.h"
#include "text/strings.h"

namespace kanbao::store {
namespace {

// The warning for a page of `text` in which the parser found no article:
// one that held only page furniture (a paper's details block, 本报地址…,
// or an advertisement, which the parser files as furniture on purpose) is
// said to, lest it look like a problem; text it could not read is not.
std::string no_article_warning(const corpus::Page& page, std::string_view text) {
  if (page.furniture.empty()) return "no articles found";
  std::set<int> furniture;
  for (const corpus::FurnitureLine& f : page.furniture) furniture.insert(f.line);
  int number = 0;
  for (std::string_view line : text::split_lines(text)) {
    ++number;
    if (!text::trim(line).empty() && furniture.count(number) == 0) return "no articles found";
  }
  return "only page furniture (no article)";
}

class IndexRun {
 public:
  IndexRun(FileWriter& writer, const IndexOptions& options, const corpus::Gazetteer& gazetteer,
           const corpus::Papers* papers, IndexReport& report)
      : writer_(writer), options_(options), gazetteer_(gazetteer), papers_(papers), report_(report) {
    if (options.date) date_ = corpus::Date{options.date->year, options.date->month, options.date->day};
  }

  ParseSettings settings() const { return {options_.year, &gazetteer_, options_.paper, date_, papers_}; }

  // What the library said of a file when the run began: its stat then and
  // its stored record. file() reuses the record when the stat is unchanged,
  // so each file costs one lookup (one round trip on a server backend).
  struct Look {
    FileStat stat;
    std::optional<FileRecord> record;
  };

  // Looks at `path` once (nullopt: unreadable or empty, file() decides).
  Result<std::optional<Look>> look(const std::string& path) {
    Look l;
    StatFailure failure;
    if (!stat_file(path, l.stat, failure) || l.stat.size == 0) return std::optional<Look>();
    KANBAO_ASSIGN_OR_RETURN(l.record, writer_.lookup(path));
    return std::optional<Look>(std::move(l));
  }

  // Whether file() will read the file `look` saw: what the parse-ahead
  // thread prepares.
  bool needs_reading(const std::optional<Look>& l) const {
    return l && (!l->record || options_.rebuild || l->record->stat != l->stat || given_anew(*l->record));
  }

  // Brings one candidate up to date. Errors are database failures, which end
  // the run; problems with the file itself land in report.skipped. `ahead`
  // is this file read, decoded and parsed by the parse-ahead thread, or
  // nullptr to do that here; `earlier` is what look() saw, if it looked.
  Status file(const std::string& path, Prepared* ahead = nullptr,
              const std::optional<Look>* earlier = nullptr) {
    FileStat stat;
    StatFailure failure;
    if (!stat_file(path, stat, failure)) {
      skip(path, failure.reason);
      // Gone since the walk: forget it. Otherwise (unreachable for now) keep it.
      return failure.err == ENOENT ? forget(path) : Status::Ok();
    }
    KANBAO_ASSIGN_OR_RETURN(const std::optional<FileRecord> record, record_of(path, stat, earlier));
    if (reusable(record) && record->stat == stat) {
      ++report_.files_unchanged;
      return Status::Ok();
    }
    if (kept_by_options(record) && record->stat == stat) ++report_.files_reread;  // an older parser's
    if (stat.size == 0) {
      skip(path, "empty file");
      return forget(path);
    }
    if (ahead != nullptr) return update(path, *ahead, record);
    Prepared here = prepare_page(path, settings(), reusable(record) ? &record->hash : nullptr);
    return update(path, here, record);
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

  // An article the run stored that ended up joined to the article it
  // continues (下转/上接, on a page stored before or after it) is listed
  // as that one: the counts of articles added and updated are of those a
  // user can list.
  Status uncount_joined_parts() {
    if (stored_.empty()) return Status::Ok();
    KANBAO_ASSIGN_OR_RETURN(const auto parts, writer_.joined_parts());
    for (const auto& [path, position] : parts) {
      const auto file = stored_.find(path);
      if (file == stored_.end()) continue;
      if (file->second.count(position) > 0) {
        --report_.articles_updated;
      } else {
        --report_.articles_added;
      }
    }
    return Status::Ok();
  }

 private:
  // What the library holds of `path`, now `stat`: what look() saw when the
  // file has not changed since, else asked again.
  Result<std::optional<FileRecord>> record_of(const std::string& path, const FileStat& stat,
                                              const std::optional<Look>* earlier) {
    if (earlier != nullptr && *earlier && (*earlier)->stat == stat) return (*earlier)->record;
    return writer_.lookup(path);
  }

  // Stores the page `p` read from `path` unless its content is what
  // `record` holds (or it could not be read or decoded).
  Status update(const std::string& path, Prepared& p, const std::optional<FileRecord>& record) {
    auto& content = p.content;
    if (!content) {
      // Unreadable for now, or being written: keep what we had; next run retries.
      skip(path, content.error().message());
      return Status::Ok();
    }
    if (reusable(record) && record->hash == p.hash) {
      ++report_.files_unchanged;
      return writer_.touch(record->id, content->stat);
    }
    auto& decoded = *p.decoded;
    if (!decoded) {
      // decode() words its reason as "not a text file (why)"; keep other wordings readable too.
      const std::string& why = decoded.error().message();
      skip(path, why.rfind("not a text file", 0) == 0 ? why : "not a text file (" + why + ")");
      return forget(path);
    }
    if (record && lacks_what_was_given(p.page, *record)) {
      // Parsed again with what its page was given before (rare: a file whose path names no paper or issue).
      Prepared again = prepare_page(path, settings_keeping(*record), nullptr);
      if (again.content && again.decoded && *again.decoded)
        return store(path, again.content->stat, again.hash, **again.decoded, again.page);
    }
    return store(path, content->stat, p.hash, *decoded, p.page);
  }

  // Neither --rebuild nor an option it was not given (given_anew) asks for
  // the stored file anew.
  bool kept_by_options(const std::optional<FileRecord>& r) const {
    return r && !options_.rebuild && !given_anew(*r);
  }

  // What the library holds of a file may stand if the file is unchanged:
  // the options keep it and this build's parser read it (file_reader.h's
  // content_stamp).
  bool reusable(const std::optional<FileRecord>& r) const {
    return kept_by_options(r) && stamped_by_this_parser(r->hash);
  }

  // `index --paper` or `--date` names a paper or issue the file's page was
  // not given when it was stored: the file is read again, so that they apply
  // (they override the path's; a user tagging files already indexed found
  // them "unchanged" and kept untagged).
  bool given_anew(const FileRecord& r) const {
    return (!options_.paper.empty() && r.paper != options_.paper) ||
           (date_ && r.issue_key != date_key(*date_));
  }

  // The page of a file parsed again has no paper (or issue) - its path names
  // none and this run gives none - where the library's record gives one: one
  // an earlier `index --paper` (or `--date`) gave it. Forgetting it would
  // undo a user's tagging at the next change of the file.
  bool lacks_what_was_given(const corpus::Page& page, const FileRecord& r) const {
    const bool paper = options_.paper.empty() && page.origin.paper.empty() && !r.paper.empty();
    const bool issue = !date_ && !page.origin.issue && date_from_key(r.issue_key).known();
    return paper || issue;
  }

  // This run's settings, with what the record gives for what the run does not.
  ParseSettings settings_keeping(const FileRecord& r) const {
    ParseSettings s = settings();
    if (s.paper.empty()) s.paper = r.paper;
    if (!s.date && date_from_key(r.issue_key).known()) s.date = date_from_key(r.issue_key);
    return s;
  }

  // Replaces what the library held of `path` by `page`, with its warnings.
  Status store(const std::string& path, const FileStat& stat, const std::string& hash,
               const corpus::DecodedText& decoded, const corpus::Page& page) {
    if (decoded.replaced > 0) {
      warn(path, "replaced " + std::to_string(decoded.replaced) + " invalid byte sequence" +
                     (decoded.replaced == 1 ? "" : "s") + " with U+FFFD");
    }
    for (const auto& w : page.warnings) warn(path, w);
    if (page.articles.empty()) warn(path, no_article_warning(page, decoded.text));
    auto replaced = writer_.replace(path, stat, hash, decoded.encoding, page);
    if (!replaced) return Error("cannot store " + path + ": " + replaced.error().message());
    ++report_.files_indexed;
    const auto kept = static_cast<std::int64_t>(replaced->kept_positions.size());
    report_.articles_removed += replaced->removed;
    report_.articles_updated += kept;
    report_.articles_added += static_cast<std::int64_t>(page.articles.size()) - kept;
    stored_[path] = std::set<int>(replaced->kept_positions.begin(), replaced->kept_positions.end());
    return Status::Ok();
  }

  void skip(const std::string& path, std::string reason) {
    report_.skipped.push_back({path, std::move(reason)});
  }
  void warn(const std::string& path, const std::string& what) {
    report_.warnings.push_back(path + ": " + what);
  }

  // The files this run stored, each with the positions of its articles
  // that were read again in place.
  std::map<std::string, std::set<int>> stored_;

  FileWriter& writer_;
  const IndexOptions& options_;
  const corpus::Gazetteer& gazetteer_;
  const corpus::Papers* papers_;
  std::optional<corpus::Date> date_;
  IndexReport& report_;
};

bool under_folder(const std::string& path, const std::string& folder) {
  if (folder == "/") return true;
  return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
         path[folder.size()] == '/';
}

// The files under `paths`, but for the library's own files.
WalkResult candidates(const std::vector<std::string>& paths, const std::vector<std::string>& own_files) {
  WalkResult found = walk(paths);
  std::erase_if(found.files, [&](const Candidate& c) {
    for (const auto& own : own_files) {
      if (c.path == own) return true;
    }
    return false;
  });
  return found;
}

// Brings every file found up to date, in order, telling `progress` after each.
Status index_files(IndexRun& run, const std::vector<Candidate>& files, const IndexReport& report,
                   const ProgressFn& progress) {
  IndexProgress state;
  state.files_total = report.files_seen;
  for (const auto& f : files) state.bytes_total += f.size;
  // The files to read, in order, for the parse-ahead thread (parse_ahead.h).
  // file() takes a prepared page only when it is the one for its path; any
  // other (a file that changed between the two looks) it reads itself.
  using Look = IndexRun::Look;
  std::vector<std::optional<Look>> looks;
  looks.reserve(files.size());
  std::vector<std::string> to_read;
  for (const auto& f : files) {
    KANBAO_ASSIGN_OR_RETURN(std::optional<Look> l, run.look(f.path));
    if (run.needs_reading(l)) to_read.push_back(f.path);
    looks.push_back(std::move(l));
  }
  std::optional<ParseAhead> ahead;
  if (to_read.size() > 1) ahead.emplace(to_read, run.settings());
  std::optional<Prepared> next = ahead ? ahead->next() : std::nullopt;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Candidate& f = files[i];
    Prepared* prepared = nullptr;
    if (next && next->path == f.path) prepared = &*next;
    KANBAO_TRY(run.file(f.path, prepared, &looks[i]));
    if (prepared != nullptr) next = ahead->next();
    ++state.files_done;
    state.bytes_done += f.size;
    state.articles = report.articles_added + report.articles_updated;
    if (progress) progress(state);
  }
  return Status::Ok();
}

// Files that are no longer where they were: with --rebuild every file not
// found in this run, otherwise those under the folders named in this run.
Status remove_vanished(FileWriter& writer, IndexRun& run, const WalkResult& found, bool rebuild) {
  std::set<std::string> seen;
  for (const auto& f : found.files) seen.insert(f.path);
  std::vector<std::string> scopes = rebuild ? std::vector<std::string>{""} : found.folders;
  for (const auto& folder : scopes) {
    auto stored = writer.files_under(folder.empty() || folder == "/" ? folder : folder + "/");
    if (!stored) return stored.error();
    for (const auto& [id, path] : *stored) {
      if (seen.count(path) != 0) continue;
      bool unlisted = false;  // under a folder we could not read this time
      for (const auto& bad : found.unreadable_folders) unlisted = unlisted || under_folder(path, bad);
      if (unlisted) continue;
      KANBAO_TRY(run.remove(id, path));
      seen.insert(path);  // named folders may nest; remove once
    }
  }
  return Status::Ok();
}

}  // namespace

Result<IndexReport> run_index(FileWriter& writer, const std::vector<std::string>& paths,
                              const IndexOptions& options, const corpus::Gazetteer& gazetteer,
                              const corpus::Papers* papers, const std::vector<std::string>& own_files,
                              const ProgressFn& progress) {
  WalkResult found = candidates(paths, own_files);
  IndexReport report;
  report.skipped = std::move(found.skipped);
  report.not_pages = found.not_pages;
  report.files_seen = static_cast<int>(found.files.size());
  IndexRun run(writer, options, gazetteer, papers, report);
  KANBAO_TRY(index_files(run, found.files, report, progress));
  KANBAO_TRY(remove_vanished(writer, run, found, options.rebuild));
  KANBAO_TRY(run.uncount_joined_parts());
  KANBAO_TRY(writer.prune());
  KANBAO_TRY(writer.note_parser(corpus::kParserVersion, parser_suffix()));
  return report;
}

}  // namespace kanbao::store
