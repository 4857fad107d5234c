// SPDX-License-Identifier: MIT
#include "tui/district_counts.h"

#include <fmt/format.h>

#include <algorithm>

#include "tui/i18n.h"

namespace kanbao::tui {

std::string district_counts(std::int64_t articles, std::int64_t unread, std::int64_t largest) {
  const int digits = static_cast<int>(std::to_string(std::max<std::int64_t>(largest, 0)).size());
  return trf(" {:>{}} 篇", articles, digits) + " " + trf("{:>{}} 未读", unread, digits);
}

}  // namespace kanbao::tui
