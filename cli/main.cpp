// SPDX-License-Identifier: MIT
// kanbao: read and search archives of Chinese local newspapers in the terminal.
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/paths.h"
#include "config/config.h"

int main(int argc, char** argv) {
  using namespace kanbao::cli;
  // A write past the file size limit (ulimit -f) then fails with EFBIG and
  // becomes an error message, instead of killing kanbao mid-transaction.
  std::signal(SIGXFSZ, SIG_IGN);
  std::vector<std::string> args(argv + 1, argv + argc);
  auto invocation = parse(args);
  if (!invocation) {
    print_error(invocation.error().message());
    return kExitUsage;
  }
  if (invocation->version) {
    std::fputs(version_text().c_str(), stdout);
    return kExitOk;
  }
  const CommandSpec* command = invocation->command;
  if (invocation->help) {
    bool top = command->name.empty();
    std::fputs(help_text(top ? nullptr : command).c_str(), stdout);
    return kExitOk;
  }
  const std::string& name = command->name;
  kanbao::config::Loaded loaded = kanbao::config::load(config_paths());
  // The browser shows configuration problems itself (after the terminal is
  // restored) and `config` lists them; other commands mention them here.
  if (!name.empty() && name != "config") {
    for (const auto& problem : loaded.problems) {
      print_error("config: " + problem.str());
    }
  }
  Context context{*invocation, argv[0], loaded.config, loaded.problems};
  if (name == "index") return run_index(context);
  if (name == "list") return run_list(context);
  if (name == "show") return run_show(context);
  if (name == "districts") return run_districts(context);
  if (name == "search") return run_search(context);
  if (name == "export") return run_export(context);
  if (name == "config") return run_config(context);
  return run_browse(context);
}
