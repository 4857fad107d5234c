// SPDX-License-Identifier: MIT
// How each Style looks on this terminal: the configuration's colours (or
// the monochrome theme) fitted to the number of colours the terminal has.
// Pure; the curses backend turns Looks into colour pairs and attributes.
#pragma once

#include <array>
#include <string_view>

#include "config/config.h"
#include "tui/screen.h"

namespace kanbao::tui {

struct Look {
  int foreground = -1;  // terminal colour index; -1: the terminal's own
  int background = -1;
  bool bold = false, dim = false, underline = false, reverse = false, blink = false, italic = false;
  friend bool operator==(const Look&, const Look&) = default;
};

using Looks = std::array<Look, static_cast<std::size_t>(Style::kCount)>;

// The configuration's name for a style: "highlight", "selection", ...
std::string_view element_name(Style style);

// `colors` is the terminal's colour count (COLORS); 0 means no colour at all
// (a monochrome terminal, or NO_COLOR set). With no colour, or
// `theme = monochrome`, only attributes are used: the monochrome theme's,
// or those a `color.*` line gives.
Looks resolve_looks(const config::Config& config, int colors);

}  // namespace kanbao::tui
