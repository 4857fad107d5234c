// SPDX-License-Identifier: MIT
// Common Chinese surnames, to cut names a byline prints glued together
// ("记者卢磊邓少华") (internal header).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kanbao::corpus::bylines {

// One of the ~150 most common single-character surnames (public census
// rankings cover about nine in ten people with them).
bool is_common_surname(char32_t c);

// `glued` (five or six Han characters) read as two names of two or three
// characters, each opening with a common surname: the two names, when
// exactly one such reading exists (卢磊邓少华: 卢磊 邓少华, as 少 is no
// surname); empty otherwise. Four characters are never cut (a four-character
// name, 欧阳修文, cannot be told from two glued ones), nor three names (张三李四王五).
std::vector<std::string> split_glued_names(std::string_view glued);

}  // namespace kanbao::corpus::bylines
