// SPDX-License-Identifier: MIT
// kanbao: read and search archives of Chinese local newspapers in the terminal.
#include <malloc.h>

#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/paths.h"
#include "config/config.h"

namespace {

using namespace kanbao::cli;

// The command named `name` ("" is the browser).
Outcome (*runner_of(const std::string& name))(const Context&) {
  if (name == "index") return run_index;
  if (name == "import") return run_import;
  if (name == "list") return run_list;
  if (name == "show") return run_show;
  if (name == "districts") return run_districts;
  if (name == "papers") return run_papers;
  if (name == "search") return run_search;
  if (name == "export") return run_export;
  if (name == "config") return run_config;
  return run_browse;
}

// Parses the command line, loads the configuration and runs the command.
// Output goes through print() (cli/common.h).
Outcome run(const std::vector<std::string>& args, const char* argv0) {
  auto invocation = parse(args);
  if (!invocation) return usage_error(invocation.error().message());
  if (invocation->version) {
    print(version_text());
    return kExitOk;
  }
  const CommandSpec* command = invocation->command;
  if (command->name == "help") return run_help(*invocation);
  if (invocation->help) {
    bool top = command->name.empty();
    print(help_text(top ? nullptr : command));
    return kExitOk;
  }
  const std::string& name = command->name;
  const kanbao::Result<bool> color = color_chosen(*invocation);
  if (!color) return color.error();
  kanbao::config::Loaded loaded = kanbao::config::load(config_paths());
  // The browser shows configuration problems itself (after the terminal is
  // restored) and `config` lists them; other commands mention them here.
  if (!name.empty() && name != "config") {
    for (const auto& problem : loaded.problems) {
      print_error("config: " + problem.str());
    }
  }
  // The browser chooses its language itself (and shows a missing catalog).
  if (!name.empty()) {
    if (kanbao::Status language = choose_output_language(loaded.config); !language)
      print_error("warning: " + language.error().message());
  }
  Context context{*invocation, argv0, loaded.config, loaded.problems, *color};
  return runner_of(name)(context);
}

}  // namespace

int main(int argc, char** argv) {
  // Blocks of a megabyte and more (a broad search's rows and ids: 25 MB for
  // 400,000 pinyin candidates at 1,000,000 articles) are mapped for
  // themselves and given back when freed. glibc's own threshold rises after
  // the first such free, and the browser then kept 75 MB it no longer used.
  // A failure only leaves glibc's default.
  static_cast<void>(mallopt(M_MMAP_THRESHOLD, 1 << 20));
  // A write past the file size limit (ulimit -f) then fails with EFBIG and
  // becomes an error message, instead of killing kanbao mid-transaction.
  if (std::signal(SIGXFSZ, SIG_IGN) == SIG_ERR) {
    print_error(
        "warning: cannot ignore SIGXFSZ: a write past the file size limit (ulimit -f) will stop kanbao");
  }
  // The one place a command's error is printed and becomes an exit status.
  const int status = exit_status(run(std::vector<std::string>(argv + 1, argv + argc), argv[0]));
  // Every command's output is checked here, once: output that did not reach
  // its file is a failure whatever the command thought (exit 1).
  kanbao::Status output = finish_output();
  if (!output) {
    print_error(output.error().message());
    return kExitError;
  }
  // A message that never reached stderr (closed, or a full disk): the user
  // was not told something, so success cannot be claimed.
  if (status == kExitOk && stderr_lost()) return kExitError;
  return status;
}
