// SPDX-License-Identifier: MIT
// Reading one page file for the indexer: stat, whole-file read that notices
// a file changing underneath it, and the content hash. Internal to store/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace kanbao::store {

struct FileStat {
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  friend bool operator==(const FileStat&, const FileStat&) = default;
};

// errno of a failed stat(2), and its wording for IndexReport::skipped.
struct StatFailure {
  int err = 0;
  std::string reason;
};

// stat(2), following links. On failure fills `failure` and returns false.
bool stat_file(const std::string& path, FileStat& stat, StatFailure& failure);

struct FileContent {
  std::string bytes;
  FileStat stat;  // as it was while reading
};

// Reads the whole file into one string sized from fstat (no regrowth for a
// file that holds still). Fails, with a reason for IndexReport::skipped, when
// the file cannot be read or changed while it was being read.
Result<FileContent> read_file(const std::string& path);

// 64-bit FNV-1a of the bytes, as 16 lowercase hex digits.
std::string content_hash(std::string_view bytes);

// What a library records of a file's content (`files.hash`): its
// content_hash, then "@p" and the parser version that read it
// (corpus::kParserVersion). A record of another version, or of none (a
// library indexed before versions were recorded), is read again by the
// next `index` although the file is unchanged.
std::string content_stamp(std::string_view bytes);

// How a stamp this build's parser made ends ("@p10").
std::string parser_suffix();

// Whether `stamp` was made by this build's parser.
bool stamped_by_this_parser(std::string_view stamp);

// The content_hash part of a stamp (all of an unversioned one).
std::string_view stamped_hash(std::string_view stamp);

}  // namespace kanbao::store
