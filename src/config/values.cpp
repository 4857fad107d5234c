// SPDX-License-Identifier: MIT
#include "config/values.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "text/strings.h"

namespace kanbao::config {
namespace {

constexpr std::array<std::string_view, 6> kAttributes = {"bold",    "dim",   "underline",
                                                         "reverse", "blink", "italic"};

std::string quoted(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 2);
  out += '\'';
  out += value;
  out += '\'';
  return out;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const std::size_t end = s.find_first_of(" \t");
    if (end != 0) out.push_back(s.substr(0, end));
    if (end == std::string_view::npos) break;
    s.remove_prefix(end + 1);
  }
  return out;
}

}  // namespace

Result<bool> parse_switch(std::string_view value) {
  for (std::string_view on : {"on", "yes", "true", "1"}) {
    if (value == on) return true;
  }
  for (std::string_view off : {"off", "no", "false", "0"}) {
    if (value == off) return false;
  }
  return Error(quoted(value) + " is not on or off");
}

Result<int> parse_number(std::string_view value, int low, int high) {
  int n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (value.empty() || ec != std::errc{} || end != value.data() + value.size() || n < low || n > high) {
    return Error(quoted(value) + " is not a number between " + std::to_string(low) + " and " +
                 std::to_string(high));
  }
  return n;
}

Result<std::string> parse_theme(std::string_view value) {
  if (value == "default" || value == "monochrome") return std::string(value);
  return Error(quoted(value) + " is not a theme (default or monochrome)");
}

Result<std::string> parse_language(std::string_view value) {
  if (value == "auto" || value == "zh" || value == "en") return std::string(value);
  return Error(quoted(value) + " is not a language (auto, zh or en)");
}

Result<bool> parse_layout(std::string_view value) {
  if (value == "single") return false;
  if (value == "three-pane") return true;
  return Error(quoted(value) + " is not a layout (single or three-pane)");
}

constexpr const char* kNotAColour =
    " is not a colour (default, black, red, green, yellow, blue, magenta, cyan, white, bright-<colour>, "
    "0-255)";

Result<ColorSpec> parse_color(std::string_view value) {
  const auto list = words(value);
  if (list.empty()) return Error("no colour given (e.g. `black on yellow bold`)");
  ColorSpec spec;
  bool have_fg = false;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string_view w = list[i];
    if (w == "on") {
      if (i + 1 == list.size())
        return Error("'on' must be followed by a background colour in " + quoted(value));
      // A misspelt colour after `on` is an unknown colour, not a missing one.
      if (!color_number(list[i + 1])) return Error(quoted(list[i + 1]) + kNotAColour);
      spec.background = std::string(list[++i]);
    } else if (color_number(w)) {
      if (have_fg) return Error("two foreground colours in " + quoted(value) + " (write `fg on bg`)");
      spec.foreground = std::string(w);
      have_fg = true;
    } else if (std::find(kAttributes.begin(), kAttributes.end(), w) != kAttributes.end()) {
      if (std::find(spec.attributes.begin(), spec.attributes.end(), w) == spec.attributes.end()) {
        spec.attributes.emplace_back(w);
      }
    } else {
      return Error(quoted(w) + kNotAColour +
                   " or an attribute (bold, dim, underline, reverse, blink, italic)");
    }
  }
  return spec;
}

Result<std::vector<std::string>> parse_aliases(const std::string_view all) {
  std::vector<std::string> out;
  std::string_view value = all;
  while (true) {
    std::size_t end = std::string_view::npos, skip = 0;
    for (std::string_view sep : {",", "\xEF\xBC\x8C" /* ， */, "\xE3\x80\x81" /* 、 */}) {
      const std::size_t at = value.find(sep);
      if (at < end) end = at, skip = sep.size();
    }
    const std::string_view alias = text::trim(value.substr(0, end));
    if (alias.empty()) return Error("empty alias in " + quoted(all) + " (separate aliases with commas)");
    out.emplace_back(alias);
    if (end == std::string_view::npos) break;
    value.remove_prefix(end + skip);
  }
  return out;
}

}  // namespace kanbao::config
