// SPDX-License-Identifier: MIT
// Parsing the value of a query's date: filter. Internal to store/.
#pragma once

#include <string>

#include "base/result.h"
#include "store/query.h"

namespace kanbao::store::query {

// "06-21" (any year), "2023", "2023-06", "2023-06-21", or a range
// "2023-01..2023-06" (either end may be open), each in any form
// kanbao::read_typed_date() reads (2023年6月21日, 2023/6/21, 20230621,
// ２０２３－０６－２１); an error naming the forms understood otherwise.
Result<DateFilter> parse_date(const std::string& value);

// What a date:MM-DD filter (month != 0) compares with characters 6-10 of an
// article's date_key ("YYYY-MM-DD" or "0000-MM-DD"): "06-21". The key holds
// the publication date when known, else the event date, so every form of
// date: filters on the same date (store/stored_date.h).
std::string month_day_key(const DateFilter& filter);

}  // namespace kanbao::store::query
