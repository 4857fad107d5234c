// SPDX-License-Identifier: MIT
// What the CLI needs to know about where its output goes.
#pragma once

#include <cstdio>

namespace kanbao::cli {

// True when `stream` is a terminal.
bool is_terminal(std::FILE* stream);
// The width of the terminal behind stdout, else $COLUMNS, else 80.
int terminal_columns();

}  // namespace kanbao::cli
