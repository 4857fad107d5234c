// SPDX-License-Identifier: MIT
// Helpers every command shares: messages, numbers, opening the library.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/paths.h"
#include "store/library.h"

namespace kanbao::cli {

// "kanbao: <message>" on stderr (through write_stderr).
void print_error(const std::string& message);
// Writes bytes to stderr as they are. A failed write leaves nowhere to say
// so: it is remembered, and stderr_lost() then tells main() to exit non-zero.
void write_stderr(const std::string& s);
// Whether a write to stderr has failed (a message the user never saw).
bool stderr_lost();
// Writes bytes to stdout as they are. A failed write (a full disk, a
// closed file) is remembered, and nothing more is written after it:
// finish_output() reports it.
void print(const std::string& s);
// Flushes stdout; the first write that failed, as "cannot write output:
// <reason>" (main() turns it into exit status 1).
Status finish_output();

// Makes text and Markdown output say an article's header line, an unknown
// date and district in the language the browser would speak with `config`
// and the locale, in its words (tui::use_browser_language): Chinese (第05版
// · 出版 …, 日期不详, 未知地区) or English. Messages stay English either
// way. An error when English is chosen and its catalog is missing: the
// output then stays Chinese.
Status choose_output_language(const config::Config& config);

// Parses a whole number >= 0 given to `option`; a usage error when it is not one.
Result<int> parse_count(const std::string& option, const std::string& value);

// A day of the calendar in any form kanbao::read_typed_date() reads
// (2023-06-21, 2023/6/21, 20230621, 2023年6月21日, ２０２３－０６－２１).
std::optional<store::StoredDate> parse_issue_date(const std::string& text);

// For text read_typed_date() reads but the calendar lacks (2026-02-30,
// 2026-13): kanbao::calendar_problem()'s words, "2026-02-30 is not a day of
// the calendar (February 2026 has 28 days)"; nullopt for a real day, month
// or year, or for text of no date's shape.
std::optional<std::string> typed_date_problem(const std::string& text);

// Where the library is: --db, $KANBAO_DB, the configuration, or the default.
LibraryLocation library_location(const Context& context);

// Zhengzhou's districts plus every alias (and new district) the
// configuration's `district.*` lines add: what every library kanbao opens
// resolves district names with.
corpus::Gazetteer gazetteer(const config::Config& config);

// Whether a name is a county-level division of the country, from the
// bundled GB/T 2260 divisions, read the first time a name is asked about
// (store::LibrarySetup::country_district): an error when they are missing.
std::function<Result<bool>(const std::string&)> country_districts(const char* argv0);

// The papers of the configuration (`paper.*`) with the bundled GB/T 2260
// divisions (a warning on stderr when they are missing or damaged).
std::shared_ptr<const corpus::Papers> papers(const Context& context);
// The papers of the configuration without the divisions: enough to tell a
// national paper (whose articles show no district) when reading.
std::shared_ptr<const corpus::Papers> reading_papers(const config::Config& config);

// Opens the library with the configuration's gazetteer (and, for writing,
// its papers and the divisions): the one place configuration meets the store.
// For writing, a note on stderr first says what upgrade of an older library
// the open will do (store::pending_upgrade), as it may take minutes.
// `cache_pages`: SQLite's page cache (store::LibrarySetup::cache_pages).
Result<store::Library> open_library(const Context& context, const std::string& path, store::OpenMode mode,
                                    int cache_pages = 0);

// Opens the library for reading, for a command that reads and exits (a
// small page cache). A default library that does not exist yet is created
// from the bundled sample pages, saying so on stderr.
Result<store::Library> open_for_reading(const Context& context);

// An error when `paper` (--paper) names no paper of the library, listing
// the papers it holds (as an unknown district lists its districts); Ok for
// no --paper or a paper it holds.
Status check_paper(store::Library& library, const std::optional<std::string>& paper);

// Runs `index` over `paths`, printing warnings and skipped files on stderr,
// a progress bar on a terminal, and (unless quiet) a summary line on
// `summary_stream`: kExitOk, or kExitSkipped when some files were skipped.
Outcome index_and_report(store::Library& library, const std::vector<std::string>& paths,
                         const store::IndexOptions& options, bool quiet, std::FILE* summary_stream);

// Whether to emphasise matches with escape sequences on stdout, as
// --color, a global option, says: always, never, or auto (the default:
// stdout is a terminal and NO_COLOR is unset or empty); a usage error for
// any other value. Decided once for every command (main.cpp), whether or not
// it emphasises anything, and handed to it in Context::color.
Result<bool> color_chosen(const Invocation& invocation);

// The escape sequences around an emphasised match: none unless `color`.
struct Emphasis {
  std::string on, off;
};
Emphasis emphasis(bool color);

}  // namespace kanbao::cli
