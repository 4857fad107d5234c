// The browser's part of the configuration file: `key.<action> = <key> ...`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tui/keymap.h"

namespace kanbao::tui {

// Applies the `key.*` lines of `text` to `keymap`. Returns one message per
// problem, "<name>:<line>: ...", for unknown actions and bad key names;
// lines with problems leave the defaults in place. Lines that are not
// `key.*` settings belong to other parts of kanbao and are ignored here.
std::vector<std::string> apply_config(std::string_view text, const std::string& name, Keymap& keymap);

// Reads `path` (a missing file is not an error) and applies it.
std::vector<std::string> load_config(const std::string& path, Keymap& keymap);

}  // namespace kanbao::tui
