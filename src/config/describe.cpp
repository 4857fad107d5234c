// SPDX-License-Identifier: MIT
// describe(): the effective configuration in the file's own syntax.
#include <fmt/format.h>

#include "config/config.h"

namespace kanbao::config {
namespace {

void line(std::string& out, std::string_view key, std::string_view value, std::string_view origin) {
  out += fmt::format("{} = {}  # {}\n", key, value, origin);
}

// A `#` key on its own would read back as a comment: write its name.
std::string key_list(std::string_view keys) {
  std::string out;
  std::size_t i = 0;
  while (i < keys.size()) {
    const std::size_t end = keys.find_first_of(" \t", i);
    const std::string_view word = keys.substr(i, end == std::string_view::npos ? end : end - i);
    if (!word.empty()) {
      if (!out.empty()) out += ' ';
      out += word == "#" ? std::string("Hash") : std::string(word);
    }
    if (end == std::string_view::npos) break;
    i = end + 1;
  }
  return out;
}

}  // namespace

std::string describe(const Config& c) {
  std::string out;
  line(out, "library", c.library.value, c.library.origin);
  line(out, "theme", c.theme.value, c.theme.origin);
  line(out, "layout", c.three_pane.value ? "three-pane" : "single", c.three_pane.origin);
  line(out, "mouse", c.mouse.value ? "on" : "off", c.mouse.origin);
  line(out, "reader.width", std::to_string(c.reader_width.value), c.reader_width.origin);
  line(out, "search.snippet", std::to_string(c.snippet_columns.value), c.snippet_columns.origin);
  line(out, "ambiguous_width", std::to_string(c.ambiguous_width.value), c.ambiguous_width.origin);
  line(out, "language", c.language.value, c.language.origin);
  for (const auto& element : color_elements()) {
    const auto spec = color(c, element);
    line(out, "color." + element, format_color(spec.value), spec.origin);
  }
  out += "# key.<action> = <keys>: actions not listed keep their default keys (see ? in the browser)\n";
  for (const auto& k : c.key_bindings) {
    line(out, "key." + k.action, key_list(k.keys), k.file + ":" + std::to_string(k.line));
  }
  // One line per district and origin, aliases in their order.
  for (std::size_t i = 0; i < c.district_aliases.size();) {
    const auto& first = c.district_aliases[i];
    std::string aliases;
    for (; i < c.district_aliases.size() && c.district_aliases[i].canonical == first.canonical &&
           c.district_aliases[i].origin == first.origin;
         ++i) {
      aliases += (aliases.empty() ? "" : ", ") + c.district_aliases[i].alias;
    }
    line(out, "district." + first.canonical, aliases, first.origin);
  }
  for (const auto& p : c.paper_aliases) line(out, "paper." + p.alias, p.name, p.origin);
  for (const auto& p : c.paper_cities) line(out, "paper." + p.paper + ".city", p.city, p.origin);
  return out;
}

}  // namespace kanbao::config
