// SPDX-License-Identifier: MIT
// The default command: open the browser (indexing PATH first if given).
#include <fmt/format.h>

#include <filesystem>

#include "cli/common.h"
#include "cli/paths.h"
#include "cli/terminal.h"
#include "text/width.h"
#include "tui/browser.h"

namespace kanbao::cli {

namespace fs = std::filesystem;

Outcome run_browse(const Context& context) {
  const Invocation& inv = context.invocation;
  LibraryLocation location = library_location(context);
  if (!inv.positionals.empty()) {
    const std::string& path = inv.positionals.front();
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      return usage_error(
          fmt::format("'{}' is neither a command nor a file or folder to index (see 'kanbao --help')",
                      text::sanitize(path)));
    }
  }
  // Checked before anything is written: without a terminal the browser
  // cannot open, and the default library (or PATH's index) would be made
  // for nothing. The browser checks again, with TERM, when it opens.
  if (!is_terminal(stdin) || !is_terminal(stdout)) {
    return Error("the browser needs a terminal (stdin and stdout are not both a tty)");
  }
  if (!inv.positionals.empty()) {
    const std::string& path = inv.positionals.front();
    KANBAO_ASSIGN_OR_RETURN(store::Library library,
                            open_library(context, location.path, store::OpenMode::kReadWrite));
    // Skipped files were reported on stderr: the browser opens all the same.
    KANBAO_TRY(index_and_report(library, {path}, {}, false, stderr));
  } else {
    KANBAO_TRY(open_for_reading(context));  // creates the default library on first use
  }
  tui::BrowserOptions options;
  options.library_path = location.path;
  options.mouse = inv.has("--mouse");
  options.state_dir = state_dir();
  options.config = context.config;
  options.config_problems = context.problems;  // the browser prints them after restoring the terminal
  options.gazetteer = gazetteer(context.config);
  options.country_district = country_districts(context.argv0);
  options.papers = reading_papers(context.config);
  // 0, 1 (it said why) or 128 + the signal that ended it: passed on as it is.
  return static_cast<ExitStatus>(tui::run_browser(options));
}

}  // namespace kanbao::cli
