// SPDX-License-Identifier: MIT
// help: `kanbao help [COMMAND]`, the same text as --help.
#include <fmt/format.h>

#include <cstdio>

#include "cli/common.h"
#include "text/width.h"

namespace kanbao::cli {

int run_help(const Invocation& invocation) {
  const CommandSpec* about = nullptr;
  if (!invocation.positionals.empty()) {
    const std::string& name = invocation.positionals.front();
    for (const auto& command : commands()) {
      if (!command.name.empty() && command.name == name) about = &command;
    }
    if (about == nullptr) {
      print_error(fmt::format("no command '{}' (see 'kanbao --help')", text::sanitize(name)));
      return kExitUsage;
    }
  }
  std::fputs(help_text(about).c_str(), stdout);
  return kExitOk;
}

}  // namespace kanbao::cli
