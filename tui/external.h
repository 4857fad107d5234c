// SPDX-License-Identifier: MIT
// Handing the terminal to another program: the pager (`o`) and the editor
// (`e`, the article's source page at its first line).
#pragma once

#include <string>

#include "base/result.h"
#include "tui/terminal.h"

namespace kanbao::tui {

// The user's program for `variable` ($PAGER, $EDITOR), or `fallback`.
std::string program_from_env(const char* variable, const char* fallback);

// A shell command and its arguments, for run_program.
struct Command {
  std::string program;
  std::string args;
};

// How `e` shows the page `path` at `line`: read-only, because an archive
// reader must never let a slip of the keyboard change the archive. The
// editor (`editor`, $VISUAL or $EDITOR, may carry options) when kanbao knows
// its read-only switch - vi, vim, nvim, view and the like get -R, nano -v -
// else the pager (`pager`, $PAGER or less), which cannot write at all.
Command read_only_viewer(const std::string& editor, const std::string& pager, int line,
                         const std::string& path);

// Runs the shell command `program` + " " + quoted `args` with the terminal
// handed over (curses suspended, then resumed). LESSCHARSET=utf-8 is set for
// the child unless the user set it: everything kanbao hands over is UTF-8,
// whatever the locale, and less would otherwise call it a binary file.
// Fails with a message naming `program` when it is not found (exit 127),
// cannot be run (126), or exits non-zero.
Status run_program(Terminal& terminal, const std::string& program, const std::string& args);

// `text` written to a new private temporary file; returns its path.
Result<std::string> write_temp_file(const std::string& text);

// `s` quoted for /bin/sh.
std::string shell_quote(const std::string& s);

}  // namespace kanbao::tui
