// SPDX-License-Identifier: MIT
#include "tui/theme.h"

#include <algorithm>

namespace kanbao::tui {
namespace {

// Matches config::color_elements(), in Style order (checked by a test).
constexpr std::array<std::string_view, static_cast<std::size_t>(Style::kCount)> kElementNames = {
    "text", "dim",       "title",     "header",      "status",
    "key",  "selection", "highlight", "current_hit", "selected_highlight",
    "bar",  "error"};

// Colour `n` on a terminal with `colors` colours. Bright colours on an
// 8-colour terminal become the plain colour, bold (the traditional way
// terminals show bright text); 256-colour numbers beyond the terminal's
// range become the nearest of the 8 basic colours.
int fit(int n, int colors, bool& bold) {
  if (n < 0 || n < colors) return n;
  if (n < 16) {
    bold = true;
    return n - 8;
  }
  if (n >= 232) return (n - 232) * 10 + 8 >= 128 ? 7 : 0;  // grey ramp: white or black
  const int cube = n - 16;                                 // 6x6x6 colour cube: r*36 + g*6 + b, each 0..5
  const int r = cube / 36, g = cube / 6 % 6, b = cube % 6;
  return (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0);
}

void apply_attributes(const config::ColorSpec& spec, Look& look) {
  for (const auto& a : spec.attributes) {
    if (a == "bold") look.bold = true;
    if (a == "dim") look.dim = true;
    if (a == "underline") look.underline = true;
    if (a == "reverse") look.reverse = true;
    if (a == "blink") look.blink = true;
    if (a == "italic") look.italic = true;
  }
}

}  // namespace

std::string_view element_name(Style style) { return kElementNames[static_cast<std::size_t>(style)]; }

Looks resolve_looks(const config::Config& config, int colors) {
  const bool mono = colors < 8 || config.theme.value == "monochrome";
  Looks looks;
  for (std::size_t i = 0; i < looks.size(); ++i) {
    const std::string_view element = kElementNames[i];
    const auto set = config.colors.find(std::string(element));
    const config::ColorSpec* own = set != config.colors.end() ? &set->second.value : nullptr;
    Look& look = looks[i];
    if (mono) {
      // A colour line's attributes still count; without any, the
      // monochrome theme keeps hits and the selection visible.
      apply_attributes(own && !own->attributes.empty() ? *own : config::theme_color("monochrome", element),
                       look);
      continue;
    }
    const config::ColorSpec spec = own ? *own : config::theme_color(config.theme.value, element);
    apply_attributes(spec, look);
    bool unused = false;
    look.foreground = fit(config::color_number(spec.foreground).value_or(-1), colors, look.bold);
    look.background = fit(config::color_number(spec.background).value_or(-1), colors, unused);
  }
  return looks;
}

}  // namespace kanbao::tui
