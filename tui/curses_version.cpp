#include <curses.h>

#include <string>

#include "tui/browser.h"

namespace kanbao::tui {

std::string curses_version() {
  return ::curses_version();  // e.g. "ncurses 6.4.20221231"
}

}  // namespace kanbao::tui
