// SPDX-License-Identifier: MIT
// Finding the files to index: the paths the user named, folders walked
// recursively. Internal to store/.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/library.h"

namespace kanbao::store {

struct Candidate {
  std::string path;  // absolute, lexically normal, as reached through the named path
  std::int64_t size = 0;
};

struct WalkResult {
  std::vector<Candidate> files;                 // regular files, each physical file once, in walk order
  std::vector<std::string> folders;             // the named folders (absolute, lexically normal)
  std::vector<std::string> unreadable_folders;  // subtrees we could not list: nothing under them vanished
  std::vector<SkippedFile> skipped;             // named paths that do not exist, special files, ...
  std::vector<std::string> not_pages;  // files in a walked folder that are no page (README.md, truth.tsv)
};

// Whether a file met while walking a folder can be a page, judged by its name:
// not when its extension is a data, markup or program format (.md, .tsv,
// .csv, .json, .xml, .yaml, .log, .py, ...) or it is a README, LICENSE,
// SOURCES, CHANGELOG or COPYING file. Anything else is read, and a file that
// is not text is reported as skipped when it is. A file named on the command
// line is taken as a page whatever its name.
bool may_be_page(const std::string& path);

// The absolute, lexically normal form of `path` without a trailing slash:
// the form in which paths are stored, so another working directory matches.
std::string normal_path(const std::string& path);

// Walks `paths`: files are taken as named, folders recursively in name order
// (leaving out what may_be_page() turns away).
// Hidden entries (".name") below a named folder are skipped; symbolic links
// are followed, but a folder already visited (a link loop) is not entered again.
WalkResult walk(const std::vector<std::string>& paths);

}  // namespace kanbao::store
