// SPDX-License-Identifier: MIT
// The command-line grammar: a declarative table of commands and options,
// a parser over it, and help text generated from it (so --help, the manual
// test and the completions all read the same table).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"

namespace kanbao::cli {

struct OptionSpec {
  std::string name;        // "--json"
  std::string value_name;  // "" for a flag, else "N", "FILE", ...
  std::string help;
};

struct CommandSpec {
  std::string name;         // "" for the default command (browse)
  std::string positionals;  // synopsis of positionals: "PATH...", "ID", "[PATH]"
  int min_positionals = 0;
  int max_positionals = 0;  // -1 = unbounded
  std::string summary;
  std::vector<OptionSpec> options;
};

// Every command kanbao has, the default (browse) first.
const std::vector<CommandSpec>& commands();
// Options accepted before (or after) any command.
const std::vector<OptionSpec>& global_options();

struct Invocation {
  const CommandSpec* command = nullptr;
  std::map<std::string, std::string> options;  // "--limit" -> "5"; flags -> ""
  std::vector<std::string> positionals;
  bool help = false;     // --help / -h
  bool version = false;  // --version

  bool has(const std::string& option) const { return options.count(option) != 0; }
  std::optional<std::string> value(const std::string& option) const;
};

// Parses argv (without argv[0]). Every error is a usage error (exit status 2):
// one line that ends with a hint where to look.
Result<Invocation> parse(const std::vector<std::string>& args);

// Text for `kanbao --help` and `kanbao COMMAND --help`.
std::string help_text(const CommandSpec* command);
// One synopsis line per command, as in the manual's SYNOPSIS.
std::string synopsis(const CommandSpec& command);

}  // namespace kanbao::cli
