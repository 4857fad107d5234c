// SPDX-License-Identifier: MIT
// The status line's message, wrapped to the screen instead of cut.
#pragma once

#include <string>
#include <vector>

namespace kanbao::tui {

// `message` wrapped to `width` columns (Chinese line breaking), at most
// `max_lines` lines; when more would be needed the last one ends in "…".
std::vector<std::string> wrap_message(const std::string& message, int width, int max_lines);

// What a screen of cols x rows, smaller than min_cols x min_rows, shows: the
// longest wording that fits in `cols` columns, the sizes kept and the words
// dropped first ("窗口太小 10x3，至少 20x6", "10x3，至少 20x6", "10x3<20x6",
// "20x6"), cut only below the width of the minimum size itself.
std::string too_small_notice(int cols, int rows, int min_cols, int min_rows);

}  // namespace kanbao::tui
