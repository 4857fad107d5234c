// SPDX-License-Identifier: MIT
// The status line's message, wrapped to the screen instead of cut.
#pragma once

#include <string>
#include <vector>

namespace kanbao::tui {

// `message` wrapped to `width` columns (Chinese line breaking), at most
// `max_lines` lines; when more would be needed the last one ends in "…".
std::vector<std::string> wrap_message(const std::string& message, int width, int max_lines);

}  // namespace kanbao::tui
