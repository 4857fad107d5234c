// SPDX-License-Identifier: MIT
// The counts column of the first screen's rows: " 1234 篇   12 未读".
#pragma once

#include <cstdint>
#include <string>

namespace kanbao::tui {

// The articles and unread counts of one row, each right-aligned to as many
// digits as `largest` (the library's article count) has, so that every row's
// columns line up and a six-digit count never runs into its neighbour. Its
// display width is the same for every row with the same `largest`.
std::string district_counts(std::int64_t articles, std::int64_t unread, std::int64_t largest);

}  // namespace kanbao::tui
