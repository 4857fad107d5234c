// SPDX-License-Identifier: MIT
// The browser's event loop alone, for tests. Internal to tui/.
#pragma once

#include "store/library.h"
#include "tui/browser.h"
#include "tui/terminal.h"

namespace kanbao::tui {

// Runs the browser's event loop over an open library and a terminal until
// the user quits, with the default keys and without what run_browser()
// adds around it (locale, signals, curses, the configuration's problems):
// what a test drives with a terminal of its own. Returns the exit status.
int run_app(const BrowserOptions& options, store::Library library, Terminal& terminal);

}  // namespace kanbao::tui
