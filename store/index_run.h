// SPDX-License-Identifier: MIT
// The incremental indexing rules, written once for every backend: which
// files are new, changed (size+mtime, then the content hash), unchanged,
// skipped or vanished, and what the report says about each. The backend's
// writes go through a FileWriter (file_writer.h). Internal to store/.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "corpus/gazetteer.h"
#include "corpus/papers.h"
#include "store/file_writer.h"
#include "store/library.h"

namespace kanbao::store {

// Walks `paths` and brings the library behind `writer` up to date, file by
// file; then forgets the files vanished from the named folders (with
// --rebuild: every file not found) and prunes. `own_files` are the library's
// own files, never indexed as pages. Errors are the store's; problems with
// a page land in the report.
Result<IndexReport> run_index(FileWriter& writer, const std::vector<std::string>& paths,
                              const IndexOptions& options, const corpus::Gazetteer& gazetteer,
                              const corpus::Papers* papers, const std::vector<std::string>& own_files,
                              const ProgressFn& progress);

}  // namespace kanbao::store
