// SPDX-License-Identifier: MIT
// Parsing the value of a query's date: filter. Internal to store/.
#pragma once

#include <string>

#include "base/result.h"
#include "store/query.h"

namespace kanbao::store::query {

// "06-21" (any year), "2023", "2023-06", "2023-06-21", or a range
// "2023-01..2023-06" (either end may be open); an error naming the forms
// understood otherwise.
Result<DateFilter> parse_date(const std::string& value);

}  // namespace kanbao::store::query
