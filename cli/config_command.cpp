// SPDX-License-Identifier: MIT
// config: the effective configuration, with where each value came from.
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "cli/common.h"
#include "cli/paths.h"
#include "tui/browser.h"

namespace kanbao::cli {

int run_config(const Context& context) {
  config::Config effective = context.config;
  LibraryLocation location = library_location(context);
  effective.library = {location.path, location.origin};
  // The files read, in order (a later one's settings win), and which exist.
  std::string files = "# configuration files, later ones win:\n";
  for (const auto& path : config_paths()) {
    std::error_code ec;
    files += "#   " + path + (std::filesystem::exists(path, ec) ? "\n" : " (none)\n");
  }
  print(files + config::describe(effective));
  std::vector<config::Problem> problems = context.problems;
  for (auto& problem : tui::check_key_bindings(context.config)) problems.push_back(std::move(problem));
  for (const auto& problem : problems) print_error("config: " + problem.str());
  return kExitOk;
}

}  // namespace kanbao::cli
