// SPDX-License-Identifier: MIT
// Library::import_from: a library moved from one backend to another (or to
// another file or database) without parsing a page. The source's stored
// pages (stored_pages.h) go to the destination's own FileWriter, which
// stores them as `index` stores a parsed page - its own rows, its own
// search index - keeping the articles' ids; then the source's UUID, so that
// reading state follows the move.
//
// Why one transaction per file and not one for the whole import: the
// writers commit each file on its own (file_writer.h), so an import that
// stops (killed, server gone) leaves every file whole or absent, never half,
// and a library of tens of millions of articles is not one transaction the
// size of the library. What it may leave is a library missing files: it
// carries the source's UUID from the start, so running the import again
// recognises it as the same library and finishes it, skipping the files
// already there.
//
// The source's files are read a batch at a time (by id, keyset), so that an
// import of millions of files never holds the whole list; only the paths
// the destination held before (none, unless resuming) are kept, to remove
// those the source no longer has.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "corpus/parse.h"
#include "store/backend.h"
#include "store/file_reader.h"
#include "store/indexer.h"
#include "store/library.h"
#include "store/library_identity.h"
#include "store/library_impl.h"
#include "store/location.h"
#include "store/sqlite_pages.h"

namespace kanbao::store {
namespace {

constexpr const char* kUuidKey = "library_uuid";
// Written into the destination and looked for in the source, to tell the
// same library under two names (two paths, two server addresses) apart.
constexpr const char* kProbeKey = "import_probe";

// What an import needs of one library, whichever backend holds it.
class Access {
 public:
  explicit Access(Library::Impl& impl) : impl_(impl) {}

  std::unique_ptr<PageReader> reader() {
    if (impl_.backend) return impl_.backend->page_reader();
    return std::make_unique<SqlitePageReader>(impl_.db);
  }

  Result<std::unique_ptr<FileWriter>> writer() {
    if (impl_.backend) return impl_.backend->file_writer();
    if (impl_.mode != OpenMode::kReadWrite) return Error(path() + " is open read-only; cannot write to it");
    KANBAO_ASSIGN_OR_RETURN(IndexWriter writer, IndexWriter::prepare(impl_.db));
    return std::unique_ptr<FileWriter>(std::make_unique<IndexWriter>(std::move(writer)));
  }

  Result<std::optional<std::string>> meta(const std::string& key) {
    if (impl_.backend) return impl_.backend->meta(key);
    KANBAO_ASSIGN_OR_RETURN(auto select, impl_.db.prepare("SELECT value FROM meta WHERE key = ?1"));
    select.bind(1, key);
    KANBAO_ASSIGN_OR_RETURN(const bool row, select.step());
    return row ? std::optional<std::string>(select.text(0)) : std::nullopt;
  }

  // "" removes the key.
  Status set_meta(const std::string& key, const std::string& value) {
    if (impl_.backend) return impl_.backend->set_meta(key, value);
    KANBAO_ASSIGN_OR_RETURN(auto write,
                            impl_.db.prepare(value.empty() ? "DELETE FROM meta WHERE key = ?1"
                                                           : "INSERT INTO meta(key, value) VALUES"
                                                             " (?1, ?2) ON CONFLICT(key) DO UPDATE"
                                                             " SET value = ?2"));
    write.bind(1, key);
    if (!value.empty()) write.bind(2, value);
    return write.run();
  }

  // As messages name it (no password).
  std::string path() const { return shown_location(impl_.path); }
  LibraryIdentity& identity() { return impl_.identity; }

 private:
  Library::Impl& impl_;
};

// Fails when `to` and `from` are one library: a value written into `to`
// shows in `from`.
Status refuse_same(Access& to, Access& from) {
  const std::string probe = random_uuid();
  KANBAO_TRY(to.set_meta(kProbeKey, probe));
  auto seen = from.meta(kProbeKey);
  KANBAO_TRY(to.set_meta(kProbeKey, ""));
  if (!seen) return seen.error();
  if (*seen == probe || to.identity().path_key == from.identity().path_key) {
    return Error("cannot import " + from.path() + " into itself: " + to.path() + " is the same library");
  }
  return Status::Ok();
}

// Checks that `to` may receive `from` (empty, or an earlier import of the
// same library) and gives it `from`'s UUID. `held`: the paths `to` holds.
Status prepare_destination(Access& to, Access& from, const std::set<std::string>& held) {
  const std::string& key = from.identity().key;
  if (!held.empty()) {
    if (key.rfind("uuid:", 0) == 0 && key == to.identity().key) return Status::Ok();  // an earlier import
    return Error(to.path() + " already holds another library (" + std::to_string(held.size()) +
                 " files); import only into a new, empty library (another file, or an empty database)");
  }
  // A library from before UUIDs keeps none to carry: the destination keeps its own.
  if (key.rfind("uuid:", 0) != 0) return Status::Ok();
  KANBAO_TRY(to.set_meta(kUuidKey, key.substr(5)));
  to.identity().key = key;
  return Status::Ok();
}

// Stores `file` unless `to` already holds it as it is.
Status copy_file(PageReader& reader, FileWriter& writer, const StoredFile& file, IndexReport& report) {
  KANBAO_ASSIGN_OR_RETURN(const std::optional<FileRecord> there, writer.lookup(file.path));
  if (there && there->stat == file.stat && there->hash == file.hash) {
    ++report.files_unchanged;
    return Status::Ok();
  }
  KANBAO_ASSIGN_OR_RETURN(const StoredPage page, reader.page(file));
  auto replaced = writer.restore(file.path, file.stat, file.hash, file.encoding, page.page, page.ids);
  if (!replaced) return Error("cannot import " + file.path + ": " + replaced.error().message());
  const auto kept = static_cast<std::int64_t>(replaced->kept_positions.size());
  report.articles_removed += replaced->removed;
  report.articles_updated += kept;
  report.articles_added += static_cast<std::int64_t>(page.ids.size()) - kept;
  ++report.files_indexed;
  return Status::Ok();
}

// Stores every file of the source, `batch` files read at a time, that `to`
// does not already hold as it is; takes out of `unseen` (the paths `to`
// held) every path the source holds.
Status copy_files(PageReader& reader, FileWriter& writer, int batch, std::set<std::string>& unseen,
                  IndexReport& report, const ProgressFn& progress) {
  KANBAO_ASSIGN_OR_RETURN(const FileTotals totals, reader.totals());
  IndexProgress p;
  p.files_total = totals.files;
  p.bytes_total = totals.bytes;
  for (std::int64_t after = 0;;) {
    KANBAO_ASSIGN_OR_RETURN(const std::vector<StoredFile> files, reader.files_after(after, batch));
    if (files.empty()) return Status::Ok();
    for (const auto& file : files) {
      KANBAO_TRY(copy_file(reader, writer, file, report));
      unseen.erase(file.path);
      ++report.files_seen;
      ++p.files_done;
      p.bytes_done += file.stat.size;
      p.articles = report.articles_added + report.articles_updated;
      if (progress) progress(p);
    }
    after = files.back().id;
  }
}

// Removes the files of an earlier import (`held`) that the source no longer
// holds (`unseen`).
Status remove_left_over(FileWriter& writer, const std::vector<std::pair<std::int64_t, std::string>>& held,
                        const std::set<std::string>& unseen, IndexReport& report) {
  for (const auto& [id, path] : held) {
    if (unseen.count(path) == 0) continue;
    KANBAO_ASSIGN_OR_RETURN(const std::int64_t removed, writer.remove(id));
    report.articles_removed += removed;
    ++report.files_removed;
  }
  return Status::Ok();
}

}  // namespace

Result<IndexReport> Library::import_from(Library& source, const ProgressFn& progress, int files_per_batch) {
  if (files_per_batch < 1) return Error("an import reads at least one file at a time");
  Access to(*impl_), from(*source.impl_);
  KANBAO_ASSIGN_OR_RETURN(std::unique_ptr<FileWriter> writer, to.writer());
  KANBAO_TRY(refuse_same(to, from));
  KANBAO_ASSIGN_OR_RETURN(const auto held_files, writer->files_under(""));
  std::set<std::string> held;
  for (const auto& [id, path] : held_files) held.insert(path);
  KANBAO_TRY(prepare_destination(to, from, held));
  std::unique_ptr<PageReader> reader = from.reader();
  IndexReport report;
  KANBAO_TRY(copy_files(*reader, *writer, files_per_batch, held, report, progress));
  KANBAO_TRY(remove_left_over(*writer, held_files, held, report));
  KANBAO_TRY(writer->prune());
  KANBAO_TRY(writer->note_parser(corpus::kParserVersion, parser_suffix()));
  return report;
}

}  // namespace kanbao::store
