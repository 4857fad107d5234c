// SPDX-License-Identifier: MIT
// help: `kanbao help [COMMAND]`, the same text as --help.
#include <fmt/format.h>

#include "cli/common.h"
#include "text/width.h"

namespace kanbao::cli {

Outcome run_help(const Invocation& invocation) {
  const CommandSpec* about = nullptr;
  if (!invocation.positionals.empty()) {
    const std::string& name = invocation.positionals.front();
    for (const auto& command : commands()) {
      if (!command.name.empty() && command.name == name) about = &command;
    }
    if (about == nullptr) {
      return usage_error(fmt::format("no command '{}' (see 'kanbao --help')", text::sanitize(name)));
    }
  }
  print(help_text(about));
  return kExitOk;
}

}  // namespace kanbao::cli
