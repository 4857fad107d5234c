// SPDX-License-Identifier: MIT
// The bottom line: a message (wrapped upwards over the body when long, never
// cut at the screen edge), or the count being typed and the key hints.
#pragma once

#include <string>
#include <vector>

#include "tui/keymap.h"
#include "tui/screen.h"

namespace kanbao::tui {

struct StatusLine {
  const std::string& message;  // "" = show the hints
  bool error = false;
  std::string count;          // a count prefix being typed ("" = none)
  std::vector<Action> hints;  // the keys that matter on this screen
};

// Draws `line` on the last row of `screen` (a long message on the rows above
// it too, at most half the screen).
void render_status_line(Screen& screen, const StatusLine& line, const Keymap& keymap);

}  // namespace kanbao::tui
