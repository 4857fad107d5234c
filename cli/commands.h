// SPDX-License-Identifier: MIT
// The CLI's commands. Each returns an Outcome: the exit status it chose, or
// an Error that main() alone prints ("kanbao: <message>") and maps to an
// exit status (exit_status()).
#pragma once

#include <string>

#include "base/result.h"
#include "cli/args.h"
#include "config/config.h"

namespace kanbao::cli {

enum ExitStatus : int {
  kExitOk = 0,
  kExitError = 1,
  kExitUsage = 2,
  kExitSkipped = 3,  // index finished but skipped some files
};

// A command's result: kExitOk or kExitSkipped (the browser also returns 1,
// having said why once the terminal is restored, or 128 + a signal), or an Error:
// kExitUsage when its kind is ErrorKind::kUsage, kExitError otherwise.
using Outcome = Result<ExitStatus>;

// An error in the command line itself (exit status 2).
Error usage_error(std::string message);

// Prints the Outcome's error, if any, as "kanbao: <message>" and returns
// the exit status it stands for.
int exit_status(const Outcome& outcome);

struct Context {
  const Invocation& invocation;
  const char* argv0;
  const config::Config& config;                  // the configuration file's settings
  const std::vector<config::Problem>& problems;  // and what was wrong in it
  bool color;                                    // emphasise matches on stdout (color_chosen)
};

Outcome run_browse(const Context& context);
Outcome run_index(const Context& context);
Outcome run_import(const Context& context);
Outcome run_list(const Context& context);
Outcome run_show(const Context& context);
Outcome run_districts(const Context& context);
Outcome run_papers(const Context& context);
Outcome run_search(const Context& context);
Outcome run_export(const Context& context);
Outcome run_config(const Context& context);
// `kanbao help [COMMAND]`: needs no configuration or library.
Outcome run_help(const Invocation& invocation);

// `kanbao --version`: kanbao's version and the ICU, SQLite and ncurses versions in use.
std::string version_text();

}  // namespace kanbao::cli
