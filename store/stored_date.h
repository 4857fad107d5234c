// SPDX-License-Identifier: MIT
// How dates are kept in the `articles` table. Internal to store/.
#pragma once

#include <string>
#include <string_view>

#include "store/library.h"

namespace kanbao::store {

// The sortable text key of a date: "2023-06-20"; "0000-06-20" when the year
// is unknown (sorts below every known year); "" for no date (sorts last in a
// newest-first listing).
std::string date_key(const StoredDate& date);

// The inverse of date_key(); "" and anything malformed give an unknown date.
StoredDate date_from_key(std::string_view key);

}  // namespace kanbao::store
