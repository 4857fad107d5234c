// SPDX-License-Identifier: MIT
// config: the effective configuration, with where each value came from.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "cli/common.h"
#include "cli/paths.h"
#include "tui/browser.h"

namespace kanbao::cli {

Outcome run_config(const Context& context) {
  config::Config effective = context.config;
  LibraryLocation location = library_location(context);
  effective.library = {location.path, location.origin};
  // The browser ignores a key line it rejects: so does the listing of what
  // is in effect (the problem is printed below instead).
  const std::vector<config::Problem> key_problems = tui::check_key_bindings(context.config);
  std::erase_if(effective.key_bindings, [&](const config::KeyBindingLine& k) {
    return std::any_of(key_problems.begin(), key_problems.end(),
                       [&](const config::Problem& p) { return p.file == k.file && p.line == k.line; });
  });
  // The files read, in order (a later one's settings win), and which exist.
  std::string files = "# configuration files, later ones win:\n";
  for (const auto& path : config_paths()) {
    std::error_code ec;
    files += "#   " + path + (std::filesystem::exists(path, ec) ? "\n" : " (none)\n");
  }
  print(files + config::describe(effective));
  std::vector<config::Problem> problems = context.problems;
  problems.insert(problems.end(), key_problems.begin(), key_problems.end());
  for (const auto& problem : problems) print_error("config: " + problem.str());
  return kExitOk;
}

}  // namespace kanbao::cli
