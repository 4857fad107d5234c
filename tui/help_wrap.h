// SPDX-License-Identifier: MIT
// Help lines wrapped to a narrow screen instead of cut.
#pragma once

#include <string>
#include <vector>

namespace kanbao::tui {

// Each line wrapped to `width` columns; continuation lines are indented to
// where the line's text starts after its leading key column (two or more
// spaces: the description column, in display columns), or by two columns
// when that would leave the description fewer than 12, so keys stay apart
// from descriptions. No line is wider than `width`.
std::vector<std::string> wrap_help(const std::vector<std::string>& lines, int width);

}  // namespace kanbao::tui
