// SPDX-License-Identifier: MIT
// The CLI's commands. Each returns the process exit status.
#pragma once

#include <string>

#include "cli/args.h"
#include "config/config.h"

namespace kanbao::cli {

enum ExitStatus : int {
  kExitOk = 0,
  kExitError = 1,
  kExitUsage = 2,
  kExitSkipped = 3,  // index finished but skipped some files
};

struct Context {
  const Invocation& invocation;
  const char* argv0;
  const config::Config& config;                  // the configuration file's settings
  const std::vector<config::Problem>& problems;  // and what was wrong in it
};

int run_browse(const Context& context);
int run_index(const Context& context);
int run_list(const Context& context);
int run_show(const Context& context);
int run_districts(const Context& context);
int run_papers(const Context& context);
int run_search(const Context& context);
int run_export(const Context& context);
int run_config(const Context& context);
// `kanbao help [COMMAND]`: needs no configuration or library.
int run_help(const Invocation& invocation);

// `kanbao --version`: kanbao's version and the ICU, SQLite and ncurses versions in use.
std::string version_text();

}  // namespace kanbao::cli
