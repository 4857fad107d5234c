// What the CLI needs to know about where its output goes.
#pragma once

#include <cstdio>

namespace kanbao::cli {

// True when `stream` is a terminal.
bool is_terminal(std::FILE* stream);
// The width of the terminal behind stdout, else $COLUMNS, else 80.
int terminal_columns();
// Emphasis (bold, plus colour unless NO_COLOR is set) for matches, only on a terminal.
struct Emphasis {
  const char* on = "";
  const char* off = "";
};
Emphasis emphasis_for_stdout();

}  // namespace kanbao::cli
