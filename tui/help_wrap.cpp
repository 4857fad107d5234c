// SPDX-License-Identifier: MIT
#include "tui/help_wrap.h"

#include <algorithm>

#include "text/width.h"
#include "text/wrap.h"

namespace kanbao::tui {
namespace {

// Fewer columns than this left for the description: wrap it under the keys.
constexpr int kMinDescription = 12;

// Display columns before the description: after the first run of two
// spaces (the key column's padding), or 2 when that leaves the description
// too narrow.
int hanging_indent(const std::string& line, int width) {
  const auto gap = line.find("  ");
  if (gap == std::string::npos) return 2;
  auto text = line.find_first_not_of(' ', gap);
  if (text == std::string::npos) return 2;
  const int indent = text::display_width(std::string_view(line).substr(0, text));
  return width - indent >= kMinDescription ? indent : 2;
}

}  // namespace

std::vector<std::string> wrap_help(const std::vector<std::string>& lines, int width) {
  static const text::Wrapper wrapper;
  std::vector<std::string> out;
  if (width <= 0) return out;
  for (const auto& line : lines) {
    if (text::display_width(line) <= width) {
      out.push_back(line);
      continue;
    }
    const int indent = std::min(hanging_indent(line, width), std::max(width - 4, 0));
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    // The first line keeps its own start; the rest are wrapped narrower.
    const auto first = wrapper.wrap(line, width);
    if (first.empty()) continue;
    out.push_back(line.substr(first[0].begin, first[0].end - first[0].begin));
    const std::string rest = line.substr(first[0].end);
    const auto start = rest.find_first_not_of(' ');
    if (start == std::string::npos) continue;
    for (const auto& l : wrapper.wrap(std::string_view(rest).substr(start), width - indent)) {
      out.push_back(pad + rest.substr(start + l.begin, l.end - l.begin));
    }
  }
  return out;
}

}  // namespace kanbao::tui
