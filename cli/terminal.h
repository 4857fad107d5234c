// SPDX-License-Identifier: MIT
// What the CLI needs to know about where its output goes.
#pragma once

#include <cstdio>

namespace kanbao::cli {

// True when `stream` is a terminal.
bool is_terminal(std::FILE* stream);
// The width of the terminal behind stdout, else $COLUMNS, else 80.
int terminal_columns();
// How wide text output for people may be: the terminal's width when stdout
// is one; else $COLUMNS when set (`COLUMNS=60 kanbao list | less`); else 0,
// no limit, so a pipe into another tool gets whole lines.
int output_columns();

}  // namespace kanbao::cli
