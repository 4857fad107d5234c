// SPDX-License-Identifier: MIT
// A page of fixture text parsed as published on 21 June 2023 (昨日 is the
// 20th), for the held-out forms' tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/split.h"

namespace kanbao::corpus::testing_util {

inline std::vector<Article> parse_june_21(std::string_view text) {
  std::vector<std::string> warnings;
  SplitOptions options;
  options.issue = Date{2023, 6, 21};
  return split_articles(text, warnings, options);
}

// The event date as YYYY-MM-DD, "" when none.
inline std::string date_of(const Article& a) { return a.date ? a.date->str() : ""; }

using Names = std::vector<std::string>;

}  // namespace kanbao::corpus::testing_util
