// SPDX-License-Identifier: MIT
// "Did you mean ...?" for mistyped names: the closest candidate by edit
// distance, if it is close enough to be the likely intent.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::config {

// Edit distance counting insertions, deletions, substitutions and swaps of
// two neighbouring bytes (optimal string alignment).
int edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, when at most 1 edit away (2 for words of
// 5 or more bytes); ties go to the earlier candidate.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace kanbao::config
