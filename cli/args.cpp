// SPDX-License-Identifier: MIT
#include "cli/args.h"

#include <fmt/format.h>

#include <algorithm>

namespace kanbao::cli {

namespace {

const OptionSpec kJson{"--json", "", "print JSON instead of text for people"};
const OptionSpec kLimit{"--limit", "N", "print at most N results (0 = no limit)"};
const OptionSpec kDistrict{"--district", "NAME", "only articles of this district (name or alias)"};
const OptionSpec kFormat{"--format", "FORMAT", "text, json, jsonl or markdown"};
const OptionSpec kPaper{"--paper", "NAME", "only articles of this paper"};
const OptionSpec kFrom{"--from", "DATE",
                       "only articles dated DATE or later: a day (2023-06-21, 2023/6/21, 20230621, "
                       "2023年6月21日), a month (2023-06, 2023年6月) or a year (2023)"};
const OptionSpec kTo{"--to", "DATE",
                     "only articles dated DATE or earlier: a day, a month or a year, as --from takes them"};

}  // namespace

const std::vector<OptionSpec>& global_options() {
  static const std::vector<OptionSpec> options = {
      {"--db", "FILE",
       "the library: a file, or a postgresql:// URI (default: $KANBAO_DB, else "
       "$XDG_DATA_HOME/kanbao/library.db)"},
      {"--color", "WHEN", "emphasise matches: auto (on a terminal, unless NO_COLOR is set), always, never"},
      {"--help", "", "show help for kanbao or for a command"},
      {"--version", "", "show the version of kanbao and of the libraries it uses"},
  };
  return options;
}

const std::vector<CommandSpec>& commands() {
  static const std::vector<CommandSpec> table = {
      {"",
       "[PATH]",
       0,
       1,
       "browse the library in the terminal; PATH is indexed first",
       {{"--mouse", "", "enable the mouse (wheel scrolls, click selects)"}}},
      {"index",
       "PATH...",
       1,
       -1,
       "add pages from files and folders to the library (incremental; a folder's notes and tables, such as "
       "README.md or *.tsv, are left out)",
       {{"--year", "YYYY", "the year of pages whose path names none"},
        {"--paper", "NAME", "the paper of every page (instead of the path's)"},
        {"--date", "DATE",
         "the issue (publication date: 2023-06-21, 2023/6/21, 20230621, 2023年6月21日) of every page "
         "(instead of the path's)"},
        {"--rebuild", "", "drop every article and index PATH... anew"},
        {"--quiet", "", "print only warnings and errors: no progress, notes or summary"}}},
      {"import",
       "LIBRARY",
       1,
       1,
       "move the whole library LIBRARY into this one (new or empty), without parsing a page",
       {{"--quiet", "", "print only errors"}}},
      {"list",
       "",
       0,
       0,
       "list articles, newest issue first",
       {kJson, kFormat, kDistrict, kPaper, kFrom, kTo, kLimit}},
      {"show",
       "ID",
       1,
       1,
       "print one article",
       {kJson, kFormat, {"--source", "", "print the page text the article came from instead"}}},
      {"districts", "", 0, 0, "list districts with article counts and date ranges", {kJson, kFormat}},
      {"papers",
       "",
       0,
       0,
       "list papers with article counts, issues and first and last issue",
       {kJson, kFormat}},
      {"search",
       "QUERY...",
       1,
       -1,
       "search the library, best matches first",
       {kJson, kFormat, kLimit, kDistrict, kPaper}},
      {"config", "", 0, 0, "print the effective configuration and where each value came from", {}},
      {"export",
       "",
       0,
       0,
       "write every article (or a district's, a paper's, some days') for other tools",
       {{"--format", "FORMAT", "jsonl (the default), json (one array) or markdown"},
        kDistrict,
        kPaper,
        kFrom,
        kTo}},
      {"help", "[COMMAND]", 0, 1, "show help for kanbao or for a command (as --help does)", {}},
  };
  return table;
}

std::optional<std::string> Invocation::value(const std::string& option) const {
  auto it = options.find(option);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

namespace {

const OptionSpec* find_option(const std::vector<OptionSpec>& specs, const std::string& name) {
  for (const auto& spec : specs) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

const CommandSpec* find_command(const std::string& name) {
  for (const auto& command : commands()) {
    if (!command.name.empty() && command.name == name) return &command;
  }
  return nullptr;
}

std::string command_label(const CommandSpec* command) {
  return command->name.empty() ? std::string("kanbao") : "kanbao " + command->name;
}

std::string help_hint(const CommandSpec* command) {
  return command->name.empty() ? "see 'kanbao --help'" : "see 'kanbao " + command->name + " --help'";
}

// The value of option `spec` (written `name`): its inline `=value` or the
// next argument, which args[i] then moves past. Every error names the option.
Result<std::string> option_value(const OptionSpec& spec, const std::string& name,
                                 const std::optional<std::string>& inline_value,
                                 const std::vector<std::string>& args, std::size_t& i,
                                 const CommandSpec* command) {
  std::string value;
  if (!spec.value_name.empty()) {
    if (inline_value) {
      value = *inline_value;
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return Error(
          fmt::format("option '{}' needs a value {} ({})", name, spec.value_name, help_hint(command)));
    }
  } else if (inline_value) {
    return Error(fmt::format("option '{}' takes no value ({})", name, help_hint(command)));
  }
  if (!spec.value_name.empty() && value.empty()) {
    return Error(fmt::format("option '{}' needs a value {}, not an empty string ({})", name, spec.value_name,
                             help_hint(command)));
  }
  return value;
}

// Takes args[i], which starts with '-', into `inv`: an option of the
// command chosen so far (or a global one) with its value, or for `search` a
// negated term (`search 保交楼 -近日`: a single-dash word that is no option is
// a negated search term, as the query syntax says).
Status take_option(const std::vector<std::string>& args, std::size_t& i, Invocation& inv) {
  std::string arg = args[i];
  if (arg == "-h") arg = "--help";
  std::string name = arg;
  std::optional<std::string> inline_value;
  if (auto eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
    name = arg.substr(0, eq);
    inline_value = arg.substr(eq + 1);
  }
  const OptionSpec* spec = find_option(global_options(), name);
  if (spec == nullptr) spec = find_option(inv.command->options, name);
  if (spec == nullptr && inv.command->name == "search" && arg.rfind("--", 0) != 0) {
    inv.positionals.push_back(arg);
    return Status::Ok();
  }
  if (spec == nullptr) {
    return Error(fmt::format("unknown option '{}' for {} ({})", name, command_label(inv.command),
                             help_hint(inv.command)));
  }
  KANBAO_ASSIGN_OR_RETURN(std::string value, option_value(*spec, name, inline_value, args, i, inv.command));
  if (name == "--help") inv.help = true;
  if (name == "--version") inv.version = true;
  inv.options[name] = std::move(value);
  return Status::Ok();
}

// Whether the command got as many arguments as it takes.
Status check_positionals(const Invocation& inv) {
  const CommandSpec& command = *inv.command;
  auto count = static_cast<int>(inv.positionals.size());
  if (count < command.min_positionals) {
    return Error(fmt::format("{} needs {} ({})", command_label(inv.command), command.positionals,
                             help_hint(inv.command)));
  }
  if (command.max_positionals >= 0 && count > command.max_positionals) {
    if (command.name.empty() && count >= 1) {
      return Error(fmt::format("unknown command '{}' ({})", inv.positionals.front(), help_hint(inv.command)));
    }
    return Error(fmt::format("{} takes no argument '{}' ({})", command_label(inv.command),
                             inv.positionals[static_cast<std::size_t>(command.max_positionals)],
                             help_hint(inv.command)));
  }
  return Status::Ok();
}

}  // namespace

Result<Invocation> parse(const std::vector<std::string>& args) {
  Invocation inv;
  inv.command = &commands().front();
  bool command_chosen = false;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (!options_done && arg == "--") {
      options_done = true;
      continue;
    }
    if (!options_done && arg.size() > 1 && arg[0] == '-' && arg != "-") {
      KANBAO_TRY(take_option(args, i, inv));
      continue;
    }
    if (!command_chosen && inv.positionals.empty()) {
      if (const CommandSpec* command = find_command(arg)) {
        inv.command = command;
        command_chosen = true;
        continue;
      }
    }
    inv.positionals.push_back(arg);
  }
  if (inv.help || inv.version) return inv;
  KANBAO_TRY(check_positionals(inv));
  return inv;
}

std::string synopsis(const CommandSpec& command) {
  std::string line = "kanbao [--db FILE]";
  if (!command.name.empty()) line += " " + command.name;
  for (const auto& option : command.options) {
    line += " [" + option.name + (option.value_name.empty() ? "" : " " + option.value_name) + "]";
  }
  if (!command.positionals.empty()) line += " " + command.positionals;
  return line;
}

std::string help_text(const CommandSpec* command) {
  auto option_lines = [](const std::vector<OptionSpec>& options) {
    std::string out;
    for (const auto& option : options) {
      std::string left = option.name + (option.value_name.empty() ? "" : " " + option.value_name);
      out += fmt::format("  {:<16} {}\n", left, option.help);
    }
    return out;
  };
  std::string out;
  if (command == nullptr) {
    out += "kanbao - read and search archives of Chinese local newspapers in the terminal\n\nUsage:\n";
    for (const auto& c : commands()) out += "  " + synopsis(c) + "\n";
    out += "  kanbao --help | --version\n\nCommands:\n";
    for (const auto& c : commands()) {
      out += fmt::format("  {:<10} {}\n", c.name.empty() ? "(none)" : c.name, c.summary);
    }
    out += "\nOptions:\n" + option_lines(global_options());
    out += "\nBrowser options (no command):\n" + option_lines(commands().front().options);
    out +=
        "\nThe browser speaks Chinese or English, as the locale says (LANGUAGE, LC_ALL,\n"
        "LC_MESSAGES, LANG) or `language = zh | en` in the configuration says; the\n"
        "command line speaks English, and its output says an unknown date or\n"
        "district (日期不详, 未知地区) in the browser's language.\n";
    out += "\n'kanbao COMMAND --help' shows a command's options; 'man kanbao' has the whole manual.\n";
    return out;
  }
  out += "Usage: " + synopsis(*command) + "\n\n" + command->summary + "\n";
  if (!command->options.empty()) out += "\nOptions:\n" + option_lines(command->options);
  out += "\nGlobal options:\n" + option_lines(global_options());
  return out;
}

}  // namespace kanbao::cli
