// The interactive browser. The only public interface of the tui module.
#pragma once

#include <string>

namespace kanbao::tui {

struct BrowserOptions {
  std::string library_path;  // opened read-only
  bool mouse = false;        // --mouse
  std::string state_dir;     // $XDG_STATE_HOME/kanbao (read marks, positions, bookmarks, history)
  std::string config_path;   // $XDG_CONFIG_HOME/kanbao/config (may not exist)
};

// Runs the browser until the user quits. Returns the process exit status
// (0 on a normal quit). Restores the terminal on every exit path, including
// SIGHUP/SIGTERM/SIGINT. Prints a one-line message to stderr and returns 1
// when the terminal cannot be used (TERM unset/unknown, no tty).
int run_browser(const BrowserOptions& options);

// The ncurses library in use, e.g. "ncursesw 6.4" (for kanbao --version).
std::string curses_version();

}  // namespace kanbao::tui
