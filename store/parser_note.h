// SPDX-License-Identifier: MIT
// Which parser read a library's pages. A file is read again by `kanbao
// index` when its parser changed (corpus::kParserVersion, stamped in
// files.hash: file_reader.h), but only when that runs; until then its
// articles are another parser's reading. Every index run records, under
// kParsedByKey in the library's meta table, the parser it ran and how many
// of the library's files it left read by another one (files outside the
// folders it was given), so that a reader learns it from one row instead of
// a scan of the files. Internal to store/.
//
// Invariant: a record a reader finds is true of the files table. A kanbao
// that predates the record writes files without touching it, so the
// database itself deletes it: triggers on the files table (created by every
// read-write open: guard_parser_note here, pg_parser_note.cpp) delete it on
// any file added, removed or stamped again; creating them deletes a record
// older than they are, and a reader takes a record only while they stand.
// A kanbao's own run writes its record after its last write to the files.
// Without a record the files are counted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

inline constexpr const char* kParsedByKey = "parsed_by";

// What an index run records, as the value "VERSION OTHER TOTAL" ("10 3
// 250"; FileWriter::note_parser writes it in one statement): the parser
// version it ran, the files of the library another parser read, and all
// the library's files.
struct ParsedBy {
  int version = 0;
  std::int64_t other = 0;
  std::int64_t total = 0;
};

// The recorded value read; nullopt for one this kanbao cannot read.
std::optional<ParsedBy> read_parsed_by(std::string_view value);

// The library's files this build's parser did not read, as the last index
// run recorded it (`value`): the files another parser read if that run's
// parser is this build's, else every file; nullopt when nothing readable
// is recorded (a library no kanbao that records it has indexed): then the
// caller counts them.
std::optional<std::int64_t> recorded_files_to_read_again(const std::optional<std::string>& value);

// SQLite (parser_check.cpp). Creates the triggers that keep the record true
// where they are missing (deleting the record then); at every read-write
// open.
Status guard_parser_note(sql::Db& db);
// Writes the record of a run of parser `version`, whose stamps end in
// `suffix` (IndexWriter::note_parser).
Status write_parser_note(sql::Db& db, int version, const std::string& suffix);

}  // namespace kanbao::store
