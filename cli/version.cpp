// SPDX-License-Identifier: MIT
#include <fmt/format.h>
#include <unicode/uvernum.h>

#include "cli/commands.h"
#include "store/library.h"
#include "tui/browser.h"

namespace kanbao::cli {

std::string version_text() {
  // The licence is the last line (packagers and admins look for it there).
  return fmt::format(
      "kanbao {} (ICU {}, SQLite {}, {})\n"
      "License: MIT. This is free software: you may use, copy, modify and distribute it; there is NO "
      "WARRANTY.\n",
      KANBAO_VERSION, U_ICU_VERSION, store::sqlite_version(), tui::curses_version());
}

}  // namespace kanbao::cli
