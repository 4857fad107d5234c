// SPDX-License-Identifier: MIT
// Colour names, the elements the browser colours, and the two themes.
#include <array>
#include <charconv>

#include "config/config.h"

namespace kanbao::config {
namespace {

constexpr std::array<std::string_view, 8> kColorNames = {"black", "red",     "green", "yellow",
                                                         "blue",  "magenta", "cyan",  "white"};

struct ElementColors {
  std::string_view element;
  std::string_view normal;      // theme `default`
  std::string_view monochrome;  // attributes only: hits must stay visible without colour
};

// In the order of tui::Style, which the browser checks.
constexpr std::array<ElementColors, 12> kElements = {{
    {"text", "default", "default"},
    {"dim", "245", "dim"},
    {"title", "bold", "bold"},
    {"header", "white on blue bold", "bold reverse"},
    {"status", "default", "default"},
    {"key", "cyan bold", "bold"},
    {"selection", "reverse", "reverse"},
    {"highlight", "black on yellow bold", "bold underline reverse"},
    {"current_hit", "black on 208 bold underline", "bold underline reverse blink"},
    {"selected_highlight", "yellow bold reverse underline", "bold underline"},
    {"bar", "green", "default"},
    {"error", "red bold", "bold"},
}};

// The theme tables above are written in the file's own syntax; they are
// known to be valid, so a word is either a colour, "on", or an attribute.
ColorSpec spec_from_table(std::string_view text) {
  ColorSpec spec;
  bool background = false;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    if (word == "on") {
      background = true;
    } else if (color_number(word)) {
      (background ? spec.background : spec.foreground) = std::string(word);
      background = false;
    } else {
      spec.attributes.emplace_back(word);
    }
  }
  return spec;
}

}  // namespace

const std::vector<std::string>& color_elements() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    out.reserve(std::size(kElements));
    for (const auto& e : kElements) out.emplace_back(e.element);
    return out;
  }();
  return names;
}

ColorSpec theme_color(std::string_view theme, std::string_view element) {
  for (const auto& e : kElements) {
    if (e.element == element) return spec_from_table(theme == "monochrome" ? e.monochrome : e.normal);
  }
  return {};
}

Setting<ColorSpec> color(const Config& config, std::string_view element) {
  if (const auto it = config.colors.find(std::string(element)); it != config.colors.end()) return it->second;
  return {theme_color(config.theme.value, element), "default"};
}

std::optional<int> color_number(std::string_view name) {
  if (name == "default") return -1;
  int offset = 0;
  if (name.substr(0, 7) == "bright-") {
    offset = 8;
    name.remove_prefix(7);
  }
  for (std::size_t i = 0; i < kColorNames.size(); ++i) {
    if (kColorNames[i] == name) return static_cast<int>(i) + offset;
  }
  if (offset != 0 || name.empty() || name.size() > 3) return std::nullopt;
  int n = 0;
  const auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), n);
  if (ec != std::errc{} || end != name.data() + name.size() || n < 0 || n > 255) return std::nullopt;
  return n;
}

std::string format_color(const ColorSpec& spec) {
  std::string out;
  const bool plain_fg = spec.foreground == "default";
  if (!plain_fg || spec.background != "default" || spec.attributes.empty()) out = spec.foreground;
  if (spec.background != "default") out += " on " + spec.background;
  for (const auto& a : spec.attributes) {
    if (!out.empty()) out += ' ';
    out += a;
  }
  return out;
}

}  // namespace kanbao::config
