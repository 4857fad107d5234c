// SPDX-License-Identifier: MIT
// import: a whole library moved from another one (SQLite to PostgreSQL and
// back) without parsing a page; Library::import_from states what moves.
#include <fmt/format.h>

#include <filesystem>

#include "cli/common.h"
#include "cli/progress.h"
#include "cli/terminal.h"
#include "store/location.h"
#include "text/width.h"

namespace kanbao::cli {
namespace {

namespace fs = std::filesystem;

std::string summary(const store::IndexReport& r, const std::string& source) {
  auto plural = [](auto n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  if (r.files_indexed == 0 && r.files_removed == 0) {
    return fmt::format("nothing to do: {} already imported from {}", plural(r.files_unchanged, "file"),
                       source);
  }
  return fmt::format(
      "imported {} ({}) from {}; {} already there, {} removed", plural(r.files_indexed, "file"),
      plural(r.articles_added + r.articles_updated, "article"), source, r.files_unchanged, r.files_removed);
}

// The library at `source`, open for reading; a file that is not there is
// an error here, never a new library.
Result<store::Library> open_source(const Context& context, const std::string& source) {
  KANBAO_ASSIGN_OR_RETURN(const store::Backend backend, store::backend_of(source));
  std::error_code ec;
  if (backend == store::Backend::kSqlite && !fs::exists(source, ec)) {
    return Error(fmt::format("cannot import {}: no library there", text::sanitize(source)));
  }
  return open_library(context, source, store::OpenMode::kReadOnly);
}

}  // namespace

Outcome run_import(const Context& context) {
  const Invocation& inv = context.invocation;
  const std::string& source_location = inv.positionals.front();
  // The source first: a source kanbao cannot read leaves the destination unmade.
  KANBAO_ASSIGN_OR_RETURN(store::Library source, open_source(context, source_location));
  const LibraryLocation location = library_location(context);
  KANBAO_ASSIGN_OR_RETURN(store::Library library,
                          open_library(context, location.path, store::OpenMode::kReadWrite));
  const bool quiet = inv.has("--quiet");
  ProgressBar bar(!quiet && is_terminal(stderr));
  auto report = library.import_from(source, [&bar](const store::IndexProgress& p) { bar.update(p); });
  bar.finish();
  if (!report) return report.error();
  if (!quiet) print(summary(*report, text::sanitize(store::shown_location(source_location))) + "\n");
  return kExitOk;
}

}  // namespace kanbao::cli
