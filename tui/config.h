// SPDX-License-Identifier: MIT
// The browser's part of the configuration file: `key.<action> = <keys>`.
// The file is parsed by src/config; the actions and key names are known
// here, so the lines are checked here.
#pragma once

#include <vector>

#include "config/config.h"
#include "tui/keymap.h"

namespace kanbao::tui {

// Binds each line's keys to its action, in file order (a key bound by a
// later line is taken from the earlier action). `none` unbinds an action.
// Returns one problem per bad line (unknown action or key name, no key),
// with its file and line; a bad line leaves that action's keys unchanged.
std::vector<config::Problem> apply_key_bindings(const std::vector<config::KeyBindingLine>& lines,
                                                Keymap& keymap);

}  // namespace kanbao::tui
