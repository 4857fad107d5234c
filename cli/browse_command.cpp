// SPDX-License-Identifier: MIT
// The default command: open the browser (indexing PATH first if given).
#include <fmt/format.h>

#include <filesystem>

#include "cli/common.h"
#include "cli/paths.h"
#include "text/width.h"
#include "tui/browser.h"

namespace kanbao::cli {

namespace fs = std::filesystem;

int run_browse(const Context& context) {
  const Invocation& inv = context.invocation;
  LibraryLocation location = library_location(context);
  if (!inv.positionals.empty()) {
    const std::string& path = inv.positionals.front();
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      print_error(fmt::format("'{}' is neither a command nor a file or folder to index (see 'kanbao --help')",
                              text::sanitize(path)));
      return kExitUsage;
    }
    auto library = open_library(context, location.path, store::OpenMode::kReadWrite);
    if (!library) {
      print_error(library.error().message());
      return kExitError;
    }
    if (index_and_report(*library, {path}, {}, false, stderr) == kExitError) return kExitError;
  } else {
    auto library = open_for_reading(context);
    if (!library) {
      print_error(library.error().message());
      return kExitError;
    }
  }
  tui::BrowserOptions options;
  options.library_path = location.path;
  options.mouse = inv.has("--mouse");
  options.state_dir = state_dir();
  options.config = context.config;
  options.config_problems = context.problems;  // the browser prints them after restoring the terminal
  return tui::run_browser(options);
}

}  // namespace kanbao::cli
