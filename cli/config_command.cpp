// config: the effective configuration, with where each value came from.
#include <cstdio>

#include "cli/common.h"
#include "cli/paths.h"
#include "tui/browser.h"

namespace kanbao::cli {

int run_config(const Context& context) {
  config::Config effective = context.config;
  LibraryLocation location = library_location(context);
  effective.library = {location.path, location.origin};
  print("# " + config_path() + "\n" + config::describe(effective));
  std::vector<config::Problem> problems = context.problems;
  for (auto& problem : tui::check_key_bindings(context.config)) problems.push_back(std::move(problem));
  for (const auto& problem : problems) print_error("config: " + problem.str());
  return kExitOk;
}

}  // namespace kanbao::cli
