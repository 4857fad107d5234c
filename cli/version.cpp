#include <fmt/format.h>
#include <unicode/uvernum.h>

#include "cli/commands.h"
#include "store/library.h"
#include "tui/browser.h"

namespace kanbao::cli {

std::string version_text() {
  return fmt::format("kanbao {} (ICU {}, SQLite {}, {})\n", KANBAO_VERSION, U_ICU_VERSION,
                     store::sqlite_version(), tui::curses_version());
}

}  // namespace kanbao::cli
